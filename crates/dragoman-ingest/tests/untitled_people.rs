//! The pipeline finds people without a title (the entity tagger's person
//! names) and gives them their quotes. The fixture was written for this
//! test in the style of campaign coverage.

use dragoman_core::{Doc, EntityKind};
use dragoman_ingest::{Format, Pipeline, RawDoc};

const ARTICLE: &str = "\
Trump Courts Evangelicals in Iowa

Donald J. Trump told a crowd of evangelical voters on Saturday that he would \"protect Christianity\" if elected.

\"We're going to say Merry Christmas again,\" he said, drawing cheers.

His rival, Senator Ted Cruz of Texas, was dismissive. \"Donald has a long record of supporting liberal causes,\" Mr. Cruz said.

\"I think it's going to be very close,\" said Ann Selzer, a pollster based in Des Moines. Ms. Selzer has polled the state for decades.

Ships gathered near Second Thomas Shoal, officials said.
";

fn run() -> Doc {
    run_article("iowa", ARTICLE, "2015-12-12")
}

/// Runs the whole pipeline on a plain-text article published on `published`.
fn run_article(id: &str, content: &str, published: &str) -> Doc {
    let raw = RawDoc {
        id: id.to_string(),
        source: format!("{id}.txt"),
        format: Format::Text,
        content: content.to_string(),
        title: None,
        url: None,
        published: Some(published.to_string()),
        warnings: Vec::new(),
    };
    Pipeline::default().run(&raw).expect("the article runs")
}

fn person<'d>(doc: &'d Doc, name: &str) -> &'d dragoman_core::DocEntity {
    doc.entities
        .iter()
        .find(|e| e.kind == EntityKind::Person && e.name == name)
        .unwrap_or_else(|| {
            let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
            panic!("no person {name}: {names:?}")
        })
}

fn speaker_of<'d>(doc: &'d Doc, words: &str) -> Option<&'d str> {
    let q = doc
        .quotes
        .iter()
        .find(|q| q.text.contains(words))
        .unwrap_or_else(|| panic!("no quote with {words:?}"));
    let id = q.speaker.as_deref()?;
    doc.entities
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.name.as_str())
}

#[test]
fn untitled_people_are_entities_with_their_mentions() {
    let doc = run();
    person(&doc, "Donald J. Trump");
    let selzer = person(&doc, "Ann Selzer");
    let texts: Vec<&str> = selzer
        .mentions
        .iter()
        .map(|m| &doc.text[m.start..m.end])
        .collect();
    assert_eq!(texts, ["Ann Selzer", "Ms. Selzer"]);
    // the titled senator is still one person with his title
    assert_eq!(person(&doc, "Ted Cruz").role.as_deref(), Some("Senator"));
    // a place the tagger may cut short is no one
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.name.contains("Thomas Shoal") && e.kind == EntityKind::Person),
        "{:?}",
        doc.entities
    );
}

#[test]
fn quotes_go_to_untitled_speakers_and_their_pronouns() {
    let doc = run();
    assert_eq!(speaker_of(&doc, "very close"), Some("Ann Selzer"));
    assert_eq!(speaker_of(&doc, "Merry Christmas"), Some("Donald J. Trump"));
    assert_eq!(speaker_of(&doc, "liberal causes"), Some("Ted Cruz"));
}

/// A second fixture, in the style of a Balkans diplomacy report: a name
/// the tagger may miss, joined by "and" to a person's name, and a "he"
/// after a sentence that reports what two others agreed.
const SUMMIT: &str = "\
Leaders agree on new crossings

The meeting was hosted by UN Secretary-General Antonio Guterres in Geneva on Tuesday.

On Tuesday Guterres announced that Aleksandros Papadimitriou and Ersin Tatar had agreed to open two new crossing points. \"This was a useful meeting, nothing more,\" he told reporters.

Papadimitriou, for his part, insisted that the UN resolutions remained the only basis for talks.
";

#[test]
fn a_name_joined_to_a_person_is_a_person() {
    let doc = run_article("summit", SUMMIT, "2025-03-19");
    let greek = person(&doc, "Aleksandros Papadimitriou");
    assert_eq!(greek.mentions.len(), 2, "{:?}", greek.mentions);
    person(&doc, "Ersin Tatar");
    // "he" is the one who announced, not one of those who agreed
    assert_eq!(speaker_of(&doc, "useful meeting"), Some("Antonio Guterres"));
}

const TALKS: &str = "\
Horn of Africa leaders meet in Ankara

ANKARA — Turkish President Recep Tayyip Erdogan hosted Somalia's Hassan Sheikh Mohamud and Ethiopia's Abiy Ahmed on Wednesday for talks on access to the sea.

Hun Sen, Cambodia's former leader, wrote on social media that the talks showed the value of dialogue.

Djibouti's Ismail Omar Guelleh was not invited.
";

#[test]
fn a_country_owning_a_name_gives_its_country() {
    let doc = run_article("ankara", TALKS, "2024-12-12");
    // a courtesy title inside a name is part of it
    assert_eq!(
        person(&doc, "Hassan Sheikh Mohamud").country.as_deref(),
        Some("SOM")
    );
    assert_eq!(person(&doc, "Abiy Ahmed").country.as_deref(), Some("ETH"));
    assert_eq!(person(&doc, "Hun Sen").country.as_deref(), Some("KHM"));
    assert_eq!(
        person(&doc, "Ismail Omar Guelleh").country.as_deref(),
        Some("DJI")
    );
}
