//! The `dragoman` command: wires the library crates together.
//!
//! Each subcommand lives in its own module; `main` turns errors into one
//! message on stderr and an exit code (0 ok, 1 some input or check failed,
//! 2 bad usage). A closed stdout (`dragoman extract ... | head`) exits 0.

#![forbid(unsafe_code)]

mod actors;
mod bench;
mod commands;
mod events;
mod exports;
mod network;
mod nlp;
mod output;
mod quotes;
mod stories;
mod synth;
mod table;
mod timeline;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// dragoman: who met whom, who said what - from raw news reports.
///
/// Reads scraped articles (plain text with page chrome, HTML, JSONL corpora)
/// and produces clean document records: title, authors, publication date and
/// body, with page chrome set aside. Records are written as JSON Lines
/// (`extract`) or kept in a SQLite store (`ingest`, `docs`, `show`).
#[derive(Debug, Parser)]
#[command(
    name = "dragoman",
    version,
    after_help = "Example:\n  dragoman extract examples/articles > records.jsonl\n  dragoman ingest examples/articles && dragoman docs"
)]
pub struct Cli {
    /// The SQLite database (created if missing).
    #[arg(
        long,
        global = true,
        env = "DRAGOMAN_DB",
        default_value = "dragoman.db"
    )]
    pub db: PathBuf,

    /// Extra dictionary files: page-chrome phrases (the format of
    /// crates/dragoman-clean/resources/chrome.txt), actor sections
    /// ([countries] [seats] [organizations] [roles] [groups]) and event
    /// triggers ([triggers], the format of
    /// crates/dragoman-events/resources/triggers.txt). Repeatable.
    #[arg(long = "dict", global = true, value_name = "FILE")]
    pub dicts: Vec<PathBuf>,

    /// The largest document accepted, in bytes (a file, or one JSONL line).
    #[arg(long, global = true, default_value_t = 10 * 1024 * 1024, value_name = "BYTES")]
    pub max_bytes: u64,

    /// Parse with the greedy parser instead of the default beam-search one:
    /// faster, with about 1.2 points less attachment accuracy (and events
    /// coded from less accurate trees).
    #[arg(long, global = true)]
    pub greedy_parser: bool,

    /// The beam-search parser (the default; kept for older scripts).
    #[arg(long, global = true, hide = true, conflicts_with = "greedy_parser")]
    pub beam_parser: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract records from files without storing them (JSON Lines on stdout).
    #[command(
        after_help = "Examples:\n  dragoman extract examples/articles > records.jsonl\n  dragoman extract --format pretty examples/articles/01_baku_talks.txt\n  cat corpus.jsonl | dragoman extract -"
    )]
    Extract(commands::ExtractArgs),
    /// Process files and keep their records in the store.
    #[command(
        after_help = "Example:\n  dragoman --db news.db ingest examples/articles\n\nPrints \"N new, N unchanged, N updated, N failed\"; re-ingesting identical\ncontent changes nothing."
    )]
    Ingest(commands::IngestArgs),
    /// List stored documents: id, published, words, the syndicated original a
    /// near-duplicate copies (duplicate_of), title.
    #[command(after_help = "Example:\n  dragoman docs\n  dragoman docs --json")]
    Docs(commands::DocsArgs),
    /// Show one stored document.
    #[command(
        after_help = "Example:\n  dragoman show 01_baku_talks\n  dragoman show 01_baku_talks --json"
    )]
    Show(commands::ShowArgs),
    /// List stored events: date, PLOVER type, participants, place and the
    /// sentence that reports each.
    #[command(
        after_help = "Examples:\n  dragoman events\n  dragoman events --type CONSULT --actor blinken\n  dragoman events --since 2023-01-01 --json"
    )]
    Events(events::EventsArgs),
    /// List the actors of the stored documents, one per person, country or
    /// body across documents: name variants, roles, mention and document
    /// counts.
    #[command(after_help = "Examples:\n  dragoman actors\n  dragoman actors --kind person --json")]
    Actors(actors::ActorsArgs),
    /// The stored events as one story per real event, in date order: reports
    /// of the same event from several documents are merged, with the number
    /// of sources; year-less and undated events are marked.
    #[command(
        after_help = "Examples:\n  dragoman timeline\n  dragoman timeline --actor sullivan --since 2022-01-01\n  dragoman timeline --country AZE --json"
    )]
    Timeline(timeline::TimelineArgs),
    /// List stored quotes (direct and reported) with their speakers.
    #[command(
        after_help = "Examples:\n  dragoman quotes\n  dragoman quotes --speaker price\n  dragoman quotes --json"
    )]
    Quotes(quotes::QuotesArgs),
    /// Export stored events, quotes, actors or document records as
    /// PLOVER-style JSON (events), CSV, Parquet or JSON Lines.
    #[command(
        after_help = "Examples:\n  dragoman export --format plover-json > events.json\n  dragoman export --format csv --type ASSAULT --out assaults.csv\n  dragoman export --what quotes --format parquet --out quotes.parquet\n  dragoman export --what records --format jsonl > records.jsonl\n\nFilters: --type and --since select events; --actor selects events by a\nparticipant, quotes by their speaker and actors by a name variant.\nCSV and Parquet flatten lists (participants, variants, roles) to\n\"; \"-joined strings; null values are empty CSV fields. JSON Lines\nwrites the objects of `events --json`, `quotes --json`, `actors --json`,\nand for records the records of `dragoman extract`."
    )]
    Export(exports::ExportArgs),
    /// Who interacts with whom: actor pairs with their number of events by
    /// PLOVER type and by quad class (verbal/material cooperation/conflict),
    /// each real event counted once however many documents report it.
    #[command(
        after_help = "Examples:\n  dragoman network\n  dragoman network --type CONSULT --since 2023-01-01 --json\n  dragoman network --dot | dot -Tsvg > network.svg\n\nPairs: an event with recipients gives each actor -> recipient pair; an\nevent without a distinct recipient (a meeting or cooperation between\nequals, fighting) gives each unordered pair of its actors once, shown\nA -- B with the names in alphabetical order. Actors are the registry's\n(one per person, country or body across documents). Sorted by total,\nthen names. Columns: v-coop, m-coop, v-conf, m-conf are the quad classes;\nsources is the number of documents reporting the pair's events.\nNegated events (\"did not meet\") are left out."
    )]
    Network(network::NetworkArgs),
    /// Benchmarks (throughput and peak memory).
    #[command(
        after_help = "Example:\n  dragoman bench ingest --docs 10000\n  dragoman bench nlp --json"
    )]
    Bench(bench::BenchArgs),
    /// Train the tagger, the parser or the sentence splitter (CoNLL-U) or the
    /// entity tagger (IOB2).
    #[command(
        after_help = "Example:\n  dragoman train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out tagger.dnlp"
    )]
    Train(nlp::TrainArgs),
    /// Evaluate a stage against annotated data.
    #[command(after_help = "Example:\n  dragoman eval nlp --conllu en_ewt-ud-test.conllu --json")]
    Eval(nlp::EvalArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(e) => {
            if output::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dragoman: {e:#}");
            ExitCode::from(1)
        }
    }
}
