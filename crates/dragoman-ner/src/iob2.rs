//! Reading IOB2 files (the UNER format).
//!
//! One token per line, tab-separated: index, token, tag, then columns this
//! reader ignores (UNER has `-` and the annotator). `#` lines are comments
//! (`# text = ...` is kept as the sentence text); a blank line ends a
//! sentence. Tags are `O`, `B-X`, `I-X` with X in PER, ORG, LOC.

use std::path::Path;

use crate::bio::BioTag;
use crate::error::NerError;

/// One annotated sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NerSentence {
    /// The `# text = ...` comment, if the file has one.
    pub text: Option<String>,
    /// A `# newdoc` comment precedes the sentence: it begins a document.
    pub newdoc: bool,
    pub words: Vec<String>,
    pub tags: Vec<BioTag>,
}

impl NerSentence {
    /// The words as string slices (what the tagger takes).
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

/// The documents of a run of sentences: ranges that each begin at a
/// sentence marked [`NerSentence::newdoc`] (or at the first sentence).
pub fn documents(sentences: &[NerSentence]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, s) in sentences.iter().enumerate() {
        if s.newdoc && i > start {
            out.push(start..i);
            start = i;
        }
    }
    if start < sentences.len() {
        out.push(start..sentences.len());
    }
    out
}

/// Reads an IOB2 file.
pub fn read_iob2(path: &Path) -> Result<Vec<NerSentence>, NerError> {
    let text = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    parse_iob2(&text, &path.display().to_string())
}

/// Parses IOB2 text; `origin` names it in errors (`origin:line: reason`).
pub fn parse_iob2(text: &str, origin: &str) -> Result<Vec<NerSentence>, NerError> {
    let mut out = Vec::new();
    let mut cur = NerSentence::default();
    let err = |line: usize, message: String| NerError::Iob2 {
        origin: origin.to_string(),
        line,
        message,
    };
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.text = None;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim_start();
            if let Some(t) = comment.strip_prefix("text = ") {
                cur.text = Some(t.to_string());
            } else if comment.starts_with("newdoc") {
                cur.newdoc = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err(err(
                n,
                format!(
                    "expected index, token and tag separated by tabs, found {} column(s)",
                    cols.len()
                ),
            ));
        }
        let index: usize = cols[0]
            .parse()
            .map_err(|_| err(n, format!("token index {:?} is not a number", cols[0])))?;
        if index != cur.words.len() + 1 {
            return Err(err(
                n,
                format!(
                    "token index {index}, expected {} (a missing blank line between sentences?)",
                    cur.words.len() + 1
                ),
            ));
        }
        if cols[1].is_empty() {
            return Err(err(n, "empty token".to_string()));
        }
        let tag = BioTag::parse(cols[2]).ok_or_else(|| {
            err(
                n,
                format!(
                    "unknown tag {:?} (expected O, B-X or I-X with X in PER, ORG, LOC)",
                    cols[2]
                ),
            )
        })?;
        cur.words.push(cols[1].to_string());
        cur.tags.push(tag);
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bio::EntityKind;

    const SAMPLE: &str = "# newdoc id = a\n# sent_id = a-1\n# text = Biden visited Baku .\n\
        1\tBiden\tB-PER\t-\tx\n2\tvisited\tO\t-\t-\n3\tBaku\tB-LOC\t-\tx\n4\t.\tO\t-\t-\n\n\
        # text = New York\n1\tNew\tB-LOC\n2\tYork\tI-LOC\n";

    #[test]
    fn reads_sentences() {
        let s = parse_iob2(SAMPLE, "t").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].forms(), ["Biden", "visited", "Baku", "."]);
        assert_eq!(s[0].text.as_deref(), Some("Biden visited Baku ."));
        assert!(s[0].newdoc && !s[1].newdoc);
        assert_eq!(documents(&s).len(), 1);
        assert_eq!(documents(&s)[0], 0..2);
        let mut three = s.clone();
        three.push(s[0].clone());
        assert_eq!(documents(&three), [0..2, 2..3]);
        assert!(documents(&[]).is_empty());
        assert_eq!(s[0].tags[2], BioTag::B(EntityKind::Loc));
        assert_eq!(
            s[1].tags,
            [BioTag::B(EntityKind::Loc), BioTag::I(EntityKind::Loc)]
        );
    }

    #[test]
    fn malformed_lines_name_the_line() {
        let bad_tag = "1\tBiden\tB-PER\n2\tvisited\tX-FOO\n";
        let e = parse_iob2(bad_tag, "f.iob2").unwrap_err().to_string();
        assert!(e.starts_with("f.iob2:2: unknown tag \"X-FOO\""), "{e}");

        let few_cols = "# text = x\n1\tBiden B-PER\n";
        let e = parse_iob2(few_cols, "f.iob2").unwrap_err().to_string();
        assert!(e.starts_with("f.iob2:2: expected index"), "{e}");

        let bad_index = "1\ta\tO\nx\tb\tO\n";
        let e = parse_iob2(bad_index, "f.iob2").unwrap_err().to_string();
        assert!(e.starts_with("f.iob2:2: token index"), "{e}");

        let no_blank = "1\ta\tO\n2\tb\tO\n1\tc\tO\n";
        let e = parse_iob2(no_blank, "f.iob2").unwrap_err().to_string();
        assert!(e.starts_with("f.iob2:3:"), "{e}");
    }

    #[test]
    fn missing_file_is_an_error() {
        assert!(read_iob2(Path::new("/nonexistent/x.iob2")).is_err());
    }
}
