//! Sentence splitting over tokenizer output.
//!
//! [`split`] runs the learned boundary model of [`crate::boundary`] (trained
//! on web and news English, see `models/README.md`), which takes the
//! decisions of the rules below as one of its features and keeps their
//! guarantees for news text (line breaks, titles such as `Mr.`, `,” he
//! said`). [`split_rules`] is the rule-based splitter alone, also used when
//! the model cannot be loaded.
//!
//! Rules, in order:
//!
//! 1. a line break between two tokens always ends a sentence (dragoman's
//!    cleaned text puts one paragraph or headline per line);
//! 2. a sentence may end after `.`, `!`, `?`, an ellipsis, or an abbreviation
//!    that can end a sentence (`Inc.`, `U.S.`); closing quotes and brackets
//!    attached to it stay in the sentence (`...peace.” He said` splits after
//!    `”`);
//! 3. it does end there unless the next token starts in lower case or is
//!    punctuation (`"Stop!" he said`, `..., she said`), the abbreviation is a
//!    title or reference word (`Mr.`, `Gen.`, `No.`) or an initial (`J.`),
//!    or, for other abbreviations, the next word is not a typical sentence
//!    opener (`The`, `He`, `But`, ... in `resources/sentence_starters.txt`).

use std::ops::Range;

use dragoman_core::Span;

use crate::tokenize::{abbreviation_kind, lexicon, AbbrevKind};

/// A sentence: its byte span in the text and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// From the start of the first token to the end of the last.
    pub span: Span,
    /// Indices into the token list the sentence was split from.
    pub tokens: Range<usize>,
}

fn is_closer(tok: &str) -> bool {
    matches!(
        tok,
        "”" | "’" | "»" | "›" | ")" | "]" | "}" | "\"" | "'" | "''"
    )
}

fn is_opener(tok: &str) -> bool {
    matches!(
        tok,
        "“" | "‘" | "«" | "‹" | "(" | "[" | "{" | "\"" | "'" | "``" | "`" | "„"
    )
}

enum Terminator {
    No,
    Punct,
    Abbrev(AbbrevKind),
}

fn terminator(tok: &str) -> Terminator {
    if !tok.is_empty() && tok.chars().all(|c| matches!(c, '.' | '!' | '?' | '…')) {
        return Terminator::Punct;
    }
    match abbreviation_kind(tok) {
        Some(kind) => Terminator::Abbrev(kind),
        None => Terminator::No,
    }
}

/// Splits tokenized `text` into sentences with the built-in learned model
/// ([`crate::SentenceModel`], whose features include the rules below). Every
/// token belongs to exactly one sentence; sentences are returned in text
/// order.
///
/// ```
/// use dragoman_nlp::{split, tokenize};
/// let text = "“We want peace,” Mr. Pashinyan said. “Talks resume on Sept. 5.” Baku agreed.\nA headline";
/// let tokens = tokenize(text);
/// let sentences: Vec<&str> = split(text, &tokens).iter().map(|s| &text[s.span.start..s.span.end]).collect();
/// assert_eq!(sentences, [
///     "“We want peace,” Mr. Pashinyan said.",
///     "“Talks resume on Sept. 5.”",
///     "Baku agreed.",
///     "A headline",
/// ]);
/// ```
pub fn split(text: &str, tokens: &[Span]) -> Vec<Sentence> {
    match crate::boundary::SentenceModel::shared() {
        Ok(model) => model.split(text, tokens),
        Err(_) => split_rules(text, tokens),
    }
}

/// The rule-based splitter alone (rules 1 to 3 above); [`split`] uses it as
/// one of the learned model's features.
pub fn split_rules(text: &str, tokens: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    let lex = lexicon();
    let tok = |i: usize| &text[tokens[i].start..tokens[i].end];
    let newline_before = |i: usize| text[tokens[i - 1].end..tokens[i].start].contains('\n');
    let n = tokens.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let mut end_here = i + 1 == n || newline_before(i + 1);
        if !end_here {
            let kind = terminator(tok(i));
            if !matches!(kind, Terminator::No) {
                // Absorb closing quotes and brackets attached to the terminator.
                let mut j = i + 1;
                while j < n && !newline_before(j) && is_closer(tok(j)) {
                    let attached = tokens[j].start == tokens[j - 1].end;
                    let straight = matches!(tok(j), "\"" | "'");
                    if straight && !attached {
                        break;
                    }
                    j += 1;
                }
                let split_here = if j == n || newline_before(j) {
                    true
                } else {
                    let next = tok(j);
                    let first = next.chars().next().unwrap_or(' ');
                    if first.is_lowercase() {
                        false
                    } else if first.is_alphanumeric() || is_opener(next) {
                        match kind {
                            Terminator::Punct => true,
                            Terminator::Abbrev(AbbrevKind::Final) => {
                                let word = if is_opener(next) && j + 1 < n {
                                    tok(j + 1)
                                } else {
                                    next
                                };
                                lex.is_sentence_starter(word)
                            }
                            // "Donald J. Trump" but "wrote on X. Rescue teams"
                            Terminator::Abbrev(AbbrevKind::Initial) => {
                                let prev = if i > start { tok(i - 1) } else { "" };
                                let name_before =
                                    prev.chars().next().is_some_and(char::is_uppercase);
                                i > start && !name_before
                            }
                            Terminator::Abbrev(_) | Terminator::No => false,
                        }
                    } else {
                        false
                    }
                };
                if split_here {
                    i = j - 1;
                    end_here = true;
                }
            }
        }
        if end_here {
            out.push(Sentence {
                span: Span::new(tokens[start].start, tokens[i].end),
                tokens: start..i + 1,
            });
            start = i + 1;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn sents(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        split_rules(text, &tokens)
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn quotes_inside_and_after() {
        assert_eq!(
            sents("“The talks failed,” he said. “We want peace.” He left."),
            [
                "“The talks failed,” he said.",
                "“We want peace.”",
                "He left."
            ]
        );
        assert_eq!(
            sents("\"Stop!\" he shouted. Then silence."),
            ["\"Stop!\" he shouted.", "Then silence."]
        );
    }

    #[test]
    fn abbreviations() {
        assert_eq!(
            sents("Gen. Smith met Mr. Lee in the U.S. Embassy. The U.S. Army said so at 5 p.m. The talks ended."),
            ["Gen. Smith met Mr. Lee in the U.S. Embassy.", "The U.S. Army said so at 5 p.m.", "The talks ended."]
        );
        assert_eq!(
            sents("He said it was made by Apple Inc. The firm declined."),
            ["He said it was made by Apple Inc.", "The firm declined."]
        );
        assert_eq!(
            sents("Donald J. Trump wrote on X. Rescue teams came. J. Smith left."),
            [
                "Donald J. Trump wrote on X.",
                "Rescue teams came.",
                "J. Smith left."
            ]
        );
    }

    #[test]
    fn newlines_and_brackets() {
        assert_eq!(
            sents("Armenia, Azerbaijan agree on border\nThe Secretary [Blinken] said (in a call.) That was all"),
            ["Armenia, Azerbaijan agree on border", "The Secretary [Blinken] said (in a call.)", "That was all"]
        );
    }

    #[test]
    fn empty_input() {
        assert!(split_rules("", &[]).is_empty());
        assert!(split("", &[]).is_empty());
        assert!(sents("   \n ").is_empty());
    }
}
