//! `dragoman train` and `dragoman eval`: the linguistic models are trained
//! and scored with the same commands users run (dragoman-nlp does the work).

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};
use dragoman_ner::cli::{run_eval_ner, run_train_ner, EvalNerArgs, TrainNerArgs};
use dragoman_nlp::cli::{
    run_eval_nlp, run_train_parser, run_train_sentences, run_train_tagger, EvalNlpArgs,
    TrainParserArgs, TrainSentencesArgs, TrainTaggerArgs,
};

#[derive(Debug, Args)]
pub struct TrainArgs {
    #[command(subcommand)]
    pub model: TrainCommand,
}

#[derive(Debug, Subcommand)]
pub enum TrainCommand {
    /// The averaged-perceptron POS tagger (UPOS and XPOS).
    #[command(
        after_help = "Example:\n  dragoman train tagger --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \\\n    --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --out crates/dragoman-nlp/models/tagger.dnlp"
    )]
    Tagger(TrainTaggerArgs),
    /// The arc-eager dependency parser (UD relations).
    #[command(
        after_help = "Example:\n  dragoman train parser --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \\\n    --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --out crates/dragoman-nlp/models/parser.dnlp"
    )]
    Parser(TrainParserArgs),
    /// The sentence boundary model (from the raw text of CoNLL-U files).
    #[command(
        after_help = "Example:\n  dragoman train sentences --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \\\n    --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --out crates/dragoman-nlp/models/sentences.dnlp"
    )]
    Sentences(TrainSentencesArgs),
    /// The named-entity tagger (PER, ORG, LOC) from IOB2 files.
    #[command(
        after_help = "Example:\n  dragoman train ner --train ../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2 \\\n    --out crates/dragoman-ner/models/ner.dner"
    )]
    Ner(TrainNerArgs),
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    #[command(subcommand)]
    pub what: EvalCommand,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// tokens_f1, sentences_f1, upos, uas, las on a CoNLL-U file.
    #[command(
        after_help = "Example:\n  dragoman eval nlp --conllu ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu --json\n  dragoman --greedy-parser eval nlp --conllu ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu --json"
    )]
    Nlp(EvalNlpArgs),
    /// Span precision, recall and F1 for PER, ORG, LOC on an IOB2 file.
    #[command(
        after_help = "Example:\n  dragoman eval ner --iob2 ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2 --json"
    )]
    Ner(EvalNerArgs),
}

pub fn train(args: &TrainArgs) -> Result<ExitCode> {
    match &args.model {
        TrainCommand::Tagger(a) => {
            run_train_tagger(a)?;
        }
        TrainCommand::Parser(a) => {
            run_train_parser(a)?;
        }
        TrainCommand::Sentences(a) => {
            run_train_sentences(a)?;
        }
        TrainCommand::Ner(a) => {
            run_train_ner(a)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `eval`; `greedy` evaluates the greedy parser (`--greedy-parser`).
pub fn eval(args: &EvalArgs, greedy: bool) -> Result<ExitCode> {
    match &args.what {
        EvalCommand::Nlp(a) => {
            let a = EvalNlpArgs {
                greedy,
                ..a.clone()
            };
            run_eval_nlp(&a)?;
        }
        EvalCommand::Ner(a) => {
            run_eval_ner(a)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
