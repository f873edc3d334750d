//! The merge target on the multi-source fixture (`tests/fixtures/multisource`):
//! thirty-three reports of twelve events, with syndicated copies and
//! paraphrases, ingested by the real binary.
//!
//! Each (story, source document) of `timeline --json` is aligned to the gold
//! event of that document with the same PLOVER type and at least one
//! participant in common (a surname or a country); those aligned units are
//! scored pairwise: a pair of units in one story is right when both have the
//! same gold key, and every pair with the same gold key should be in one
//! story. `docs --json` must mark every syndicated copy, and nothing else.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The precision target of issue 8 (measured: 1.000).
const MIN_PRECISION: f64 = 0.95;
/// The recall target of issue 8 is 0.90; this is the level measured
/// (0.935; 0.53 before an official acted for its state, a document's
/// repeated report joined its story, "the two ministers" named the two
/// and "a Russian diplomat" got its country). What is left is
/// extraction: an accusation whose subject the parse splits around "on
/// Tuesday", and a promise of aid ("will provide") coded AGREE.
const MIN_RECALL: f64 = 0.93;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/multisource")
}

fn dragoman(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dragoman").unwrap();
    cmd.env("DRAGOMAN_DB", db).env_remove("RUST_LOG");
    cmd
}

fn json_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

struct GoldEvent {
    key: String,
    event_type: String,
    participants: Vec<String>,
}

struct GoldArticle {
    duplicate_of: Option<String>,
    events: Vec<GoldEvent>,
}

fn gold() -> BTreeMap<String, GoldArticle> {
    let text = std::fs::read_to_string(fixture().join("gold.json")).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    let mut out = BTreeMap::new();
    for a in value["articles"].as_array().unwrap() {
        let events = a["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| GoldEvent {
                key: e["key"].as_str().unwrap().to_string(),
                event_type: e["type"].as_str().unwrap().to_string(),
                participants: e["participants"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p.as_str().unwrap().to_string())
                    .collect(),
            })
            .collect();
        out.insert(
            a["id"].as_str().unwrap().to_string(),
            GoldArticle {
                duplicate_of: a["duplicate_of"].as_str().map(str::to_string),
                events,
            },
        );
    }
    out
}

fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How many gold participants a story names, each by its last word: a
/// person's surname ("Varga"), a country's name ("Korea" of "North Korea"),
/// also as the start of a word ("Russian forces" names Russia).
fn shared(gold: &GoldEvent, story_names: &[String]) -> usize {
    let names: Vec<BTreeSet<String>> = story_names.iter().map(|n| words(n)).collect();
    gold.participants
        .iter()
        .filter_map(|g| g.split_whitespace().last())
        .map(str::to_lowercase)
        .filter(|w| {
            names.iter().any(|n| {
                n.iter()
                    .any(|x| x == w || (w.len() >= 4 && x.starts_with(w.as_str())))
            })
        })
        .count()
}

#[test]
fn syndicated_copies_are_marked_and_reports_merge_into_stories() {
    let gold = gold();
    assert!(gold.len() >= 32, "the fixture has {} articles", gold.len());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ms.db");
    let out = dragoman(&db).arg("ingest").arg(fixture()).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Every syndicated copy points to its original, and nothing else does.
    let out = dragoman(&db).args(["docs", "--json"]).output().unwrap();
    assert!(out.status.success());
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), gold.len());
    for d in &docs {
        let id = d["id"].as_str().unwrap();
        let want = gold[id].duplicate_of.as_deref();
        assert_eq!(d["duplicate_of"].as_str(), want, "duplicate_of of {id}");
    }

    let out = dragoman(&db).arg("docs").output().unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.lines().next().unwrap_or("").contains("duplicate_of"));
    assert!(table
        .lines()
        .any(|l| l.starts_with("e01b_copy_eastern_post") && l.contains("e01a_danube_wire")));

    // Align (story, source) units to gold events.
    let out = dragoman(&db).args(["timeline", "--json"]).output().unwrap();
    assert!(out.status.success());
    let stories = json_lines(&out.stdout);
    // (story index, doc id, gold key)
    let mut units: Vec<(usize, String, String)> = Vec::new();
    for (k, s) in stories.iter().enumerate() {
        let ty = s["type"].as_str().unwrap_or_default();
        let names: Vec<String> = s["participants"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| p.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        for doc in s["sources"].as_array().into_iter().flatten() {
            let doc = doc.as_str().unwrap_or_default();
            let Some(article) = gold.get(doc) else {
                continue;
            };
            let best = article
                .events
                .iter()
                .filter(|g| g.event_type == ty)
                .map(|g| (shared(g, &names), g))
                .filter(|(n, _)| *n > 0)
                .max_by_key(|(n, _)| *n);
            if let Some((_, g)) = best {
                units.push((k, doc.to_string(), g.key.clone()));
            }
        }
    }
    // A copy's events are its original's: they share the stories.
    for (id, article) in &gold {
        let Some(original) = &article.duplicate_of else {
            continue;
        };
        let together = stories.iter().any(|s| {
            let src: Vec<&str> = s["sources"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            src.contains(&id.as_str()) && src.contains(&original.as_str())
        });
        assert!(together, "{id} is in no story with {original}");
    }
    let (mut same_story, mut same_key, mut both) = (0usize, 0usize, 0usize);
    for (i, a) in units.iter().enumerate() {
        for b in &units[i + 1..] {
            let s = a.0 == b.0;
            let g = a.2 == b.2;
            same_story += usize::from(s);
            same_key += usize::from(g);
            both += usize::from(s && g);
        }
    }
    let precision = if same_story == 0 {
        1.0
    } else {
        both as f64 / same_story as f64
    };
    let recall = if same_key == 0 {
        0.0
    } else {
        both as f64 / same_key as f64
    };
    let gold_reports: BTreeSet<(String, String)> = gold
        .iter()
        .flat_map(|(id, a)| a.events.iter().map(move |e| (id.clone(), e.key.clone())))
        .collect();
    let found: BTreeSet<(String, String)> = units
        .iter()
        .map(|(_, d, g)| (d.clone(), g.clone()))
        .collect();
    let keys: BTreeSet<&String> = gold_reports.iter().map(|(_, k)| k).collect();
    let keys_found: BTreeSet<&String> = found.iter().map(|(_, k)| k).collect();
    let missed: Vec<String> = gold_reports
        .difference(&found)
        .map(|(d, k)| format!("{d}:{k}"))
        .collect();
    println!(
        "multisource: {} stories, {} aligned units, pairwise precision {precision:.3} \
         ({both}/{same_story}), recall {recall:.3} ({both}/{same_key}); gold reports found {}/{}, \
         gold events found {}/{}; missed: {}",
        stories.len(),
        units.len(),
        found.len(),
        gold_reports.len(),
        keys_found.len(),
        keys.len(),
        missed.join(" ")
    );
    // The stories of each gold event, to see what is split.
    let mut by_key: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (k, d, g) in &units {
        by_key
            .entry(g.as_str())
            .or_default()
            .push(format!("{}@{k}", &d[..d.len().min(4)]));
    }
    for (g, us) in &by_key {
        println!("  {g}: {}", us.join(" "));
    }
    assert!(
        keys.len() >= 10,
        "the fixture reports {} events",
        keys.len()
    );
    assert!(
        units.len() >= 30,
        "only {} units aligned to the gold",
        units.len()
    );
    assert!(
        precision >= MIN_PRECISION,
        "pairwise precision {precision:.3} < {MIN_PRECISION}"
    );
    assert!(
        recall >= MIN_RECALL,
        "pairwise recall {recall:.3} < {MIN_RECALL}"
    );
}
