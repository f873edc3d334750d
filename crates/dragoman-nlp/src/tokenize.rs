//! Rule-based tokenizer for news English with byte offsets.
//!
//! The segmentation follows the Universal Dependencies English EWT
//! conventions, because the tagger and the parser were trained on them:
//!
//! * clitics are split: `Azerbaijan's` -> `Azerbaijan` `'s`, `don't` ->
//!   `do` `n't`, `cannot` -> `can` `not` (straight and curly apostrophes);
//! * hyphenated compounds are split around the hyphen (`Armenian - Azerbaijani`,
//!   `30 - year`), except after bound prefixes such as `e-`, `co-`, `non-`
//!   (`resources/bound_prefixes.txt`) and in phone-number-like digit groups;
//!   a caller that wants the written compound back can join tokens that are
//!   not separated by white space;
//! * abbreviations keep their period (`U.S.`, `Mr.`, `Sept.`, initials `J.`),
//!   listed in `resources/abbreviations.txt`;
//! * numbers, times and dates stay whole (`1,000.5`, `09:34`, `06.12.2023`,
//!   `09.Dec.2025`, `9/11`); currency symbols and `%` are split off;
//! * URLs, e-mail addresses, hashtags and @handles stay whole;
//! * every quote, bracket, dash and ellipsis is its own token.
//!
//! Tokens are returned as [`Span`]s of UTF-8 byte offsets; the tokenizer never
//! allocates per token and never fails.

use std::collections::HashSet;
use std::sync::OnceLock;

use dragoman_core::Span;

const ABBREVIATIONS: &str = include_str!("../resources/abbreviations.txt");
const SENTENCE_STARTERS: &str = include_str!("../resources/sentence_starters.txt");
const BOUND_PREFIXES: &str = include_str!("../resources/bound_prefixes.txt");

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// A title or reference word (`Mr.`, `Gen.`, `No.`): never ends a sentence.
    NonFinal,
    /// May end a sentence (`Inc.`, `Sept.`, `U.S.`, `a.m.`).
    Final,
    /// A single capital initial (`J.`): treated as non-final.
    Initial,
}

pub(crate) struct Lexicon {
    nonfinal: HashSet<&'static str>,
    final_: HashSet<&'static str>,
    starters: HashSet<&'static str>,
    bound_prefixes: HashSet<&'static str>,
}

fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut nonfinal = HashSet::new();
        let mut final_ = HashSet::new();
        let mut in_final = false;
        for line in data_lines(ABBREVIATIONS) {
            match line {
                "[nonfinal]" => in_final = false,
                "[final]" => in_final = true,
                _ if in_final => {
                    final_.insert(line);
                }
                _ => {
                    nonfinal.insert(line);
                }
            }
        }
        Lexicon {
            nonfinal,
            final_,
            starters: data_lines(SENTENCE_STARTERS).collect(),
            bound_prefixes: data_lines(BOUND_PREFIXES).collect(),
        }
    })
}

impl Lexicon {
    pub(crate) fn is_sentence_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

/// Classifies `word` (which must end with `.`) as an abbreviation, if it is one.
pub(crate) fn abbreviation_kind(word: &str) -> Option<AbbrevKind> {
    if !word.ends_with('.') || word.len() < 2 {
        return None;
    }
    let lex = lexicon();
    if lex.nonfinal.contains(word) {
        return Some(AbbrevKind::NonFinal);
    }
    if lex.final_.contains(word) {
        return Some(AbbrevKind::Final);
    }
    let body = &word[..word.len() - 1];
    let mut chars = body.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase().then_some(AbbrevKind::Initial);
    }
    // Dotted letter groups: U.S., e.g., a.m., U.N., Ph.D.
    let mut groups = 0;
    for group in body.split('.') {
        let n = group.chars().count();
        if n == 0 || n > 2 || !group.chars().all(char::is_alphabetic) {
            return None;
        }
        groups += 1;
    }
    (groups >= 2).then_some(AbbrevKind::Final)
}

/// Splits `text` into tokens, returned as byte spans in text order.
///
/// ```
/// use dragoman_nlp::tokenize;
/// let text = "Azerbaijan's envoy met U.S. officials.";
/// let words: Vec<&str> = tokenize(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(words, ["Azerbaijan", "'s", "envoy", "met", "U.S.", "officials", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Like [`tokenize`], appending to `out` (which is not cleared), so a caller
/// can reuse one buffer.
pub fn tokenize_into(text: &str, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip white space (ASCII fast path, then Unicode).
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let c = char_at(text, i);
            if c.is_whitespace() {
                break;
            }
            i += c.len_utf8();
        }
        chunk(text, start, i, out);
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b as char
    } else {
        text[i..].chars().next().unwrap_or(' ')
    }
}

#[inline]
fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '”'
            | '’'
            | '»'
            | '`'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '‒' | '―' | '−')
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₽' | '₺' | '₹')
}

/// Length in bytes of the run of characters at the start of `s` that satisfy `f`.
fn run_len(s: &str, f: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !f(c))
        .map_or(s.len(), |(i, _)| i)
}

/// Length in bytes of the run of characters at the end of `s` that satisfy `f`.
fn back_run_len(s: &str, f: impl Fn(char) -> bool) -> usize {
    let mut n = 0;
    for c in s.chars().rev() {
        if !f(c) {
            break;
        }
        n += c.len_utf8();
    }
    n
}

fn is_dot(c: char) -> bool {
    c == '.' || c == '…'
}

fn is_special_word(w: &str) -> bool {
    is_url(w) || is_email(w) || is_handle_or_hashtag(w)
}

/// Tokenizes one white-space separated chunk `[s, e)`.
fn chunk(text: &str, mut s: usize, mut e: usize, out: &mut Vec<Span>) {
    // Leading punctuation.
    while s < e {
        let rest = &text[s..e];
        if is_special_word(rest) {
            break;
        }
        let c = char_at(text, s);
        let len = if c == '`' {
            run_len(rest, |x| x == '`')
        } else if c == '\'' {
            // '90s, 'em: the apostrophe belongs to the word.
            let after = &rest[1..];
            let digits = run_len(after, |x| x.is_ascii_digit());
            if digits == 2 || after.starts_with("em") && after.len() == 2 {
                break;
            }
            1
        } else if is_opening(c) {
            c.len_utf8()
        } else if is_dash(c) {
            run_len(rest, is_dash)
        } else if is_dot(c) {
            let n = run_len(rest, is_dot);
            if n == 1 && c == '.' && rest[1..].starts_with(|x: char| x.is_ascii_digit()) {
                break; // .5
            }
            n
        } else if is_currency(c) && rest.len() > c.len_utf8() {
            c.len_utf8()
        } else if matches!(
            c,
            '*' | '•' | '·' | '|' | '~' | '/' | ',' | ';' | ':' | '!' | '?'
        ) {
            run_len(rest, |x| x == c)
        } else {
            break;
        };
        out.push(Span::new(s, s + len));
        s += len;
    }
    // Trailing punctuation: remember the cut points, emit after the core.
    let mut cuts = [0usize; 24];
    let mut ncuts = 0;
    let chunk_end = e;
    while s < e && ncuts < cuts.len() {
        let core = &text[s..e];
        let Some(c) = last_char(core) else { break };
        let len = match c {
            ',' | ';' | '!' | '?' | ')' | ']' | '}' | '"' | '”' | '»' | '›' | '“' | '*' | ':' =>
            {
                if c == ')' && is_emoticon(core) {
                    break;
                }
                back_run_len(core, |x| {
                    x == c || (matches!(c, '!' | '?') && matches!(x, '!' | '?'))
                })
            }
            '\'' | '’' | '‘' => {
                if core.len() == c.len_utf8() {
                    break;
                }
                c.len_utf8()
            }
            '…' => back_run_len(core, is_dot),
            '.' => {
                let dots = back_run_len(core, |x| x == '.');
                if dots >= 2 {
                    back_run_len(core, is_dot)
                } else if abbreviation_kind(core).is_some() {
                    break;
                } else {
                    1
                }
            }
            '%' => {
                if core.len() > 1 {
                    1
                } else {
                    break;
                }
            }
            c if is_dash(c) => back_run_len(core, is_dash),
            _ => break,
        };
        if len >= core.len() {
            break;
        }
        e -= len;
        cuts[ncuts] = e;
        ncuts += 1;
    }
    if s < e {
        core(text, s, e, out);
    }
    // cuts are decreasing; emit the trailing tokens in text order
    for k in (0..ncuts).rev() {
        let end = if k == 0 { chunk_end } else { cuts[k - 1] };
        out.push(Span::new(cuts[k], end));
    }
}

fn is_emoticon(w: &str) -> bool {
    matches!(w, ":)" | ":-)" | ";)" | ";-)" | ":(" | ":-(" | ":D" | ":P")
}

const TLDS: &[&str] = &[
    "com", "org", "net", "gov", "edu", "int", "mil", "io", "info", "biz", "co", "uk", "de", "fr",
    "ru", "am", "az", "ge", "tr", "ir", "ua", "eu", "us", "ca", "au", "in", "cn", "jp", "news",
];

fn is_url(w: &str) -> bool {
    let lower_starts =
        |p: &str| w.len() > p.len() && w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if lower_starts("http://") || lower_starts("https://") || lower_starts("ftp://") {
        return true;
    }
    if lower_starts("www.") {
        return w.len() > 6;
    }
    // bare domains: example.com, gov.am/news
    let host = w.split('/').next().unwrap_or(w);
    if !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return false;
    }
    if !host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    {
        return false;
    }
    let tld = host.rsplit('.').next().unwrap_or("");
    let first = host.split('.').next().unwrap_or("");
    first.len() >= 2 && TLDS.iter().any(|t| tld.eq_ignore_ascii_case(t))
}

fn is_email(w: &str) -> bool {
    let Some(at) = w.find('@') else { return false };
    let (local, domain) = (&w[..at], &w[at + 1..]);
    !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
        && domain.contains('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
}

fn is_handle_or_hashtag(w: &str) -> bool {
    let mut chars = w.chars();
    match (chars.next(), chars.next()) {
        (Some('@'), Some(c)) | (Some('#'), Some(c)) if c.is_alphabetic() || c == '_' => {
            chars.all(|c| c.is_alphanumeric() || c == '_')
        }
        _ => false,
    }
}

/// Numbers, times, dates, ordinals and codes that stay one token.
fn is_number_like(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_ascii_digit() {
        return false;
    }
    let hyphens = w.bytes().filter(|&b| b == b'-').count();
    if hyphens == 1 {
        return false;
    }
    if hyphens >= 2 && !w.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return false;
    }
    let bytes = w.as_bytes();
    for (i, c) in w.char_indices() {
        if c.is_alphanumeric() {
            continue;
        }
        if matches!(c, '.' | ',' | ':' | '/' | '-') {
            // separator must be followed by an alphanumeric character
            match bytes.get(i + 1) {
                Some(b) if b.is_ascii_alphanumeric() => continue,
                _ => return false,
            }
        }
        return false;
    }
    true
}

/// Splits a clitic off the end of a word: returns the byte length of the clitic.
fn clitic_len(w: &str) -> usize {
    let n = w.len();
    let ends_ci = |suffix: &str| {
        n > suffix.len()
            && w.is_char_boundary(n - suffix.len())
            && w[n - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    for neg in ["n't", "n’t"] {
        if ends_ci(neg) {
            return neg.len();
        }
    }
    for apos in ["'", "’"] {
        for suffix in ["s", "re", "ve", "ll", "d", "m"] {
            let len = apos.len() + suffix.len();
            if n > len && w.is_char_boundary(n - len) {
                let tail = &w[n - len..];
                if tail.starts_with(apos) && tail[apos.len()..].eq_ignore_ascii_case(suffix) {
                    let before = last_char(&w[..n - len]);
                    if before.is_some_and(char::is_alphanumeric) {
                        return len;
                    }
                }
            }
        }
    }
    0
}

/// Tokenizes a chunk core: no leading or trailing punctuation left.
fn core(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let w = &text[s..e];
    if is_special_word(w) || is_number_like(w) || is_emoticon(w) {
        out.push(Span::new(s, e));
        return;
    }
    let lower_is = |x: &str| w.eq_ignore_ascii_case(x);
    for (word, cut) in [("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)] {
        if lower_is(word) {
            out.push(Span::new(s, s + cut));
            out.push(Span::new(s + cut, e));
            return;
        }
    }
    let clitic = clitic_len(w);
    let main_end = e - clitic;
    if main_end > s {
        word_pieces(text, s, main_end, out);
    }
    if clitic > 0 {
        out.push(Span::new(main_end, e));
    }
}

/// Splits a word at internal punctuation (hyphens, slashes, commas...).
fn word_pieces(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let w = &text[s..e];
    if is_number_like(w) {
        out.push(Span::new(s, e));
        return;
    }
    let lex = lexicon();
    let mut piece = 0; // start of the current piece, relative to s
    let mut i = 0;
    while i < w.len() {
        let c = char_at(w, i);
        let clen = c.len_utf8();
        if c.is_alphanumeric() || matches!(c, '_' | '&' | '+' | '\'' | '’' | '@') {
            i += clen;
            continue;
        }
        let prev = if i > 0 { last_char(&w[..i]) } else { None };
        let next = w[i + clen..].chars().next();
        let digit_both =
            prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
        let keep = match c {
            '.' => {
                // Keep dotted abbreviations (U.S) and decimals; split "end.Start".
                let left = &w[piece..i];
                let letters_left = left.chars().rev().take_while(|c| c.is_alphabetic()).count();
                let right = &w[i + 1..];
                let mut rc = right.chars();
                let split = letters_left >= 2
                    && matches!((rc.next(), rc.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase());
                !split
            }
            ':' | ',' | '/' => digit_both,
            '-' => {
                let left = &w[piece..i];
                let left_lower_prefix = left.len() <= 7
                    && left.chars().all(|c| c.is_ascii_alphabetic())
                    && lex
                        .bound_prefixes
                        .contains(left.to_ascii_lowercase().as_str());
                left_lower_prefix && next.is_some_and(char::is_alphabetic)
            }
            _ => false,
        };
        if keep {
            i += clen;
            continue;
        }
        if i > piece {
            push_piece(text, s + piece, s + i, out);
        }
        // group runs of the same separator (--, ...)
        let mut j = i + clen;
        while j < w.len() && char_at(w, j) == c {
            j += clen;
        }
        out.push(Span::new(s + i, s + j));
        i = j;
        piece = j;
    }
    if piece < w.len() {
        push_piece(text, s + piece, e, out);
    }
}

/// Pushes a piece found inside a word; a trailing period that is not part of
/// an abbreviation is split off.
fn push_piece(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let p = &text[s..e];
    if p.len() > 1 && p.ends_with('.') && abbreviation_kind(p).is_none() && !is_number_like(p) {
        out.push(Span::new(s, e - 1));
        out.push(Span::new(e - 1, e));
    } else {
        out.push(Span::new(s, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            toks("Mr. Blinken met Gen. J. Smith in Washington, D.C., on Sept. 5."),
            [
                "Mr.",
                "Blinken",
                "met",
                "Gen.",
                "J.",
                "Smith",
                "in",
                "Washington",
                ",",
                "D.C.",
                ",",
                "on",
                "Sept.",
                "5",
                "."
            ]
        );
        assert_eq!(
            toks("the U.S.-led coalition"),
            ["the", "U.S.", "-", "led", "coalition"]
        );
        assert_eq!(toks("said the U.S."), ["said", "the", "U.S."]);
    }

    #[test]
    fn numbers_dates_times() {
        assert_eq!(
            toks("At 09:34 on 06.12.2023 and 09.Dec.2025, 1,200.50 troops (3.5%) cost $40m."),
            [
                "At",
                "09:34",
                "on",
                "06.12.2023",
                "and",
                "09.Dec.2025",
                ",",
                "1,200.50",
                "troops",
                "(",
                "3.5",
                "%",
                ")",
                "cost",
                "$",
                "40m",
                "."
            ]
        );
        assert_eq!(
            toks("in 1969-1970 on 9/11"),
            ["in", "1969", "-", "1970", "on", "9/11"]
        );
    }

    #[test]
    fn hyphens_and_possessives() {
        assert_eq!(
            toks("the Armenian-Azerbaijani 30-year e-mail co-operation Azerbaijan's President’s allies' talks"),
            ["the", "Armenian", "-", "Azerbaijani", "30", "-", "year", "e-mail", "co-operation", "Azerbaijan", "'s", "President", "’s", "allies", "'", "talks"]
        );
        assert_eq!(
            toks("don't can't cannot we're I’m"),
            ["do", "n't", "ca", "n't", "can", "not", "we", "'re", "I", "’m"]
        );
    }

    #[test]
    fn quotes_dashes_ellipses() {
        assert_eq!(
            toks("“We want peace,” he said — «now»... ‘Really?’ \"Yes.\""),
            [
                "“", "We", "want", "peace", ",", "”", "he", "said", "—", "«", "now", "»", "...",
                "‘", "Really", "?", "’", "\"", "Yes", ".", "\""
            ]
        );
        assert_eq!(toks("wait…what -- no"), ["wait", "…", "what", "--", "no"]);
    }

    #[test]
    fn urls_emails_handles() {
        assert_eq!(
            toks("See https://mfa.am/en/news. Write to press@mfa.gov.az or @AmbJohnBass #Karabakh (www.gov.am)."),
            ["See", "https://mfa.am/en/news", ".", "Write", "to", "press@mfa.gov.az", "or", "@AmbJohnBass", "#Karabakh", "(", "www.gov.am", ")", "."]
        );
    }

    #[test]
    fn offsets_cover_non_whitespace_exactly() {
        let text = "Ağdam — “Baku’s” envoy.\nNext…";
        let spans = tokenize(text);
        let mut covered = 0;
        for w in spans.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for s in &spans {
            covered += s.len();
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        let non_ws: usize = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(char::len_utf8)
            .sum();
        assert_eq!(covered, non_ws);
    }
}
