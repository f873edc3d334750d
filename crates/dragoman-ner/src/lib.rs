//! Named-entity recognition for dragoman: people (PER), organizations (ORG)
//! and locations (LOC) in English text.
//!
//! * [`iob2`] reads annotated corpora (UNER's IOB2 files) into
//!   [`NerSentence`]s of words and [`BioTag`]s.
//! * [`bio`] holds the tag inventory and [`spans`], which turns a tag
//!   sequence into [`EntitySpan`]s.
//! * [`score`] compares predicted spans with gold ones ([`NerScores`]:
//!   exact-boundary span precision, recall and F1 per kind and overall).

#![forbid(unsafe_code)]

pub mod bio;
mod error;
pub mod iob2;
pub mod score;

pub use bio::{spans, BioTag, EntityKind, EntitySpan};
pub use error::NerError;
pub use iob2::{parse_iob2, read_iob2, NerSentence};
pub use score::{NerScores, Prf, SpanCounts};
