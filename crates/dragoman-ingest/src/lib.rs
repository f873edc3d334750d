//! Reading inputs and turning them into documents.
//!
//! * [`Inputs`] expands command-line arguments (files, directories, `-` for
//!   stdin) into a stream of [`RawDoc`]s, one per `.txt`/`.html` file or
//!   JSONL record, or an [`InputError`] naming the input (`file` or
//!   `file:line`) and the reason. A bad input never stops the others.
//! * [`Pipeline`] runs the document stages over a [`RawDoc`] and returns a
//!   [`dragoman_core::Doc`].
//!
//! Decoding policy: UTF-8 is expected. A text with a few invalid bytes is
//! decoded lossily (each bad sequence becomes U+FFFD) and the document
//! carries a warning saying how many; data with NUL bytes or mostly control
//! characters is rejected as binary. HTML in another declared charset is
//! transcoded. Empty inputs and inputs larger than the per-document limit
//! ([`Limits::max_bytes`], 10 MiB by default) are rejected with the reason.
//!
//! ```no_run
//! use dragoman_ingest::{Inputs, Limits, Pipeline};
//!
//! let pipeline = Pipeline::default();
//! for item in Inputs::new(&["examples/articles".into()], Limits::default()) {
//!     match item.and_then(|raw| pipeline.run(&raw)) {
//!         Ok(doc) => println!("{} {:?}", doc.id, doc.title),
//!         Err(e) => eprintln!("dragoman: {e}"),
//!     }
//! }
//! ```

#![forbid(unsafe_code)]

mod inputs;
mod parallel;
mod pipeline;

pub use inputs::{Format, InputError, Inputs, Limits, RawDoc};
pub use parallel::{default_jobs, ordered_map};
pub use pipeline::{fill_person_countries, Pipeline, PIPELINE_VERSION};
