//! The page-chrome phrase dictionary (`resources/chrome.txt`) and its matcher.

use std::fmt;

/// What a chrome line is, as named in the record's `boilerplate[].kind`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChromeKind {
    pub kind: String,
    /// The article body ends before a line of this kind.
    pub stop: bool,
    /// A list heading that may be glued to the next headline.
    pub heading: bool,
    /// A banner: a line that starts with the phrase is chrome however long
    /// it runs (cookie and consent notices, paywall prompts).
    pub banner: bool,
    /// A promotion of another story ("Breaking: ...", "LIVE: ..."): chrome
    /// only where the page has a headline of its own, so never matched by
    /// [`ChromeDictionary::classify`] (see [`ChromeDictionary::teaser`]).
    pub teaser: bool,
}

#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    text: String,
    kind: usize,
}

/// A set of chrome phrases by kind.
#[derive(Debug, Clone)]
pub struct ChromeDictionary {
    kinds: Vec<ChromeKind>,
    phrases: Vec<Phrase>,
    /// The phrases by their first byte, each list in `phrases` order: a
    /// line is compared only with the phrases that can open it.
    by_first: Vec<Vec<usize>>,
}

/// A malformed line in a chrome dictionary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryError {
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for DictionaryError {}

const BUILT_IN: &str = include_str!("../resources/chrome.txt");

impl Default for ChromeDictionary {
    fn default() -> Self {
        ChromeDictionary::parse(BUILT_IN).expect("the built-in chrome dictionary parses")
    }
}

impl ChromeDictionary {
    /// Parses the `[kind flags]` / one-phrase-per-line format.
    pub fn parse(text: &str) -> Result<ChromeDictionary, DictionaryError> {
        let mut dict = ChromeDictionary {
            kinds: Vec::new(),
            phrases: Vec::new(),
            by_first: Vec::new(),
        };
        dict.extend(text)?;
        Ok(dict)
    }

    /// Adds the phrases of another file in the same format.
    pub fn extend(&mut self, text: &str) -> Result<(), DictionaryError> {
        let mut current: Option<usize> = None;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('[') {
                let header = header.strip_suffix(']').ok_or_else(|| DictionaryError {
                    line: n + 1,
                    reason: format!("section header {line:?} lacks its closing ']'"),
                })?;
                let mut parts = header.split_whitespace();
                let kind = parts.next().ok_or_else(|| DictionaryError {
                    line: n + 1,
                    reason: "empty section header".into(),
                })?;
                let mut entry = ChromeKind {
                    kind: kind.to_string(),
                    stop: false,
                    heading: false,
                    banner: false,
                    teaser: false,
                };
                for flag in parts {
                    match flag {
                        "stop" => entry.stop = true,
                        "heading" => entry.heading = true,
                        "banner" => entry.banner = true,
                        "teaser" => entry.teaser = true,
                        "inline" => {}
                        other => {
                            return Err(DictionaryError {
                                line: n + 1,
                                reason: format!(
                                "unknown flag {other:?} (expected stop, heading, banner, teaser or inline)"
                            ),
                            })
                        }
                    }
                }
                current = Some(match self.kinds.iter().position(|k| k.kind == entry.kind) {
                    Some(i) => {
                        self.kinds[i] = entry;
                        i
                    }
                    None => {
                        self.kinds.push(entry);
                        self.kinds.len() - 1
                    }
                });
                continue;
            }
            let kind = current.ok_or_else(|| DictionaryError {
                line: n + 1,
                reason: format!("phrase {line:?} before any [kind] section"),
            })?;
            let text = line.to_lowercase();
            self.phrases.push(Phrase {
                words: text.split_whitespace().map(str::to_string).collect(),
                text,
                kind,
            });
        }
        // longest phrases first, so "related articles" wins over "related"
        self.phrases
            .sort_by_key(|p| std::cmp::Reverse(p.text.len()));
        self.by_first = vec![Vec::new(); 256];
        for (i, p) in self.phrases.iter().enumerate() {
            if let Some(&b) = p.text.as_bytes().first() {
                self.by_first[usize::from(b)].push(i);
            }
        }
        Ok(())
    }

    /// The phrases that may open a line whose lower-cased text starts
    /// with `first`, longest first.
    fn opening(&self, first: char) -> impl Iterator<Item = &Phrase> {
        let mut utf8 = [0u8; 4];
        let byte = first.encode_utf8(&mut utf8).as_bytes()[0];
        self.by_first[usize::from(byte)]
            .iter()
            .map(|&i| &self.phrases[i])
    }

    /// The chrome kind of a whole line, if it is one (never a teaser kind).
    pub fn classify(&self, line: &str) -> Option<&ChromeKind> {
        self.matching(line, false).or_else(|| self.toolbar(line))
    }

    /// A toolbar of buttons set apart by bars whose first button is
    /// chrome ("Listen to this article · 6 min  |  Gift this article  |
    /// Text size A A A"): the first part eight words at most, the others
    /// five (a label and a headline, "Also Read | ...", are no toolbar).
    fn toolbar(&self, line: &str) -> Option<&ChromeKind> {
        let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let words = |p: &&str| p.split_whitespace().count();
        if parts.len() < 2 || words(&parts[0]) > 8 || parts[1..].iter().any(|p| words(p) > 5) {
            return None;
        }
        self.matching(parts[0], false)
    }

    /// Whether the line promotes another story ("Breaking: Kakar chairs
    /// ...", "LIVE: Follow our coverage ..."): a headline only when the page
    /// has no other.
    pub fn teaser(&self, line: &str) -> bool {
        self.matching(line, true).is_some()
    }

    fn matching(&self, line: &str, teasers: bool) -> Option<&ChromeKind> {
        // "[Listen to this story · 16:40]": a widget's label in brackets
        let line = line.trim().trim_start_matches('[');
        let first = folded_chars(line).next()?;
        // the line lower-cased, made only for a line that opens with a
        // phrase or a number ("3 comments"): most lines are prose
        let lower = std::cell::OnceCell::new();
        let lowered = || {
            lower.get_or_init(|| {
                let lower = line.to_lowercase();
                if lower.contains('\u{307}') {
                    // Turkish "İ" lower-cases to "i" and a combining dot
                    lower.replace('\u{307}', "")
                } else {
                    lower
                }
            })
        };
        for p in self.opening(first) {
            if self.kinds[p.kind].teaser != teasers || !may_open_with(line, &p.text) {
                continue;
            }
            let lower = lowered();
            if !lower.starts_with(&p.text) {
                continue;
            }
            let words = || lower.split_whitespace().count();
            let rest = &lower[p.text.len()..];
            let boundary = rest.is_empty()
                || p.text.ends_with(|c: char| !c.is_alphanumeric())
                || rest.starts_with(|c: char| !c.is_alphanumeric());
            if !boundary {
                continue;
            }
            let single_word = p.words.len() == 1 && p.text.ends_with(char::is_alphanumeric);
            let fits = if self.kinds[p.kind].banner {
                true
            } else if single_word {
                // "Share", "Comments (3)", "Advertisement" - but not "Share prices fell."
                // A list heading may name what it lists: "Related letters".
                !rest.chars().any(char::is_alphabetic)
                    || only_social_names(rest)
                    || (self.kinds[p.kind].heading
                        && rest.starts_with(' ')
                        && rest.split_whitespace().count() == 1
                        && rest.trim().chars().all(char::is_alphabetic))
            } else if p.text.ends_with(':') {
                // a label and a headline: "Read more: Haiti's prime minister ..."
                words() <= p.words.len() + 16
            } else {
                words() <= p.words.len() + 8
            };
            if fits {
                return Some(&self.kinds[p.kind]);
            }
        }
        if teasers || !first.is_ascii_digit() {
            return None;
        }
        if is_comment_count(lowered()) {
            return self.kind("comment-form");
        }
        None
    }

    /// Splits a heading glued to the next headline ("Latest newsRussia ...",
    /// "Latest news“Muslim NATO”: ..."): the byte offset after the heading.
    pub fn glued_heading(&self, line: &str) -> Option<(usize, &ChromeKind)> {
        let first = line.chars().next()?.to_lowercase().next()?;
        let mut candidates = self
            .opening(first)
            .filter(|p| self.kinds[p.kind].heading && may_open_with(line, &p.text))
            .peekable();
        candidates.peek()?;
        let lower = line.to_lowercase();
        if lower.len() != line.len() {
            // lower-casing changed byte lengths: offsets would not carry over
            return None;
        }
        for p in candidates {
            let kind = &self.kinds[p.kind];
            if !lower.starts_with(&p.text) || !line.is_char_boundary(p.text.len()) {
                continue;
            }
            let rest = &line[p.text.len()..];
            let glued = rest.starts_with(|c: char| {
                c.is_uppercase() || matches!(c, '“' | '"' | '‘' | '\'' | '«')
            });
            if glued && rest.split_whitespace().count() >= 2 {
                return Some((p.text.len(), kind));
            }
        }
        None
    }

    pub fn kind(&self, name: &str) -> Option<&ChromeKind> {
        self.kinds.iter().find(|k| k.kind == name)
    }
}

/// The characters of `text` lower-cased one by one, without the combining
/// dot of a Turkish "İ", and with a final sigma as a medial one: what the
/// lower-cased line starts with, give or take the sigma.
fn folded_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|&c| c != '\u{307}')
        .map(|c| if c == 'ς' { 'σ' } else { c })
}

/// Whether `line` lower-cased may start with `phrase` (a cheap test that
/// copies nothing; [`ChromeDictionary::matching`] confirms it on the
/// lower-cased line).
fn may_open_with(line: &str, phrase: &str) -> bool {
    // (ASCII on both sides: the bytes compared without their case)
    if let Some(head) = line.as_bytes().get(..phrase.len()) {
        if head.is_ascii() && phrase.is_ascii() {
            return head.eq_ignore_ascii_case(phrase.as_bytes());
        }
    }
    let mut chars = folded_chars(line);
    folded_chars(phrase).all(|p| chars.next() == Some(p))
}

const SOCIAL: [&str; 12] = [
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "email",
    "e-mail",
    "reddit",
    "pinterest",
    "vk",
    "print",
];

fn only_social_names(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(|w| SOCIAL.contains(&w))
}

/// "3 comments", "12 Comments", "1 comment".
fn is_comment_count(lower: &str) -> bool {
    let mut parts = lower.split_whitespace();
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(n), Some("comments" | "comment" | "responses" | "replies"), None)
            if n.chars().all(|c| c.is_ascii_digit())
    )
}

/// True when every word of a line is the name of a social network or
/// sharing action ("Facebook Twitter WhatsApp Telegram").
pub fn is_share_line(line: &str) -> bool {
    // (the first word decides for most lines: lower-case the whole line
    // only when it names a network)
    let first = line
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty());
    first.is_some_and(|w| SOCIAL.contains(&w.to_lowercase().as_str()))
        && only_social_names(&line.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_by_kind_and_rejects_sentences() {
        let d = ChromeDictionary::default();
        let kind = |s: &str| d.classify(s).map(|k| k.kind.as_str());
        assert_eq!(kind("Leave a Reply"), Some("comment-form"));
        // who edited the article is no writer
        assert_eq!(kind("Editor: Siim Kask"), Some("editor-credit"));
        // a toolbar whose first button is a player's
        assert_eq!(
            kind("Listen to this article · 6 min  |  Gift this article  |  Text size A A A"),
            Some("audio")
        );
        // a label with a headline after a bar is no toolbar
        assert_eq!(
            kind("Also Read | Maldives president Mohamed Muizzu visits China and signs 20 agreements"),
            None
        );
        assert_eq!(
            kind("Your email address will not be published. Required fields are marked *"),
            Some("comment-form")
        );
        assert_eq!(kind("You May Also Like"), Some("also-like"));
        assert_eq!(kind("Back to top button"), Some("back-to-top"));
        assert_eq!(kind("Share: Facebook Twitter"), Some("share"));
        assert_eq!(kind("Comments (3)"), Some("comment-form"));
        assert_eq!(kind("3 comments"), Some("comment-form"));
        assert_eq!(kind("Share prices fell sharply on Monday."), None);
        assert_eq!(kind("Related to the talks, the minister said nothing new about the corridor or the border."), None);
        assert_eq!(kind("Advertisement"), Some("advertisement"));
        assert_eq!(kind("Adrienne Watson said"), None);
        assert_eq!(kind("Related letters"), Some("related-links"));
        assert_eq!(kind("Related talks failed."), None);
        assert_eq!(kind("Related talks in Doha"), None);
        assert_eq!(
            kind("Newsletter: The Horn in your inbox every Sunday  [Email address] [Sign up]"),
            Some("newsletter")
        );
        // a news database's fields and end, a graphic's label, a correction
        assert_eq!(kind("Length: 512 words"), Some("database-fields"));
        assert_eq!(kind("Late Edition"), Some("database-fields"));
        assert_eq!(kind("End of Document"), Some("database-end"));
        assert_eq!(kind("Graphic"), Some("database-end"));
        assert_eq!(
            kind("Graphic footage of the strike was shared online."),
            None
        );
        assert_eq!(
            kind("This article was amended on 2 May 2024 to correct the spelling of a name."),
            Some("print-note")
        );
        assert_eq!(
            kind("For information media. Not an official record."),
            Some("footer")
        );
        assert_eq!(
            kind("Copyright: Material supplied for the internal use of the client only."),
            Some("footer")
        );
    }

    #[test]
    fn splits_glued_headings() {
        let d = ChromeDictionary::default();
        let (at, kind) = d
            .glued_heading("Latest newsRussia Proposes New Medal")
            .unwrap();
        assert_eq!(at, "Latest news".len());
        assert_eq!(kind.kind, "latest-news");
        assert!(d.glued_heading("Latest news").is_none());
        assert!(d
            .glued_heading("Related talks were held in Brussels")
            .is_none());
        let quoted = "Latest news“Muslim NATO”: A Strategic Vector";
        assert!(d.glued_heading(quoted).is_some());
    }

    #[test]
    fn user_dictionaries_extend_and_report_errors() {
        let mut d = ChromeDictionary::default();
        d.extend("[promo stop]\njoin our telegram channel\n")
            .unwrap();
        assert_eq!(
            d.classify("Join our Telegram channel for more")
                .map(|k| k.kind.as_str()),
            Some("promo")
        );
        let err = ChromeDictionary::parse("orphan phrase\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(ChromeDictionary::parse("[x bogus]\n").is_err());
    }
}
