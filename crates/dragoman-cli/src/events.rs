//! `dragoman events`: stored events as a table or JSON lines, and the
//! event filters that `dragoman export` shares.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::Args;
use dragoman_store::{EventFilter, EventRow, Participant, Store};

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

impl FilterArgs {
    /// The store filter, after checking the type and date.
    pub fn filter(&self) -> Result<EventFilter> {
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

pub fn open(db: &Path) -> Result<Store> {
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
