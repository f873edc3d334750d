//! An interview page: the answers after "Name:" speak in the first person
//! for the one interviewed, and a quote closed by "..., a spokesperson said
//! in a statement yesterday" is dated by that day. The fixture was written
//! for this test in the style of a policy journal's Q&A.

use dragoman_core::Doc;
use dragoman_ingest::{Format, Pipeline, RawDoc};

const PAGE: &str = "\
Baltic Policy Review

'We agreed on a joint mechanism': Jaan Tamm on the talks with Warsaw

Interview by Liis Kask
Published: 14 March 2024 08:00 CET

Estonian Foreign Minister Jaan Tamm spoke to Baltic Policy Review on Wednesday evening.

Q: Did you meet your Polish counterpart this week?

Tamm: Yes. I met my Polish colleague Piotr Nowicki in Tallinn on Monday, and we agreed to set up a joint border mechanism.

Q: What did Moscow say?

Tamm: They were clear. \"We urge Tallinn to act with restraint and not to use the exercise as a pretext,\" a Russian Ministry of Foreign Affairs spokesperson said in a statement yesterday. That tells you a lot.
";

fn run() -> Doc {
    let raw = RawDoc {
        id: "interview".to_string(),
        source: "interview.txt".to_string(),
        format: Format::Text,
        content: PAGE.to_string(),
        title: None,
        url: None,
        published: None,
        warnings: Vec::new(),
    };
    Pipeline::default().run(&raw).expect("the page runs")
}

fn names(doc: &Doc, ids: &[String]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| doc.entities.iter().find(|e| &e.id == id))
        .map(|e| e.name.clone())
        .collect()
}

#[test]
fn first_person_answers_belong_to_the_one_interviewed() {
    let doc = run();
    let meeting = doc
        .events
        .iter()
        .find(|e| {
            e.event_type == "CONSULT" && names(&doc, &e.actors).iter().any(|n| n == "Jaan Tamm")
        })
        .unwrap_or_else(|| panic!("no meeting of Jaan Tamm in {:?}", doc.events));
    assert_eq!(
        meeting.date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2024-03-11")
    );
}

#[test]
fn a_quote_closed_by_said_yesterday_is_dated_by_it() {
    let doc = run();
    let quote = doc
        .text
        .find("We urge Tallinn")
        .expect("the quote is in the body");
    let inside = doc
        .events
        .iter()
        .find(|e| e.trigger.start > quote && e.trigger.start < quote + 40)
        .unwrap_or_else(|| panic!("no event in the quote: {:?}", doc.events));
    assert_eq!(
        inside.date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2024-03-13")
    );
}
