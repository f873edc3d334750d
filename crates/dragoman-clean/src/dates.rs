//! Date lines: page lines that are nothing but a date (a publication stamp,
//! a date beside a related headline, a crawl date), parsed into their parts.
//!
//! # Day/month order
//!
//! A numeric date such as `06.12.2023` or `04/05/2023` does not say which
//! number is the day. The order is decided from the page's own evidence, in
//! this order:
//!
//! 1. a weekday printed with the date (`Wednesday, 06.12.2023`) that agrees
//!    with only one reading;
//! 2. the year and month the page files the article under, when only one
//!    reading falls in it: its breadcrumb (`Home › News › 2025 › May`), its
//!    address (`.../2025/05/...`), its print-edition line (`ran in the June
//!    5, 2025, print edition`);
//! 3. the page's other dates written with the same separator (the stamp
//!    line's own included): one whose first number is above 12 shows
//!    day-first, one whose second number is above 12 shows month-first;
//! 4. the page's dates with a month *name*: `16.Jul.2025` or `13 Dec 2025`
//!    show a day-first site, `Dec 13, 2025` a month-first one;
//! 5. weekdays named in the article (`said on Tuesday`): a report names
//!    days of the week just before it was published, so the reading after
//!    which the named weekdays fall closest (within the preceding week) wins
//!    when it is clearly closer;
//! 6. otherwise, dotted dates (`06.12.2023`) are read day-first, the
//!    convention everywhere dots are used, with lower confidence; slashed
//!    dates whose time is given in a North American zone (`07/10/2024 9:14
//!    p.m. EDT`) are read month-first, the convention of the United States
//!    and Canada's English press; other slashed dates stay ambiguous and
//!    only their year is kept.
//!
//! A date that cannot be ordered is never guessed: it is reported with the
//! parts that are certain.

use std::sync::OnceLock;

use regex::Regex;

/// A calendar date with optional parts (never a guess).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `None` when even the year is unknown.
    pub fn iso(&self) -> Option<String> {
        let y = self.year?;
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        })
    }
}

/// How the two numbers of a numeric date were ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Not ambiguous: a month name, ISO order, or a number above 12.
    Fixed,
    /// Both numbers could be the day: decided by the page's evidence.
    Ambiguous,
}

/// One line of a page that consists of a date (and maybe a time, a prefix
/// such as "Published:", a weekday, or a "by NAME" tail).
#[derive(Debug, Clone, PartialEq)]
pub struct DateLine {
    /// The numbers as written: for a numeric date `a.b.yyyy`, `first = a`.
    pub first: u32,
    pub second: u32,
    pub year: i32,
    /// The month when it is written as a name or fixed by position.
    pub month_named: bool,
    /// Separator of a numeric date (`.`, `/`, `-`), or ' ' for named months.
    pub separator: char,
    /// Day-first (`true`) or month-first (`false`) when the text fixes it.
    pub fixed_day_first: Option<bool>,
    pub time: Option<String>,
    pub weekday: Option<u32>,
    /// A prefix word that marks a publication stamp ("Published", "Posted").
    pub stamp_prefix: bool,
    /// "Updated", "Last modified": a date, but the article's later edit.
    pub updated_prefix: bool,
    /// "Originally published", "First published": the first publication,
    /// where a page also prints when it posted its copy.
    pub original_prefix: bool,
    /// The name in "Posted on 12 February 2024 by Staff Reporter".
    pub by: Option<String>,
    /// The time is given in a North American zone ("9:14 p.m. EDT"), so
    /// the site writes its numeric dates month first unless the page says
    /// otherwise.
    pub american_zone: bool,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The index (from 1 for months, from 0 for weekdays) of the name that
/// `word` spells in full or abbreviates to three letters or more.
fn name_index(names: &[&str], word: &str) -> Option<usize> {
    let w = word.trim_end_matches([',', '.']).to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    names.iter().position(|name| name.starts_with(&w))
}

const STAMPS: &str = include_str!("../resources/stamps.txt");

/// The words of date stamps (`resources/stamps.txt`): publication and
/// update prefixes, foreign month and weekday names, time connectors.
struct StampWords {
    published: Vec<String>,
    updated: Vec<String>,
    /// (name, month number)
    months: Vec<(String, u32)>,
    weekdays: Vec<String>,
    time: Vec<String>,
}

/// "Published", "Updated:": a stamp's label alone on its line, above the
/// date.
pub(crate) fn stamp_label(text: &str) -> bool {
    let label = folded(text.trim().trim_end_matches([':', '：']).trim());
    let words = stamp_words();
    !label.is_empty() && (words.published.contains(&label) || words.updated.contains(&label))
}

fn stamp_words() -> &'static StampWords {
    static WORDS: OnceLock<StampWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = StampWords {
            published: Vec::new(),
            updated: Vec::new(),
            months: Vec::new(),
            weekdays: Vec::new(),
            time: Vec::new(),
        };
        for (section, line) in crate::lines::data_lines(STAMPS) {
            let phrase = folded(line);
            match section {
                "published" => w.published.push(phrase),
                "updated" => w.updated.push(phrase),
                "time" => w.time.push(phrase),
                "weekdays" => w.weekdays.extend(phrase.split(' ').map(str::to_string)),
                "months" => {
                    let mut parts = phrase.split(' ');
                    if let Some(n) = parts.next().and_then(|n| n.parse::<u32>().ok()) {
                        w.months.extend(parts.map(|name| (name.to_string(), n)));
                    }
                }
                _ => {}
            }
        }
        w
    })
}

/// A phrase as the stamp words keep it: lower case, single spaces.
fn folded(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether `line` opens with `phrase` (kept folded), ignoring case,
/// without copying the line.
pub(crate) fn opens_with(line: &str, phrase: &str) -> bool {
    let mut chars = line.chars().flat_map(char::to_lowercase);
    phrase.chars().all(|p| chars.next() == Some(p))
}

/// A regex alternation of phrases, longest first, a space matching any
/// run of white space.
fn alternation(phrases: &[String]) -> String {
    let mut sorted: Vec<&String> = phrases.iter().collect();
    sorted.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    sorted
        .iter()
        .map(|p| regex::escape(p).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// The month of a date line: an English name or abbreviation, or a
/// foreign name from the stamp words ("juillet", "julio", "мая").
fn line_month(word: &str) -> Option<u32> {
    month_number(word).or_else(|| {
        let w = word.trim_end_matches([',', '.']).to_lowercase();
        stamp_words()
            .months
            .iter()
            .find(|(name, _)| *name == w)
            .map(|&(_, n)| n)
    })
}

/// Month number, January = 1 ("Sept", "Dec", "December").
pub fn month_number(word: &str) -> Option<u32> {
    name_index(&MONTHS, word).map(|i| i as u32 + 1)
}

/// Weekday index, Monday = 0 ("Tue", "Tues", "Tuesday").
pub fn weekday_number(word: &str) -> Option<u32> {
    name_index(&WEEKDAYS, word).map(|i| i as u32)
}

/// The date-line pattern, and the same pattern for a line that opens with
/// a digit: without the labels, weekdays and places before the date and
/// without the dates that open with a month's name, none of which can
/// open such a line (`None` if a label or weekday word opens with a
/// digit). A line that opens with a digit fills the same groups with
/// either; the smaller one is twice as quick.
fn date_line_regexes() -> &'static (Regex, Option<Regex>) {
    static RE: OnceLock<(Regex, Option<Regex>)> = OnceLock::new();
    RE.get_or_init(|| {
        let words = stamp_words();
        let prefixes = [words.published.clone(), words.updated.clone()].concat();
        let prefix = format!(
            r"(?:(?P<prefix>{})(?:\s+by\s+(?P<pby>(?-i:\p{{Lu}}[\p{{L}}'’.-]*(?:\s+\p{{Lu}}[\p{{L}}'’.-]*){{0,3}})))?(?:\s+in\s+\p{{Lu}}[\w.&'’ -]{{0,40}}?(?:,|\s+on\b))?(?:\s+on|\s+at)?\s*[:：\-–—]?\s*)?",
            alternation(&prefixes)
        );
        let weekday = format!(
            r"(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*|{})\.?,?\s+(?:the\s+)?",
            alternation(&words.weekdays)
        );
        // "10/24/23": a two-digit year only with a slash or a dot
        // ("26. 2. 2025.": a space after each dot and a dot after the
        // year, as Central European sites print them)
        let numeric = r"(?P<a>\d{1,2})(?P<sep>\. |[./-])(?P<b>\d{1,2})(?P<sep2>\. |[./-])(?:(?P<y>\d{4})\.?|(?P<y2>\d{2})\b)";
        // "2024-03-05", "2020/06/17", "2023.11.04"
        let iso = r"(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P<isep2>[-/.])(?P<id>\d{1,2})";
        // "2023年5月20日", "2023년 5월 20일"
        let cjk = r"(?P<cy>\d{4})\s*[年년]\s*(?P<cm>\d{1,2})\s*[月월]\s*(?P<cd>\d{1,2})\s*[日일]";
        // "8 August 2024", "08 AUG 24"
        let day_mon = r"(?P<dd>\d{1,2})(?:st|nd|rd|th|er)?[.\s-]+(?:of\s+|de\s+)?(?P<dm>\p{L}{3,14})\.?[.,\s-]+(?:de\s+)?(?:(?P<dy>\d{4})|(?P<dy2>\d{2})\b)";
        let mon_day = r"(?P<mm>[a-z]{3,9})\.?\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<my>\d{4})";
        let time = format!(
            r"(?:(?:,|\s+(?:{})|\s+-|\s+\||\s+/|\s+[•·])?\s*(?P<time>\d{{1,2}}(?:[:.h]\d{{2}})?)(?::\d{{2}})?(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:,?\s*(?:[A-Z]{{2,4}}|(?:GMT|UTC)(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?|[+-]\d{{2}}:?\d{{2}}|\([\p{{L}} ]{{2,30}}\)|\((?:GMT|UTC)[+-]\d{{1,2}}(?::?\d{{2}})?\)))?|\s+(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)\s*(?-i:UTC|GMT|Z|hrs|LT))?",
            alternation(&words.time)
        );
        // "January 22, 2017 Sunday": a news database's date, weekday after
        let after_weekday = r"(?:,?\s+(?P<wd2>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?)?";
        // "Brussels, 2 December 2024": the place and date of a statement
        // (a weekday is tried first: "Monday, 2 December 2024")
        // ("NEW DELHI, March 03, 2025": in capitals)
        let place = r"(?-i:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?|\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?),\s+";
        let by = r"(?:\s+by\s+(?P<by>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?";
        let iso_time = r"(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?";
        let full = Regex::new(&format!(
            r"(?i)^\s*{prefix}(?:{weekday}|{place})?(?:{numeric}|{iso}|{cjk}|{day_mon}|{mon_day}){iso_time}{after_weekday}{time}{by}\s*$"
        ))
        .expect("date line pattern is valid");
        let opens_with_digit = |w: &String| w.starts_with(|c: char| c.is_numeric());
        let digit_first = (!prefixes.iter().chain(&words.weekdays).any(opens_with_digit)).then(|| {
            Regex::new(&format!(
                r"(?i)^\s*(?:{numeric}|{iso}|{cjk}|{day_mon}){iso_time}{after_weekday}{time}{by}\s*$"
            ))
            .expect("digit-first date line pattern is valid")
        });
        (full, digit_first)
    })
}

/// Parses a line that is only a date; `None` for anything else. A
/// publication stamp may carry more after it ("Published: 07/11/2023 |
/// Source: Ministry of ...", "Posted : 2024-01-15 17:02   Updated : ...").
pub fn parse_date_line(line: &str) -> Option<DateLine> {
    // every reader below dates from digits (a day, a year, a clock time):
    // a line without any is no stamp
    if !has_digit(line) {
        return None;
    }
    parse_stamp(line)
        .or_else(|| tidied(line).and_then(|t| parse_stamp(&t)))
        .map(|mut date| {
            date.american_zone |= american_zone(line);
            date
        })
}

/// A stamp line in the forms the readers below know, or `None` when the
/// line has none of them: "Published 3 years ago on November 3, 2022"
/// without its age, "Nov 17, 2025, 9:48 PM ET (Nov 18, 02:48 GMT)"
/// without the bracket that gives the time elsewhere, "Posted on :
/// Dec.14,2024" with its spaces.
fn tidied(line: &str) -> Option<String> {
    static RES: OnceLock<[(Regex, &str); 4]> = OnceLock::new();
    let res = RES.get_or_init(|| {
        let re = |p: &str| Regex::new(p).expect("stamp tidying pattern is valid");
        [
            (
                re(r"(?i)\b\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\s+ago\s+(?:on\s+)?"),
                "",
            ),
            (re(r"\s*\([^()]*\d[^()]*\)\s*$"), ""),
            (
                re(r"(?i)\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(\d{1,2}),\s*(\d{4})\b"),
                "$1. $2, $3",
            ),
            (re(r"\s+:\s"), ": "),
        ]
    });
    if line.len() > 200 {
        return None;
    }
    let mut out = std::borrow::Cow::Borrowed(line);
    for (re, with) in res {
        if let std::borrow::Cow::Owned(changed) = re.replace_all(&out, *with) {
            out = std::borrow::Cow::Owned(changed);
        }
    }
    (out != line && !out.trim().is_empty()).then(|| out.into_owned())
}

fn parse_stamp(line: &str) -> Option<DateLine> {
    parse_date_only(line)
        .or_else(|| time_first(line))
        .or_else(|| byline_on_date(line))
        .or_else(|| stamp_with_tail(line))
        .or_else(|| segmented_stamp(line))
        .or_else(|| sentence_stamp(line))
        .or_else(|| bracketed_stamp(line))
        .or_else(|| glued_update(line))
        .or_else(|| glued_twice(line))
        .or_else(|| glued_labels(line))
        .or_else(|| with_reading_time(line))
        .or_else(|| entry_meta(line))
        .or_else(|| bracketed_original(line))
}

/// "Updated 9:12 AM EDT, Fri June 13, 2025 (Originally published 9:41 PM
/// EDT, Thu June 12, 2025)": an update stamp that gives the first
/// publication in brackets; the bracket is the article's date.
fn bracketed_original(line: &str) -> Option<DateLine> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\((?:originally|first)\s+(?:published|posted)\s*:?\s*(?:on\s+)?(?P<date>[^()]{6,60})\)")
            .expect("bracketed original pattern is valid")
    });
    if line.len() > 200 {
        return None;
    }
    let caps = re.captures(line)?;
    let inner = caps["date"].trim();
    let mut date = parse_date_only(inner).or_else(|| time_first(inner))?;
    date.stamp_prefix = true;
    date.updated_prefix = false;
    date.original_prefix = true;
    Some(date)
}

/// "This entry was posted in Africa, Diplomacy and tagged Egypt, Nile on
/// September 9, 2025 by Dawit Alemayehu. Bookmark the permalink.": a blog
/// theme's sentence under the post, with its categories and tags before
/// the date and the writer after it.
fn entry_meta(line: &str) -> Option<DateLine> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:this\s+(?:entry|post|article|story)\s+was\s+)?posted\s+(?:in\s+.{1,120}?\s+)?(?:(?:and\s+)?tagged\s+.{1,160}?\s+)?on\s+(?P<date>.+?)\s+by\s+(?P<by>(?-i:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))\.?(?:\s+bookmark\s+the\s+permalink\.?)?$")
            .expect("entry meta pattern is valid")
    });
    let line = line.trim();
    if line.len() > 400 {
        return None;
    }
    let caps = re.captures(line)?;
    let mut date = parse_date_only(caps["date"].trim_end_matches(','))?;
    // (the sentence's full stop is not the name's)
    let by = &caps["by"];
    let by = match by.rsplit(' ').next() {
        Some(last) if last.chars().count() > 2 => by.trim_end_matches('.'),
        _ => by,
    };
    date.by = Some(by.to_string());
    date.stamp_prefix = true;
    Some(date)
}

/// "March 3, 2025 10:41 AM 3 min read": a stamp with the reading time
/// after it, without a separator.
fn with_reading_time(line: &str) -> Option<DateLine> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\s+\d{1,3}\s*min(?:ute)?s?(?:\s+read)?\s*$")
            .expect("reading time pattern is valid")
    });
    let at = re.find(line)?.start();
    let before = line[..at].trim_end();
    (!before.is_empty()).then(|| parse_date_only(before).or_else(|| segmented_stamp(before)))?
}

/// "By Nurlan MammadovPublished 28 December 2024, 21:15Updated 29 December
/// 2024, 09:02": a byline and its stamps, three text nodes the scrape glued
/// together, read with a bar between them.
fn glued_labels(line: &str) -> Option<DateLine> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(\p{Ll}|\d)(Published|Updated|Posted|Last updated|First published)\b")
            .expect("glued label pattern is valid")
    });
    if line.len() > 200 || !re.is_match(line) {
        return None;
    }
    segmented_stamp(&re.replace_all(line, "$1 | $2"))
}

/// "Published On 6 Nov 20256 Nov 2025": a stamp whose date the scrape
/// glued to a second copy of it (two text nodes of one element).
fn glued_twice(line: &str) -> Option<DateLine> {
    let t = line.trim();
    if t.len() > 80 || !has_digit(t) {
        return None;
    }
    (t.len() / 3..t.len().saturating_sub(7))
        .filter(|&k| t.is_char_boundary(k))
        .find(|&k| t[..k].ends_with(&t[k..]))
        .and_then(|k| parse_date_only(&t[..k]))
}

/// "Written by Jane Doe on 12 March 2024", "Posted by Jane Doe on March 3,
/// 2025 in World News": a byline that dates itself.
fn byline_on_date(line: &str) -> Option<DateLine> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?:(?:Written|Posted|Published|Story|Reported|Words|Submitted)\s+)?[Bb]y\s+(?P<by>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+on\s+(?P<date>.+?)(?:\s+in\s+\p{Lu}[\p{L}&' -]{0,40})?$")
            .expect("dated byline pattern is valid")
    });
    static GLUED: OnceLock<Regex> = OnceLock::new();
    // "By Jane Doe March 3, 2025", "By Jane Doe Mar. 3, 2025 5:01 pm ET":
    // the date right after the names
    let glued = GLUED.get_or_init(|| {
        Regex::new(r"^[Bb]y\s+(?P<by>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}?)\s+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.*)$")
            .expect("glued byline pattern is valid")
    });
    static COMMA: OnceLock<Regex> = OnceLock::new();
    // "By Claire Dubois, 6 March 2025, 21:05 CET": the date after a comma
    let comma = COMMA.get_or_init(|| {
        Regex::new(r"^[Bb]y\s+(?P<by>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?P<date>(?:\d{1,2}\s+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2},?)\s+\d{4}\b.*)$")
            .expect("comma byline pattern is valid")
    });
    static SIGNOFF: OnceLock<Regex> = OnceLock::new();
    // "— Nadia Karim in Doha, 9 September 2025": a sign-off under the
    // article with the writer, the place and the day
    let signoff = SIGNOFF.get_or_init(|| {
        Regex::new(r"^[—–-]\s*(?P<by>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?,\s+(?P<date>(?:\d{1,2}\s+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2},?)\s+\d{4})\.?$")
            .expect("dated sign-off pattern is valid")
    });
    let caps = re
        .captures(line.trim())
        .or_else(|| glued.captures(line.trim()))
        .or_else(|| comma.captures(line.trim()))
        .or_else(|| signoff.captures(line.trim()))?;
    let mut date = parse_date_only(&caps["date"])?;
    // ("By Jane Doe Published March 3, 2025": the label is no name)
    let by = caps["by"].trim_end();
    let by = [" Published", " Updated", " Posted"]
        .iter()
        .find_map(|l| by.strip_suffix(l))
        .unwrap_or(by);
    date.by = Some(by.to_string());
    date.stamp_prefix = true;
    Some(date)
}

/// The hour of a 12-hour clock ("3" with "p.m.") on the 24-hour one.
fn on_24h_clock(hour: u32, ampm: Option<&str>) -> u32 {
    match ampm.map(|a| a.to_ascii_lowercase().starts_with('p')) {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    }
}

/// "7:15am GMT Tuesday 28 February 2023", "Updated 9:03am GMT Wednesday 1
/// March 2023": the time of day printed before the date.
fn time_first(line: &str) -> Option<DateLine> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i)^\s*(?P<pre>(?:\p{L}+\s*:?\s+)?)(?:(?:at|on)\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?,?\s+(?P<rest>[\p{L}\d].*)$",
        )
        .expect("time-first pattern is valid")
    });
    let caps = re.captures(line)?;
    let mut date = parse_date_only(&format!("{}{}", &caps["pre"], &caps["rest"]))?;
    if date.time.is_some() {
        return None;
    }
    let hour = on_24h_clock(
        caps["h"].parse().ok()?,
        caps.name("ampm").map(|m| m.as_str()),
    );
    if hour > 23 {
        return None;
    }
    date.time = Some(format!("{hour:02}:{}", &caps["m"]));
    Some(date)
}

/// "(Mon, 21 Oct 2024 19:05 IST)": the absolute time a relative stamp
/// shows on hover, printed in brackets after it.
fn bracketed_stamp(line: &str) -> Option<DateLine> {
    let inner = line.trim().strip_prefix('(')?.strip_suffix(')')?;
    parse_date_only(inner)
}

/// "September 21, 20224:52 PM UTCUpdated 2 hours ago": a stamp whose
/// update text the scrape glued to it; the date before "Updated" is the
/// publication.
fn glued_update(line: &str) -> Option<DateLine> {
    let at = line.find("Updated").or_else(|| line.find("UPDATED"))?;
    let before = line[..at].trim_end();
    if before.is_empty() {
        return None;
    }
    parse_date_only(before).filter(|d| !d.updated_prefix)
}

/// "Published: 07/11/2023 | Source: Ministry of ...": a publication stamp
/// with more after it.
fn stamp_with_tail(line: &str) -> Option<DateLine> {
    let line = line.trim_start();
    // the cheap test first: most lines open with no stamp label
    if !stamp_words().published.iter().any(|p| opens_with(line, p)) {
        return None;
    }
    let cut = [
        " | ",
        "   ",
        " Updated",
        " updated",
        " UPDATED",
        " Source:",
        " Modified",
        " modified",
        " Last modified",
        " Edited",
    ]
    .iter()
    .filter_map(|s| line.find(s))
    .min()?;
    parse_date_only(&line[..cut])
        .or_else(|| time_first(&line[..cut]))
        .filter(|d| d.stamp_prefix)
}

fn furniture_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // "Page 1", "Page A4", "8 min read", "5 minutes", "Print edition",
        // a numbered issue ("No. 27", "Vol. 12", "Issue 4"), a magazine's
        // print issue ("Published in the September 2025 issue"), a
        // newsletter post's access ("Free post", "Paid subscribers only")
        Regex::new(r"(?i)^(?:page\s+[a-z]?\d{1,3}[a-z]?|\d{1,3}\s*min(?:ute)?s?(?:\s+read)?|print\s+edition|e-paper|(?:no\.?|vol\.?|volume|issue|nr\.?|episode|ep\.?)\s*\d{1,4}|(?:(?:published|printed|appears)\s+in\s+)?(?:the\s+)?[a-z]+(?:[/–-][a-z]+)?\s+\d{4}\s+(?:print\s+)?(?:issue|edition)|(?:free|paid|premium)\s+(?:post|article|story|episode)|\d{1,5}\s+(?:comments?|responses?|replies)|no\s+comments|(?:paid\s+)?(?:subscribers?|members?)(?:[\s-]+only)?)$")
            .expect("furniture pattern is valid")
    })
}

fn stamp_furniture_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // a time of its own ("16:45", "11:05 PKT", "8:12 PM EDT"), a
        // photographer's credit, a news agency's name, its source or
        // editor, the same day in the Hijri calendar ("Sunday, 7 Jawza
        // 1402")
        Regex::new(
            r"(?x)^(?:
            (?i:updated?\s*:?\s*)?\d{1,2}[:.h]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s*(?:[A-Z]{2,4}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?))?
            |(?i:photos?|photo\s+by|photography|video|graphics?)\s*:?\s+\p{Lu}[\p{L}.'’\x20-]{1,60}
            |(?i:source|editor|web\s+editor|editor-in-charge|responsible\s+editor)\s*:\s*\p{Lu}[\p{L}.'’\x20-]{1,60}
            |(?i:edited|reviewed|fact-checked|fact\s+checked|produced|verified)\s+by\s*:?\s+\p{Lu}[\p{L}.'’\x20-]{1,60}
            |(?i:edition)\s*:\s*\p{Lu}[\p{L}.'’\x20-]{1,40}
            |(?i:topics?|tags?|categor(?:y|ies)|filed\s+under)\s*:\s*\p{Lu}.*
            |(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+\s+1[34]\d{2}(?:\s+(?:H|AH|A\.H\.))?
            |(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Press|News)\s+(?:Agency|Service)
            |(?:\p{Lu}[\p{L}-]*\s+){1,4}Agency
        )$",
        )
        .expect("stamp furniture pattern is valid")
    })
}

/// A stamp in segments, one of them the date and the others page
/// furniture or the byline: "Fri, May 24, 2024 - Page 1", "By Eleni
/// Georgiou · 21 March 2025 · 8 min read" (the byline's names go to `by`).
/// A related headline with its date ("Talks resume in Geneva — 20.06.2022")
/// is no stamp.
fn segmented_stamp(line: &str) -> Option<DateLine> {
    let line = line.trim();
    // a stamp has a date, and a date has digits
    if line.len() > 160 || !has_digit(line) {
        return None;
    }
    let mut segments = vec![line];
    for sep in [" · ", " • ", " | ", " - ", " – ", " — ", " / "] {
        segments = segments
            .iter()
            .flat_map(|s| s.split(sep))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
    }
    if segments.len() < 2 {
        return None;
    }
    // "March 10, 2023 | Updated March 11, 2023", "Recorded 17 July 2023 ·
    // Released 18 July 2023": one date may be a later edit or another
    // occasion beside the publication date
    let mut main: Option<DateLine> = None;
    let mut other: Option<DateLine> = None;
    let mut by = None;
    let mut bare_name = None;
    for (n, segment) in segments.into_iter().enumerate() {
        // "Page 1 ▾": a drop-down's arrow
        let segment = segment.trim_end_matches(['▾', '▼', ' ']);
        // "11 March 2025 AD": the era beside a Hijri date
        let segment = segment.strip_suffix(" AD").unwrap_or(segment);
        // "Commentary | 7 March 2024": a section label opens the stamp
        // ... and one word may stand anywhere ("12 March 2024 • World • 5
        // min read"), as may the writer's post ("Jane Doe | Correspondent")
        let words = segment.split_whitespace().count();
        // ("K.V. Raghunathan | Kyiv | Aug 23, 2024": initials)
        let label = (words <= 2 && n == 0 || words == 1)
            && segment.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '.' && n == 0)
            })
            || crate::lines::is_desk(segment) && words <= 3;
        // ("Published 3:45 PM EDT, Tue March 4, 2025 | Updated ...")
        if let Some(d) = parse_date_only(segment).or_else(|| time_first(segment)) {
            let slot = if d.updated_prefix {
                &mut other
            } else {
                &mut main
            };
            if slot.is_some() {
                return None;
            }
            *slot = Some(d);
        } else if label && n == 0 && words >= 2 {
            // "Jane Doe | Published: 3 March 2025": a bare name is the
            // writer's only where a labelled stamp follows it
            bare_name = Some(segment.to_string());
        } else if label
            || relative_stamp(segment)
            || furniture_regex().is_match(segment)
            || stamp_furniture_regex().is_match(segment)
        {
            // "10.06.2022 | 16:45", "Photo: X", "| Hemisphere Press Agency"
        } else if n > 0
            && segment.contains(", ")
            && segment.split(", ").all(|item| {
                let words = item.split_whitespace().count();
                (1..=2).contains(&words)
                    && item.split_whitespace().all(|w| {
                        w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                    })
            })
        {
            // "March 27, 2025 | News, Politics": the post's categories
        } else if let Some(names) = segment
            .strip_prefix("By ")
            .or_else(|| segment.strip_prefix("by "))
            .or_else(|| segment.strip_prefix("Posted by "))
            .or_else(|| segment.strip_prefix("Written by "))
        {
            by = Some(names.trim().to_string());
        } else if let Some(names) = crate::lines::byline_names(segment) {
            // "17/09/2022 14:20 | Text: Aizada Kasymova | Photo: ..."
            by = Some(names.join(", "));
        } else if n > 0 && words <= 8 && crate::lines::names_a_body(segment) {
            // "Report | Special Monitoring Mission to Ukraine | 19 February
            // 2022": the body that issued the page
        } else if main.is_some() && bare_name.is_none() && crate::lines::bare_person(segment) {
            // "March 3, 2025 / 5:01 AM / Jane Doe": the writer after the date
            bare_name = Some(segment.to_string());
        } else {
            return None;
        }
    }
    let mut date = main.or(other)?;
    // ("Jane Doe • March 3, 2025": unlabelled, a name that is no section's)
    if by.is_none() {
        by = bare_name.filter(|n| {
            let names = crate::lines::split_names(n);
            names.len() == 1
                && names[0] == *n
                && !crate::lines::names_a_body(n)
                && (date.stamp_prefix || crate::lines::bare_person(n))
        });
    }
    if by.is_some() {
        date.by = by;
    }
    Some(date)
}

/// "Updated: 1 hour ago", "3 hours ago", "Yesterday, 21:40", "April 12 ·
/// 9:48 PM ET": a relative stamp, or one without its year, beside the date.
pub(crate) fn relative_stamp(segment: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // ... or a day named without its date ("Yesterday, 21:40",
        // "Tuesday, 18:40")
        Regex::new(r"(?i)^(?:(?:updated|posted|published)\s*:?\s*)?(?:(?:\d{1,2}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago|(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}),?\s+(?:at\s+|[·|]\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)$")
            .expect("relative stamp pattern is valid")
    })
    .is_match(segment)
}

fn sentence_stamp_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:(?:editor['’]?s['’]?\s+)?note\s*:\s*)?(?:(?:this|the)\s+(?:article|story|report|page|piece)\s+(?:was\s+(?:(?P<o3>first|originally)\s+)?(?:published|posted)|(?P<o1>first|originally)\s+(?:appeared|ran))|(?P<o2>first|originally)\s+(?:appeared|published|posted))\s+(?:(?:in|by)\s+(?:the\s+)?\p{Lu}[^,.]{0,60}?\s+on\s+|on\s+)?(?P<date>.+?)(?:,?\s+and\s+.*|\.\s+(?-i:\p{Lu}).*)?\.?$")
            .expect("sentence stamp pattern is valid")
    })
}

/// "This article was published on 06/26/2024 at 9:14 p.m. ET and last
/// updated on ...", "This article originally appeared in The Harbour
/// Gazette on 14 March 2023 and is republished ...", "Originally published
/// by the Island Times on 10 December 2024. Republished with ...": a
/// publication stamp written as a sentence.
fn sentence_stamp(line: &str) -> Option<DateLine> {
    let caps = sentence_stamp_regex().captures(line.trim())?;
    let mut date = parse_date_only(&caps["date"])?;
    date.stamp_prefix = true;
    date.updated_prefix = false;
    date.original_prefix |= ["o1", "o2", "o3"].iter().any(|g| caps.name(g).is_some());
    Some(date)
}

/// "Közzétéve: 2024. július 5., péntek 17:45": the Hungarian order (year,
/// month name, day, each with a dot) rewritten as "Közzétéve: 5 július
/// 2024, péntek 17:45", an order the date pattern reads.
fn year_first_named(line: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"^(?P<pre>[^\d]*?)(?P<y>\d{4})\.\s+(?P<m>\p{L}+)\s+(?P<d>\d{1,2})\.,?(?P<rest>.*)$",
        )
        .expect("year-first date pattern is valid")
    });
    let caps = re.captures(line)?;
    line_month(&caps["m"])?;
    // the weekday after the day goes before it ("péntek, 5 július 2024")
    let rest = caps["rest"].trim();
    let is_weekday = |w: &str| {
        let w = w.trim_end_matches(',');
        weekday_number(w).is_some() || stamp_words().weekdays.contains(&w.to_lowercase())
    };
    let (weekday, rest) = match rest.split_once(' ') {
        Some((w, more)) if is_weekday(w) => (format!("{}, ", w.trim_end_matches(',')), more.trim()),
        None if is_weekday(rest) => (format!("{}, ", rest.trim_end_matches(',')), ""),
        _ => (String::new(), rest),
    };
    let rest = if rest.is_empty() {
        String::new()
    } else {
        format!(", {rest}")
    };
    Some(format!(
        "{}{weekday}{} {} {}{rest}",
        &caps["pre"], &caps["d"], &caps["m"], &caps["y"]
    ))
}

/// A clock time in a North American zone: "9:14 p.m. EDT", "10:05 AM ET".
fn american_zone(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\d\s*(?:[aApP]\.?[mM]\.?\s*)?\(?(?:[ECMP][SD]T|ET|PT)\b")
            .expect("valid pattern")
    })
    .is_match(line)
}

/// Whether `text` has an ASCII digit: every date form the readers know
/// has one (a day, a year, a clock time), so a text without any is asked
/// no further.
fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

fn parse_date_only(line: &str) -> Option<DateLine> {
    let line = line.trim();
    // every date form the pattern reads has digits: lines without any
    // (menus, headings, names) never reach the regex
    if line.len() > 80 || !has_digit(line) {
        return None;
    }
    if let Some(reordered) = year_first_named(line) {
        return parse_date_only(&reordered);
    }
    let caps = match date_line_regexes() {
        (_, Some(digit_first)) if line.starts_with(|c: char| c.is_ascii_digit()) => {
            digit_first.captures(line)?
        }
        (full, _) => full.captures(line)?,
    };
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let prefix = caps.name("prefix").map(|m| m.as_str().to_ascii_lowercase());
    let updated_prefix = prefix
        .as_deref()
        .is_some_and(|p| stamp_words().updated.contains(&folded(p)));
    let stamp_prefix = prefix.is_some() && !updated_prefix;
    let original_prefix = prefix.as_deref().is_some_and(|p| {
        let p = folded(p);
        p.starts_with("originally") || p.starts_with("first published")
    });
    let weekday = caps
        .name("wd")
        .or_else(|| caps.name("wd2"))
        .and_then(|m| weekday_number(m.as_str()));
    // "6 AM ET": an hour alone is a time only with its a.m. or p.m.
    if caps
        .name("time")
        .is_some_and(|t| !t.as_str().contains([':', '.', 'h']))
        && caps.name("ampm").is_none()
    {
        return None;
    }
    let time = caps
        .name("time")
        .map(|m| {
            let t = m.as_str();
            let (h, rest) = t.split_once([':', '.', 'h']).unwrap_or((t, "00"));
            let hour = on_24h_clock(
                h.parse().unwrap_or(0),
                caps.name("ampm").map(|m| m.as_str()),
            );
            format!("{hour:02}:{rest}")
        })
        // "09 JUL 2025 1600 UTC": a four-digit clock with its zone
        .or_else(|| Some(format!("{}:{}", caps.name("mil")?.as_str(), &caps["milm"])));
    let by = caps
        .name("by")
        .or_else(|| caps.name("pby"))
        .map(|m| m.as_str().to_string());
    let mut out = DateLine {
        first: 0,
        second: 0,
        year: 0,
        month_named: false,
        separator: ' ',
        fixed_day_first: None,
        time,
        weekday,
        stamp_prefix,
        updated_prefix,
        original_prefix,
        by,
        // (set by `parse_date_line`, which sees the whole line)
        american_zone: false,
    };
    let year = num("y").or_else(|| {
        // two digits: this century, and never with dashes ("1-2-23")
        // ... unless a stamp's label says it is a date ("Print edition:
        // 24-01-20")
        num("y2")
            .filter(|_| &caps["sep"] != "-" || stamp_prefix)
            .map(|y| 2000 + y)
    });
    if let (Some(a), Some(b), Some(y)) = (num("a"), num("b"), year) {
        if caps["sep"] != caps["sep2"] {
            return None;
        }
        out.first = a;
        out.second = b;
        out.year = y as i32;
        out.separator = caps["sep"].chars().next().unwrap_or('.');
        out.fixed_day_first = match (a > 12, b > 12) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            (false, false) => None,
            (true, true) => return None,
        };
    } else if let (Some(y), Some(m), Some(d)) = (num("iy"), num("im"), num("id")) {
        if caps["isep"] != caps["isep2"] {
            return None;
        }
        out.first = m;
        out.second = d;
        out.year = y as i32;
        out.separator = '-';
        out.fixed_day_first = Some(false);
    } else if let (Some(y), Some(m), Some(d)) = (num("cy"), num("cm"), num("cd")) {
        out.first = m;
        out.second = d;
        out.year = y as i32;
        out.separator = '-';
        out.fixed_day_first = Some(false);
    } else if let (Some(d), Some(m), Some(y)) = (
        num("dd"),
        caps.name("dm").and_then(|m| line_month(m.as_str())),
        // "08 AUG 24": a two-digit year after a month name
        num("dy").or_else(|| num("dy2").map(|y| 2000 + y)),
    ) {
        out.first = d;
        out.second = m;
        out.year = y as i32;
        out.month_named = true;
        out.fixed_day_first = Some(true);
    } else if let (Some(m), Some(d), Some(y)) = (
        caps.name("mm").and_then(|m| month_number(m.as_str())),
        num("md"),
        num("my"),
    ) {
        out.first = m;
        out.second = d;
        out.year = y as i32;
        out.month_named = true;
        out.fixed_day_first = Some(false);
    } else {
        return None;
    }
    let date = out.reading(out.fixed_day_first.unwrap_or(true));
    if !(1..=12).contains(&date.1) || date.2 < 1 || date.2 > days_in_month(out.year, date.1) {
        // the other reading may still be valid; keep the line only if one is
        let other = out.reading(!out.fixed_day_first.unwrap_or(true));
        if out.fixed_day_first.is_some()
            || !(1..=12).contains(&other.1)
            || other.2 > days_in_month(out.year, other.1)
        {
            return None;
        }
    }
    Some(out)
}

impl DateLine {
    /// (year, month, day) under a day-first or month-first reading.
    pub fn reading(&self, day_first: bool) -> (i32, u32, u32) {
        if day_first {
            (self.year, self.second, self.first)
        } else {
            (self.year, self.first, self.second)
        }
    }

    pub fn order(&self) -> Order {
        if self.fixed_day_first.is_some() {
            Order::Fixed
        } else {
            Order::Ambiguous
        }
    }
}

/// Evidence on a page about how its numeric dates are ordered.
#[derive(Debug, Default, Clone)]
pub struct OrderEvidence {
    /// Votes from other numeric dates with the same separator.
    pub numeric_day_first: usize,
    pub numeric_month_first: usize,
    /// Votes from dates with month names.
    pub named_day_first: usize,
    pub named_month_first: usize,
    /// Weekdays named in the article text, Monday = 0.
    pub text_weekdays: Vec<u32>,
    /// Years and months the page files the article under: its breadcrumb
    /// ("Home › News › 2025 › May"), its address (".../2025/05/...") or
    /// its print edition ("in the June 5, 2025, print edition").
    pub filed_months: Vec<(i32, u32)>,
}

impl OrderEvidence {
    /// Collects the votes of every date line on the page for `separator`.
    pub fn from_lines<'a>(lines: impl IntoIterator<Item = &'a DateLine>, separator: char) -> Self {
        let mut ev = OrderEvidence::default();
        for d in lines {
            match (d.month_named, d.fixed_day_first) {
                (true, Some(true)) => ev.named_day_first += 1,
                (true, Some(false)) => ev.named_month_first += 1,
                (false, Some(day_first)) if d.separator == separator && separator != '-' => {
                    if day_first {
                        ev.numeric_day_first += 1
                    } else {
                        ev.numeric_month_first += 1
                    }
                }
                _ => {}
            }
        }
        ev
    }

    /// Adds the year and month a line files the article under: a
    /// breadcrumb's year and month, an address's, a print edition's date.
    pub fn add_filed_month(&mut self, text: &str) {
        static RE: OnceLock<[Regex; 3]> = OnceLock::new();
        let [crumb, address, print] = RE.get_or_init(|| {
            [
                Regex::new(r"(?:^|[›»>|/]\s*)((?:19|20)\d{2})\s*[›»>|/]\s*(\p{L}{3,10})\s*(?:[›»>|/]|$)")
                    .expect("valid pattern"),
                Regex::new(r"^(?:\S+:\s*)?https?://\S*?/((?:19|20)\d{2})/(\d{1,2}|\p{L}{3,10})/")
                    .expect("valid pattern"),
                Regex::new(r"(?i)(?:\bprint\b.{0,40}?\b)?(?:(?P<m>\p{L}{3,10})\.?\s+\d{1,2},?|\d{1,2}\s+(?P<m2>\p{L}{3,10}),?)\s+(?P<y>(?:19|20)\d{2})")
                    .expect("valid pattern"),
            ]
        });
        let text = text.trim();
        // (each form has a year's digits)
        if !has_digit(text) {
            return;
        }
        let month = |w: &str| {
            w.parse::<u32>()
                .ok()
                .filter(|m| (1..=12).contains(m))
                .or_else(|| month_number(w))
        };
        for re in [crumb, address] {
            if let Some(c) = re.captures(text) {
                if let (Ok(y), Some(m)) = (c[1].parse::<i32>(), month(&c[2])) {
                    self.filed_months.push((y, m));
                }
            }
        }
        // (a date in a line about the print edition, before or after the
        // word)
        let print_line = text.len() <= 300 && {
            let lower = text.to_lowercase();
            lower.contains(" print") && lower.contains("edition")
        };
        if print_line {
            for c in print.captures_iter(text) {
                let m = c.name("m").or_else(|| c.name("m2")).map(|m| m.as_str());
                if let (Ok(y), Some(m)) = (c["y"].parse::<i32>(), m.and_then(month_number)) {
                    self.filed_months.push((y, m));
                }
            }
        }
    }

    /// Adds the votes of numeric dates printed inside other lines
    /// ("Saudi Arabia welcomes resumption of talks — 26/10/2023") with
    /// `separator`, and of a format the page states for its dates ("Date
    /// (DD/MM/YYYY)" in a search form).
    pub fn add_embedded(&mut self, text: &str, separator: char) {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"\b(\d{1,2})([./])(\d{1,2})([./])(\d{4})\b").expect("valid pattern")
        });
        for c in re.captures_iter(text) {
            if c[2] != c[4] || !c[2].starts_with(separator) {
                continue;
            }
            let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
            match (a > 12 && b <= 12, b > 12 && a <= 12) {
                (true, _) => self.numeric_day_first += 1,
                (_, true) => self.numeric_month_first += 1,
                _ => {}
            }
        }
        // a search form's or a date field's format: "Date (DD/MM/YYYY)"
        let upper = text.to_ascii_uppercase();
        for (format, day_first) in [("DD", true), ("MM", false)] {
            let other = if day_first { "MM" } else { "DD" };
            let pattern = format!("{format}{separator}{other}{separator}YYYY");
            if upper.contains(&pattern) {
                if day_first {
                    self.numeric_day_first += 1;
                } else {
                    self.numeric_month_first += 1;
                }
            }
        }
    }
}

/// The date a stamp stands for, with a confidence, after weighing the
/// page's evidence (see the module documentation for the rule).
pub fn resolve(line: &DateLine, evidence: &OrderEvidence) -> (PartialDate, f32) {
    let full = |(y, m, d): (i32, u32, u32)| PartialDate {
        year: Some(y),
        month: Some(m),
        day: Some(d),
    };
    if let Some(day_first) = line.fixed_day_first {
        return (full(line.reading(day_first)), 0.9);
    }
    let valid = |day_first: bool| {
        let (y, m, d) = line.reading(day_first);
        (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
    };
    // "03/03/2025": both readings are one day
    if line.reading(true) == line.reading(false) && valid(true) {
        return (full(line.reading(true)), 0.9);
    }
    let choose = |day_first: bool, confidence: f32| {
        if valid(day_first) {
            (full(line.reading(day_first)), confidence)
        } else {
            (full(line.reading(!day_first)), 0.9)
        }
    };
    // 1. a printed weekday that agrees with one reading only
    if let Some(wd) = line.weekday {
        let agrees = |day_first: bool| {
            let (y, m, d) = line.reading(day_first);
            valid(day_first) && weekday_of(y, m, d) == wd
        };
        match (agrees(true), agrees(false)) {
            (true, false) => return choose(true, 0.9),
            (false, true) => return choose(false, 0.9),
            _ => {}
        }
    }
    // 2. the month the page files the article under
    let filed = |day_first: bool| {
        let (y, m, _) = line.reading(day_first);
        valid(day_first) && evidence.filed_months.contains(&(y, m))
    };
    match (filed(true), filed(false)) {
        (true, false) => return choose(true, 0.85),
        (false, true) => return choose(false, 0.85),
        _ => {}
    }
    // 3. other numeric dates with the same separator
    if evidence.numeric_day_first > 0 && evidence.numeric_month_first == 0 {
        return choose(true, 0.85);
    }
    if evidence.numeric_month_first > 0 && evidence.numeric_day_first == 0 {
        return choose(false, 0.85);
    }
    // 4. dates with month names
    if evidence.named_day_first > evidence.named_month_first {
        return choose(true, 0.8);
    }
    if evidence.named_month_first > evidence.named_day_first {
        return choose(false, 0.8);
    }
    // 5. weekdays named in the text
    if !evidence.text_weekdays.is_empty() {
        let distance = |day_first: bool| -> Option<u32> {
            if !valid(day_first) {
                return None;
            }
            let (y, m, d) = line.reading(day_first);
            let anchor = weekday_of(y, m, d);
            let total: u32 = evidence
                .text_weekdays
                .iter()
                .map(|&wd| (anchor + 7 - wd) % 7)
                .sum();
            Some(total)
        };
        if let (Some(a), Some(b)) = (distance(true), distance(false)) {
            let n = evidence.text_weekdays.len() as u32;
            if a + 2 * n <= b {
                return choose(true, 0.7);
            }
            if b + 2 * n <= a {
                return choose(false, 0.7);
            }
        }
    }
    // 6. conventions: dots are day first; a North American site is month
    // first
    if line.separator == '.' {
        return choose(true, 0.7);
    }
    if line.american_zone && line.separator == '/' {
        return choose(false, 0.7);
    }
    (
        PartialDate {
            year: Some(line.year),
            month: None,
            day: None,
        },
        0.5,
    )
}

pub use dragoman_core::calendar::{days_in_month, is_leap, weekday_of};

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(line: &str, ev: &OrderEvidence) -> Option<String> {
        parse_date_line(line).and_then(|d| resolve(&d, ev).0.iso())
    }

    #[test]
    fn parses_the_formats_news_pages_print() {
        let none = OrderEvidence::default();
        assert_eq!(iso("09.Dec.2025", &none).as_deref(), Some("2025-12-09"));
        assert_eq!(iso("03/03/2025", &none).as_deref(), Some("2025-03-03"));
        assert_eq!(iso("04/03/2025", &none).as_deref(), Some("2025"));
        assert_eq!(iso("13 Dec 2025", &none).as_deref(), Some("2025-12-13"));
        assert_eq!(iso("March 14, 2024", &none).as_deref(), Some("2024-03-14"));
        assert_eq!(iso("Sept. 27, 2022", &none).as_deref(), Some("2022-09-27"));
        assert_eq!(
            iso("2024-03-14 18:02", &none).as_deref(),
            Some("2024-03-14")
        );
        assert_eq!(
            iso("Published: 14 March 2024", &none).as_deref(),
            Some("2024-03-14")
        );
        assert_eq!(iso("13.05.2024", &none).as_deref(), Some("2024-05-13"));
        // the issuing body between a label and the date
        assert_eq!(
            iso(
                "Report | Monitoring Mission to Moldova | 4 March 2023",
                &none
            )
            .as_deref(),
            Some("2023-03-04")
        );
        // a two-digit year after a month name
        assert_eq!(
            iso("08 AUG 24 · 18:40 CEST", &none).as_deref(),
            Some("2024-08-08")
        );
        assert_eq!(iso("3 Mar 25", &none).as_deref(), Some("2025-03-03"));
        // a dated sign-off
        let signoff = parse_date_line("— Salma Rashid in Muscat, 12 May 2024").unwrap();
        assert_eq!(signoff.by.as_deref(), Some("Salma Rashid"));
        assert_eq!(iso("05/13/2024", &none).as_deref(), Some("2024-05-13"));
        assert_eq!(
            iso("Posted on 12 February 2024 by Staff Reporter", &none).as_deref(),
            Some("2024-02-12")
        );
        assert_eq!(
            iso("Wednesday, 6 December 2023", &none).as_deref(),
            Some("2023-12-06")
        );
        let stamp = parse_date_line("06.12.2023 09:34").unwrap();
        assert_eq!(stamp.time.as_deref(), Some("09:34"));
        assert_eq!(parse_date_line("2:30 p.m.").map(|d| d.year), None);
        let stamp = parse_date_line("January 23, 2025, 6 AM ET").unwrap();
        assert_eq!(
            resolve(&stamp, &none).0.iso().as_deref(),
            Some("2025-01-23")
        );
        assert_eq!(stamp.time.as_deref(), Some("06:00"));
        assert_eq!(parse_date_line("January 23, 2025, 6").map(|d| d.year), None);
        let stamp = parse_date_line("7:15am GMT Tuesday 28 February 2023").unwrap();
        assert_eq!(
            resolve(&stamp, &none).0.iso().as_deref(),
            Some("2023-02-28")
        );
        assert_eq!(stamp.time.as_deref(), Some("07:15"));
        let stamp = parse_date_line("Updated 9:03pm GMT Wednesday 1 March 2023").unwrap();
        assert!(stamp.updated_prefix);
        assert_eq!(stamp.time.as_deref(), Some("21:03"));
    }

    #[test]
    fn stamps_with_times_credits_and_agencies_in_segments() {
        let none = OrderEvidence::default();
        assert_eq!(
            iso(
                "Edition: Peshawar ▾   |   Friday, January 19, 2024   |   Page 1 ▾",
                &none
            )
            .as_deref(),
            Some("2024-01-19")
        );
        assert_eq!(
            iso(
                "By U.S. Embassy Addis Ababa | 4 August, 2023 | Topics: Alerts, Security Alerts",
                &none
            )
            .as_deref(),
            Some("2023-08-04")
        );
        for line in [
            "Updated: 1 hour ago | Published: Mar 4, 2024",
            "PUBLISHED: 15:42 GMT, 4 March 2024",
            "15:42, 04 March 2024",
            "Published at 15:42, 4 March 2024",
            "Episode 112 · 45 min · March 4, 2024",
            "Broadcast: 4 March 2024, 18:00",
            "Aired March 4, 2024",
            "4 March 2024 • World • 5 min read",
            "Jane Doe | Correspondent | 04.03.2024",
            "Written by Jane Doe on 4 March 2024",
        ] {
            let stamp = parse_date_line(line).unwrap();
            assert_eq!(
                resolve(&stamp, &none).0.iso().as_deref(),
                Some("2024-03-04"),
                "{line}"
            );
        }
        let stamp = parse_date_line("Recap published 21 March 2025 · by Lejla Hadžić").unwrap();
        assert!(stamp.stamp_prefix);
        assert_eq!(
            resolve(&stamp, &none).0.iso().as_deref(),
            Some("2025-03-21")
        );
        let stamp =
            parse_date_line("17/09/2022 14:20 | Text: Aizada Kasymova | Photo: Nurbek Asanov")
                .unwrap();
        assert_eq!(stamp.by.as_deref(), Some("Aizada Kasymova"));
        assert_eq!(
            resolve(&stamp, &none).0.iso().as_deref(),
            Some("2022-09-17")
        );
        assert_eq!(
            iso("10.06.2022 | 16:45 · Updated 11.06.2022 | 09:10", &none).as_deref(),
            Some("2022-06-10")
        );
        assert_eq!(
            iso("Jan 19, 2024 — 11:05 PKT", &none).as_deref(),
            Some("2024-01-19")
        );
        assert!(parse_date_line("04/06/2024 8:12 PM EDT | Hemisphere Press Agency").is_some());
        // a related headline with its date is still no stamp
        assert!(parse_date_line("Talks resume in Geneva — 20.06.2022").is_none());
    }

    #[test]
    fn stamps_with_page_furniture_bylines_and_sentences() {
        let none = OrderEvidence::default();
        assert_eq!(
            iso("Sat, Jun 14, 2025 - Page 3", &none).as_deref(),
            Some("2025-06-14")
        );
        let stamp = parse_date_line("By Ines Varga · 2 April 2024 · 6 min read").unwrap();
        assert_eq!(stamp.by.as_deref(), Some("Ines Varga"));
        assert_eq!(
            resolve(&stamp, &none).0.iso().as_deref(),
            Some("2024-04-02")
        );
        let stamp = parse_date_line("14 February 2024 • 11:20 GMT").unwrap();
        assert_eq!(stamp.time.as_deref(), Some("11:20"));
        assert_eq!(
            iso("Publicado: 23/02/2025 - 09:10", &none).as_deref(),
            Some("2025-02-23")
        );
        let later = parse_date_line("Actualizado: 04/02/2025 - 10:00").unwrap();
        assert!(later.updated_prefix && !later.stamp_prefix);
        let sentence = parse_date_line(
            "This story was published on 03/11/2024 at 6:05 p.m. ET and last updated on 03/12/2024.",
        )
        .unwrap();
        assert!(sentence.stamp_prefix && !sentence.updated_prefix);
        assert_eq!(sentence.time.as_deref(), Some("18:05"));
        assert_eq!(
            iso("March 10, 2023 | Updated March 11, 2023", &none).as_deref(),
            Some("2023-03-10")
        );
        assert_eq!(
            iso("Friday 26 January 2024, 16:45 CET", &none).as_deref(),
            Some("2024-01-26")
        );
        assert_eq!(
            iso("Publié le vendredi 28 juillet 2023 à 19h05", &none).as_deref(),
            Some("2023-07-28")
        );
        assert_eq!(
            iso("10/24/23 5:32 AM ET", &none).as_deref(),
            Some("2023-10-24")
        );
    }

    #[test]
    fn stamps_with_zones_four_digit_clocks_issues_and_access() {
        let none = OrderEvidence::default();
        let stamp = parse_date_line("Jun 9, 2024 · 07:45 (UTC+8)").unwrap();
        assert_eq!(stamp.time.as_deref(), Some("07:45"));
        assert_eq!(
            resolve(&stamp, &none).0.iso().as_deref(),
            Some("2024-06-09")
        );
        let stamp = parse_date_line("Issued: 11 MAR 2024 0930 UTC").unwrap();
        assert!(stamp.stamp_prefix);
        assert_eq!(stamp.time.as_deref(), Some("09:30"));
        // four digits without a zone are no clock ("12 March 2024 1200")
        assert!(parse_date_line("12 March 2024 1200").is_none());
        assert_publication_stamp("Script posted: 21.11.2024 19:10", "2024-11-21");
        assert_publication_stamp(
            "Published in the May 2024 issue · Online 18 April 2024",
            "2024-04-18",
        );
        assert_eq!(
            iso("Mar 3, 2025 · Free post", &none).as_deref(),
            Some("2025-03-03")
        );
        // a news database prints the weekday after the date
        let stamp = parse_date_line("March 14, 2021 Sunday").unwrap();
        assert_eq!(stamp.weekday, Some(6));
        assert_eq!(
            resolve(&stamp, &none).0.iso().as_deref(),
            Some("2021-03-14")
        );
    }

    /// `line` is a publication stamp for `want`.
    fn assert_publication_stamp(line: &str, want: &str) {
        let stamp = parse_date_line(line).unwrap_or_else(|| panic!("{line}"));
        assert!(stamp.stamp_prefix, "{line}");
        assert_eq!(
            resolve(&stamp, &OrderEvidence::default())
                .0
                .iso()
                .as_deref(),
            Some(want),
            "{line}"
        );
    }

    /// `line` is a stamp of a later edit or another occasion.
    fn assert_other_stamp(line: &str) {
        let stamp = parse_date_line(line).unwrap_or_else(|| panic!("{line}"));
        assert!(stamp.updated_prefix && !stamp.stamp_prefix, "{line}");
    }

    #[test]
    fn stamps_in_more_languages_scripts_and_glued_forms() {
        let none = OrderEvidence::default();
        for (line, want) in [
            ("Yayınlanma: 03.11.2023 08:10", "2023-11-03"),
            ("Опубліковано: 9 березня 2022, 21:15", "2022-03-09"),
            ("Opublikowano: 12 października 2023, 10:02", "2023-10-12"),
            ("Publicerad 4 april 2024 kl. 07.30", "2024-04-04"),
            ("Diterbitkan: 17 Agustus 2023, 09:00 WIB", "2023-08-17"),
            ("公開日: 2024年1月9日 18:20 JST", "2024-01-09"),
            ("发布时间：2023年12月5日 07:45", "2023-12-05"),
            ("입력 2022년 7월 14일 15:30", "2022-07-14"),
            ("Publication date 07.05.2021 12.00", "2021-05-07"),
            (
                "Posted by Ana Moldovan on Tuesday, the 3rd of September 2024 at 18:05",
                "2024-09-03",
            ),
        ] {
            assert_publication_stamp(line, want);
        }
        let blog = parse_date_line(
            "Posted by Ana Moldovan on Tuesday, the 3rd of September 2024 at 18:05",
        )
        .unwrap();
        assert_eq!(blog.by.as_deref(), Some("Ana Moldovan"));
        let comma = parse_date_line("By Claire Dubois, 6 March 2025, 21:05 CET").unwrap();
        assert_eq!(comma.by.as_deref(), Some("Claire Dubois"));
        assert_eq!(
            resolve(&comma, &OrderEvidence::default())
                .0
                .iso()
                .as_deref(),
            Some("2025-03-06")
        );
        // a blog theme's sentence under the post
        let entry = parse_date_line(
            "This entry was posted in Africa, Diplomacy and tagged Egypt, Nile on September 9, 2025 by Dawit Alemayehu. Bookmark the permalink.",
        )
        .unwrap();
        assert_eq!(
            resolve(&entry, &OrderEvidence::default())
                .0
                .iso()
                .as_deref(),
            Some("2025-09-09")
        );
        assert_eq!(entry.by.as_deref(), Some("Dawit Alemayehu"));
        assert!(parse_date_line("This entry was posted in Africa and tagged Nile.").is_none());
        // an update stamp with the first publication in brackets
        let both = parse_date_line(
            "Updated 9:12 AM EDT, Fri June 13, 2025 (Originally published 9:41 PM EDT, Thu June 12, 2025)",
        )
        .unwrap();
        assert!(both.original_prefix && !both.updated_prefix);
        assert_eq!(
            resolve(&both, &OrderEvidence::default()).0.iso().as_deref(),
            Some("2025-06-12")
        );
        for line in [
            "Güncelleme: 04.11.2023 09:00",
            "Оновлено: 10 березня 2022, 08:00",
            "更新日: 2024年1月10日 09:05 JST",
            "Fetched: 2024-02-01T10:11:12Z",
            "Captured on 12 Mar 2021 04:05:06 GMT",
        ] {
            assert_other_stamp(line);
        }
        // the hover text of a relative stamp, and a stamp glued to its
        // update text by the scrape
        for (line, want) in [
            ("(Thu, 14 Mar 2024 08:30 IST)", "2024-03-14"),
            ("Print edition: 17-05-21 | Updated: 09:15 AM", "2021-05-17"),
            ("March 2, 20233:41 AM UTCUpdated 5 hours ago", "2023-03-02"),
        ] {
            assert_eq!(iso(line, &none).as_deref(), Some(want), "{line}");
        }
        assert!(parse_date_line("Updated 5 hours ago").is_none());
        assert!(parse_date_line("(see the timeline below)").is_none());
    }

    #[test]
    fn stamps_of_foreign_language_editions() {
        let none = OrderEvidence::default();
        for (line, want) in [
            ("Pubblicato il 12 marzo 2024 alle 08:40", "2024-03-12"),
            ("Gepubliceerd op 3 oktober 2022, 14:05", "2022-10-03"),
            ("Опубликовано: 17.05.2021, 09:30", "2021-05-17"),
            ("Опубликовано 5 июня 2021", "2021-06-05"),
            ("نُشر في: 14 أكتوبر 2022 - 11:20", "2022-10-14"),
            ("Publicado em 22 de abril de 2024 às 10h30", "2024-04-22"),
        ] {
            assert_publication_stamp(line, want);
        }
        for line in [
            "Ultima modifica il 13 marzo 2024 alle 10:00",
            "Bijgewerkt op 4 oktober 2022, 09:00",
            "Обновлено: 18.05.2021, 10:15",
            "آخر تحديث: 15 أكتوبر 2022 - 08:00",
            "Atualizado em 23/04/2024 - 09h00",
        ] {
            assert_other_stamp(line);
        }
        for (line, want) in [
            ("2020/06/17", "2020-06-17"),
            (
                "First published: Saturday 17 May 2025, 14:02 (Tripoli time)",
                "2025-05-17",
            ),
            ("Brussels, 2 December 2024", "2024-12-02"),
        ] {
            assert_eq!(iso(line, &none).as_deref(), Some(want), "{line}");
        }
        assert!(parse_date_line("2020/06-17").is_none());
        let podcast =
            parse_date_line("Recorded 3 May 2024 · Released 6 May 2024 · 41 min").unwrap();
        assert!(podcast.stamp_prefix);
        assert_eq!(
            resolve(&podcast, &none).0.iso().as_deref(),
            Some("2024-05-06")
        );
        assert!(parse_date_line("Filed: 9 Feb 2024 18:02 GMT").is_some_and(|d| d.stamp_prefix));
        let syndicated = parse_date_line("This article originally appeared in The Harbour Gazette on 2 May 2022 and is republished here with permission. Read the original at harbourgazette.example.").expect("syndication notice");
        assert!(syndicated.stamp_prefix);
        assert_eq!(
            resolve(&syndicated, &none).0.iso().as_deref(),
            Some("2022-05-02")
        );
        // a related headline with its date is not a stamp
        assert!(parse_date_line("Talks resume in Geneva — 20.06.2022").is_none());
        assert!(parse_date_line("Sudan — 20.06.2022 — 21.06.2022").is_none());
    }

    #[test]
    fn rejects_lines_that_are_more_than_a_date() {
        assert!(parse_date_line("On September 27, 2022 the talks began.").is_none());
        assert!(parse_date_line("Ukraine Strengthens Its Army Amid Growing Threats").is_none());
        assert!(parse_date_line("31.02.2023").is_none());
        assert!(parse_date_line("").is_none());
    }

    #[test]
    fn ambiguous_order_follows_the_page() {
        let stamp = parse_date_line("04.05.2023 10:15").unwrap();
        assert_eq!(stamp.order(), Order::Ambiguous);
        // a related headline dated 13.05.2024 shows day-first
        let other = parse_date_line("13.05.2024").unwrap();
        let ev = OrderEvidence::from_lines([&other], '.');
        assert_eq!(resolve(&stamp, &ev).0.iso().as_deref(), Some("2023-05-04"));
        // a month-first site
        let other = parse_date_line("05.13.2024").unwrap();
        let ev = OrderEvidence::from_lines([&other], '.');
        assert_eq!(resolve(&stamp, &ev).0.iso().as_deref(), Some("2023-04-05"));
        // month names written day-first
        let other = parse_date_line("16.Jul.2025").unwrap();
        let ev = OrderEvidence::from_lines([&other], '.');
        assert_eq!(resolve(&stamp, &ev).0.iso().as_deref(), Some("2023-05-04"));
    }

    #[test]
    fn printed_weekday_decides_the_order() {
        // 2023-12-06 is a Wednesday; 2023-06-12 a Monday
        let stamp = parse_date_line("Wednesday, 06.12.2023").unwrap();
        let month_first_site = OrderEvidence {
            named_month_first: 3,
            ..OrderEvidence::default()
        };
        assert_eq!(
            resolve(&stamp, &month_first_site).0.iso().as_deref(),
            Some("2023-12-06")
        );
    }

    #[test]
    fn weekdays_in_the_text_are_weak_evidence() {
        let stamp = parse_date_line("06.12.2023").unwrap();
        // "on Tuesday": the day before Wed 6 Dec, six days before Mon 12 Jun
        let ev = OrderEvidence {
            text_weekdays: vec![1],
            ..OrderEvidence::default()
        };
        let (date, confidence) = resolve(&stamp, &ev);
        assert_eq!(date.iso().as_deref(), Some("2023-12-06"));
        assert!(confidence < 0.8);
    }

    #[test]
    fn slashed_dates_without_evidence_keep_only_the_year() {
        let stamp = parse_date_line("04/05/2023").unwrap();
        let (date, _) = resolve(&stamp, &OrderEvidence::default());
        assert_eq!(date.iso().as_deref(), Some("2023"));
        // ... unless the time is given in a North American zone
        for line in ["07/10/2024 9:14 p.m. EDT", "Posted 07/10/2024 10:05 AM ET"] {
            let stamp = parse_date_line(line).unwrap();
            let (date, _) = resolve(&stamp, &OrderEvidence::default());
            assert_eq!(date.iso().as_deref(), Some("2024-07-10"), "{line}");
        }
        // (a zone-like word elsewhere is no zone)
        let stamp = parse_date_line("04/05/2023 PETROV").unwrap_or(stamp);
        assert!(!stamp.american_zone);
    }

    #[test]
    fn a_stated_format_orders_a_slashed_date() {
        let stamp = parse_date_line("10/09/2025 21:40").unwrap();
        for (form, want) in [
            ("Date (DD/MM/YYYY)", "2025-09-10"),
            ("Search by date: mm/dd/yyyy", "2025-10-09"),
            ("Date (DD.MM.YYYY)", "2025"),
        ] {
            let mut ev = OrderEvidence::default();
            ev.add_embedded(form, '/');
            let (date, _) = resolve(&stamp, &ev);
            assert_eq!(date.iso().as_deref(), Some(want), "{form}");
        }
    }

    #[test]
    fn stamps_with_an_age_a_bracket_or_no_spaces() {
        for (line, want) in [
            ("Published 2 years ago on March 9, 2023", "2023-03-09"),
            ("Posted 5 hours ago on 9 March 2023", "2023-03-09"),
            ("Mar 9, 2023, 9:48 PM ET (Mar 10, 02:48 GMT)", "2023-03-09"),
            ("Posted on : Mar.9,2023 17:22 KST", "2023-03-09"),
            (
                "Posted on : Mar.9,2023 17:22 KST Modified on : Mar.10,2023 09:40 KST",
                "2023-03-09",
            ),
            ("Publikuar: 9 mars 2023, 21:40", "2023-03-09"),
            ("This story is from March 9, 2023", "2023-03-09"),
        ] {
            let stamp = parse_date_line(line).unwrap_or_else(|| panic!("{line}"));
            let (date, _) = resolve(&stamp, &OrderEvidence::default());
            assert_eq!(date.iso().as_deref(), Some(want), "{line}");
            assert!(!stamp.updated_prefix, "{line}");
        }
        for line in [
            "Përditësuar: 10 mars 2023",
            "This version: Fri 10 Mar 2023 06.30 GMT",
        ] {
            assert!(
                parse_date_line(line).is_some_and(|d| d.updated_prefix),
                "{line}"
            );
        }
    }

    #[test]
    fn weekday_arithmetic() {
        assert_eq!(weekday_of(2023, 12, 6), 2); // Wednesday
        assert_eq!(weekday_of(1970, 1, 1), 3); // Thursday
        assert_eq!(weekday_of(2000, 2, 29), 1); // Tuesday
        assert_eq!(weekday_of(2025, 12, 13), 5); // Saturday
    }
}
