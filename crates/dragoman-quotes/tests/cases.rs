//! Runs the quote cases of `tests/cases.txt` through the actor, linguistic
//! and quote stages, as the pipeline does, and checks every expectation.

use dragoman_actors::EntityFinder;
use dragoman_core::{DocEntity, DocQuote, EntityKind, Span};
use dragoman_nlp::Nlp;
use dragoman_quotes::QuoteFinder;

struct Case {
    line: usize,
    text: String,
    expect: Vec<String>,
}

fn cases() -> Vec<Case> {
    let mut out: Vec<Case> = Vec::new();
    let mut open = false;
    for (n, line) in include_str!("cases.txt").lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            open = false;
            continue;
        }
        if let Some(e) = line.strip_prefix("> ") {
            out.last_mut()
                .expect("expectation before text")
                .expect
                .push(e.to_string());
            continue;
        }
        match out.last_mut() {
            Some(c) if open && c.expect.is_empty() => {
                c.text.push('\n');
                c.text.push_str(line);
            }
            _ => {
                out.push(Case {
                    line: n + 1,
                    text: line.to_string(),
                    expect: Vec::new(),
                });
                open = true;
            }
        }
    }
    out
}

fn speaker_matches(q: &DocQuote, ents: &[DocEntity], want: &str) -> bool {
    if want == "-" {
        return q.speaker.is_none();
    }
    let want = want.to_lowercase();
    let by_entity = q
        .speaker
        .as_ref()
        .and_then(|id| ents.iter().find(|e| &e.id == id))
        .is_some_and(|e| e.name.to_lowercase().contains(&want));
    let by_text = q
        .speaker_text
        .as_ref()
        .is_some_and(|t| t.to_lowercase().contains(&want));
    by_entity || by_text
}

fn meets(q: &DocQuote, ents: &[DocEntity], expect: &str) -> bool {
    let mut parts = expect.split('|').map(str::trim);
    let direct = match parts.next() {
        Some("direct") => true,
        Some("reported") => false,
        other => panic!("bad expectation {other:?}"),
    };
    if q.direct != direct {
        return false;
    }
    parts.all(|p| {
        if let Some(c) = p.strip_prefix("contains:") {
            q.text.contains(c.trim())
        } else if let Some(s) = p.strip_prefix("speaker:") {
            speaker_matches(q, ents, s.trim())
        } else {
            panic!("bad expectation part {p:?}")
        }
    })
}

#[test]
fn quote_cases() {
    let nlp = Nlp::shared().unwrap();
    let finder = EntityFinder::default();
    let quotes = QuoteFinder::default();
    let all = cases();
    assert!(all.len() >= 60, "only {} cases", all.len());
    let mut failures = Vec::new();
    for case in &all {
        let entities = finder.find(&case.text);
        let mut names: Vec<Span> = entities
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
            .flat_map(|e| e.mentions.iter().copied())
            .collect();
        names.sort();
        let a = nlp.analyze_with(&case.text, &names, |s, _| quotes.needs_parse(s));
        let found = quotes.find(&case.text, &a, &entities);
        for e in &case.expect {
            let ok = if let Some(n) = e.strip_prefix("direct-count ") {
                found.iter().filter(|q| q.direct).count() == n.parse::<usize>().unwrap()
            } else if let Some(w) = e.strip_prefix("no-quote-containing ") {
                !found.iter().any(|q| q.text.contains(w.trim()))
            } else {
                found.iter().any(|q| meets(q, &entities, e))
            };
            if !ok {
                let got: Vec<String> = found
                    .iter()
                    .map(|q| {
                        let who = q
                            .speaker
                            .as_ref()
                            .and_then(|id| entities.iter().find(|x| &x.id == id))
                            .map(|x| x.name.clone());
                        format!(
                            "{} {:?} speaker={:?} text={:?}",
                            if q.direct { "direct" } else { "reported" },
                            q.text,
                            who,
                            q.speaker_text
                        )
                    })
                    .collect();
                failures.push(format!("line {}: want {e}\n  got {got:#?}", case.line));
            }
        }
    }
    eprintln!("{} cases", all.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn names_after_an_inverted_cue_are_speakers_however_they_were_tagged() {
    let nlp = Nlp::shared().unwrap();
    let quotes = QuoteFinder::default();
    let text = "\"It is a message to Washington,\" said Choi Min-seo, a researcher in \
                Seoul. \"Markets will recover,\" said Kotak. \"We will see,\" said \
                the CEO of Home Depot. \"Not yet,\" said Monday Advisers Group Limited \
                Partners Holdings, a fund.";
    let a = nlp.analyze_with(text, &[], |s, _| quotes.needs_parse(s));
    let names: Vec<&str> = quotes
        .speaker_names(text, &a)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    // one word, a lower-case start and five capitalised words are not
    // names of people
    assert_eq!(names, ["Choi Min-seo"]);
}
