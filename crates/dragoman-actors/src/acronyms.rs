//! Acronyms a report defines: "the Ministry of National Defense (MND)",
//! "the Global Ceasefire Monitoring Initiative (GCMI)". The bracketed
//! acronym names the body written before it, and so does every later use
//! of it ("The MND condemns ...").
//!
//! The body before the bracket is an organization or group already found
//! (its mention ends at the bracket), or else the run of capitalised words
//! whose initials spell the acronym ("of", "for", "and", "the" may stand
//! between them): that run becomes an organization, and a generic body the
//! dictionary found inside it ("Ministry") gives way to it.

use dragoman_core::{DocEntity, EntityKind, Span};

use crate::gazetteer::{GazMatch, MatchKind};

/// Words that may stand inside a name without giving a letter.
const GLUE: [&str; 9] = ["of", "for", "and", "the", "on", "in", "de", "to", "&"];

/// The bracketed acronyms of `text`: the byte offset of each "(" and the
/// acronym's span (two to eight capitals, "&" allowed after the first).
fn definitions(text: &str) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let inner = &text[open + 1..];
        let Some(close) = inner.find(')') else {
            continue;
        };
        let acr = &inner[..close];
        let n = acr.chars().count();
        if (2..=8).contains(&n)
            && acr.starts_with(|c: char| c.is_uppercase())
            && acr.chars().all(|c| c.is_uppercase() || c == '&')
        {
            out.push((open, Span::new(open + 1, open + 1 + close)));
        }
    }
    out
}

/// Links the acronyms `text` defines to their bodies in `entities`,
/// adding an organization for a body the dictionaries did not know.
pub(crate) fn link(text: &str, matches: &[GazMatch], entities: &mut Vec<DocEntity>) {
    for (open, acr) in definitions(text) {
        let word = &text[acr.start..acr.end];
        let before = text[..open].trim_end();
        let end = before.len();
        let owner = entities.iter().position(|e| {
            matches!(e.kind, EntityKind::Organization | EntityKind::Group)
                && e.mentions.iter().any(|m| m.end == end)
        });
        let owner = match owner {
            Some(k) => k,
            None => {
                let Some(start) = spelled_by(before, word) else {
                    continue;
                };
                match adopt(text, matches, Span::new(start, end), entities) {
                    Some(k) => k,
                    None => continue,
                }
            }
        };
        // every other use of the acronym as a word
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(i) = text[from..].find(word) {
            let at = from + i;
            from = at + word.len();
            let span = Span::new(at, at + word.len());
            let bounded = !text[..at].ends_with(|c: char| c.is_alphanumeric())
                && !text[span.end..].starts_with(|c: char| c.is_alphanumeric());
            if bounded && at != acr.start && !mentioned(entities, span) {
                found.push(span);
            }
        }
        entities[owner].mentions.extend(found);
    }
}

/// The start of the run of capitalised words at the end of `before` whose
/// initials spell `acr`.
fn spelled_by(before: &str, acr: &str) -> Option<usize> {
    let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
    let mut need = letters.len();
    let mut end = before.len();
    let mut start = None;
    while need > 0 {
        // the space before the word may be wider than a byte (U+00A0)
        let space = before[..end]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace());
        let word_start = space.map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..end];
        if word.is_empty() {
            return None;
        }
        if GLUE.contains(&word) && start.is_some() {
            // "of" in "Ministry of National Defense"
        } else {
            let first = word.chars().next()?;
            if !first.is_uppercase() || first != letters[need - 1] {
                return None;
            }
            need -= 1;
            start = Some(word_start);
        }
        match space {
            Some((i, _)) => end = i,
            None => break,
        }
    }
    if need == 0 {
        start
    } else {
        None
    }
}

/// Makes `span` an organization: a body found inside it gives way (its
/// country and sector go to the new one), a person inside it stops it, and
/// so does a description it stands in apposition to ("the main Hutu rebel
/// group, Forces for Defence of Democracy (FDD)": the description is the
/// actor the events take). Its country is also that of a country word
/// inside it ("Liberian Peace Council").
fn adopt(
    text: &str,
    matches: &[GazMatch],
    span: Span,
    entities: &mut Vec<DocEntity>,
) -> Option<usize> {
    if entities.iter().any(|e| {
        e.kind == EntityKind::Person
            && e.mentions
                .iter()
                .any(|m| m.start < span.end && span.start < m.end)
    }) {
        return None;
    }
    if text[..span.start].trim_end().ends_with(',') {
        return None;
    }
    let (mut country, mut sector) = (None, None);
    for e in entities.iter_mut() {
        let before = e.mentions.len();
        e.mentions
            .retain(|m| !(span.start <= m.start && m.end <= span.end));
        if e.mentions.len() < before {
            country = country.or_else(|| e.country.clone());
            sector = sector.or_else(|| e.sector.clone());
        }
    }
    country = country.or_else(|| {
        matches
            .iter()
            .filter(|m| span.start <= m.span.start && m.span.end <= span.end)
            .filter(|m| matches!(m.kind, MatchKind::Demonym | MatchKind::CountryName))
            .find_map(|m| m.country.clone())
    });
    entities.retain(|e| !e.mentions.is_empty());
    let name = text[span.start..span.end]
        .trim_start_matches("the ")
        .to_string();
    entities.push(DocEntity {
        id: String::new(),
        name,
        kind: EntityKind::Organization,
        country,
        sector,
        role: None,
        mentions: vec![span],
    });
    Some(entities.len() - 1)
}

fn mentioned(entities: &[DocEntity], span: Span) -> bool {
    entities
        .iter()
        .flat_map(|e| &e.mentions)
        .any(|m| m.start < span.end && span.start < m.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_spell_the_acronym_across_glue_words() {
        let s = "observed by the Ministry of National Defense";
        assert_eq!(spelled_by(s, "MND"), s.find("Ministry"));
        let s = "said the Global Ceasefire Monitoring Initiative";
        assert_eq!(spelled_by(s, "GCMI"), s.find("Global"));
        // a word whose initial does not fit, or too few words
        assert_eq!(spelled_by("the Defence Ministry", "MND"), None);
        assert_eq!(spelled_by("National Defense", "MND"), None);
        // spaces and letters of two bytes
        let s = "Branchen.\u{a0} Die Österreichische\u{a0}Volkspartei";
        assert_eq!(spelled_by(s, "DÖV"), s.find("Die"));
        assert_eq!(spelled_by(s, "ÖV"), s.find("Österreichische"));
        assert_eq!(
            spelled_by("Wachstums\u{a0}und\u{a0}Entwicklung", "UE"),
            None
        );
    }
}
