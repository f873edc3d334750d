//! dragoman-nlp (work in progress).

#![forbid(unsafe_code)]

pub mod cli;
pub mod conllu;
mod analysis;
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

pub use analysis::{Analysis, LemmaRef, Nlp, Token};
pub use error::NlpError;
pub use lemma::{lemma, lemmatize};
pub use sentence::{split, Sentence};
pub use parser::{attachment_scores, train_parser, AttachmentScores, Parse, Parser, ParserEpochReport, ParserExample, ParserTraining};
pub use tagger::{tagging_accuracy, train_tagger, EpochReport, Tagger, TaggerTraining, Tags};
pub use tags::{Deprel, Upos, Xpos};
pub use tokenize::{tokenize, tokenize_into};

/// The shipped tagger weights.
pub(crate) const TAGGER_MODEL: &[u8] = include_bytes!("../models/tagger.dnlp");
