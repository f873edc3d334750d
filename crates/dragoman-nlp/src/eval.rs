//! Evaluation against a CoNLL-U treebank.
//!
//! Tokens and sentences are predicted from raw text rebuilt from the `# text`
//! comments: sentences of one paragraph are joined with a space, paragraphs
//! (`# newpar`) and documents (`# newdoc`) with a line break. Gold token spans
//! come from aligning the word forms with that text; a multiword token
//! (`don't`) counts as its words when they spell it (`do` + `n't`), else as
//! one token. Token and sentence F1 compare character spans exactly. Tags and
//! trees are predicted on gold words; UAS and LAS count every word,
//! punctuation included (as in the CoNLL 2018 shared task).

use std::collections::HashSet;

use crate::analysis::Nlp;
use crate::conllu::ConlluSentence;
use crate::parser::{attachment_scores, ParserExample};
use crate::sentence::split;
use crate::tokenize::tokenize;

/// The five figures of `eval nlp`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NlpScores {
    pub tokens_f1: f64,
    pub sentences_f1: f64,
    pub upos: f64,
    pub uas: f64,
    pub las: f64,
}

/// Raw text with gold token and sentence spans.
pub(crate) struct GoldText {
    pub(crate) text: String,
    pub(crate) tokens: Vec<(usize, usize)>,
    pub(crate) sentences: Vec<(usize, usize)>,
}

fn skip_ws(text: &str, mut pos: usize) -> usize {
    while let Some(c) = text[pos..].chars().next() {
        if !c.is_whitespace() {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Finds `form` at `pos` (after white space); returns its end.
fn match_at(text: &str, pos: usize, form: &str) -> Option<usize> {
    let p = skip_ws(text, pos);
    let end = p + form.len();
    (text.get(p..end)? == form).then_some(end)
}

/// Rebuilds the raw text of a treebank with gold spans.
pub(crate) fn gold_text(sents: &[ConlluSentence]) -> GoldText {
    let mut g = GoldText {
        text: String::new(),
        tokens: Vec::new(),
        sentences: Vec::new(),
    };
    for (k, s) in sents.iter().enumerate() {
        let sent_text = match &s.text {
            Some(t) => t.clone(),
            None => s.forms().join(" "),
        };
        if k > 0 {
            g.text.push(if s.newdoc || s.newpar { '\n' } else { ' ' });
        }
        let base = g.text.len();
        g.text.push_str(&sent_text);
        g.sentences.push((base, g.text.len()));
        // align words
        let t = &sent_text;
        let mut pos = 0;
        let mut w = 0;
        while w < s.words.len() {
            if let Some(m) = s.multiword.iter().find(|m| m.first == w) {
                let Some(end) = match_at(t, pos, &m.form) else {
                    w = m.last + 1;
                    continue;
                };
                let start = end - m.form.len();
                let parts: String = s.words[m.first..=m.last]
                    .iter()
                    .map(|x| x.form.as_str())
                    .collect();
                if parts == m.form {
                    let mut p = start;
                    for x in &s.words[m.first..=m.last] {
                        g.tokens.push((base + p, base + p + x.form.len()));
                        p += x.form.len();
                    }
                } else {
                    g.tokens.push((base + start, base + end));
                }
                pos = end;
                w = m.last + 1;
                continue;
            }
            let form = &s.words[w].form;
            if let Some(end) = match_at(t, pos, form) {
                g.tokens.push((base + end - form.len(), base + end));
                pos = end;
            }
            w += 1;
        }
    }
    g
}

fn f1(gold: &[(usize, usize)], pred: &[(usize, usize)]) -> f64 {
    let gs: HashSet<&(usize, usize)> = gold.iter().collect();
    let hits = pred.iter().filter(|p| gs.contains(p)).count() as f64;
    if gold.is_empty() || pred.is_empty() {
        return 0.0;
    }
    let p = hits / pred.len() as f64;
    let r = hits / gold.len() as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Token and sentence F1 of the tokenizer and splitter on raw text.
pub fn segmentation_scores(sents: &[ConlluSentence]) -> (f64, f64) {
    let g = gold_text(sents);
    let spans = tokenize(&g.text);
    let pred_tokens: Vec<(usize, usize)> = spans.iter().map(|s| (s.start, s.end)).collect();
    let pred_sents: Vec<(usize, usize)> = split(&g.text, &spans)
        .iter()
        .map(|s| (s.span.start, s.span.end))
        .collect();
    (f1(&g.tokens, &pred_tokens), f1(&g.sentences, &pred_sents))
}

/// Sentence boundaries inside lines that the splitter missed (`true`) or
/// added (`false`), each with up to 40 bytes of context either side of a
/// `|` (a development aid for the splitter).
pub fn boundary_errors(sents: &[ConlluSentence]) -> Vec<(bool, String)> {
    let g = gold_text(sents);
    let spans = tokenize(&g.text);
    let starts = |v: &mut dyn Iterator<Item = usize>| -> HashSet<usize> {
        v.filter(|&s| s > 0 && !g.text[..s].ends_with('\n'))
            .collect()
    };
    let gold = starts(&mut g.sentences.iter().map(|s| s.0));
    let pred = starts(&mut split(&g.text, &spans).iter().map(|s| s.span.start));
    let context = |at: usize| {
        let mut a = at.saturating_sub(40);
        while !g.text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (at + 40).min(g.text.len());
        while !g.text.is_char_boundary(b) {
            b += 1;
        }
        format!("{}|{}", &g.text[a..at], &g.text[at..b]).replace('\n', " // ")
    };
    let mut out: Vec<(usize, bool, String)> = gold
        .difference(&pred)
        .map(|&s| (s, true, context(s)))
        .chain(pred.difference(&gold).map(|&s| (s, false, context(s))))
        .collect();
    out.sort();
    out.into_iter().map(|(_, m, c)| (m, c)).collect()
}

/// All five figures for `nlp` on a gold treebank.
pub fn evaluate(nlp: &Nlp, sents: &[ConlluSentence]) -> NlpScores {
    let (tokens_f1, sentences_f1) = segmentation_scores(sents);
    let (upos, _) = crate::tagger::tagging_accuracy(nlp.tagger(), sents);
    let examples: Vec<ParserExample> = sents
        .iter()
        .map(|s| {
            let tags = nlp.tagger().tag(&s.forms());
            ParserExample::new(s, tags.upos, tags.xpos)
        })
        .collect();
    let att = attachment_scores(nlp.parser(), &examples);
    NlpScores {
        tokens_f1,
        sentences_f1,
        upos,
        uas: att.uas,
        las: att.las,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse_conllu;
    use std::path::Path;

    #[test]
    fn gold_spans_and_f1() {
        let src = "# newdoc\n# newpar\n# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n# text = Now.\n1\tNow\tnow\tADV\tRB\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
        let sents = parse_conllu(src, Path::new("x")).unwrap();
        let g = gold_text(&sents);
        assert_eq!(g.text, "Don't go. Now.");
        assert_eq!(
            g.tokens,
            [(0, 2), (2, 5), (6, 8), (8, 9), (10, 13), (13, 14)]
        );
        assert_eq!(g.sentences, [(0, 9), (10, 14)]);
        let (t, s) = segmentation_scores(&sents);
        assert_eq!(t, 1.0);
        assert_eq!(s, 1.0);
        assert_eq!(f1(&[(0, 1)], &[(0, 2)]), 0.0);
    }
}
