//! A date alone on its line heads the lines under it (a diary's entries, a
//! timeline's days): "yesterday", "today" and weekdays there count from it.

use dragoman_time::{Anchor, TimeFinder};

fn values(text: &str, anchor: &str) -> Vec<(String, Option<String>)> {
    TimeFinder::default()
        .find(text, Anchor::parse(anchor))
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

fn value_of(found: &[(String, Option<String>)], expression: &str, nth: usize) -> Option<String> {
    found
        .iter()
        .filter(|(t, _)| t == expression)
        .nth(nth)
        .unwrap_or_else(|| panic!("{expression:?} #{nth} not found in {found:?}"))
        .1
        .clone()
}

const DIARY: &str = "These notes were written each evening.\n\
Monday, 4 March\n\
This morning we reached the river crossing. The bridge was shelled on Saturday night.\n\
Wednesday, 6 March\n\
Yesterday the governor spoke to the elders. In the capital today, the envoy met the general.\n";

#[test]
fn each_entry_counts_from_its_heading() {
    let found = values(DIARY, "2024-03-10");
    assert_eq!(
        value_of(&found, "This morning", 0).as_deref(),
        Some("2024-03-04")
    );
    assert_eq!(
        value_of(&found, "on Saturday night", 0).as_deref(),
        Some("2024-03-02")
    );
    assert_eq!(
        value_of(&found, "Yesterday", 0).as_deref(),
        Some("2024-03-05")
    );
    assert_eq!(value_of(&found, "today", 0).as_deref(), Some("2024-03-06"));
}

#[test]
fn no_heading_without_a_publication_date_or_after_it() {
    // without a publication date, nothing is anchored
    let found = values(DIARY, "");
    assert_eq!(value_of(&found, "Yesterday", 0), None);
    // a heading later than the publication date heads nothing
    let text = "Monday, 4 March 2024\nYesterday the governor spoke.\n";
    let found = values(text, "2024-03-01");
    assert_eq!(
        value_of(&found, "Yesterday", 0).as_deref(),
        Some("2024-02-29")
    );
}

#[test]
fn a_date_inside_a_sentence_is_no_heading() {
    let text = "The talks began on 4 March.\nYesterday the governor spoke.\n";
    let found = values(text, "2024-03-10");
    assert_eq!(
        value_of(&found, "Yesterday", 0).as_deref(),
        Some("2024-03-09")
    );
}
