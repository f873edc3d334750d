//! Command-line entry points (`train ner`, `eval ner`) as clap argument
//! structs and `run_*` functions, mounted by the `dragoman` binary.

use std::path::PathBuf;
use std::time::Instant;

use dragoman_nlp::conllu::ConlluSentence;

use crate::error::NerError;
use crate::iob2::{read_iob2, NerSentence};
use crate::score::NerScores;
use crate::tagger::{train_ner, NerTagger, NerTraining};

/// `dragoman train ner`: train the entity tagger on IOB2 files.
#[derive(Debug, Clone, clap::Args)]
pub struct TrainNerArgs {
    /// Training file (IOB2); repeat to train on several.
    #[arg(long, required = true)]
    pub train: Vec<PathBuf>,
    /// File scored after each pass (never trained on).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Where to write the model file.
    #[arg(long)]
    pub out: PathBuf,
    /// Passes over the training set.
    #[arg(long, default_value_t = NerTraining::default().epochs)]
    pub epochs: usize,
    /// Seed of the shuffles.
    #[arg(long, default_value_t = NerTraining::default().seed)]
    pub seed: u64,
    /// Added to the score of each B- tag after training (more recall).
    #[arg(long, default_value_t = NerTraining::default().entity_bias)]
    pub entity_bias: f32,
    /// Share of training tokens whose word-identity features are hidden
    /// in each pass (generalisation to unseen names).
    #[arg(long, default_value_t = NerTraining::default().word_dropout)]
    pub word_dropout: f32,
    /// Perceptrons trained with different shuffles and averaged into one.
    #[arg(long, default_value_t = NerTraining::default().ensemble)]
    pub ensemble: usize,
    /// Drop averaged weights whose magnitude is below this (smaller file).
    #[arg(long, default_value_t = 0.0)]
    pub min_weight: f32,
    /// Treebank (CoNLL-U, e.g. UD EWT train) whose word statistics
    /// (capitalisation and proper-noun rates) become features.
    #[arg(long)]
    pub treebank: Option<PathBuf>,
    /// First run a K-fold cross-validation on the training sentences and
    /// print its span scores (for tuning without a held-out file).
    #[arg(long)]
    pub cv: Option<usize>,
    /// A second POS tagger model (`.dnlp`): every training sentence is
    /// learned twice, with the built-in tagger's tags and with this one's.
    /// Give one trained without the NER training sentences (EWT train
    /// alone for UNER's EWT dev), so that the model also learns from the
    /// tagging errors of new text; cross-validation tags its held-out
    /// folds with it.
    #[arg(long)]
    pub second_pos: Option<PathBuf>,
    /// More training sentences (IOB2, repeatable) that cross-validation
    /// never holds out: they join every fold's training set, so `--cv`
    /// measures what they add on the `--train` documents alone.
    #[arg(long)]
    pub extra: Vec<PathBuf>,
}

/// `dragoman eval ner`: span precision, recall and F1 on an IOB2 file.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalNerArgs {
    /// Annotated file (IOB2), e.g. en_ewt-ud-test.iob2.
    #[arg(long)]
    pub iob2: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also list, on stderr, each sentence whose predicted entities differ
    /// from the gold ones.
    #[arg(long)]
    pub errors: bool,
    /// Model file to evaluate (default: the built-in model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

fn read_all(paths: &[PathBuf]) -> Result<Vec<NerSentence>, NerError> {
    let mut out = Vec::new();
    for p in paths {
        out.extend(read_iob2(p)?);
    }
    Ok(out)
}

/// K-fold cross-validation: span scores summed over the held-out folds.
/// Folds are whole documents (document `i` in fold `i % k`), so that the
/// document features see what they see at run time.
pub fn cross_validate(
    sentences: &[NerSentence],
    extra: &[NerSentence],
    treebank: &[ConlluSentence],
    k: usize,
    opts: &NerTraining,
) -> Result<NerScores, NerError> {
    let k = k.max(2);
    let mut total = NerScores::default();
    let stats = crate::features::word_stats(treebank);
    let docs = crate::iob2::documents(sentences);
    for fold in 0..k {
        let (mut held, mut rest) = (Vec::new(), Vec::new());
        for (i, d) in docs.iter().enumerate() {
            let to = if i % k == fold { &mut held } else { &mut rest };
            for (j, s) in sentences[d.clone()].iter().enumerate() {
                // each document begins with a marked sentence in the folds
                let mut s = s.clone();
                s.newdoc = j == 0;
                to.push(s);
            }
        }
        rest.extend_from_slice(extra);
        let mut tagger =
            crate::tagger::train_with_stats(&rest, &[], stats.clone(), opts, &mut |_| {})?;
        if let Some(p) = &opts.second_pos {
            tagger.pos = dragoman_nlp::Tagger::load(p)?;
        }
        let s = tagger.evaluate(&held);
        for (t, c) in total.per_kind.iter_mut().zip(s.per_kind) {
            t.gold += c.gold;
            t.predicted += c.predicted;
            t.correct += c.correct;
        }
        eprintln!("fold {}/{k}: F1 {:.4}", fold + 1, s.overall().prf().f1);
    }
    Ok(total)
}

/// Runs `train ner`, printing progress to stderr; returns the model size.
pub fn run_train_ner(args: &TrainNerArgs) -> Result<usize, NerError> {
    let t0 = Instant::now();
    let mut train = read_all(&args.train)?;
    let extra = read_all(&args.extra)?;
    let dev = match &args.dev {
        Some(p) => read_iob2(p)?,
        None => Vec::new(),
    };
    let opts = NerTraining {
        epochs: args.epochs,
        seed: args.seed,
        entity_bias: args.entity_bias,
        word_dropout: args.word_dropout,
        ensemble: args.ensemble,
        second_pos: args.second_pos.clone(),
    };
    let treebank = match &args.treebank {
        Some(p) => dragoman_nlp::conllu::read_conllu(p)?,
        None => Vec::new(),
    };
    if let Some(k) = args.cv {
        let s = cross_validate(&train, &extra, &treebank, k, &opts)?;
        eprintln!("{k}-fold cross-validation on the training sentences:");
        eprint!("{}", s.to_table());
    }
    train.extend(extra);
    let tagger = train_ner(&train, &dev, &treebank, &opts, |r| {
        let dev = r
            .dev_f1
            .map_or(String::new(), |f| format!("  dev F1 {f:.4}"));
        eprintln!(
            "epoch {:>2}  train token error {:.4}{dev}  ({:.0}s)",
            r.epoch,
            r.train_token_error,
            t0.elapsed().as_secs_f64()
        );
    })?;
    let bytes = tagger.to_bytes(args.min_weight);
    std::fs::write(&args.out, &bytes).map_err(|e| NerError::io(&args.out, e))?;
    eprintln!(
        "wrote {} ({} bytes, {} feature rows before pruning)",
        args.out.display(),
        bytes.len(),
        tagger.n_features()
    );
    Ok(bytes.len())
}

/// Runs `eval ner`, printing a table or one JSON object on stdout.
pub fn run_eval_ner(args: &EvalNerArgs) -> Result<NerScores, NerError> {
    let gold = read_iob2(&args.iob2)?;
    let tagger = match &args.model {
        Some(p) => NerTagger::load(p)?,
        None => NerTagger::builtin()?,
    };
    if args.errors {
        for d in crate::iob2::documents(&gold) {
            let doc = &gold[d];
            let forms: Vec<Vec<&str>> = doc.iter().map(NerSentence::forms).collect();
            let refs: Vec<&[&str]> = forms.iter().map(Vec::as_slice).collect();
            for ((s, words), tags) in doc.iter().zip(&forms).zip(tagger.tag_document(&refs)) {
                let pred = crate::bio::spans(&tags);
                let want = crate::bio::spans(&s.tags);
                if pred != want {
                    let show = |v: &[crate::EntitySpan]| {
                        v.iter()
                            .map(|e| format!("[{} {}]", e.kind, words[e.start..e.end].join(" ")))
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    eprintln!(
                        "{}\n  gold: {}\n  pred: {}",
                        words.join(" "),
                        show(&want),
                        show(&pred)
                    );
                }
            }
        }
    }
    let scores = tagger.evaluate(&gold);
    if args.json {
        println!("{}", scores.to_json());
    } else {
        print!("{}", scores.to_table());
    }
    Ok(scores)
}
