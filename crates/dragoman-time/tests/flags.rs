//! Consistency checks: flags and confidence.

use dragoman_time::{Anchor, Granularity, Tense, TimeFinder, TimeFlag, TimexKind};

fn one(text: &str, anchor: Option<&str>) -> dragoman_time::Timex {
    let found = TimeFinder::default().find(text, anchor.and_then(Anchor::parse));
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    found.into_iter().next().unwrap()
}

#[test]
fn a_wrong_weekday_keeps_the_date_and_lowers_confidence() {
    let right = one(
        "The deal was announced on Tuesday, September 27, 2022.",
        None,
    );
    let wrong = one(
        "The deal was announced on Monday, September 27, 2022.",
        None,
    );
    assert_eq!(wrong.value.as_deref(), Some("2022-09-27"));
    assert!(right.flags.is_empty());
    assert_eq!(
        wrong.flags,
        [TimeFlag::WeekdayMismatch {
            named: 0,
            actual: 1
        }]
    );
    assert!(wrong.confidence < right.confidence);
}

#[test]
fn a_past_event_after_publication_is_flagged() {
    let t = one("The talks collapsed on 9 January 2024.", Some("2023-12-06"));
    assert!(t.flags.contains(&TimeFlag::AfterAnchor), "{t:?}");
    let t = one(
        "The talks will resume on 9 January 2024.",
        Some("2023-12-06"),
    );
    assert_eq!(t.tense, Tense::Future);
    assert!(t.flags.is_empty(), "{t:?}");
    let t = one(
        "The talks will resume on 9 January 2023.",
        Some("2023-12-06"),
    );
    assert!(t.flags.contains(&TimeFlag::BeforeAnchor), "{t:?}");
}

#[test]
fn ambiguous_numeric_dates_are_not_settled_silently() {
    let dotted = one("The note is dated 04.05.2023.", None);
    assert_eq!(dotted.value.as_deref(), Some("2023-05-04"));
    assert!(dotted.flags.contains(&TimeFlag::AmbiguousDayMonth));
    assert!(dotted.confidence <= 0.6);
    let slashed = one("The note is dated 04/05/2023.", None);
    assert_eq!(slashed.value.as_deref(), Some("2023-XX-XX"));
    assert!(slashed.flags.contains(&TimeFlag::AmbiguousDayMonth));
    let fixed = one("The note is dated 24/05/2023.", None);
    assert_eq!(fixed.value.as_deref(), Some("2023-05-24"));
    assert!(fixed.flags.is_empty());
}

#[test]
fn unresolved_expressions_say_what_they_lack() {
    let t = one("The envoy arrived on Monday.", None);
    assert_eq!((t.value, t.kind), (None, TimexKind::Weekday));
    assert_eq!(t.flags, [TimeFlag::NeedsAnchor]);
    let t = one(
        "The strike ended just days after the vote.",
        Some("2023-12-06"),
    );
    assert_eq!(t.value, None);
    assert_eq!(t.flags, [TimeFlag::NeedsEventDate]);
    let t = one("The envoy arrived on September 27.", Some("2023-12-06"));
    assert_eq!(t.flags, [TimeFlag::YearFromAnchor]);
}

#[test]
fn ranges_and_fuzzy_expressions_have_bounds() {
    let t = one(
        "Three meetings were held earlier this year.",
        Some("2023-12-06"),
    );
    assert_eq!(t.value.as_deref(), Some("2023-XX-XX"));
    assert_eq!(t.earliest.as_deref(), Some("2023-01-01"));
    assert_eq!(t.latest.as_deref(), Some("2023-12-06"));
    assert_eq!(t.granularity, Granularity::Year);
    let t = one("The summit runs from 5 to 7 March.", None);
    assert_eq!(t.kind, TimexKind::Range);
    assert_eq!(
        (t.earliest.as_deref(), t.latest.as_deref()),
        (Some("XXXX-03-05"), Some("XXXX-03-07"))
    );
    let t = one("Talks broke down in late October 2023.", None);
    assert_eq!(
        (t.earliest.as_deref(), t.latest.as_deref()),
        (Some("2023-10-21"), Some("2023-10-31"))
    );
}

#[test]
fn times_of_day() {
    let t = one(
        "The statement was posted on Monday at 10:30 GMT.",
        Some("2023-12-06"),
    );
    assert_eq!(t.value.as_deref(), Some("2023-12-04"));
    assert_eq!(t.time.as_deref(), Some("10:30"));
    let t = one("The blast was heard at 3 p.m. near the station.", None);
    assert_eq!(
        (t.kind, t.time.as_deref()),
        (TimexKind::Time, Some("15:00"))
    );
}
