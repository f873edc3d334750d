//! One linear pass that cuts the text into word, number and punctuation
//! tokens (byte offsets, lexicon ids, sentence numbers). Nothing is
//! allocated per token beyond the token vector itself.

use crate::lexicon::{role, Lexicon, WordId, NO_WORD};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Lexicon id of a word, [`NO_WORD`] otherwise.
    pub id: WordId,
    /// A number's value (saturating), or a punctuation mark's code point.
    pub num: u32,
    /// Digits of a number.
    pub digits: u8,
    /// Whitespace before the token.
    pub space_before: bool,
    /// A word that starts with an uppercase letter.
    pub cap: bool,
    /// Sentence number (increases at sentence ends and line breaks).
    pub sent: u32,
}

impl Tok {
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.num == c as u32
    }
}

/// Tokens of `text`, with sentence numbers.
pub(crate) fn tokenize(text: &str, lex: &Lexicon) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space = true;
    let mut newline = false;
    let mut sent = 0u32;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let (kind, id, num, digits, cap);
        if b.is_ascii_whitespace() {
            space = true;
            newline |= b == b'\n';
            i += 1;
            continue;
        } else if b.is_ascii_digit() {
            let mut v: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                v = v
                    .saturating_mul(10)
                    .saturating_add((bytes[i] - b'0') as u32);
                i += 1;
            }
            kind = TokKind::Num;
            id = NO_WORD;
            num = v;
            digits = (i - start).min(255) as u8;
            cap = false;
        } else if b.is_ascii_alphabetic() {
            let mut ascii = true;
            while i < bytes.len() {
                let c = bytes[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 {
                    let ch = text[i..].chars().next().unwrap_or(' ');
                    if !ch.is_alphabetic() {
                        break;
                    }
                    ascii = false;
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
            kind = TokKind::Word;
            id = if ascii {
                lex.lookup(&bytes[start..i])
            } else {
                NO_WORD
            };
            num = 0;
            digits = 0;
            cap = b.is_ascii_uppercase();
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            i += ch.len_utf8();
            if ch.is_whitespace() {
                space = true;
                newline |= ch == '\u{2028}' || ch == '\u{2029}';
                continue;
            }
            if ch.is_alphabetic() {
                // a word that starts with a non-ASCII letter: never a keyword
                while i < bytes.len() {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    if !c.is_alphabetic() {
                        break;
                    }
                    i += c.len_utf8();
                }
                kind = TokKind::Word;
                id = NO_WORD;
                num = 0;
                cap = ch.is_uppercase();
            } else {
                kind = TokKind::Punct;
                id = NO_WORD;
                num = ch as u32;
                cap = false;
            }
            digits = 0;
        }
        if newline || ends_sentence(&toks, lex, space, kind, cap, num) {
            sent += 1;
        }
        toks.push(Tok {
            start,
            end: i,
            kind,
            id,
            num,
            digits,
            space_before: space,
            cap,
            sent,
        });
        space = false;
        newline = false;
    }
    toks
}

/// Whether the previous tokens end a sentence before a token of this shape:
/// `. ! ?` then a space and a capital, a digit or a quote, unless the period
/// closes an abbreviation ("Mr.", "U.S.", "Sept.").
fn ends_sentence(
    toks: &[Tok],
    lex: &Lexicon,
    space: bool,
    kind: TokKind,
    cap: bool,
    num: u32,
) -> bool {
    let Some(mut last) = toks.last() else {
        return false;
    };
    // "... their largest export market.[1] Three days later": a footnote
    // mark after the full stop
    let mut marked = 0;
    if let [.., stop, open, n, close] = toks {
        if close.is_punct(']') && n.kind == TokKind::Num && open.is_punct('[') && !open.space_before
        {
            last = stop;
            marked = 3;
        }
    }
    if !space || !(last.is_punct('.') || last.is_punct('!') || last.is_punct('?')) {
        return false;
    }
    let opens = match kind {
        TokKind::Word => cap,
        TokKind::Num => true,
        TokKind::Punct => matches!(
            char::from_u32(num),
            Some('"' | '\u{201c}' | '\'' | '\u{2018}')
        ),
    };
    if !opens {
        return false;
    }
    if last.is_punct('.') && toks.len() >= 2 + marked {
        let prev = &toks[toks.len() - 2 - marked];
        if prev.kind == TokKind::Word && !last.space_before {
            let single_letter = prev.end - prev.start == 1;
            let abbrev = lex.has_role(prev.id, role::ABBREV)
                || lex.info(prev.id).is_some_and(|i| {
                    matches!(i.month, Some((_, true))) || matches!(i.weekday, Some((_, true)))
                });
            if single_letter || abbrev {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconSources;

    #[test]
    fn tokens_and_sentences() {
        let lex = Lexicon::build(&LexiconSources::builtin()).unwrap();
        let text = "U.S. envoys met on Sept. 27. Talks end.\nNext ağ 06.12.2023";
        let toks = tokenize(text, &lex);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "U", ".", "S", ".", "envoys", "met", "on", "Sept", ".", "27", ".", "Talks", "end",
                ".", "Next", "ağ", "06", ".", "12", ".", "2023"
            ]
        );
        let sents: Vec<u32> = toks.iter().map(|t| t.sent).collect();
        assert_eq!(sents[..11], [0; 11]);
        assert_eq!(toks[11].sent, 1);
        assert_eq!(toks[14].sent, 2);
        assert_eq!(toks[20].num, 2023);
        assert!(!toks[17].space_before);
        // a footnote mark after the full stop
        let text = "Wine exports fell.[1] Three days later it ended.";
        let toks = tokenize(text, &lex);
        let three = toks
            .iter()
            .position(|t| &text[t.start..t.end] == "Three")
            .unwrap();
        assert_eq!(toks[three - 1].sent, 0);
        assert_eq!(toks[three].sent, 1);
    }
}
