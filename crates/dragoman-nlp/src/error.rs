//! The error type of dragoman-nlp.

use std::path::PathBuf;

/// Everything that can go wrong in dragoman-nlp: reading corpora, loading or
/// saving models, training.
#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A CoNLL-U file is malformed.
    #[error("{path}:{line}: {message}")]
    Conllu {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// A model file is not in the format this version reads.
    #[error("model {name}: {message}")]
    Model { name: String, message: String },
    /// Training could not start or went wrong (e.g. empty training set).
    #[error("training: {0}")]
    Training(String),
}

impl NlpError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> NlpError {
        NlpError::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn model(name: &str, message: impl Into<String>) -> NlpError {
        NlpError::Model {
            name: name.to_string(),
            message: message.into(),
        }
    }
}
