//! Bare state bodies ("the government", "police") take the state of the
//! country named just before them, in the same passage.

use dragoman_actors::EntityFinder;
use dragoman_core::EntityKind;

fn bodies(text: &str) -> Vec<(String, Option<String>)> {
    EntityFinder::default()
        .find(text)
        .into_iter()
        .filter(|e| matches!(e.kind, EntityKind::Organization | EntityKind::Group))
        .map(|e| (e.name, e.country))
        .collect()
}

#[test]
fn a_bare_government_is_the_state_just_named() {
    let found = bodies(
        "Washington imposed sanctions on four Venezuelan officials. The measures come as the government detains opposition figures.",
    );
    assert!(
        found
            .iter()
            .any(|(n, c)| n == "government" && c.as_deref() == Some("VEN")),
        "{found:?}"
    );
}

#[test]
fn far_away_or_plural_owners_give_no_state() {
    // no country word in the passage before it
    let found = bodies(&format!(
        "Kenya hosted the talks. {} The government said nothing.",
        "The weather was mild and the streets of the old town were quiet all week. ".repeat(6)
    ));
    assert!(
        found.iter().any(|(n, c)| n == "government" && c.is_none()),
        "{found:?}"
    );
    // "their officials": the officials of several states
    let found = bodies("Qatar and Egypt said their senior officials would meet again.");
    assert!(found.iter().all(|(_, c)| c.is_none()), "{found:?}");
}

#[test]
fn a_generic_body_written_with_its_own_name_is_that_body() {
    let found = bodies(
        "On Sunday, the National Civil Police arrested three people, and agents of the Public Ministry raided the offices. Police said little.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"National Civil Police"), "{found:?}");
    assert!(names.contains(&"Public Ministry"), "{found:?}");
    // a sentence's first word is no part of the name
    assert!(names.contains(&"police"), "{found:?}");
}

#[test]
fn a_generic_body_with_its_name_after_of_is_that_body() {
    let found = bodies(
        "Seoul's defence ministry said the speakers stay on. The Ministry of Unification and Dialogue, however, urged activists to stop.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names.contains(&"Ministry of Unification and Dialogue"),
        "{found:?}"
    );
    // a country after "of" is no name of the body
    let found = bodies("The Ministry of Ukraine's partners met in Rome.");
    assert!(
        found.iter().all(|(n, _)| !n.contains("Ukraine")),
        "{found:?}"
    );
}

#[test]
fn names_after_multibyte_text_do_not_break() {
    // the look-back for a body's name starts inside a two-byte letter for
    // one of the two paddings
    for pad in ["", "x"] {
        let text = format!(
            "{pad}He said {} and the Civil Police answered.",
            "é".repeat(60)
        );
        let found = bodies(&text);
        assert!(found.iter().any(|(n, _)| n == "Civil Police"), "{found:?}");
    }
}
