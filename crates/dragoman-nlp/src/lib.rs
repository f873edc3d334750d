//! dragoman-nlp (work in progress).

#![forbid(unsafe_code)]

mod error;
mod sentence;
mod tokenize;

pub use error::NlpError;
pub use sentence::{split, Sentence};
pub use tokenize::{tokenize, tokenize_into};
