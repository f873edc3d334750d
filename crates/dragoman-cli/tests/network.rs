//! `dragoman network` on a small corpus written here: two reports of one
//! meeting (counted once, from two sources) and a dispute.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const WIRE: &str = "\
Ministers Meet in Astana
ASTANA — Kazakh Foreign Minister Murat Nurtleu met Kyrgyz Foreign Minister Jeenbek Kulubaev in Astana on March 4.
The two ministers discussed water sharing on the Chu and Talas rivers, the ministry said in a statement.
05.03.2024 08:30
";

const DAILY: &str = "\
Central Asian Diplomats Hold Talks
Kyrgyz Foreign Minister Jeenbek Kulubaev met Kazakh Foreign Minister Murat Nurtleu in Astana on March 4, officials said.
No agreement was announced.
";

const BORDER: &str = "\
Tajikistan Criticized Over Border Post
DUSHANBE — Kyrgyz Foreign Minister Jeenbek Kulubaev criticized Tajikistan on Friday over a new border post near the disputed enclave.
Kyrgyzstan urged Tajikistan to remove the post.
";

fn dragoman(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dragoman").unwrap();
    cmd.env("DRAGOMAN_DB", db).env_remove("RUST_LOG");
    cmd
}

/// A store with the three articles ingested.
fn store(dir: &Path) -> std::path::PathBuf {
    let docs = dir.join("docs");
    fs::create_dir_all(&docs).unwrap();
    fs::write(docs.join("wire.txt"), WIRE).unwrap();
    fs::write(docs.join("daily.txt"), DAILY).unwrap();
    fs::write(docs.join("border.txt"), BORDER).unwrap();
    let db = dir.join("n.db");
    dragoman(&db).arg("ingest").arg(&docs).assert().success();
    db
}

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is a JSON object"))
        .collect()
}

fn stdout(db: &Path, args: &[&str]) -> String {
    let out = dragoman(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn network_counts_each_meeting_once_with_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let pairs = lines(stdout(&db, &["network", "--json"]).as_bytes());
    let meeting: Vec<&Value> = pairs
        .iter()
        .filter(|p| p["types"]["CONSULT"].is_number())
        .collect();
    assert_eq!(meeting.len(), 1, "{pairs:?}");
    let m = meeting[0];
    // a meeting has no distinct recipient: one unordered pair, names sorted
    assert_eq!(m["source"], "Jeenbek Kulubaev");
    assert_eq!(m["target"], "Murat Nurtleu");
    assert_eq!(m["directed"], false);
    assert_eq!(m["total"], 1);
    assert_eq!(m["sources"], 2);
    assert_eq!(m["quads"]["verbal-cooperation"], 1);
    assert_eq!(m["quads"]["material-conflict"], 0);

    let accuse = pairs
        .iter()
        .find(|p| p["types"]["ACCUSE"].is_number())
        .expect("the criticism");
    assert_eq!(accuse["source"], "Jeenbek Kulubaev");
    assert_eq!(accuse["target"], "Tajikistan");
    assert_eq!(accuse["directed"], true);
    assert_eq!(accuse["quads"]["verbal-conflict"], 1);
    assert_eq!(accuse["sources"], 1);
}

#[test]
fn network_filters_by_type_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let consult = lines(stdout(&db, &["network", "--json", "--type", "consult"]).as_bytes());
    assert_eq!(consult.len(), 1, "{consult:?}");
    let table = stdout(&db, &["network", "--type", "ASSAULT"]);
    assert!(table.ends_with("0 pairs from 0 stories\n"), "{table}");
    // only the meeting has a known year
    let since = lines(stdout(&db, &["network", "--json", "--since", "2024-03-01"]).as_bytes());
    assert_eq!(since.len(), 1, "{since:?}");
    assert_eq!(since[0]["target"], "Murat Nurtleu");
    let until = lines(stdout(&db, &["network", "--json", "--until", "2024-03-03"]).as_bytes());
    assert!(until.is_empty(), "{until:?}");
    dragoman(&db)
        .args(["network", "--type", "GREET"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a PLOVER type"));
    dragoman(&db)
        .args(["network", "--since", "2024"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("expected a date YYYY-MM-DD"));
    dragoman(&db)
        .args(["network", "--json", "--dot"])
        .assert()
        .failure();
}

#[test]
fn network_as_a_table_and_as_graphviz() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let table = stdout(&db, &["network"]);
    let mut rows = table.lines();
    assert!(rows.next().unwrap().starts_with("source"), "{table}");
    let meeting = table
        .lines()
        .find(|l| l.contains("CONSULT"))
        .expect("the meeting row");
    assert!(
        meeting.starts_with("Jeenbek Kulubaev -- Murat Nurtleu"),
        "{meeting}"
    );
    let counts: Vec<&str> = meeting.split_whitespace().collect();
    // total, the four quads, sources
    let at = counts.iter().position(|w| *w == "Nurtleu").unwrap();
    assert_eq!(&counts[at + 1..at + 7], ["1", "1", "0", "0", "0", "2"]);
    assert!(table.contains("Jeenbek Kulubaev -> Tajikistan"), "{table}");
    assert!(
        table.trim_end().ends_with("pairs from 3 stories"),
        "{table}"
    );

    let dot = stdout(&db, &["network", "--dot"]);
    assert!(dot.starts_with("digraph dragoman {"), "{dot}");
    assert!(dot.trim_end().ends_with('}'));
    let node = |name: &str| -> String {
        let line = dot
            .lines()
            .find(|l| l.contains(&format!("[label=\"{name}\"]")))
            .unwrap_or_else(|| panic!("no node {name}: {dot}"));
        line.split_whitespace().next().unwrap().to_string()
    };
    let (k, t) = (node("Jeenbek Kulubaev"), node("Tajikistan"));
    let edge = dot
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{k} -> {t} ")))
        .unwrap_or_else(|| panic!("no edge {k} -> {t}: {dot}"));
    assert!(edge.contains("weight=1"), "{edge}");
    assert!(edge.contains("ACCUSE 1"), "{edge}");
    assert!(!edge.contains("dir=none"), "{edge}");
    let n = node("Murat Nurtleu");
    let meeting = dot
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{k} -> {n} ")))
        .unwrap_or_else(|| panic!("no edge {k} -> {n}: {dot}"));
    assert!(meeting.contains("dir=none"), "{meeting}");
}
