//! Writing records and tables to stdout.

use std::io::{self, Write};

use dragoman_core::Record;

/// True when an error chain ends in a closed pipe (`| head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// One record as a JSON line.
pub fn write_jsonl(out: &mut impl Write, record: &Record) -> io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}

/// A record for people: metadata, then the body, then what was removed.
pub fn write_pretty(out: &mut impl Write, record: &Record) -> io::Result<()> {
    writeln!(out, "id:         {}", record.id)?;
    writeln!(out, "source:     {}", record.source)?;
    writeln!(
        out,
        "title:      {}",
        record.title.as_deref().unwrap_or("-")
    )?;
    let authors = if record.authors.is_empty() {
        "-".to_string()
    } else {
        record.authors.join(", ")
    };
    writeln!(out, "authors:    {authors}")?;
    writeln!(
        out,
        "dateline:   {}",
        record.dateline.as_deref().unwrap_or("-")
    )?;
    match &record.published {
        Some(p) => writeln!(
            out,
            "published:  {}{} (from {:?}, confidence {:.2})",
            p.date,
            p.time.as_ref().map(|t| format!(" {t}")).unwrap_or_default(),
            p.text.as_deref().unwrap_or("metadata"),
            p.confidence
        )?,
        None => writeln!(out, "published:  - (the input does not say)")?,
    }
    writeln!(
        out,
        "words:      {}",
        record.text.split_whitespace().count()
    )?;
    for w in &record.warnings {
        writeln!(out, "warning:    {w}")?;
    }
    writeln!(out)?;
    for para in record.text.split('\n') {
        writeln!(out, "  {para}")?;
    }
    if !record.boilerplate.is_empty() {
        writeln!(out)?;
        writeln!(out, "removed:")?;
        for b in &record.boilerplate {
            match (&b.lines, &b.text) {
                (_, Some(t)) => writeln!(out, "  {:<14} {t}", b.kind)?,
                (Some(n), None) => writeln!(
                    out,
                    "  {:<14} {n} line{}",
                    b.kind,
                    if *n == 1 { "" } else { "s" }
                )?,
                (None, None) => writeln!(out, "  {}", b.kind)?,
            }
        }
    }
    writeln!(out)
}
