//! False friends: names that are not what the dictionary first says.

use dragoman_actors::EntityFinder;
use dragoman_core::EntityKind;

fn find(text: &str) -> Vec<(String, EntityKind, Option<String>)> {
    EntityFinder::default()
        .find(text)
        .into_iter()
        .map(|e| (e.name, e.kind, e.country))
        .collect()
}

#[test]
fn the_washington_post_is_a_newspaper_not_the_government() {
    let found = find("The Washington Post reported on Monday that the talks had stalled.");
    assert!(
        found
            .iter()
            .any(|(n, k, _)| n.contains("Washington Post") && *k == EntityKind::Organization),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(_, k, _)| *k == EntityKind::Country),
        "no state actor: {found:?}"
    );
}

#[test]
fn georgia_the_country_and_georgia_the_state() {
    let country =
        find("Russian troops remain in Georgia's breakaway regions, officials in Tbilisi said.");
    assert!(
        country.iter().any(|(n, k, c)| n == "Georgia"
            && *k == EntityKind::Country
            && c.as_deref() == Some("GEO")),
        "{country:?}"
    );
    let titled = find("Georgia's Prime Minister Irakli Kobakhidze met EU officials.");
    assert!(titled
        .iter()
        .any(|(n, _, c)| n == "Irakli Kobakhidze" && c.as_deref() == Some("GEO")));
    let state = find(
        "The governor of Georgia signed the election bill in Atlanta on Tuesday, his office said.",
    );
    assert!(
        state.iter().any(|(n, k, c)| n.contains("U.S. state")
            && *k == EntityKind::Location
            && c.as_deref() == Some("USA")),
        "{state:?}"
    );
    assert!(
        !state.iter().any(|(_, _, c)| c.as_deref() == Some("GEO")),
        "{state:?}"
    );
}

#[test]
fn a_capitalised_sentence_start_is_not_a_name() {
    let found = find("Despite the talks, Armenian officials said the border remained closed.");
    assert!(
        !found.iter().any(|(n, _, _)| n.contains("Despite")),
        "{found:?}"
    );
    assert!(found
        .iter()
        .any(|(_, k, c)| *k == EntityKind::Group && c.as_deref() == Some("ARM")));
}
