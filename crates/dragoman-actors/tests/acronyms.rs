//! Acronyms a report defines name their body wherever the report uses them.

use dragoman_actors::EntityFinder;
use dragoman_core::EntityKind;

/// The organizations of `text` with the texts of their mentions.
fn bodies(text: &str) -> Vec<(String, Vec<String>)> {
    EntityFinder::default()
        .find(text)
        .into_iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .map(|e| {
            let texts = e
                .mentions
                .iter()
                .map(|m| text[m.start..m.end].to_string())
                .collect();
            (e.name, texts)
        })
        .collect()
}

#[test]
fn a_defined_acronym_names_a_body_the_dictionary_did_not_know() {
    let text = "The Global Ceasefire Monitoring Initiative (GCMI) welcomed the truce. \
GCMI urged the parties to reopen the roads.";
    let found = bodies(text);
    assert!(
        found
            .iter()
            .any(|(n, m)| n == "Global Ceasefire Monitoring Initiative"
                && m.iter().filter(|t| *t == "GCMI").count() == 1),
        "{found:?}"
    );
}

#[test]
fn a_generic_body_gives_way_to_the_name_its_acronym_spells() {
    let text = "The Ministry of National Defense (MND) tracked the aircraft. \
The MND condemns these actions.";
    let found = bodies(text);
    assert!(
        found
            .iter()
            .any(|(n, m)| n == "Ministry of National Defense" && m.len() == 2),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("ministry")),
        "{found:?}"
    );
}

#[test]
fn no_body_when_the_initials_do_not_spell_it_or_a_description_stands_before() {
    // the initials of the words before do not spell the acronym
    let found = bodies("Talks in the Swiss city (CH) went on. CH said nothing.");
    assert!(
        found.iter().all(|(_, m)| !m.iter().any(|t| t == "CH")),
        "{found:?}"
    );
    // "the main rebel group, Forces for Defence of Democracy (FDD)": the
    // description is the actor events take
    let found = bodies(
        "The main rebel group, Forces for Defence of Democracy (FDD), insisted on its demands.",
    );
    assert!(
        !found
            .iter()
            .any(|(n, _)| n == "Forces for Defence of Democracy"),
        "{found:?}"
    );
}

#[test]
fn odd_text_around_brackets_never_breaks_the_finder() {
    // pieces with wide spaces, two-byte letters and stray brackets, in many
    // orders
    let pieces = [
        "Die\u{a0}Österreichische\u{a0}Volkspartei ",
        "(ÖVP)",
        "(",
        ")",
        "(EU) ",
        " the Ministry of Defence ",
        "(MD)",
        "\u{2003}",
        "Ärzte ohne Grenzen ",
        "(AOG) ",
        "é(É)",
        "() ",
        "(A)",
    ];
    let mut seed = 7u64;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..8 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        let _ = EntityFinder::default().find(&text);
    }
}
