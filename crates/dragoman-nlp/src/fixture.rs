//! The sentence fixture format (`tests/fixtures/news_sentences.txt`).
//!
//! Texts are separated by blank lines; each line of a text is one sentence.
//! Sentences are joined with a space, except that a line `¶` marks a
//! paragraph break (a line break in the text). `#` starts a comment line.

/// One fixture text with its gold sentence spans (byte offsets).
pub struct FixtureText {
    pub text: String,
    pub sentences: Vec<(usize, usize)>,
}

pub fn paragraphs(src: &str) -> Vec<FixtureText> {
    let mut out = Vec::new();
    let mut cur = FixtureText {
        text: String::new(),
        sentences: Vec::new(),
    };
    let mut newline = false;
    for line in src.lines().map(str::trim_end) {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if !cur.sentences.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    FixtureText {
                        text: String::new(),
                        sentences: Vec::new(),
                    },
                ));
            }
            newline = false;
            continue;
        }
        if line == "¶" {
            newline = true;
            continue;
        }
        if !cur.text.is_empty() {
            cur.text.push(if newline { '\n' } else { ' ' });
        }
        newline = false;
        let start = cur.text.len();
        cur.text.push_str(line.trim());
        cur.sentences.push((start, cur.text.len()));
    }
    if !cur.sentences.is_empty() {
        out.push(cur);
    }
    out
}

/// Sentence-span F1 of the splitter over all fixture texts, and the
/// sentences it got wrong (for test messages).
pub fn sentence_f1(src: &str) -> (f64, Vec<String>) {
    let (mut hits, mut gold, mut pred) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for p in paragraphs(src) {
        let tokens = crate::tokenize(&p.text);
        let got: Vec<(usize, usize)> = crate::split(&p.text, &tokens)
            .iter()
            .map(|s| (s.span.start, s.span.end))
            .collect();
        gold += p.sentences.len();
        pred += got.len();
        for g in &got {
            if p.sentences.contains(g) {
                hits += 1;
            } else {
                misses.push(p.text[g.0..g.1].to_string());
            }
        }
    }
    let (pr, re) = (
        hits as f64 / pred.max(1) as f64,
        hits as f64 / gold.max(1) as f64,
    );
    let f1 = if pr + re > 0.0 {
        2.0 * pr * re / (pr + re)
    } else {
        0.0
    };
    (f1, misses)
}
