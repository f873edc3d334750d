//! The linguistic core of dragoman: tokens, sentences, part-of-speech tags,
//! lemmas and dependency trees for news English.
//!
//! * [`tokenize`] splits text into [`Span`](dragoman_core::Span)s of byte
//!   offsets following the UD English conventions (clitics split, hyphenated
//!   compounds split around the hyphen, abbreviations, numbers, dates, URLs,
//!   e-mail addresses, hashtags and handles whole).
//! * [`split`] groups tokens into [`Sentence`]s; a line break always ends one.
//!   A small averaged-perceptron model ([`SentenceModel`]) decides at each
//!   gap between tokens, with the rule-based splitter ([`split_rules`]) as
//!   one of its features.
//! * [`Tagger`] assigns [`Upos`] and [`Xpos`] tags (two-pass averaged
//!   perceptron); [`lemmatize`] gives lemmas by rules and exception lists.
//! * [`Parser`] builds UD dependency trees with [`Deprel`] relations
//!   (arc-eager, averaged perceptron, dynamic oracle).
//! * [`Nlp`] holds the tagger and parser models (compiled in from `models/`, see
//!   `models/README.md` for the file format) and runs the whole pipeline;
//!   [`Analysis`] is its output: [`Token`]s and sentences with helpers that
//!   read the tree (subject, passive agent, objects, obliques, conjuncts,
//!   appositions, clause head).
//! * [`cli`] has the `train`, `eval` and `bench` commands for the
//!   `dragoman` binary; [`conllu`] reads treebanks; [`eval`] scores them.
//!
//! ```
//! use dragoman_nlp::{Deprel, Nlp};
//!
//! let text = "Azerbaijan's president was urged by the EU to release the journalists.\nTalks resume on Sept. 5";
//! let nlp = Nlp::shared()?;
//! let a = nlp.analyze(text);
//! assert_eq!(a.sentences.len(), 2);
//! let word = |i: usize| &text[a.tokens[i].span.start..a.tokens[i].span.end];
//! let urged = (0..a.tokens.len()).find(|&i| word(i) == "urged").unwrap();
//! assert_eq!(a.lemma(urged), "urge");
//! assert!(a.is_passive(urged));
//! assert_eq!(a.subject(urged).map(word), Some("president"));
//! assert_eq!(a.passive_agent(urged).map(word), Some("EU"));
//! assert_eq!(a.tokens[a.subject(urged).unwrap()].deprel, Deprel::NsubjPass);
//! # Ok::<(), dragoman_nlp::NlpError>(())
//! ```

#![deny(unsafe_code)]

mod analysis;
mod boundary;
pub mod cli;
pub mod conllu;
mod error;
pub mod eval;
pub mod fixture;
mod lemma;
mod model;
mod parser;
mod perceptron;
mod sentence;
mod tagger;
mod tags;
mod tokenize;

pub use analysis::{is_weekday, Analysis, LemmaRef, Nlp, ParserKind, Token};
pub use boundary::{train_sentence_model, SentenceEpochReport, SentenceModel, SentenceTraining};
pub use error::NlpError;
pub use lemma::{lemma, lemmatize};
pub use parser::{
    attachment_scores, train_parser, AttachmentScores, Parse, Parser, ParserEpochReport,
    ParserExample, ParserTraining,
};
/// Feature hashing shared with the other statistical taggers.
pub use perceptron::{fmix, IdentityHasher};
pub use sentence::{split, split_rules, Sentence};
pub use tagger::{tagging_accuracy, train_tagger, EpochReport, Tagger, TaggerTraining, Tags};
pub use tags::{Deprel, Upos, Xpos};
pub use tokenize::{tokenize, tokenize_into};

/// The shipped tagger weights (`models/tagger.dnlp`).
pub(crate) const TAGGER_MODEL: &[u8] = include_bytes!("../models/tagger.dnlp");
