//! Command-line entry points (`train tagger`, `train parser`, `eval nlp`,
//! `bench nlp`) as clap argument structs and `run_*` functions, mounted by
//! the `dragoman` binary.

use std::path::PathBuf;
use std::time::Instant;

use crate::conllu::read_conllu;
use crate::error::NlpError;
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
}

/// What a training run produced.
#[derive(Debug, Clone)]
pub struct TrainSummary {
    pub dev_accuracy: Option<f64>,
    pub model_bytes: usize,
    pub seconds: f64,
}

/// Runs `train tagger`, printing per-epoch progress to stderr.
pub fn run_train_tagger(args: &TrainTaggerArgs) -> Result<TrainSummary, NlpError> {
    let t0 = Instant::now();
    let train = read_conllu(&args.train)?;
    let dev = match &args.dev {
        Some(p) => read_conllu(p)?,
        None => Vec::new(),
    };
    let opts = TaggerTraining {
        epochs: args.epochs,
        seed: args.seed,
        ..TaggerTraining::default()
    };
    let mut best: Option<f64> = None;
    let tagger = train_tagger(&train, &dev, &opts, |r| {
        eprintln!(
            "epoch {:>2}  train upos {:.4}  dev upos {:.4}  ({:.0}s)",
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
}

fn tag_examples(tagger: &crate::Tagger, sents: &[crate::conllu::ConlluSentence]) -> Vec<ParserExample> {
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
    let train = read_conllu(&args.train)?;
    let dev = match &args.dev {
        Some(p) => read_conllu(p)?,
        None => Vec::new(),
    };
    let tagger = match &args.tagger {
        Some(p) => crate::Tagger::load(p)?,
        None => crate::Tagger::builtin()?,
    };
    let train_ex: Vec<ParserExample> = if args.jackknife >= 2 {
        let k = args.jackknife;
        let mut ex: Vec<Option<ParserExample>> = vec![None; train.len()];
        for fold in 0..k {
            let rest: Vec<_> = train.iter().enumerate().filter(|(i, _)| i % k != fold).map(|(_, s)| s.clone()).collect();
            let fold_tagger = train_tagger(&rest, &dev, &TaggerTraining::default(), |_| {})?;
            for (i, s) in train.iter().enumerate().filter(|(i, _)| i % k == fold) {
                let tags = fold_tagger.tag(&s.forms());
                ex[i] = Some(ParserExample::new(s, tags.upos, tags.xpos));
            }
            eprintln!("jackknife fold {}/{k} tagged ({:.0}s)", fold + 1, t0.elapsed().as_secs_f64());
        }
        ex.into_iter().flatten().collect()
    } else {
        train
            .iter()
            .map(|s| {
                let upos = s.words.iter().map(|w| w.upos).collect();
                let xpos = s.words.iter().map(|w| w.xpos.unwrap_or(crate::Xpos::Xx)).collect();
                ParserExample::new(s, upos, xpos)
            })
            .collect()
    };
    let dev_ex = tag_examples(&tagger, &dev);
    let opts = ParserTraining {
        epochs: args.epochs,
        seed: args.seed,
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
    eprintln!("wrote {} ({} bytes; {t} transition rows, {l} label rows)", args.out.display(), bytes.len());
    Ok(TrainSummary {
        dev_accuracy: best,
        model_bytes: bytes.len(),
        seconds: t0.elapsed().as_secs_f64(),
    })
}
