//! Expressions that count from a date named before them: in the same
//! sentence, else the last date of the sentence before (a count already
//! resolved included), when that day is known to be past (or of a few
//! sentences before, when those between only quote what was said).

use dragoman_time::{Anchor, TimeFinder};

fn value_of(text: &str, anchor: &str, expression: &str) -> Option<String> {
    let found = TimeFinder::default().find(text, Anchor::parse(anchor));
    found
        .into_iter()
        .find(|t| t.text == expression)
        .unwrap_or_else(|| panic!("{expression:?} not found in {text:?}"))
        .value
}

#[test]
fn the_same_day_counts_from_the_sentence_before() {
    let text = "On March 18, the palace published the letter. The same day, Algiers recalled its ambassador.";
    assert_eq!(
        value_of(text, "2022-06-10", "The same day").as_deref(),
        Some("2022-03-18")
    );
    let text = "The ministers met at the Treasury on November 6. President Trump received them that afternoon.";
    assert_eq!(
        value_of(text, "2019-11-14", "that afternoon").as_deref(),
        Some("2019-11-06")
    );
}

#[test]
fn no_count_from_a_day_still_to_come_or_further_back() {
    // a meeting that is due is still to come: "that afternoon" is not it
    let text = "The first technical meeting is due in Addis Ababa on Friday. President Trump received the ministers that afternoon.";
    assert_eq!(value_of(text, "2019-11-14", "that afternoon"), None);
    // two sentences back is too far
    let text =
        "The envoys met on May 2. Talks resumed later. That evening, the ministers spoke again.";
    assert_eq!(value_of(text, "2024-05-10", "That evening"), None);
}

#[test]
fn quoted_sentences_between_do_not_break_the_count() {
    // what was said on that day, quoted, before the next act of the day
    let text = "Kirby said on Friday that Washington was watching the border. \"This is a very destabilising development,\" he told reporters. \"We are calling on Serbia to withdraw.\" Blinken called Vucic the same day.";
    assert_eq!(
        value_of(text, "2023-10-02", "the same day").as_deref(),
        Some("2023-09-29")
    );
}

#[test]
fn a_resolved_count_is_a_date_to_count_from() {
    // "Three days later" counts from Friday, not from the count after it
    // in its sentence; "the same day" counts from "Three days later"
    let text = "On Friday, China imposed duties on Australian wine, effective the following day.[1] Three days later, a spokesman posted a doctored image.[2] The prime minister responded the same day.";
    assert_eq!(
        value_of(text, "2020-12-02", "Three days later").as_deref(),
        Some("2020-11-30")
    );
    assert_eq!(
        value_of(text, "2020-12-02", "the same day").as_deref(),
        Some("2020-11-30")
    );
}
