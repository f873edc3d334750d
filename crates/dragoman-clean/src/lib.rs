//! Cleaning scraped pages: from raw text or HTML to the article's title,
//! authors, dateline, publication date and body, with the page chrome
//! listed separately.
//!
//! * [`TextCleaner`] classifies the lines of a plain-text page dump (see
//!   [`text`] for the rules) and returns a [`Cleaned`] page.
//! * [`html::extract`] takes the main text of an HTML page with
//!   `rs-trafilatura`, reads title, authors and publication date from meta
//!   tags and JSON-LD, and runs the text cleaner over the result.
//! * [`dates`] parses date lines and decides the day/month order of numeric
//!   dates from the page's own evidence.
//! * [`markdown`] takes the syntax off pages converted to Markdown before
//!   the text cleaner reads them.
//! * [`ChromeDictionary`] is the data file of chrome phrases
//!   (`resources/chrome.txt`), extendable by users.
//!
//! ```
//! use dragoman_clean::{Mode, TextCleaner};
//!
//! let page = "Leaders Meet in Brussels\n\
//!     The leaders met in Brussels on Monday and agreed to meet again.\n\
//!     Leave a Reply\n";
//! let cleaned = TextCleaner::default().clean(page, Mode::Page);
//! assert_eq!(cleaned.title.as_deref(), Some("Leaders Meet in Brussels"));
//! assert_eq!(cleaned.body, "The leaders met in Brussels on Monday and agreed to meet again.");
//! ```

#![forbid(unsafe_code)]

pub mod chrome;
pub mod dates;
pub mod html;
mod lines;
pub mod markdown;
pub mod text;

pub use chrome::{ChromeDictionary, ChromeKind, DictionaryError};
pub use text::{Cleaned, Mode, TextCleaner};
