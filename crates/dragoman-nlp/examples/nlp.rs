//! Stand-in for the `dragoman` binary until the NLP commands are mounted:
//! `cargo run --release -p dragoman-nlp --example nlp -- train tagger ...`.

use clap::{Parser, Subcommand};
use dragoman_nlp::cli;

#[derive(Parser)]
#[command(name = "nlp", about = "dragoman-nlp commands")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Train a model.
    #[command(subcommand)]
    Train(Train),
    /// Prune a parser model (development aid).
    PruneParser {
        #[arg(long)]
        model: std::path::PathBuf,
        #[arg(long)]
        min: f32,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Evaluate.
    #[command(subcommand)]
    Eval(Eval),
    /// Benchmark.
    #[command(subcommand)]
    Bench(Bench),
    /// Tagging accuracy of a tagger model on gold tokens (development aid).
    EvalTagger {
        #[arg(long)]
        model: std::path::PathBuf,
        #[arg(long)]
        conllu: std::path::PathBuf,
    },
    /// Attachment and label errors by gold relation (development aid).
    ParseErrors {
        #[arg(long)]
        parser: Option<std::path::PathBuf>,
        #[arg(long)]
        conllu: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum Eval {
    /// Score tokens, sentences, tags and trees on a CoNLL-U file.
    Nlp(cli::EvalNlpArgs),
}

#[derive(Subcommand)]
enum Bench {
    /// Pipeline throughput on one thread.
    Nlp(cli::BenchNlpArgs),
}

#[derive(Subcommand)]
enum Train {
    /// Train the POS tagger.
    Tagger(cli::TrainTaggerArgs),
    /// Train the dependency parser.
    Parser(cli::TrainParserArgs),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Train(Train::Tagger(a)) => cli::run_train_tagger(&a).map(|_| ()),
        Command::Train(Train::Parser(a)) => cli::run_train_parser(&a).map(|_| ()),
        Command::Eval(Eval::Nlp(a)) => cli::run_eval_nlp(&a).map(|_| ()),
        Command::Bench(Bench::Nlp(a)) => cli::run_bench_nlp(&a).map(|_| ()),
        Command::PruneParser { model, min, out } => (|| {
            let p = dragoman_nlp::Parser::load(&model)?.pruned(min);
            std::fs::write(&out, p.to_bytes())
                .map_err(|e| dragoman_nlp::NlpError::Training(e.to_string()))?;
            println!("{:?}", p.size());
            Ok::<(), dragoman_nlp::NlpError>(())
        })(),
        Command::EvalTagger { model, conllu } => (|| {
            let t = dragoman_nlp::Tagger::load(&model)?;
            let s = dragoman_nlp::conllu::read_conllu(&conllu)?;
            let (u, x) = dragoman_nlp::tagging_accuracy(&t, &s);
            println!("upos {u:.4} xpos {x:.4}");
            Ok::<(), dragoman_nlp::NlpError>(())
        })(),
        Command::ParseErrors { parser, conllu } => (|| {
            let t = dragoman_nlp::Tagger::builtin()?;
            let nlp = dragoman_nlp::Nlp::load()?;
            let own = parser.map(|p| dragoman_nlp::Parser::load(&p)).transpose()?;
            let p = own.as_ref().unwrap_or(nlp.parser());
            let s = dragoman_nlp::conllu::read_conllu(&conllu)?;
            // gold relation -> (count, head wrong, label wrong with right head)
            let mut by: std::collections::BTreeMap<String, (usize, usize, usize)> =
                Default::default();
            for sent in &s {
                let forms = sent.forms();
                let tags = t.tag(&forms);
                let parse = p.parse(&forms, &tags.upos, &tags.xpos);
                for (d, w) in sent.words.iter().enumerate() {
                    let e = by.entry(w.deprel.as_str().to_string()).or_default();
                    e.0 += 1;
                    let h = parse.heads[d].map_or(0, |h| h + 1);
                    if h != w.head {
                        e.1 += 1;
                    } else if parse.deprels[d] != w.deprel {
                        e.2 += 1;
                    }
                }
            }
            let total: usize = by.values().map(|v| v.0).sum();
            let mut rows: Vec<_> = by.into_iter().collect();
            rows.sort_by_key(|r| std::cmp::Reverse(r.1 .1 + r.1 .2));
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            for (rel, (n, h, l)) in rows.iter().take(30) {
                // a closed pipe (`| head`) ends the listing quietly
                let _ = writeln!(
                    out,
                    "{rel:<14} n {n:>5}  head err {h:>4} ({:.1}% of all words)  label err {l:>4}",
                    100.0 * *h as f64 / total as f64
                );
            }
            Ok::<(), dragoman_nlp::NlpError>(())
        })(),
    };
    if let Err(e) = result {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
