//! Temporal expressions in English news text: find them, and say which day
//! (or month, or year) each one means — only as far as the text and the
//! publication date establish it.
//!
//! * [`TimeFinder`] holds the lexicons (month and weekday names, counts,
//!   cue words, relative-expression patterns: the files in `resources/`).
//!   [`TimeFinder::find`] scans a text once and returns every expression as
//!   a [`Timex`]: its byte [`Span`](dragoman_core::Span), its value, range,
//!   confidence, tense and [`TimeFlag`]s.
//! * [`Anchor`] is the publication date the expressions are resolved
//!   against; it may be partial (`2023`, `2023-12`) or absent.
//! * [`at_least_as_specific`] compares two values digit by digit.
//!
//! Recognition does not depend on the anchor: the same text gives the same
//! spans with or without one, and an anchor only fills in digits.
//!
//! # Values
//!
//! [`Timex::value`] is `YYYY-MM-DD` with `X` for every digit the text (and
//! the anchor) does not establish: `XXXX-09-27` for "September 27" with no
//! year anywhere, `2023-XX-XX` for "earlier this year" published in 2023,
//! `199X-XX-XX` for "the 1990s", and `None` when nothing is known ("on
//! Monday" with no publication date). [`Timex::earliest`] and
//! [`Timex::latest`] bound fuzzy and ranged expressions ("late March",
//! "last week", "from 5 to 7 March") in the same notation, when the bounds
//! can be written down.
//!
//! # Resolution rules
//!
//! * **Nothing comes from the machine's clock.** There is no "now" in this
//!   crate: without an anchor, "yesterday", "last year" and "on Monday"
//!   stay `None`, and "September 27" stays `XXXX-09-27`.
//! * **Tense** comes from a small lexical check of the clause around the
//!   expression: a future cue ("will", "shall", "is to", "plans to", "is
//!   expected to", "next", ... in `resources/cues.txt`) makes it
//!   [`Tense::Future`], otherwise it is [`Tense::Past`]. The clause ends at
//!   sentence ends, at clause words ("that", "and", "said") and at commas
//!   unless the expression opens the sentence ("On Monday, they will ...").
//! * **Weekdays** need a full anchor: in past-tense text the closest such
//!   day on or before the anchor, in future-tense text the closest one
//!   after it; "last Monday" is strictly before, "next Monday" strictly
//!   after.
//! * **A month and day without a year** take the anchor's year, or the year
//!   before when the date would fall after the anchor in past-tense text
//!   (the year after when it would fall before it in future-tense text).
//!   The value is flagged [`TimeFlag::YearFromAnchor`].
//! * **Relative to the publication date** ("yesterday", "last week",
//!   "earlier this year", "late last month", "three days ago") resolve when
//!   the anchor has the precision they need (a day for days and weeks, a
//!   month for months). "earlier this year" is the range from January 1 to
//!   the anchor.
//! * **Date headings**: a date alone on its line ("Wednesday, 14 August"
//!   over a diary entry or a day of a timeline), read against the
//!   publication date and no later than it, is what the expressions under
//!   it count from, until the next heading.
//! * **Relative to another event** ("two days later", "just days after",
//!   "a few weeks after X") count from a date named in the same sentence —
//!   after the phrase for "after/before", before it for "later/earlier" —
//!   else from the last date of the sentence before ("the same day", "that
//!   afternoon"; a count resolved there counts too, and a count after a
//!   sentence's own date counts from that date: "On Friday, ... effective
//!   the following day. Three days later, ..."), and otherwise stay `None`
//!   with [`TimeFlag::NeedsEventDate`]. Fuzzy
//!   counts ("a few", "days") give a range and keep only the parts the
//!   whole range shares.
//! * **Numeric dates** (`06.12.2023`) are ordered by a number above 12;
//!   otherwise dotted dates are read day first and flagged
//!   [`TimeFlag::AmbiguousDayMonth`], and slashed ones keep only the year.
//!
//! # Consistency checks
//!
//! A weekday printed with a date that falls on another day keeps the date,
//! lowers the confidence and adds [`TimeFlag::WeekdayMismatch`]; a
//! past-tense date after the anchor adds [`TimeFlag::AfterAnchor`] (and a
//! future-tense one before it [`TimeFlag::BeforeAnchor`]); an ambiguous
//! reading lowers the confidence instead of being settled silently.
//!
//! # Example
//!
//! ```
//! use dragoman_time::{Anchor, TimeFinder, Tense};
//!
//! let finder = TimeFinder::default();
//! let text = "The spokesman said on Tuesday that the envoys will meet on Friday. \
//!             On September 27, the talks resumed.";
//!
//! // Without a publication date only what the text says is known.
//! let found = finder.find(text, None);
//! assert_eq!(found[0].text, "on Tuesday");
//! assert_eq!(found[0].value, None);
//! assert_eq!(found[2].text, "On September 27");
//! assert_eq!(found[2].value.as_deref(), Some("XXXX-09-27"));
//!
//! // Published on Wednesday 6 December 2023.
//! let anchor = Anchor::parse("2023-12-06");
//! let found = finder.find(text, anchor);
//! assert_eq!(found[0].value.as_deref(), Some("2023-12-05"));
//! assert_eq!(found[1].tense, Tense::Future);
//! assert_eq!(found[1].value.as_deref(), Some("2023-12-08"));
//! assert_eq!(found[2].value.as_deref(), Some("2023-09-27"));
//! assert_eq!(&text[found[2].span.start..found[2].span.end], "On September 27");
//! ```

#![forbid(unsafe_code)]

mod calendar;
mod grammar;
mod lexicon;
mod resolve;
mod scan;

use std::sync::{Arc, OnceLock};

pub use lexicon::{LexiconError, LexiconSources};

use grammar::Parser;
use lexicon::Lexicon;

/// A publication date, possibly partial (`2023`, `2023-12`, `2023-12-06`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Anchor {
    pub year: i32,
    pub month: Option<u32>,
    /// Only meaningful together with `month`.
    pub day: Option<u32>,
}

impl Anchor {
    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a time after the date, as in
    /// `2023-12-06T09:34` or `2023-12-06 09:34`, is ignored). `None` for
    /// anything else, including impossible dates.
    pub fn parse(iso: &str) -> Option<Anchor> {
        let iso = iso.trim();
        let date = iso.split(['T', ' ']).next()?;
        let mut fields = date.split('-');
        let year_text = fields.next()?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_text.parse().ok()?;
        let mut number = |len: usize| -> Option<Option<u32>> {
            match fields.next() {
                None => Some(None),
                Some(f) if f.len() == len && f.bytes().all(|b| b.is_ascii_digit()) => {
                    Some(Some(f.parse().ok()?))
                }
                Some(_) => None,
            }
        };
        let month = number(2)?;
        let day = number(2)?;
        if fields.next().is_some() {
            return None;
        }
        let anchor = Anchor { year, month, day };
        anchor.is_valid().then_some(anchor)
    }

    /// The anchor as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// A real calendar date (or month, or year) in years 1-9999.
    pub fn is_valid(&self) -> bool {
        (1..=9999).contains(&self.year)
            && match (self.month, self.day) {
                (None, None) => true,
                (Some(m), None) => (1..=12).contains(&m),
                (Some(m), Some(d)) => calendar::valid(self.year, m, d),
                (None, Some(_)) => false,
            }
    }

    pub(crate) fn full(&self) -> Option<(i32, u32, u32)> {
        Some((self.year, self.month?, self.day?))
    }

    /// First and last day the anchor may be.
    pub(crate) fn bounds(&self) -> ((i32, u32, u32), (i32, u32, u32)) {
        let y = self.year;
        match (self.month, self.day) {
            (Some(m), Some(d)) => ((y, m, d), (y, m, d)),
            (Some(m), None) => ((y, m, 1), (y, m, calendar::days_in_month(y, m))),
            _ => ((y, 1, 1), (y, 12, 31)),
        }
    }
}

/// How fine the expression is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Granularity {
    Time,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Unknown,
}

/// Whether the clause around the expression speaks of the past or the future.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    Past,
    Future,
}

/// What kind of expression was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexKind {
    /// A calendar date, month, year or decade ("September 27", "in March
    /// 2023", "in 2021", "late 2022"), possibly with a weekday.
    Date,
    /// A weekday alone ("on Monday", "last Tuesday").
    Weekday,
    /// Relative to the publication date or another event ("yesterday",
    /// "last month", "two days later").
    Relative,
    /// From one date to another ("from 5 to 7 March").
    Range,
    /// A clock time alone ("at 10:00").
    Time,
    /// A stretch of time up to the publication date ("the past week").
    Duration,
}

/// Something the resolver noticed about an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeFlag {
    /// A weekday printed with the date names another day than the date's
    /// own (Monday = 0). The date is kept.
    WeekdayMismatch { named: u32, actual: u32 },
    /// A past-tense report dates the event after the publication date.
    AfterAnchor,
    /// A future-tense report dates the event before the publication date.
    BeforeAnchor,
    /// A numeric date whose day and month could be swapped.
    AmbiguousDayMonth,
    /// The year is written with two digits ("'22").
    TwoDigitYear,
    /// The year comes from the publication date, not from the text.
    YearFromAnchor,
    /// Resolving it needs a (more complete) publication date.
    NeedsAnchor,
    /// Counts from another event and no date of it is in the sentence.
    NeedsEventDate,
    /// The day does not exist in that month ("February 30"); it is dropped.
    InvalidDate,
}

impl TimeFlag {
    /// A short kebab-case name for records and reports.
    pub fn label(&self) -> &'static str {
        match self {
            TimeFlag::WeekdayMismatch { .. } => "weekday-mismatch",
            TimeFlag::AfterAnchor => "after-publication",
            TimeFlag::BeforeAnchor => "before-publication",
            TimeFlag::AmbiguousDayMonth => "ambiguous-day-month",
            TimeFlag::TwoDigitYear => "two-digit-year",
            TimeFlag::YearFromAnchor => "year-from-publication",
            TimeFlag::NeedsAnchor => "needs-publication-date",
            TimeFlag::NeedsEventDate => "needs-event-date",
            TimeFlag::InvalidDate => "invalid-date",
        }
    }
}

/// One temporal expression and its normalized value.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// UTF-8 byte offsets into the text given to [`TimeFinder::find`]. A
    /// preposition directly before ("on", "in", "at") is part of it.
    pub span: dragoman_core::Span,
    pub text: String,
    /// `YYYY-MM-DD` with `X` for unknown digits; `None` when nothing is known.
    pub value: Option<String>,
    pub granularity: Granularity,
    /// First and last day the expression can mean, in the same notation.
    pub earliest: Option<String>,
    pub latest: Option<String>,
    /// How sure the value is, 0 to 1.
    pub confidence: f32,
    pub tense: Tense,
    pub flags: Vec<TimeFlag>,
    pub kind: TimexKind,
    /// A clock time (`"10:00"`) or a part of the day (`"morning"`).
    pub time: Option<String>,
}

/// Finds and normalizes temporal expressions. Cheap to clone (the
/// lexicon is shared).
#[derive(Debug, Clone)]
pub struct TimeFinder {
    lexicon: Arc<Lexicon>,
}

impl Default for TimeFinder {
    /// The built-in lexicons of `resources/`, compiled once per process.
    fn default() -> Self {
        static BUILTIN: OnceLock<Arc<Lexicon>> = OnceLock::new();
        let lexicon = BUILTIN.get_or_init(|| {
            // The shipped files are checked by the unit tests; failing here
            // would mean the crate was built from broken resources.
            Arc::new(
                Lexicon::build(&LexiconSources::builtin()).expect("built-in time lexicon is valid"),
            )
        });
        TimeFinder {
            lexicon: Arc::clone(lexicon),
        }
    }
}

impl TimeFinder {
    /// A finder over other lexicon files (e.g. the built-ins with more
    /// relative patterns).
    pub fn with_sources(sources: &LexiconSources<'_>) -> Result<TimeFinder, LexiconError> {
        Ok(TimeFinder {
            lexicon: Arc::new(Lexicon::build(sources)?),
        })
    }

    /// All temporal expressions of `text` (byte spans), normalized against
    /// `anchor`, in text order and never overlapping.
    pub fn find(&self, text: &str, anchor: Option<Anchor>) -> Vec<Timex> {
        let toks = scan::tokenize(text, &self.lexicon);
        let parser = Parser {
            lex: &self.lexicon,
            toks: &toks,
        };
        let cands = parser.candidates();
        resolve::resolve_all(&parser, text, &cands, anchor)
    }
}

/// Whether `specific` knows every digit that `general` knows, with the same
/// value (`2023-09-27` is at least as specific as `XXXX-09-27`; anything is
/// at least as specific as `None`). Values of different shapes compare
/// false.
pub fn at_least_as_specific(specific: Option<&str>, general: Option<&str>) -> bool {
    let Some(general) = general else {
        return true;
    };
    if !general.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let Some(specific) = specific else {
        return false;
    };
    specific.len() == general.len()
        && specific.bytes().zip(general.bytes()).all(|(s, g)| {
            if g.is_ascii_digit() {
                s == g
            } else {
                g != b'-' || s == b'-'
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_parse() {
        assert_eq!(
            Anchor::parse("2023-12-06"),
            Some(Anchor {
                year: 2023,
                month: Some(12),
                day: Some(6)
            })
        );
        assert_eq!(
            Anchor::parse("2023-12").map(|a| a.iso()).as_deref(),
            Some("2023-12")
        );
        assert_eq!(
            Anchor::parse("2023").map(|a| a.iso()).as_deref(),
            Some("2023")
        );
        assert_eq!(
            Anchor::parse("2023-12-06T09:34")
                .map(|a| a.iso())
                .as_deref(),
            Some("2023-12-06")
        );
        for bad in [
            "",
            "23",
            "2023-13",
            "2023-02-30",
            "2023-1-5",
            "abcd",
            "2023-12-06-01",
            "２０２３",
        ] {
            assert_eq!(Anchor::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn specificity() {
        assert!(at_least_as_specific(Some("2023-09-27"), Some("XXXX-09-27")));
        assert!(at_least_as_specific(Some("XXXX-09-27"), None));
        assert!(at_least_as_specific(None, None));
        assert!(!at_least_as_specific(None, Some("XXXX-09-27")));
        assert!(!at_least_as_specific(
            Some("2023-09-XX"),
            Some("XXXX-09-27")
        ));
        assert!(!at_least_as_specific(
            Some("2023-09-28"),
            Some("XXXX-09-27")
        ));
    }
}
