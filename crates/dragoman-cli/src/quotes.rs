//! `dragoman quotes`: stored quotes with their speakers.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::Args;
use dragoman_store::Store;

#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Only quotes whose speaker's name or words contain NAME (any case).
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// One JSON object per quote instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn quotes(args: &QuotesArgs, db: &Path) -> Result<ExitCode> {
    if !db.exists() {
        bail!(
            "no database at {} (run `dragoman ingest` first, or pass --db)",
            db.display()
        );
    }
    let rows = Store::open(db)?.quotes(args.speaker.as_deref())?;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        for r in &rows {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        }
    } else {
        for r in &rows {
            let who = r
                .speaker_name
                .clone()
                .or_else(|| r.quote.speaker_text.clone())
                .unwrap_or_else(|| "(unknown)".into());
            let kind = if r.quote.direct { "said" } else { "reported" };
            let mut text: String = r.quote.text.chars().take(160).collect();
            if text.len() < r.quote.text.len() {
                text.push('…');
            }
            writeln!(out, "{}  {who} ({kind}): \u{201c}{text}\u{201d}", r.doc_id)?;
        }
        writeln!(out, "{} quotes", rows.len())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
