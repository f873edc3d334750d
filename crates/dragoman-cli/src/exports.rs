//! `dragoman export`: the store's events, quotes, actors or records as
//! PLOVER-style JSON, CSV, Parquet or JSON Lines.
//!
//! Events, quotes and actors become a typed [`Table`] (one row each) for
//! CSV and Parquet; JSON Lines writes the same objects as `events --json`,
//! `quotes --json` and `actors --json`, and for records the document
//! records `dragoman extract` writes. Parquet is binary and goes to a file
//! only.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use dragoman_store::{EventRow, Participant, Store};
use serde_json::json;

use crate::events::{open, FilterArgs};
use crate::table::{Column, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// Stored events, one per report.
    Events,
    /// Stored direct and reported quotes with their speakers.
    Quotes,
    /// The actor registry: one actor per person, country or body.
    Actors,
    /// Whole document records (JSON Lines only).
    Records,
}

impl ExportWhat {
    fn noun(self) -> &'static str {
        match self {
            ExportWhat::Events => "events",
            ExportWhat::Quotes => "quotes",
            ExportWhat::Actors => "actors",
            ExportWhat::Records => "records",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A JSON array of PLOVER-style event records (source, target, event,
    /// mode, eventText, text, date, ...); events only.
    PloverJson,
    /// A header row, then one row per item (RFC 4180 quoting; empty for
    /// null; lists joined with "; ").
    Csv,
    /// A Parquet file with typed columns (strings, nullable strings,
    /// integers, booleans; lists joined with "; "); needs --out.
    Parquet,
    /// One JSON object per line.
    Jsonl,
}

impl ExportFormat {
    fn name(self) -> &'static str {
        match self {
            ExportFormat::PloverJson => "plover-json",
            ExportFormat::Csv => "csv",
            ExportFormat::Parquet => "parquet",
            ExportFormat::Jsonl => "jsonl",
        }
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(long, value_enum, default_value = "events")]
    pub what: ExportWhat,
    /// The output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of stdout (required for parquet).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// PLOVER's actor objects: `actorText`, `code` (country), `sector`.
fn plover_actors(ps: &[Participant]) -> serde_json::Value {
    ps.iter()
        .map(|p| json!({"actorText": p.name, "code": p.country, "sector": p.sector}))
        .collect()
}

fn plover_record(r: &EventRow) -> serde_json::Value {
    json!({
        "id": format!("{}-{}", r.doc_id, r.event.id),
        "date": r.event.date.as_ref().and_then(|d| d.value.clone()),
        "dateText": r.event.date.as_ref().and_then(|d| d.text.clone()),
        "event": r.event.event_type,
        "mode": r.event.mode,
        "source": plover_actors(&r.actors),
        "target": plover_actors(&r.recipients),
        "eventText": r.event.trigger.text,
        "text": r.sentence.trim(),
        "location": r.location.as_ref().map(|l| &l.name),
        "status": r.event.status,
        "negated": r.event.negated,
        "publication": r.source,
        "published": r.published,
        "language": "en",
        "coder": "dragoman",
        "rule": r.event.rule,
    })
}

fn joined(ps: &[Participant], field: impl Fn(&Participant) -> String) -> String {
    ps.iter().map(field).collect::<Vec<_>>().join("; ")
}

/// One row per event report.
fn events_table(rows: &[EventRow]) -> Result<Table> {
    let mut t = Table::new(&[
        ("doc_id", Column::Str),
        ("event_id", Column::Str),
        ("date", Column::OptStr),
        ("type", Column::Str),
        ("mode", Column::OptStr),
        ("status", Column::Str),
        ("negated", Column::Bool),
        ("actors", Column::Str),
        ("actor_countries", Column::Str),
        ("recipients", Column::Str),
        ("recipient_countries", Column::Str),
        ("location", Column::OptStr),
        ("trigger", Column::Str),
        ("sentence", Column::Str),
        ("rule", Column::Str),
        ("date_text", Column::OptStr),
        ("published", Column::OptStr),
        ("source", Column::Str),
    ]);
    let name = |p: &Participant| p.name.clone();
    let country = |p: &Participant| p.country.clone().unwrap_or_default();
    for r in rows {
        let date = r.event.date.as_ref();
        t.push(vec![
            r.doc_id.as_str().into(),
            r.event.id.as_str().into(),
            date.and_then(|d| d.value.clone()).into(),
            r.event.event_type.as_str().into(),
            r.event.mode.clone().into(),
            r.event.status.as_str().into(),
            r.event.negated.into(),
            joined(&r.actors, name).into(),
            joined(&r.actors, country).into(),
            joined(&r.recipients, name).into(),
            joined(&r.recipients, country).into(),
            r.location.as_ref().map(|l| l.name.clone()).into(),
            r.event.trigger.text.as_str().into(),
            r.sentence.trim().into(),
            r.event.rule.as_str().into(),
            date.and_then(|d| d.text.clone()).into(),
            r.published.clone().into(),
            r.source.as_str().into(),
        ])?;
    }
    Ok(t)
}

/// One row per quote.
fn quotes_table(rows: &[dragoman_store::QuoteRow]) -> Result<Table> {
    let mut t = Table::new(&[
        ("doc_id", Column::Str),
        ("quote_id", Column::Str),
        ("published", Column::OptStr),
        ("direct", Column::Bool),
        ("speaker_id", Column::OptStr),
        ("speaker", Column::OptStr),
        ("speaker_text", Column::OptStr),
        ("cue", Column::OptStr),
        ("start", Column::Int),
        ("end", Column::Int),
        ("text", Column::Str),
    ]);
    for r in rows {
        let q = &r.quote;
        t.push(vec![
            r.doc_id.as_str().into(),
            q.id.as_str().into(),
            r.published.clone().into(),
            q.direct.into(),
            q.speaker.clone().into(),
            r.speaker_name.clone().into(),
            q.speaker_text.clone().into(),
            q.cue.clone().into(),
            q.start.into(),
            q.end.into(),
            q.text.as_str().into(),
        ])?;
    }
    Ok(t)
}

/// One row per registry actor.
fn actors_table(actors: &[dragoman_actors::registry::Actor]) -> Result<Table> {
    let mut t = Table::new(&[
        ("key", Column::Str),
        ("name", Column::Str),
        ("kind", Column::Str),
        ("country", Column::OptStr),
        ("sector", Column::OptStr),
        ("documents", Column::Int),
        ("mentions", Column::Int),
        ("variants", Column::Str),
        ("roles", Column::Str),
    ]);
    for a in actors {
        let roles: Vec<String> = a
            .roles
            .iter()
            .map(|r| match &r.first_seen {
                Some(d) => format!("{} ({d})", r.role),
                None => r.role.clone(),
            })
            .collect();
        t.push(vec![
            a.key.as_str().into(),
            a.name.as_str().into(),
            a.kind.as_str().into(),
            a.country.clone().into(),
            a.sector.clone().into(),
            a.documents.into(),
            a.mentions.into(),
            a.variants.join("; ").into(),
            roles.join("; ").into(),
        ])?;
    }
    Ok(t)
}

/// What was selected, ready to write.
enum Selection {
    Events(Vec<EventRow>),
    Quotes(Vec<dragoman_store::QuoteRow>),
    Actors(Vec<dragoman_actors::registry::Actor>),
    Records(Store),
}

impl Selection {
    /// The rows as a typed table (CSV, Parquet).
    fn table(&self) -> Result<Table> {
        match self {
            Selection::Events(rows) => events_table(rows),
            Selection::Quotes(rows) => quotes_table(rows),
            Selection::Actors(actors) => actors_table(actors),
            Selection::Records(_) => bail!("--what records is written as jsonl only"),
        }
    }
}

fn select(args: &ExportArgs, store: Store) -> Result<Selection> {
    let f = &args.filter;
    let what = args.what;
    if what != ExportWhat::Events && (f.event_type.is_some() || f.since.is_some()) {
        bail!(
            "--type and --since filter events only (not --what {})",
            what.noun()
        );
    }
    if what == ExportWhat::Records && f.actor.is_some() {
        bail!("--actor filters events, quotes and actors (not --what records)");
    }
    Ok(match what {
        ExportWhat::Events => Selection::Events(store.events(&f.filter()?)?),
        ExportWhat::Quotes => Selection::Quotes(store.quotes(f.actor.as_deref())?),
        ExportWhat::Actors => {
            let (mut actors, _) = crate::actors::registry_of(&store)?;
            if let Some(a) = &f.actor {
                let a = a.to_lowercase();
                actors.retain(|x| {
                    x.variants
                        .iter()
                        .chain([&x.name])
                        .any(|n| n.to_lowercase().contains(&a))
                });
            }
            Selection::Actors(actors)
        }
        ExportWhat::Records => Selection::Records(store),
    })
}

/// Writes JSON lines of any serializable items; returns their number.
fn write_lines<T: serde::Serialize>(out: &mut impl Write, items: &[T]) -> Result<usize> {
    for item in items {
        serde_json::to_writer(&mut *out, item)?;
        writeln!(out)?;
    }
    Ok(items.len())
}

pub fn export(args: &ExportArgs, db: &Path) -> Result<ExitCode> {
    let noun = args.what.noun();
    match (args.what, args.format) {
        (ExportWhat::Records, f) if f != ExportFormat::Jsonl => bail!(
            "--what records is written as jsonl only (not --format {})",
            f.name()
        ),
        (w, ExportFormat::PloverJson) if w != ExportWhat::Events => {
            bail!("--format plover-json is for events only (not --what {noun})")
        }
        _ => {}
    }
    if args.format == ExportFormat::Parquet && args.out.is_none() {
        bail!("--format parquet writes a binary file: pass --out FILE");
    }
    let selection = select(args, open(db)?)?;
    let create = |path: &Path| {
        File::create(path).with_context(|| format!("cannot create {}", path.display()))
    };
    if args.format == ExportFormat::Parquet {
        let table = selection.table()?;
        if let Some(path) = &args.out {
            table
                .write_parquet(BufWriter::new(create(path)?))
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("wrote {} {noun} to {}", table.len(), path.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let sink: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(create(path)?),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    let n = match (&selection, args.format) {
        (Selection::Events(rows), ExportFormat::PloverJson) => {
            let records: Vec<serde_json::Value> = rows.iter().map(plover_record).collect();
            serde_json::to_writer_pretty(&mut out, &records)?;
            writeln!(out)?;
            rows.len()
        }
        (Selection::Events(rows), ExportFormat::Jsonl) => write_lines(&mut out, rows)?,
        (Selection::Quotes(rows), ExportFormat::Jsonl) => write_lines(&mut out, rows)?,
        (Selection::Actors(actors), ExportFormat::Jsonl) => write_lines(&mut out, actors)?,
        (Selection::Records(store), _) => {
            let mut n = 0;
            for doc in store.docs()? {
                if let Some(record) = store.get(&doc.id)? {
                    crate::output::write_jsonl(&mut out, &record)?;
                    n += 1;
                }
            }
            n
        }
        (sel, _) => {
            let table = sel.table()?;
            table.write_csv(&mut out)?;
            table.len()
        }
    };
    out.flush()?;
    if let Some(path) = &args.out {
        eprintln!("wrote {n} {noun} to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
