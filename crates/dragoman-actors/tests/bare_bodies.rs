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
