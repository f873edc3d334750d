//! `dragoman export` for every `--what` and `--format`, read back: CSV with
//! the csv crate, Parquet with the parquet crate, JSON Lines with
//! serde_json.

use std::fs;
use std::path::{Path, PathBuf};

use arrow_array::{Array, BooleanArray, RecordBatch, StringArray};
use assert_cmd::Command;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use predicates::prelude::*;
use serde_json::Value;

const ACCORD: &str = "\
Azerbaijan and Georgia Sign Energy Accord
BAKU — Azerbaijani President Ilham Aliyev met Georgian Prime Minister Irakli Kobakhidze in Baku on Monday, and the two leaders signed an accord on a new power line.
\"We are building a bridge between the Caspian and the Black Sea, and it will carry electricity, not only gas,\" Aliyev told reporters after the talks.
Kobakhidze said the line would be finished by 2027.
Rustam Mammadov
12.02.2025 16:40
";

const PROTEST: &str = "\
Farmers Block Highway
Hundreds of farmers blocked the main highway west of Tbilisi on Wednesday to protest against low grain prices.
\"We cannot sell below cost,\" said Giorgi Beridze, a farmer from Gori.
";

fn dragoman(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dragoman").unwrap();
    cmd.env("DRAGOMAN_DB", db).env_remove("RUST_LOG");
    cmd
}

fn store(dir: &Path) -> PathBuf {
    let docs = dir.join("docs");
    fs::create_dir_all(&docs).unwrap();
    fs::write(docs.join("accord.txt"), ACCORD).unwrap();
    fs::write(docs.join("protest.txt"), PROTEST).unwrap();
    let db = dir.join("e.db");
    dragoman(&db).arg("ingest").arg(&docs).assert().success();
    db
}

fn stdout(db: &Path, args: &[&str]) -> Vec<u8> {
    let out = dragoman(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn json_lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is a JSON object"))
        .collect()
}

/// The header and rows of a CSV export.
fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(bytes);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn column<'a>(rows: &'a [Vec<String>], header: &[String], name: &str) -> Vec<&'a str> {
    let i = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"));
    rows.iter().map(|r| r[i].as_str()).collect()
}

/// Exports to a Parquet file and reads every batch back.
fn parquet(db: &Path, dir: &Path, what: &str) -> Vec<RecordBatch> {
    let path = dir.join(format!("{what}.parquet"));
    dragoman(db)
        .args(["export", "--what", what, "--format", "parquet", "--out"])
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(" {what} to ")));
    let file = fs::File::open(&path).unwrap();
    ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap()
        .map(|b| b.unwrap())
        .collect()
}

fn strings(batches: &[RecordBatch], name: &str) -> Vec<Option<String>> {
    batches
        .iter()
        .flat_map(|b| {
            let col = b
                .column_by_name(name)
                .unwrap_or_else(|| panic!("no column {name}"));
            let s = col.as_any().downcast_ref::<StringArray>().unwrap();
            (0..s.len())
                .map(|i| (!s.is_null(i)).then(|| s.value(i).to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn rows(batches: &[RecordBatch]) -> usize {
    batches.iter().map(RecordBatch::num_rows).sum()
}

#[test]
fn events_export_as_csv_parquet_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let events = json_lines(&stdout(&db, &["events", "--json"]));
    assert!(events.len() >= 2, "{events:?}");

    // CSV, the default --what
    let (header, csv) = csv_rows(&stdout(&db, &["export", "--format", "csv"]));
    assert_eq!(&header[..4], ["doc_id", "event_id", "date", "type"]);
    assert_eq!(csv.len(), events.len());
    let types = column(&csv, &header, "type");
    assert!(
        types.contains(&"CONSULT") && types.contains(&"PROTEST"),
        "{types:?}"
    );
    let sentences = column(&csv, &header, "sentence");
    assert!(sentences.iter().any(|s| s.contains("Ilham Aliyev met")));
    // an undated event has an empty date
    let protest = types.iter().position(|t| *t == "PROTEST").unwrap();
    assert_eq!(column(&csv, &header, "date")[protest], "");

    // the same with --what events and a type filter
    let (_, consult) = csv_rows(&stdout(
        &db,
        &[
            "export", "--what", "events", "--format", "csv", "--type", "CONSULT",
        ],
    ));
    assert_eq!(consult.len(), 1);

    // Parquet: typed columns, null dates
    let batches = parquet(&db, dir.path(), "events");
    assert_eq!(rows(&batches), events.len());
    let types = strings(&batches, "type");
    assert!(types.contains(&Some("CONSULT".to_string())), "{types:?}");
    let dates = strings(&batches, "date");
    assert!(dates.contains(&Some("2025-02-10".to_string())), "{dates:?}");
    assert!(dates.contains(&None));
    let negated = batches[0]
        .column_by_name("negated")
        .unwrap()
        .as_any()
        .downcast_ref::<BooleanArray>()
        .expect("negated is a boolean column");
    assert!(!negated.value(0));

    // JSON Lines: the objects of `events --json`
    let lines = json_lines(&stdout(&db, &["export", "--format", "jsonl"]));
    assert_eq!(lines, events);
}

#[test]
fn quotes_export_as_csv_parquet_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let quotes = json_lines(&stdout(&db, &["quotes", "--json"]));
    assert_eq!(quotes.len(), 3, "{quotes:?}");

    let (header, csv) = csv_rows(&stdout(
        &db,
        &["export", "--what", "quotes", "--format", "csv"],
    ));
    assert_eq!(csv.len(), 3);
    let speakers = column(&csv, &header, "speaker");
    let texts = column(&csv, &header, "text");
    let aliyev = speakers.iter().position(|s| *s == "Ilham Aliyev").unwrap();
    // a text with commas and no quote marks survives the round trip
    assert!(texts[aliyev]
        .starts_with("We are building a bridge between the Caspian and the Black Sea, and"));
    assert_eq!(column(&csv, &header, "direct")[aliyev], "true");
    // --actor selects quotes by their speaker
    let (_, beridze) = csv_rows(&stdout(
        &db,
        &[
            "export", "--what", "quotes", "--format", "csv", "--actor", "beridze",
        ],
    ));
    assert_eq!(beridze.len(), 1);

    let batches = parquet(&db, dir.path(), "quotes");
    assert_eq!(rows(&batches), 3);
    let speakers = strings(&batches, "speaker");
    assert!(
        speakers.contains(&Some("Ilham Aliyev".to_string())),
        "{speakers:?}"
    );
    // an untitled speaker ("said Giorgi Beridze, a farmer from Gori") is a
    // person of the document, found by the entity tagger
    let cue_words = strings(&batches, "speaker_text");
    let beridze = cue_words
        .iter()
        .position(|s| s.as_deref() == Some("Giorgi Beridze"))
        .expect("the farmer's words");
    assert_eq!(speakers[beridze].as_deref(), Some("Giorgi Beridze"));

    let lines = json_lines(&stdout(
        &db,
        &["export", "--what", "quotes", "--format", "jsonl"],
    ));
    assert_eq!(lines, quotes);
}

#[test]
fn actors_export_as_csv_parquet_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let actors = json_lines(&stdout(&db, &["actors", "--json"]));

    let (header, csv) = csv_rows(&stdout(
        &db,
        &["export", "--what", "actors", "--format", "csv"],
    ));
    assert_eq!(csv.len(), actors.len());
    let names = column(&csv, &header, "name");
    let aliyev = names.iter().position(|n| *n == "Ilham Aliyev").unwrap();
    assert_eq!(column(&csv, &header, "country")[aliyev], "AZE");
    assert_eq!(
        column(&csv, &header, "variants")[aliyev],
        "Aliyev; Ilham Aliyev"
    );

    let batches = parquet(&db, dir.path(), "actors");
    assert_eq!(rows(&batches), actors.len());
    let countries = strings(&batches, "country");
    assert!(countries.contains(&Some("GEO".to_string())));
    assert!(countries.contains(&None), "groups have no country");

    let lines = json_lines(&stdout(
        &db,
        &["export", "--what", "actors", "--format", "jsonl"],
    ));
    assert_eq!(lines, actors);
    let (_, kob) = csv_rows(&stdout(
        &db,
        &[
            "export",
            "--what",
            "actors",
            "--format",
            "csv",
            "--actor",
            "kobakhidze",
        ],
    ));
    assert_eq!(kob.len(), 1);
}

#[test]
fn records_export_as_the_extract_records() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let out = dir.path().join("records.jsonl");
    dragoman(&db)
        .args(["export", "--what", "records", "--format", "jsonl", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote 2 records"));
    let records = json_lines(&fs::read(&out).unwrap());
    assert_eq!(records.len(), 2);
    let accord = records.iter().find(|r| r["id"] == "accord").unwrap();
    assert_eq!(accord["published"]["date"], "2025-02-12");
    assert!(accord["text"].as_str().unwrap().contains("power line"));
    assert!(accord["events"].as_array().is_some_and(|e| !e.is_empty()));
    // the same records `extract` writes for the file
    let extracted = Command::cargo_bin("dragoman")
        .unwrap()
        .arg("extract")
        .arg(dir.path().join("docs/accord.txt"))
        .output()
        .unwrap();
    let extracted = json_lines(&extracted.stdout);
    assert_eq!(extracted[0]["text"], accord["text"]);
    assert_eq!(extracted[0]["quotes"], accord["quotes"]);
}

#[test]
fn export_errors_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    dragoman(&db)
        .args(["export", "--format", "parquet"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("pass --out FILE"));
    dragoman(&db)
        .args(["export", "--what", "speeches", "--format", "csv"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("invalid value 'speeches'"));
    dragoman(&db)
        .args(["export", "--what", "records", "--format", "csv"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("jsonl only"));
    dragoman(&db)
        .args(["export", "--what", "quotes", "--format", "plover-json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("events only"));
    dragoman(&db)
        .args([
            "export", "--what", "actors", "--format", "csv", "--type", "CONSULT",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("filter events only"));
    dragoman(&db)
        .args(["export", "--format", "csv", "--out"])
        .arg(dir.path().join("no/such/dir/e.csv"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot create"));
}
