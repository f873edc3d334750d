//! `dragoman timeline`: the stored events as one story per real event, in
//! date order, with their sources.
//!
//! A syndicated copy (a document whose `duplicate_of` is set by the store)
//! repeats its original's sentences: each of its events with the same type
//! and sentence as an event of another member of its group is that event,
//! reported once more, and only adds the copy to the story's sources.

use std::collections::BTreeSet;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use dragoman_merge::DateKey;
use dragoman_store::Store;
use serde_json::json;

use crate::stories::{check_query, within, StoreStories};

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Only stories with a participant whose name contains NAME (any case).
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Only stories with a participant of this country (ISO 3166-1 alpha-3).
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,
    /// Only stories that may have happened on or after DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only stories that may have happened on or before DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// One JSON object per story instead of lines.
    #[arg(long)]
    pub json: bool,
}

pub fn timeline(args: &TimelineArgs, db: &Path) -> Result<ExitCode> {
    check_query(db, args.since.as_deref(), args.until.as_deref())?;
    let loaded = StoreStories::load(&Store::open(db)?)?;
    let kept = &loaded.reports;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut shown = 0;
    for s in &loaded.stories {
        // The report with the most precise date speaks for the story.
        let Some(first) = loaded.reports_of(s).max_by_key(|r| {
            let digits = r
                .event
                .date
                .as_ref()
                .and_then(|d| d.value.as_deref())
                .map_or(0, |v| v.bytes().filter(u8::is_ascii_digit).count());
            (digits, std::cmp::Reverse(r.doc_id.clone()))
        }) else {
            continue;
        };
        // Participants by their registry names ("Hikmat Hajiyev" for both
        // spellings).
        let names: BTreeSet<String> = loaded
            .reports_of(s)
            .flat_map(|row| {
                row.actors
                    .iter()
                    .chain(&row.recipients)
                    .map(move |p| (row, p))
            })
            .map(|(row, p)| loaded.name(&row.doc_id, p))
            .collect();
        let countries: BTreeSet<String> = loaded
            .reports_of(s)
            .flat_map(|r| r.actors.iter().chain(&r.recipients))
            .filter_map(|p| p.country.clone())
            .collect();
        if let Some(a) = &args.actor {
            let a = a.to_lowercase();
            if !names.iter().any(|n| n.to_lowercase().contains(&a)) {
                continue;
            }
        }
        if let Some(c) = &args.country {
            if !countries.contains(&c.to_uppercase()) {
                continue;
            }
        }
        let date = s.date.clone();
        let k = DateKey::of(date.as_deref());
        if !within(
            date.as_deref(),
            args.since.as_deref(),
            args.until.as_deref(),
        ) {
            continue;
        }
        shown += 1;
        let sources: BTreeSet<&str> = loaded.reports_of(s).map(|r| r.doc_id.as_str()).collect();
        let place = loaded
            .reports_of(s)
            .find_map(|r| r.location.as_ref())
            .map(|l| l.name.clone());
        if args.json {
            let value = json!({
                "date": date,
                "date_mark": k.label(),
                "type": s.event_type,
                "mode": first.event.mode,
                "participants": names,
                "place": place,
                "sources": sources,
                "sentences": loaded.reports_of(s).map(|r| r.sentence.trim().to_string()).collect::<Vec<_>>(),
                "conflicts": s.conflicts,
            });
            serde_json::to_writer(&mut out, &value)?;
            writeln!(out)?;
        } else {
            let mark = k.label();
            let mut ty = s.event_type.clone();
            if let Some(m) = &first.event.mode {
                ty = format!("{ty}/{m}");
            }
            writeln!(
                out,
                "{:<10} {:<13} {:<22} {}{}  [{} source{}]",
                date.as_deref().unwrap_or("----------"),
                if mark.is_empty() {
                    String::new()
                } else {
                    format!("({mark})")
                },
                ty,
                names.iter().cloned().collect::<Vec<_>>().join(", "),
                place.map(|p| format!(" @ {p}")).unwrap_or_default(),
                sources.len(),
                if sources.len() == 1 { "" } else { "s" }
            )?;
            writeln!(out, "    \u{201c}{}\u{201d}", first.sentence.trim())?;
            for c in &s.conflicts {
                writeln!(
                    out,
                    "    ! other reports give the {} as {} ({})",
                    c.field,
                    c.other,
                    c.docs.iter().cloned().collect::<Vec<_>>().join(", ")
                )?;
            }
        }
    }
    if !args.json {
        writeln!(out, "{shown} stories from {} event reports", kept.len())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
