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
    /// Missed (`-`) and spurious (`+`) sentence boundaries on a CoNLL-U
    /// file, with context (development aid).
    SentErrors {
        #[arg(long)]
        conllu: std::path::PathBuf,
    },
    /// Sentence F1 and wrong sentences on a sentence fixture file
    /// (development aid).
    SentFixture {
        #[arg(long)]
        file: std::path::PathBuf,
    },
    /// Sentences of plain text files (one paragraph per line) where the
    /// learned splitter and the rules disagree (development aid).
    SentDiff { files: Vec<std::path::PathBuf> },
    /// Attachment and label errors by gold relation (development aid).
    ParseErrors {
        #[arg(long)]
        parser: Option<std::path::PathBuf>,
        #[arg(long)]
        conllu: std::path::PathBuf,
    },
    /// Analyses the paragraphs of a news fixture file `rounds` times with
    /// a fixed amount of work, for timing under `perf stat` (development
    /// aid; `bench nlp` measures for a fixed time instead).
    AnalyzeLoop {
        #[arg(long)]
        file: std::path::PathBuf,
        #[arg(long, default_value_t = 20)]
        rounds: usize,
        /// Use the built-in beam-search parser.
        #[arg(long)]
        beam: bool,
    },
    /// Predicted heads and relations of every sentence of a CoNLL-U file,
    /// one line per sentence (development aid: diff two builds' output);
    /// the parser's own speed on the file (tagging excluded) to stderr.
    ParseDump {
        #[arg(long)]
        parser: Option<std::path::PathBuf>,
        /// Use the built-in beam-search parser.
        #[arg(long)]
        beam: bool,
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
    /// Train the sentence boundary model.
    Sentences(cli::TrainSentencesArgs),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Train(Train::Tagger(a)) => cli::run_train_tagger(&a).map(|_| ()),
        Command::Train(Train::Parser(a)) => cli::run_train_parser(&a).map(|_| ()),
        Command::Train(Train::Sentences(a)) => cli::run_train_sentences(&a).map(|_| ()),
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
        Command::SentErrors { conllu } => (|| {
            let s = dragoman_nlp::conllu::read_conllu(&conllu)?;
            for (missed, context) in dragoman_nlp::eval::boundary_errors(&s) {
                println!("{} {context}", if missed { '-' } else { '+' });
            }
            Ok::<(), dragoman_nlp::NlpError>(())
        })(),
        Command::SentFixture { file } => (|| {
            let src = std::fs::read_to_string(&file)
                .map_err(|e| dragoman_nlp::NlpError::Training(e.to_string()))?;
            let (f1, misses) = dragoman_nlp::fixture::sentence_f1(&src);
            let n: usize = dragoman_nlp::fixture::paragraphs(&src)
                .iter()
                .map(|p| p.sentences.len())
                .sum();
            println!("sentence f1 {f1:.4} over {n} sentences");
            for m in misses {
                println!("  {m}");
            }
            Ok::<(), dragoman_nlp::NlpError>(())
        })(),
        Command::SentDiff { files } => (|| {
            let (mut n, mut differ) = (0usize, 0usize);
            for f in files {
                let text = std::fs::read_to_string(&f)
                    .map_err(|e| dragoman_nlp::NlpError::Training(e.to_string()))?;
                let tokens = dragoman_nlp::tokenize(&text);
                let span = |s: &dragoman_nlp::Sentence| (s.span.start, s.span.end);
                let model: Vec<_> = dragoman_nlp::split(&text, &tokens)
                    .iter()
                    .map(span)
                    .collect();
                let rules: Vec<_> = dragoman_nlp::split_rules(&text, &tokens)
                    .iter()
                    .map(span)
                    .collect();
                n += rules.len();
                for s in model.iter().filter(|s| !rules.contains(s)) {
                    differ += 1;
                    println!("model: {}", &text[s.0..s.1]);
                }
                for s in rules.iter().filter(|s| !model.contains(s)) {
                    println!("rules: {}", &text[s.0..s.1]);
                }
            }
            println!("{differ} of {n} sentences differ");
            Ok::<(), dragoman_nlp::NlpError>(())
        })(),
        Command::AnalyzeLoop { file, rounds, beam } => (|| {
            let src = std::fs::read_to_string(&file)
                .map_err(|e| dragoman_nlp::NlpError::Training(e.to_string()))?;
            let paras = dragoman_nlp::fixture::paragraphs(&src);
            let kind = if beam {
                dragoman_nlp::ParserKind::Beam
            } else {
                dragoman_nlp::ParserKind::Greedy
            };
            let nlp = dragoman_nlp::Nlp::load_with(kind)?;
            let start = std::time::Instant::now();
            let mut tokens = 0usize;
            for _ in 0..rounds {
                for p in &paras {
                    tokens += nlp.analyze(&p.text).tokens.len();
                }
            }
            let secs = start.elapsed().as_secs_f64();
            println!("{tokens} tokens in {secs:.3} s");
            Ok::<(), dragoman_nlp::NlpError>(())
        })(),
        Command::ParseDump {
            parser,
            beam,
            conllu,
        } => (|| {
            let t = dragoman_nlp::Tagger::builtin()?;
            let kind = if beam {
                dragoman_nlp::ParserKind::Beam
            } else {
                dragoman_nlp::ParserKind::Greedy
            };
            let nlp = dragoman_nlp::Nlp::load_with(kind)?;
            let own = parser.map(|p| dragoman_nlp::Parser::load(&p)).transpose()?;
            let p = own.as_ref().unwrap_or(nlp.parser());
            let s = dragoman_nlp::conllu::read_conllu(&conllu)?;
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let mut tagged = Vec::new();
            for sent in &s {
                let forms = sent.forms();
                let tags = t.tag(&forms);
                tagged.push(tags);
            }
            let start = std::time::Instant::now();
            let parses: Vec<_> = s
                .iter()
                .zip(&tagged)
                .map(|(sent, tags)| p.parse(&sent.forms(), &tags.upos, &tags.xpos))
                .collect();
            let tokens: usize = s.iter().map(|x| x.words.len()).sum();
            eprintln!(
                "parsed {tokens} tokens: {:.0} tokens/s",
                tokens as f64 / start.elapsed().as_secs_f64()
            );
            for parse in parses {
                let line: Vec<String> = parse
                    .heads
                    .iter()
                    .zip(&parse.deprels)
                    .map(|(h, r)| format!("{}:{}", h.map_or(0, |h| h + 1), r.as_str()))
                    .collect();
                let _ = writeln!(out, "{}", line.join(" "));
            }
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
