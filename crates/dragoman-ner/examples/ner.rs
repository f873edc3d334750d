//! `cargo run --release -p dragoman-ner --example ner -- train|eval ...`:
//! the `dragoman train ner` / `dragoman eval ner` commands without the rest
//! of the binary (for training the shipped model).

use clap::{Parser, Subcommand};
use dragoman_ner::cli::{run_eval_ner, run_train_ner, EvalNerArgs, TrainNerArgs};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Train(TrainNerArgs),
    Eval(EvalNerArgs),
}

fn main() -> std::process::ExitCode {
    let result = match Cli::parse().command {
        Command::Train(a) => run_train_ner(&a).map(|_| ()),
        Command::Eval(a) => run_eval_ner(&a).map(|_| ()),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
