//! Prints each line of a plain-text page with its shape and the role the
//! cleaner gave it: `cargo run --example trace -- page.txt`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: trace <page.txt>");
        std::process::exit(2);
    };
    let raw = match std::fs::read_to_string(&path) {
        Ok(raw) => raw,
        Err(e) => {
            eprintln!("trace: {path}: {e}");
            std::process::exit(1);
        }
    };
    for row in dragoman_clean::TextCleaner::default().trace(&raw) {
        println!("{row}");
    }
}
