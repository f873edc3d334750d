//! Prints the main text rs-trafilatura extracts from an HTML file, before
//! dragoman's cleaner runs: `cargo run --example trafilatura_text -- page.html [URL]`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: trafilatura_text PAGE.html");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let options = rs_trafilatura::Options {
        url: std::env::args().nth(2),
        ..rs_trafilatura::Options::default()
    };
    match rs_trafilatura::extract_bytes_with_options(&bytes, &options) {
        Ok(r) => println!("{}", r.content_text),
        Err(e) => eprintln!("{path}: {e}"),
    }
}
