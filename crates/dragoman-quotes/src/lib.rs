//! Quotes: direct quotations and reported speech, with their speakers.
//!
//! [`QuoteFinder::find`] reads a document's text with its linguistic
//! [`Analysis`] and its entities and returns [`DocQuote`]s (byte offsets)
//! in text order, ids `Q1`, `Q2`, ...

#![forbid(unsafe_code)]

use dragoman_core::{DocEntity, DocQuote};
use dragoman_nlp::Analysis;

/// Finds quotes. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct QuoteFinder {}

impl QuoteFinder {
    /// Whether a sentence may hold a quote or a speech cue, so that the
    /// pipeline parses it.
    pub fn needs_parse(&self, sentence: &str) -> bool {
        !sentence.is_empty()
    }

    /// The quotes of `text`.
    pub fn find(
        &self,
        _text: &str,
        _analysis: &Analysis,
        _entities: &[DocEntity],
    ) -> Vec<DocQuote> {
        Vec::new()
    }
}
