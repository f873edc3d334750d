//! Pages converted to Markdown (by a scraper that writes Markdown, a
//! reader-mode export, a notes app): the conversion's syntax goes before
//! the lines are classified, so that "# Headline", "By [Name](/authors/x)
//! · _29 Nov 2024_" and "* [Africa](/africa)" read as a headline, a byline
//! with its stamp and a menu item.
//!
//! Only pages that show Markdown's syntax often enough are converted
//! ([`looks_like_markdown`]): a heading line and links, or many links.
//! What is kept of each mark:
//! - headings, block quotes and list items: the text after the marker;
//! - links: their text; images and reference definitions: nothing;
//! - bold and italic marks around words: the words;
//! - horizontal rules: an empty line.

use std::sync::OnceLock;

use regex::Regex;

/// The page without its Markdown syntax, or `None` when it does not read
/// as Markdown.
pub fn to_plain(raw: &str) -> Option<String> {
    if !looks_like_markdown(raw) {
        return None;
    }
    let mut out = String::with_capacity(raw.len());
    for line in raw.split('\n') {
        out.push_str(&plain_line(line.trim_end_matches('\r')));
        out.push('\n');
    }
    Some(out)
}

/// A heading line and two links, or six links.
pub fn looks_like_markdown(raw: &str) -> bool {
    // the cheap test first: most pages have no "](" at all
    if !raw.contains("](") {
        return false;
    }
    let links = link_regex().find_iter(raw).take(6).count();
    let heading = raw.lines().any(|l| {
        let hashes = l.len() - l.trim_start_matches('#').len();
        (1..=6).contains(&hashes) && l[hashes..].starts_with(' ')
    });
    links >= 6 || heading && links >= 2
}

fn link_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?P<img>!?)\[(?P<text>[^\[\]\n]*)\]\((?P<url>[^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+\x22[^\x22]*\x22)?\)")
            .expect("link pattern is valid")
    })
}

fn emphasis_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // "**Paris faces ...**", "_29 Nov 2024 · 10:15 GMT_": marks that
        // open after a space or the line's start and close before one
        Regex::new(r"(?P<pre>^|[\s(\x22'])(?P<mark>\*\*|__|\*|_)(?P<inner>[^\s*_](?:[^*_\n]*[^\s*_])?)(?:\*\*|__|\*|_)(?P<post>[\s).,;:!?\x22']|$)")
            .expect("emphasis pattern is valid")
    })
}

/// One line without its Markdown syntax.
fn plain_line(line: &str) -> String {
    let trimmed = line.trim_start();
    // "---", "***", "___": a rule
    if trimmed.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|&c| trimmed.trim_end().chars().all(|x| x == c || x == ' '))
        && trimmed
            .trim_end()
            .chars()
            .filter(|c| !c.is_whitespace())
            .count()
            >= 3
    {
        return String::new();
    }
    // "[1]: https://...": a reference definition
    if trimmed.starts_with('[')
        && trimmed
            .split_once("]: ")
            .is_some_and(|(_, url)| !url.trim().contains(' '))
    {
        return String::new();
    }
    let mut text = trimmed;
    let hashes = text.len() - text.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') {
        text = text[hashes..].trim().trim_end_matches('#').trim_end();
    }
    while let Some(rest) = text.strip_prefix('>') {
        text = rest.trim_start();
    }
    for bullet in ["* ", "- ", "+ "] {
        if let Some(rest) = text.strip_prefix(bullet) {
            text = rest.trim_start();
            break;
        }
    }
    let linked = link_regex().replace_all(text, |c: &regex::Captures<'_>| {
        if c["img"].is_empty() {
            c["text"].to_string()
        } else {
            String::new()
        }
    });
    let mut plain = linked.into_owned();
    // nested marks ("**_Analysis_**") need a second pass
    for _ in 0..2 {
        let next = emphasis_regex()
            .replace_all(&plain, "$pre$inner$post")
            .into_owned();
        if next == plain {
            break;
        }
        plain = next;
    }
    plain
        .replace("\\*", "*")
        .replace("\\_", "_")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_go_and_their_text_stays() {
        let cases = [
            ("# Chad ends defence pact", "Chad ends defence pact"),
            ("## A shrinking footprint ##", "A shrinking footprint"),
            (
                "By [Ousmane Mahamat](/authors/ousmane-mahamat) · _29 Nov 2024 · 10:15 GMT_",
                "By Ousmane Mahamat · 29 Nov 2024 · 10:15 GMT",
            ),
            ("* [Africa](/africa)", "Africa"),
            ("![French soldiers](https://img.example/a.jpg)", ""),
            ("**Paris faces the loss.**", "Paris faces the loss."),
            (
                "> \"Chad is not turning its back,\" he said.",
                "\"Chad is not turning its back,\" he said.",
            ),
            ("---", ""),
            ("[1]: https://example.org/x", ""),
            // not marks: a footnote star, an underscore inside a name
            ("Helene Brandt*", "Helene Brandt*"),
            ("see file_name_here today", "see file_name_here today"),
        ];
        for (line, want) in cases {
            assert_eq!(plain_line(line), want, "{line}");
        }
    }

    #[test]
    fn only_pages_in_markdown_are_converted() {
        let md = "# Headline\n\nBy [A B](/a) and [C D](/c)\n\nText.\n";
        assert!(to_plain(md).is_some_and(|p| p.starts_with("Headline\n")));
        // a plain page with one bracketed link is left alone
        let plain = "Headline\n\nSee [the report](https://x.org/r) for more.\n";
        assert_eq!(to_plain(plain), None);
    }
}
