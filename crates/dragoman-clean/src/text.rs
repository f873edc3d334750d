//! The text cleaner: splits a plain-text page dump into title, bylines,
//! dateline, publication stamp, body and page chrome.
//!
//! It works on lines, not on strings known in advance. Each line gets a
//! [`Shape`] from its own features (length, share of lower-case words,
//! final punctuation, date-only, chrome phrase), then the page is read as a
//! whole:
//!
//! 1. **Lists.** A date line right after a headline-like line is a *pair*;
//!    two or more pairs in a row whose dates share a format are a list of
//!    related headlines (the dates beside them are never publication dates).
//! 2. **Segments.** Stop lines (list headings, comment forms, newsletter
//!    prompts, footers) and lists cut the page into segments; the segment
//!    with the most prose is the article.
//! 3. **Header.** Before the first prose line: section labels, breadcrumbs,
//!    bylines, stamps and the title (the longest headline-like line; a
//!    headline in sentence case under only a site name and short labels is
//!    the first prose line itself; a page whose first line is already a
//!    dateline sentence has none).
//! 4. **Tail.** After the last prose line of the article: a sign-off
//!    (author name, then place) and a publication stamp; dates further down,
//!    after the lists, are page or crawl dates.
//!
//! In [`Mode::Extracted`] (text already extracted from HTML) there is no
//! title to find and lines before the first prose line are kept.

use std::sync::OnceLock;

use dragoman_core::{Boilerplate, Published};
use regex::Regex;

use crate::chrome::ChromeDictionary;
use crate::dates::{
    month_number, opens_with, relative_stamp, resolve, weekday_number, DateLine, OrderEvidence,
};
use crate::lines::{Line, Shape};

/// Whether the input is a raw page dump or text already extracted from HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A plain-text page: title, chrome and all.
    Page,
    /// The main text extracted from HTML: the title is known from metadata.
    Extracted,
}

/// What the cleaner found in a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub dateline: Option<String>,
    pub published: Option<Published>,
    /// The article body, paragraphs separated by `\n`.
    pub body: String,
    pub boilerplate: Vec<Boilerplate>,
}

/// The line-classifying text cleaner.
#[derive(Debug, Clone, Default)]
pub struct TextCleaner {
    chrome: ChromeDictionary,
}

/// The role the cleaner gave a line.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    Unset,
    Title,
    Body,
    Author,
    Dateline,
    Stamp,
    Chrome(String),
}

impl TextCleaner {
    pub fn new(chrome: ChromeDictionary) -> TextCleaner {
        TextCleaner { chrome }
    }

    pub fn chrome_mut(&mut self) -> &mut ChromeDictionary {
        &mut self.chrome
    }

    /// Cleans one page.
    pub fn clean(&self, raw: &str, mode: Mode) -> Cleaned {
        if mode == Mode::Page {
            if let Some(plain) = crate::markdown::to_plain(raw) {
                return self.clean_text(&plain, mode);
            }
        }
        self.clean_text(raw, mode)
    }

    fn clean_text(&self, raw: &str, mode: Mode) -> Cleaned {
        self.traced(raw, mode, None)
    }

    /// Each line of a plain-text page with its shape and the role the
    /// cleaner gave it, one row per line: for debugging rules.
    #[doc(hidden)]
    pub fn trace(&self, raw: &str) -> Vec<String> {
        let mut rows = Vec::new();
        self.traced(raw, Mode::Page, Some(&mut rows));
        rows
    }

    fn traced(&self, raw: &str, mode: Mode, trace: Option<&mut Vec<String>>) -> Cleaned {
        let joined = joined_bylines(raw);
        let mut lines = self.split_lines(joined.as_deref().unwrap_or(raw));
        avatar_bylines(&mut lines);
        let in_list = related_lists(&lines);
        let boxed = skippable_boxes(&lines);
        let stop: Vec<bool> = lines
            .iter()
            .zip(&in_list)
            .enumerate()
            .map(|(i, (l, &listed))| {
                (listed || matches!(&l.shape, Shape::Chrome(k) if k.stop))
                    && !toolbar_button(&lines, i)
                    && !boxed[i]
            })
            .collect();
        match mode {
            Mode::Page => {
                let (cleaned, roles) = self.clean_page(&lines, &in_list, &stop, &boxed);
                if let Some(rows) = trace {
                    for (i, line) in lines.iter().enumerate() {
                        let shape = match &line.shape {
                            Shape::Date(d) => format!("Date({}-{}-{})", d.year, d.first, d.second),
                            Shape::Chrome(k) => format!("Chrome({})", k.kind),
                            other => format!("{other:?}"),
                        };
                        let role = roles.get(i).map(|r| format!("{r:?}")).unwrap_or_default();
                        let flags = format!(
                            "{}{}{}",
                            if in_list[i] { "L" } else { "" },
                            if stop[i] { "S" } else { "" },
                            if line.promo { "P" } else { "" }
                        );
                        rows.push(format!(
                            "{i:4} {flags:3} {shape:24.24} {role:24.24} {}",
                            line.trimmed()
                        ));
                    }
                }
                cleaned
            }
            Mode::Extracted => clean_extracted(&lines, &in_list, &stop),
        }
    }

    fn clean_page(
        &self,
        lines: &[Line<'_>],
        in_list: &[bool],
        stop: &[bool],
        boxed: &[bool],
    ) -> (Cleaned, Vec<Role>) {
        let mut roles = vec![Role::Unset; lines.len()];
        let mut out = Cleaned::default();

        let Some((seg_start, seg_end)) = article_segment(lines, stop) else {
            // no prose at all: keep whatever is not chrome
            let keep: Vec<&str> = lines
                .iter()
                .filter(|l| matches!(l.shape, Shape::Sentence | Shape::Heading | Shape::Name))
                .map(|l| l.trimmed())
                .collect();
            out.body = keep.join("\n");
            return (out, roles);
        };
        // (a page's <title> on the first line, whose headline the page
        // prints again below, is no start of the article)
        let mut body_start = (seg_start..seg_end)
            .find(|&i| {
                lines[i].is_sentence()
                    && !is_masthead(lines, i)
                    && !reprinted_below(lines, i, i + 1..lines.len())
            })
            .unwrap_or(seg_start);
        let body_end = (seg_start..seg_end)
            .rev()
            .find(|&i| lines[i].is_sentence())
            .unwrap_or(seg_end - 1);

        // comments the scrape put above the post: the header starts under
        // the comment form, and the names and stamps above it are the
        // commenters'
        // (a "Leave a comment" link under the byline is no form: the
        // headline is above it)
        if let Some(form) = (0..body_start)
            .rev()
            .find(|&i| matches!(&lines[i].shape, Shape::Chrome(k) if k.kind == "comment-form"))
            .filter(|&form| {
                (form + 1..body_start).any(|i| {
                    matches!(
                        lines[i].shape,
                        Shape::Heading | Shape::Sentence | Shape::Name
                    ) && looks_like_title(&lines[i])
                })
            })
        {
            for i in (0..form).filter(|&i| !lines[i].is_blank()) {
                roles[i] = Role::Chrome("comments".into());
            }
        }

        // --- header: title, labels, bylines, stamps
        body_start = read_header(lines, &mut roles, body_start, body_end, &mut out);
        body_start = skip_standfirst(lines, &mut roles, body_start, body_end, &mut out);
        if body_start > 0 && drop_cap(lines, body_start - 1) {
            body_start -= 1;
        }

        // --- body
        for i in body_start..=body_end {
            let line = &lines[i];
            roles[i] = match &line.shape {
                Shape::Blank => Role::Unset,
                _ if boxed[i] => Role::Chrome("promo-box".into()),
                Shape::Chrome(k) => Role::Chrome(k.kind.clone()),
                Shape::Date(_) => Role::Chrome("date".into()),
                Shape::Sentence if about_the_author(line.trimmed()).is_some() => {
                    let name = about_the_author(line.trimmed());
                    push_authors(&mut out.authors, &name.into_iter().collect::<Vec<_>>());
                    Role::Chrome("author-bio".into())
                }
                Shape::Byline(names) => {
                    push_authors(&mut out.authors, names);
                    if line.trimmed().starts_with('(') {
                        // a wire credit in brackets inside the article
                        // ("(Reporting by ...; Editing by ...)") is part of
                        // the text as published
                        Role::Body
                    } else {
                        Role::Author
                    }
                }
                _ => Role::Body,
            };
        }

        // "Nathaniel Brooks is a contributing writer at Meridian": the
        // writer's bio under the article
        // (one for each writer)
        while let Some(last) = (body_start..=body_end)
            .rev()
            .find(|&i| roles[i] == Role::Body)
            .filter(|&last| last > body_start && writer_bio(lines[last].trimmed(), &out.authors))
        {
            roles[last] = Role::Chrome("author-bio".into());
        }

        // --- tail: sign-off and stamp, up to the end of the segment
        let mut names_seen = 0;
        let mut ended = false;
        for i in body_end + 1..seg_end {
            let line = &lines[i];
            // "###", "-30-", "- ENDS -": a release's end mark; no sign-off
            // follows it
            ended |= is_end_mark(line.trimmed());
            roles[i] = match &line.shape {
                Shape::Blank => Role::Unset,
                _ if ended => Role::Chrome("tail".into()),
                Shape::Date(_) => Role::Stamp,
                Shape::Byline(names) => {
                    push_authors(&mut out.authors, names);
                    Role::Author
                }
                Shape::Name
                    if names_seen == 0
                        && line.words >= 2
                        && !crate::lines::names_a_body(line.trimmed())
                        // ("Kontakt   Annonsera   Kundservice": the footer's menu)
                        && !is_menu(line.trimmed())
                        // a sign-off follows the article or its stamp; a
                        // name under "Topics" is a tag
                        && previous_content(lines, i, 2).is_some_and(|j| {
                            roles[j] == Role::Body
                                || matches!(lines[j].shape, Shape::Date(_) | Shape::Byline(_))
                        }) =>
                {
                    names_seen += 1;
                    // "Kofi Boateng, Dakar": the writer and the place
                    let text = line.trimmed();
                    let name = match text.split_once(", ") {
                        Some((name, place)) if place.split_whitespace().count() <= 2 => name,
                        _ => text,
                    };
                    push_authors(&mut out.authors, &[name.to_string()]);
                    Role::Author
                }
                Shape::Name if names_seen == 1 => {
                    names_seen += 1;
                    out.dateline
                        .get_or_insert_with(|| line.trimmed().to_string());
                    Role::Dateline
                }
                Shape::Chrome(k) => Role::Chrome(k.kind.clone()),
                _ => Role::Chrome("tail".into()),
            };
        }

        // "Author" / "Milena Kostić in Belgrade": an article-details box
        // names the writer in a labelled field
        if out.authors.is_empty() {
            if let Some((j, names)) = (0..lines.len())
                .filter(|&i| roles[i] != Role::Body && author_label(lines[i].trimmed()))
                .find_map(|i| {
                    let j = next_content(lines, i, (i + 3).min(lines.len()))?;
                    let names = crate::lines::split_names(lines[j].trimmed());
                    (roles[j] != Role::Body
                        && !names.is_empty()
                        && names.iter().all(|n| n.contains(' ')))
                    .then_some((j, names))
                })
            {
                push_authors(&mut out.authors, &names);
                roles[j] = Role::Author;
            }
        }

        // "By our Berlin correspondent" ... "Katharina Roth is our Berlin
        // correspondent.": a card under the article names the writer the
        // byline did not
        if out.authors.is_empty() {
            if let Some((last, name)) = (body_start..=body_end)
                .rev()
                .filter(|&i| roles[i] == Role::Body)
                .take(2)
                .find_map(|i| writer_card(lines[i].trimmed()).map(|name| (i, name)))
            {
                push_authors(&mut out.authors, &[name]);
                roles[last] = Role::Chrome("author-bio".into());
            }
        }

        // "Dana Whitlock and Marcus Bell" / "Capitol Ledger": the site's
        // name, printed at the top of the page, is no writer
        // (nor is the site's name that ends the page's <title> on the first
        // line: "Headline | Kaori Mitchell | Harbour Light Asia")
        if let Some(masthead) = lines.iter().find(|l| !l.is_blank()) {
            let masthead = masthead.trimmed();
            let site = masthead
                .rsplit_once(" | ")
                .map(|(_, site)| site.trim())
                .filter(|site| site.split_whitespace().count() <= 5);
            out.authors
                .retain(|a| a != masthead && Some(a.as_str()) != site);
        }

        // --- everything else is chrome
        for (i, role) in roles.iter_mut().enumerate() {
            if *role != Role::Unset || lines[i].is_blank() {
                continue;
            }
            *role = Role::Chrome(match &lines[i].shape {
                Shape::Chrome(k) => k.kind.clone(),
                Shape::Date(_) if in_list[i] => "related-links".into(),
                Shape::Date(_) if i > body_end => "page-date".into(),
                _ if in_list[i] => "related-links".into(),
                _ if i < body_start => "header".into(),
                _ => "trailing".into(),
            });
        }

        let out = finish(lines, &roles, out);
        (out, roles)
    }

    /// Lines of the input, with list headings glued to a headline split off.
    fn split_lines<'a>(&self, raw: &'a str) -> Vec<Line<'a>> {
        let mut lines = Vec::new();
        let pieces: Vec<(usize, &str)> = raw
            .split('\n')
            .scan(0, |at, piece| {
                let start = *at;
                *at += piece.len() + 1;
                Some((start, piece))
            })
            .collect();
        let mut k = 0;
        while k < pieces.len() {
            let (start, piece) = pieces[k];
            // "28" / "Sep" / "2025": a calendar badge, one line of the page
            if let Some(end) = calendar_badge(&pieces[k..]) {
                let (last, tail) = pieces[k + end];
                lines.push(Line::new(&raw[start..last + tail.len()], &self.chrome));
                for _ in 0..end {
                    lines.push(Line::new("", &self.chrome));
                }
                k += end + 1;
                continue;
            }
            k += 1;
            let text = piece.trim_end_matches('\r');
            match self.chrome.glued_heading(text) {
                Some((at, _)) => {
                    lines.push(Line::new(&text[..at], &self.chrome));
                    lines.push(Line::new(&text[at..], &self.chrome));
                }
                None => lines.push(Line::new(text, &self.chrome)),
            }
        }
        lines
    }
}

/// "28" / "Sep" / "2025" (or "Sep" / "28" / "2025"): a date badge that
/// the conversion split into one line per part. Returns the index of its
/// last line among `pieces`.
fn calendar_badge(pieces: &[(usize, &str)]) -> Option<usize> {
    let part = |k: usize| pieces.get(k).map(|(_, p)| p.trim());
    let (a, b, c) = (part(0)?, part(1)?, part(2)?);
    let day = |t: &str| t.len() <= 2 && t.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    let month = |t: &str| !t.contains(' ') && crate::dates::month_number(t).is_some();
    let year = |t: &str| t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y));
    ((day(a) && month(b) || month(a) && day(b)) && year(c)).then_some(2)
}

/// "NB" / "Natalie Brandt" / "OP" / "Owen Pritchard": the writers'
/// avatars, each a placeholder with the initials of the name under it (or
/// a portrait's text, "Headshot of Natalie Brandt"), make each name line a
/// byline (the initials lines stay what they are).
fn avatar_bylines(lines: &mut [Line<'_>]) {
    for i in 1..lines.len() {
        let initials = lines[i - 1].trimmed();
        let name = lines[i].trimmed();
        let words: Vec<&str> = name.split_whitespace().collect();
        let avatar = (2..=3).contains(&initials.chars().count())
            && initials.chars().all(char::is_uppercase)
            && words.len() == initials.chars().count()
            && words
                .iter()
                .zip(initials.chars())
                .all(|(w, c)| w.starts_with(c) && w.chars().skip(1).all(char::is_lowercase));
        // ("Headshot of Claire Whitmore" / "Claire Whitmore": a portrait's
        // alternative text over the name)
        let portrait = [
            "Headshot of ",
            "Portrait of ",
            "Photo of ",
            "Avatar of ",
            "Image of ",
        ]
        .iter()
        .any(|p| initials.strip_prefix(p) == Some(name))
            && (2..=4).contains(&words.len());
        if (avatar || portrait) && matches!(lines[i].shape, Shape::Name) {
            lines[i].shape = Shape::Byline(vec![name.to_string()]);
        }
    }
}

/// "By" / "Katarzyna Wolska" / "," / "Daniel Reyes" / "and" / "Amira
/// Haddad": a linked byline that the conversion split into one line per
/// link, joined back into one line ("By Katarzyna Wolska, Daniel Reyes and
/// Amira Haddad"); `None` when the page has none.
fn joined_bylines(raw: &str) -> Option<String> {
    let is_by = |t: &str| matches!(t.trim().trim_end_matches(':'), "By" | "BY" | "by");
    let lines: Vec<&str> = raw.split('\n').collect();
    if !lines.iter().any(|l| is_by(l)) {
        return None;
    }
    let connector = |t: &str| matches!(t, "," | "and" | "&" | "AND");
    let name = |t: &str| {
        let words: Vec<&str> = t.split_whitespace().collect();
        (2..=4).contains(&words.len()) && words.iter().all(|w| crate::lines::name_word(w))
    };
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        if is_by(lines[i]) {
            // names and connectors in turn, ending on a name
            let mut joined = String::from("By");
            let mut end = i + 1;
            let mut j = i + 1;
            while j < lines.len() && j <= i + 12 {
                let t = lines[j].trim();
                let want_name = (j - i) % 2 == 1;
                if want_name && name(t) {
                    end = j + 1;
                } else if want_name || !connector(t) {
                    break;
                }
                j += 1;
            }
            if end > i + 2 {
                for t in lines[i + 1..end].iter().map(|t| t.trim()) {
                    match t {
                        "," => joined.push(','),
                        _ if connector(t) => joined.push_str(" and"),
                        _ => {
                            joined.push(' ');
                            joined.push_str(t);
                        }
                    }
                }
                out.push(joined);
                changed = true;
                i = end;
                continue;
            }
        }
        out.push(lines[i].to_string());
        i += 1;
    }
    changed.then(|| out.join("\n"))
}

/// Reads the lines before the body; returns the (possibly moved) start of
/// the body.
fn read_header(
    lines: &[Line<'_>],
    roles: &mut [Role],
    body_start: usize,
    body_end: usize,
    out: &mut Cleaned,
) -> usize {
    // "Trending" / "Israel says ... shot down overnight" / "3 min read"
    // above the headline that the byline follows: a teaser
    let body_start = match headline_above_byline(lines, body_start, body_end) {
        Some(k) => {
            for i in body_start..k {
                if !lines[i].is_blank() {
                    roles[i] = Role::Chrome("teaser".into());
                }
            }
            k
        }
        None => body_start,
    };
    let mut candidates = Vec::new();
    for i in 0..body_start {
        let line = &lines[i];
        if roles[i] != Role::Unset {
            continue;
        }
        match &line.shape {
            Shape::Byline(names) => {
                push_authors(&mut out.authors, names);
                roles[i] = Role::Author;
            }
            Shape::Date(_) => roles[i] = Role::Stamp,
            // "Min-ji Seo in Seoul" right above the stamp
            Shape::Heading | Shape::Name | Shape::Sentence
                if placed_author(lines, i, body_start).is_some() =>
            {
                let names = placed_author(lines, i, body_start).unwrap_or_default();
                push_authors(&mut out.authors, &names);
                roles[i] = Role::Author;
            }
            // ("Agnieszka Lis / Paweł Górny" are two writers)
            Shape::Heading | Shape::Name | Shape::Sentence
                if (is_breadcrumb(line.trimmed()) && listed_names(line.trimmed()).is_none())
                    || trail_to_headline(lines, i) =>
            {
                roles[i] = Role::Chrome("navigation".into())
            }
            // "Ieva Kalnina" / "Follow" / "4 min read · Mar 3, 2024" under
            // the headline or its standfirst
            Shape::Name if writer_above_stamp(lines, i, body_start).is_some() => {
                let names = writer_above_stamp(lines, i, body_start).unwrap_or_default();
                push_authors(&mut out.authors, &names);
                roles[i] = Role::Author;
            }
            Shape::Heading | Shape::Name | Shape::Sentence => candidates.push(i),
            _ => {}
        }
    }
    // "title: Venezuela's government and ...": a feed item's or a front
    // matter's field names the title outright
    if let Some((i, title)) =
        (0..body_start).find_map(|i| title_field(lines[i].trimmed()).map(|t| (i, t)))
    {
        for &c in &candidates {
            roles[c] = Role::Chrome("header".into());
        }
        roles[i] = Role::Title;
        out.title = Some(title.to_string());
        return body_start;
    }
    // The first prose line is the title when it reads like a headline, more
    // prose follows and nothing before it does: a page that opens with
    // prose, or one whose only lines before it are a site name and section
    // labels ("GULF DISPATCH", "Analysis | Ethiopia") above a headline in
    // sentence case.
    let first = &lines[body_start];
    let more = (body_start + 1..=body_end).any(|i| lines[i].is_sentence());
    // the page's own <title> ("Vienna talks adjourn :: Gulf Monitor") gives
    // way to the headline on the page
    let page_title =
        |i: usize| without_site_suffix(lines[i].trimmed(), lines) != lines[i].trimmed();
    let labels_only = candidates.iter().all(|&i| {
        !looks_like_title(&lines[i])
            || is_masthead(lines, i)
            // ("Anders Rygg obituary" is short, but a headline)
            || lines[i].words < 5 && !obituary_headline(lines[i].trimmed())
            || page_title(i)
            || is_menu(lines[i].trimmed())
            || site_banner(lines[i].trimmed())
            || lines[i].promo
    });
    // a headline with its byline under it wins over lines without one,
    // unless it is a standfirst under a headline
    let headline_above = previous_content(lines, body_start, 2).filter(|&j| {
        candidates.contains(&j) && headline_sized(&lines[j]) && looks_like_title(&lines[j])
    });
    let under_headline = headline_above.is_some();
    // ... and so does a headline with its stamp under it
    let signed =
        |i: usize, end: usize| byline_follows(lines, i, end) || stamp_follows(lines, i, end);
    let first_bylined = signed(body_start, body_end + 1)
        && !under_headline
        && !candidates
            .iter()
            .any(|&i| lines[i].words >= 5 && looks_like_title(&lines[i]) && signed(i, body_start));
    if more
        && (labels_only || first_bylined)
        && looks_like_title(first)
        && (first_bylined
            || (0..body_start).all(|i| {
                !lines[i].is_sentence()
                    || page_title(i)
                    || roles[i] != Role::Unset
                    || is_masthead(lines, i)
            }))
    {
        for &i in &candidates {
            roles[i] = Role::Chrome("section-label".into());
        }
        roles[body_start] = Role::Title;
        let title = without_site_suffix(first.trimmed(), lines);
        // the site's name and the headline repeated under it are no bylines
        let not_byline = |l: &Line<'_>| {
            let t = l.trimmed();
            t.eq_ignore_ascii_case(&title)
                || first
                    .trimmed()
                    .strip_prefix(title.as_str())
                    .is_some_and(|rest| {
                        rest.trim_start_matches([' ', '|', '-', '–', '—', '·', ':', '•'])
                            .eq_ignore_ascii_case(t)
                    })
        };
        out.title = Some(title.clone());
        let start = (body_start + 1..=body_end)
            .find(|&i| lines[i].is_sentence())
            .unwrap_or(body_end);
        // stamps and bylines between the title and the body
        for i in body_start + 1..start {
            match &lines[i].shape {
                Shape::Date(_) => roles[i] = Role::Stamp,
                Shape::Byline(names) => {
                    push_authors(&mut out.authors, names);
                    roles[i] = Role::Author;
                }
                Shape::Name | Shape::Heading if placed_author(lines, i, start).is_some() => {
                    let names = placed_author(lines, i, start).unwrap_or_default();
                    push_authors(&mut out.authors, &names);
                    roles[i] = Role::Author;
                }
                Shape::Name if lines[i].words >= 2 && not_byline(&lines[i]) => {
                    roles[i] = Role::Chrome("header".into());
                }
                Shape::Name if is_breadcrumb(lines[i].trimmed()) => {
                    roles[i] = Role::Chrome("navigation".into());
                }
                Shape::Name
                    if lines[i].words >= 2
                        && !shouted(lines[i].trimmed())
                        && beside_header(lines, i, body_start, start) =>
                {
                    // "Selam Tesfaye", "Carla Reyes, PAN"
                    let names = crate::lines::split_names(lines[i].trimmed());
                    if !names.is_empty() {
                        push_authors(&mut out.authors, &names);
                        roles[i] = Role::Author;
                    }
                }
                _ => {}
            }
        }
        return start;
    }
    if candidates.is_empty() {
        return body_start;
    }
    // the headline right above the byline, else the longest
    let byline_follows = |i: usize| byline_follows(lines, i, body_start);
    // a promotion of another story only if nothing else can be
    let headline = |i: usize| {
        looks_like_title(&lines[i]) && !is_site_name(&lines[i]) && !is_masthead(lines, i)
    };
    let promos_only = candidates.iter().all(|&i| !headline(i) || lines[i].promo);
    let title = candidates
        .iter()
        .copied()
        .filter(|&i| headline(i) && (promos_only || !lines[i].promo))
        .max_by_key(|&i| {
            (
                // the headline as printed, not the page's <title> that
                // repeats it with the writer's and the site's names
                !reprinted_below(lines, i, candidates.iter().copied()),
                // a short headline above a long standfirst
                Some(i) == headline_above && obituary_headline(lines[i].trimmed()),
                byline_follows(i),
                lines[i].words,
                std::cmp::Reverse(i),
            )
        })
        // the line above the byline is a standfirst when a headline is
        // right above it ("Joly tells MPs ..." / "Conservatives say ..."),
        // however short ("The foreign ministers met in Athens")
        .map(|t| {
            previous_content(lines, t, 2)
                .filter(|&h| {
                    // a site's tagline under its name is no headline
                    let first = lines.iter().position(|l| !l.is_blank());
                    signed_below(lines, t, body_start)
                        && Some(h) != first
                        && previous_content(lines, h, 2) != first
                        && candidates.contains(&h)
                        && headline(h)
                        && !lines[h].promo
                        && headline_sized(&lines[h])
                        && !lines[h].trimmed().contains(" | ")
                        && !byline_follows(h)
                })
                .unwrap_or(t)
        });
    // "Nour Abdelrahim", "Dr Hanna Berg and Mikael Strand": a bare name
    // line right under the headline, with only page furniture between it
    // and the article, is the byline
    let bare_byline = title.and_then(|t| {
        let mut j = next_content(lines, t, body_start)?;
        // ("March 3, 2025 at 5:01 pm" / "Jane Doe": the name under the stamp)
        if matches!(lines[j].shape, Shape::Date(_)) {
            j = next_content(lines, j, body_start)?;
        }
        if !(matches!(lines[j].shape, Shape::Name) || listed_names(lines[j].trimmed()).is_some())
            || !candidates.contains(&j)
            || shouted(lines[j].trimmed())
        {
            return None;
        }
        let furniture_only = (j + 1..body_start).all(|k| {
            lines[k].is_blank()
                || matches!(lines[k].shape, Shape::Chrome(_))
                || relative_stamp(lines[k].trimmed())
                // the writer's post, the page's own address
                || writers_post(&lines[k])
                || lines[k].trimmed().starts_with("https://")
                // the name again (a portrait's caption), the paper's name
                || lines[k].trimmed() == lines[j].trimmed()
                || lines[k].trimmed().strip_prefix("The ").is_some_and(|rest| {
                    let words: Vec<&str> = rest.split_whitespace().collect();
                    (1..=3).contains(&words.len())
                        && words.iter().all(|w| crate::lines::name_word(w))
                })
                || roles[k] != Role::Unset && roles[k] != Role::Title
        });
        let names = listed_names(lines[j].trimmed())
            .unwrap_or_else(|| crate::lines::split_names(lines[j].trimmed()));
        (furniture_only && !names.is_empty() && names.iter().all(|n| n.contains(' ')))
            .then_some((j, names))
    });
    for &i in &candidates {
        if let Some((j, names)) = bare_byline.as_ref().filter(|(j, _)| *j == i) {
            push_authors(&mut out.authors, names);
            roles[*j] = Role::Author;
        } else if Some(i) == title {
            roles[i] = Role::Title;
            out.title = Some(without_site_suffix(lines[i].trimmed(), lines));
        } else {
            roles[i] = Role::Chrome(if title.is_some_and(|t| i < t) {
                "section-label".into()
            } else {
                "header".into()
            });
        }
    }
    body_start
}

/// The value of a title field ("title: ...", "Headline: ..."), as feed
/// dumps, crawler records and Markdown front matter print it.
fn title_field(text: &str) -> Option<&str> {
    let (key, value) = text.split_once(':')?;
    let value = value.trim().trim_matches(['"', '\'']);
    (["title", "headline"]
        .iter()
        .any(|k| key.eq_ignore_ascii_case(k))
        && value.split_whitespace().nth(1).is_some())
    .then_some(value)
}

/// The line of a headline that a byline follows, a few short lines after
/// the first prose line, when that first line is no headline with a byline
/// of its own: the first line is then a teaser of another story.
fn headline_above_byline(lines: &[Line<'_>], first: usize, end: usize) -> Option<usize> {
    let byline_after = |i: usize| byline_follows(lines, i, end + 1);
    // the first prose is a headline without a byline, or a short note
    // above the article ("Kia ora ... A short note before we start: ...")
    if byline_after(first) || !looks_like_title(&lines[first]) && lines[first].words > 80 {
        return None;
    }
    (first + 1..=end.min(first + 12))
        .take_while(|&i| lines[i].is_blank() || lines[i].words <= 30 && !lines[i].terminal)
        .find(|&i| {
            lines[i].words >= 5
                && !matches!(lines[i].shape, Shape::Chrome(_))
                && looks_like_title(&lines[i])
                && byline_after(i)
        })
        // a longer line right under the first one is its standfirst, and
        // the first line the headline
        // (right under it, with no blank line between, it is the
        // standfirst whatever its length)
        .filter(|&i| {
            previous_content(lines, i, 2) != Some(first)
                || i > first + 1 && lines[i].words < lines[first].words
        })
        // ... but a headline with three summary lines under it, one after
        // the other, is the page's own (a tabloid's bullet points)
        .filter(|&i| {
            i - first < 3
                || !(first..=i)
                    .all(|k| lines[k].words >= 8 && looks_like_title(&lines[k]) && !lines[k].promo)
        })
}

/// The writer a card under an unsigned article presents: "Katharina Roth
/// is our Berlin correspondent.", "Jane Doe is the paper's diplomatic
/// editor. She ...".
fn writer_card(text: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?P<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}) (?:is|was) (?:our|the (?:paper|newspaper|magazine|site|website|agency|station)[’']s) (?:[\p{L}-]+ ){0,3}(?:correspondent|editor|reporter|writer|journalist|columnist)\b")
            .expect("writer card pattern is valid")
    });
    if text.split_whitespace().count() > 60 {
        return None;
    }
    let name = re.captures(text)?["name"].to_string();
    name.split_whitespace()
        .all(crate::lines::name_word)
        .then_some(name)
}

/// A short line that presents one of the page's writers: "Nathaniel Brooks
/// is a contributing writer at Meridian, based in Copenhagen.", "Lotte
/// Verhaegen covers the European Union from Brussels.", "X reported from
/// Bangkok."
fn writer_bio(text: &str, authors: &[String]) -> bool {
    // ("Kang is a freelance journalist based in Seoul.": the surname
    // alone, in a sentence about the writer's work)
    let about_work = || {
        let lower = text.to_lowercase();
        [
            "journalist",
            "correspondent",
            "reporter",
            "writer",
            "editor",
            "freelance",
            "columnist",
            // where each writer reported from ("Whitcomb reported from
            // Wilmington, Patel from Washington")
            " reported from ",
        ]
        .iter()
        .any(|w| lower.contains(w))
    };
    text.split_whitespace().count() <= 40
        && authors
            .iter()
            .flat_map(|a| {
                let surname = a.rsplit(' ').next().filter(|s| *s != a && about_work());
                std::iter::once(a.as_str()).chain(surname)
            })
            .any(|a| {
                let Some(verb) = text
                    .strip_prefix(a)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .and_then(|rest| rest.split_whitespace().next())
                else {
                    return false;
                };
                // "is", "was", "has" or a verb in the present: "covers",
                // "writes", "reports"; never what the writer said
                // ... or where they reported from ("X reported from Bangkok
                // and Y from Phnom Penh.")
                ["is", "was", "has", "reported", "contributed", "wrote"].contains(&verb)
                    || (verb.len() > 3
                        && verb.ends_with('s')
                        && verb.chars().all(|c| c.is_ascii_lowercase())
                        && !["says", "adds", "notes"].contains(&verb))
            })
}

/// A field label alone on its line above the writer's name.
fn author_label(text: &str) -> bool {
    let label = text.trim_end_matches(':').trim().to_lowercase();
    [
        "author",
        "authors",
        "writer",
        "written by",
        "reporter",
        "by",
    ]
    .contains(&label.as_str())
}

/// "About the author: Leila Haddad is a former ...": the writer named in
/// the bio box under an opinion piece.
fn about_the_author(text: &str) -> Option<String> {
    let rest = [
        "About the author:",
        "About the author -",
        "About the writer:",
    ]
    .iter()
    .find_map(|p| text.strip_prefix(p))?;
    let (name, _) = rest.trim().split_once(" is ")?;
    match crate::lines::split_names(name).as_slice() {
        [only] if only.contains(' ') && only == name.trim() => Some(only.clone()),
        _ => None,
    }
}

/// The names of a name line under a headline (a line of five words or
/// more) with a stamp below it and only buttons between.
fn writer_above_stamp(lines: &[Line<'_>], i: usize, end: usize) -> Option<Vec<String>> {
    let next = next_past_buttons(lines, i, end)?;
    let above = previous_content(lines, i, 2)?;
    if !matches!(lines[next].shape, Shape::Date(_))
        || lines[above].words < 5
        || lines[i].trimmed().to_lowercase().ends_with(" by")
    {
        return None;
    }
    let names = crate::lines::split_names(lines[i].trimmed());
    (!names.is_empty() && names.iter().all(|n| n.contains(' '))).then_some(names)
}

/// "Kaisa Virtanen · Helsinki", "Ruth Calloway in Brussels": a writer and
/// a place, read as a byline only right above a stamp or the buttons.
fn placed_author(lines: &[Line<'_>], i: usize, end: usize) -> Option<Vec<String>> {
    // ... or above the page's buttons ("Aïssatou Ndiaye | Dakar" /
    // "Reading time: 4 minutes" on a page with no date)
    let buttons_follow =
        next_content(lines, i, end).is_some_and(|j| matches!(lines[j].shape, Shape::Chrome(_)));
    (stamp_follows(lines, i, end) || buttons_follow)
        .then(|| crate::lines::placed_bylines(lines[i].trimmed()))
        .flatten()
}

/// Whether line `i` sits right under the headline at `title`, or next to a
/// stamp or a byline: where a writer's bare name is printed (a menu's
/// "Middle East" between the page's title and its article is not).
fn beside_header(lines: &[Line<'_>], i: usize, title: usize, end: usize) -> bool {
    let signed = |j: usize| matches!(lines[j].shape, Shape::Date(_) | Shape::Byline(_));
    previous_content(lines, i, 2).is_some_and(|j| j == title || signed(j))
        || next_past_buttons(lines, i, end).is_some_and(signed)
        // "Nomvula Khumalo" / "Africa correspondent": the writer's post
        || next_content(lines, i, end).is_some_and(|j| writers_post(&lines[j]))
        // "Authors" / "Tevita Fifita" / "Lecturer in ..." / "Rachel ..."
        || (i.saturating_sub(6)..i).any(|j| author_label(lines[j].trimmed()))
        // "Farah Nadeem" / "Farah Nadeem is the paper's diplomatic
        // correspondent ...": an author card
        // (the bio, a sentence, may be the line the body was taken to
        // start at)
        || next_content(lines, i, (end + 1).min(lines.len())).is_some_and(|j| {
            writer_bio(lines[j].trimmed(), &[lines[i].trimmed().to_string()])
        })
}

/// Whether the next line with text before `end` is a date line.
fn stamp_follows(lines: &[Line<'_>], i: usize, end: usize) -> bool {
    next_content(lines, i, end).is_some_and(|j| matches!(lines[j].shape, Shape::Date(_)))
}

/// Whether a byline or a stamp comes next, or a writer's name line and
/// then a stamp, with only buttons between them ("Ieva Kalnina" /
/// "Follow" / "4 min read · Mar 3, 2024").
fn signed_below(lines: &[Line<'_>], i: usize, end: usize) -> bool {
    match next_past_buttons(lines, i, end).map(|j| (j, &lines[j].shape)) {
        Some((_, Shape::Byline(_) | Shape::Date(_))) => true,
        Some((j, Shape::Name)) => next_past_buttons(lines, j, end)
            .is_some_and(|k| matches!(lines[k].shape, Shape::Date(_))),
        _ => false,
    }
}

/// The next line with text after `i`, before `end`, that is no chrome
/// ("Follow", "Share", a reading time).
fn next_past_buttons(lines: &[Line<'_>], i: usize, end: usize) -> Option<usize> {
    // ... and past the writer's post ("Foreign Affairs Reporter") and a
    // stamp's label alone on its line ("Published")
    (i + 1..end).find(|&j| {
        let text = lines[j].trimmed();
        !lines[j].is_blank()
            && !matches!(lines[j].shape, Shape::Chrome(_))
            && !crate::dates::stamp_label(text)
            && !writers_post(&lines[j])
    })
}

/// A line under a writer's name that says what the writer is: a post
/// ("Foreign Affairs Reporter", "Senior Correspondent, Brussels"), an
/// outlet and a place ("BBC News, Kyiv"), a handle ("@janedoe").
fn writers_post(line: &Line<'_>) -> bool {
    let text = line.trimmed();
    // "Reporting from Gisenyi, Rwanda"
    let place = ["Reporting from ", "Reporting in "].iter().any(|p| {
        text.strip_prefix(p)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    });
    place && line.words <= 8
        || (crate::lines::is_desk(text)
            || text.split_once(", ").is_some_and(|(desk, _)| {
                crate::lines::is_desk(desk) || crate::lines::names_a_body(desk)
            }))
            && !line.terminal
        || text.starts_with('@') && !text.contains(' ')
}

/// Whether the next line with text before `end` is a byline.
fn byline_follows(lines: &[Line<'_>], i: usize, end: usize) -> bool {
    // ("By Jane Doe | 4 August, 2023": a stamp that opens with the byline)
    next_content(lines, i, end).is_some_and(|j| match &lines[j].shape {
        Shape::Byline(_) => true,
        Shape::Date(d) => d.by.is_some(),
        _ => false,
    })
}

/// The next line with text after `i`, before `end`.
fn next_content(lines: &[Line<'_>], i: usize, end: usize) -> Option<usize> {
    (i + 1..end).find(|&j| !lines[j].is_blank())
}

/// A standfirst: one or two lines of prose under the headline, then the
/// byline or the stamp, then the article ("Decision at Brussels summit
/// comes with conditions ...", "Ruth Calloway in Brussels", "Thu 21 Mar
/// 2024 18.40 GMT"). The lines before the byline or stamp are chrome, the
/// byline and stamp are read, and the body starts at the next prose line.
/// Returns the (possibly moved) start of the body.
fn skip_standfirst(
    lines: &[Line<'_>],
    roles: &mut [Role],
    body_start: usize,
    body_end: usize,
    out: &mut Cleaned,
) -> usize {
    // "Ruth Calloway in Brussels" right above a stamp is a byline
    let placed = |i: usize| {
        (matches!(lines[i].shape, Shape::Name | Shape::Heading)
            || lines[i].is_sentence() && !lines[i].terminal)
            && placed_author(lines, i, body_end + 1).is_some()
    };
    let mut prose = 0;
    let mut block = None;
    for (i, line) in lines.iter().enumerate().take(body_end + 1).skip(body_start) {
        match &line.shape {
            // (a photo caption or a share row between the standfirst and
            // the byline)
            Shape::Blank => {}
            Shape::Chrome(k) if matches!(k.kind.as_str(), "caption" | "share") => {}
            Shape::Byline(_) | Shape::Date(_) => {
                block = Some(i);
                break;
            }
            // "2 hours ago" under the standfirst
            _ if placed(i) || relative_stamp(line.trimmed()) => {
                block = Some(i);
                break;
            }
            _ if prose > 0 && header_block(lines, i, body_end) => {
                block = Some(i);
                break;
            }
            Shape::Sentence if prose < 2 => prose += 1,
            // (three summary lines without a full stop, a tabloid's)
            Shape::Sentence
                if prose == 2
                    && (body_start..=i).all(|k| lines[k].is_blank() || !lines[k].terminal) =>
            {
                prose += 1
            }
            _ => return body_start,
        }
    }
    let Some(block) = block else {
        return body_start;
    };
    if prose == 0 || opening_dateline(lines[body_start].trimmed()).is_some() {
        return body_start;
    }
    // the lines of a header block, up to the article's first prose
    let block_end = (block..=body_end)
        .find(|&k| lines[k].is_sentence())
        .unwrap_or(body_end);
    // (a byline opens a header block of its own: buttons, a share box
    // and a caption may follow it without a stamp)
    let block_ok = header_block(lines, block, body_end)
        || (matches!(lines[block].shape, Shape::Byline(_)) || placed(block))
            && block_end - block <= 20;
    let in_block = |k: usize| block_ok && k < block_end;
    let mut i = block;
    while i <= body_end {
        match &lines[i].shape {
            Shape::Blank => {}
            Shape::Byline(names) => {
                push_authors(&mut out.authors, names);
                roles[i] = Role::Author;
            }
            Shape::Date(_) => roles[i] = Role::Stamp,
            _ if relative_stamp(lines[i].trimmed()) => roles[i] = Role::Chrome("stamp".into()),
            // "Share   Tweet   Email" between the stamp and the article
            Shape::Chrome(k) => roles[i] = Role::Chrome(k.kind.clone()),
            _ if drop_cap(lines, i) => break,
            Shape::Heading | Shape::Name if is_menu(lines[i].trimmed()) => {
                roles[i] = Role::Chrome("share".into())
            }
            _ if placed(i) => {
                let names = crate::lines::placed_bylines(lines[i].trimmed()).unwrap_or_default();
                push_authors(&mut out.authors, &names);
                roles[i] = Role::Author;
            }
            // "Elias Marchetti" / "Follow" / "2 min read · Jan 21, 2020" /
            // "1.2K": a writer's name, buttons and counters around the stamp
            Shape::Name | Shape::Heading if in_block(i) => {
                let listed = listed_names(lines[i].trimmed());
                let names = listed
                    .clone()
                    .unwrap_or_else(|| crate::lines::split_names(lines[i].trimmed()));
                // "NEWS PROVIDED BY" / "Global Ceasefire Monitoring
                // Initiative": the label and the body that issued it
                let label = |j: usize| lines[j].trimmed().to_lowercase().ends_with(" by");
                let issuer = label(i) || previous_content(lines, i, 1).is_some_and(label);
                // ("Special Correspondent" / "NEW DELHI": a place in
                // capitals under a staff post)
                if (matches!(lines[i].shape, Shape::Name) || listed.is_some())
                    && !issuer
                    && !shouted(lines[i].trimmed())
                    && !names.is_empty()
                    && names.iter().all(|n| n.contains(' '))
                {
                    push_authors(&mut out.authors, &names);
                    roles[i] = Role::Author;
                } else {
                    roles[i] = Role::Chrome("header".into());
                }
            }
            _ if in_block(i) && lines[i].words <= 8 && !lines[i].terminal => {
                roles[i] = Role::Chrome("header".into())
            }
            _ => break,
        }
        i += 1;
    }
    if i > body_end || !(lines[i].is_sentence() || drop_cap(lines, i)) {
        return body_start;
    }
    for role in &mut roles[body_start..block] {
        *role = Role::Chrome("standfirst".into());
    }
    // "Georgia's government has chosen to turn its back on Europe. Its
    // citizens have not." / a standfirst / the byline: an editorial's
    // headline in full sentences, when the page has no other
    if out.title.is_none() && prose >= 2 && lines[body_start].words <= 25 {
        roles[body_start] = Role::Title;
        out.title = Some(lines[body_start].trimmed().to_string());
    }
    i
}

/// "Tereza Dvořáková, Ondřej Kratochvíl, ČTK", "Agnieszka Lis / Paweł
/// Górny": writers' names listed with commas, "and" or slashes (and their
/// agency, one word); `None` for anything else ("Jane Doe / New York" is a
/// name and a place).
fn listed_names(text: &str) -> Option<Vec<String>> {
    let parts: Vec<&str> = text
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" / "))
        .map(str::trim)
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let mut names = Vec::new();
    for (k, part) in parts.iter().enumerate() {
        // (the agency comes last, and only after commas)
        if !part.contains(' ') {
            if k + 1 < parts.len() || text.contains(" / ") {
                return None;
            }
            continue;
        }
        let person = crate::lines::split_names(part).first() == Some(&part.to_string())
            && (!text.contains(" / ")
                || crate::lines::bare_person(part)
                    && !part
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| crate::lines::name_words().place_head(w)));
        if !person {
            return None;
        }
        names.push(part.to_string());
    }
    (!names.is_empty()).then_some(names)
}

/// A drop cap the scrape split from its word: "T" on a line of its own,
/// "he harbour at Nuuk was frozen ..." on the next.
fn drop_cap(lines: &[Line<'_>], i: usize) -> bool {
    let mut letters = lines[i].trimmed().chars();
    matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase())
        && lines.get(i + 1).is_some_and(|next| {
            next.is_sentence() && next.trimmed().starts_with(char::is_lowercase)
        })
}

/// A header block under a standfirst: a few short lines, names, buttons,
/// handles and counters among them, with a stamp, and then the article
/// ("Aigerim Bekova" / "@aigerimbekova" / "MAR 14, 2025" / "27" / "Share").
fn header_block(lines: &[Line<'_>], i: usize, body_end: usize) -> bool {
    let Some(end) = (i..=body_end).find(|&k| lines[k].is_sentence()) else {
        return false;
    };
    let block: Vec<&Line<'_>> = lines[i..end].iter().filter(|l| !l.is_blank()).collect();
    matches!(
        lines[i].shape,
        Shape::Name | Shape::Heading | Shape::Chrome(_) | Shape::Byline(_) | Shape::Date(_)
    ) && block.len() <= 10
        && block.iter().all(|l| {
            // a photo and its caption may sit among the buttons
            matches!(
                l.shape,
                Shape::Date(_) | Shape::Byline(_) | Shape::Chrome(_)
            ) || l.words <= 8 && !l.terminal
        })
        && block
            .iter()
            .any(|l| matches!(l.shape, Shape::Date(_)) || relative_stamp(l.trimmed()))
}

/// Text already extracted from HTML: the extractor chose the content, so
/// only chrome is removed. Inline chrome lines, stamps and bylines go; a
/// list heading ("Don't miss", "Related") takes the headlines and teasers
/// under it along, and the article goes on if prose resumes after them;
/// any other stop line ends the article when what follows it is minor
/// (less than half the prose before it). Lists and tables without prose
/// are kept: they are often the content.
fn clean_extracted(lines: &[Line<'_>], in_list: &[bool], stop: &[bool]) -> Cleaned {
    let mut out = Cleaned::default();
    let mut roles = vec![Role::Unset; lines.len()];
    let prose = |l: &Line<'_>| l.is_sentence() && !is_teaser(l.trimmed());
    let total: usize = lines.iter().filter(|l| prose(l)).map(|l| l.words).sum();
    let mut before = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if stop[i] && before > 0 {
            let heading = matches!(&line.shape, Shape::Chrome(k) if k.heading);
            // the block: the stop line and the lines under it up to the
            // next full sentence (headlines may read like sentences, but
            // they do not end like one)
            let sentence = |l: &Line<'_>| prose(l) && l.terminal;
            let mut end = i + 1;
            while end < lines.len() && !sentence(&lines[end]) {
                end += 1;
            }
            let next = next_content(lines, end, lines.len());
            let resumes = end < lines.len()
                && sentence(&lines[end])
                && next.is_some_and(|j| sentence(&lines[j]));
            let minor = (total - before) * 2 < before;
            if heading && resumes {
                for role in &mut roles[i..end] {
                    *role = Role::Chrome("also-like".into());
                }
                i = end;
                continue;
            }
            if minor || !resumes {
                for (j, role) in roles.iter_mut().enumerate().skip(i) {
                    if !lines[j].is_blank() {
                        *role = Role::Chrome(match &lines[j].shape {
                            Shape::Chrome(k) => k.kind.clone(),
                            _ if in_list[j] => "related-links".into(),
                            _ => "trailing".into(),
                        });
                    }
                }
                break;
            }
        }
        if prose(line) {
            before += line.words;
        }
        roles[i] = match &line.shape {
            Shape::Blank => Role::Unset,
            Shape::Chrome(k) => Role::Chrome(k.kind.clone()),
            Shape::Date(_) => Role::Stamp,
            Shape::Byline(names) => {
                push_authors(&mut out.authors, names);
                let credit = before > 0 && crate::lines::is_credit_or_desk(line.trimmed());
                if line.trimmed().starts_with('(') || credit {
                    // a bracketed wire credit, or a credit or signature
                    // after the text, is part of the text as extracted
                    Role::Body
                } else {
                    Role::Author
                }
            }
            _ if in_list[i] => Role::Chrome("related-links".into()),
            // a short label opening the text right before the prose
            Shape::Heading | Shape::Name
                if before == 0
                    && line.words <= 3
                    && next_is_prose(lines, i)
                    && !line.trimmed().contains([',', '*', '.', '(']) =>
            {
                Role::Chrome("section-label".into())
            }
            _ => Role::Body,
        };
        i += 1;
    }
    finish(lines, &roles, out)
}

fn next_is_prose(lines: &[Line<'_>], i: usize) -> bool {
    lines[i + 1..]
        .iter()
        .find(|l| !l.is_blank())
        .is_some_and(|l| l.is_sentence() && l.terminal)
}

/// A truncated teaser of another article ("... took an unexpected turn…").
fn is_teaser(text: &str) -> bool {
    text.ends_with('…') || text.ends_with("[...]") || text.ends_with("[…]")
}

/// Joins the body lines and derives dateline, publication date and the
/// chrome summary from the roles.
fn finish(lines: &[Line<'_>], roles: &[Role], mut out: Cleaned) -> Cleaned {
    let body: Vec<&str> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Body)
        .map(|i| lines[i].trimmed())
        .collect();
    out.body = body.join("\n");
    if out.dateline.is_none() {
        out.dateline = body_dateline(&out.body);
    }
    out.published = publication_date(lines, roles, &out.body)
        .or_else(|| json_ld_date(lines, roles))
        .or_else(|| address_date(lines, roles))
        .or_else(|| breadcrumb_date(lines, roles))
        .or_else(|| citation_date(lines, roles, out.title.as_deref()))
        .or_else(|| dateline_date(&out.body, lines, roles));
    // "By Eleni Georgiou · 21 March 2025 · 8 min read": a stamp that names
    // the writer
    // "... and Warsaw now wants more than words, writes Daniel Ashcombe in
    // Warsaw": a standfirst that ends with its writer
    if out.authors.is_empty() {
        if let Some(name) = lines
            .iter()
            .zip(roles)
            .filter(|(_, r)| matches!(r, Role::Chrome(c) if c == "standfirst"))
            .find_map(|(l, _)| standfirst_writer(l.trimmed()))
        {
            push_authors(&mut out.authors, &[name]);
        }
    }
    // (or, below the body, the one line that dates the post: "This entry
    // was posted in ... on September 9, 2025 by Dawit Alemayehu.")
    let dating = out.published.as_ref().and_then(|p| p.text.as_deref());
    for (line, role) in lines.iter().zip(roles) {
        if let Shape::Date(d) = &line.shape {
            let dates_post = matches!(role, Role::Chrome(c) if c == "date")
                && d.stamp_prefix
                && out.authors.is_empty()
                && dating == Some(line.trimmed());
            if let Some(by) = d.by.as_ref().filter(|_| *role == Role::Stamp || dates_post) {
                push_authors(&mut out.authors, &crate::lines::split_names(by));
            }
        }
    }
    out.boilerplate = summarize_chrome(lines, roles);
    out
}

/// The writer a standfirst names at its end: ", writes Jane Doe in
/// Warsaw", "— Jane Doe writes".
fn standfirst_writer(text: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:,|\s[–—-])\s+(?:writes\s+(?P<a>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’. -]{0,30})?|(?P<b>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+writes(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’. -]{0,30})?)\.?$")
            .expect("standfirst writer pattern is valid")
    });
    let caps = re.captures(text)?;
    let name = caps.name("a").or_else(|| caps.name("b"))?.as_str();
    crate::lines::split_names(name).into_iter().next()
}

/// The mark that ends a press release or a transcript: "###", "# # #",
/// "-30-", "ENDS", "(Concludes)".
fn is_end_mark(text: &str) -> bool {
    let bare: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if matches!(c, '–' | '—') { '-' } else { c })
        .collect();
    matches!(
        bare.to_ascii_lowercase().as_str(),
        "###"
            | "-30-"
            | "ends"
            | "-ends-"
            | "end"
            | "-end-"
            | "(end)"
            | "(ends)"
            | "[ends]"
            | "(concludes)"
    )
}

/// Marks the lines that belong to lists of dated related headlines.
fn related_lists(lines: &[Line<'_>]) -> Vec<bool> {
    // pairs: (headline index, date index, date format)
    let mut pairs: Vec<(usize, usize, (char, bool, bool))> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Shape::Date(date) = &line.shape else {
            continue;
        };
        let Some(h) = previous_content(lines, i, 2) else {
            continue;
        };
        let head = &lines[h];
        let prose = head.terminal && head.lower_ratio >= 0.5;
        if head.is_headline_like() && !prose {
            pairs.push((h, i, date_format(date)));
        }
    }
    let mut listed = vec![false; lines.len()];
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, listed: &mut Vec<bool>| {
        if run.len() >= 2 {
            for &p in run.iter() {
                let (h, d, _) = pairs[p];
                for flag in &mut listed[h..=d] {
                    *flag = true;
                }
            }
        }
        run.clear();
    };
    for p in 0..pairs.len() {
        if let Some(&last) = run.last() {
            let (_, prev_date, prev_format) = pairs[last];
            let (head, _, format) = pairs[p];
            let adjacent = previous_content(lines, head, 2) == Some(prev_date);
            if !(adjacent && format == prev_format) {
                flush(&mut run, &mut listed);
            }
        }
        run.push(p);
    }
    flush(&mut run, &mut listed);
    listed
}

fn date_format(d: &DateLine) -> (char, bool, bool) {
    (d.separator, d.month_named, d.time.is_some())
}

/// The nearest non-blank line before `i`, across at most `max_blanks` blanks.
fn previous_content(lines: &[Line<'_>], i: usize, max_blanks: usize) -> Option<usize> {
    let mut blanks = 0;
    let mut j = i;
    while j > 0 {
        j -= 1;
        if lines[j].is_blank() {
            blanks += 1;
            if blanks > max_blanks {
                return None;
            }
        } else {
            return Some(j);
        }
    }
    None
}

/// The segment between stop lines with the most prose: `[start, end)`.
fn article_segment(lines: &[Line<'_>], stop: &[bool]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut start = 0;
    for end in 0..=lines.len() {
        if end < lines.len() && !stop[end] {
            continue;
        }
        let words: usize = lines[start..end]
            .iter()
            .filter(|l| l.is_sentence())
            .map(|l| l.words)
            .sum();
        if words > 0 && best.is_none_or(|(_, _, w)| words > w) {
            best = Some((start, end, words));
        }
        start = end + 1;
    }
    best.map(|(s, e, _)| (s, e))
}

/// "Share" / "Gift" / "Save" / "Comment": a short stop phrase in a row of
/// share buttons is a button, not the comments under the article.
fn toolbar_button(lines: &[Line<'_>], i: usize) -> bool {
    if lines[i].words > 2 {
        return false;
    }
    // the row: the short lines around it, up to four each way
    let button = |j: &usize| !lines[*j].is_blank() && lines[*j].words <= 2;
    let before = (i.saturating_sub(4)..i).rev().take_while(button);
    let after = (i + 1..lines.len().min(i + 5)).take_while(button);
    before
        .chain(after)
        .any(|j| matches!(&lines[j].shape, Shape::Chrome(k) if k.kind == "share"))
}

/// The lines of boxes a page lets readers skip inside the article: "skip
/// past newsletter promotion" ... "after newsletter promotion", and
/// "Recommended Stories" / "list of 4 items" ... "end of list". Their
/// sign-up lines and headlines do not end the article.
fn skippable_boxes(lines: &[Line<'_>]) -> Vec<bool> {
    let mut boxed = vec![false; lines.len()];
    let lower = |j: usize| lines[j].trimmed().to_lowercase();
    let opens = |t: &str| {
        ["skip past ", "list of "]
            .iter()
            .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
    };
    for i in 0..lines.len() {
        // (most lines open no box: no lower-case copy of them)
        if !opens(lines[i].trimmed()) {
            continue;
        }
        let text = lower(i);
        let (close, from) = if let Some(what) = text.strip_prefix("skip past ") {
            (format!("after {what}"), i)
        } else if text.starts_with("list of ") && text.ends_with(" items") {
            // with the heading above it
            let from = previous_content(lines, i, 1)
                .filter(|&h| matches!(&lines[h].shape, Shape::Chrome(k) if k.stop))
                .unwrap_or(i);
            ("end of list".to_string(), from)
        } else {
            continue;
        };
        if let Some(end) = (i + 1..lines.len().min(i + 25)).find(|&j| lower(j) == close) {
            boxed[from..=end].iter_mut().for_each(|b| *b = true);
        }
    }
    boxed
}

/// "SHOW NOTES", "THE NUMBERS": a line in capitals is a box's or a
/// section's heading; a writer's bare name is not printed so.
fn shouted(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !text.chars().any(char::is_lowercase)
}

/// A line long enough to be a headline above a standfirst: five words, or
/// an obituary's short one.
fn headline_sized(line: &Line<'_>) -> bool {
    line.words >= 5 || obituary_headline(line.trimmed())
}

/// "Anders Rygg obituary": a short headline of the obituaries page.
fn obituary_headline(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 3
        && words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("obituary"))
        && words[..words.len() - 1]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// A line that can be a headline: not a dateline sentence, not too long,
/// not ending like an ordinary sentence.
fn looks_like_title(line: &Line<'_>) -> bool {
    let text = line.trimmed();
    let question = text
        .trim_end_matches(['"', '”', '’', '\''])
        .ends_with(['?', '!']);
    line.words >= 2
        && line.words <= 30
        && opening_dateline(text).is_none()
        && (!line.terminal || question)
        // a share text with the story's link ("... https://… via @Site")
        && !text.contains("://")
        // "Thursday, Aug 29, 2024 | New Delhi 31°C": the site's banner
        && !text.contains('°')
        // an item of a numbered contents box ("2. In brief: ...")
        && !numbered_item(text)
        && !matches!(line.shape, Shape::Date(_))
        // "[Watch the recording]   [Download the programme (PDF)]": buttons
        && !(text.starts_with('[') && text.ends_with(']'))
        // "20 Mar 2023 - 02 Nov 2024", "Sunday, 7 Jawza 1402 | 28 May
        // 2023": dates, not words
        && text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| {
                w.chars().count() >= 3 && month_number(w).is_none() && weekday_number(w).is_none()
            })
            .nth(1)
            .is_some()
        && {
            // "یکشنبه ۲۸ اسفند ۱۴۰۱ - ۱۸:۲۰": more numbers than words
            let (mut numbers, mut words) = (0, 0);
            for w in text.split_whitespace() {
                if w.starts_with(char::is_numeric) {
                    numbers += 1;
                } else if w.starts_with(char::is_alphabetic) {
                    words += 1;
                }
            }
            numbers < 2 || numbers < words
        }
        // "Imsak 04:47 | Iftar 18:21 — Jeddah": a banner of clock times
        && text
            .split_whitespace()
            .filter(|w| {
                let w = w.trim_matches(|c: char| !c.is_ascii_digit());
                w.split_once(':').is_some_and(|(h, m)| {
                    (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
                })
            })
            .nth(1)
            .is_none()
}

/// "Home > World > Europe", "News | Politics | Caucasus", "Nación ·
/// Conflicto · Paz", and a short
/// section label with one separator ("Analysis | Ethiopia", "NATIONAL |
/// Indus Herald").
/// "Home / World / India, China agree to ..." above the headline itself:
/// a breadcrumb trail that ends in the headline printed on its own line.
fn trail_to_headline(lines: &[Line<'_>], i: usize) -> bool {
    let text = lines[i].trimmed();
    [" / ", " › ", " > ", " » "].iter().any(|sep| {
        let Some((trail, last)) = text.rsplit_once(sep) else {
            return false;
        };
        let last = last.trim();
        trail.split_whitespace().count() <= 8
            && last.split_whitespace().count() >= 3
            && lines
                .iter()
                .enumerate()
                .any(|(j, l)| j != i && l.trimmed() == last)
    })
}

fn is_breadcrumb(text: &str) -> bool {
    let separators = text.matches(['>', '»', '|', '/', '›', '·', '•']).count();
    let words = text
        .split_whitespace()
        .filter(|w| !matches!(*w, ">" | "»" | "|" | "/" | "›" | "·" | "•"))
        .count();
    let spaced = [" > ", " » ", " | ", " / ", " › ", " · ", " • "]
        .iter()
        .any(|s| text.contains(s));
    (separators >= 2 && words <= 12) || (spaced && words <= 5) || is_menu(text) || is_bar(text)
}

/// A site's menu bar set apart by bars or dots: five or more short
/// capitalised items ("Home | The Ministry | Foreign Policy | Missions
/// Abroad | Consular Services | Media Center | Contact Us").
fn is_bar(text: &str) -> bool {
    let items: Vec<&str> = text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    items.len() >= 5
        && items.iter().all(|i| {
            i.split_whitespace().count() <= 3
                && i.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
                && !i.ends_with(['.', ',', ';', ':'])
        })
}

/// A menu scraped into one line: three or more short capitalised items
/// set apart by runs of spaces ("World   Business   Markets   More").
pub(crate) fn is_menu(text: &str) -> bool {
    // items are set apart by two spaces or more
    if !text.contains("  ") {
        return false;
    }
    let items: Vec<&str> = text
        .trim()
        .split("  ")
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    // (a menu in a script without capitals, "חדשות  פוליטיקה  ביטחון",
    // or in a language whose words it writes in small letters, is one by
    // its gaps alone)
    let cased = text.chars().any(char::is_uppercase);
    // two items need a wide gap ("Log in   Subscribe from $1")
    // (a long bar may hold one longer item: "The world this week")
    let longest = if items.len() >= 6 { 4 } else { 3 };
    (items.len() >= 3 || (items.len() == 2 && text.contains("   ")))
        && items.iter().all(|i| {
            // ("Become a supporter →": an arrow is no word)
            i.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
                <= longest
                && (!cased || i.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
                && !i.ends_with(['.', ',', ';', ':'])
        })
}

/// A site name: a short line in capitals ("SAHEL OBSERVER", "THE CAPITOL
/// LEDGER"), never a headline.
/// A site's name with what its edition adds: "DE POLDERPOST — in
/// English", "НЕВСКИЙ КУРЬЕР · NEVSKY COURIER".
fn site_banner(text: &str) -> bool {
    [" — ", " | ", " · ", " – "].iter().any(|sep| {
        text.split_once(sep).is_some_and(|(name, _)| {
            name.split_whitespace().count() <= 4
                && name.chars().any(char::is_alphabetic)
                && !name.chars().any(char::is_lowercase)
        })
    })
}

/// "2. In brief: Fiji budget row ...": an item of a numbered list.
fn numbered_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && text[digits..].starts_with(". ")
}

/// The page's first line when a menu or a breadcrumb follows it: the
/// site's name ("International Committee of the Red Cross" above "Who we
/// are   What we do ..."), or the tagline under it ("Serving Armagh,
/// Tyrone and the Lough shore since 1911").
fn is_masthead(lines: &[Line<'_>], i: usize) -> bool {
    let first = lines.iter().position(|l| !l.is_blank());
    (first == Some(i) || first.is_some() && previous_content(lines, i, 0) == first)
        && next_content(lines, i, lines.len()).is_some_and(|j| {
            let t = lines[j].trimmed();
            is_menu(t) || is_breadcrumb(t)
        })
}

fn is_site_name(line: &Line<'_>) -> bool {
    let text = line.trimmed();
    line.words <= 4
        && text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
}

/// Whether line `i` is a page's <title> ("Headline | Writer | Site") whose
/// headline the page prints again below it, on one of the lines `among`.
fn reprinted_below(lines: &[Line<'_>], i: usize, among: impl IntoIterator<Item = usize>) -> bool {
    let head = without_site_suffix(lines[i].trimmed(), lines);
    head != lines[i].trimmed()
        && among
            .into_iter()
            .any(|j| j > i && lines[j].trimmed() == head.as_str())
}

/// The title without a site name appended after a separator ("Armenia
/// agrees ... deal - Caucasus Lens", "... address | West Africa Today"),
/// when that name stands as a line of its own on the page.
fn without_site_suffix(title: &str, lines: &[Line<'_>]) -> String {
    const SITE_SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " · ", " :: ", " • "];
    // (a title with no byte of a separator has none: most lines asked)
    if !title
        .bytes()
        .any(|b| matches!(b, b'|' | b'-' | b':' | 0xE2 | 0xC2))
    {
        return title.to_string();
    }
    let title = without_wire_tag(title);
    // "Talks resume | Cyprus | The Northern Courier": a suffix of section
    // and site whose headline the page prints on its own
    for sep in SITE_SEPARATORS {
        let parts: Vec<&str> = title.split(sep).collect();
        for cut in (1..parts.len().saturating_sub(1)).rev() {
            let head = parts[..cut].join(sep);
            if head.split_whitespace().count() >= 3
                && parts[cut..]
                    .iter()
                    .all(|p| p.split_whitespace().count() <= 5)
                && lines.iter().any(|l| l.trimmed() == head.trim())
            {
                return head.trim().to_string();
            }
        }
    }
    for sep in SITE_SEPARATORS {
        if let Some((head, site)) = title.rsplit_once(sep) {
            let site = site.trim();
            // "Department Press Briefing – April 3, 2023" keeps its date
            // ... and so does a <title> whose headline the page prints on
            // its own ("Officers seize power in Gabon - OpenNews Wire, the
            // free news source")
            let printed = site.split_whitespace().count() <= 8
                && lines.iter().any(|l| l.trimmed() == head.trim());
            let named = site.split_whitespace().count() <= 5
                && crate::dates::parse_date_line(site).is_none()
                && lines
                    .iter()
                    .any(|l| l.trimmed().eq_ignore_ascii_case(site) && l.trimmed() != title)
                || printed;
            if named && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// A headline without the version counter a wire glues to it ("UPDATE
/// 2-Biden tells U.N. ...", "REFILE-", "WRAPUP 1-"). "CORRECTED-" stays:
/// it tells the reader the story was corrected.
fn without_wire_tag(title: &str) -> &str {
    const TAGS: [&str; 4] = ["UPDATE", "REFILE", "RPT", "WRAPUP"];
    let mut title = title;
    // "REFILE-UPDATE 1-...": counters may follow each other
    while let Some((tag, rest)) = title.split_once('-') {
        let word = tag.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
        if !TAGS.contains(&word)
            || !rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            break;
        }
        title = rest;
    }
    title
}

fn push_authors(authors: &mut Vec<String>, names: &[String]) {
    const GENERIC: [&str; 18] = [
        "press",
        "release",
        "staff",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "desk",
        "editor",
        "agencies",
        "news",
        "team",
        // the labels of a page's boxes ("EVENT DETAILS", "KEY FACTS")
        "details",
        "event",
        "facts",
        "highlights",
        "summary",
        "information",
    ];
    for name in names {
        let lower = name.to_lowercase();
        if lower.split_whitespace().any(|w| GENERIC.contains(&w)) {
            continue;
        }
        // "U.S. Embassy Addis Ababa": the body that issued the page
        if crate::lines::names_a_body(name) {
            continue;
        }
        // "A A A": a page's text-size buttons
        if name.split_whitespace().all(|w| w.chars().count() == 1) {
            continue;
        }
        if !name.contains(' ') && name.chars().all(|c| c.is_uppercase()) && name.len() <= 5 {
            // an agency after the name ("Carla Reyes, PAN")
            continue;
        }
        if !authors.contains(name) {
            authors.push(name.clone());
        }
    }
}

fn dateline_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^(?P<place>\p{Lu}[\p{Lu}.'’-]{2,}(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*\([^)]{1,40}\))?\s*(?:—|–|--|-)\s+",
        )
        .expect("dateline pattern is valid")
    })
}

fn mixed_case_dateline_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?P<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:, \p{Lu}[\p{L}.]+)?)(?:\s*\([^)]{1,40}\))? (?:—|–) \p{Lu}")
            .expect("dateline pattern is valid")
    })
}

/// The dateline that opens a text in capitals ("WASHINGTON, DC — On ..." ->
/// "WASHINGTON, DC"; "BOGOTÁ —", "MOSCOW (Reuters) -").
pub fn opening_dateline(text: &str) -> Option<String> {
    if let Some(caps) = dateline_regex().captures(text) {
        return Some(caps["place"].trim_end_matches([',', ' ']).to_string());
    }
    // "ISLAMABAD: Pakistan on Thursday ...", not "BREAKING: ..."
    const LABELS: [&str; 12] = [
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "WATCH",
        "NOTE",
        "EXCLUSIVE",
        "LIVE",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "VIDEO",
        "PHOTOS",
    ];
    static RE: OnceLock<Regex> = OnceLock::new();
    let caps = RE
        .get_or_init(|| {
            Regex::new(r"^(?P<place>\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}):\s+\p{Lu}")
                .expect("dateline pattern is valid")
        })
        .captures(text)?;
    let place = &caps["place"];
    (!LABELS.contains(&place)).then(|| place.to_string())
}

/// A dateline that opens the body, also in mixed case when an en or em
/// dash follows ("Skopje – The ..."); a headline may start that way too,
/// so titles are only checked with [`opening_dateline`].
fn body_dateline(text: &str) -> Option<String> {
    opening_dateline(text).or_else(|| {
        mixed_case_dateline_regex()
            .captures(text)
            .map(|c| c["place"].to_string())
    })
}

/// The date in the page's own address printed above the article
/// ("https://example.com/politics/2023/05/30/kosovo-clashes",
/// "https://example.com/asia/2024-06-19/pact-signed",
/// "https://example.com/world/pact-signed-2024-06-19/"), for a page
/// that prints no stamp.
fn address_date(lines: &[Line<'_>], roles: &[Role]) -> Option<Published> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // "URL: https://...": a crawler's label before the address
        // ("Copy link: https://...": a share box's)
        // (".../2025/may/22/...": a month's name)
        Regex::new(r"^(?:(?i:url|source url|original url|copy link|link|address)\s*:\s*)?https?://\S*?/(?:(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)/(?P<d>0?[1-9]|[12]\d|3[01])|(?P<iy>(?:19|20)\d{2})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))/\S*$|^(?:(?i:url|source url|original url|copy link|link|address)\s*:\s*)?https?://\S*?/[\w-]+-(?P<sy>(?:19|20)\d{2})-(?P<sm>0[1-9]|1[0-2])-(?P<sd>0[1-9]|[12]\d|3[01])/?$")
            .expect("address pattern is valid")
    });
    let first_body = roles.iter().position(|r| *r == Role::Body)?;
    lines[..first_body].iter().find_map(|l| {
        let caps = re.captures(l.trimmed())?;
        // ".../2023/05/30/..." or ".../2024-06-19/..."
        // (... or a slug that ends with it: ".../white-house-visit-2025-11-10/")
        let part = |a: &str, b: &str| {
            caps.name(a)
                .or_else(|| caps.name(b))
                .or_else(|| caps.name(&format!("s{}", b.trim_start_matches('i'))))
                .map(|m| m.as_str())
        };
        let month = part("m", "im")?;
        let month = match month.parse::<u32>() {
            Ok(m) => m,
            Err(_) => month_number(month)?,
        };
        Some(Published {
            // (".../2025/4/12/...": without the leading zeros)
            date: format!(
                "{}-{:0>2}-{:0>2}",
                part("y", "iy")?,
                month,
                part("d", "id")?
            ),
            time: None,
            text: Some(l.trimmed().to_string()),
            confidence: 0.6,
        })
    })
}

/// The date of a "Cite this article" box under the article ("APA: Novák,
/// J. (2025, March 10). <title>. ..."), for a page whose stamp is relative
/// ("Yesterday, 21:40"): the citation of the page's own title.
fn citation_date(lines: &[Line<'_>], roles: &[Role], title: Option<&str>) -> Option<Published> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?:[A-Z]{2,8}:\s*)?\p{Lu}[\p{L}'’ -]+,\s+(?:\p{Lu}\.\s*){1,3}\((?P<date>\d{4},\s+\p{L}+\.?\s+\d{1,2})\)\.\s+(?P<rest>.+)$")
            .expect("citation pattern is valid")
    });
    let title = title?;
    lines.iter().zip(roles).find_map(|(l, r)| {
        if *r == Role::Body {
            return None;
        }
        let caps = re.captures(l.trimmed())?;
        if !caps["rest"].starts_with(title) {
            return None;
        }
        // "2025, March 10" -> "March 10, 2025"
        let (year, day) = caps["date"].split_once(',')?;
        let date = crate::dates::parse_date_line(&format!("{}, {year}", day.trim()))?;
        let (day, _) = resolve(&date, &OrderEvidence::default());
        Some(Published {
            date: day.iso()?,
            time: None,
            text: Some(l.trimmed().to_string()),
            confidence: 0.6,
        })
    })
}

/// A date with its month named in the page's breadcrumb ("Home › World ›
/// 14 April 2024 › Middle East"), for a page that prints no stamp.
fn breadcrumb_date(lines: &[Line<'_>], roles: &[Role]) -> Option<Published> {
    let first_body = roles.iter().position(|r| *r == Role::Body)?;
    lines[..first_body].iter().find_map(|l| {
        let text = l.trimmed();
        if !is_breadcrumb(text) {
            return None;
        }
        let date = text
            .split(['›', '»', '>', '/'])
            .filter_map(|segment| crate::dates::parse_date_line(segment.trim()))
            .find(|d| d.month_named)?;
        let (day, _) = resolve(&date, &OrderEvidence::default());
        Some(Published {
            date: day.iso()?,
            time: None,
            text: Some(text.to_string()),
            confidence: 0.6,
        })
    })
}

/// The full date in a dateline that opens the article ("VIENNA, December
/// 17, 2021 — Negotiators ..."), for a page that prints no stamp; a
/// dateline without a year ("WARSAW, Nov 16 (Agency) –") takes it from the
/// month the page files the article under (its address ".../2022/11/...").
fn dateline_date(body: &str, lines: &[Line<'_>], roles: &[Role]) -> Option<Published> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^\p{Lu}[\p{Lu}.'’ -]+,\s+(?P<date>[^—–()]{6,40}?)\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--)\s")
            .expect("dateline date pattern is valid")
    });
    let first = body.lines().next()?;
    let caps = re.captures(first)?;
    let (mut date, time) = match crate::dates::parse_date_line(&caps["date"]) {
        Some(line) => (
            resolve(&line, &OrderEvidence::default()).0,
            line.time.clone(),
        ),
        None => (month_and_day(&caps["date"])?, None),
    };
    if date.year.is_none() && date.day.is_some() {
        let mut filed = OrderEvidence::default();
        for (l, r) in lines.iter().zip(roles) {
            if *r != Role::Body {
                filed.add_filed_month(l.trimmed());
            }
        }
        let mut years = filed
            .filed_months
            .iter()
            .filter(|(_, m)| Some(*m) == date.month)
            .map(|(y, _)| *y);
        let year = years.next()?;
        if years.any(|y| y != year) {
            return None;
        }
        date.year = Some(year);
    }
    Some(Published {
        date: date.iso()?,
        time,
        text: Some(caps["date"].to_string()),
        confidence: 0.7,
    })
}

/// "Nov 16", "16 November": a month and a day without a year.
fn month_and_day(text: &str) -> Option<crate::dates::PartialDate> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (m, d) = match words.as_slice() {
        [m, d] if d.chars().all(|c| c.is_ascii_digit()) => (*m, *d),
        [d, m] if d.chars().all(|c| c.is_ascii_digit()) => (*m, *d),
        _ => return None,
    };
    let month = crate::dates::month_number(m.trim_end_matches('.'))?;
    let day: u32 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
    Some(crate::dates::PartialDate {
        year: None,
        month: Some(month),
        day: Some(day),
    })
}

/// The publication stamp: a date line in the header or right after the
/// body (before any list), never one among related headlines or after them.
fn publication_date(lines: &[Line<'_>], roles: &[Role], body: &str) -> Option<Published> {
    let mut stamps: Vec<(usize, &DateLine)> = lines
        .iter()
        .zip(roles)
        .enumerate()
        .filter_map(|(i, (l, r))| match (&l.shape, r) {
            (Shape::Date(d), Role::Stamp) => Some((i, d)),
            _ => None,
        })
        .collect();
    // "Thursday 2 October 2025" in the site's top bar is today's date: a
    // stamp under the headline is the article's
    if let Some(title) = roles.iter().position(|r| *r == Role::Title) {
        if stamps.iter().any(|(i, d)| *i > title && !d.updated_prefix) {
            stamps.retain(|(i, _)| *i > title);
        }
        // ... and so is a date above the headline with the site's menu
        // right under it, whatever else the page prints
        stamps.retain(|(i, _)| {
            *i > title
                || !next_content(lines, *i, title).is_some_and(|j| {
                    let t = lines[j].trimmed();
                    is_menu(t) || is_breadcrumb(t)
                })
        });
    }
    let stamps: Vec<&DateLine> = stamps.into_iter().map(|(_, d)| d).collect();
    // a stamp that says what it is ("Filed: 27 Nov 2024") between the
    // last paragraph and a correction box under it
    // a date line the page sets apart as its date, of the kind `keep` asks for
    let dated_line = |keep: &dyn Fn(&Line<'_>, &DateLine) -> bool| {
        lines
            .iter()
            .zip(roles)
            .find_map(|(l, r)| match (&l.shape, r) {
                (Shape::Date(d), Role::Chrome(k)) if k == "date" && keep(l, d) => Some(d),
                _ => None,
            })
    };
    let labelled = || dated_line(&|_, d| d.stamp_prefix);
    // a page that prints only when it was updated does not say when it
    // was published
    // ... and one that says it was the first publication ("Posted: 20
    // Apr 2023 / Originally published: 19 Apr 2023") wins
    // ... also in a story's history under the body ("First published:
    // Mon 20 Feb 2023 / This version: Tue 21 Feb 2023")
    let history = || {
        dated_line(&|l, d| {
            d.original_prefix
                && ["first published", "originally published"]
                    .iter()
                    .any(|p| opens_with(l.trimmed(), p))
        })
    };
    let stamp = stamps
        .iter()
        .copied()
        .find(|d| d.original_prefix)
        .or_else(history)
        .or_else(|| stamps.iter().copied().find(|d| !d.updated_prefix))
        .or_else(labelled)?;
    let all: Vec<&DateLine> = lines
        .iter()
        .filter_map(|l| match &l.shape {
            Shape::Date(d) => Some(d),
            _ => None,
        })
        .collect();
    let mut evidence = OrderEvidence::from_lines(all.iter().copied(), stamp.separator);
    // (a stamp line's other dates too: "Published on 12/03/2025 • Updated
    // 13/03/2025")
    for l in lines {
        evidence.add_embedded(l.trimmed(), stamp.separator);
    }
    for (l, r) in lines.iter().zip(roles) {
        if *r != Role::Body {
            evidence.add_filed_month(l.trimmed());
        }
    }
    evidence.text_weekdays = body
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 6 && w.ends_with("day") && w.starts_with(char::is_uppercase))
        .filter_map(weekday_number)
        .collect();
    let (date, confidence) = resolve(stamp, &evidence);
    let line = lines
        .iter()
        .find(|l| matches!(&l.shape, Shape::Date(d) if std::ptr::eq(d, stamp)))?;
    Some(Published {
        date: date.iso()?,
        time: stamp.time.clone(),
        text: Some(line.trimmed().to_string()),
        confidence,
    })
}

/// The `datePublished` of a JSON-LD block the scrape kept as text, for a
/// page that prints no publication stamp of its own (only "Updated: ...").
fn json_ld_date(lines: &[Line<'_>], roles: &[Role]) -> Option<Published> {
    lines
        .iter()
        .zip(roles)
        .filter(|(_, r)| **r != Role::Body)
        .find_map(|(l, _)| crate::html::json_ld_text_date(l.trimmed()))
}

/// Groups removed lines into `boilerplate` entries.
fn summarize_chrome(lines: &[Line<'_>], roles: &[Role]) -> Vec<Boilerplate> {
    let mut out: Vec<Boilerplate> = Vec::new();
    let mut sign_off: Vec<&str> = Vec::new();
    for (line, role) in lines.iter().zip(roles) {
        match role {
            Role::Author | Role::Dateline => sign_off.push(line.trimmed()),
            Role::Chrome(kind) if kind == "page-date" || kind == "section-label" => {
                out.push(Boilerplate {
                    kind: kind.clone(),
                    lines: None,
                    text: Some(line.trimmed().to_string()),
                })
            }
            Role::Chrome(kind) => match out.last_mut() {
                Some(last) if last.kind == *kind && last.lines.is_some() => {
                    last.lines = last.lines.map(|n| n + 1)
                }
                _ => out.push(Boilerplate {
                    kind: kind.clone(),
                    lines: Some(1),
                    text: None,
                }),
            },
            _ => {}
        }
    }
    if !sign_off.is_empty() {
        out.push(Boilerplate {
            kind: "sign-off".into(),
            lines: None,
            text: Some(sign_off.join(" / ")),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_date_line;

    /// The day a stamp line gives on its own.
    fn iso_of(line: &str) -> Option<String> {
        let d = parse_date_line(line)?;
        resolve(&d, &OrderEvidence::default()).0.iso()
    }

    fn clean(raw: &str) -> Cleaned {
        TextCleaner::default().clean(raw, Mode::Page)
    }

    const PAGE: &str = "\
Armenia and Azerbaijan Resume Border Talks in Brussels
Foreign ministers of Armenia and Azerbaijan met in Brussels on Tuesday to resume talks on the delimitation of their border, the European Union said.
The meeting was hosted by the President of the European Council, who called it \"a step forward.\"
He did not elaborate.
Maria Lopes
Brussels
Latest newsGeorgia Votes in Local Elections Amid Protests
12.Oct.2024
Kazakhstan Signs Gas Deal with China
11.Oct.2024
Turkey Hosts Regional Security Forum
10.Oct.2024

15 Oct 2024
";

    #[test]
    fn finds_title_body_sign_off_and_chrome() {
        let c = clean(PAGE);
        assert_eq!(
            c.title.as_deref(),
            Some("Armenia and Azerbaijan Resume Border Talks in Brussels")
        );
        assert!(c.body.starts_with("Foreign ministers"));
        assert!(c.body.ends_with("He did not elaborate."));
        assert_eq!(c.authors, vec!["Maria Lopes".to_string()]);
        assert_eq!(c.dateline.as_deref(), Some("Brussels"));
        assert_eq!(
            c.published, None,
            "the crawl date is not a publication date"
        );
        assert!(!c.body.contains("Kazakhstan"));
        let kinds: Vec<&str> = c.boilerplate.iter().map(|b| b.kind.as_str()).collect();
        assert!(kinds.contains(&"related-links"), "{kinds:?}");
        assert!(kinds.contains(&"page-date"), "{kinds:?}");
    }

    #[test]
    fn a_json_ld_line_dates_a_page_that_prints_only_its_update() {
        let page = "\
Ferry talks resume | Harbour Times
{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry talks resume\",\"datePublished\":\"2023-04-02T23:50:00+02:00\",\"dateModified\":\"2023-04-04T08:00:00+02:00\"}

Ferry talks resume between Baku and Aktau

Updated: 04.04.2023, 08:00

The transport ministers of Azerbaijan and Kazakhstan met in Aktau on Sunday to resume talks on a new ferry line across the Caspian Sea, officials said.

The two sides agreed to meet again in Baku next month, according to a joint statement released after the talks.
";
        let c = clean(page);
        let published = c.published.expect("the JSON-LD date");
        assert_eq!(published.date, "2023-04-02", "as printed, not in UTC");
        assert!(c.body.starts_with("The transport ministers"));
        // without the JSON-LD line, an update stamp dates nothing
        let bare: String = page
            .lines()
            .filter(|l| !l.starts_with('{'))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(clean(&bare).published, None);
    }

    #[test]
    fn comments_above_the_post_name_no_writer_and_date_nothing() {
        let page = "\
Notes from a Consulate
Home   About   Archive

3 thoughts on \"The Caspian ferry, seen from Aktau\"

Rustam K.
March 3, 2023 at 8:14 am
A long overdue line. I still cannot believe it took this long.
Reply

Leave a Reply
Comment *
Post Comment

The Caspian ferry, seen from Aktau

by Helen Marsh · in Central Asia · 3 Comments

I spent two winters in Aktau, long enough to learn that every conversation there turns to the ferry across the Caspian Sea and to the ministers who promise it.

The transport ministers of Azerbaijan and Kazakhstan met in Baku on Thursday and agreed to open the new line in the spring, officials said after the talks.
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("The Caspian ferry, seen from Aktau")
        );
        assert_eq!(c.authors, vec!["Helen Marsh".to_string()]);
        assert_eq!(c.published, None, "a comment's stamp is not the post's");
        assert!(c.body.starts_with("I spent two winters"));
    }

    #[test]
    fn a_transcript_ends_at_its_end_mark() {
        let page = "\
Transcript of the Weekly Media Briefing (June 6, 2024)

Posted on: June 7, 2024 | 11:05 IST

Official Spokesperson: Good afternoon, friends, and welcome to this weekly briefing on the visits of the coming days.

The External Affairs Minister held talks with his counterpart in Colombo on energy links and the release of our fishermen, and he will travel on to the Maldives.

(Concludes)

New Delhi
June 6, 2024
";
        let c = clean(page);
        assert!(c.authors.is_empty(), "{:?}", c.authors);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2024-06-07"));
        assert!(c.body.ends_with("the Maldives."));
    }

    #[test]
    fn stamp_after_the_body_is_the_publication_date() {
        let page = "\
Georgia and Armenia sign transit deal – ministry
Georgia and Armenia signed an agreement on transit of goods on Wednesday, the ministry said in a statement.
\"This is a good day for the region,\" the minister told reporters in Tbilisi on Wednesday.
04.05.2023 10:15


Kazakhstan Signs Gas Deal with China
13.05.2024
Turkey Hosts Regional Security Forum
12.05.2024
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Georgia and Armenia sign transit deal – ministry")
        );
        let published = c.published.expect("a stamp");
        assert_eq!(published.date, "2023-05-04");
        assert_eq!(published.time.as_deref(), Some("10:15"));
        assert!(c.body.ends_with("on Wednesday."));
    }

    #[test]
    fn pages_without_a_stamp() {
        // the date in the printed address, the writer in the bio box
        let page = "\
Border talks stall as both sides dig in — Steppe Courier
https://www.steppecourier.example/politics/2024/02/19/border-talks-stall
Print this page   |   Close window

STEPPE COURIER

Border talks stall as both sides dig in

Negotiators from the two governments ended a third round of talks in Almaty on Monday without agreeing on the disputed sections of the border.

Both delegations said they would meet again after consultations at home, but neither named a date for the next round.

About the author: Dana Serikova is a political analyst who has followed the border talks since 2019.
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Border talks stall as both sides dig in")
        );
        assert_eq!(c.published.expect("address date").date, "2024-02-19");
        assert_eq!(c.authors, ["Dana Serikova"]);
        assert!(!c.body.contains("About the author"));

        // a full date in the opening dateline
        let page = "\
Ministers meet again over water dispute

Omar Haddad reports from Cairo

CAIRO, March 3, 2023 — Water ministers from the three countries met in Cairo on Friday for the first time in a year and agreed to hold technical talks next month.

The ministers said in a joint statement that the talks would cover the filling of the reservoir during dry years.
";
        let c = clean(page);
        assert_eq!(c.published.expect("dateline date").date, "2023-03-03");
        assert_eq!(c.authors, ["Omar Haddad"]);

        // only when it was updated: not when it was published
        let page = "\
Ceasefire holds for a second day

BY ARJUN MEHTA AND SARA KHAN | NEW DELHI
Updated: June 2, 2025 10:12 IST

The ceasefire announced on Saturday held for a second day, officials on both sides of the border said on Monday, as villagers began returning to their homes.

Military officers of the two countries spoke by hotline on Sunday and agreed to keep troops in their positions.
";
        let c = clean(page);
        assert_eq!(c.published, None);
        assert_eq!(c.authors, ["ARJUN MEHTA", "SARA KHAN"]);
    }

    #[test]
    fn dateline_opening_means_no_title() {
        let page = "\
YEREVAN, ARMENIA — On March 3, the foreign minister of Armenia met his Georgian counterpart in Yerevan.

The two discussed transport links and trade.

Leave a Reply

Your email address will not be published. Required fields are marked *
";
        let c = clean(page);
        assert_eq!(c.title, None);
        assert!(c.body.starts_with("YEREVAN, ARMENIA — On March 3"));
        assert_eq!(c.dateline.as_deref(), Some("YEREVAN, ARMENIA"));
        assert!(c.body.ends_with("transport links and trade."));
    }

    /// Random mixtures of page-like pieces and odd characters never panic,
    /// and the body only ever holds lines of the input.
    #[test]
    fn random_pages_never_panic() {
        const PIECES: [&str; 16] = [
            "Latest news",
            "Latest newsÄrmenia Talks",
            "09.Dec.2025",
            "06.12.2023 09:34",
            "Leave a Reply",
            "The ministers met in Baku on Monday and agreed to talk again.",
            "Alex Raufoglu",
            "Washington D.C.",
            "",
            "“Quote without end",
            "İSTANBUL — Turkish officials said.",
            "ǅ Ⅻ ﬃ",
            "By Jane Doe",
            "a",
            "\r",
            "13 Dec 2025",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let cleaner = TextCleaner::default();
        for _ in 0..2000 {
            let n = (next() % 14) as usize;
            let mut page = String::new();
            for _ in 0..n {
                page.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                if next() % 4 != 0 {
                    page.push('\n');
                }
            }
            for mode in [Mode::Page, Mode::Extracted] {
                let c = cleaner.clean(&page, mode);
                for line in c.body.lines() {
                    assert!(page.contains(line), "{line:?} not in {page:?}");
                }
            }
        }
    }

    #[test]
    fn placed_byline_with_a_dot_and_a_filed_stamp_under_the_credits() {
        let page = "\
Menu

Estonia Expels Russian Diplomat Over Border Incident

Marek Tamm · Tallinn
2024-02-09T18:02:00+02:00

TALLINN — Estonia expelled a Russian diplomat on Friday after a border guard boat was seized on the Narva river.

The foreign ministry said the seizure breached a 2014 border treaty.
";
        let c = clean(page);
        assert_eq!(c.authors, ["Marek Tamm"]);
        assert!(c.body.starts_with("TALLINN"));

        let wire = "\
Europe | Baltics

Estonia Expels Russian Diplomat Over Border Incident

TALLINN — Estonia expelled a Russian diplomat on Friday after a border guard boat was seized on the Narva river.

The foreign ministry said the seizure breached a 2014 border treaty.

Reporting by Marek Tamm; Editing by Ruth Bell
Filed: 9 Feb 2024 18:02 GMT
Correction
10 Feb 2024: An earlier version of this story misstated the name of the river.
";
        let c = clean(wire);
        assert_eq!(
            c.published.as_ref().map(|p| p.date.as_str()),
            Some("2024-02-09")
        );
    }

    #[test]
    fn promotions_relative_stamps_dated_titles_and_end_marks() {
        // a promoted live page and a relative stamp are not the headline
        let page = "\
THE LAKESIDE TIMES
News  World  Europe  Analysis
LIVE: Follow our coverage of the election in Moldova

Europe

Moldova's referendum explained: what happens next
World desk
Last refreshed: 12 min ago · 5 min read

Moldovans narrowly backed joining the European Union in a referendum on Sunday.

The result was far closer than polls had suggested.
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Moldova's referendum explained: what happens next")
        );
        // a promotion is still the title of a page with no other headline
        let page = "\
Live: Ceasefire talks resume in Cairo - latest updates

Negotiators returned to Cairo on Monday for a new round of talks.

Egyptian officials said both delegations had arrived.
";
        assert_eq!(
            clean(page).title.as_deref(),
            Some("Live: Ceasefire talks resume in Cairo - latest updates")
        );
        // a title that ends in its date keeps it; nothing after "###" signs
        let page = "\
OFFICE OF THE SPOKESPERSON

Department Press Briefing – May 2, 2024

May 2, 2024

MR MILLER: Good afternoon, everybody. I have one thing at the top.

The Secretary will travel to Riyadh on Monday for talks with Gulf partners.

###

Jane Porter
Stay Connected
Privacy Policy
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Department Press Briefing – May 2, 2024")
        );
        assert!(c.authors.is_empty(), "{:?}", c.authors);
    }

    #[test]
    fn stored_copies_crawler_headers_and_mastheads() {
        // a cache banner and its capture stamp are not the page's
        let cached = "\
ArchiveShelf · stored copy
You are viewing ArchiveShelf's stored copy of https://www.example.org/world/talks. The copy was captured on 4 Jun 2021 10:00:00 GMT. The page may have changed since.
Full version   Text-only version   View source

THE HARBOUR POST
Home   World   Business   Opinion

Envoys agree to resume border talks in Geneva next month

By Ana Ruiz and Tom Hale
June 2, 2021, 8:05 AM
Updated June 2, 2021, 6:40 PM

The envoys of both governments agreed on Wednesday to resume talks on their disputed border, officials said.

A first round is planned in Geneva in early July, according to the mediators.
";
        let c = clean(cached);
        assert_eq!(
            c.title.as_deref(),
            Some("Envoys agree to resume border talks in Geneva next month")
        );
        assert_eq!(c.authors, ["Ana Ruiz", "Tom Hale"]);
        assert_eq!(
            c.published.as_ref().map(|p| p.date.as_str()),
            Some("2021-06-02")
        );
        assert!(c.body.starts_with("The envoys of both governments"));

        // a crawler's header: its fetch stamp is not the article's, the
        // date path of the article's address is
        let crawled = "\
URL: https://www.example.net/en/africa/2022/03/14/junta-extends-curfew
Fetched: 2022-03-20T08:00:00Z
Status: 200
Content-Type: text/html; charset=utf-8
------------------------------------------------------------
SAVANNA HERALD
Home   Africa   Politics   Security

By Herald staff
BAMAKO — The military authorities extended the nightly curfew in the capital on Monday, citing threats against public buildings.

Opposition parties said the measure was meant to stifle protests planned for the weekend.
";
        let c = clean(crawled);
        assert_eq!(c.title, None);
        assert_eq!(
            c.published.as_ref().map(|p| p.date.as_str()),
            Some("2022-03-14")
        );

        // the organisation's name above its menu is no headline; a bare
        // name under the headline is the byline; a label is no author
        let release = "\
International Federation of Mountain Rescue Services
Who we are   What we do   Where we work   News and media   Donate

NEWS RELEASE

Rescue teams reach villages cut off by the landslides in the northern valleys

Helena Brandt and Jonas Weber

Rescue teams reached three villages that had been cut off for five days by landslides in the northern valleys, the federation said on Friday.

\"The roads are open again, but the slopes are still moving,\" said the federation's field coordinator.
";
        let c = clean(release);
        assert_eq!(
            c.title.as_deref(),
            Some("Rescue teams reach villages cut off by the landslides in the northern valleys")
        );
        assert_eq!(c.authors, ["Helena Brandt", "Jonas Weber"]);
    }

    #[test]
    fn newsletters_breadcrumb_headlines_and_wire_version_tags() {
        // an e-mailed newsletter: its banner, tagline and a note to the
        // reader above the story are no title
        let newsletter = "\
View this email in your browser  |  Forward to a friend  |  Add us to your safe senders

THE ISLAND BRIEF
Politics and security across the islands, every Thursday

Hello again. A short note before we begin: the events calendar returns next week, and thank you for your letters.

THE BIG STORY

Ministers sign fisheries pact after three years of talks

By Mere Tuilagi, regional correspondent

SUVA — Fisheries ministers from six island states signed a pact on Tuesday to share patrol data.

The agreement takes effect in January, officials said.
";
        let c = clean(newsletter);
        assert_eq!(
            c.title.as_deref(),
            Some("Ministers sign fisheries pact after three years of talks")
        );
        assert_eq!(c.authors, ["Mere Tuilagi"]);
        assert!(c.body.starts_with("SUVA"));

        // a breadcrumb that ends in the headline is navigation; a wire's
        // version counter is not part of the headline
        let wire = "\
HARBOUR WIRE
World   Business   Markets   Legal
Home / World / UPDATE 1-Ministers agree to extend the grain corridor for a year

UPDATE 1-Ministers agree to extend the grain corridor for a year

By Lena Vogt
March 2, 20233:41 AM UTCUpdated 5 hours ago

ISTANBUL, March 2 (Harbour Wire) - Ministers agreed on Thursday to extend the grain corridor by a year, officials said.

Shipping companies welcomed the decision.
";
        let c = clean(wire);
        assert_eq!(
            c.title.as_deref(),
            Some("Ministers agree to extend the grain corridor for a year")
        );
        assert_eq!(
            c.published.as_ref().map(|p| p.date.as_str()),
            Some("2023-03-02")
        );
    }

    #[test]
    fn teaser_above_the_headline_and_a_date_in_the_breadcrumb() {
        let page = "\
THE NORTHERN LEDGER
Home › World › 9 March 2024 › Europe
Trending
Sweden's flag raised at alliance headquarters in Brussels
2 min read

NATO allies welcome Sweden as the alliance's 32nd member
By Lars Ek, Mia Holm
5 hours ago · 4 min read

Sweden formally joined NATO on Thursday, ending two centuries of military non-alignment.

Prime Minister Ulf Kristersson handed over the accession documents in Washington.
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("NATO allies welcome Sweden as the alliance's 32nd member")
        );
        assert_eq!(c.authors, ["Lars Ek", "Mia Holm"]);
        assert_eq!(
            c.published.as_ref().map(|p| p.date.as_str()),
            Some("2024-03-09")
        );
        assert!(c.body.starts_with("Sweden formally joined"));
    }

    #[test]
    fn english_edition_of_a_foreign_site() {
        let page = "\
HET NOORDERBLAD — in English
Nieuws   Binnenland   Buitenland   Politiek   Sport
NL | EN
Buitenland

Dutch and Belgian ministers agree on joint patrols along the Scheldt estuary

Pieter Janssens, security correspondent
Gepubliceerd op 3 oktober 2022, 14:05
Bijgewerkt op 4 oktober 2022, 09:00
Leestijd: 3 minuten
Delen:   WhatsApp   Facebook   X

ANTWERP — The Dutch and Belgian interior ministers agreed on Monday to run joint police patrols along the Scheldt estuary from next month.

The two ministers said the patrols would target drug shipments through the port.

Lees ook:
Kabinet bespreekt begroting   01-10-2022
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Dutch and Belgian ministers agree on joint patrols along the Scheldt estuary")
        );
        assert_eq!(c.authors, ["Pieter Janssens"]);
        assert_eq!(
            c.published.as_ref().map(|p| p.date.as_str()),
            Some("2022-10-03")
        );
        assert!(c.body.starts_with("ANTWERP — "));
        assert!(!c.body.contains("Leestijd"));
        assert!(c.body.ends_with("through the port."));
    }

    #[test]
    fn section_label_is_not_the_title() {
        let page = "\
World news

Kazakhstan's President Meets EU Envoy to Discuss Trade Routes

On May 2, the President of Kazakhstan received the EU special representative for Central Asia in Astana.

The two discussed trade routes across the Caspian Sea.

Back to top button
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Kazakhstan's President Meets EU Envoy to Discuss Trade Routes")
        );
        assert!(c.body.starts_with("On May 2"));
        assert!(c
            .boilerplate
            .iter()
            .any(|b| b.kind == "section-label" && b.text.as_deref() == Some("World news")));
    }

    /// The published date, the title and the authors of a page.
    fn meta(page: &str) -> (Option<String>, Option<String>, Vec<String>) {
        let c = clean(page);
        (c.title, c.published.map(|p| p.date), c.authors)
    }

    #[test]
    fn editors_note_particles_and_story_labels() {
        // the first publication told in an editor's note wins over the
        // update stamp; "al-" belongs to the name
        let page = "\
Harbour Times
World   Politics   Opinion   Sport

Iraq and Kuwait reopen talks on their maritime border
Negotiators meet in Baghdad for the first time in three years.
By Rania al-Hashimi and Tom Okafor
Updated April 9, 2025, 6:02 a.m. ET
Share   Email   Print

Editor's note: This story was first published on April 8, 2025, and has been updated with the foreign ministry's statement.

BAGHDAD — Iraqi and Kuwaiti negotiators met on Tuesday to discuss the maritime border in the Khor Abdullah waterway, officials said.

The two sides agreed to meet again next month in Kuwait City, the Iraqi foreign ministry said in a statement.

Kuwait has pressed Baghdad to restore an agreement that an Iraqi court struck down in 2023.
";
        assert_eq!(
            meta(page),
            (
                Some("Iraq and Kuwait reopen talks on their maritime border".into()),
                Some("2025-04-08".into()),
                vec!["Rania al-Hashimi".to_string(), "Tom Okafor".to_string()]
            )
        );
        // "Story:" labels the writer; "Photos:" the photographer on the
        // same line
        let page = "\
Straits Courier
Nation   World   ASEAN   Business

ASEAN
Malaysia and Indonesia sign a deal on their Sulawesi Sea border
Leaders meet in Jakarta to settle a boundary that has been disputed for decades
Story: Siti Nurhaliza Ahmad · Photos: Daniel Tan
Monday, 9 Jun 2025 7:10 PM MYT
Share   Facebook   X   WhatsApp

JAKARTA: Malaysia and Indonesia signed an agreement on Monday settling part of their maritime border in the Sulawesi Sea, officials said.

The two leaders said the agreement would allow fishermen from both countries to work without fear of arrest.

Officials said talks on the remaining segments would resume later in the year.
";
        assert_eq!(meta(page).2, vec!["Siti Nurhaliza Ahmad".to_string()]);
    }

    #[test]
    fn writers_with_posts_badges_standfirst_writers_and_footer_menus() {
        // each writer under the stamp with a post line under the name
        let page = "\
Skip to content
TVN News
Home   News   Sport   Weather

Sudan war: Army says it has retaken the presidential palace in Khartoum
21 March 2025
Share
Save
Amina Yusuf
East Africa correspondent
Tom Whitfield
Reporting from Port Sudan

Sudan's army said on Friday that it had retaken the presidential palace in Khartoum from the Rapid Support Forces.

The RSF said its fighters were still in the area around the palace, and fighting went on in parts of the capital.

The war, which began in April 2023, has driven millions of people from their homes.
";
        assert_eq!(
            meta(page).2,
            vec!["Amina Yusuf".to_string(), "Tom Whitfield".to_string()]
        );
        // a calendar badge printed one part per line; the writer named at
        // the end of the standfirst
        let page = "\
THE MERIDIAN WEEKLY
World   Europe   Asia   Economy

EUROPE · DISPATCH
In Chisinau, voters weigh Europe against cheaper gas
Moldova's election is a test of the government's pro-EU course, writes Ana Munteanu in Chisinau
14
Oct
2024
5 min read
Share   Save

Queues formed outside polling stations in Chisinau on Sunday as Moldovans voted in an election seen as a test of the country's course towards the European Union.

Turnout was higher than at the last election, the electoral commission said, with large numbers of voters abroad.

The opposition has promised cheaper gas and better relations with Moscow.
";
        assert_eq!(
            meta(page),
            (
                Some("In Chisinau, voters weigh Europe against cheaper gas".into()),
                Some("2024-10-14".into()),
                vec!["Ana Munteanu".to_string()]
            )
        );
        // Lithuanian labels; a footer menu under a dated list is no
        // sign-off
        let page = "\
Baltijos Rytas
Naujienos   Lietuvoje   Pasaulyje   English

English › Lithuania
Lithuania and Poland agree to link their air defence networks
Autorius: Mindaugas Petrauskas
Paskelbta: 2025-02-11 09:30
Atnaujinta: 2025-02-12 08:00
Dalintis:   Facebook   X

Lithuania and Poland agreed on Tuesday to link their air defence networks, the two defence ministers said in Vilnius.

The ministers said the first joint exercises would take place in the spring.

Populiariausi
1. Snow closes roads in the north · 2025-02-12

Kontaktai   Reklama   Prenumerata   Slapukai
© Baltijos Rytas 2025
";
        assert_eq!(
            meta(page),
            (
                Some("Lithuania and Poland agree to link their air defence networks".into()),
                Some("2025-02-11".into()),
                vec!["Mindaugas Petrauskas".to_string()]
            )
        );
    }

    #[test]
    fn hebrew_georgian_and_greek_labels_and_caseless_menus() {
        // a menu in a script without capitals is no headline
        let page = "\
Gesher Daily | English Edition
עברית | English
חדשות  פוליטיקה  ביטחון  כלכלה  דעות
Search
Diplomacy
Israel and Cyprus sign an accord on a gas pipeline feasibility study
The two energy ministers met in Nicosia after months of delays
מאת: Noa Shalev, Ariel Dror
פורסם: 14.03.24, 10:15
עודכן: 14.03.24, 18:02
שתפו
צילום: The two ministers at the signing in Nicosia (Gil Tal)

Israel and Cyprus signed an accord on Thursday to study a gas pipeline between the two countries, the energy ministries said.

The study is due to be finished by the end of the year.
";
        assert_eq!(
            meta(page),
            (
                Some("Israel and Cyprus sign an accord on a gas pipeline feasibility study".into()),
                Some("2024-03-14".into()),
                vec!["Noa Shalev".to_string(), "Ariel Dror".to_string()]
            )
        );
        let page = "\
Rioni Herald
ქართ | ENG
მთავარი  პოლიტიკა  ეკონომიკა  მსოფლიო  ვიდეო
Search
Politics
Georgia and Armenia agree to reopen a rail link through Sadakhlo
The prime ministers signed the deal in Tbilisi
ავტორები: Ana Gelashvili • Davit Tsiklauri
გამოქვეყნდა: 03.06.2025, 14:10
განახლდა: 04.06.2025, 09:00
გაზიარება

Georgia and Armenia agreed on Tuesday to reopen a rail link through the Sadakhlo border crossing, the two governments said.

Freight trains are due to run again from the autumn.
";
        assert_eq!(
            meta(page),
            (
                Some("Georgia and Armenia agree to reopen a rail link through Sadakhlo".into()),
                Some("2025-06-03".into()),
                vec!["Ana Gelashvili".to_string(), "Davit Tsiklauri".to_string()]
            )
        );
        let page = "\
Aigaio Post – English Edition
ΕΛ | EN
Ελλάδα  Πολιτική  Κόσμος  Οικονομία
Diplomacy
Greece and Egypt sign a maritime search and rescue agreement
The foreign ministers met in Athens
Γράφει: Sofia Papadaki
Δημοσιεύθηκε: Πέμπτη 5 Ιουνίου 2025, 12:30
Ενημερώθηκε: Παρασκευή 6 Ιουνίου 2025, 08:00
Κοινοποίηση

Greece and Egypt signed an agreement on Thursday to coordinate search and rescue operations at sea, the foreign ministries said.

The agreement covers the waters between Crete and the Egyptian coast.
";
        assert_eq!(
            meta(page),
            (
                Some("Greece and Egypt sign a maritime search and rescue agreement".into()),
                Some("2025-06-05".into()),
                vec!["Sofia Papadaki".to_string()]
            )
        );
    }

    #[test]
    fn avatars_cards_and_dated_sign_offs() {
        // the writers' avatars: initials over each name
        let page = "\
Metro Wire News
World  Politics  Business  Video
Europe
Hungary lifts its veto on the EU aid package for Ukraine
KS
Karen Stoll
DM
David Mercer
MWN
Published 9:02 AM EST, Thu February 1, 2024

Hungary lifted its veto on a 50 billion euro EU aid package for Ukraine on Thursday, ending weeks of deadlock.

Leaders agreed the deal within an hour of the summit opening in Brussels.
";
        assert_eq!(
            meta(page),
            (
                Some("Hungary lifts its veto on the EU aid package for Ukraine".into()),
                Some("2024-02-01".into()),
                vec!["Karen Stoll".to_string(), "David Mercer".to_string()]
            )
        );
        // a staff byline and the card under the article that names the
        // correspondent
        let page = "\
The Harbour Review
Europe
Poland and Lithuania open a new rail link to the Baltic ports
By our Warsaw correspondent
Last modified on Fri 3 May 2024 09.10 BST

Poland and Lithuania opened a new rail link on Thursday that connects Warsaw with the Baltic ports.

The line was built with European money and took seven years.

Tomasz Nowicki is our Warsaw correspondent. He has covered Polish politics since 2015.
";
        let c = clean(page);
        assert_eq!(c.authors, ["Tomasz Nowicki"]);
        assert!(!c.body.contains("our Warsaw correspondent"), "{}", c.body);
        // a sign-off with the writer, the place and the day
        let page = "\
Gulf Dispatch
Home  Gulf  World  Business
Oman hosts a new round of talks on Yemen
3 hours ago
Share   Save

MUSCAT — Oman hosted a new round of talks on Yemen on Sunday, the foreign ministry said.

Officials said the talks would continue next week.

— Salma Rashid in Muscat, 12 May 2024
Tags: Oman, Yemen
";
        assert_eq!(
            meta(page),
            (
                Some("Oman hosts a new round of talks on Yemen".into()),
                Some("2024-05-12".into()),
                vec!["Salma Rashid".to_string()]
            )
        );
    }

    #[test]
    fn a_caption_between_the_standfirst_and_the_byline() {
        let page = "\
The Southern Courier
UK | World | Business | Opinion

World › Europe

Finland and Sweden sign defence pacts with the United States

The agreements let American forces use military bases in both countries, officials said.

Soldiers at a base in northern Finland during an exercise. Photograph: Anna Berg/Reuters

Lena Koskinen in Helsinki and Erik Dahl in Stockholm
Monday 18 December 2023 16.05 GMT

Finland and Sweden signed defence cooperation agreements with the United States on Monday.

The pacts give American forces access to fifteen Finnish bases.
";
        let c = clean(page);
        assert_eq!(
            (c.published.map(|p| p.date), c.authors.clone()),
            (
                Some("2023-12-18".to_string()),
                vec!["Lena Koskinen".to_string(), "Erik Dahl".to_string()]
            )
        );
        assert!(
            c.body.starts_with("Finland and Sweden signed"),
            "{}",
            c.body
        );
    }

    #[test]
    fn beat_lines_above_names_and_a_north_american_stamp() {
        let page = "\
The Potomac Ledger
Politics  World  National Security  Business
NATIONAL SECURITY
Senate approves a new aid package for Taiwan after a long debate
The bill now goes to the House, where its fate is less certain
White House correspondent
Laura Quinn
Congressional reporter
Mark Devlin
04/11/2024 6:02 p.m. EDT
Share   Comment   Print

The Senate approved a new military aid package for Taiwan after a debate that lasted most of the week.

Supporters said the money would help deter an attack.
";
        assert_eq!(
            meta(page),
            (
                Some("Senate approves a new aid package for Taiwan after a long debate".into()),
                Some("2024-04-11".into()),
                vec!["Laura Quinn".to_string(), "Mark Devlin".to_string()]
            )
        );
    }

    #[test]
    fn azerbaijani_labels_months_and_name_joins() {
        let page = "\
Xəzər Xəbər
AZ | EN | RU
Xəbərlər   Siyasət   Dünya   İdman

Siyasət / Politics
Azerbaijan and Georgia open a new border crossing near Qazax
Müəlliflər: Nigar Əliyeva və Tural Həsənov
Dərc olunub: 12 avqust 2025, 11:20
Yenilənib: 13 avqust 2025, 09:00
Paylaş:   Facebook   X

Azerbaijan and Georgia opened a new road crossing near Qazax on Tuesday, the two governments said.

Officials said the crossing would cut waiting times for trucks carrying goods to Black Sea ports.

The two prime ministers are due to meet in Tbilisi next month.
";
        assert_eq!(
            meta(page),
            (
                Some("Azerbaijan and Georgia open a new border crossing near Qazax".into()),
                Some("2025-08-12".into()),
                vec!["Nigar Əliyeva".to_string(), "Tural Həsənov".to_string()]
            )
        );
    }

    #[test]
    fn a_page_title_with_writer_and_site_above_a_dated_top_bar() {
        // the <title> line repeats the headline with the writer and the
        // site; the top bar's date is today's, and the only stamp is
        // relative: no date
        let page = "\
Seoul and Tokyo agree to resume defence talks after a five-year pause | Min-jun Park | Eastern Ledger
Eastern Ledger
Tuesday, 18 November 2025
Home   China   Japan   Koreas   Opinion
Log in   Subscribe

Koreas
Seoul and Tokyo agree to resume defence talks after a five-year pause
The two governments say the first round will take place in Tokyo next month
Min-jun Park
Seoul correspondent
Yesterday at 17:40
Share   Bookmark

South Korea and Japan agreed on Monday to resume regular talks between their defence ministries, officials in both capitals said.

The talks were suspended in 2020 during a dispute over wartime labour and export controls.

Officials said the first round would focus on North Korea's missile launches.
";
        assert_eq!(
            meta(page),
            (
                Some(
                    "Seoul and Tokyo agree to resume defence talks after a five-year pause".into()
                ),
                None,
                vec!["Min-jun Park".to_string()]
            )
        );
    }

    #[test]
    fn a_blog_entry_sentence_under_the_post_dates_and_signs_it() {
        let page = "\
Lake Country Ledger
Home
World
Politics

Kenya and Uganda reopen the Busia crossing after a week of talks
3 days ago · 3 min read
Leave a comment

Kenya and Uganda reopened the Busia border crossing on Monday after officials from both sides agreed on new customs checks.

Truck drivers who had waited for a week said the queue had cleared by the evening.

The two governments had closed the crossing after a dispute over the fees charged on fuel tankers, which both sides blamed on the other's officials.

Traders in Busia town said they had lost several days of business and hoped the new checks would not slow the traffic again.

Officials from the East African Community, who attended the talks, said a joint committee would meet every month to settle complaints.

This entry was posted in East Africa, Trade and tagged Busia, Kenya, Uganda on March 4, 2025 by Akinyi Otieno. Bookmark the permalink.

Post navigation
← Uganda names a new envoy to Nairobi

One thought on “Kenya and Uganda reopen the Busia crossing after a week of talks”

Mekdes H.
March 5, 2025 at 7:14 am
Good news for the traders at last.
Reply
";
        assert_eq!(
            meta(page),
            (
                Some("Kenya and Uganda reopen the Busia crossing after a week of talks".into()),
                Some("2025-03-04".into()),
                vec!["Akinyi Otieno".to_string()]
            )
        );
    }

    #[test]
    fn header_block_with_buttons_handles_and_counters_under_a_standfirst() {
        let page = "\
Open in app

Published in
Baltic Notes

Riga and Vilnius agree to share air defence radars

Why the two capitals settled a quarrel that lasted a decade

Ieva Kalnina
Follow
4 min read · Mar 3, 2024

312

9

Listen

Share

Latvia and Lithuania signed an agreement on Friday to link their air defence radars, ending years of argument over who would pay.

The defence ministers said the first joint picture of the sky would be ready by the autumn.
";
        assert_eq!(
            meta(page),
            (
                Some("Riga and Vilnius agree to share air defence radars".into()),
                Some("2024-03-03".into()),
                vec!["Ieva Kalnina".to_string()]
            )
        );
        let c = clean(page);
        assert!(
            c.body.starts_with("Latvia and Lithuania signed"),
            "{}",
            c.body
        );
        // the same block on a newsletter post, with a handle
        let post = "\
Danube Letters
Subscribe

Belgrade and Pristina reopen the Jarinje crossing

After a week of barricades, trucks move again. What changed, and what did not.

Milan Jovic
@milanjovic
OCT 9, 2024

41

Share

Trucks crossed at Jarinje on Tuesday for the first time in a week after police removed the last barricade, officials said.

Traders on both sides said they had lost several days of business.
";
        assert_eq!(
            meta(post),
            (
                Some("Belgrade and Pristina reopen the Jarinje crossing".into()),
                Some("2024-10-09".into()),
                vec!["Milan Jovic".to_string()]
            )
        );
    }

    #[test]
    fn a_release_names_its_issuer_and_its_press_contact_not_authors() {
        let page = "\
Aid Agencies Welcome Reopening of the Kerem Shalom Crossing

Coalition of relief groups says convoys must be allowed through every day

NEWS PROVIDED BY
Levant Relief Coalition
Mar 12, 2024, 09:00 ET

Share this article

AMMAN, March 12, 2024 /NewsLine/ -- The Levant Relief Coalition today welcomed the reopening of the crossing to aid convoys.

\"Every day of delay costs lives,\" said the coalition's director, Omar Saleh.

Media contact:
Greta Lindqvist
press@example.org
";
        assert_eq!(
            meta(page),
            (
                Some("Aid Agencies Welcome Reopening of the Kerem Shalom Crossing".into()),
                Some("2024-03-12".into()),
                vec![]
            )
        );
    }

    #[test]
    fn policy_brief_cover_with_issue_number_footnote_marks_and_key_points() {
        let page = "\
CASPIAN POLICY CENTRE

POLICY BRIEF
No. 14 | 3 May 2022

The Middle Corridor after the war in Ukraine

Leyla Aliyeva and Tomas Berger*

KEY POINTS

The war has pushed freight from the northern route onto the Caspian.

Introduction

Since February, freight companies have moved cargo from Russian railways onto the route across Kazakhstan, the Caspian Sea and Azerbaijan.

Ports at Aktau and Baku report queues of several weeks.
";
        assert_eq!(
            meta(page),
            (
                Some("The Middle Corridor after the war in Ukraine".into()),
                Some("2022-05-03".into()),
                vec!["Leyla Aliyeva".to_string(), "Tomas Berger".to_string()]
            )
        );
    }

    #[test]
    fn dates_are_no_titles_and_a_stamped_headline_beats_a_tagline() {
        let archived = "\
INTERNET ARCHIVE
12 captures
04 Feb 2021 - 19 Jun 2023
Web pages linked from news sites in the region, crawled daily.

Border talks resume in Tbilisi after a year

By Nino Beridze
3 days ago

Georgian and Abkhaz negotiators met in Tbilisi on Thursday for the first time in a year, the mediators said.

They agreed to meet again in the spring.
";
        assert_eq!(
            meta(archived).0.as_deref(),
            Some("Border talks resume in Tbilisi after a year")
        );
        // the archive's description ten lines above the page's headline
        let toolbar = archived.replace(
            "crawled daily.\n",
            "crawled daily.\nTIMESTAMPS\nloading\n\nTBILISI TIMES\nPolitics   Region   Economy\nSearch\n\nPolitics › Georgia\n",
        );
        assert_eq!(
            meta(&toolbar).0.as_deref(),
            Some("Border talks resume in Tbilisi after a year")
        );
        let academic = "\
THE EXPERT DESK
Research-based analysis, written by scholars

Why the Pacific Islands Forum keeps Beijing at arm's length

Published: May 10, 2023 2.15pm AEST

The forum's leaders met on Tuesday and agreed to review regional security arrangements together, officials said.

They did not invite any outside power to the talks.
";
        assert_eq!(
            meta(academic),
            (
                Some("Why the Pacific Islands Forum keeps Beijing at arm's length".into()),
                Some("2023-05-10".into()),
                vec![]
            )
        );
        // a page date in another calendar beside the Gregorian one
        let local = "\
KANDAHAR TIMES
The voice of the south | English edition

Monday, 3 Saratan 1402 | 24 June 2023

Traders protest new customs fees at the Spin Boldak crossing

Written by Abdul Rahim

SPIN BOLDAK, 23 June: Hundreds of traders protested on Friday against new customs fees at the crossing, officials said.

They said the fees would double the price of fruit.
";
        assert_eq!(
            meta(local).0.as_deref(),
            Some("Traders protest new customs fees at the Spin Boldak crossing")
        );
        assert_eq!(meta(local).1.as_deref(), Some("2023-06-24"));
    }

    #[test]
    fn a_heading_in_capitals_is_no_byline_and_hosts_are_no_writers() {
        let page = "\
BORDERLANDS
A podcast about frontiers and the people who cross them

Episode 57

The ceasefire that held: a year on the Line of Control

Released: March 3, 2024 · 38 min
Hosted by Meera Kapoor and Omar Siddiqui
Show notes by Farid Jalali

SHOW NOTES

A year after India and Pakistan recommitted to the 2003 ceasefire, the guns along the Line of Control have stayed largely silent.

Villagers who had lived in bunkers for years told us they had planted crops again.
";
        let (title, published, authors) = meta(page);
        assert_eq!(
            title.as_deref(),
            Some("The ceasefire that held: a year on the Line of Control")
        );
        assert_eq!(published.as_deref(), Some("2024-03-03"));
        assert_eq!(authors, vec!["Farid Jalali".to_string()]);
    }

    #[test]
    fn the_first_publication_beats_the_posting_of_a_copy() {
        let page = "\
AidWire
Updates   Countries   Disasters   Sign in

SITUATION REPORT
Chad: Refugee arrivals from Sudan – Flash Update No. 2
Source: Eastern Chad Coordination Group
Posted: 12 Jun 2023
Originally published: 11 Jun 2023

More than 6,000 refugees crossed from Sudan into eastern Chad in the past week, bringing the total since April to over 110,000.

Partners are relocating families from the border to camps further inland before the rains.
";
        assert_eq!(meta(page).1.as_deref(), Some("2023-06-11"));
    }

    #[test]
    fn the_first_publication_in_a_story_history_under_the_body() {
        let page = "\
The Harbour Gazette
World   Politics   Business   Opinion

Ukraine
Scholz makes surprise visit to Odesa as sirens sound
The German chancellor toured the port and met grain exporters.
Reported and written by Lena Krause in Odesa
Edited by Paul Hart
Fri 10 Mar 2023 06.30 GMT

German Chancellor Olaf Scholz made an unannounced visit to Odesa on Thursday, touring the port from which grain ships have left under the Black Sea deal.

He met exporters and local officials and promised more air defence for the city, whose port facilities have been struck repeatedly.

Story history
First published: Thu 9 Mar 2023 19.05 GMT
This version: Fri 10 Mar 2023 06.30 GMT
Changes: headline revised; the exporters' figures and the visit to the grain terminal added. Via the Harbour Gazette desk.

Explore more on these topics
Ukraine   Germany   Olaf Scholz
";
        let (_, published, authors) = meta(page);
        assert_eq!(published.as_deref(), Some("2023-03-09"));
        assert_eq!(authors, vec!["Lena Krause".to_string()]);
    }

    #[test]
    fn a_partner_note_a_dated_slug_and_portraits_over_names() {
        let page = "\
Lakeshore Herald
Local   World   Politics   Business   Sports

WORLD
Kenyan president meets Haitian leaders on police mission's future
Talks in Port-au-Prince turn to funding and the mission's mandate.
By Naomi Wekesa of the Rift Valley Courier
Yesterday at 9:15 PM
This story is shared through the Global Desk partner network.
Share
Copy link
https://www.lakeshoreherald.com/world/kenya-haiti-police-mission-talks-2024-05-21/

Kenyan President William Ruto met members of Haiti's transitional council on Tuesday to discuss the future of the Kenyan-led police mission, officials said.

The two sides agreed to seek more funding from donors and to ask the Security Council to extend the mission's mandate, a statement said.

© 2025 Lakeshore Herald
";
        let (title, published, authors) = meta(page);
        assert_eq!(
            title.as_deref(),
            Some("Kenyan president meets Haitian leaders on police mission's future")
        );
        assert_eq!(published.as_deref(), Some("2024-05-21"));
        assert_eq!(authors, vec!["Naomi Wekesa".to_string()]);
        assert!(clean(page)
            .body
            .starts_with("Kenyan President William Ruto met"));
        // portraits' texts over the writers' names
        let chrome = ChromeDictionary::default();
        let mut lines: Vec<Line<'_>> = [
            "Headshot of Naomi Wekesa",
            "Naomi Wekesa",
            "Africa correspondent",
            "Portrait of Daniel Pierre",
            "Daniel Pierre",
        ]
        .iter()
        .map(|t| Line::new(t, &chrome))
        .collect();
        avatar_bylines(&mut lines);
        assert_eq!(lines[1].shape, Shape::Byline(vec!["Naomi Wekesa".into()]));
        assert_eq!(lines[4].shape, Shape::Byline(vec!["Daniel Pierre".into()]));
    }

    #[test]
    fn a_dateline_without_a_year_takes_it_from_the_address() {
        let page = "\
Baltic Wire
News   Politics   Defence   Opinion

Defence
Lithuania closes two border crossings after balloons from Belarus shut Vilnius airport
The government says the smuggling balloons are a hybrid attack and warns of further steps
By Staff Reporter
6 hours ago
Copy link
https://balticwire.example/en/news/2025/10/lithuania-closes-border-crossings-balloons

VILNIUS, Oct 27 (Baltic Wire) – Lithuania closed its two remaining border crossings with Belarus on Monday after balloons carrying smuggled cigarettes forced Vilnius airport to shut for the third time in a week.

Prime Minister Inga Ruginiene said the balloons were a deliberate hybrid attack and that the government would consider further measures.
";
        assert_eq!(meta(page).1.as_deref(), Some("2025-10-27"));
    }

    #[test]
    fn an_obituary_headline_over_a_long_standfirst() {
        let page = "\
THE LAKESIDE REVIEW
Regional news from the Great Lakes and beyond
Home   News   Business   Obituaries   Opinion

Obituaries

Miriam Achola obituary
Kenyan mediator who spent three decades bringing rival clans to the same table in the north of the country and along its borders

By Peter Mwangi
Published 14/05/2024

Miriam Achola, who has died aged 81, spent three decades persuading rival clans in northern Kenya to sit down together.

She was born in Kisumu and trained as a teacher before joining a church peace commission in 1978.
";
        assert_eq!(meta(page).0.as_deref(), Some("Miriam Achola obituary"));
        assert_eq!(meta(page).2, vec!["Peter Mwangi".to_string()]);
    }

    #[test]
    fn a_standfirst_under_the_headline_is_not_the_title() {
        let page = "\
THE HARBOUR RECORD
Politics | World | Opinion

FOREIGN POLICY

Minister tells MPs Beijing 'ignored' three protests over the coast guard

Opposition says the government has no plan; Greens press for a public inquiry

By Aroha Ngata | Political Bureau
Published Nov. 7, 2023 at 6:10 a.m. ET

WELLINGTON — The foreign minister told a parliamentary committee on Tuesday that Beijing had ignored three formal protests.

She said the government would raise the matter again at the next round of talks.
";
        assert_eq!(
            meta(page),
            (
                Some(
                    "Minister tells MPs Beijing 'ignored' three protests over the coast guard"
                        .into()
                ),
                Some("2023-11-07".into()),
                vec!["Aroha Ngata".to_string()]
            )
        );
    }

    #[test]
    fn stamps_of_ministry_sites_and_wires() {
        for (line, want) in [
            (
                "Publish Date: 2022/08/07 | Unit: Operations Centre | Views: 4,213",
                "2022-08-07",
            ),
            (
                "March 26, 2023 6:02 AM GMT+5:30 · Updated March 26, 2023 11:47 AM GMT+5:30",
                "2023-03-26",
            ),
            (
                "Source: Xinhua | 2023-03-26 21:47:03 | Editor: Li Wen",
                "2023-03-26",
            ),
        ] {
            let page = format!(
                "SITE\n\nMinisters agree to reopen the consulates next month\n\n{line}\n\n\
                 The two foreign ministers met in the capital on Saturday and agreed to reopen the consulates, officials said.\n\n\
                 They will meet again in the spring.\n"
            );
            let (title, date, authors) = meta(&page);
            assert_eq!(date.as_deref(), Some(want), "{line}");
            assert_eq!(
                title.as_deref(),
                Some("Ministers agree to reopen the consulates next month")
            );
            assert!(authors.is_empty(), "{line}: {authors:?}");
        }
    }

    #[test]
    fn pages_converted_to_markdown() {
        let page = "\
[Skip to content](#main)

* [Africa](/africa)
* [World](/world)

# Niger expels the French ambassador after weeks of standoff

**The junta says the envoy's presence is a threat to public order.**

By [Aissa Moussa](/authors/aissa-moussa) · _2 Sep 2023 · 09:40 GMT_

![A convoy in Niamey](https://img.example.org/2023/09/niamey.jpg)

NIAMEY — Niger's military rulers on Friday gave the French ambassador two days to leave the country, the foreign ministry said.

## What comes next

France said it did not recognise the junta's authority to expel its envoy.
";
        assert_eq!(
            meta(page),
            (
                Some("Niger expels the French ambassador after weeks of standoff".into()),
                Some("2023-09-02".into()),
                vec!["Aissa Moussa".to_string()]
            )
        );
        let c = clean(page);
        assert!(c.body.starts_with("NIAMEY"), "{}", c.body);
        assert!(c.body.contains("What comes next"));
    }

    #[test]
    fn big_paper_caption_credit_bios_and_print_note() {
        // the caption's "Credit..." marks it as a caption, not the headline;
        // both writers' bios under the article are chrome
        let page = "\
World
Advertisement

Lisbon Weighs a Wider Role in the Atlantic Fisheries Talks

Officials are preparing a proposal ahead of next month's ministerial meeting.

Listen · 5:02 min
Share full article
Save
[Image]
Trawlers moored in the harbour of Peniche on Friday.Credit...Rui Tavares for The Harbour Record

By Inês Moura and Daniel Hart
Reporting from Lisbon

June 6, 2025, 7:30 a.m. ET

Portugal's fisheries minister said on Thursday that his government would put forward a plan to share quotas more evenly among the Atlantic states.

The proposal will be discussed when ministers gather in Brussels next month, officials said.

Inês Moura covers Southern Europe from Lisbon. More about Inês Moura

Daniel Hart is a correspondent who writes about trade and the sea. More about Daniel Hart

© 2025 The Harbour Record Company
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Lisbon Weighs a Wider Role in the Atlantic Fisheries Talks")
        );
        assert_eq!(c.authors, vec!["Inês Moura", "Daniel Hart"]);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2025-06-06"));
        assert!(
            c.body.starts_with("Portugal's fisheries minister"),
            "{}",
            c.body
        );
        assert!(c.body.ends_with("officials said."), "{}", c.body);
    }

    #[test]
    fn portal_wire_credits_and_provider_labels() {
        // the provider's name is no writer; every reporter of the credit
        // line is one, each with the place they filed from
        let page = "\
Portal News
Home
World

Baltic Wire
Estonia and Latvia agree joint air-defence purchase after Riga talks
Baltic Wire
Tue, May 13, 2025 at 9:02 AM GMT+2 · 2 min read

RIGA, May 13 (Baltic Wire) - Estonia and Latvia agreed on Tuesday to buy a medium-range air-defence system together, their defence ministers said after talks in Riga.

The ministers said the first batteries could be delivered in 2027.

(Reporting by Mari Tamm in Tallinn and Jānis Ozols in Riga; Additional reporting by Ona Petraitė in Vilnius; Editing by Paul Grey)

Privacy Dashboard
Terms and Privacy Policy
";
        let c = clean(page);
        assert_eq!(c.authors, vec!["Mari Tamm", "Jānis Ozols"]);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2025-05-13"));
    }

    #[test]
    fn boxes_readers_can_skip_and_button_rows_do_not_end_the_article() {
        let page = "\
The Northern Ledger

Finland and Norway open new Arctic rail link talks | Europe | The Northern Ledger
News
Europe
Middle East
Finland and Norway open new Arctic rail link talks
The two governments will study a line from Rovaniemi to the Norwegian coast
Aino Laine in Helsinki and Per Berg in Oslo
Wed 9 Apr 2025 11.20 BST
Share
Save
Comment

Finland and Norway began talks on Wednesday on a rail line that would link the Finnish Arctic to an ice-free Norwegian port.

skip past newsletter promotion
Sign up to Nordic Notes
Free weekly newsletter
after newsletter promotion

The two transport ministers said a joint study would be ready by the end of next year.

Recommended Stories
list of 2 items
list 1 of 2
Sweden raises defence budget again
list 2 of 2
Iceland reviews fishing quotas
end of list

Officials in Oslo said the line could carry both freight and troops.

Topics
Finland
United Nations
Comments (12)
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Finland and Norway open new Arctic rail link talks")
        );
        assert_eq!(c.authors, vec!["Aino Laine", "Per Berg"]);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2025-04-09"));
        assert!(c.body.starts_with("Finland and Norway began"), "{}", c.body);
        assert!(c.body.ends_with("freight and troops."), "{}", c.body);
        assert!(!c.body.contains("Sweden raises"), "{}", c.body);
        assert!(!c.body.contains("Sign up"), "{}", c.body);
    }

    #[test]
    fn bylines_with_bios_desks_and_labels() {
        // appositive bios inside the byline
        let page = "\
The Policy Review
ANALYSIS

Why the Sahel Juntas Are Turning East

The three military governments want partners who ask fewer questions.

By Amina Diallo, a senior fellow at the West Africa Policy Centre, and Tom Reyes, a journalist based in Dakar.

APRIL 2, 2025, 9:05 AM

Share
Save

When the juntas of Mali, Burkina Faso and Niger left ECOWAS, they said the bloc had become a tool of foreign powers.

Their turn towards Moscow has been gradual but steady.
";
        let c = clean(page);
        assert_eq!(c.authors, vec!["Amina Diallo", "Tom Reyes"]);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2025-04-02"));
        // a desk with its place; a date only in the page's address
        let page = "\
Asia › South Asia
Nepal and Bhutan sign hydropower accord in Thimphu
Deal follows two years of talks on cross-border transmission lines
Sonam Wangdi, Correspondent in Thimphu
4 min read
Share this article
Facebook
X
Copy link
https://www.example-news.com/asia/south-asia/2024-09-12/nepal-bhutan-hydropower
[Image] The signing ceremony in Thimphu. PHOTO: POOL

THIMPHU – Nepal and Bhutan signed an accord on Thursday to build a transmission line linking their power grids.

Officials said construction would start next year.
";
        let c = clean(page);
        assert_eq!(c.authors, vec!["Sonam Wangdi"]);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2024-09-12"));
        assert!(c.body.starts_with("THIMPHU"), "{}", c.body);
        // places in brackets after the names
        assert_eq!(
            crate::lines::byline_names("By Ana Ruiz (Madrid) and Luc Moreau (Paris)"),
            Some(vec!["Ana Ruiz".to_string(), "Luc Moreau".to_string()])
        );
        // a name over its post with the place, and a handle, then the stamp
        let page = "\
Spain and France agree Pyrenees rail upgrade
Ana Ruiz
Senior Correspondent, Madrid
@anaruiz
March 4, 2025

Spain and France agreed on Tuesday to upgrade the rail line across the Pyrenees.

Work is due to begin next year.
";
        assert_eq!(clean(page).authors, vec!["Ana Ruiz"]);
        // a foreign edition's plural label; the details box's "Author"
        // field
        assert_eq!(
            crate::lines::byline_names("Autorzy: Anna Nowak, Jan Zieliński"),
            Some(vec!["Anna Nowak".to_string(), "Jan Zieliński".to_string()])
        );
        let page = "\
Serbia and Hungary open new border crossing
Officials promised shorter queues for lorries.
2 hours ago
Share

Serbia and Hungary opened a new road crossing on Tuesday, officials said.

The crossing will be open around the clock.

Date
04.11.2025
Author
Milan Petrović in Subotica
";
        let c = clean(page);
        assert_eq!(c.authors, vec!["Milan Petrović"]);
        assert!(
            c.body.starts_with("Serbia and Hungary opened"),
            "{}",
            c.body
        );
    }

    #[test]
    fn which_stamp_is_the_publication() {
        // the top bar's date is today's: the stamp under the headline wins
        let page = "\
CARIBBEAN DAILY
Friday 3 October 2025
News
World

UN extends mission in Haiti for another year
AFP
01-10-2025 06:41
Share

UNITED NATIONS (AFP) – The Security Council on Tuesday extended the UN's political mission in Haiti.

The vote was unanimous.

Latest News
Storm warning for Jamaica
02-10-2025
Haiti police chief replaced
28-09-2025
";
        let c = clean(page);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2025-10-01"));
        // "Originally published by X on DATE." under a republished article
        let page = "\
Pacific Partners News
Fiji and Tonga agree maritime boundary
By Sione Fifita — Tonga Chronicle
Posted 11/12/2024 9:10am

Fiji and Tonga have agreed their maritime boundary after a decade of talks.

The agreement will be signed in Suva next year.

Originally published by the Tonga Chronicle on 10 December 2024. Republished with permission.
";
        let c = clean(page);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2024-12-10"));
        assert!(c.body.ends_with("next year."), "{}", c.body);
        // a scrape that glued a stamp to its own copy
        assert_eq!(
            iso_of("Published On 6 Nov 20256 Nov 2025").as_deref(),
            Some("2025-11-06")
        );
        assert_eq!(
            iso_of("Published at : October 14, 2025").as_deref(),
            Some("2025-10-14")
        );
        assert_eq!(
            iso_of(
                "Published 3:45 PM EDT, Tue March 4, 2025 | Updated 5:10 PM EDT, Tue March 4, 2025"
            )
            .as_deref(),
            Some("2025-03-04")
        );
        let by = parse_date_line("Posted by Jane Doe on March 3, 2025 in World News");
        assert_eq!(by.and_then(|d| d.by).as_deref(), Some("Jane Doe"));
        let by = parse_date_line("Jane Doe | Published: 3 March 2025");
        assert_eq!(by.and_then(|d| d.by).as_deref(), Some("Jane Doe"));
        // ... but a section label is no writer
        let by = parse_date_line("Middle East | 3 March 2025");
        assert_eq!(by.and_then(|d| d.by), None);
    }

    #[test]
    fn taglines_contributor_notes_and_tags_are_not_title_or_writers() {
        let page = "\
The Valley Courier
Serving the valley and its villages since 1898
News   Politics   Farming   Sport   Jobs

Politics

Ministers agree new rules for cross-border hauliers

Hauliers give a cautious welcome as unions say they will study the detail

By Ciara Boyle and PA Reporters
7:15am GMT Tuesday 28 February 2023

Ministers agreed new rules for hauliers crossing the border on Tuesday, ending months of uncertainty.

Local firms said the detail would matter more than the politics.

Reporting from Press Association contributed to this story.

Most read
1. Road reopens after repairs
";
        let c = clean(page);
        assert_eq!(
            c.title.as_deref(),
            Some("Ministers agree new rules for cross-border hauliers")
        );
        assert_eq!(c.authors, vec!["Ciara Boyle"]);
        assert!(c.body.ends_with("than the politics."), "{}", c.body);
    }

    #[test]
    fn writers_with_posts_cards_sites_and_foreign_labels() {
        let body = "\n\nVIENNA – Negotiators from the two countries met on Tuesday for a fourth round of talks on the disputed border, officials said.\n\nA further round is planned for next month in Geneva.\n";
        let page = |header: &str| {
            format!("Danube Courier\nNews | World | Opinion\n\nBorder talks resume in Vienna\n\n{header}{body}")
        };
        // two writers with their posts, a bar between them; a handle
        let c = clean(&page(
            "Marta Lindqvist, Europe Editor | Paul Okafor, Security Correspondent\n12 March 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Paul Okafor"]);
        let c = clean(&page(
            "Marta Lindqvist, Europe Editor | @mlindqvist\n12 March 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        // a post and its paper after a bar name no one
        let c = clean(&page(
            "Marta Lindqvist\nChief Political Correspondent | The Courier\n12 March 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        // the site's name under its writers is no writer
        let c = clean(&page(
            "Marta Lindqvist and Paul Okafor\nDanube Courier\nPublished 12 March 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Paul Okafor"]);
        // a Drupal page's dated byline
        // (3 April 2025 was a Thursday, 4 March a Tuesday)
        let c = clean(&page(
            "Submitted by Marta Lindqvist on Thu, 04/03/2025 - 10:05",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2025-04-03"));
        // a Hungarian edition's labels and year-first date
        let c = clean(&page(
            "Szerzők: Kovács Anna, Nagy Péter\nKözzétéve: 2025. március 12., szerda 10:05",
        ));
        assert_eq!(c.authors, vec!["Kovács Anna", "Nagy Péter"]);
        assert_eq!(c.published.map(|p| p.date).as_deref(), Some("2025-03-12"));
        // a writer and her place above the buttons of an undated page
        let c = clean(&page(
            "Marta Lindqvist | Vienna\nReading time: 3 minutes\nShare: Facebook · X",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert!(c.published.is_none());
        // a breadcrumb trail that ends in the headline
        // (a long headline: the trail has too many words for a menu)
        let headline = "Border talks resume in Vienna as foreign ministers of both countries meet for a fourth round";
        let crumbs = format!("Danube Courier\nNews   World   Opinion   Sport\n\nHome / World / {headline}\n\n{headline}\n\nThe two foreign ministers are in Vienna for a fourth round of talks.\n\nReported by: Marta Lindqvist | Edited by: Paul Okafor\n5 hours ago{body}");
        let c = clean(&crumbs);
        assert_eq!(c.title.as_deref(), Some(headline));
        // an author card: the name, then the bio
        let c = clean(&page("Marta Lindqvist\nMarta Lindqvist is the paper's Europe editor. She covers the EU and the Balkans.\nPublished 12 March 2025"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
    }

    #[test]
    fn split_bylines_posts_before_names_staff_titles_and_stamps_without_a_year() {
        let body = "\n\nVIENNA – Negotiators from the two countries met on Tuesday for a fourth round of talks on the disputed border, officials said.\n\nA further round is planned for next month in Geneva.\n";
        let page = |header: &str| {
            format!("Danube Courier\nNews | World | Opinion\n\nBorder talks resume in Vienna after a pause of two years\n\n{header}{body}")
        };
        let date = |c: &Cleaned| c.published.as_ref().map(|p| p.date.clone());
        // a linked byline split into one line per link
        let c = clean(&page(
            "By\nMarta Lindqvist\n,\nPaul Okafor\nand\nSara Haddad\nPublished\nMarch 12, 2025, 9:05 p.m. ET",
        ));
        assert_eq!(
            c.authors,
            vec!["Marta Lindqvist", "Paul Okafor", "Sara Haddad"]
        );
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // posts before the names, an outlet after "FOR", a zone after a comma
        let c = clean(&page(
            "By Europe Editor Marta Lindqvist and Security Correspondent Paul Okafor\nWednesday 12 March 2025 20:41, UK",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Paul Okafor"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page(
            "By MARTA LINDQVIST FOR THE DANUBE COURIER\n12 March 2025",
        ));
        assert_eq!(c.authors, vec!["MARTA LINDQVIST"]);
        // a staff title, its place in capitals and text-size buttons
        let c = clean(&page(
            "Special Correspondent\nVIENNA\nPublished: 12 March 2025, 00:12 CET\nA A A",
        ));
        assert!(c.authors.is_empty(), "{:?}", c.authors);
        let c = clean(&page("Our Correspondent, Vienna\n12 March 2025"));
        assert!(c.authors.is_empty(), "{:?}", c.authors);
        // a place before the name, a place in brackets, a weekday and a
        // clock only (no date)
        let c = clean(&page("Vienna – Marta Lindqvist\n12 March 2025"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page("Marta Lindqvist (Vienna)\nTuesday, 18:40"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert!(c.published.is_none());
        // a name with its suffix, a stamp without its year, and the year in
        // the page's own address (without leading zeros)
        let c = clean(&page(
            "Robert E. Langford Jr.\nForeign Affairs Correspondent\nMarch 4 · 9:48 PM ET\nShare\nhttps://www.courier.example/world/2025/3/4/border-talks-vienna/",
        ));
        assert_eq!(c.authors, vec!["Robert E. Langford Jr."]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-04"));
        // Romanian and Korean labels; a Hijri date beside the Gregorian one
        let c = clean(&page(
            "de Ioana Marinescu și Radu Stan\nPublicat: miercuri, 12 martie 2025, 17:45",
        ));
        assert_eq!(c.authors, vec!["Ioana Marinescu", "Radu Stan"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page(
            "Seo Ji-won, Choi Min-ho 기자\n입력 2025.03.12 15:20 | 수정 2025.03.12 19:02",
        ));
        assert_eq!(c.authors, vec!["Seo Ji-won", "Choi Min-ho"]);
        let c = clean(&page("Wednesday - 12 Ramadan 1446 H - 12 March 2025 AD"));
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // "Last edited" is an update
        let c = clean(&page(
            "Published 12 March 2025 · Last edited 13 March 2025, 10:05",
        ));
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // a relative stamp, and a citation box of the page's own title
        let cited = format!("Danube Courier\n\nBorder talks resume in Vienna after a pause of two years\n\nMarta Lindqvist\nYesterday, 21:40{body}\nCite this article\nAPA: Lindqvist, M. (2025, March 12). Border talks resume in Vienna after a pause of two years. Danube Courier.\nRetrieved 13 March 2025\n");
        let c = clean(&cited);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // a "Leave a comment" link under a dated byline
        let c = clean(&page(
            "Posted on March 12, 2025 by Marta Lindqvist\nLeave a comment",
        ));
        assert_eq!(
            c.title.as_deref(),
            Some("Border talks resume in Vienna after a pause of two years")
        );
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        // a headline with three summary lines under it
        let tabloid = format!("Danube Courier\nNews | World\n\nBorder talks resume in Vienna after a pause of two years as foreign ministers meet for a fourth round\nThe two foreign ministers arrive in the Austrian capital with new maps of the disputed valley and its villages\nBoth sides say that a deal on the river crossing and the customs posts could come within weeks\nCritics in both capitals warn their governments against giving away too much ground to the other side\nBy Marta Lindqvist\n12 March 2025{body}");
        let c = clean(&tabloid);
        assert_eq!(c.title.as_deref(), Some("Border talks resume in Vienna after a pause of two years as foreign ministers meet for a fourth round"));
        assert!(c.body.starts_with("VIENNA"), "{}", c.body);
        // a bare name beside the date (a section's name is none); a
        // place in capitals before the date; a live page's credit; the
        // outlet and place under a bare name
        let c = clean(&page("Marta Lindqvist • March 12, 2025"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page("March 12, 2025 · 5:01 AM · Marta Lindqvist"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page("Middle East • March 12, 2025"));
        assert!(c.authors.is_empty(), "{:?}", c.authors);
        let c = clean(&page(
            "Marta Lindqvist, The Courier\nVIENNA, March 12, 2025 17:01 CET",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page("From CNN’s Marta Lindqvist"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page("Marta Lindqvist\nCourier News, Vienna"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page(
            "By: Marta Lindqvist\nPosted: Mar 12, 2025 / 05:01 PM EST",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // names above their paper's name, a name twice (a portrait's
        // caption), a date glued to the byline, a writer's address, a name
        // under the stamp
        let c = clean(&page(
            "Marta Lindqvist and Paul Okafor\nThe Danube Courier\nWednesday, March 12, 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Paul Okafor"]);
        let c = clean(&page(
            "Marta Lindqvist\nMarta Lindqvist\nContributing Writer\nMarch 12, 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page("By Marta Lindqvist Published March 12, 2025"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page("By Marta Lindqvist Mar. 12, 2025 5:01 pm ET"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page(
            "Marta Lindqvist marta.lindqvist@courier.example\nMarch 12, 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page("March 12, 2025 at 5:01 pm\nMarta Lindqvist"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        // a banner of prayer times is no headline
        let banner = format!("Danube Courier\nImsak 04:47 | Iftar 18:21 — Vienna\nWorld\nBorder talks resume in Vienna; ministers meet for a fourth round\nVienna – Marta Lindqvist\n12 March 2025{body}");
        let c = clean(&banner);
        assert_eq!(
            c.title.as_deref(),
            Some("Border talks resume in Vienna; ministers meet for a fourth round")
        );
    }

    #[test]
    fn posts_without_separators_wordpress_stamps_and_central_european_pages() {
        let body = "\n\nVIENNA – Negotiators from the two countries met on Tuesday for a fourth round of talks on the disputed border, officials said.\n\nA further round is planned for next month in Geneva.\n";
        let headline = "Border talks resume in Vienna after a pause of two years";
        let page = |header: &str| {
            format!("Danube Courier\nNews | World | Opinion\n\n{headline}\n{header}{body}")
        };
        let date = |c: &Cleaned| c.published.as_ref().map(|p| p.date.clone());
        // the post right after the name, and a share box's link with the
        // month's name
        let c = clean(&page("Marta Lindqvist Diplomatic editor and Paul Okafor in Geneva\nWednesday 12 March\nShare\nCopy link: https://www.courier.example/world/2025/mar/12/border-talks-vienna"));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Paul Okafor"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // a post in title case is no name ("Middle East Correspondent")
        let c = clean(&page("Middle East Correspondent\n12 March 2025"));
        assert!(c.authors.is_empty(), "{:?}", c.authors);
        // a blog's "Posted by" line: the CMS user is no writer, the
        // categories and the comment count are furniture
        let c = clean(&page("Posted by admin | March 12, 2025 | News, Europe | 4 Comments\nNegotiators at the start of the talks in Vienna. (File photo, 2023)"));
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        assert!(c.authors.is_empty());
        assert!(c.body.starts_with("VIENNA"), "{}", c.body);
        // initials in a pipe stamp; a banner with the day's weather above
        let c = clean(&format!("Danube Courier\nWednesday, Mar 19, 2025 | Vienna 12°C\nNews   World   Europe\n{headline}\nM.K. Lindqvist | Vienna | Mar 12, 2025 21:40 CET{body}"));
        assert_eq!(c.title.as_deref(), Some(headline));
        assert_eq!(c.authors, vec!["M.K. Lindqvist"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // Bosnian, Czech and German labels; dates with a space after each
        // dot; names listed with their agency
        let c = clean(&page("Piše: Marta Lindqvist\nObjavljeno: 12. 3. 2025. u 19:05\nAžurirano: 13. 3. 2025. u 09:12"));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page(
            "Marta Lindqvist, Pavel Okafor, ČTK\nPublikováno: středa 12. března 2025, 17:32",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Pavel Okafor"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page(
            "Von Marta Lindqvist und Paul Okafor, Wien\n12.03.2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Paul Okafor"]);
        // a headline right above a shorter standfirst, no blank between
        let c = clean(&format!("Danube Courier\nWorld\n{headline} as ministers meet\nThe fourth round is the first since the 2023 clashes\nBy Marta Lindqvist\n12 March 2025{body}"));
        assert_eq!(
            c.title.as_deref(),
            Some(format!("{headline} as ministers meet").as_str())
        );
        // a byline glued to its stamps
        let c = clean(&page(
            "By Marta LindqvistPublished 12 March 2025, 21:15Updated 13 March 2025, 09:02",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // the credits as a sentence under the article
        let c = clean(&format!("{}\nThis story was reported by Marta Lindqvist in Vienna and written by Paul Okafor in Geneva. Editing by Sara Haddad.\n", page("Europe desk\n12 March 2025").trim_end()));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Paul Okafor"]);
        assert!(c.body.ends_with("next month in Geneva."), "{}", c.body);
        // an ambiguous numeric stamp, read by the month the breadcrumb or
        // the print edition files the article under; a bio by surname
        let c = clean(&format!("Danube Courier\nHome › News › 2025 › May › Europe\n{headline}\nBy Marta Lindqvist\n12/05/2025 19:20{body}"));
        assert_eq!(date(&c).as_deref(), Some("2025-05-12"));
        let c = clean(&format!("{}\nThis article ran in the June 5, 2025, print edition of the Danube Courier.\nLindqvist is a freelance journalist based in Vienna.\n", page("By Marta Lindqvist\n06/04/2025 6:15 AM EDT").trim_end()));
        assert_eq!(date(&c).as_deref(), Some("2025-06-04"));
        assert!(c.body.ends_with("next month in Geneva."), "{}", c.body);
        // two writers with a slash; a writer and a place; a photographer
        let c = clean(&page("Marta Lindqvist / Paul Okafor\n12 March 2025"));
        assert_eq!(c.authors, vec!["Marta Lindqvist", "Paul Okafor"]);
        let c = clean(&page("The fourth round is the first since the clashes\nMarta Lindqvist / New York\n12 March 2025"));
        assert!(c.authors.is_empty(), "{:?}", c.authors);
        let c = clean(&page(
            "Marta Lindqvist, Senior Correspondent | Paul Okafor, Photojournalist\n12 March 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        let c = clean(&page(
            "From our Balkans correspondent Marta Lindqvist in Vienna\n12 March 2025",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        // an editor beside the byline, a reading time glued to the stamp, a
        // zone with its offset, "Update :" as an edit
        let c = clean(&page(
            "By Marta Lindqvist | Edited by Paul Okafor | Mar 12, 2025 10:41 AM CET",
        ));
        assert_eq!(c.authors, vec!["Marta Lindqvist"]);
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page("Marta Lindqvist\nMarch 12, 2025 10:41 AM 3 min read"));
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page(
            "Published on 12/03/2025 - 10:41 GMT+1 • Updated 13/03/2025 - 12:00",
        ));
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page(
            "March 12, 2025, 9:05 AM GMT+1 / Updated March 12, 2025, 2:30 PM GMT+1",
        ));
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        let c = clean(&page("12.03.2025 - Update : 13.03.2025"));
        assert_eq!(date(&c).as_deref(), Some("2025-03-12"));
        // a breadcrumb is no list of writers
        let sentence_case =
            "Leaders of the two neighbours meet in Vienna a day after talks on the border collapse";
        let c = clean(&format!("DanubeCourier.com\nHome / Regions / Danube Basin\n\n{sentence_case}\n\nBy Marta Lindqvist in Vienna and Paul Okafor in Geneva\nPublished 12 Mar 2025, 10:05 CET{body}"));
        assert_eq!(c.title.as_deref(), Some(sentence_case));
        // an editorial's headline in two sentences, above its standfirst
        let c = clean(&format!("Danube Courier\nOpinion › Editorials\nEDITORIAL\nVienna has chosen talks. Its neighbours should too.\nThe fourth round of border talks is a chance that should not be wasted\nBy the Editorial Board\n12 March 2025{body}"));
        assert_eq!(
            c.title.as_deref(),
            Some("Vienna has chosen talks. Its neighbours should too.")
        );
        assert!(c.body.starts_with("VIENNA"), "{}", c.body);
    }

    #[test]
    fn long_menu_bars_are_no_headline() {
        // a ministry's menu bar set apart by bars, and a magazine's by
        // gaps with one four-word item, sit above the real headline
        let body = "\n\nThe two governments signed a defence agreement in Riyadh on Wednesday, the ministry said.\n\nThe agreement covers joint training and the exchange of intelligence.\n";
        let headline = "Foreign Minister's Official Visit to Qatar: Pakistan and the State of Qatar sign Joint Security Framework";
        let c = clean(&format!("Ministry of Foreign Affairs\nGovernment of the Republic\n\nEnglish | Français\n\nHome | The Ministry | Foreign Policy | Missions Abroad | Consular Services | Media Center | Contact Us\n\nHome › Media Center › Press Releases\n\nPRESS RELEASE\nNo. 214/2025\n\n{headline}\n\nIslamabad, 18 September 2025{body}"));
        assert_eq!(c.title.as_deref(), Some(headline));
        let headline = "The president flees as soldiers take charge";
        let c = clean(&format!("THE HARBOUR WEEKLY\n\nMenu  Weekly edition  The world this week  Briefings  Asia  Africa  Europe  Search\n\n{headline}\n\nThursday, October 16th 2025\nBy Ama Mensah{body}"));
        assert_eq!(c.title.as_deref(), Some(headline));
        // a headline with bars in it is still one
        assert!(!is_bar("Talks resume | Ministers meet | Deal close"));
        assert!(!is_menu(
            "Pakistan and Saudi Arabia sign  a defence pact after talks in Riyadh"
        ));
    }

    #[test]
    fn a_header_block_with_an_editor_and_a_credited_caption_under_the_standfirst() {
        // the stamp, the writer, the editor and a captioned photo sit
        // between the standfirst and the article
        let page = "\
LRB News - Latvian Radio in English
Latviski | English

Latvia
Latvia closes two border crossings after a surge of migrants from Belarus
Border guards turned back more than 300 people in a week; the interior minister blamed Minsk

14.08.2025 09:15
Author: Anna Berzina
Editor: Janis Ozols

▶ Listen to the audio version (3:40)

A border guard patrol near Silene in Augšdaugava municipality. Source: State Border Guard

Latvia closed two crossings on its border with Belarus on Thursday after border guards turned back more than 300 people in a week, the interior ministry said.

The minister said the crossings would stay shut until further notice.
";
        let (title, published, authors) = meta(page);
        assert_eq!(
            title.as_deref(),
            Some("Latvia closes two border crossings after a surge of migrants from Belarus")
        );
        assert_eq!(published.as_deref(), Some("2025-08-14"));
        assert_eq!(authors, vec!["Anna Berzina".to_string()]);
        // a photographer's credit in capitals for the paper ends a caption
        let page = "\
THE HARBOUR COURIER
Home  Canada  World  Politics  Opinion  Subscribe

Greece jails a mayor as protests grow
The mayor, the government's strongest rival, is suspended on the day his party names him its candidate
Maria Kostas
Special to The Harbour Courier · Athens
Published Tuesday, March 25, 2025 5:00 a.m. EDT

Listen to this article · 5 min  |  Gift this article  |  Text size A A A

Supporters of the mayor light flares outside city hall on Monday night. NIKOS PAPAS/FOR THE HARBOUR COURIER

ATHENS — A court early on Sunday ordered the mayor jailed pending trial on corruption charges, setting off the largest protests the country has seen in a decade.

The ruling followed four days of questioning.
";
        let (_, published, authors) = meta(page);
        assert_eq!(published.as_deref(), Some("2025-03-25"));
        assert_eq!(authors, vec!["Maria Kostas".to_string()]);
    }
}
