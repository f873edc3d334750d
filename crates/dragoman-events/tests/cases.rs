//! Runs the event cases of `tests/cases.txt` through the actor, linguistic,
//! time and event stages, and checks every expectation.

use dragoman_actors::EntityFinder;
use dragoman_core::{DocEntity, DocEvent, EntityKind};
use dragoman_events::{EventCoder, EventInput};
use dragoman_nlp::Nlp;
use dragoman_time::{Anchor, TimeFinder};

struct Case {
    line: usize,
    text: String,
    anchor: Option<Anchor>,
    expect: Vec<String>,
}

fn cases() -> Vec<Case> {
    let mut out: Vec<Case> = Vec::new();
    let mut anchor = None;
    for (n, line) in include_str!("cases.txt").lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(d) = line.strip_prefix("@ ") {
            anchor = Anchor::parse(d);
        } else if let Some(e) = line.strip_prefix("> ") {
            out.last_mut()
                .expect("expectation before text")
                .expect
                .push(e.to_string());
        } else {
            out.push(Case {
                line: n + 1,
                // " \\n " breaks the text into lines (a transcript's turns)
                text: line.replace(" \\n ", "\n"),
                anchor: anchor.take(),
                expect: Vec::new(),
            });
        }
    }
    out
}

fn names<'a>(ids: &[String], ents: &'a [DocEntity]) -> Vec<&'a str> {
    ids.iter()
        .filter_map(|id| ents.iter().find(|e| &e.id == id))
        .map(|e| e.name.as_str())
        .collect()
}

/// Whether `ev` meets one expectation line (without "> ").
fn meets(ev: &DocEvent, ents: &[DocEntity], expect: &str) -> bool {
    let mut parts = expect.split('|').map(str::trim);
    let head: Vec<&str> = parts.next().unwrap_or("").split_whitespace().collect();
    if head.first() != Some(&ev.event_type.as_str()) {
        return false;
    }
    if let Some(mode) = head.get(1) {
        if ev.mode.as_deref() != Some(*mode) {
            return false;
        }
    }
    for part in parts {
        let has = |side: &[String], want: &str| {
            let got = names(side, ents);
            want.split(';')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .all(|w| {
                    got.iter()
                        .any(|g| g.to_lowercase().contains(&w.to_lowercase()))
                })
        };
        let ok = if let Some(a) = part.strip_prefix("actors:") {
            has(&ev.actors, a)
        } else if let Some(r) = part.strip_prefix("recipients:") {
            if r.trim() == "none" {
                ev.recipients.is_empty()
            } else {
                has(&ev.recipients, r)
            }
        } else {
            part.split_whitespace().all(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                match k {
                    "status" => ev.status == v,
                    "negated" => ev.negated.to_string() == v,
                    "nactors" => ev.actors.len().to_string() == v,
                    "date" => {
                        let value = ev.date.as_ref().and_then(|d| d.value.as_deref());
                        value.unwrap_or("none") == v
                    }
                    "location" => ev.location.as_ref().is_some_and(|l| {
                        names(std::slice::from_ref(l), ents)
                            .iter()
                            .any(|n| n.to_lowercase().contains(&v.to_lowercase()))
                    }),
                    "range" => {
                        let (lo, hi) = v.split_once("..").unwrap_or((v, v));
                        ev.date.as_ref().is_some_and(|d| {
                            d.earliest.as_deref() == Some(lo) && d.latest.as_deref() == Some(hi)
                        })
                    }
                    "flag" => ev
                        .date
                        .as_ref()
                        .is_some_and(|d| d.flags.iter().any(|f| f == v)),
                    "rcountry" => ev.recipients.iter().any(|id| {
                        ents.iter()
                            .any(|e| &e.id == id && e.country.as_deref() == Some(v))
                    }),
                    other => panic!("unknown key {other}"),
                }
            })
        };
        if !ok {
            return false;
        }
    }
    true
}

#[test]
fn event_cases() {
    let nlp = Nlp::shared().unwrap();
    let finder = EntityFinder::default();
    let time = TimeFinder::default();
    let coder = EventCoder::default();
    let quote_finder = dragoman_quotes::QuoteFinder::default();
    let all = cases();
    assert!(all.len() >= 30, "only {} cases", all.len());
    let (mut failures, mut gaps) = (Vec::new(), 0);
    for case in &all {
        let mut entities = finder.find(&case.text);
        // As the pipeline does: names found by the actor stage are proper
        // nouns for the tagger.
        let mut name_spans: Vec<dragoman_core::Span> = entities
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
            .flat_map(|e| e.mentions.iter().copied())
            .collect();
        name_spans.sort();
        let a = nlp.analyze_with(&case.text, &name_spans, |_, _| true);
        let timexes = time.find(&case.text, case.anchor);
        let quotes = quote_finder.find(&case.text, &a, &entities);
        let coded = coder.code(&EventInput {
            text: &case.text,
            analysis: &a,
            entities: &entities,
            timexes: &timexes,
            quotes: &quotes,
        });
        entities.extend(coded.entities);
        let events = &coded.events;
        for e in &case.expect {
            let ok = if e == "none" {
                events.is_empty()
            } else if let Some(n) = e.strip_prefix("only ") {
                events.len() == n.parse::<usize>().unwrap()
            } else if e.starts_with("gap") {
                gaps += 1;
                continue;
            } else {
                events.iter().any(|ev| meets(ev, &entities, e))
            };
            if !ok {
                let got: Vec<String> = events
                    .iter()
                    .map(|v| {
                        format!(
                            "{} {:?} {:?} -> {:?} {} date={:?}",
                            v.event_type,
                            v.mode,
                            names(&v.actors, &entities),
                            names(&v.recipients, &entities),
                            v.status,
                            v.date.as_ref().and_then(|d| d.value.clone())
                        )
                    })
                    .collect();
                failures.push(format!(
                    "line {}: {}\n  want {e}\n  got {got:?}",
                    case.line, case.text
                ));
            }
        }
    }
    eprintln!("{} cases, {} known gaps", all.len(), gaps);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Word salad from news vocabulary (quantities, pronouns, event nouns,
/// names) gives the parser odd trees; the coder must neither panic nor
/// recurse without end on any of them.
#[test]
fn odd_parses_never_break_the_coder() {
    let nlp = Nlp::shared().unwrap();
    let finder = EntityFinder::default();
    let coder = EventCoder::default();
    let words = [
        "some",
        "of",
        "them",
        "attack",
        "talks",
        "by",
        "its",
        "the",
        "ministers",
        "Baku",
        "Sullivan",
        "said",
        "thousands",
        "their",
        "met",
        "with",
        "and",
        "urged",
        "to",
        "it",
        "Monday",
        "'s",
        "hosted",
        "between",
        "who",
        "offered",
        "help",
        "during",
        "call",
        ",",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..400 {
        let mut text = String::new();
        let n = 4 + (seed % 20) as usize;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(words[(seed % words.len() as u64) as usize]);
            text.push(' ');
        }
        text.push('.');
        let entities = finder.find(&text);
        let a = nlp.analyze(&text);
        let coded = coder.code(&EventInput {
            text: &text,
            analysis: &a,
            entities: &entities,
            timexes: &[],
            quotes: &[],
        });
        for e in &coded.events {
            assert!(e.trigger.end <= text.len() && e.sentence.end <= text.len());
        }
    }
}
