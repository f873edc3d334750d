//! The document pipeline: a [`RawDoc`] in, a [`Doc`] out.

use dragoman_actors::EntityFinder;
use dragoman_clean::dates::{parse_date_line, resolve, OrderEvidence};
use dragoman_clean::html::{self, iso_published};
use dragoman_clean::{Mode, TextCleaner};
use dragoman_core::{content_hash, Doc, DocEntity, Published, Span};
use dragoman_events::{EventCoder, EventInput};
use dragoman_ner::{EntityKind as NerKind, NerTagger};
use dragoman_nlp::{Analysis, Nlp, ParserKind};
use dragoman_quotes::QuoteFinder;
use dragoman_time::{Anchor, TimeFinder};

use crate::inputs::{Format, InputError, RawDoc};

/// Changes whenever the pipeline's output for the same input can change, so
/// that re-ingesting after an upgrade refreshes stored documents.
pub const PIPELINE_VERSION: &str = "dragoman-pipeline/36";

/// The stages a document goes through, with their read-only resources:
/// cleaning, then entities, the linguistic analysis, the untitled people
/// the entity tagger names, temporal expressions, quotes and events.
#[derive(Debug, Clone)]
pub struct Pipeline {
    cleaner: TextCleaner,
    /// `None` runs the cleaning stage alone (used by benchmarks).
    entities: Option<EntityFinder>,
    time: TimeFinder,
    quotes: QuoteFinder,
    events: EventCoder,
    /// What else shapes the output (user dictionaries), part of the hash.
    resources: String,
    /// The dependency parser of the linguistic analysis.
    parser: ParserKind,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new(TextCleaner::default(), EntityFinder::default())
    }
}

impl Pipeline {
    pub fn new(cleaner: TextCleaner, entities: EntityFinder) -> Pipeline {
        Pipeline {
            cleaner,
            entities: Some(entities),
            time: TimeFinder::default(),
            quotes: QuoteFinder::default(),
            events: EventCoder::default(),
            resources: String::new(),
            parser: ParserKind::default(),
        }
    }

    /// Records the user resources (dictionary texts) the pipeline was built
    /// with, so that changing them makes re-ingested documents update.
    pub fn with_resources<'a>(mut self, texts: impl IntoIterator<Item = &'a str>) -> Pipeline {
        let mut all = Vec::new();
        for t in texts {
            all.extend_from_slice(t.as_bytes());
            all.push(0);
        }
        self.resources = if all.is_empty() {
            String::new()
        } else {
            content_hash(&all)
        };
        self
    }

    /// The same pipeline with another event coder (user trigger lines).
    pub fn with_events(mut self, events: EventCoder) -> Pipeline {
        self.events = events;
        self
    }

    /// The same pipeline with another built-in parser (the beam-search one is
    /// more accurate and slower). Part of the content hash.
    pub fn with_parser(mut self, parser: ParserKind) -> Pipeline {
        self.parser = parser;
        self
    }

    /// The same pipeline without the stages after cleaning.
    pub fn clean_only(&self) -> Pipeline {
        Pipeline {
            entities: None,
            ..self.clone()
        }
    }

    /// A hash of everything that determines a document's record: the
    /// pipeline version, the input's content and its given metadata.
    pub fn content_hash(&self, raw: &RawDoc) -> String {
        let mut key = Vec::with_capacity(raw.content.len() + 128);
        for part in [
            PIPELINE_VERSION,
            &self.resources,
            match self.parser {
                ParserKind::Greedy => "greedy",
                ParserKind::Beam => "",
            },
            if raw.format == Format::Html {
                "html"
            } else {
                "text"
            },
            raw.title.as_deref().unwrap_or(""),
            raw.url.as_deref().unwrap_or(""),
            raw.published.as_deref().unwrap_or(""),
            &raw.content,
        ] {
            key.extend_from_slice(part.as_bytes());
            key.push(0);
        }
        content_hash(&key)
    }

    /// Runs every stage over one input. A defect in a stage that panics
    /// on some input fails that input alone, with an error naming it,
    /// instead of taking the whole run down.
    pub fn run(&self, raw: &RawDoc) -> Result<Doc, InputError> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run_stages(raw)))
            .unwrap_or_else(|panic| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let what: String = what.chars().take(200).collect();
                Err(InputError::new(
                    &raw.source,
                    format!("internal error while analysing it (please report): {what}"),
                ))
            })
    }

    fn run_stages(&self, raw: &RawDoc) -> Result<Doc, InputError> {
        let cleaned = match raw.format {
            Format::Text => self.cleaner.clean(&raw.content, Mode::Page),
            Format::Html => html::extract(&raw.content, &self.cleaner)
                .map_err(|e| InputError::new(&raw.source, e.to_string()))?,
        };
        if cleaned.body.trim().is_empty() {
            return Err(InputError::new(&raw.source, "no article text found"));
        }
        let mut doc = Doc::new(&raw.id, &raw.source, cleaned.body);
        doc.warnings = raw.warnings.clone();
        doc.url = raw.url.clone();
        doc.title = raw.title.clone().or(cleaned.title);
        doc.authors = cleaned.authors;
        doc.dateline = cleaned.dateline;
        doc.boilerplate = cleaned.boilerplate;
        doc.published = cleaned.published;
        if let Some(given) = &raw.published {
            match given_published(given) {
                Some(p) => doc.published = Some(p),
                None => doc.warnings.push(format!(
                    "the given \"published\" value {given:?} is not a date; ignored"
                )),
            }
        }
        if let Some(finder) = &self.entities {
            doc.entities = finder.find(&doc.text);
            self.annotate(&mut doc)
                .map_err(|e| InputError::new(&raw.source, e))?;
        }
        Ok(doc)
    }

    /// The stages after entities: analysis, time, quotes, events.
    fn annotate(&self, doc: &mut Doc) -> Result<(), String> {
        let nlp = Nlp::shared_with(self.parser).map_err(|e| format!("linguistic models: {e}"))?;
        // The dateline opening the text ("WASHINGTON, DC — On ...") is not
        // part of the first sentence: blank it (offsets stay the same).
        let masked = mask_dateline(&doc.text, doc.dateline.as_deref());
        let names = dragoman_actors::name_spans(&doc.entities);
        let analysis = nlp.analyze_with(&masked, &names, |s, lemmas| {
            self.quotes.needs_parse(s) || self.events.needs_parse(lemmas)
        });
        if let Some(finder) = &self.entities {
            let speakers = self.quotes.speaker_names(&masked, &analysis);
            add_untitled_people(
                finder,
                &doc.text,
                &mut doc.entities,
                &masked,
                &analysis,
                &speakers,
            )?;
        }
        let anchor = doc.published.as_ref().and_then(|p| Anchor::parse(&p.date));
        let timexes = self.time.find(&doc.text, anchor);
        doc.quotes = self.quotes.find(&doc.text, &analysis, &doc.entities);
        let coded = self.events.code(&EventInput {
            text: &doc.text,
            analysis: &analysis,
            entities: &doc.entities,
            timexes: &timexes,
            quotes: &doc.quotes,
        });
        doc.events = coded.events;
        doc.entities.extend(coded.entities);
        dragoman_actors::office_holder_countries(&mut doc.entities);
        Ok(())
    }
}

/// People the titles and dictionaries missed ("Donald Trump told", "said
/// Ann Selzer"), from the entity tagger's person names and the names that
/// are subjects of speech cues (`speakers`), in English text.
fn add_untitled_people(
    finder: &EntityFinder,
    text: &str,
    entities: &mut Vec<DocEntity>,
    masked: &str,
    analysis: &Analysis,
    speakers: &[Span],
) -> Result<(), String> {
    let ner = NerTagger::shared().map_err(|e| format!("entity tagger: {e}"))?;
    if !looks_english(masked, analysis, ner) {
        return Ok(());
    }
    // only sentences with two capitalised words in a row that no entity
    // covers can name someone new (a lone surname is found by the actor
    // stage's own surname search)
    let known = mention_spans(entities);
    let free = |k: usize| free_capital(masked, analysis, &known, k);
    let wanted = |si: usize| {
        let r = analysis.sentences[si].tokens.clone();
        (r.start + 1..r.end).any(|k| free(k - 1) && free(k))
    };
    let mut people: Vec<Span> = ner
        .analysis_entities_where(masked, analysis, wanted)
        .into_iter()
        .filter(|(_, kind)| *kind == NerKind::Per)
        .map(|(span, _)| span)
        .collect();
    join_name_particles(masked, &mut people);
    // a well-known office holder named in full where the tagger saw no name
    for h in dragoman_actors::office_holder_mentions(masked) {
        if !people.iter().any(|p| p.overlaps(h)) {
            people.push(h);
        }
    }
    // a speaker the tagger missed, unless a tagged name overlaps it
    for &s in speakers {
        if !people.iter().any(|p| p.overlaps(s)) {
            people.push(s);
        }
    }
    people.sort_by_key(|p| p.start);
    finder.add_people(text, entities, &people);
    // "Nikos Christodoulides and Ersin Tatar": a name joined to a person's
    let persons: Vec<Span> = entities
        .iter()
        .filter(|e| e.kind == dragoman_core::EntityKind::Person)
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    let known = mention_spans(entities);
    let free = |k: usize| free_capital(masked, analysis, &known, k);
    let joined = coordinated_names(masked, analysis, &persons, &free);
    if !joined.is_empty() {
        finder.add_people(text, entities, &joined);
    }
    Ok(())
}

/// "Mohammed bin Salman bin Abdulaziz Al Saud" tagged as three names: two
/// tagged names with only a lower-case name particle between them ("bin",
/// "al", "van", "de", ...) are one.
fn join_name_particles(text: &str, people: &mut Vec<Span>) {
    const PARTICLES: [&str; 17] = [
        "bin", "ibn", "bint", "ben", "al", "el", "abu", "van", "von", "der", "de", "da", "di",
        "del", "du", "dos", "la",
    ];
    people.sort_by_key(|p| p.start);
    let mut joined: Vec<Span> = Vec::with_capacity(people.len());
    for &p in people.iter() {
        if let Some(last) = joined.last_mut() {
            let between = text.get(last.end..p.start).unwrap_or("");
            let words: Vec<&str> = between.split(' ').collect();
            if let ["", particle, ""] = words.as_slice() {
                if PARTICLES.contains(particle) {
                    last.end = p.end;
                    continue;
                }
            }
        }
        joined.push(p);
    }
    *people = joined;
}

/// Every mention of `entities`.
fn mention_spans(entities: &[DocEntity]) -> Vec<Span> {
    entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .collect()
}

/// Whether token `k` is capitalised and no mention in `known` covers it.
fn free_capital(masked: &str, analysis: &Analysis, known: &[Span], k: usize) -> bool {
    let t = &analysis.tokens[k];
    masked[t.span.start..t.span.end].starts_with(char::is_uppercase)
        && !known.iter().any(|m| m.overlaps(t.span))
}

/// Names of two or three capitalised proper nouns that no entity covers,
/// joined by "and" to a person's name on either side ("Nikos
/// Christodoulides and Ersin Tatar", "Ersin Tatar and Nikos
/// Christodoulides").
fn coordinated_names(
    text: &str,
    analysis: &Analysis,
    persons: &[Span],
    free: &dyn Fn(usize) -> bool,
) -> Vec<Span> {
    let tokens = &analysis.tokens;
    let name_word = |k: usize| {
        tokens[k].upos == dragoman_nlp::Upos::Propn
            && free(k)
            && text[tokens[k].span.start..tokens[k].span.end]
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let person_at = |k: usize| persons.iter().any(|p| p.overlaps(tokens[k].span));
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if text.get(t.span.start..t.span.end) != Some("and") || k == 0 || k + 1 >= tokens.len() {
            continue;
        }
        let same = |j: usize| tokens[j].sentence == t.sentence;
        if person_at(k + 1) {
            // the run of names before "and"
            let mut start = k;
            while start > 0 && same(start - 1) && name_word(start - 1) && k - start < 4 {
                start -= 1;
            }
            let len = k - start;
            let opens = start == 0
                || !same(start - 1)
                || !tokens[start - 1].upos.eq(&dragoman_nlp::Upos::Propn);
            if (2..=3).contains(&len) && opens {
                out.push(Span::new(tokens[start].span.start, tokens[k - 1].span.end));
            }
        }
        if person_at(k - 1) {
            // the run of names after "and"
            let mut end = k + 1;
            while end < tokens.len() && same(end) && name_word(end) && end - k <= 3 {
                end += 1;
            }
            let len = end - k - 1;
            let closes =
                end >= tokens.len() || !same(end) || tokens[end].upos != dragoman_nlp::Upos::Propn;
            if (2..=3).contains(&len) && closes {
                out.push(Span::new(
                    tokens[k + 1].span.start,
                    tokens[end - 1].span.end,
                ));
            }
        }
    }
    out
}

/// Is the analysed text English? The entity tagger is an English model: on
/// German, Indonesian or Portuguese text it finds "people" in any two
/// capitalised words. English text, even a page of sports results, has
/// most of its lower-case words (70% and more) in the tagger's English
/// vocabulary; other languages written in Latin letters under half, since
/// they share only a few words with English. Names and headings are not
/// counted; texts with fewer than 20 lower-case words are given the benefit
/// of the doubt.
fn looks_english(text: &str, analysis: &Analysis, ner: &NerTagger) -> bool {
    let (mut words, mut known) = (0usize, 0usize);
    for t in &analysis.tokens {
        let Some(w) = text.get(t.span.start..t.span.end) else {
            continue;
        };
        if !w.chars().all(char::is_lowercase) {
            continue;
        }
        words += 1;
        known += usize::from(ner.knows_word(w));
    }
    words < 20 || known * 100 >= words * 60
}

/// `text` with a leading dateline (and the dash or comma after it) turned
/// into spaces, byte for byte.
fn mask_dateline<'t>(text: &'t str, dateline: Option<&str>) -> std::borrow::Cow<'t, str> {
    let d_len = match dateline.filter(|d| !d.is_empty()) {
        Some(d)
            if text
                .get(..d.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(d)) =>
        {
            d.len()
        }
        _ => match wire_dateline_len(text) {
            Some(n) => n,
            None => return text.into(),
        },
    };
    let d = &text[..d_len];
    let rest = &text[d.len()..];
    let sep = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_whitespace() || matches!(c, ',' | '-' | '—' | '–' | ':')))
        .map_or(rest.len(), |(i, _)| i);
    let masked_len = d.len() + sep;
    let mut out = String::with_capacity(text.len());
    out.extend(std::iter::repeat_n(' ', masked_len));
    out.push_str(&text[masked_len..]);
    out.into()
}

/// The length of a wire-copy dateline opening the text that the cleaner
/// did not take apart, up to its dash: "WARSAW, Sept. 24 (Danube Wire) —".
/// It starts with a place in capitals and ends with a dash within the
/// first line's first 100 bytes.
fn wire_dateline_len(text: &str) -> Option<usize> {
    let line = text.lines().next()?;
    let mut cut = line.len().min(100);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    let dash = head
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '—' | '–')
                || (c == '-' && head[..i].ends_with(' ') && head[i + 1..].starts_with(' '))
        })
        .map(|(i, _)| i)?;
    let place: &str = head[..dash].split([',', '(']).next()?.trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = place
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''));
    (letters >= 3 && capitals).then_some(dash)
}

/// A publication date given as metadata: ISO (`2024-03-14`, with or without
/// time) or any date-line format the cleaner reads.
fn given_published(text: &str) -> Option<Published> {
    if let Some(mut p) = iso_published(text) {
        p.confidence = 1.0;
        return Some(p);
    }
    if let Ok(year) = text.trim().parse::<i32>() {
        if (1000..=9999).contains(&year) {
            return Some(Published {
                date: format!("{year:04}"),
                time: None,
                text: Some(text.to_string()),
                confidence: 1.0,
            });
        }
    }
    let line = parse_date_line(text)?;
    let (date, confidence) = resolve(&line, &OrderEvidence::default());
    Some(Published {
        date: date.iso()?,
        time: line.time.clone(),
        text: Some(text.to_string()),
        confidence,
    })
}

/// Fills the missing country of a person in one document from the other
/// documents of the batch, through the actor registry ("Jake Sullivan"
/// alone here, "U.S. National Security Adviser Jake Sullivan" there). The
/// result does not depend on the documents' order.
pub fn fill_person_countries(docs: &mut [Doc]) {
    let filled = {
        let sightings: Vec<dragoman_actors::registry::Sighting<'_>> = docs
            .iter()
            .flat_map(|d| {
                d.entities
                    .iter()
                    .map(move |e| dragoman_actors::registry::Sighting {
                        doc_id: &d.id,
                        published: d.published.as_ref().map(|p| p.date.as_str()),
                        entity: e,
                        mention_texts: e
                            .mentions
                            .iter()
                            .filter_map(|m| d.text.get(m.start..m.end))
                            .map(str::to_string)
                            .collect(),
                    })
            })
            .collect();
        dragoman_actors::registry::countries_for_people(&sightings)
    };
    let mut k = 0;
    for d in docs.iter_mut() {
        for e in d.entities.iter_mut() {
            if let Some(c) = &filled[k] {
                e.country = Some(c.clone());
            }
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_names_split_at_a_name_particle_are_joined() {
        let text =
            "Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud met Ana de Souza and Mr Ibn.";
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            Span::new(i, i + s.len())
        };
        let mut people = vec![
            at("Salman"),
            at("Mohammed"),
            at("Abdulaziz Al Saud"),
            at("Ana"),
        ];
        join_name_particles(text, &mut people);
        let names: Vec<&str> = people.iter().map(|p| &text[p.start..p.end]).collect();
        // "Ana" and "Souza" are not both tagged: nothing to join
        assert_eq!(
            names,
            vec!["Mohammed bin Salman bin Abdulaziz Al Saud", "Ana"]
        );
        // "and" is no particle
        let mut people = vec![at("Ana"), at("Ibn")];
        join_name_particles(text, &mut people);
        assert_eq!(people.len(), 2);
    }

    #[test]
    fn wire_datelines_are_masked_for_parsing() {
        let text =
            "OSLO, March 3 (Fjord News) — Norway's foreign minister met his Danish counterpart.";
        let masked = mask_dateline(text, None);
        assert_eq!(masked.len(), text.len());
        assert!(masked.trim_start().starts_with("Norway's"), "{masked}");
        // not a dateline: a sentence with a dash, a place not in capitals
        for t in [
            "The talks — the first in years — ended on Monday.",
            "Oslo, March 3 — Norway's foreign minister met his counterpart.",
            "NATO said on Monday it would send more troops.",
            // a cut through a multi-byte character (the 100th byte is inside "é")
            &format!("{}é — done", "A".repeat(99)),
        ] {
            assert_eq!(mask_dateline(t, None), t);
        }
    }

    fn raw(content: &str) -> RawDoc {
        RawDoc {
            id: "t".into(),
            source: "t.txt".into(),
            format: Format::Text,
            content: content.into(),
            title: None,
            url: None,
            published: None,
            warnings: Vec::new(),
        }
    }

    #[test]
    fn given_metadata_wins_over_the_text() {
        let mut r = raw("Talks in Baku\nThe ministers met in Baku on Monday to discuss the border.\n13.05.2024 10:00\n");
        let p = Pipeline::default();
        assert_eq!(p.run(&r).unwrap().published.unwrap().date, "2024-05-13");
        r.published = Some("2024-05-14T08:00:00Z".into());
        r.title = Some("Given title".into());
        let doc = p.run(&r).unwrap();
        assert_eq!(doc.published.unwrap().date, "2024-05-14");
        assert_eq!(doc.title.as_deref(), Some("Given title"));
        r.published = Some("soon".into());
        assert!(p.run(&r).unwrap().warnings[0].contains("not a date"));
    }

    #[test]
    fn hash_changes_with_content_and_metadata() {
        let p = Pipeline::default();
        let a = raw("The ministers met.");
        let mut b = a.clone();
        assert_eq!(p.content_hash(&a), p.content_hash(&b));
        b.published = Some("2024-01-01".into());
        assert_ne!(p.content_hash(&a), p.content_hash(&b));
        let with_dict = Pipeline::default().with_resources(["[promo inline]\nbuy now\n"]);
        assert_ne!(p.content_hash(&a), with_dict.content_hash(&a));
    }

    #[test]
    fn a_page_without_prose_is_an_error() {
        let err = Pipeline::default()
            .run(&raw("Leave a Reply\n"))
            .unwrap_err();
        assert!(err.reason.contains("no article text"));
    }
}
