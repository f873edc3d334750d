//! A CoNLL-U reader for training and evaluation.
//!
//! Multiword-token lines (`3-4`) are kept aside as surface ranges; empty
//! nodes (`8.1`) belong to enhanced dependencies and are skipped. Heads and
//! relations are the basic ones (columns 7 and 8).

use std::path::Path;

use crate::error::NlpError;
use crate::tags::{Deprel, Upos, Xpos};

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ConlluWord {
    pub form: String,
    pub lemma: String,
    pub upos: Upos,
    pub xpos: Option<Xpos>,
    /// 0 for the root, otherwise the 1-based index of the head word.
    pub head: u32,
    pub deprel: Deprel,
    /// `SpaceAfter=No` was not set.
    pub space_after: bool,
}

/// A multiword token: words `first..=last` (0-based) written as `form`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiwordToken {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub space_after: bool,
}

/// One sentence of a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConlluSentence {
    /// The `# text =` comment.
    pub text: Option<String>,
    /// A `# newdoc` comment precedes the sentence.
    pub newdoc: bool,
    /// A `# newpar` comment precedes the sentence.
    pub newpar: bool,
    pub words: Vec<ConlluWord>,
    pub multiword: Vec<MultiwordToken>,
}

/// Reads a CoNLL-U file.
pub fn read_conllu(path: &Path) -> Result<Vec<ConlluSentence>, NlpError> {
    let src = std::fs::read_to_string(path).map_err(|e| NlpError::io(path, e))?;
    parse_conllu(&src, path)
}

/// Parses CoNLL-U text; `path` only names the source in errors.
pub fn parse_conllu(src: &str, path: &Path) -> Result<Vec<ConlluSentence>, NlpError> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    let err = |line: usize, message: String| NlpError::Conllu {
        path: path.to_path_buf(),
        line,
        message,
    };
    for (lineno, line) in src.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim_start();
            if let Some(text) = comment.strip_prefix("text =") {
                cur.text = Some(text.trim().to_string());
            } else if comment.starts_with("newdoc") {
                cur.newdoc = true;
            } else if comment.starts_with("newpar") {
                cur.newpar = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(
                lineno,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        let id = cols[0];
        let space_after = !cols[9].split('|').any(|f| f == "SpaceAfter=No");
        if id.contains('.') {
            continue; // empty node
        }
        if let Some((a, b)) = id.split_once('-') {
            let parse = |s: &str| {
                s.parse::<usize>()
                    .map_err(|_| err(lineno, format!("bad range id {id:?}")))
            };
            let (a, b) = (parse(a)?, parse(b)?);
            if a == 0 || b < a {
                return Err(err(lineno, format!("bad range id {id:?}")));
            }
            cur.multiword.push(MultiwordToken {
                first: a - 1,
                last: b - 1,
                form: cols[1].to_string(),
                space_after,
            });
            continue;
        }
        let n: usize = id
            .parse()
            .map_err(|_| err(lineno, format!("bad word id {id:?}")))?;
        if n != cur.words.len() + 1 {
            return Err(err(lineno, format!("word id {n} out of sequence")));
        }
        let upos = Upos::parse(cols[3])
            .ok_or_else(|| err(lineno, format!("unknown UPOS {:?}", cols[3])))?;
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| err(lineno, format!("bad head {:?}", cols[6])))?
        };
        cur.words.push(ConlluWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos,
            xpos: Xpos::parse(cols[4]),
            head,
            deprel: Deprel::parse_lenient(cols[7]),
            space_after,
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    for (k, s) in out.iter().enumerate() {
        let n = s.words.len() as u32;
        if s.words.iter().any(|w| w.head > n) {
            return Err(err(
                0,
                format!("sentence {} has a head beyond its last word", k + 1),
            ));
        }
    }
    Ok(out)
}

impl ConlluSentence {
    /// Word forms.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// Whether the basic tree is projective.
    pub fn is_projective(&self) -> bool {
        let heads: Vec<u32> = self.words.iter().map(|w| w.head).collect();
        crate::parser::is_projective(&heads)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# newpar id = p1\n# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn reads_multiword_and_empty_nodes() {
        let s = parse_conllu(SAMPLE, Path::new("x")).unwrap();
        assert_eq!(s.len(), 1);
        assert!(s[0].newdoc && s[0].newpar);
        assert_eq!(s[0].text.as_deref(), Some("Don't go."));
        assert_eq!(s[0].forms(), ["Do", "n't", "go", "."]);
        assert_eq!(s[0].multiword[0].first, 0);
        assert_eq!(s[0].multiword[0].last, 1);
        assert!(!s[0].words[2].space_after);
        assert_eq!(s[0].words[3].head, 3);
    }

    #[test]
    fn reports_bad_lines() {
        let e = parse_conllu("1\tx\n", Path::new("f.conllu")).unwrap_err();
        assert!(e.to_string().contains("f.conllu:1"));
        let e = parse_conllu("1\tx\tx\tNOPE\t_\t_\t0\troot\t_\t_\n", Path::new("f")).unwrap_err();
        assert!(e.to_string().contains("UPOS"));
    }
}
