//! Events: a PLOVER coder over the dependency parse.
//!
//! [`EventCoder::code`] reads one document's analysis, entities, temporal
//! expressions and quotes ([`EventInput`]) and returns [`DocEvent`]s.

#![forbid(unsafe_code)]

use dragoman_core::{DocEntity, DocEvent, DocQuote};
use dragoman_nlp::Analysis;
use dragoman_time::Timex;

/// What the coder reads about one document.
pub struct EventInput<'a> {
    pub text: &'a str,
    pub analysis: &'a Analysis,
    pub entities: &'a [DocEntity],
    pub timexes: &'a [Timex],
    pub quotes: &'a [DocQuote],
}

/// The event coder. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct EventCoder {}

impl EventCoder {
    /// Whether a sentence may hold an event, so that the pipeline parses it.
    pub fn needs_parse(&self, sentence: &str) -> bool {
        !sentence.is_empty()
    }

    /// The events of one document.
    pub fn code(&self, _input: &EventInput<'_>) -> Vec<DocEvent> {
        Vec::new()
    }
}
