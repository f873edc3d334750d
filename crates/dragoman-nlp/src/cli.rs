//! Command-line entry points (`train tagger`, `train parser`,
//! `train sentences`, `eval nlp`,
//! `bench nlp`) as clap argument structs and `run_*` functions, mounted by
//! the `dragoman` binary.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::analysis::{Nlp, ParserKind};
use crate::boundary::{train_sentence_model, SentenceTraining};
use crate::conllu::{read_conllu, ConlluSentence};
use crate::error::NlpError;
use crate::eval::{evaluate, NlpScores};
use crate::parser::{train_parser, ParserExample, ParserTraining};
use crate::tagger::{train_tagger, TaggerTraining};

/// `dragoman train tagger`: train the POS tagger on CoNLL-U files.
#[derive(Debug, Clone, clap::Args)]
pub struct TrainTaggerArgs {
    /// Training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu.
    #[arg(long)]
    pub train: PathBuf,
    /// Development treebank for per-epoch accuracy and early stopping.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Where to write the model file.
    #[arg(long)]
    pub out: PathBuf,
    /// Maximum number of epochs.
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Random seed for shuffling.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Words seen at least this often with one UPOS tag in at least
    /// `--dict-min-share` of their occurrences are tagged from a dictionary.
    #[arg(long, default_value_t = TaggerTraining::default().dict_min_count)]
    pub dict_min_count: usize,
    /// See `--dict-min-count`.
    #[arg(long, default_value_t = TaggerTraining::default().dict_min_share)]
    pub dict_min_share: f64,
}

/// What a training run produced.
#[derive(Debug, Clone)]
pub struct TrainSummary {
    pub dev_accuracy: Option<f64>,
    pub model_bytes: usize,
    pub seconds: f64,
}

/// The training treebank and the optional dev treebank (none: empty).
fn read_train_dev(
    train: &Path,
    dev: Option<&Path>,
) -> Result<(Vec<ConlluSentence>, Vec<ConlluSentence>), NlpError> {
    let train = read_conllu(train)?;
    let dev = match dev {
        Some(p) => read_conllu(p)?,
        None => Vec::new(),
    };
    Ok((train, dev))
}

/// Runs `train tagger`, printing per-epoch progress to stderr.
pub fn run_train_tagger(args: &TrainTaggerArgs) -> Result<TrainSummary, NlpError> {
    let t0 = Instant::now();
    let (train, dev) = read_train_dev(&args.train, args.dev.as_deref())?;
    let opts = TaggerTraining {
        epochs: args.epochs,
        seed: args.seed,
        dict_min_count: args.dict_min_count,
        dict_min_share: args.dict_min_share,
        ..TaggerTraining::default()
    };
    let mut best: Option<f64> = None;
    let tagger = train_tagger(&train, &dev, &opts, |r| {
        eprintln!(
            "pass {} epoch {:>2}  train upos {:.4}  dev upos {:.4}  ({:.0}s)",
            r.pass,
            r.epoch,
            r.train_accuracy,
            r.dev_accuracy,
            t0.elapsed().as_secs_f64()
        );
        if !dev.is_empty() && best.is_none_or(|b| r.dev_accuracy > b) {
            best = Some(r.dev_accuracy);
        }
    })?;
    let bytes = tagger.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| NlpError::io(&args.out, e))?;
    let (u, x, d) = tagger.size();
    eprintln!(
        "wrote {} ({} bytes; {u} UPOS rows, {x} XPOS rows, {d} dictionary words)",
        args.out.display(),
        bytes.len()
    );
    Ok(TrainSummary {
        dev_accuracy: best,
        model_bytes: bytes.len(),
        seconds: t0.elapsed().as_secs_f64(),
    })
}

/// `dragoman train parser`: train the dependency parser on CoNLL-U files.
#[derive(Debug, Clone, clap::Args)]
pub struct TrainParserArgs {
    /// Training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu.
    #[arg(long)]
    pub train: PathBuf,
    /// Development treebank for per-epoch scores and early stopping.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Where to write the model file.
    #[arg(long)]
    pub out: PathBuf,
    /// Tagger model that tags the dev set (default: the built-in tagger).
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// Tag the training set with taggers trained on N-1 of N folds, so the
    /// parser learns from tags as noisy as at run time (0: use gold tags).
    #[arg(long, default_value_t = 5)]
    pub jackknife: usize,
    /// Maximum number of epochs.
    #[arg(long, default_value_t = 15)]
    pub epochs: usize,
    /// Random seed for shuffling and exploration.
    #[arg(long, default_value_t = 11)]
    pub seed: u64,
    /// Probability of following a wrong prediction during training (error
    /// exploration with the dynamic oracle), from the second epoch on.
    #[arg(long, default_value_t = ParserTraining::default().explore)]
    pub explore: f64,
    /// Beam width (1: greedy parser trained with the dynamic oracle; more:
    /// beam-search parser trained globally).
    #[arg(long, default_value_t = ParserTraining::default().beam)]
    pub beam: usize,
}

fn tag_examples(
    tagger: &crate::Tagger,
    sents: &[crate::conllu::ConlluSentence],
) -> Vec<ParserExample> {
    sents
        .iter()
        .map(|s| {
            let tags = tagger.tag(&s.forms());
            ParserExample::new(s, tags.upos, tags.xpos)
        })
        .collect()
}

/// Runs `train parser`, printing per-epoch progress to stderr.
pub fn run_train_parser(args: &TrainParserArgs) -> Result<TrainSummary, NlpError> {
    let t0 = Instant::now();
    let (train, dev) = read_train_dev(&args.train, args.dev.as_deref())?;
    let tagger = match &args.tagger {
        Some(p) => crate::Tagger::load(p)?,
        None => crate::Tagger::builtin()?,
    };
    let train_ex: Vec<ParserExample> = if args.jackknife >= 2 {
        let k = args.jackknife;
        let mut ex: Vec<Option<ParserExample>> = vec![None; train.len()];
        for fold in 0..k {
            let rest: Vec<_> = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k != fold)
                .map(|(_, s)| s.clone())
                .collect();
            let fold_tagger = train_tagger(&rest, &dev, &TaggerTraining::default(), |_| {})?;
            for (i, s) in train.iter().enumerate().filter(|(i, _)| i % k == fold) {
                let tags = fold_tagger.tag(&s.forms());
                ex[i] = Some(ParserExample::new(s, tags.upos, tags.xpos));
            }
            eprintln!(
                "jackknife fold {}/{k} tagged ({:.0}s)",
                fold + 1,
                t0.elapsed().as_secs_f64()
            );
        }
        ex.into_iter().flatten().collect()
    } else {
        train
            .iter()
            .map(|s| {
                let upos = s.words.iter().map(|w| w.upos).collect();
                let xpos = s
                    .words
                    .iter()
                    .map(|w| w.xpos.unwrap_or(crate::Xpos::Xx))
                    .collect();
                ParserExample::new(s, upos, xpos)
            })
            .collect()
    };
    let dev_ex = tag_examples(&tagger, &dev);
    let opts = ParserTraining {
        epochs: args.epochs,
        seed: args.seed,
        explore: args.explore,
        beam: args.beam,
        ..ParserTraining::default()
    };
    let mut best: Option<f64> = None;
    let parser = train_parser(&train_ex, &dev_ex, &opts, |r| {
        eprintln!(
            "epoch {:>2}  train transitions {:.4}  dev uas {:.4}  las {:.4}  ({:.0}s)",
            r.epoch,
            r.train_transition_accuracy,
            r.dev.uas,
            r.dev.las,
            t0.elapsed().as_secs_f64()
        );
        if !dev_ex.is_empty() && best.is_none_or(|b| r.dev.las > b) {
            best = Some(r.dev.las);
        }
    })?;
    let bytes = parser.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| NlpError::io(&args.out, e))?;
    let (t, l) = parser.size();
    eprintln!(
        "wrote {} ({} bytes; {t} transition rows, {l} label rows)",
        args.out.display(),
        bytes.len()
    );
    Ok(TrainSummary {
        dev_accuracy: best,
        model_bytes: bytes.len(),
        seconds: t0.elapsed().as_secs_f64(),
    })
}

/// `dragoman train sentences`: train the sentence boundary model on the raw
/// text of CoNLL-U files.
#[derive(Debug, Clone, clap::Args)]
pub struct TrainSentencesArgs {
    /// Training treebank (CoNLL-U with `# text` comments).
    #[arg(long)]
    pub train: PathBuf,
    /// Development treebank for per-epoch sentence F1 and early stopping.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Where to write the model file.
    #[arg(long)]
    pub out: PathBuf,
    /// Maximum number of epochs.
    #[arg(long, default_value_t = 10)]
    pub epochs: usize,
    /// Drop averaged weights below this magnitude.
    #[arg(long, default_value_t = 0.5)]
    pub prune: f32,
    /// Random seed for shuffling.
    #[arg(long, default_value_t = 5)]
    pub seed: u64,
}

/// Runs `train sentences`, printing per-epoch progress to stderr.
pub fn run_train_sentences(args: &TrainSentencesArgs) -> Result<TrainSummary, NlpError> {
    let t0 = Instant::now();
    let (train, dev) = read_train_dev(&args.train, args.dev.as_deref())?;
    let opts = SentenceTraining {
        epochs: args.epochs,
        seed: args.seed,
        prune: args.prune,
    };
    let mut best: Option<f64> = None;
    let model = train_sentence_model(&train, &dev, &opts, |r| {
        eprintln!(
            "epoch {:>2}  train sentence f1 {:.4}  dev sentence f1 {:.4}  ({:.0}s)",
            r.epoch,
            r.train_f1,
            r.dev_f1,
            t0.elapsed().as_secs_f64()
        );
        if !dev.is_empty() && best.is_none_or(|b| r.dev_f1 > b) {
            best = Some(r.dev_f1);
        }
    })?;
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| NlpError::io(&args.out, e))?;
    eprintln!(
        "wrote {} ({} bytes; {} feature rows)",
        args.out.display(),
        bytes.len(),
        model.size()
    );
    Ok(TrainSummary {
        dev_accuracy: best,
        model_bytes: bytes.len(),
        seconds: t0.elapsed().as_secs_f64(),
    })
}

/// `dragoman eval nlp`: score tokenizer, splitter, tagger and parser on a
/// CoNLL-U treebank.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalNlpArgs {
    /// Gold treebank (CoNLL-U) with `# text` comments.
    #[arg(long)]
    pub conllu: PathBuf,
    /// Print one JSON object with tokens_f1, sentences_f1, upos, uas, las.
    #[arg(long)]
    pub json: bool,
    /// Tagger model to evaluate instead of the built-in one.
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// Parser model to evaluate instead of the built-in one.
    #[arg(long)]
    pub parser: Option<PathBuf>,
    /// Evaluate the built-in greedy parser instead of the default beam-search
    /// one (set from the `dragoman --greedy-parser` flag; `--parser` wins).
    #[arg(skip)]
    pub greedy: bool,
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
fn emit(text: &str) -> Result<(), NlpError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(NlpError::io("<stdout>", e)),
        _ => Ok(()),
    }
}

fn pipeline(
    tagger: Option<&PathBuf>,
    parser: Option<&PathBuf>,
    kind: ParserKind,
) -> Result<Nlp, NlpError> {
    let tagger = match tagger {
        Some(p) => crate::Tagger::load(p)?,
        None => crate::Tagger::builtin()?,
    };
    let parser = match parser {
        Some(p) => crate::Parser::load(p)?,
        None => Nlp::load_with(kind)?.parser_owned(),
    };
    Ok(Nlp::from_models(tagger, parser))
}

/// Runs `eval nlp`, printing the scores to stdout.
pub fn run_eval_nlp(args: &EvalNlpArgs) -> Result<NlpScores, NlpError> {
    let sents = read_conllu(&args.conllu)?;
    let kind = if args.greedy {
        ParserKind::Greedy
    } else {
        ParserKind::Beam
    };
    let nlp = pipeline(args.tagger.as_ref(), args.parser.as_ref(), kind)?;
    let s = evaluate(&nlp, &sents);
    let text = if args.json {
        let v = serde_json::json!({
            "tokens_f1": s.tokens_f1,
            "sentences_f1": s.sentences_f1,
            "upos": s.upos,
            "uas": s.uas,
            "las": s.las,
        });
        format!("{v}\n")
    } else {
        format!(
            "tokens_f1     {:.4}\nsentences_f1  {:.4}\nupos          {:.4}\nuas           {:.4}\nlas           {:.4}\n",
            s.tokens_f1, s.sentences_f1, s.upos, s.uas, s.las
        )
    };
    emit(&text)?;
    Ok(s)
}

/// `dragoman bench nlp`: single-thread throughput of the pipeline.
#[derive(Debug, Clone, clap::Args)]
pub struct BenchNlpArgs {
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Take the text from the `# text` comments of this CoNLL-U file instead
    /// of the built-in news text.
    #[arg(long)]
    pub conllu: Option<PathBuf>,
    /// Minimum seconds to run each measurement.
    #[arg(long, default_value_t = 2.0)]
    pub seconds: f64,
}

/// Results of `bench nlp`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BenchReport {
    /// Time to load the default models (tagger, beam-search parser), in
    /// milliseconds.
    pub load_ms: f64,
    /// Tokens per second of tokenize + split with the learned model.
    pub split_tokens_per_s: f64,
    /// Tokens per second of tokenize + split with the rules alone.
    pub split_rules_tokens_per_s: f64,
    /// Tokens per second of tokenize + split + tag (+ lemmatize).
    pub tag_tokens_per_s: f64,
    /// Tokens per second of the full pipeline with parsing (the default,
    /// beam-search parser).
    pub parse_tokens_per_s: f64,
    /// The same with the greedy parser.
    pub greedy_parse_tokens_per_s: f64,
    /// Tokens in one pass over the benchmark text.
    pub tokens: usize,
}

/// The built-in benchmark text: the news fixture, one paragraph per block.
const NEWS_TEXT: &str = include_str!("../tests/fixtures/news_sentences.txt");

fn bench_text(args: &BenchNlpArgs) -> Result<Vec<String>, NlpError> {
    if let Some(p) = &args.conllu {
        let sents = read_conllu(p)?;
        let g = crate::eval::gold_text(&sents);
        return Ok(g.text.split('\n').map(str::to_string).collect());
    }
    Ok(crate::fixture::paragraphs(NEWS_TEXT)
        .into_iter()
        .map(|p| p.text)
        .collect())
}

/// Runs `bench nlp`, printing the results to stdout.
pub fn run_bench_nlp(args: &BenchNlpArgs) -> Result<BenchReport, NlpError> {
    let t0 = Instant::now();
    let nlp = Nlp::load()?;
    let load_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let greedy = Nlp::load_with(ParserKind::Greedy)?;
    let paras = bench_text(args)?;
    let tokens: usize = paras.iter().map(|p| crate::tokenize(p).len()).sum();
    if tokens == 0 {
        return Err(NlpError::Training(
            "the benchmark text has no tokens".into(),
        ));
    }
    let measure = |nlp: &Nlp, parse: bool| {
        let start = Instant::now();
        let mut n = 0usize;
        let mut sink = 0usize;
        while start.elapsed().as_secs_f64() < args.seconds {
            for p in &paras {
                let a = if parse {
                    nlp.analyze(p)
                } else {
                    nlp.analyze_shallow(p)
                };
                n += a.tokens.len();
                sink += a.sentences.len();
            }
        }
        std::hint::black_box(sink);
        n as f64 / start.elapsed().as_secs_f64()
    };
    let measure_split = |learned: bool| {
        let start = Instant::now();
        let mut n = 0usize;
        let mut sink = 0usize;
        let mut spans = Vec::new();
        while start.elapsed().as_secs_f64() < args.seconds {
            for p in &paras {
                spans.clear();
                crate::tokenize_into(p, &mut spans);
                let s = if learned {
                    crate::split(p, &spans)
                } else {
                    crate::split_rules(p, &spans)
                };
                n += spans.len();
                sink += s.len();
            }
        }
        std::hint::black_box(sink);
        n as f64 / start.elapsed().as_secs_f64()
    };
    let split = measure_split(true);
    let split_rules = measure_split(false);
    let tag = measure(&nlp, false);
    let parse = measure(&nlp, true);
    let greedy_parse = measure(&greedy, true);
    let r = BenchReport {
        load_ms,
        split_tokens_per_s: split,
        split_rules_tokens_per_s: split_rules,
        tag_tokens_per_s: tag,
        parse_tokens_per_s: parse,
        greedy_parse_tokens_per_s: greedy_parse,
        tokens,
    };
    let text = if args.json {
        format!(
            "{}\n",
            serde_json::json!({
                "load_ms": r.load_ms,
                "split_tokens_per_s": r.split_tokens_per_s,
                "split_rules_tokens_per_s": r.split_rules_tokens_per_s,
                "tag_tokens_per_s": r.tag_tokens_per_s,
                "parse_tokens_per_s": r.parse_tokens_per_s,
                "beam_parse_tokens_per_s": r.parse_tokens_per_s,
                "greedy_parse_tokens_per_s": r.greedy_parse_tokens_per_s,
                "tokens": r.tokens,
            })
        )
    } else {
        format!(
            "model load               {:>10.1} ms\ntokenize+split (rules)   {:>10.0} tokens/s\ntokenize+split           {:>10.0} tokens/s\ntokenize+split+tag       {:>10.0} tokens/s\nwith parsing (beam)      {:>10.0} tokens/s\nwith the greedy parser   {:>10.0} tokens/s\n({} tokens per pass, one thread)\n",
            r.load_ms,
            r.split_rules_tokens_per_s,
            r.split_tokens_per_s,
            r.tag_tokens_per_s,
            r.parse_tokens_per_s,
            r.greedy_parse_tokens_per_s,
            r.tokens
        )
    };
    emit(&text)?;
    Ok(r)
}
