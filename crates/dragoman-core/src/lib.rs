//! The dragoman document model.
//!
//! A [`Doc`] owns the cleaned article text and everything later stages learn
//! about it. Every annotation (entity mention, event trigger, quote) is a
//! [`Span`] of **UTF-8 byte offsets** into [`Doc::text`], never a copy, so
//! each fact points back at the characters it came from.
//!
//! At the JSON edge the document becomes a [`Record`] (the output contract of
//! `shared/docs/output-format.md`), where offsets are **Unicode code point
//! offsets**, so that `text[start:end]` in Python gives the span.
//! [`Doc::to_record`] does that conversion with an [`OffsetMap`].
//!
//! ```
//! use dragoman_core::{Doc, Span};
//!
//! let mut doc = Doc::new("d1", "input.txt", "Ağdam — Baku said.".to_string());
//! let span = Span::new(doc.text.find("Baku").unwrap(), doc.text.find(" said").unwrap());
//! assert_eq!(doc.slice(span), "Baku");
//! doc.title = Some("A title".into());
//! let record = doc.to_record();
//! assert_eq!(record.title.as_deref(), Some("A title"));
//! // code point offsets: "Ağdam — " is 8 code points but 11 bytes
//! assert_eq!(dragoman_core::OffsetMap::new(&doc.text).to_chars(span.start), 8);
//! ```

#![forbid(unsafe_code)]

pub mod calendar;
mod ids;
mod offsets;
mod record;

pub use ids::{content_hash, id_from_bytes, id_from_path};
pub use offsets::OffsetMap;
pub use record::{
    Boilerplate, DateValue, Entity, EntityKind, Event, Mention, Published, Quote, Record,
    SentenceSpan, TextSpan,
};

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of UTF-8 byte offsets into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A mention of an entity: where in the text, as byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct DocMention {
    pub span: Span,
}

/// An entity found in the document (an actor, a place). Offsets are bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct DocEntity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub role: Option<String>,
    pub mentions: Vec<Span>,
}

/// A coded event. Offsets are bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct DocEvent {
    pub id: String,
    pub event_type: String,
    pub mode: Option<String>,
    pub actors: Vec<String>,
    pub recipients: Vec<String>,
    pub date: Option<DateValue>,
    pub location: Option<String>,
    pub negated: bool,
    pub status: String,
    pub trigger: Span,
    pub sentence: Span,
    pub rule: String,
}

/// A direct or reported quote. Offsets are bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct DocQuote {
    pub id: String,
    pub span: Span,
    /// The quote's words; for a multi-paragraph quote the pieces joined.
    pub text: String,
    pub direct: bool,
    pub speaker: Option<String>,
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
}

/// One document as it moves through the pipeline: metadata, the cleaned
/// body and the annotations stages add. Offsets are UTF-8 bytes into `text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub id: String,
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub dateline: Option<String>,
    pub published: Option<Published>,
    /// The article body; paragraphs separated by `\n`.
    pub text: String,
    pub boilerplate: Vec<Boilerplate>,
    pub entities: Vec<DocEntity>,
    pub events: Vec<DocEvent>,
    pub quotes: Vec<DocQuote>,
    /// Warnings met while reading or cleaning the input (lossy decoding, ...).
    pub warnings: Vec<String>,
}

impl Doc {
    pub fn new(id: impl Into<String>, source: impl Into<String>, text: String) -> Doc {
        Doc {
            id: id.into(),
            source: source.into(),
            url: None,
            title: None,
            authors: Vec::new(),
            dateline: None,
            published: None,
            text,
            boilerplate: Vec::new(),
            entities: Vec::new(),
            events: Vec::new(),
            quotes: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Number of whitespace-separated words in the body.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// The JSON record of this document, with code point offsets.
    pub fn to_record(&self) -> Record {
        let map = OffsetMap::new(&self.text);
        let text_span = |span: Span| TextSpan {
            start: map.to_chars(span.start),
            end: map.to_chars(span.end),
            text: self.slice(span).to_string(),
        };
        Record {
            id: self.id.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
            title: self.title.clone(),
            authors: self.authors.clone(),
            dateline: self.dateline.clone(),
            published: self.published.clone(),
            text: self.text.clone(),
            boilerplate: self.boilerplate.clone(),
            entities: self
                .entities
                .iter()
                .map(|e| Entity {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    country: e.country.clone(),
                    sector: e.sector.clone(),
                    role: e.role.clone(),
                    mentions: e
                        .mentions
                        .iter()
                        .map(|&m| {
                            let t = text_span(m);
                            Mention {
                                start: t.start,
                                end: t.end,
                                text: t.text,
                            }
                        })
                        .collect(),
                })
                .collect(),
            events: self
                .events
                .iter()
                .map(|v| Event {
                    id: v.id.clone(),
                    event_type: v.event_type.clone(),
                    mode: v.mode.clone(),
                    actors: v.actors.clone(),
                    recipients: v.recipients.clone(),
                    date: v.date.clone(),
                    location: v.location.clone(),
                    negated: v.negated,
                    status: v.status.clone(),
                    trigger: text_span(v.trigger),
                    sentence: SentenceSpan {
                        start: map.to_chars(v.sentence.start),
                        end: map.to_chars(v.sentence.end),
                    },
                    rule: v.rule.clone(),
                })
                .collect(),
            quotes: self
                .quotes
                .iter()
                .map(|q| Quote {
                    id: q.id.clone(),
                    text: q.text.clone(),
                    start: map.to_chars(q.span.start),
                    end: map.to_chars(q.span.end),
                    direct: q.direct,
                    speaker: q.speaker.clone(),
                    speaker_text: q.speaker_text.clone(),
                    cue: q.cue.clone(),
                })
                .collect(),
            warnings: self.warnings.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_overlap_when_they_share_a_byte() {
        let a = Span::new(4, 10);
        assert!(a.overlaps(Span::new(9, 12)) && Span::new(9, 12).overlaps(a));
        assert!(a.overlaps(Span::new(5, 6)));
        // touching ends share no byte
        assert!(!a.overlaps(Span::new(10, 12)) && !a.overlaps(Span::new(0, 4)));
    }

    #[test]
    fn record_offsets_are_code_points() {
        let mut doc = Doc::new("x", "x.txt", "Russia’s “unprovoked” aggression".to_string());
        let start = doc.text.find("aggression").unwrap();
        doc.quotes.push(DocQuote {
            id: "Q1".into(),
            span: Span::new(start, doc.text.len()),
            text: "aggression".into(),
            direct: true,
            speaker: None,
            speaker_text: None,
            cue: None,
        });
        let record = doc.to_record();
        let chars: Vec<char> = record.text.chars().collect();
        let q = &record.quotes[0];
        let sliced: String = chars[q.start..q.end].iter().collect();
        assert_eq!(sliced, "aggression");
        assert_ne!(q.start, start, "byte and char offsets differ for this text");
    }

    #[test]
    fn record_round_trips_through_json() {
        let mut doc = Doc::new("a", "a.txt", "Body.".to_string());
        doc.published = Some(Published {
            date: "2023-12-06".into(),
            time: Some("09:34".into()),
            text: Some("06.12.2023 09:34".into()),
            confidence: 0.9,
        });
        let json = serde_json::to_string(&doc.to_record()).unwrap();
        let back: Record = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc.to_record());
        assert!(json.contains("\"published\":{\"date\":\"2023-12-06\""));
        assert!(
            json.contains("\"title\":null"),
            "title is always present: {json}"
        );
    }
}
