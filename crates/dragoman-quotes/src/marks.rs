//! Direct quotations by their marks: `"…"`, `“…”`, `«…»`, `„…“`, `‘…’`,
//! with straight quotes told apart by context and apostrophes left alone.
//!
//! A quote stays inside its paragraph, with one exception, the news
//! convention for long quotes: a paragraph that ends inside a quote and a
//! next paragraph that opens with a quote mark continue the same quote. A
//! quote still open at the end of its paragraph otherwise ends there, so an
//! unmatched mark never swallows the rest of the document.

use dragoman_core::Span;

/// A direct quote found by its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// The quoted words of each paragraph, without the marks.
    pub pieces: Vec<Span>,
    /// Where the opening mark is.
    pub open: usize,
    /// Just after the closing mark; `None` when the quote runs to the end
    /// of its paragraph without one.
    pub close_end: Option<usize>,
}

impl Marked {
    /// From the first quoted word to the last.
    pub fn span(&self) -> Span {
        let first = self.pieces.first().map_or(self.open, |p| p.start);
        let last = self.pieces.last().map_or(self.open, |p| p.end);
        Span::new(first, last)
    }

    /// The quoted words, paragraphs joined by a space.
    pub fn text(&self, text: &str) -> String {
        self.pieces
            .iter()
            .map(|p| text[p.start..p.end].trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Where the quote ends in the text (after the closing mark, or at the
    /// end of the last piece).
    pub fn end(&self) -> usize {
        self.close_end.unwrap_or_else(|| self.span().end)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

struct Open {
    kind: Kind,
    at: usize,
    content: usize,
    pieces: Vec<Span>,
}

/// Whether a quote may open after `prev` (start of text, space, bracket,
/// dash, another mark).
fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | ':'
            )
    })
}

fn is_double_opener(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '"')
}

/// Whether the single mark at `at`, after `prev`, is the apostrophe of a
/// plural's possessive inside a single-quoted quote: an "s" before it, a
/// small letter after the space that follows it, and a mark later in the
/// paragraph, before any other quote opens, that can close the quote.
fn plural_possessive(text: &str, at: usize, prev: Option<char>) -> bool {
    if prev != Some('s') {
        return false;
    }
    let mark = text[at..].chars().next().map_or(1, char::len_utf8);
    let rest = &text[at + mark..];
    let mut after = rest.chars();
    if after.next() != Some(' ') || !after.next().is_some_and(char::is_lowercase) {
        return false;
    }
    let paragraph = rest.split('\n').next().unwrap_or("");
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    for (k, &(_, c)) in chars.iter().enumerate() {
        match c {
            '‘' | '“' | '"' => return false,
            '’' => {
                let next = chars.get(k + 1).map(|&(_, n)| n);
                if next.is_none_or(|n| !n.is_alphanumeric()) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Every direct quote of `text`, in order.
pub fn find(text: &str) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut cur: Option<Open> = None;
    let mut prev: Option<char> = None;
    let mut skip_to = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i < skip_to {
            prev = Some(c);
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        match c {
            '\n' => {
                if let Some(mut q) = cur.take() {
                    q.pieces.push(Span::new(q.content, i));
                    // A next paragraph opening with a mark continues the
                    // quote (news style for long quotes).
                    let rest = &text[i + 1..];
                    let lead = rest.len() - rest.trim_start().len();
                    let first = rest[lead..].chars().next();
                    let continues = match q.kind {
                        Kind::Double => first.is_some_and(is_double_opener),
                        Kind::Single => first == Some('‘'),
                    };
                    if continues {
                        let mark_at = i + 1 + lead;
                        let after = mark_at + first.map_or(1, char::len_utf8);
                        q.content = after;
                        skip_to = after;
                        cur = Some(q);
                    } else if q.kind == Kind::Double {
                        out.push(Marked {
                            pieces: q.pieces,
                            open: q.at,
                            close_end: None,
                        });
                    }
                    // An unclosed single mark was an apostrophe: dropped.
                }
            }
            '“' | '«' | '„' if cur.is_none() => {
                cur = Some(Open {
                    kind: Kind::Double,
                    at: i,
                    content: i + c.len_utf8(),
                    pieces: Vec::new(),
                });
            }
            '”' | '»' => {
                if let Some(q) = cur.take_if(|q| q.kind == Kind::Double) {
                    let mut pieces = q.pieces;
                    pieces.push(Span::new(q.content, i));
                    out.push(Marked {
                        pieces,
                        open: q.at,
                        close_end: Some(i + c.len_utf8()),
                    });
                }
            }
            '"' => match &cur {
                None if opens_after(prev) => {
                    cur = Some(Open {
                        kind: Kind::Double,
                        at: i,
                        content: i + 1,
                        pieces: Vec::new(),
                    })
                }
                Some(q) if q.kind == Kind::Double => {
                    if let Some(q) = cur.take() {
                        let mut pieces = q.pieces;
                        pieces.push(Span::new(q.content, i));
                        out.push(Marked {
                            pieces,
                            open: q.at,
                            close_end: Some(i + 1),
                        });
                    }
                }
                _ => {}
            },
            '‘' if cur.is_none() && opens_after(prev) => {
                cur = Some(Open {
                    kind: Kind::Single,
                    at: i,
                    content: i + c.len_utf8(),
                    pieces: Vec::new(),
                });
            }
            // A closing single mark is not followed by a letter
            // (Azerbaijan’s, don’t are apostrophes), nor is it a plural's
            // possessive ("‘The voters’ verdict was clear,’ she said")
            '’' | '\''
                if next.is_none_or(|n| !n.is_alphanumeric())
                    && !plural_possessive(text, i, prev) =>
            {
                if let Some(q) = cur.take_if(|q| q.kind == Kind::Single) {
                    let mut pieces = q.pieces;
                    pieces.push(Span::new(q.content, i));
                    out.push(Marked {
                        pieces,
                        open: q.at,
                        close_end: Some(i + c.len_utf8()),
                    });
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    if let Some(q) = cur {
        if q.kind == Kind::Double {
            let mut pieces = q.pieces;
            pieces.push(Span::new(q.content, text.len()));
            out.push(Marked {
                pieces,
                open: q.at,
                close_end: None,
            });
        }
    }
    out.retain(|m| !m.text(text).is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        find(t).iter().map(|m| m.text(t)).collect()
    }

    #[test]
    fn every_mark_style() {
        assert_eq!(texts("He said “yes” and “no.”"), ["yes", "no."]);
        assert_eq!(texts("He said \"yes,\" then left."), ["yes,"]);
        assert_eq!(texts("Il a dit «non» hier."), ["non"]);
        assert_eq!(texts("She called it ‘a farce’, he said."), ["a farce"]);
        // a plural's possessive inside a single-quoted quote
        assert_eq!(
            texts("‘The voters’ verdict was clear,’ she said."),
            ["The voters’ verdict was clear,"]
        );
        // ... but a quote that ends after an "s" still ends there
        assert_eq!(
            texts("They were ‘relaxed about the polls’ and ‘ready’."),
            ["relaxed about the polls", "ready"]
        );
        assert_eq!(texts("He cited ‘the talks’ collapse."), ["the talks"]);
        // a single-quoted quote over two paragraphs, only the last closed
        assert_eq!(
            texts("He said: ‘We’ve been clear.\n\n‘There can be no hard border.’"),
            ["We’ve been clear. There can be no hard border."]
        );
        // an unclosed single mark at the end of a paragraph is dropped
        assert_eq!(
            texts("The ‘80s were hard.\n\nThey said so."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(texts("Azerbaijan’s and the President’s aides don’t agree.").is_empty());
        assert_eq!(
            texts("“Baku’s offer stands,” he said."),
            ["Baku’s offer stands,"]
        );
    }

    #[test]
    fn paragraphs_continue_an_open_quote() {
        let t = "“We discussed the border.\n“We also agreed on steps,” he said.\nNext.";
        let m = find(t);
        assert_eq!(m.len(), 1);
        assert_eq!(
            m[0].text(t),
            "We discussed the border. We also agreed on steps,"
        );
        assert_eq!(m[0].pieces.len(), 2);
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let t = "He said “this never ends\nA new paragraph with no mark.";
        let m = find(t);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].text(t), "this never ends");
        assert_eq!(m[0].close_end, None);
    }

    #[test]
    fn stray_marks_do_not_panic() {
        for t in ["”", "“", "\"", "’", "‘", "a\"b\"c\"", "«\n»\n“", ""] {
            let _ = find(t);
        }
    }
}
