//! Features of one line of a page, the classifier's input.

use std::sync::OnceLock;

use regex::Regex;

use crate::chrome::{is_share_line, ChromeDictionary, ChromeKind};
use crate::dates::{parse_date_line, DateLine};

/// What a line looks like on its own, before its neighbours are considered.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Blank,
    /// Nothing but a date (and maybe a time, a prefix, a weekday).
    Date(DateLine),
    /// A chrome phrase from the dictionary.
    Chrome(ChromeKind),
    /// "By Jane Doe", "Reporting by ...; Editing by ...".
    Byline(Vec<String>),
    /// Prose: a sentence or a paragraph.
    Sentence,
    /// A short line of capitalised words without final punctuation
    /// ("Alex Raufoglu", "Washington D.C.").
    Name,
    /// Anything else: headlines, labels, captions.
    Heading,
}

/// One line of the input with its features.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    pub text: &'a str,
    pub words: usize,
    /// Share of words that start with a lower-case letter.
    pub lower_ratio: f32,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, or a quote mark after them,
    /// but not an abbreviation such as "Dept.".
    pub terminal: bool,
    pub shape: Shape,
    /// Promotes another story ("Breaking: ...", a `teaser` kind of the
    /// chrome dictionary): never the title where another line can be.
    pub promo: bool,
}

const ABBREVIATIONS: &str = include_str!("../resources/abbreviations.txt");

fn abbreviations() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        ABBREVIATIONS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// True when the last word ends a sentence rather than an abbreviation.
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '*')
    });
    if t.ends_with(['!', '?', '…']) || t.ends_with("...") {
        return true;
    }
    if !t.ends_with('.') {
        return false;
    }
    let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
    let word = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    let bare = word.trim_end_matches('.');
    // an initial ("J.") or an abbreviation ("Dept.", "U.S.")
    if bare.chars().count() == 1 && bare.chars().all(char::is_uppercase) {
        return false;
    }
    !abbreviations().iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn byline_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // "By Jane Doe", "By JANE DOE - 2019-04-10", "Reporting by X; Editing
        // by Y", "Interview by X", "Live coverage by X in Kabul and Y in
        // Washington", "Redacción Bogotá / By X", "Written by X. Edited by Y."
        Regex::new(
            r"^\(?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+/\s+)?(?:(?:By|BY|by|Written by|Reported and written by|Written and reported by|Reporting by|Reported by|Writing by|Words by|(?:Interview|Live coverage|Coverage|Analysis|Commentary|Report|Story|Text|Opinion|Column|Essay|Summary|Summary written|Prepared|Review|Obituary|Feature|Profile|Dispatch|Text and photos|Words and photos|Words and pictures) by|Text and photos:|Words and photos:|Report:|From our (?:own )?(?:\p{Lu}[\p{L}-]+\s+)?correspondent|Author:|Authors:|Byline:|BYLINE:|Show notes by|Notes by|author:|creator:|dc:creator:|Words:|Reporting:|Text:|Story:|Hosts?:|Presented by|Compiled by|Curated by|Gallery curated by|Signed\)|With reporting by|Correspondent:|Contributors?:|Reporter:|מאת:|ავტორები:|ავტორი:|Γράφει:|Γράφουν:|Συντάκτης:|Автор:|Автори:|Muhabir:|Yazar:|Haber:|Autor:|Autorka:|Autorzy:|Autoren:|Autorius:|Autorė:|Autoriai:|Autors:|Müəllif:|Müəlliflər:|Szerző:|Szerzők:|Auteur:|Auteurs:|Autore:|Autori:|Autores:|Авторы:|Penulis:|Wartawan:|Tekst:|Teksti:|Piše:|Pišu:|Napisao:|Napisala:|Пише:|ผู้เขียน:|Հեղինակ:|Հեղինակներ:|Nga:|Af|Par|Por|Von|di|de|door)[:\s]+)(?P<names>[^;|()]+?)(?:\s*(?:[;|()]|\s[-–—/·•]\s|,\s*\d|\son\s|\swith\s|\s\d{1,2}[./]|\.\s+(?:Edited|Editing|Additional|Translated|Photos?|Graphics)\b|\s(?:Updated|Published|Posted)[:\s]).*)?$",
        )
        .expect("byline pattern is valid")
    })
}

/// The names of a byline ("By Jane Doe", "Text: Aizada Kasymova"); a
/// byline that names no one ("By JERUSALEM POST STAFF") gives none.
pub(crate) fn byline_names(text: &str) -> Option<Vec<String>> {
    // "By Col. (ret.) Aivars Ozols": the retired rank's bracket
    let unbracketed;
    let text = match ["(ret.) ", "(Ret.) ", "(retd.) ", "(Retd.) ", "(ret) "]
        .iter()
        .find(|r| text.contains(*r))
    {
        Some(r) => {
            unbracketed = text.replacen(r, "", 1);
            unbracketed.as_str()
        }
        None => text,
    };
    // "By Jane Doe (Brussels) and John Roe (Paris)": the places in brackets
    let placeless;
    let text = if text.contains(" (") {
        static PLACE: OnceLock<Regex> = OnceLock::new();
        let re = PLACE.get_or_init(|| {
            Regex::new(r"\s\((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}\)")
                .expect("bracketed place pattern is valid")
        });
        placeless = re.replace_all(text, "");
        placeless.as_ref()
    } else {
        text
    };
    // "Seo Ji-won, Choi Min-ho 기자": the Korean word for reporter after
    // the names
    if let Some(names) = text.trim().strip_suffix("기자") {
        let names = split_names(names);
        return (!names.is_empty() && names.iter().all(|n| n.contains(' '))).then_some(names);
    }
    // "ByRania Haddad": the label glued to the name
    let unglued;
    let text = match text.strip_prefix("By") {
        Some(rest)
            if rest.starts_with(char::is_uppercase)
                && rest.chars().nth(1).is_some_and(char::is_lowercase) =>
        {
            unglued = format!("By {rest}");
            unglued.as_str()
        }
        _ => text,
    };
    let caps = byline_regex().captures(text)?;
    let mut names = split_names(&caps["names"]);
    // "Authors: Nino Beridze • Giorgi Lomidze": names set apart by bullets
    // (a bullet also ends a byline: "By X • 5 min read")
    let after = &text[caps.name("names").map_or(text.len(), |m| m.end())..];
    if !names.is_empty() {
        for part in after.split('•').skip(1).map(str::trim) {
            let words: Vec<&str> = part.split_whitespace().collect();
            if !(2..=4).contains(&words.len()) || !words.iter().all(|w| person_word(w)) {
                break;
            }
            names.push(words.join(" "));
        }
    }
    (!names.is_empty() || is_desk(&caps["names"])).then_some(names)
}

/// "By Karin Holm, a senior fellow at ..., and Yasir Abdelgadir, a
/// journalist based in Nairobi.": a byline without the writers' bios set
/// in apposition ("By Karin Holm, and Yasir Abdelgadir"); `None` when it
/// has none.
fn without_appositives(text: &str) -> Option<String> {
    // one sentence without quotes ("By Thursday, the president had ...
    // On a call he said: ..." is prose)
    let body = text.trim_end_matches('.');
    if !text.starts_with("By ") || body.contains(". ") || body.contains(['"', '“', '”']) {
        return None;
    }
    let mut kept = Vec::new();
    let mut in_bio = false;
    for part in body.split(", ") {
        if ["a ", "an ", "the "].iter().any(|a| part.starts_with(a)) {
            in_bio = true;
        } else if !in_bio
            || part
                .strip_prefix("and ")
                .is_some_and(|n| n.starts_with(char::is_uppercase))
        {
            in_bio = false;
            kept.push(part);
        }
    }
    let dropped = kept.len() < body.split(", ").count();
    dropped.then(|| kept.join(", "))
}

/// The names of a byline line, or of the byline segments of a credits line
/// ("Photography: Davit Karapetyan · Text: Arpi Sargsyan").
fn segmented_byline(text: &str) -> Option<Vec<String>> {
    let names_of = byline_names;
    let segments: Vec<&str> = text
        .split(" · ")
        .flat_map(|s| s.split(" | "))
        .map(str::trim)
        .collect();
    if segments.len() < 2 {
        return names_of(text);
    }
    // "Compiled by X | With reporting by Y in Sanaa": every segment's names
    let found: Vec<Vec<String>> = segments.iter().filter_map(|s| names_of(s)).collect();
    if found.is_empty() {
        names_of(text)
    } else {
        Some(found.concat())
    }
}

/// A literal that each alternative of [`credit_regex`] contains (in ASCII
/// lower case; "/" stands for the agency credits "REUTERS/", "/AFP" and
/// "NAME/FOR THE PAPER").
const CREDIT_WORDS: [&str; 11] = [
    "©", "(c)", "photo", "foto", "afp via", "epa-efe", "image", "credit", "picture", "source:", "/",
];

fn credit_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:©|\(c\)\s|\b(?:photo(?:graph)?s?|foto)\s*(?:credit|by)?\s*:|\bAP Photo\b|\bREUTERS/|\bGetty Images\b|/AFP\b|\bAFP via\b|\bEPA-EFE\b|\bimage(?:s)? (?:credit|source)\s*:|\bcredit\s*(?:\.\.\.|…)|\((?:[\p{L}.]+\s+){0,2}(?:photo|image|picture)s?\b[^()]*\)\s*$|(?-i:\.\s+Source:\s+\p{Lu}[\p{L} .'-]{2,50}$|\b\p{Lu}{2,}(?:\s\p{Lu}{2,})*/(?:FOR\s)?\p{Lu}[\p{Lu} ]+$))",
        )
        .expect("credit pattern is valid")
    })
}

/// "Jane Doe contributed to this report.", "Reporting from Press
/// Association contributed to this story.": who else helped.
fn contributor_note(text: &str, words: usize) -> bool {
    // (every line is asked: no lower-case copy of one without the verb)
    if words > 30 || !text.contains("ontributed") {
        return false;
    }
    let lower = text.trim_end_matches(['.', ')']).to_lowercase();
    ["report", "story", "article", "reporting"].iter().any(|w| {
        lower
            .strip_suffix(w)
            .is_some_and(|rest| rest.ends_with("contributed to this "))
    }) || lower.ends_with("contributed reporting")
}

/// A photo caption or credit line: a credit near its end ("... November 19,
/// 2019. © REUTERS/Jane Doe"), or a short copyright line.
fn is_caption(text: &str, words: usize) -> bool {
    if words > 60 {
        return false;
    }
    let lower = text.to_lowercase();
    if words <= 15 && (lower.starts_with("copyright") || lower.starts_with('©')) {
        return true;
    }
    // "Photo: President of Kenya (left) and ..."
    // "[Image: ...]", "[Foto] ...", "[Фото] ..."
    if let Some(rest) = lower.strip_prefix('[') {
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if [
            "image", "photo", "foto", "фото", "video", "picture", "graphic", "gallery",
        ]
        .contains(&word.as_str())
        {
            return true;
        }
    }
    const LABELS: [&str; 7] = [
        "photo:",
        "photos:",
        "image:",
        "picture:",
        "caption:",
        "file photo:",
        "video:",
    ];
    if LABELS.iter().any(|l| lower.starts_with(l)) {
        return true;
    }
    let tail_from = text.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    // ("Story: Nurul Aisyah Rahman · Photos: Kenji Lim" is a byline that
    // credits the photographer too)
    let tail = &text[tail_from..];
    // every credit form has one of these words or marks: most lines are
    // spared the pattern, whose word boundaries are slow on curly quotes
    let folded = tail.to_ascii_lowercase();
    CREDIT_WORDS.iter().any(|w| folded.contains(w))
        && credit_regex().is_match(tail)
        && byline_names(text).is_none_or(|names| names.is_empty())
}

/// "Abigail Thornton, Washington; Kenji Ota, Tokyo": writers with the
/// places they file from, set apart by semicolons (two or more).
fn placed_names(text: &str) -> Option<Vec<String>> {
    let parts: Vec<&str> = text.split(';').map(str::trim).collect();
    if !(2..=6).contains(&parts.len()) {
        return None;
    }
    parts
        .iter()
        .map(|part| {
            let (name, place) = part.split_once(", ")?;
            let words: Vec<&str> = name.split_whitespace().collect();
            let place: Vec<&str> = place.split_whitespace().collect();
            ((2..=4).contains(&words.len())
                && words.iter().all(|w| person_word(w))
                && (1..=3).contains(&place.len())
                && place.iter().all(|w| name_word(w)))
            .then(|| words.join(" "))
        })
        .collect()
}

/// A word of a person's name: a name word that is no possessive ("Cox's
/// Bazar" is a place).
fn person_word(w: &str) -> bool {
    name_word(w)
        && !w.trim_end_matches(',').ends_with("'s")
        && !w.trim_end_matches(',').ends_with("’s")
}

/// The marks that point from a name to a footnote with its affiliation.
const FOOTNOTE_MARKS: [char; 6] = ['*', '†', '‡', '¹', '²', '³'];

pub(crate) fn name_word(w: &str) -> bool {
    const PARTICLES: [&str; 8] = ["de", "van", "von", "al", "bin", "der", "la", "da"];
    // "Helene Brandt*": a footnote mark on the name
    let w = w.trim_end_matches(',').trim_end_matches(FOOTNOTE_MARKS);
    // "Hamza al-Tamimi", "Valéry d'Estaing": a lower-case particle glued
    // to the capitalised name
    const GLUED: [&str; 8] = ["al", "el", "ul", "ad", "ash", "ibn", "d", "l"];
    let glued = w
        .split_once(['-', '\'', '’'])
        .is_some_and(|(p, rest)| GLUED.contains(&p) && rest.starts_with(char::is_uppercase));
    let capital = w.starts_with(|c: char| c.is_uppercase()) || glued;
    PARTICLES.contains(&w)
        || (capital
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
}

/// "Marta Ibáñez Soler | @mibanezsoler": a name beside the writer's
/// social-media handle.
fn name_with_handle(text: &str) -> Option<String> {
    // "Jane Doe jane.doe@example.com": the writer's address
    if let Some((name, address)) = text.rsplit_once(' ') {
        let words: Vec<&str> = name.split_whitespace().collect();
        if address.contains('@')
            && address.contains('.')
            && !address.starts_with('@')
            && (2..=4).contains(&words.len())
            && words.iter().all(|w| name_word(w))
        {
            return Some(words.join(" "));
        }
    }
    let (name, handle) = text
        .split_once(" | @")
        .or_else(|| text.split_once(" · @"))
        .or_else(|| text.split_once(" @"))?;
    let handle_ok = !handle.is_empty() && handle.chars().all(|c| c.is_alphanumeric() || c == '_');
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_ok = (2..=4).contains(&words.len())
        && words.iter().all(|w| name_word(w))
        && words.iter().any(|w| w.chars().any(char::is_lowercase));
    (handle_ok && name_ok).then(|| words.join(" "))
}

/// "Ruth Calloway in Brussels", "Kaisa Virtanen · Helsinki": a name and
/// the place it writes from (a byline only where a stamp follows it:
/// "Leaders Meet in Brussels" reads the same).
pub fn placed_byline(text: &str) -> Option<String> {
    let text = text.trim();
    // "Min-ji Seo in Seoul, with additional reporting by ..."
    let text = [
        "; additional reporting",
        ", with additional reporting",
        ", additional reporting",
    ]
    .iter()
    .filter_map(|t| text.find(t))
    .min()
    .map_or(text, |at| &text[..at]);
    // "Jeddah – Faisal Al-Harbi": a one-word place before the name
    if let Some((_, name)) = [" – ", " — ", " - "]
        .iter()
        .find_map(|d| text.split_once(d))
        .filter(|(place, _)| !place.contains(' ') && name_word(place))
    {
        return match split_names(name).as_slice() {
            [only] if only.split_whitespace().count() >= 2 && only == name.trim() => {
                Some(only.clone())
            }
            _ => None,
        };
    }
    let (name, place) = text
        .split_once(" in ")
        .or_else(|| text.split_once(" · "))
        .or_else(|| text.split_once(" | "))
        .or_else(|| text.split_once(" reports from "))
        .or_else(|| text.split_once(" reporting from "))?;
    let place_words: Vec<&str> = place.split_whitespace().collect();
    if place_words.is_empty() || place_words.len() > 2 || !place_words.iter().all(|w| name_word(w))
    {
        return None;
    }

    match split_names(name).as_slice() {
        [only] if only.split_whitespace().count() >= 2 && only == name.trim() => Some(only.clone()),
        _ => None,
    }
}

/// "Nikos Vrettos in Nicosia and Rachel Dunmore in Geneva": one placed
/// name or several, each with the place it writes from.
pub fn placed_bylines(text: &str) -> Option<Vec<String>> {
    if let Some(one) = placed_byline(text) {
        return Some(vec![one]);
    }
    let parts: Vec<&str> = text
        .split(" and ")
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .collect();
    if parts.len() < 2 || parts.len() > 4 || !parts.iter().all(|p| p.contains(" in ")) {
        return None;
    }
    parts.iter().map(|p| placed_byline(p)).collect()
}

/// Whether a byline line is a wire credit ("Reporting by X; Editing by
/// Y") or a name with its desk ("Caroline Hawley, diplomatic
/// correspondent"): forms that extracted article text keeps after the
/// body.
pub fn is_credit_or_desk(text: &str) -> bool {
    !credit_names(text).is_empty() || name_with_desk(text).is_some()
}

const NAME_WORDS: &str = include_str!("../resources/name_words.txt");

/// The entries of a data file in sections (`[name]`, then one entry per
/// line, `#` starting a comment), each with the name of its section.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut section = "";
    text.lines().filter_map(move |line| {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim();
            return None;
        }
        (!line.is_empty()).then_some((section, line))
    })
}

/// The word lists of `resources/name_words.txt`.
pub(crate) struct NameWords {
    institutions: Vec<&'static str>,
    sections: Vec<&'static str>,
    place_heads: Vec<&'static str>,
}

pub(crate) fn name_words() -> &'static NameWords {
    static WORDS: OnceLock<NameWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = NameWords {
            institutions: Vec::new(),
            sections: Vec::new(),
            place_heads: Vec::new(),
        };
        for (section, line) in data_lines(NAME_WORDS) {
            let list = match section {
                "institutions" => &mut words.institutions,
                "sections" => &mut words.sections,
                "place-heads" => &mut words.place_heads,
                _ => continue,
            };
            list.extend(line.split_whitespace());
        }
        words
    })
}

impl NameWords {
    /// "New" in "New York": the first word of a two-word place name.
    pub(crate) fn place_head(&self, word: &str) -> bool {
        self.place_heads.contains(&word)
    }
}

/// Whether a short line could be a writer's bare name ("Jane Doe"): two or
/// three words of a person's name, none of them a word of a site's
/// sections ("Middle East", "World News").
pub(crate) fn bare_person(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    // ("K.V. Raghunathan": initials)
    let initials = |w: &str| {
        w.ends_with('.')
            && w.split_terminator('.')
                .all(|c| c.chars().count() == 1 && c.chars().all(char::is_uppercase))
    };
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| person_word(w) && (w.chars().any(char::is_lowercase) || initials(w)))
        && words.last().is_some_and(|w| !initials(w))
        && !words.iter().any(|w| name_words().sections.contains(w))
        && !names_a_body(text)
}

/// Whether `name` has a word of a body's name ("U.S. Embassy Addis Ababa").
pub(crate) fn names_a_body(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| name_words().institutions.contains(&w))
}

/// A writer's post ("Diplomatic Correspondent", "Erbil Bureau Chief").
pub(crate) fn is_desk(part: &str) -> bool {
    const DESKS: [&str; 16] = [
        "fellow",
        "researcher",
        "professor",
        "director",
        "correspondent",
        "writer",
        "reporter",
        "editor",
        "columnist",
        "journalist",
        "contributor",
        "staff",
        "analyst",
        "bureau chief",
        "desk",
        "photographer",
    ];
    let lower = part.to_lowercase();
    DESKS.iter().any(|d| lower.ends_with(d)) && part.split_whitespace().count() <= 4
}

/// "Farid Nazari, Diplomatic Correspondent", "Jana Köhler | Staff Writer",
/// "Hamza Al-Qadi, Gulf correspondent, and Sophie Marlow in London": names
/// with the desk one of them writes for (and the places they write from).
fn name_with_desk(text: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut desk = false;
    let text = text.trim().trim_end_matches('.');
    // after a post, the parts that follow describe it ("Senior Fellow,
    // Economic Security Program") until "and" names another writer
    let mut in_post = false;
    // (a bar starts another writer's part: "X, Diplomatic Editor | Y,
    // Defence Correspondent")
    let pieces = text
        .split('|')
        .flat_map(|seg| seg.split(',').enumerate().map(|(k, piece)| (k == 0, piece)));
    let mut named_before = 0;
    for (new_part, piece) in pieces {
        // (only after a part that named its writer: "Chief Political
        // Correspondent | The Daily" is one post and its paper)
        if new_part && names.len() > named_before {
            in_post = false;
            named_before = names.len();
        }
        // "Jane Doe, Diplomatic Editor | @janedoe": the writer's handle
        if piece.trim().starts_with('@') {
            continue;
        }
        let joined = piece.trim_start().starts_with("and ");
        for (k, part) in piece.split(" and ").enumerate() {
            let part = part.trim();
            let part = part.strip_prefix("and ").unwrap_or(part).trim();
            if part.is_empty() {
                continue;
            }
            // "Harriet Lowe Diplomatic editor": the name and its post
            let named = without_trailing_post(part);
            if named != part {
                desk = true;
                in_post = false;
                names.push(without_honorific(named).to_string());
                continue;
            }
            // "Correspondent in Seoul": the post and where it is held
            if is_desk(part) || is_desk(without_place(part)) {
                desk = true;
                in_post = true;
                // "Antti Rask, Photojournalist": who took the pictures is
                // no writer
                let lower = part.to_lowercase();
                if ["photo", "camera", "video"]
                    .iter()
                    .any(|w| lower.contains(w))
                    && !new_part
                    && names.len() > named_before
                {
                    names.pop();
                }
                continue;
            }
            if in_post && !joined && k == 0 {
                continue;
            }
            in_post = false;
            let name = without_honorific(without_place(part));
            let words: Vec<&str> = name.split_whitespace().collect();
            if !(2..=4).contains(&words.len()) || !words.iter().all(|w| person_word(w)) {
                // "Shahnaz Parvin, Cox's Bazar, and ...": the place a
                // writer files from
                if !names.is_empty() && words.len() <= 3 && words.iter().all(|w| name_word(w)) {
                    continue;
                }
                return None;
            }
            names.push(name.to_string());
        }
    }
    (desk && !names.is_empty()).then_some(names)
}

/// "Marta Kovač and agencies", "Jane Doe with agencies": a writer whose
/// report takes in wire copy.
fn names_with_agencies(text: &str) -> Option<Vec<String>> {
    let text = text.trim().trim_end_matches('.');
    // "Jane Doe / Reuters", "Jane Doe (AFP)", "Jane Doe (with Reuters)":
    // the writer and her agency
    static AGENCY: OnceLock<Regex> = OnceLock::new();
    let agency = AGENCY.get_or_init(|| {
        Regex::new(r"^(?P<names>\p{Lu}.*?)\s*(?:/\s*|\(\s*(?:with\s+)?)(?:Reuters|Bloomberg|Xinhua|TASS|Anadolu|Kyodo|Yonhap|[A-Z]{2,5})\s*\)?$")
            .expect("agency byline pattern is valid")
    });
    let names = [
        " and agencies",
        ", agencies",
        " with agencies",
        " and wires",
    ]
    .iter()
    .find_map(|t| text.strip_suffix(t))
    .or_else(|| {
        agency
            .captures(text)
            .and_then(|c| c.name("names"))
            .map(|m| m.as_str())
    })?;
    let names = split_names(names);
    (!names.is_empty() && names.iter().all(|n| n.contains(' '))).then_some(names)
}

/// The writers of a wire credit line: "Reporting by X and Y in Kyiv;
/// Writing by Z; Editing by W" gives X, Y and Z (editors and additional
/// reporters are not authors).
fn credit_names(text: &str) -> Vec<String> {
    let inner = text
        .trim()
        .trim_start_matches('(')
        .trim_end_matches([')', '.']);
    // "This story was reported by X in Kabul and written by Y in Moscow.
    // Editing by Z.": the credits as a sentence
    let sentence = ["this story was ", "this article was ", "this report was "]
        .iter()
        .find(|p| {
            inner
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
        .map(|p| {
            let mut rest = inner[p.len()..].to_string();
            for verb in ["written", "reported", "edited", "produced"] {
                rest = rest.replace(&format!(" and {verb} by "), &format!("; {verb} by "));
            }
            rest.replace(". ", "; ")
        });
    let inner = sentence.as_deref().unwrap_or(inner);
    if !inner.contains(';') && sentence.is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for part in inner.split(';') {
        let part = part.trim();
        let lower = part.to_lowercase();
        let Some(rest) = [
            "reporting by ",
            "reported by ",
            "writing by ",
            "written by ",
        ]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| &part[p.len()..]) else {
            continue;
        };
        // "X in Islamabad and Y in Istanbul", else "X and Y in Kyiv" (the
        // place after the names)
        let mut names = split_names(rest);
        if names.is_empty() {
            names = split_names(rest.find(" in ").map_or(rest, |at| &rest[..at]));
        }
        for n in names {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// A name without the place it writes from ("Aline Uwase in Kigali" ->
/// "Aline Uwase").
fn without_place(part: &str) -> &str {
    match part.split_once(" in ") {
        Some((name, place))
            if (1..=2).contains(&place.split_whitespace().count())
                && place.split_whitespace().all(name_word) =>
        {
            name
        }
        _ => part,
    }
}

/// A writer's name without the academic title, rank or knighthood before
/// it ("Dr Hanna Berg", "Prof. Ana Lima", "Col. Aivars Ozols", "Sir Alan
/// Whitcombe") and the honours after it ("Alan Whitcombe KCMG").
fn without_honorific(name: &str) -> &str {
    const HONOURS: [&str; 14] = [
        "KCMG", "GCMG", "CMG", "KBE", "DBE", "CBE", "OBE", "MBE", "KC", "QC", "PhD", "MP", "FRS",
        "FBA",
    ];
    let mut name = name;
    while let Some((rest, last)) = name.rsplit_once(' ') {
        if !HONOURS.contains(&last.trim_end_matches(',')) || rest.split_whitespace().count() < 2 {
            break;
        }
        name = rest.trim_end().trim_end_matches(',');
    }
    const TITLES: [&str; 21] = [
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Baroness",
        "Dr",
        "Dr.",
        "Prof",
        "Prof.",
        "Professor",
        "Col.",
        "Colonel",
        "Gen.",
        "General",
        "Maj.",
        "Major",
        "Capt.",
        "Captain",
        "Lt.",
        "Brig.",
        "Adm.",
    ];
    let mut rest = name;
    while let Some((first, tail)) = rest.split_once(' ') {
        if !TITLES.contains(&first) || tail.split_whitespace().count() < 2 {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// The words for "and" between writers' names: English, Romanian,
/// French, Spanish, Portuguese and Italian, Dutch, Russian; German, Polish
/// and the languages of the former Yugoslavia, Czech and Slovak, the
/// Nordic languages, Hungarian, Turkish; Azerbaijani, Lithuanian, Latvian;
/// Albanian.
const NAME_CONJUNCTIONS: &[&str] = &[
    " and ", " AND ", " și ", " et ", " y ", " e ", " en ", " и ", " und ", " i ", " a ", " og ",
    " och ", " ja ", " és ", " ve ", " və ", " ir ", " un ", " dhe ",
];

/// `text` split at every one of `separators`, in turn.
fn split_on_all<'a>(text: &'a str, separators: &[&str]) -> Vec<&'a str> {
    let mut parts = vec![text];
    for sep in separators {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
}

/// Names in a byline tail: "Jane Doe and John Roe", "Jane Doe, John Roe",
/// "Jane Doe in Kinshasa and John Roe in Kigali".
pub fn split_names(text: &str) -> Vec<String> {
    // "Our Correspondent, Bamako": beside a post, a lone word is a place
    let mut post = false;
    let names: Vec<String> = text
        .split([',', '&', '•'])
        .flat_map(|part| split_on_all(part, NAME_CONJUNCTIONS))
        // "Of Maria Papadaki": a machine translation's word for word
        // rendering of a genitive byline
        .map(|n| n.trim().strip_prefix("Of ").unwrap_or(n))
        // "From CNN’s Jane Doe": a live page's credit; "Reuters' Hannah
        // Loy": the agency's writer
        .map(|n| {
            let n = n.trim();
            let rest = n.strip_prefix("From ").unwrap_or(n);
            ["’s ", "'s ", "' ", "’ "]
                .iter()
                .find_map(|mark| rest.split_once(mark))
                .filter(|(outlet, name)| {
                    !outlet.contains(' ')
                        && (n.starts_with("From ") || name.split_whitespace().count() >= 2)
                })
                .map_or(n, |(_, name)| name)
        })
        .map(|n| {
            post |= is_desk(n.trim());
            without_trailing_post(without_post(without_outlet(without_bracketed_place(
                n.trim(),
            ))))
        })
        .map(|n| {
            let n = without_honorific(without_place(n.trim().trim_end_matches(FOOTNOTE_MARKS)));
            // (a suffix keeps its dot: "Robert E. Langford Jr.")
            if [" Jr.", " Sr."].iter().any(|s| n.ends_with(s)) {
                n.trim()
            } else {
                n.trim_end_matches('.').trim()
            }
        })
        .filter(|n| {
            let words: Vec<&str> = n.split_whitespace().collect();
            (1..=4).contains(&words.len())
                && words.iter().all(|w| name_word(w))
                // "By Hamish Doyle, The Coral Sea Ledger": an outlet
                && words[0] != "The"
                // "By Rawaz Kareem, Erbil Bureau Chief": a post
                && !is_desk(n)
                // "By U.S. Embassy Addis Ababa": an issuing body
                && !names_a_body(n)
        })
        .map(str::to_string)
        .collect();
    // "Otieno Mwangi, Port-au-Prince", "Carla Reyes, PAN": beside a full
    // name, one word is a place or an agency
    if names.iter().any(|n| n.contains(' ')) || post {
        names.into_iter().filter(|n| n.contains(' ')).collect()
    } else {
        names
    }
}

/// A name without the post printed before it ("Diplomatic Editor Gideon
/// Marsh" -> "Gideon Marsh").
fn without_post(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
        .collect();
    // the post is one to three words, and two name words are left
    (1..words.len().saturating_sub(1).min(4))
        .rev()
        .find(|&k| {
            let end = words[k - 1].0 + words[k - 1].1.len();
            is_desk(&name[..end]) && words[k..].iter().all(|(_, w)| person_word(w))
        })
        .map_or(name, |k| &name[words[k].0..])
}

/// A name without the post printed right after it, with no separator
/// ("Harriet Lowe Diplomatic editor" -> "Harriet Lowe"); the post in
/// sentence case, since a post in title case reads as one with the words
/// before it ("Chief Political Correspondent", "Middle East Editor").
fn without_trailing_post(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
        .collect();
    if !words
        .last()
        .is_some_and(|(_, w)| w.starts_with(char::is_lowercase))
    {
        return name;
    }
    (2..words.len())
        .find(|&k| {
            words.len() - k <= 3
                && bare_person(name[..words[k].0].trim_end())
                && is_desk(&name[words[k].0..])
        })
        .map_or(name, |k| name[..words[k].0].trim_end())
}

/// A name without the outlet it writes for ("MARTIN HOLLOWAY FOR WESTGATE
/// DAILY ONLINE", "Jane Doe for The Herald").
fn without_outlet(name: &str) -> &str {
    // ("Mariam Haddad of the Gulf Courier": the outlet she writes for)
    match name
        .split_once(" for ")
        .or_else(|| name.split_once(" FOR "))
        .or_else(|| name.split_once(" of the "))
    {
        Some((person, outlet))
            if outlet.split_whitespace().all(name_word)
                && person.split_whitespace().count() >= 2 =>
        {
            person
        }
        _ => name,
    }
}

/// A name without the place in brackets after it ("Joseph Mwangi
/// (Nairobi)").
fn without_bracketed_place(name: &str) -> &str {
    match name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
        Some((person, place))
            if (1..=3).contains(&place.split_whitespace().count())
                && place.split_whitespace().all(name_word) =>
        {
            person
        }
        _ => name,
    }
}

impl<'a> Line<'a> {
    pub fn new(text: &'a str, chrome: &ChromeDictionary) -> Line<'a> {
        let trimmed = text.trim();
        let mut words = 0usize;
        let mut lower = 0usize;
        for w in trimmed.split_whitespace() {
            words += 1;
            let first = w.chars().find(|c| c.is_alphanumeric());
            if first.is_some_and(char::is_lowercase) {
                lower += 1;
            }
        }
        let lower_ratio = if words == 0 {
            0.0
        } else {
            lower as f32 / words as f32
        };
        let terminal = ends_sentence(trimmed);
        let mut line = Line {
            text,
            words,
            lower_ratio,
            terminal,
            shape: Shape::Blank,
            promo: false,
        };
        line.shape = line.shape_of(trimmed, chrome);
        line.promo = !trimmed.is_empty() && chrome.teaser(trimmed);
        line
    }

    fn shape_of(&self, trimmed: &str, chrome: &ChromeDictionary) -> Shape {
        if trimmed.is_empty() {
            return Shape::Blank;
        }
        if let Some(date) = parse_date_line(trimmed) {
            return Shape::Date(date);
        }
        if let Some(kind) = chrome.classify(trimmed) {
            return Shape::Chrome(kind.clone());
        }
        if field_row(trimmed) {
            if let Some(kind) = chrome.kind("database-fields") {
                return Shape::Chrome(kind.clone());
            }
        }
        if wiki_tagline(trimmed) || print_margin(trimmed) {
            if let Some(kind) = chrome.kind("stored-copy") {
                return Shape::Chrome(kind.clone());
            }
        }
        if is_share_line(trimmed) {
            if let Some(kind) = chrome.kind("share") {
                return Shape::Chrome(kind.clone());
            }
        }
        if contributor_note(trimmed, self.words) {
            if let Some(kind) = chrome.kind("contributor-note") {
                return Shape::Chrome(kind.clone());
            }
        }
        if is_caption(trimmed, self.words) {
            if let Some(kind) = chrome.kind("caption") {
                return Shape::Chrome(kind.clone());
            }
        }
        if self.words <= 16 {
            if let Some(names) = segmented_byline(trimmed) {
                return Shape::Byline(names);
            }
            if let Some(names) = name_with_desk(trimmed) {
                return Shape::Byline(names);
            }
            if let Some(names) = placed_names(trimmed) {
                return Shape::Byline(names);
            }
            if let Some(name) = name_with_handle(trimmed) {
                return Shape::Byline(vec![name]);
            }
            if let Some(names) = names_with_agencies(trimmed) {
                return Shape::Byline(names);
            }
            if [
                " reports from ",
                " reporting from ",
                "additional reporting by",
            ]
            .iter()
            .any(|w| trimmed.contains(w))
            {
                if let Some(name) = placed_byline(trimmed) {
                    return Shape::Byline(vec![name]);
                }
            }
        }
        if self.words <= 45 {
            if let Some(names) = without_appositives(trimmed).and_then(|t| byline_names(&t)) {
                // full names only ("By Thursday, the ..." names no one)
                if !names.is_empty() && names.iter().all(|n| n.contains(' ')) {
                    return Shape::Byline(names);
                }
            }
        }
        if self.words <= 40 {
            let names = credit_names(trimmed);
            if !names.is_empty() {
                return Shape::Byline(names);
            }
        }
        // "Home / India / India and China reach ...": a breadcrumb ending
        // in the headline is no prose
        let crumbs = || {
            [" / ", " > ", " › ", " » "]
                .iter()
                .map(|s| trimmed.matches(s).count())
                .max()
                .unwrap_or(0)
        };
        if self.is_prose() && (self.terminal || crumbs() < 2) && !crate::text::is_menu(trimmed) {
            return Shape::Sentence;
        }
        // ("Joseph Mwangi (Nairobi)": a name and the place it writes from)
        let ws: Vec<&str> = without_bracketed_place(trimmed)
            .split_whitespace()
            .collect();
        if (1..=4).contains(&ws.len()) && !self.terminal && ws.iter().all(|w| name_word(w)) {
            return Shape::Name;
        }
        // "Dr Hanna Berg and Mikael Strand": two or three full names
        let parts: Vec<&str> = trimmed
            .split(" and ")
            .flat_map(|p| p.split(" & "))
            .flat_map(|p| p.split(", "))
            .collect();
        let full_name = |p: &&str| {
            let ws: Vec<&str> = p.split_whitespace().collect();
            (2..=4).contains(&ws.len()) && ws.iter().all(|w| name_word(w))
        };
        if (2..=3).contains(&parts.len()) && !self.terminal && parts.iter().all(full_name) {
            return Shape::Name;
        }
        Shape::Heading
    }

    /// Prose: a sentence with enough lower-case words, or a long paragraph
    /// that lost its final punctuation.
    fn is_prose(&self) -> bool {
        (self.terminal && self.words >= 4 && self.lower_ratio >= 0.3)
            // a long sentence full of titles and names ("Armenian Foreign
            // Minister Ararat Mirzoyan met ... on September 12.")
            || (self.terminal && self.words >= 12 && self.lower_ratio >= 0.15)
            || (self.words >= 12 && self.lower_ratio >= 0.45)
            || (self.words >= 25 && self.lower_ratio >= 0.3)
    }

    pub fn is_blank(&self) -> bool {
        self.shape == Shape::Blank
    }

    pub fn is_sentence(&self) -> bool {
        self.shape == Shape::Sentence
    }

    /// Could be a headline in a list of related links.
    pub fn is_headline_like(&self) -> bool {
        matches!(self.shape, Shape::Heading | Shape::Name | Shape::Sentence)
            && self.words <= 30
            && (self.lower_ratio < 0.5 || self.words <= 16)
    }

    pub fn trimmed(&self) -> &'a str {
        self.text.trim()
    }
}

/// "Format: Situation Report   Themes: Health, Protection   Language:
/// English": a row of a portal's labelled fields, set apart by wide
/// spaces.
fn field_row(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^\p{Lu}[\p{L}\- ]{1,24}:\s+\S").expect("field pattern is valid")
    });
    let fields: Vec<&str> = text
        .split("   ")
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    fields.len() >= 2 && fields.iter().all(|f| re.is_match(f))
}

/// The margins a browser prints on every page of a saved page: the print
/// time and the page's <title> above ("2/28/24, 9:41 AM   Headline |
/// Site"), the address and the page count below ("https://…   1/3").
fn print_margin(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s{2,}\S.*|https?://\S+\s{2,}\d{1,3}/\d{1,3})$")
            .expect("print margin pattern is valid")
    })
    .is_match(text)
}

/// The tagline a wiki prints under every page's heading: "From Wikipedia,
/// the free encyclopedia", "From Wikinews, the free news source you can
/// write!", and the same on wikis of other names.
fn wiki_tagline(text: &str) -> bool {
    text.strip_prefix("From ")
        .and_then(|rest| rest.split_once(", the free "))
        .is_some_and(|(site, what)| {
            site.split_whitespace().count() <= 4
                && site.starts_with(char::is_uppercase)
                && what.split_whitespace().count() <= 6
                && !what.contains(',')
                && !what.ends_with('.')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(s: &str) -> Shape {
        Line::new(s, &ChromeDictionary::default()).shape
    }

    #[test]
    fn a_row_of_labelled_fields_is_chrome() {
        assert!(matches!(
            shape(
                "Format: News and Press Release   Themes: Food and Nutrition   Language: English"
            ),
            Shape::Chrome(_)
        ));
        assert!(!matches!(
            shape("Warning: the road is closed   and the bridge is out"),
            Shape::Chrome(_)
        ));
    }

    #[test]
    fn a_browsers_print_margins_are_chrome() {
        for margin in [
            "3/14/25, 10:02 PM                Talks resume in Geneva | The Ledger",
            "https://www.ledger.example/world/talks-resume-geneva                2/4",
        ] {
            assert!(matches!(shape(margin), Shape::Chrome(_)), "{margin}");
        }
        assert!(!matches!(
            shape("3/14/25, 10:02 PM: the talks resumed in Geneva after a pause."),
            Shape::Chrome(_)
        ));
    }

    #[test]
    fn an_issuing_body_is_no_writer() {
        assert!(split_names("U.S. Embassy Addis Ababa").is_empty());
        assert!(split_names("Press Office").is_empty());
        assert_eq!(split_names("Ana Office"), Vec::<String>::new());
        assert_eq!(
            split_names("Ana Mission-Lopez"),
            vec!["Ana Mission-Lopez".to_string()]
        );
    }

    #[test]
    fn a_translated_genitive_byline_names_the_writer() {
        assert_eq!(
            split_names("Of Maria Papadaki"),
            vec!["Maria Papadaki".to_string()]
        );
        assert_eq!(
            split_names("Maria Papadaki and Of Nikos Ioannou"),
            vec!["Maria Papadaki".to_string(), "Nikos Ioannou".to_string()]
        );
    }

    #[test]
    fn shapes_of_typical_lines() {
        assert_eq!(shape("He did not elaborate."), Shape::Sentence);
        assert_eq!(
            shape("Marta Ibáñez Soler | @mibanezsoler"),
            Shape::Byline(vec!["Marta Ibáñez Soler".into()])
        );
        assert_eq!(
            shape("Opinion by Tomasz Wieczorek"),
            Shape::Byline(vec!["Tomasz Wieczorek".into()])
        );
        assert_eq!(shape("Alex Raufoglu"), Shape::Name);
        assert_eq!(shape("Washington D.C."), Shape::Name);
        assert!(matches!(shape("09.Dec.2025"), Shape::Date(_)));
        assert!(matches!(shape("Leave a Reply"), Shape::Chrome(_)));
        assert!(matches!(
            shape("From Wikinews, the free news source you can write!"),
            Shape::Chrome(_)
        ));
        assert_eq!(
            shape("From Baku, the free port plan looks distant, officials said."),
            Shape::Sentence
        );
        assert_eq!(
            shape("By Jane Doe and John Roe"),
            Shape::Byline(vec!["Jane Doe".into(), "John Roe".into()])
        );
        // a byline with the date: a stamp that names the writer
        assert!(matches!(
            shape("By FEDERICA LUSIARDI - 2019-04-10"),
            Shape::Date(d) if d.by.as_deref() == Some("FEDERICA LUSIARDI")
        ));
        assert!(matches!(
            shape("A soldier walks past a damaged building in Kharkiv, Ukraine, May 3, 2024. REUTERS/Jane Doe"),
            Shape::Chrome(k) if k.kind == "caption"
        ));
        assert!(matches!(
            shape("copyright Example News 2019 - ISSN: 1234-5678"),
            Shape::Chrome(_)
        ));
        // bracketed media labels, in any language
        for caption in [
            "[Image: Delegates arrive for the summit in Vilnius. Credit: Baltic Wire]",
            "[Foto] Riot police outside the Congress building on Sunday.",
            "[Фото] Troops on the road near Belgorod.",
            // a source after the caption, a photographer in capitals for
            // the paper
            "A border guard patrol near Silene in Augšdaugava. Source: State Border Guard",
            "Supporters light flares outside city hall on Monday night. NIKOS PAPAS/FOR THE HARBOUR COURIER",
        ] {
            assert!(
                matches!(shape(caption), Shape::Chrome(ref k) if k.kind == "caption"),
                "{caption}"
            );
        }
        assert_eq!(
            shape("The photographs were taken by Reuters staff in Kharkiv, officials said."),
            Shape::Sentence
        );
        // (a writer's name with the agency's in capitals is no credit)
        assert!(!matches!(
            shape("Ebba Lindqvist/TT"),
            Shape::Chrome(ref k) if k.kind == "caption"
        ));
        // a live page's notice that it has stopped; a partner network's
        // note on a shared story
        for (line, kind) in [
            (
                "This live page is no longer being updated. Times are Eastern European Time.",
                "live-ended",
            ),
            (
                "This story is shared through the Global Desk partner network.",
                "print-note",
            ),
        ] {
            assert!(
                matches!(shape(line), Shape::Chrome(ref k) if k.kind == kind),
                "{line}"
            );
        }
        assert_eq!(
            shape("Ukraine Strengthens Its Army Amid Growing Threats"),
            Shape::Heading
        );
        // a long paragraph that lost its final full stop is still prose
        assert_eq!(
            shape("\"He conveyed the readiness of the U.S. to engage closely and support progress through a variety of means,\" reads the statement"),
            Shape::Sentence
        );
    }

    #[test]
    fn bylines_in_their_many_forms() {
        let byline = |s: &str| match shape(s) {
            Shape::Byline(names) => names,
            other => panic!("{s:?} read as {other:?}"),
        };
        assert_eq!(
            byline("By Marta Ruiz in Quito and Tomas Leiva in Lima"),
            ["Marta Ruiz", "Tomas Leiva"]
        );
        assert_eq!(
            byline("By Kim Ha-eun and Oh Ji-ho / Staff reporters, with Reuters"),
            ["Kim Ha-eun", "Oh Ji-ho"]
        );
        assert_eq!(byline("Interview by Petra Holm"), ["Petra Holm"]);
        assert_eq!(
            byline("Live coverage by Omar Siddiqui in Dhaka and Ruth Bell in London"),
            ["Omar Siddiqui", "Ruth Bell"]
        );
        assert_eq!(
            byline("Redacción Quito / By Lucía Andrade Mora"),
            ["Lucía Andrade Mora"]
        );
        assert_eq!(
            byline("Written by Pierre Alix. Edited by Dana Frost."),
            ["Pierre Alix"]
        );
        assert_eq!(
            byline("Nadia Karimi, Gulf correspondent, and Paul Egan in Berlin"),
            ["Nadia Karimi", "Paul Egan"]
        );
        // foreign-language editions, credit labels, credits in segments
        assert_eq!(
            byline("Por Helena Castro e Duarte Lobo"),
            ["Helena Castro", "Duarte Lobo"]
        );
        assert_eq!(byline("di Chiara Benedetti"), ["Chiara Benedetti"]);
        assert_eq!(byline("Correspondent: Pavel Sokolov"), ["Pavel Sokolov"]);
        assert_eq!(
            byline("Hosts: Amara Diallo and Jon Berg"),
            ["Amara Diallo", "Jon Berg"]
        );
        assert_eq!(
            byline("Photography: Lea Brandt · Text: Mikael Strand"),
            ["Mikael Strand"]
        );
        // an outlet or a place beside the name is not a name
        assert_eq!(byline("By Rhys Owen, The Harbour Gazette"), ["Rhys Owen"]);
        assert_eq!(byline("Reporter: Amina Yusuf, Mogadishu"), ["Amina Yusuf"]);
        assert_eq!(
            byline("By Sipan Hamo, Qamishli Bureau Chief"),
            ["Sipan Hamo"]
        );
        assert_eq!(
            byline("Compiled by Nour Haddad | With reporting by Ali Saleh in Aden"),
            ["Nour Haddad", "Ali Saleh"]
        );
        assert_eq!(byline("Jane Doe / Reuters"), ["Jane Doe"]);
        assert_eq!(byline("Jane Doe (AFP)"), ["Jane Doe"]);
        assert!(!matches!(
            shape("Talks resume in Geneva (AFP)"),
            Shape::Byline(_)
        ));
        // the kind of piece, the credit for words and pictures
        assert_eq!(byline("Obituary by Jane Doe"), ["Jane Doe"]);
        assert_eq!(
            byline("From our correspondent Jane Doe in Geneva"),
            ["Jane Doe"]
        );
        // a gallery's curator, a letter's signature
        assert_eq!(
            byline("Gallery curated by Ifrah Warsame"),
            ["Ifrah Warsame"]
        );
        assert_eq!(
            byline("(Signed) Carolyn Rodrigues-Birkett"),
            ["Carolyn Rodrigues-Birkett"]
        );
        // a staff byline names no one but is still a byline
        assert_eq!(shape("By  HARBOUR POST STAFF"), Shape::Byline(Vec::new()));
        // a minister with a post is no byline
        assert!(!matches!(
            shape("Ann Linde, Foreign Minister"),
            Shape::Byline(_)
        ));
    }

    #[test]
    fn bylines_with_ranks_posts_places_and_foreign_labels() {
        let chrome = ChromeDictionary::default();
        let names = |t: &str| match Line::new(t, &chrome).shape {
            Shape::Byline(n) => n,
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(names("By Col. (ret.) Janis Berzins"), ["Janis Berzins"]);
        assert_eq!(names("Muhabir: Ayşe Kaya"), ["Ayşe Kaya"]);
        assert_eq!(
            names("Dr Clara Moss | Senior Fellow, Maritime Security Program"),
            ["Clara Moss"]
        );
        assert_eq!(
            names("Rafiq Ahmed, Cox's Bazar, and Staff Correspondent"),
            ["Rafiq Ahmed"]
        );
        assert_eq!(
            names("Summary written by Joan Pike, Parliamentary Reporter"),
            ["Joan Pike"]
        );
        // two full names on a line of their own have a name's shape
        assert_eq!(
            Line::new("Dr Hanna Lind and Erik Sand", &chrome).shape,
            Shape::Name
        );
        // a breadcrumb ending in a headline and a menu are no prose
        assert_ne!(
            Line::new(
                "Home / World / Ministers agree to extend the grain corridor for a year",
                &chrome
            )
            .shape,
            Shape::Sentence
        );
        assert_ne!(
            Line::new(
                "Who we are   What we do   Where we work   Law and policy   Document library",
                &chrome
            )
            .shape,
            Shape::Sentence
        );
    }

    #[test]
    fn bylines_with_agencies_honours_bullets_and_more_labels() {
        let chrome = ChromeDictionary::default();
        let names = |t: &str| match Line::new(t, &chrome).shape {
            Shape::Byline(n) => n,
            other => panic!("{t}: {other:?}"),
        };
        // the agency's possessive before its writer; the label glued to
        // the name; a knighthood and its honours
        assert_eq!(
            names("By AFP's Leila Haddad and Tom Berg"),
            ["Leila Haddad", "Tom Berg"]
        );
        assert_eq!(names("By Agencias’ Marta Gil"), ["Marta Gil"]);
        assert_eq!(
            names("ByNoura Saleh and Idris Kamal"),
            ["Noura Saleh", "Idris Kamal"]
        );
        assert_eq!(names("By Dame Helen Marsh DBE"), ["Helen Marsh"]);
        assert_eq!(names("By Sir Peter Lane KCMG, CMG"), ["Peter Lane"]);
        // Hebrew, Georgian and Greek labels; names set apart by bullets
        assert_eq!(
            names("מאת: Dana Levi, Amir Katz"),
            ["Dana Levi", "Amir Katz"]
        );
        assert_eq!(
            names("ავტორები: Tamar Kapanadze • Levan Abashidze"),
            ["Tamar Kapanadze", "Levan Abashidze"]
        );
        assert_eq!(names("Γράφει: Maria Nikolaou"), ["Maria Nikolaou"]);
        assert_eq!(
            names("Contributors: Rami Odeh, Lina Saad"),
            ["Rami Odeh", "Lina Saad"]
        );
        // a bullet before the reading time still ends the byline
        assert_eq!(names("By Jane Doe • 5 min read"), ["Jane Doe"]);
        // Danish, Albanian and Armenian labels; a writer with the outlet
        // she writes for; a reporter who also wrote the story
        assert_eq!(
            names("Af Karen Vinding og Søren Holt"),
            ["Karen Vinding", "Søren Holt"]
        );
        assert_eq!(
            names("Nga: Blerta Hoxha dhe Ilir Berisha"),
            ["Blerta Hoxha", "Ilir Berisha"]
        );
        assert_eq!(names("Հեղինակ: Lilit Petrosyan"), ["Lilit Petrosyan"]);
        assert_eq!(
            names("By Nadia Farouk of the Red Sea Herald"),
            ["Nadia Farouk"]
        );
        assert_eq!(
            names("Reported and written by Tomas Berg in Odesa"),
            ["Tomas Berg"]
        );
        // writers with their places, set apart by semicolons
        assert_eq!(
            names("Helen Carver, Brussels; Ito Haruki, Tokyo; Park Min-ji, Seoul"),
            ["Helen Carver", "Ito Haruki", "Park Min-ji"]
        );
        // a beat named after a seat is no writer
        for beat in ["White House correspondent", "Kremlin correspondent"] {
            assert!(
                !matches!(Line::new(beat, &chrome).shape, Shape::Byline(_)),
                "{beat}"
            );
        }
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert!(!ends_sentence(
            "U.S. continues to engage directly with Armenia – State Dept."
        ));
        assert!(!ends_sentence("Washington D.C."));
        assert!(ends_sentence("They met in Brussels."));
        assert!(ends_sentence("“establishment of peace in the region.”"));
        assert!(ends_sentence("Was a Woman Killed?"));
        assert!(!ends_sentence("Headline without a stop"));
    }
}
