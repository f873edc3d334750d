//! Named-entity recognition for dragoman: people (PER), organizations (ORG)
//! and locations (LOC) in English text.
//!
//! * [`NerTagger`] tags tokenized sentences with [`BioTag`]s: a structured
//!   averaged perceptron with first-order Viterbi decoding over well-formed
//!   BIO sequences. Its features are the words and their neighbours, shapes,
//!   affixes, dragoman-nlp's POS tags, dragoman-actors' gazetteer, the
//!   crate's word lists, word statistics and distributional word classes
//!   learned from a treebank (`clusters`), and how the other sentences of
//!   the document write the word ([`NerTagger::tag_document`]). The
//!   shipped weights (`models/ner.dner`, format in `models/README.md`) are
//!   compiled in.
//! * [`train_ner`] learns a tagger from [`NerSentence`]s; [`iob2`] reads
//!   them from UNER's IOB2 files.
//! * [`bio`] holds the tag inventory and [`spans`], which turns a tag
//!   sequence into [`EntitySpan`]s (an `I-` without `B-` starts an entity).
//! * [`score`] compares predicted spans with gold ones ([`NerScores`]:
//!   exact-boundary span precision, recall and F1 per kind and overall).
//! * [`cli`] has the `train ner` and `eval ner` commands.
//!
//! ```
//! use dragoman_ner::{EntityKind, NerTagger};
//!
//! let ner = NerTagger::shared()?;
//! let words = ["President", "Biden", "met", "Prime", "Minister", "Nikol",
//!              "Pashinyan", "in", "Washington", "."];
//! let found: Vec<(String, EntityKind)> = ner
//!     .entities(&words)
//!     .iter()
//!     .map(|e| (words[e.start..e.end].join(" "), e.kind))
//!     .collect();
//! assert!(found.contains(&("Washington".to_string(), EntityKind::Loc)));
//! # Ok::<(), dragoman_ner::NerError>(())
//! ```

#![forbid(unsafe_code)]

pub mod bio;
pub mod cli;
mod clusters;
mod error;
mod features;
pub mod iob2;
mod model;
pub mod score;
mod tagger;

pub use bio::{spans, BioTag, EntityKind, EntitySpan};
pub use error::NerError;
pub use iob2::{documents, parse_iob2, read_iob2, NerSentence};
pub use score::{NerScores, Prf, SpanCounts};
pub use tagger::{train_ner, NerEpochReport, NerTagger, NerTraining};
