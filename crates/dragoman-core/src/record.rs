//! The JSON record of `shared/docs/output-format.md`. Field names here are a
//! contract read by the evaluation: add fields, never rename or drop them.
//! All offsets in these types are Unicode code point offsets into `text`.

use serde::{Deserialize, Serialize};

/// One document's output record (one line of `dragoman extract`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub dateline: Option<String>,
    pub published: Option<Published>,
    pub text: String,
    pub boilerplate: Vec<Boilerplate>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The article's own publication date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    /// `YYYY-MM-DD`, or partial `YYYY-MM` / `YYYY`.
    pub date: String,
    pub time: Option<String>,
    /// The words the date was read from (`null` for structured metadata).
    pub text: Option<String>,
    pub confidence: f32,
}

/// A piece of page chrome removed from the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// `related-links`, `latest-news`, `comment-form`, `newsletter`,
    /// `share`, `navigation`, `page-date`, `section-label`, `sign-off`, ...
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Country,
    Location,
    Group,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub role: Option<String>,
    pub mentions: Vec<Mention>,
}

/// A date with unknown digits as `X` (`XXXX-09-27`), and the words it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateValue {
    pub value: Option<String>,
    pub text: Option<String>,
    /// For a fuzzy expression ("earlier this year", "last week"), the
    /// first and last day it may mean (`YYYY-MM-DD`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<String>,
    /// How sure the date is, 0 to 1 (lowered when the text gives
    /// conflicting candidates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
    /// Consistency checks that failed or notes on where the date came
    /// from: `weekday-mismatch`, `after-publication`,
    /// `conflicting-dates`, `year-from-publication`, `carried` ...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
    pub actors: Vec<String>,
    pub recipients: Vec<String>,
    pub date: Option<DateValue>,
    pub location: Option<String>,
    pub negated: bool,
    pub status: String,
    pub trigger: TextSpan,
    pub sentence: SentenceSpan,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub direct: bool,
    pub speaker: Option<String>,
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
}
