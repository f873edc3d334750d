//! The future in reported speech: "said ministers would meet on Friday"
//! looks ahead from the report, "said on Wednesday it would summon ..."
//! dates the saying.

use dragoman_time::{Anchor, TimeFinder};

fn value_of(text: &str, anchor: &str, expression: &str) -> Option<String> {
    TimeFinder::default()
        .find(text, Anchor::parse(anchor))
        .into_iter()
        .find(|t| t.text == expression)
        .unwrap_or_else(|| panic!("{expression:?} not found in {text:?}"))
        .value
}

#[test]
fn would_looks_ahead_from_the_report() {
    // Wednesday 8 January 2020: the coming Friday is the 10th
    let text =
        "He said EU foreign ministers would hold an emergency meeting in Brussels on Friday.";
    assert_eq!(
        value_of(text, "2020-01-08", "on Friday").as_deref(),
        Some("2020-01-10")
    );
}

#[test]
fn a_date_right_after_a_saying_verb_dates_the_saying() {
    let text = "Iraq's foreign ministry said on Wednesday it would summon Iran's ambassador.";
    assert_eq!(
        value_of(text, "2020-01-08", "on Wednesday").as_deref(),
        Some("2020-01-08")
    );
    let text = "The minister told reporters on Monday that talks will resume.";
    assert_eq!(
        value_of(text, "2020-01-08", "on Monday").as_deref(),
        Some("2020-01-06")
    );
}
