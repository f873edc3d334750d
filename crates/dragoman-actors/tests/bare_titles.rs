//! A bare title ("the minister") names the holder of that title mentioned
//! last before it; a plural one ("the two generals") names no one.

use dragoman_actors::EntityFinder;
use dragoman_core::EntityKind;

/// The number of mentions of the person whose name ends with `surname`.
fn mentions(text: &str, surname: &str) -> usize {
    EntityFinder::default()
        .find(text)
        .into_iter()
        .find(|e| e.kind == EntityKind::Person && e.name.ends_with(surname))
        .map_or(0, |e| e.mentions.len())
}

#[test]
fn the_last_holder_named_takes_the_bare_title() {
    let text = "Prime Minister Justin Trudeau spoke in June. Months later, Foreign \
Affairs Minister Melanie Joly appeared before the committee. Joly answered questions for \
two hours. An MP urged the minister to create a registry.";
    assert_eq!(mentions(text, "Joly"), 3);
    assert_eq!(mentions(text, "Trudeau"), 1);
}

#[test]
fn a_plural_title_names_no_single_holder() {
    let text = "General Abdel Fattah al-Burhan and General Mohamed Hamdan Dagalo were \
invited. Kenya is ready to host the two generals in Nairobi.";
    assert_eq!(mentions(text, "Dagalo"), 1);
    assert_eq!(mentions(text, "Burhan"), 1);
}
