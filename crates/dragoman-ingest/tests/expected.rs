//! The pipeline against hand-written expectations: the example corpus
//! (`examples/articles` + `examples/expected`) and the cleaner's layout
//! fixtures (`crates/dragoman-clean/tests/fixtures`).
//!
//! An expectation file `<id>.json` holds `title`, `authors`, `dateline`,
//! `published`, `body_starts_with`, `body_ends_with`, `body_must_not_contain`
//! and `boilerplate_kinds`; every field present is checked.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use dragoman_core::Doc;
use dragoman_ingest::{Inputs, Limits, Pipeline};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every problem of one document against its expectation.
fn check(doc: &Doc, expected: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut fail = |what: String| problems.push(format!("{}: {what}", doc.id));
    if let Some(title) = expected.get("title") {
        let want = title.as_str().map(norm);
        if doc.title.as_deref().map(norm) != want {
            fail(format!("title {:?}, expected {:?}", doc.title, want));
        }
    }
    if let Some(authors) = expected.get("authors").and_then(Value::as_array) {
        let mut want: Vec<String> = authors.iter().filter_map(Value::as_str).map(norm).collect();
        let mut got: Vec<String> = doc.authors.iter().map(|a| norm(a)).collect();
        want.sort();
        got.sort();
        if want != got {
            fail(format!("authors {got:?}, expected {want:?}"));
        }
    }
    if let Some(Value::String(want)) = expected.get("dateline") {
        if doc.dateline.as_deref().map(norm) != Some(norm(want)) {
            fail(format!("dateline {:?}, expected {want:?}", doc.dateline));
        }
    }
    if let Some(published) = expected.get("published") {
        let got = doc.published.as_ref().map(|p| p.date.as_str());
        if got != published.as_str() {
            fail(format!("published {got:?}, expected {published}"));
        }
    }
    let body = norm(&doc.text);
    if let Some(Value::String(start)) = expected.get("body_starts_with") {
        if !body.starts_with(&norm(start)) {
            fail(format!(
                "body starts {:?}, expected {start:?}",
                truncate(&body, 60)
            ));
        }
    }
    if let Some(Value::String(end)) = expected.get("body_ends_with") {
        if !body.ends_with(&norm(end)) {
            let tail: String = body
                .chars()
                .rev()
                .take(60)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            fail(format!("body ends {tail:?}, expected {end:?}"));
        }
    }
    for bad in expected
        .get("body_must_not_contain")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if body.contains(&norm(bad)) {
            fail(format!("body contains chrome {bad:?}"));
        }
    }
    let kinds: Vec<&str> = doc.boilerplate.iter().map(|b| b.kind.as_str()).collect();
    for kind in expected
        .get("boilerplate_kinds")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !kinds.contains(&kind) {
            problems.push(format!(
                "{}: no {kind:?} among the removed chrome {kinds:?}",
                doc.id
            ));
        }
    }
    problems
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn expectations(dir: &Path) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).unwrap();
            let value: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.insert(id, value);
        }
    }
    out
}

/// Runs the pipeline over `inputs` and checks every document that has an
/// expectation; returns (documents checked, problems).
fn run(inputs: &Path, expected_dir: &Path) -> (usize, Vec<String>) {
    let expected = expectations(expected_dir);
    let pipeline = Pipeline::default();
    let mut checked = 0;
    let mut problems = Vec::new();
    for item in Inputs::new(&[inputs.to_path_buf()], Limits::default()) {
        let raw = item.unwrap_or_else(|e| panic!("{e}"));
        let doc = pipeline.run(&raw).unwrap_or_else(|e| panic!("{e}"));
        if let Some(want) = expected.get(&doc.id) {
            checked += 1;
            problems.extend(check(&doc, want));
        }
    }
    (checked, problems)
}

#[test]
fn example_corpus_matches_its_expectations() {
    let (checked, problems) = run(
        &root().join("examples/articles"),
        &root().join("examples/expected"),
    );
    assert!(
        checked >= 10,
        "only {checked} example documents have expectations"
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
#[test]
fn cleaner_layout_fixtures_match_their_expectations() {
    let dir = root().join("crates/dragoman-clean/tests/fixtures");
    let (checked, problems) = run(&dir, &dir);
    assert!(
        checked >= 12,
        "only {checked} layout fixtures have expectations"
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
