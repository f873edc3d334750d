//! Integration tests: the real `dragoman` binary on files written here.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const ARTICLE: &str = "\
Georgia and Armenia Agree to Reopen Rail Link
TBILISI — The prime ministers of Georgia and Armenia agreed on Friday to reopen the rail link between their capitals, the Georgian government said.
\"This is a good day for trade in the South Caucasus,\" the Georgian prime minister told reporters after the talks.
The two leaders also discussed the transit of Armenian goods through Georgian ports.
Nino Beridze
Tbilisi
Latest newsKazakhstan Signs Gas Deal with China
12.Oct.2024
Turkey Hosts Regional Security Forum
11.Oct.2024

15 Oct 2024
";

const SECOND: &str = "\
EU Envoy Visits Baku
The European Union's special representative for the South Caucasus met Azerbaijan's foreign minister in Baku on Tuesday.
They discussed the peace process with Armenia and the delimitation of the border.
14.05.2024 09:10

Leave a Reply
";

fn dragoman(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dragoman").unwrap();
    cmd.env("DRAGOMAN_DB", db).env_remove("RUST_LOG");
    cmd
}

fn corpus(dir: &Path) -> PathBuf {
    let articles = dir.join("articles");
    fs::create_dir_all(&articles).unwrap();
    fs::write(articles.join("rail.txt"), ARTICLE).unwrap();
    fs::write(articles.join("envoy.txt"), SECOND).unwrap();
    articles
}

fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stdout line is a JSON record"))
        .collect()
}

fn doc_count(db: &Path) -> usize {
    let out = dragoman(db).args(["docs", "--json"]).output().unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).lines().count()
}

#[test]
fn extract_writes_the_record_contract() {
    let dir = tempfile::tempdir().unwrap();
    let articles = corpus(dir.path());
    let out = dragoman(&dir.path().join("unused.db"))
        .arg("extract")
        .arg(&articles)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 2);
    let envoy = &recs[0];
    assert_eq!(envoy["id"], "envoy");
    assert_eq!(envoy["title"], "EU Envoy Visits Baku");
    assert_eq!(envoy["published"]["date"], "2024-05-14");
    assert_eq!(envoy["published"]["time"], "09:10");
    for key in [
        "source",
        "authors",
        "dateline",
        "text",
        "boilerplate",
        "entities",
        "events",
        "quotes",
    ] {
        assert!(envoy.get(key).is_some(), "missing {key}");
    }
    let rail = &recs[1];
    assert_eq!(
        rail["title"],
        "Georgia and Armenia Agree to Reopen Rail Link"
    );
    assert_eq!(rail["authors"], serde_json::json!(["Nino Beridze"]));
    assert_eq!(
        rail["published"],
        Value::Null,
        "the crawl date is not a publication date"
    );
    let text = rail["text"].as_str().unwrap();
    assert!(text.starts_with("TBILISI — The prime ministers"));
    assert!(text.ends_with("through Georgian ports."));
    assert!(!text.contains("Kazakhstan"));
    assert!(
        !dir.path().join("unused.db").exists(),
        "extract does not touch the store"
    );
}

#[test]
fn pretty_format_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let articles = corpus(dir.path());
    dragoman(&dir.path().join("x.db"))
        .args(["extract", "--format", "pretty"])
        .arg(articles.join("envoy.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("title:      EU Envoy Visits Baku"))
        .stdout(predicate::str::contains("published:  2024-05-14 09:10"));
    let line = serde_json::json!({"id": "s1", "text": SECOND, "published": "2024-05-15"});
    let out = dragoman(&dir.path().join("x.db"))
        .args(["extract", "-"])
        .write_stdin(format!("{line}\n"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let recs = records(&out.stdout);
    assert_eq!(recs[0]["id"], "s1");
    assert_eq!(
        recs[0]["published"]["date"], "2024-05-15",
        "given metadata wins"
    );
}

#[test]
fn ingest_is_idempotent_and_updates_changed_documents() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("news.db");
    let articles = corpus(dir.path());
    dragoman(&db)
        .arg("ingest")
        .arg(&articles)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "2 new, 0 unchanged, 0 updated, 0 failed",
        ));
    dragoman(&db)
        .arg("ingest")
        .arg(&articles)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "0 new, 2 unchanged, 0 updated, 0 failed",
        ));
    fs::write(
        articles.join("envoy.txt"),
        SECOND.replace("Tuesday", "Wednesday"),
    )
    .unwrap();
    dragoman(&db)
        .arg("ingest")
        .arg(&articles)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "0 new, 1 unchanged, 1 updated, 0 failed",
        ));
    assert_eq!(doc_count(&db), 2, "an update never duplicates");
    dragoman(&db)
        .args(["show", "envoy", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("on Wednesday"));
    dragoman(&db)
        .arg("docs")
        .assert()
        .success()
        .stdout(predicate::str::contains("envoy"))
        .stdout(predicate::str::contains("2024-05-14"))
        .stdout(predicate::str::contains("Georgia and Armenia Agree"));
    dragoman(&db)
        .args(["show", "nope"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no document with id \"nope\""));
    // --db wins over the environment
    let other = dir.path().join("other.db");
    dragoman(&db)
        .arg("--db")
        .arg(&other)
        .arg("ingest")
        .arg(articles.join("rail.txt"))
        .assert()
        .success();
    assert_eq!(doc_count(&other), 1);
}

/// Every bad input gets one message naming it and the reason; the good
/// inputs beside it are processed; the exit code is 1; the store keeps
/// what it held.
#[test]
fn bad_inputs_are_reported_and_do_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("news.db");
    let articles = corpus(dir.path());
    dragoman(&db)
        .arg("ingest")
        .arg(&articles)
        .assert()
        .success();

    let bad = dir.path().join("bad");
    fs::create_dir(&bad).unwrap();
    fs::write(bad.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    fs::write(bad.join("empty.txt"), "").unwrap();
    let mut latin1 = SECOND.replace("EU Envoy", "Envoy").into_bytes();
    latin1.extend_from_slice(b"Caf\xe9 talks.\n");
    fs::write(bad.join("latin1.txt"), latin1).unwrap();
    let huge = bad.join("huge.txt");
    fs::write(&huge, vec![b'a'; 50 * 1024 * 1024]).unwrap();
    let good = serde_json::json!({"id": "j1", "text": SECOND});
    let good2 = serde_json::json!({"id": "j2", "html": "<html><body><article><p>The ministers of Armenia and Georgia met in Tbilisi on Monday to discuss trade and the reopening of the railway line between the two capitals.</p></article></body></html>"});
    fs::write(
        bad.join("corpus.jsonl"),
        format!("{good}\n{{\"id\": \"j3\", \"text\": \n{good2}\n"),
    )
    .unwrap();
    let missing = dir.path().join("does-not-exist.txt");

    let out = dragoman(&db)
        .arg("ingest")
        .arg(&bad)
        .arg(&missing)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("binary.txt: binary data"), "{stderr}");
    assert!(
        stderr.contains("empty.txt: empty input (0 bytes)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("huge.txt: 50.0 MiB is above the 10.0 MiB limit"),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus.jsonl:2: invalid JSON record"),
        "{stderr}"
    );
    assert!(
        stderr.contains("does-not-exist.txt: no such file or directory"),
        "{stderr}"
    );
    assert!(
        stderr.contains("latin1.txt: invalid UTF-8"),
        "lossy decoding warns: {stderr}"
    );
    assert!(
        stderr.contains("3 new, 0 unchanged, 0 updated, 5 failed"),
        "latin1, j1 and j2 are stored: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(doc_count(&db), 5, "the two earlier documents are intact");
    dragoman(&db)
        .args(["show", "rail", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Georgia and Armenia Agree"));
}

#[test]
fn a_huge_single_line_is_processed_when_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("oneline.txt");
    let sentence = "The ministers met in Baku and agreed to continue the talks. ";
    fs::write(&path, sentence.repeat(5 * 1024 * 1024 / sentence.len())).unwrap();
    let out = dragoman(&dir.path().join("x.db"))
        .args(["--max-bytes", "20000000", "extract"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    assert!(recs[0]["text"].as_str().unwrap().len() > 4_000_000);
}

#[test]
fn every_command_has_help_with_an_example() {
    for cmd in [
        "extract", "ingest", "docs", "show", "events", "quotes", "actors", "timeline", "network",
        "export", "bench", "train", "eval",
    ] {
        Command::cargo_bin("dragoman")
            .unwrap()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

#[test]
fn user_dictionaries_extend_the_chrome_phrases() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("p.txt");
    fs::write(
        &page,
        "Talks in Baku\nThe ministers met in Baku on Monday and agreed to meet again.\nJoin our Telegram channel today\nThey did not give a date for the next round.\n",
    )
    .unwrap();
    let dict = dir.path().join("chrome.txt");
    fs::write(&dict, "[promo inline]\njoin our telegram channel\n").unwrap();
    let out = dragoman(&dir.path().join("x.db"))
        .arg("--dict")
        .arg(&dict)
        .arg("extract")
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = records(&out.stdout)[0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!text.contains("Telegram"), "{text}");
    assert!(text.contains("next round"));
    fs::write(&dict, "no section\n").unwrap();
    dragoman(&dir.path().join("x.db"))
        .arg("--dict")
        .arg(&dict)
        .arg("extract")
        .arg(&page)
        .assert()
        .failure()
        .stderr(predicate::str::contains("chrome.txt"));
}

#[test]
fn events_quotes_and_exports_read_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    dragoman(&db)
        .arg("ingest")
        .arg(corpus(dir.path()))
        .assert()
        .success();

    // events: the meeting in Baku, with its participants by name
    let out = dragoman(&db).args(["events", "--json"]).output().unwrap();
    assert!(out.status.success());
    let events = records(&out.stdout);
    let consult = events
        .iter()
        .find(|e| e["event"]["type"] == "CONSULT")
        .expect("a CONSULT event");
    let names: Vec<&str> = consult["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(
        names.iter().any(|n| n.contains("European Union")),
        "{names:?}"
    );
    assert!(consult["sentence"]
        .as_str()
        .unwrap()
        .contains("met Azerbaijan"));

    // filters
    let out = dragoman(&db)
        .args([
            "events", "--json", "--type", "consult", "--actor", "european",
        ])
        .output()
        .unwrap();
    assert!(!records(&out.stdout).is_empty());
    let out = dragoman(&db)
        .args(["events", "--json", "--actor", "nobody-by-this-name"])
        .output()
        .unwrap();
    assert!(records(&out.stdout).is_empty());
    dragoman(&db)
        .args(["events", "--type", "GREET"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a PLOVER type"));

    // quotes: the prime minister's words
    let out = dragoman(&db)
        .args(["quotes", "--json", "--speaker", "prime minister"])
        .output()
        .unwrap();
    let quotes = records(&out.stdout);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert!(quotes[0]["quote"]["text"]
        .as_str()
        .unwrap()
        .contains("a good day for trade"));

    // exports
    let csv = dir.path().join("events.csv");
    dragoman(&db)
        .args(["export", "--format", "csv", "--out"])
        .arg(&csv)
        .assert()
        .success();
    let text = fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("doc_id,event_id,date,type"));
    assert_eq!(text.lines().count(), events.len() + 1);
    let out = dragoman(&db)
        .args(["export", "--format", "plover-json"])
        .output()
        .unwrap();
    let plover: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plover.as_array().unwrap().len(), events.len());
    assert!(plover[0]["source"].is_array() && plover[0]["event"].is_string());
}

#[test]
fn actors_are_one_across_spelling_variants() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let docs = dir.path().join("docs");
    fs::create_dir_all(&docs).unwrap();
    fs::write(
        docs.join("one.txt"),
        "Aide Meets Envoy in Washington\nAzerbaijani President's foreign policy adviser Hikmat Hajiyev met U.S. envoy Louis Bono in Washington on Monday.\nHajiyev said the talks were useful.\n",
    )
    .unwrap();
    fs::write(
        docs.join("two.txt"),
        "Envoys Meet Again\nThe Assistant to the President of Azerbaijan Hikmet Hajiyev held talks with Louis Bono in Baku on Friday.\nBono said progress was made.\n",
    )
    .unwrap();
    dragoman(&db).arg("ingest").arg(&docs).assert().success();
    let out = dragoman(&db)
        .args(["actors", "--json", "--kind", "person"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let actors = records(&out.stdout);
    let hajiyev: Vec<&Value> = actors
        .iter()
        .filter(|a| a["name"].as_str().unwrap().contains("Hajiyev"))
        .collect();
    assert_eq!(hajiyev.len(), 1, "{actors:?}");
    let variants: Vec<&str> = hajiyev[0]["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(variants.contains(&"Hikmat Hajiyev") && variants.contains(&"Hikmet Hajiyev"));
    assert_eq!(hajiyev[0]["documents"], 2);
    assert_eq!(hajiyev[0]["country"], "AZE");
}

#[test]
fn the_timeline_merges_reports_of_one_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let docs = dir.path().join("docs");
    fs::create_dir_all(&docs).unwrap();
    fs::write(
        docs.join("wire.txt"),
        "Ministers Meet in Prague\nPRAGUE — Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun Bayramov in Prague on September 12.\nThe talks lasted three hours, the Czech foreign ministry said in a statement.\nBoth sides described the atmosphere as businesslike and agreed to continue the work of the border commissions.\n13.09.2023 10:00\n",
    )
    .unwrap();
    fs::write(
        docs.join("daily.txt"),
        "Talks in Prague\nArmenia's top diplomat Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov on September 12, officials said.\nNo agreement was announced.\n",
    )
    .unwrap();
    fs::write(
        docs.join("other.txt"),
        "Protest in Yerevan\nThousands of protesters rallied in Yerevan on Sunday against the government.\n",
    )
    .unwrap();
    dragoman(&db).arg("ingest").arg(&docs).assert().success();
    let out = dragoman(&db).args(["timeline", "--json"]).output().unwrap();
    assert!(out.status.success());
    let stories = records(&out.stdout);
    let meeting: Vec<&Value> = stories.iter().filter(|s| s["type"] == "CONSULT").collect();
    assert_eq!(meeting.len(), 1, "{stories:?}");
    assert_eq!(meeting[0]["sources"].as_array().unwrap().len(), 2);
    assert_eq!(meeting[0]["date"], "2023-09-12");
    let protest = stories
        .iter()
        .find(|s| s["type"] == "PROTEST")
        .expect("the protest");
    assert_eq!(protest["date_mark"], "undated");
    let out = dragoman(&db)
        .args([
            "timeline",
            "--json",
            "--actor",
            "mirzoyan",
            "--since",
            "2023-01-01",
        ])
        .output()
        .unwrap();
    assert_eq!(records(&out.stdout).len(), 1);
    dragoman(&db)
        .args(["timeline", "--since", "2023"])
        .assert()
        .failure();
}

const NER_SAMPLE: &str = "# text = President Biden visited Baku .\n\
1\tPresident\tO\t-\t-\n2\tBiden\tB-PER\t-\t-\n3\tvisited\tO\t-\t-\n4\tBaku\tB-LOC\t-\t-\n5\t.\tO\t-\t-\n\n\
# text = The United Nations met in New York .\n\
1\tThe\tO\t-\t-\n2\tUnited\tB-ORG\t-\t-\n3\tNations\tI-ORG\t-\t-\n4\tmet\tO\t-\t-\n5\tin\tO\t-\t-\n6\tNew\tB-LOC\t-\t-\n7\tYork\tI-LOC\t-\t-\n8\t.\tO\t-\t-\n";

#[test]
fn eval_ner_prints_span_scores_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("s.iob2");
    fs::write(&f, NER_SAMPLE).unwrap();
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .args(["eval", "ner", "--json", "--iob2"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("{\"PER\":{\"p\":"), "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    for key in ["PER", "ORG", "LOC", "overall"] {
        for m in ["p", "r", "f1"] {
            let x = v[key][m].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&x), "{key}.{m} = {x}");
        }
    }
}

#[test]
fn train_ner_writes_a_model_that_eval_ner_reads() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("s.iob2");
    fs::write(&f, NER_SAMPLE).unwrap();
    let model = dir.path().join("m.dner");
    Command::cargo_bin("dragoman")
        .unwrap()
        .args(["train", "ner", "--epochs", "5", "--train"])
        .arg(&f)
        .arg("--out")
        .arg(&model)
        .assert()
        .success();
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .args(["eval", "ner", "--json", "--iob2"])
        .arg(&f)
        .arg("--model")
        .arg(&model)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // a model evaluated on its own two training sentences finds them all
    assert_eq!(v["overall"]["f1"].as_f64(), Some(1.0), "{v}");
}

#[test]
fn eval_ner_names_the_malformed_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.iob2");
    fs::write(&f, "1\tBiden\tB-PER\n2\tvisited\tB-MISC\n").unwrap();
    Command::cargo_bin("dragoman")
        .unwrap()
        .args(["eval", "ner", "--iob2"])
        .arg(&f)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "bad.iob2:2: unknown tag \"B-MISC\"",
        ));
}
