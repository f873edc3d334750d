//! `dragoman bench`: throughput benchmarks reported as documents or tokens
//! per second and peak memory, never as pass/fail timings.
//!
//! `bench ingest` replicates the articles of a directory with variations
//! (new ids, paragraphs rotated, numbers changed, so that no two documents
//! hash alike) and measures, on one thread: the cleaning pipeline alone,
//! then cleaning plus storing into a fresh SQLite database, in transactions
//! of `WRITE_BATCH` documents as `ingest` does.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use dragoman_ingest::{default_jobs, ordered_map, Format, Inputs, Limits, Pipeline, RawDoc};
use dragoman_store::{Prepared, Store};

use crate::commands::{Analysed, Writer, WRITE_BATCH};
use crate::synth::Synth;

#[derive(Debug, Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub what: BenchCommand,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Clean + store throughput on replicated text articles.
    #[command(
        after_help = "Example:\n  dragoman bench ingest --docs 10000 --from examples/articles"
    )]
    Ingest(IngestBench),
    /// Tokenize+split+tag and full-parse throughput (tokens/s) and model load time.
    #[command(after_help = "Example:\n  dragoman bench nlp --json")]
    Nlp(dragoman_nlp::cli::BenchNlpArgs),
}

#[derive(Debug, Args)]
pub struct IngestBench {
    /// Number of documents to process.
    #[arg(long, default_value_t = 10_000)]
    pub docs: usize,
    /// Directory of .txt articles to replicate.
    #[arg(long, default_value = "examples/articles")]
    pub from: PathBuf,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Stream generated wire reports (about 300 words, see
    /// resources/synthetic.txt) through every stage into a fresh store,
    /// one at a time, instead of replicating --from: for long runs
    /// (`--docs 100000`) that show whether memory stays flat.
    #[arg(long)]
    pub synthetic: bool,
    /// Analysis threads for --synthetic (default: the available cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

pub fn run(args: &BenchArgs, pipeline: &Pipeline) -> Result<ExitCode> {
    match &args.what {
        BenchCommand::Ingest(b) => bench_ingest(b, pipeline),
        BenchCommand::Nlp(b) => {
            dragoman_nlp::cli::run_bench_nlp(b)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn bench_ingest(args: &IngestBench, pipeline: &Pipeline) -> Result<ExitCode> {
    if args.synthetic {
        return bench_synthetic(args, pipeline);
    }
    let bases: Vec<RawDoc> = Inputs::new(std::slice::from_ref(&args.from), Limits::default())
        .filter_map(Result::ok)
        .filter(|d| d.format == Format::Text)
        .collect();
    if bases.is_empty() {
        bail!(
            "no .txt articles under {} to replicate",
            args.from.display()
        );
    }
    let docs: Vec<RawDoc> = (0..args.docs)
        .map(|i| variant(&bases[i % bases.len()], i))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.content.len()).sum();
    let words: usize = docs
        .iter()
        .map(|d| d.content.split_whitespace().count())
        .sum();

    let clean_only = pipeline.clean_only();
    let start = Instant::now();
    let cleaned = docs.iter().filter(|d| clean_only.run(d).is_ok()).count();
    let clean_secs = start.elapsed().as_secs_f64();

    // Every text stage (clean, actors, linguistic analysis, time, quotes,
    // events) without the store.
    let start = Instant::now();
    let analysed = docs.iter().filter(|d| pipeline.run(d).is_ok()).count();
    let text_secs = start.elapsed().as_secs_f64();

    let dir = tempfile::tempdir().context("cannot create a temporary directory")?;
    let clean_store_secs = store_all(&docs, &clean_only, &dir.path().join("clean.db"))?.0;
    let (full_secs, stored) = store_all(&docs, pipeline, &dir.path().join("full.db"))?;

    let n = docs.len() as f64;
    let report = serde_json::json!({
        "docs": docs.len(),
        "cleaned": cleaned,
        "stored": stored,
        "mean_words": words as f64 / n,
        "mib": bytes as f64 / (1024.0 * 1024.0),
        "clean_docs_per_s": n / clean_secs,
        "clean_store_docs_per_s": n / clean_store_secs,
        "pipeline_store_docs_per_s": n / full_secs,
        "analysed": analysed,
        "pipeline_docs_per_s": n / text_secs,
        "pipeline_words_per_s": words as f64 / text_secs,
        "pipeline_500_word_articles_per_s": words as f64 / text_secs / 500.0,
        "peak_rss_mib": peak_rss_mib(),
        "threads": 1,
    });
    let mut out = io::stdout().lock();
    if args.json {
        writeln!(out, "{report}")?;
    } else {
        writeln!(
            out,
            "{} documents ({:.0} words each, {:.1} MiB), one thread",
            docs.len(),
            words as f64 / n,
            bytes as f64 / (1024.0 * 1024.0)
        )?;
        writeln!(out, "clean:         {:>9.0} docs/s", n / clean_secs)?;
        writeln!(out, "clean + store: {:>9.0} docs/s", n / clean_store_secs)?;
        writeln!(
            out,
            "every text stage:   {:>4.0} docs/s, {:.0} words/s = {:.0} articles/s of 500 words",
            n / text_secs,
            words as f64 / text_secs,
            words as f64 / text_secs / 500.0
        )?;
        writeln!(
            out,
            "every stage + store: {:>3.0} docs/s ({stored} stored)",
            n / full_secs
        )?;
        match peak_rss_mib() {
            Some(m) => writeln!(out, "peak RSS:      {m:>9.1} MiB")?,
            None => writeln!(out, "peak RSS:      unknown on this system")?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Streams `--docs` synthetic articles through every stage into a fresh
/// store on `--jobs` threads, as `ingest` does, sampling the resident
/// memory ten times along the way.
fn bench_synthetic(args: &IngestBench, pipeline: &Pipeline) -> Result<ExitCode> {
    let synth = Synth::builtin()?;
    let jobs = args.jobs.unwrap_or_else(default_jobs).max(1);
    let dir = tempfile::tempdir().context("cannot create a temporary directory")?;
    let mut store = Store::open(&dir.path().join("synthetic.db"))?;
    let n = args.docs as u64;
    let step = (n / 10).max(1);
    let mut rss: Vec<serde_json::Value> = Vec::new();
    let (mut done, mut words, mut events) = (0u64, 0usize, 0usize);
    let no_progress = None;
    let mut writer = Writer::new(&mut store, &no_progress);
    let mut last_sample = 0.0;
    let start = Instant::now();
    ordered_map(
        (0..n).map(|i| synth.article(i)),
        jobs,
        |raw| {
            let w = raw.content.split_whitespace().count();
            let hash = pipeline.content_hash(&raw);
            let analysed = pipeline.run(&raw).map(|doc| {
                let n_events = doc.events.len();
                let analysed = Analysed {
                    prepared: Prepared::new(doc.to_record(), &hash),
                    source: doc.source,
                    warnings: Vec::new(),
                };
                (n_events, analysed)
            });
            (w, analysed)
        },
        |(w, result)| -> Result<()> {
            words += w;
            match result {
                Ok((n_events, doc)) => {
                    events += n_events;
                    writer.push(doc);
                }
                Err(e) => writer.fail(&e.to_string()),
            }
            done += 1;
            if done % step == 0 {
                let now = start.elapsed().as_secs_f64();
                rss.push(serde_json::json!({
                    "docs": done,
                    "rss_mib": current_rss_mib(),
                    "docs_per_s": done as f64 / now,
                    // this tenth alone: whether the rate holds as the store grows
                    "tenth_docs_per_s": step as f64 / (now - last_sample).max(1e-9),
                    "store_s": writer.busy().as_secs_f64(),
                    // CPU time of this thread, which generates the articles
                    // and writes the store (Linux only): unlike the clock, it
                    // does not count time lost to other programs
                    "writer_cpu_s": thread_cpu_secs(),
                }));
                last_sample = now;
            }
            Ok(())
        },
    )?;
    writer.flush();
    let failed = writer.counts()[3];
    let store_secs = writer.busy().as_secs_f64();
    let secs = start.elapsed().as_secs_f64();
    let stored = store.count()?;
    let report = serde_json::json!({
        "docs": n,
        "stored": stored,
        "failed": failed,
        "events": events,
        "mean_words": words as f64 / n.max(1) as f64,
        "threads": jobs,
        "docs_per_s": n as f64 / secs,
        "words_per_s": words as f64 / secs,
        "store_s": store_secs,
        "peak_rss_mib": peak_rss_mib(),
        "rss_samples": rss,
    });
    let mut out = io::stdout().lock();
    if args.json {
        writeln!(out, "{report}")?;
    } else {
        writeln!(
            out,
            "{n} synthetic articles ({:.0} words each), {jobs} thread{}, every stage + store",
            words as f64 / n.max(1) as f64,
            if jobs == 1 { "" } else { "s" }
        )?;
        writeln!(
            out,
            "{:.0} docs/s, {:.0} words/s; {stored} stored, {events} events, {failed} failed",
            n as f64 / secs,
            words as f64 / secs
        )?;
        writeln!(
            out,
            "writing to the store: {store_secs:.1} s of {secs:.1} s (one thread, {WRITE_BATCH} documents per transaction)"
        )?;
        for s in &rss {
            writeln!(
                out,
                "  after {:>7} docs: {:>6.1} MiB resident, {:.0} docs/s ({:.0} in this tenth)",
                s["docs"],
                s["rss_mib"].as_f64().unwrap_or(f64::NAN),
                s["docs_per_s"].as_f64().unwrap_or(f64::NAN),
                s["tenth_docs_per_s"].as_f64().unwrap_or(f64::NAN)
            )?;
        }
        match peak_rss_mib() {
            Some(m) => writeln!(out, "peak RSS: {m:.1} MiB")?,
            None => writeln!(out, "peak RSS: unknown on this system")?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `pipeline` over every document into a fresh store, in transactions
/// of [`WRITE_BATCH`] documents as `ingest` does: (seconds, documents
/// stored).
fn store_all(docs: &[RawDoc], pipeline: &Pipeline, db: &std::path::Path) -> Result<(f64, i64)> {
    let mut store = Store::open(db)?;
    let start = Instant::now();
    let mut batch = Vec::with_capacity(WRITE_BATCH);
    for (i, d) in docs.iter().enumerate() {
        let hash = pipeline.content_hash(d);
        if let Ok(doc) = pipeline.run(d) {
            batch.push(Prepared::new(doc.to_record(), &hash)?);
        }
        if batch.len() == WRITE_BATCH || i + 1 == docs.len() {
            for outcome in store.put_batch(&batch)? {
                outcome?;
            }
            batch.clear();
        }
    }
    Ok((start.elapsed().as_secs_f64(), store.count()?))
}

/// A copy of an article that hashes differently: another id, the body's
/// paragraphs rotated, and its numbers shifted.
fn variant(base: &RawDoc, i: usize) -> RawDoc {
    let lines: Vec<&str> = base.content.lines().collect();
    let mut content = String::with_capacity(base.content.len() + 16);
    let (head, body) = lines.split_at(lines.len().min(1));
    let rotate = if body.len() > 4 {
        i % (body.len() / 2)
    } else {
        0
    };
    for line in head
        .iter()
        .chain(body[rotate..].iter())
        .chain(body[..rotate].iter())
    {
        for c in line.chars() {
            content.push(match c.to_digit(10) {
                Some(d) => char::from_digit((d + i as u32) % 10, 10).unwrap_or(c),
                None => c,
            });
        }
        content.push('\n');
    }
    RawDoc {
        id: format!("{}-{i}", base.id),
        content,
        ..base.clone()
    }
}

/// Peak resident set size of this process (Linux `VmHWM`).
fn peak_rss_mib() -> Option<f64> {
    status_mib("VmHWM:")
}

/// CPU time of the calling thread so far (Linux `schedstat`).
fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Resident set size of this process now (Linux `VmRSS`).
fn current_rss_mib() -> Option<f64> {
    status_mib("VmRSS:")
}

fn status_mib(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}
