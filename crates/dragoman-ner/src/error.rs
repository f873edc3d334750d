//! The error type of dragoman-ner.

use std::path::PathBuf;

/// Everything that can go wrong in dragoman-ner: reading IOB2 files, loading
/// or saving models, training.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An IOB2 file is malformed.
    #[error("{origin}:{line}: {message}")]
    Iob2 {
        origin: String,
        line: usize,
        message: String,
    },
    /// A model file is not in the format this version reads.
    #[error("model {name}: {message}")]
    Model { name: String, message: String },
    /// Training could not start (e.g. an empty training set).
    #[error("training: {0}")]
    Training(String),
    /// The part-of-speech tagger could not be loaded.
    #[error("POS tagger: {0}")]
    Nlp(#[from] dragoman_nlp::NlpError),
}

impl NerError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> NerError {
        NerError::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn model(name: &str, message: impl Into<String>) -> NerError {
        NerError::Model {
            name: name.to_string(),
            message: message.into(),
        }
    }
}
