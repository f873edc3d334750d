//! `dragoman events` and `dragoman export`: stored events as a table, JSON,
//! PLOVER-style JSON or CSV.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use dragoman_store::{EventFilter, EventRow, Participant, Store};
use serde_json::json;

#[derive(Debug, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// One JSON object per event (with participants by name and the
    /// sentence that reports it) instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only this PLOVER type (CONSULT, REQUEST, ...).
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Option<String>,
    /// Only events with a participant whose name contains NAME (any case).
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Only events that may have happened on or after DATE (YYYY-MM-DD,
    /// YYYY-MM or YYYY); events without a known year are left out.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// A JSON array of PLOVER-style event records (source, target, event,
    /// mode, eventText, text, date, ...).
    PloverJson,
    /// One row per event.
    Csv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
}

impl FilterArgs {
    fn filter(&self) -> Result<EventFilter> {
        if let Some(t) = &self.event_type {
            let known = dragoman_events::lexicon::TYPES;
            if !known.iter().any(|k| k.eq_ignore_ascii_case(t)) {
                bail!(
                    "--type {t}: not a PLOVER type (one of {})",
                    known.join(", ")
                );
            }
        }
        if let Some(d) = &self.since {
            let ok = matches!(d.len(), 4 | 7 | 10)
                && d.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                });
            if !ok {
                bail!("--since {d}: expected YYYY-MM-DD, YYYY-MM or YYYY");
            }
        }
        Ok(EventFilter {
            event_type: self.event_type.clone(),
            actor: self.actor.clone(),
            since: self.since.clone(),
        })
    }
}

fn open(db: &Path) -> Result<Store> {
    if !db.exists() {
        bail!(
            "no database at {} (run `dragoman ingest` first, or pass --db)",
            db.display()
        );
    }
    Ok(Store::open(db)?)
}

fn names(ps: &[Participant]) -> String {
    ps.iter()
        .map(|p| match &p.country {
            Some(c) => format!("{} ({c})", p.name),
            None => p.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn date_text(row: &EventRow) -> String {
    row.event
        .date
        .as_ref()
        .and_then(|d| d.value.clone())
        .unwrap_or_else(|| "undated".into())
}

pub fn events(args: &EventsArgs, db: &Path) -> Result<ExitCode> {
    let rows = open(db)?.events(&args.filter.filter()?)?;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        for r in &rows {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        }
    } else {
        for r in &rows {
            let mut ty = r.event.event_type.clone();
            if let Some(m) = &r.event.mode {
                ty = format!("{ty}/{m}");
            }
            let mut flags = String::new();
            if r.event.negated {
                flags.push_str(" [negated]");
            }
            if r.event.status != "factual" {
                flags.push_str(&format!(" [{}]", r.event.status));
            }
            let arrow = if r.recipients.is_empty() {
                String::new()
            } else {
                format!(" -> {}", names(&r.recipients))
            };
            let place = r
                .location
                .as_ref()
                .map(|l| format!(" @ {}", l.name))
                .unwrap_or_default();
            writeln!(
                out,
                "{}  {:<10}  {:<22} {}{arrow}{place}{flags}",
                r.doc_id,
                date_text(r),
                ty,
                names(&r.actors)
            )?;
            writeln!(out, "    \u{201c}{}\u{201d}", r.sentence.trim())?;
        }
        writeln!(out, "{} events", rows.len())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// PLOVER's actor objects: `actorText`, `code` (country), `sector`.
fn plover_actors(ps: &[Participant]) -> serde_json::Value {
    ps.iter()
        .map(|p| json!({"actorText": p.name, "code": p.country, "sector": p.sector}))
        .collect()
}

/// One CSV field, quoted when needed (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn export(args: &ExportArgs, db: &Path) -> Result<ExitCode> {
    let rows = open(db)?.events(&args.filter.filter()?)?;
    let sink: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    match args.format {
        ExportFormat::PloverJson => {
            let records: Vec<serde_json::Value> = rows
                .iter()
                .map(|r| {
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
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &records)?;
            writeln!(out)?;
        }
        ExportFormat::Csv => {
            writeln!(
                out,
                "doc_id,event_id,date,type,mode,status,negated,actors,actor_countries,recipients,recipient_countries,location,trigger,sentence,rule"
            )?;
            for r in &rows {
                let join = |ps: &[Participant], country: bool| {
                    ps.iter()
                        .map(|p| {
                            if country {
                                p.country.clone().unwrap_or_default()
                            } else {
                                p.name.clone()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                let fields = [
                    r.doc_id.clone(),
                    r.event.id.clone(),
                    date_text(r),
                    r.event.event_type.clone(),
                    r.event.mode.clone().unwrap_or_default(),
                    r.event.status.clone(),
                    r.event.negated.to_string(),
                    join(&r.actors, false),
                    join(&r.actors, true),
                    join(&r.recipients, false),
                    join(&r.recipients, true),
                    r.location
                        .as_ref()
                        .map(|l| l.name.clone())
                        .unwrap_or_default(),
                    r.event.trigger.text.clone(),
                    r.sentence.trim().to_string(),
                    r.event.rule.clone(),
                ];
                let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
                writeln!(out, "{}", line.join(","))?;
            }
        }
    }
    out.flush()?;
    if let Some(path) = &args.out {
        eprintln!("wrote {} events to {}", rows.len(), path.display());
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    }
}
