//! Prints the temporal expressions of each line of standard input.
//!
//! `cargo run -p dragoman-time --example timex -- [ANCHOR] < article.txt`
//! where ANCHOR is the publication date (`2023-12-06`, `2023-12`, `2023`).

use std::io::{self, BufRead};

use dragoman_time::{Anchor, TimeFinder};

fn main() -> io::Result<()> {
    let anchor_arg = std::env::args().nth(1);
    let anchor = match anchor_arg.as_deref() {
        None => None,
        Some(a) => {
            match Anchor::parse(a) {
                Some(anchor) => Some(anchor),
                None => {
                    eprintln!("timex: {a:?} is not a publication date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
                    std::process::exit(2);
                }
            }
        }
    };
    let finder = TimeFinder::default();
    for line in io::stdin().lock().lines() {
        let line = line?;
        for t in finder.find(&line, anchor) {
            println!(
                "{:?}\t{}\t{:?}\t{:?}..{:?}\t{:.2}\t{:?}\t{:?}\t{:?}",
                t.text,
                t.value.as_deref().unwrap_or("null"),
                t.kind,
                t.earliest,
                t.latest,
                t.confidence,
                t.tense,
                t.flags,
                t.time
            );
        }
    }
    Ok(())
}
