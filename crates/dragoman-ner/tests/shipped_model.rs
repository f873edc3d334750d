//! The shipped model on sentences from diplomacy news.

use dragoman_ner::{BioTag, EntityKind, NerTagger};

fn entities(words: &[&str]) -> Vec<(String, EntityKind)> {
    let ner = NerTagger::shared().expect("the built-in model loads");
    ner.entities(words)
        .iter()
        .map(|e| (words[e.start..e.end].join(" "), e.kind))
        .collect()
}

#[test]
fn tags_people_and_places_in_a_diplomacy_sentence() {
    let words = [
        "President",
        "Biden",
        "met",
        "Prime",
        "Minister",
        "Nikol",
        "Pashinyan",
        "in",
        "Washington",
        ".",
    ];
    let found = entities(&words);
    assert!(
        found.contains(&("Biden".to_string(), EntityKind::Per)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Nikol Pashinyan".to_string(), EntityKind::Per)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Washington".to_string(), EntityKind::Loc)),
        "{found:?}"
    );
}

#[test]
fn output_is_one_well_formed_tag_per_word() {
    let ner = NerTagger::shared().unwrap();
    let words = ["I-", "the", "Organization", "of", "American", "States", "!"];
    let tags = ner.tag(&words);
    assert_eq!(tags.len(), words.len());
    for (i, t) in tags.iter().enumerate() {
        let prev = if i == 0 { None } else { Some(tags[i - 1]) };
        assert!(t.may_follow(prev), "{tags:?}");
    }
    assert!(ner.tag(&[]).is_empty());
    assert_eq!(ner.tag(&["the"]), [BioTag::O]);
}

#[test]
fn documents_are_tagged_sentence_by_sentence() {
    let ner = NerTagger::shared().unwrap();
    let first: &[&str] = &["Aliyev", "met", "Blinken", "in", "Baku", "."];
    let second: &[&str] = &["the", "talks", "in", "baku", "ended", "."];
    let tags = ner.tag_document(&[first, second]);
    assert_eq!(tags.len(), 2);
    assert_eq!(tags[0].len(), first.len());
    assert_eq!(tags[1].len(), second.len());
    assert_eq!(tags[1][0], BioTag::O);
    assert_eq!(ner.tag_document(&[first]), [ner.tag(first)]);
    assert!(ner.tag_document(&[]).is_empty());
    let found = ner.document_entities(&[first, second]);
    assert!(found[0]
        .iter()
        .any(|e| e.kind == EntityKind::Loc && first[e.start..e.end] == ["Baku"]));
}

#[test]
fn a_corrupt_model_is_an_error() {
    assert!(NerTagger::from_bytes(b"DRGNER\0\0garbage", "x").is_err());
    assert!(NerTagger::from_bytes(b"", "x").is_err());
}

#[test]
fn finds_organizations_by_list_and_by_cue_word() {
    let words = [
        "She",
        "left",
        "Exxon",
        "Mobil",
        "in",
        "2004",
        "to",
        "join",
        "Halvorsen",
        "Shipping",
        "Holdings",
        "in",
        "Oslo",
        ".",
    ];
    let found = entities(&words);
    assert!(
        found.contains(&("Exxon Mobil".to_string(), EntityKind::Org)),
        "{found:?}"
    );
    // a surname-like word before a cue word is the start of a company
    assert!(
        found
            .iter()
            .any(|(name, kind)| name.starts_with("Halvorsen") && *kind == EntityKind::Org),
        "{found:?}"
    );
    assert!(
        found.contains(&("Oslo".to_string(), EntityKind::Loc)),
        "{found:?}"
    );
}

#[test]
fn a_greeting_or_title_marks_a_person() {
    let words = [
        "Dear", "Marisol", ",", "Sheikh", "Hamdan", "will", "call", "you", ".",
    ];
    let found = entities(&words);
    assert!(
        found.contains(&("Marisol".to_string(), EntityKind::Per)),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(name, kind)| name.contains("Hamdan") && *kind == EntityKind::Per),
        "{found:?}"
    );
}

#[test]
fn the_vocabulary_knows_english_words_only() {
    let ner = NerTagger::shared().expect("model loads");
    for w in ["the", "points", "decision", "because"] {
        assert!(ner.knows_word(w), "{w}");
    }
    for w in ["gesundheitsakte", "pengajian", "verschlüsselt"] {
        assert!(!ner.knows_word(w), "{w}");
    }
}
