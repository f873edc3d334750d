//! The store and extraction subcommands.

use std::convert::Infallible;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use dragoman_actors::{EntityFinder, Gazetteer};
use dragoman_clean::{ChromeDictionary, TextCleaner};
use dragoman_events::EventCoder;
use dragoman_ingest::{
    default_jobs, fill_person_countries, ordered_map, InputError, Inputs, Limits, Pipeline, RawDoc,
};
use dragoman_store::{Prepared, PutOutcome, Store};
use indicatif::{ProgressBar, ProgressStyle};

use crate::output::{write_jsonl, write_pretty};
use crate::{Cli, Command};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// One JSON record per line (the output contract).
    Jsonl,
    /// A readable summary per document.
    Pretty,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, directories (searched recursively for .txt .html .htm .jsonl), or - for JSONL on stdin.
    #[arg(required = true, value_name = "FILES")]
    pub inputs: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Analysis threads (default: the available cores). Records come out
    /// in input order whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files, directories, or - for JSONL on stdin.
    #[arg(required = true, value_name = "FILES")]
    pub inputs: Vec<PathBuf>,
    /// Analysis threads (default: the available cores). The store is
    /// written in input order whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Args)]
pub struct DocsArgs {
    /// One JSON object per document instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The document id (a unique prefix is enough).
    pub id: String,
    /// The full JSON record.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    let limits = Limits {
        max_bytes: cli.max_bytes,
    };
    match cli.command {
        Command::Extract(args) => extract(&args, &parsing(&cli.dicts, cli.greedy_parser)?, limits),
        Command::Ingest(args) => ingest(
            &args,
            &parsing(&cli.dicts, cli.greedy_parser)?,
            limits,
            &cli.db,
        ),
        Command::Docs(args) => docs(&args, &cli.db),
        Command::Show(args) => show(&args, &cli.db),
        Command::Events(args) => crate::events::events(&args, &cli.db),
        Command::Quotes(args) => crate::quotes::quotes(&args, &cli.db),
        Command::Actors(args) => crate::actors::actors(&args, &cli.db),
        Command::Timeline(args) => crate::timeline::timeline(&args, &cli.db),
        Command::Export(args) => crate::exports::export(&args, &cli.db),
        Command::Network(args) => crate::network::network(&args, &cli.db),
        Command::Bench(args) => crate::bench::run(&args, &parsing(&cli.dicts, cli.greedy_parser)?),
        Command::Train(args) => crate::nlp::train(&args),
        Command::Eval(args) => crate::nlp::eval(&args, cli.greedy_parser),
    }
}

/// The pipeline of the command line: its dictionaries and parser.
fn parsing(dicts: &[PathBuf], greedy: bool) -> Result<Pipeline> {
    let kind = if greedy {
        dragoman_nlp::ParserKind::Greedy
    } else {
        dragoman_nlp::ParserKind::Beam
    };
    Ok(pipeline(dicts)?.with_parser(kind))
}

/// Sections of a `--dict` file that belong to the actor dictionaries; all
/// other sections are page-chrome phrases.
const ACTOR_SECTIONS: [&str; 5] = ["countries", "seats", "organizations", "roles", "groups"];

/// The pipeline with the built-in dictionaries plus the user's. One user
/// file may mix actor sections (`[countries]`, `[roles]`, ...) and chrome
/// sections (`[kind flags]`); lines keep their numbers in error messages.
pub fn pipeline(dicts: &[PathBuf]) -> Result<Pipeline> {
    let mut chrome = ChromeDictionary::default();
    let mut gazetteer = Gazetteer::builtin();
    let mut texts: Vec<String> = Vec::new();
    let mut trigger_texts: Vec<(String, String)> = Vec::new();
    for path in dicts {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the dictionary {}", path.display()))?;
        // Each line goes to one of three texts; the others get an empty
        // line, so line numbers stay true in error messages.
        let (mut actors, mut pages, mut events) = (String::new(), String::new(), String::new());
        let mut section = 0;
        for line in text.lines() {
            if let Some(header) = line.trim().strip_prefix('[') {
                let name = header
                    .trim_end_matches(']')
                    .split_whitespace()
                    .next()
                    .unwrap_or("");
                section = if ACTOR_SECTIONS.contains(&name) {
                    1
                } else if name == "triggers" {
                    2
                } else {
                    0
                };
            }
            for (k, out) in [&mut pages, &mut actors, &mut events]
                .into_iter()
                .enumerate()
            {
                if k == section {
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        if !events.trim().is_empty() {
            trigger_texts.push((path.display().to_string(), events));
        }
        chrome
            .extend(&pages)
            .with_context(|| format!("in the dictionary {}", path.display()))?;
        gazetteer
            .extend_named(&path.display().to_string(), &actors)
            .with_context(|| format!("in the dictionary {}", path.display()))?;
        texts.push(text);
    }
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut pipeline =
        Pipeline::new(TextCleaner::new(chrome), EntityFinder::new(gazetteer)).with_resources(texts);
    if !trigger_texts.is_empty() {
        let named: Vec<(&str, &str)> = trigger_texts
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        pipeline = pipeline.with_events(
            EventCoder::with_extra(&named).context("in the [triggers] of a dictionary")?,
        );
    }
    Ok(pipeline)
}

/// Documents held back at most by `extract` to share what they know of
/// their actors.
const EXTRACT_BATCH: usize = 1000;

fn extract(args: &ExtractArgs, pipeline: &Pipeline, limits: Limits) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    // Documents are written in batches, so that a person's country known
    // from one document of the batch fills it in the others.
    let mut batch: Vec<dragoman_core::Doc> = Vec::new();
    let write = |batch: &mut Vec<dragoman_core::Doc>, out: &mut BufWriter<_>| -> Result<()> {
        fill_person_countries(batch);
        for doc in batch.drain(..) {
            let record = doc.to_record();
            match args.format {
                Format::Jsonl => write_jsonl(out, &record)?,
                Format::Pretty => write_pretty(out, &record)?,
            }
        }
        Ok(())
    };
    let jobs = args.jobs.unwrap_or_else(default_jobs).max(1);
    ordered_map(
        Inputs::new(&args.inputs, limits),
        jobs,
        |item| item.and_then(|raw| pipeline.run(&raw)),
        |result| -> Result<()> {
            match result {
                Ok(doc) => {
                    for w in &doc.warnings {
                        eprintln!("dragoman: warning: {}: {w}", doc.source);
                    }
                    batch.push(doc);
                    if batch.len() >= EXTRACT_BATCH {
                        write(&mut batch, &mut out)?;
                    }
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("dragoman: {e}");
                }
            }
            Ok(())
        },
    )?;
    write(&mut batch, &mut out)?;
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn ingest(args: &IngestArgs, pipeline: &Pipeline, limits: Limits, db: &Path) -> Result<ExitCode> {
    let mut store = Store::open(db)?;
    let progress = if io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} documents ({per_sec}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        Some(bar)
    } else {
        None
    };
    let work = |item: Result<RawDoc, InputError>| {
        item.and_then(|raw| {
            let hash = pipeline.content_hash(&raw);
            pipeline.run(&raw).map(|doc| Analysed {
                prepared: Prepared::new(doc.to_record(), &hash),
                source: doc.source,
                warnings: doc.warnings,
            })
        })
    };
    let jobs = args.jobs.unwrap_or_else(default_jobs).max(1);
    let mut writer = Writer::new(&mut store, &progress);
    // Documents are analysed on `jobs` threads and stored in input order
    // by this one, a batch at a time.
    ordered_map(
        Inputs::new(&args.inputs, limits),
        jobs,
        work,
        |result| -> Result<(), Infallible> {
            match result {
                Ok(doc) => writer.push(doc),
                Err(e) => writer.fail(&e.to_string()),
            }
            Ok(())
        },
    )
    .unwrap_or_else(|never| match never {});
    writer.flush();
    let [new, unchanged, updated, failed] = writer.counts();
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    eprintln!("{new} new, {unchanged} unchanged, {updated} updated, {failed} failed");
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Documents written to the store per transaction by `ingest`. If the
/// process is killed, at most this many analysed documents are not stored;
/// ingesting the same inputs again stores them (and skips the others).
pub(crate) const WRITE_BATCH: usize = 256;

/// A document analysed on a worker thread, ready for the store.
pub(crate) struct Analysed {
    pub(crate) source: String,
    pub(crate) warnings: Vec<String>,
    pub(crate) prepared: Result<Prepared, dragoman_store::StoreError>,
}

/// The writing end of `ingest`: collects analysed documents and stores
/// them a batch at a time, counting new, unchanged, updated and failed.
pub(crate) struct Writer<'a> {
    store: &'a mut Store,
    pending: Vec<Prepared>,
    sources: Vec<String>,
    counts: [usize; 4],
    progress: &'a Option<ProgressBar>,
    busy: std::time::Duration,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(store: &'a mut Store, progress: &'a Option<ProgressBar>) -> Writer<'a> {
        Writer {
            store,
            pending: Vec::with_capacity(WRITE_BATCH),
            sources: Vec::with_capacity(WRITE_BATCH),
            counts: [0; 4],
            progress,
            busy: std::time::Duration::ZERO,
        }
    }

    /// The time spent in the store so far.
    pub(crate) fn busy(&self) -> std::time::Duration {
        self.busy
    }

    /// Documents new, unchanged, updated and failed so far.
    pub(crate) fn counts(&self) -> [usize; 4] {
        self.counts
    }

    pub(crate) fn push(&mut self, doc: Analysed) {
        for w in &doc.warnings {
            report(
                self.progress,
                &format!("dragoman: warning: {}: {w}", doc.source),
            );
        }
        match doc.prepared {
            Ok(p) => {
                self.pending.push(p);
                self.sources.push(doc.source);
                if self.pending.len() >= WRITE_BATCH {
                    self.flush();
                }
            }
            Err(e) => self.fail(&format!("{}: cannot store: {e}", doc.source)),
        }
    }

    pub(crate) fn fail(&mut self, message: &str) {
        self.counts[3] += 1;
        report(self.progress, &format!("dragoman: {message}"));
        if let Some(bar) = self.progress {
            bar.inc(1);
        }
    }

    /// Stores the documents collected so far.
    pub(crate) fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let start = std::time::Instant::now();
        let outcomes: Vec<Result<PutOutcome, String>> = match self.store.put_batch(&self.pending) {
            Ok(outcomes) => outcomes
                .into_iter()
                .map(|o| o.map_err(|e| e.to_string()))
                .collect(),
            Err(e) => vec![Err(e.to_string()); self.pending.len()],
        };
        self.pending.clear();
        self.busy += start.elapsed();
        let sources = std::mem::take(&mut self.sources);
        for (source, outcome) in sources.into_iter().zip(outcomes) {
            match outcome {
                Ok(PutOutcome::New) => self.counts[0] += 1,
                Ok(PutOutcome::Unchanged) => self.counts[1] += 1,
                Ok(PutOutcome::Updated) => self.counts[2] += 1,
                Err(e) => {
                    self.fail(&format!("{source}: cannot store: {e}"));
                    continue;
                }
            }
            if let Some(bar) = self.progress {
                bar.inc(1);
            }
        }
    }
}

fn report(progress: &Option<ProgressBar>, message: &str) {
    match progress {
        Some(bar) => bar.suspend(|| eprintln!("{message}")),
        None => eprintln!("{message}"),
    }
}

fn docs(args: &DocsArgs, db: &Path) -> Result<ExitCode> {
    let store = Store::open(db)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let docs = store.docs()?;
    if args.json {
        for d in &docs {
            let line = serde_json::json!({
                "id": d.id, "title": d.title, "published": d.published, "words": d.words,
                "duplicate_of": d.duplicate_of,
            });
            writeln!(out, "{line}")?;
        }
    } else {
        let width = docs
            .iter()
            .map(|d| d.id.chars().count())
            .max()
            .unwrap_or(2)
            .max(2);
        // The duplicate column is as wide as its longest id, or its heading.
        let dup_width = docs
            .iter()
            .filter_map(|d| d.duplicate_of.as_ref())
            .map(|d| d.chars().count())
            .max()
            .unwrap_or(0)
            .max("duplicate_of".len());
        writeln!(
            out,
            "{:<width$}  {:<10}  {:>6}  {:<dup_width$}  title",
            "id", "published", "words", "duplicate_of"
        )?;
        for d in &docs {
            writeln!(
                out,
                "{:<width$}  {:<10}  {:>6}  {:<dup_width$}  {}",
                d.id,
                d.published.as_deref().unwrap_or("-"),
                d.words,
                d.duplicate_of.as_deref().unwrap_or("-"),
                d.title.as_deref().unwrap_or("-")
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn show(args: &ShowArgs, db: &Path) -> Result<ExitCode> {
    let store = Store::open(db)?;
    let record = match store.get(&args.id)? {
        Some(r) => r,
        None => {
            let ids = store.ids_with_prefix(&args.id)?;
            match ids.as_slice() {
                [one] => store.get(one)?.context("the document vanished")?,
                [] => bail!(
                    "no document with id {:?} in {} (see `dragoman docs`)",
                    args.id,
                    db.display()
                ),
                many => bail!("{:?} is ambiguous: {}", args.id, many.join(", ")),
            }
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &record)?;
        writeln!(out)?;
    } else {
        write_pretty(&mut out, &record)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
