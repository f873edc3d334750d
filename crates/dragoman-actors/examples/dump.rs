//! Prints the gazetteer's matches in a text file, one per line (TSV):
//! `cargo run -p dragoman-actors --example dump -- FILE [--dict DICT]`.

use std::path::Path;
use std::process::ExitCode;

use dragoman_actors::Gazetteer;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(file) = args.first() else {
        eprintln!("usage: dump FILE [--dict DICT]...");
        return ExitCode::FAILURE;
    };
    let mut gazetteer = Gazetteer::builtin();
    for pair in args[1..].chunks(2) {
        if let [flag, dict] = pair {
            if flag == "--dict" {
                if let Err(e) = gazetteer.extend_from_path(Path::new(dict)) {
                    eprintln!("{e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("{:?}", gazetteer.stats());
    println!("start\tend\ttext\tkind\tcountry\tsector\tcanonical\tflags");
    for m in gazetteer.find(&text) {
        let mut flags = Vec::new();
        if m.ambiguous {
            flags.push("ambiguous");
        }
        if m.possessive {
            flags.push("possessive");
        }
        if m.article.is_some() {
            flags.push("the");
        }
        println!(
            "{}\t{}\t{}\t{:?}\t{}\t{}\t{}\t{}",
            m.span.start,
            m.span.end,
            &text[m.span.start..m.span.end],
            m.kind,
            m.country.as_deref().unwrap_or("-"),
            m.sector.as_deref().unwrap_or("-"),
            m.canonical,
            flags.join(",")
        );
    }
    ExitCode::SUCCESS
}
