//! The features of each token: the word and its neighbours, shapes,
//! affixes, POS tags from dragoman-nlp's tagger, and what dragoman-actors'
//! gazetteer says about the token's span.
//!
//! A feature is a 64-bit hash of a template id and the values it combines;
//! the templates are numbered here and nowhere else, so that a model file
//! and the code that reads it agree ([`FEATURE_SET`] is stored in models
//! and checked on load).

use std::collections::HashSet;
use std::sync::OnceLock;

use dragoman_actors::{Gazetteer, MatchKind};
use dragoman_nlp::{Tags, Upos, Xpos};

pub(crate) use dragoman_nlp::fmix;

use crate::model::PAIR;

/// Version of the feature templates; bump on any change to this module.
pub(crate) const FEATURE_SET: u32 = 10;

const K: u64 = 0x9E37_79B9_7F4A_7C15;

#[inline]
fn feat(template: u64, a: u64, b: u64) -> u64 {
    let h = (template.wrapping_mul(K).rotate_left(17) ^ a).wrapping_mul(K);
    fmix((h.rotate_left(29) ^ b).wrapping_mul(K))
}

/// FNV-1a over the characters of `s`, finalised.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    fmix(h)
}

/// "Baku" -> "Xxxx", "G-7" -> "X-d"; at most 12 characters.
fn shape(w: &str) -> String {
    w.chars()
        .take(12)
        .map(|c| {
            if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            }
        })
        .collect()
}

/// The shape with runs collapsed: "Xxxx" -> "Xx".
fn short_shape(shape: &str) -> String {
    let mut out = String::new();
    for c in shape.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The crate's own word lists (`resources/`), lower-cased.
struct WordLists {
    first_names: HashSet<String>,
    surnames: HashSet<String>,
    /// Place names as lower-cased token sequences joined by spaces.
    places: PhraseList,
    /// Well-known organizations, the same way.
    companies: PhraseList,
    org_cues: HashSet<String>,
    /// Words before a person's name (titles, greetings).
    person_titles: HashSet<String>,
}

fn entries(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
}

fn word_lists() -> &'static WordLists {
    static LISTS: OnceLock<WordLists> = OnceLock::new();
    LISTS.get_or_init(|| WordLists {
        first_names: entries(include_str!("../resources/first_names.txt")).collect(),
        surnames: entries(include_str!("../resources/surnames.txt")).collect(),
        places: PhraseList::new(include_str!("../resources/places.txt")),
        companies: PhraseList::new(include_str!("../resources/companies.txt")),
        org_cues: entries(include_str!("../resources/org_cues.txt")).collect(),
        person_titles: entries(include_str!("../resources/person_titles.txt")).collect(),
    })
}

/// Lower-cased names of one or more tokens (joined by spaces).
struct PhraseList {
    phrases: HashSet<String>,
    longest: usize,
}

impl PhraseList {
    fn new(text: &str) -> PhraseList {
        let phrases: HashSet<String> = entries(text).collect();
        let longest = phrases
            .iter()
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(1);
        PhraseList { phrases, longest }
    }
}

const MONTHS_AND_DAYS: &[&str] = &[
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// For each token: 1 if it begins a listed phrase, 2 inside one, 0
/// otherwise (longest match first).
fn phrase_marks(lower: &[String], list: &PhraseList) -> Vec<u64> {
    let n = lower.len();
    let mut marks = vec![0; n];
    let mut i = 0;
    while i < n {
        let mut matched = 0;
        for len in (1..=list.longest.min(n - i)).rev() {
            if list.phrases.contains(&lower[i..i + len].join(" ")) {
                matched = len;
                break;
            }
        }
        if matched > 0 {
            marks[i] = 1;
            for m in marks.iter_mut().skip(i + 1).take(matched - 1) {
                *m = 2;
            }
            i += matched;
        } else {
            i += 1;
        }
    }
    marks
}

/// What an unannotated treebank says about each word (lower-cased): how
/// often it is capitalised away from the sentence start and how often it is
/// a proper noun, each in four buckets (the low byte), and its word classes
/// ([`crate::clusters`]): the coarse one in the second byte, the fine one in
/// the upper 16 bits (each 1-based, 0: none); stored in the model file.
pub(crate) type WordStats = std::collections::HashMap<
    u64,
    u32,
    std::hash::BuildHasherDefault<dragoman_nlp::IdentityHasher>,
>;

/// Number of coarse and fine word classes.
pub(crate) const COARSE_CLASSES: usize = 48;
pub(crate) const FINE_CLASSES: usize = 256;
const CLASS_PASSES: usize = 8;

/// Builds [`WordStats`] from CoNLL-U sentences (forms and gold UPOS only).
pub(crate) fn word_stats(sents: &[dragoman_nlp::conllu::ConlluSentence]) -> WordStats {
    let mut counts: std::collections::HashMap<u64, [u32; 3]> = std::collections::HashMap::new();
    for s in sents {
        for (i, w) in s.words.iter().enumerate() {
            let c = counts.entry(hash_str(&w.form.to_lowercase())).or_default();
            c[0] += 1;
            if i > 0 && w.form.chars().next().is_some_and(char::is_uppercase) {
                c[1] += 1;
            }
            if w.upos == Upos::Propn {
                c[2] += 1;
            }
        }
    }
    let bucket = |k: u32, n: u32| -> u32 {
        if k == 0 {
            0
        } else if k * 2 < n {
            1
        } else if k < n {
            2
        } else {
            3
        }
    };
    let mut stats: WordStats = counts
        .into_iter()
        .map(|(h, [n, cap, propn])| {
            let freq = if n >= 5 { 16 } else { 0 };
            (h, 1 + freq + bucket(cap, n) * 4 + bucket(propn, n))
        })
        .collect();
    let lower: Vec<Vec<String>> = sents
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.to_lowercase()).collect())
        .collect();
    for (k, shift) in [(COARSE_CLASSES, 8), (FINE_CLASSES, 16)] {
        for (w, c) in crate::clusters::word_classes(&lower, k, CLASS_PASSES) {
            if let Some(v) = stats.get_mut(&hash_str(&w)) {
                *v |= (c as u32 + 1) << shift;
            }
        }
    }
    stats
}

/// What the gazetteer says about one token.
#[derive(Debug, Clone, Copy, Default)]
struct GazInfo {
    /// Kind of the match covering the token, 1-based (0: none), and whether
    /// the token begins it.
    kind: u64,
    begins: bool,
    ambiguous: bool,
    /// The previous token ends a role title ("President", "Foreign Minister").
    after_role: bool,
}

fn match_kind_id(k: MatchKind) -> u64 {
    match k {
        MatchKind::CountryName => 1,
        MatchKind::Demonym => 2,
        MatchKind::Capital => 3,
        MatchKind::Metonym => 4,
        MatchKind::Region => 5,
        MatchKind::Organization => 6,
        MatchKind::Role => 7,
        MatchKind::Group => 8,
    }
}

fn gazetteer_info(gaz: &Gazetteer, words: &[&str]) -> Vec<GazInfo> {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(words.len());
    for w in words {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(w);
    }
    let mut info = vec![GazInfo::default(); words.len()];
    for m in gaz.find(&text) {
        // tokens whose start lies inside the match
        let first = starts.partition_point(|&s| s < m.span.start);
        let last = starts.partition_point(|&s| s < m.span.end);
        if first >= last {
            continue;
        }
        let kind = match_kind_id(m.kind);
        for (i, g) in info.iter_mut().enumerate().take(last).skip(first) {
            g.kind = kind;
            g.begins = i == first;
            g.ambiguous = m.ambiguous;
        }
        if m.kind == MatchKind::Role {
            if let Some(g) = info.get_mut(last) {
                g.after_role = true;
            }
        }
    }
    info
}

/// What the other sentences of a document say about each word: how often
/// it occurs (lower-cased) and how often capitalised away from the start of
/// a sentence. A name written in lower case once ("enron", "tampa") is
/// often capitalised elsewhere in the same e-mail or review, and a
/// capitalised sentence-initial word that is capitalised mid-sentence
/// elsewhere is a name.
#[derive(Debug, Default)]
pub(crate) struct DocContext {
    counts: std::collections::HashMap<
        u64,
        (u32, u32),
        std::hash::BuildHasherDefault<dragoman_nlp::IdentityHasher>,
    >,
}

impl DocContext {
    pub(crate) fn new(sentences: &[&[&str]]) -> DocContext {
        let mut counts: std::collections::HashMap<u64, (u32, u32), _> = Default::default();
        for s in sentences {
            for (i, w) in s.iter().enumerate() {
                let c: &mut (u32, u32) = counts.entry(hash_str(&w.to_lowercase())).or_default();
                c.0 += 1;
                if i > 0 && w.chars().next().is_some_and(char::is_uppercase) {
                    c.1 += 1;
                }
            }
        }
        DocContext { counts }
    }
}

/// Per-sentence context shared by the feature extraction of each token.
pub(crate) struct SentenceFeatures {
    /// Features of each token.
    pub(crate) tokens: Vec<Vec<u64>>,
    /// For each token, how many of its first features name the word itself
    /// (the word, its bigrams, word and tag, word and gazetteer kind):
    /// training hides them now and then so that the model also learns to
    /// recognise names it has never seen from their shape, context and the
    /// word lists.
    pub(crate) lexical: Vec<usize>,
}

/// Computes the features of every token of a sentence, given its POS tags.
pub(crate) fn sentence_features(
    tags: &Tags,
    gaz: &Gazetteer,
    stats: &WordStats,
    doc: &DocContext,
    words: &[&str],
) -> SentenceFeatures {
    let n = words.len();
    let gazi = gazetteer_info(gaz, words);
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let lh: Vec<u64> = lower.iter().map(|w| hash_str(w)).collect();
    let wh: Vec<u64> = words.iter().map(|w| hash_str(w)).collect();
    let shapes: Vec<String> = words.iter().map(|w| shape(w)).collect();
    let sh: Vec<u64> = shapes.iter().map(|s| hash_str(s)).collect();
    let ssh: Vec<u64> = shapes.iter().map(|s| hash_str(&short_shape(s))).collect();
    let upos = |i: usize| tags.upos.get(i).map_or(Upos::X, |u| *u) as u64;
    let xpos = |i: usize| tags.xpos.get(i).map_or(Xpos::Xx, |u| *u) as u64;
    // lower-case sentences (common in web text) and all-caps ones change what
    // capitals mean
    let letters: Vec<char> = words
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphabetic())
        .collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let case_mode: u64 = if upper == 0 {
        1
    } else if upper * 10 >= letters.len() * 8 && letters.len() > 6 {
        2
    } else {
        0
    };
    let lists = word_lists();
    let places = phrase_marks(&lower, &lists.places);
    let companies = phrase_marks(&lower, &lists.companies);
    let is_cap = |i: usize| words[i].chars().next().is_some_and(char::is_uppercase);
    let first_name =
        |j: isize| j >= 0 && (j as usize) < n && lists.first_names.contains(&lower[j as usize]);
    // for each token in a run of capitalised words: whether the run holds an
    // organization cue word ("Acme Corp", "University of X" counts "of" in)
    let mut run_has_cue = vec![false; n];
    let mut i = 0;
    while i < n {
        if !is_cap(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && (is_cap(j) || (lower[j] == "of" && j + 1 < n && is_cap(j + 1))) {
            j += 1;
        }
        let cue = (i..j).any(|k| lists.org_cues.contains(&lower[k]));
        for r in run_has_cue.iter_mut().take(j).skip(i) {
            *r = cue;
        }
        i = j;
    }
    const PAD: u64 = 0x5bd1_e995;
    let at = |v: &[u64], i: isize| -> u64 {
        if i < 0 || i as usize >= n {
            PAD ^ (i < 0) as u64
        } else {
            v[i as usize]
        }
    };
    let mut tokens = Vec::with_capacity(n);
    let mut lexical = Vec::with_capacity(n);
    for i in 0..n {
        let ii = i as isize;
        let w = words[i];
        let lw = &lower[i];
        let mut f = Vec::with_capacity(64);
        // the word's identity first: training may hide these (see
        // `SentenceFeatures::lexical`)
        f.push(feat(1, wh[i], 0));
        f.push(feat(2, lh[i], 0));
        f.push(feat(11, at(&lh, ii - 1), lh[i]));
        f.push(feat(12, lh[i], at(&lh, ii + 1)));
        f.push(feat(23, xpos(i), lh[i]));
        let g = gazi[i];
        if g.kind != 0 {
            f.push(feat(32, g.kind, lh[i]));
        }
        lexical.push(f.len());
        f.push(feat(0, 0, 0));
        f.push(feat(3, sh[i], 0));
        f.push(feat(4, ssh[i], case_mode));
        let chars: Vec<char> = lw.chars().collect();
        for k in 1..=4usize {
            if chars.len() > k {
                let pre: String = chars[..k].iter().collect();
                let suf: String = chars[chars.len() - k..].iter().collect();
                f.push(feat(5, k as u64, hash_str(&pre)));
                f.push(feat(6, k as u64, hash_str(&suf)));
            }
        }
        f.push(feat(7, at(&lh, ii - 1), 0));
        f.push(feat(8, at(&lh, ii + 1), 0));
        f.push(feat(9, at(&lh, ii - 2), 0));
        f.push(feat(10, at(&lh, ii + 2), 0));
        f.push(feat(13, at(&ssh, ii - 1), ssh[i]));
        f.push(feat(14, ssh[i], at(&ssh, ii + 1)));
        f.push(feat(15, at(&ssh, ii - 1), at(&ssh, ii + 1)));
        f.push(feat(16, upos(i), 0));
        f.push(feat(17, xpos(i), 0));
        let xp = |j: isize| {
            if j < 0 || j as usize >= n {
                99
            } else {
                xpos(j as usize)
            }
        };
        f.push(feat(18, xp(ii - 1), xpos(i)));
        f.push(feat(19, xpos(i), xp(ii + 1)));
        f.push(feat(20, xp(ii - 1), xp(ii + 1)));
        f.push(feat(21, xpos(i), ssh[i]));
        f.push(feat(22, (i == 0) as u64, ssh[i]));
        if g.kind != 0 {
            f.push(feat(30, g.kind, g.begins as u64));
            f.push(feat(31, g.kind, g.ambiguous as u64));
        }
        let gk = |j: isize| {
            if j < 0 || j as usize >= n {
                0
            } else {
                gazi[j as usize].kind
            }
        };
        f.push(feat(33, gk(ii - 1), gk(ii + 1)));
        if g.after_role {
            f.push(feat(34, ssh[i], 0));
        }
        // a capitalised word after a title-cased word, e.g. inside a name
        if w.chars().next().is_some_and(char::is_uppercase) {
            f.push(feat(35, at(&ssh, ii - 1), at(&lh, ii - 1)));
            f.push(feat(36, at(&ssh, ii + 1), at(&lh, ii + 1)));
        }
        f.push(feat(37, chars.len().min(12) as u64, ssh[i]));
        if first_name(ii) {
            f.push(feat(40, ssh[i], 0));
        }
        f.push(feat(41, first_name(ii - 1) as u64, ssh[i]));
        f.push(feat(42, first_name(ii + 1) as u64, ssh[i]));
        let surname =
            |j: isize| j >= 0 && (j as usize) < n && lists.surnames.contains(&lower[j as usize]);
        if surname(ii) {
            f.push(feat(63, ssh[i], first_name(ii - 1) as u64));
        }
        if first_name(ii) {
            f.push(feat(64, surname(ii + 1) as u64, at(&ssh, ii + 1)));
        }
        if w.contains('@') {
            f.push(feat(65, w.starts_with('@') as u64, 0));
        }
        if lw.starts_with("http")
            || lw.starts_with("www.")
            || lw.ends_with(".com")
            || lw.ends_with(".org")
            || lw.ends_with(".net")
        {
            f.push(feat(66, 0, 0));
        }
        if places[i] != 0 {
            f.push(feat(43, places[i], ssh[i]));
            // whatever the case of the word (web text writes "chicago"),
            // and with the word before ("in", "to", "near")
            f.push(feat(95, places[i], 0));
            f.push(feat(96, places[i], at(&lh, ii - 1)));
        }
        let pm = |j: isize| {
            if j < 0 || j as usize >= n {
                0
            } else {
                places[j as usize]
            }
        };
        f.push(feat(44, pm(ii - 1), pm(ii + 1)));
        if lists.org_cues.contains(lw) {
            f.push(feat(45, ssh[i], 0));
        }
        f.push(feat(46, run_has_cue[i] as u64, ssh[i]));
        let title = |j: isize| {
            j >= 0 && (j as usize) < n && lists.person_titles.contains(&lower[j as usize])
        };
        f.push(feat(47, title(ii - 1) as u64, ssh[i]));
        let info = |j: isize| {
            if j < 0 || j as usize >= n {
                u32::MAX
            } else {
                stats.get(&lh[j as usize]).copied().unwrap_or(0)
            }
        };
        let ws = |j: isize| (info(j) & 0xff) as u64;
        let coarse = |j: isize| ((info(j) >> 8) & 0xff) as u64;
        let fine = |j: isize| (info(j) >> 16) as u64;
        f.push(feat(50, ws(ii), ssh[i]));
        f.push(feat(51, ws(ii), xpos(i)));
        f.push(feat(52, ws(ii - 1), ws(ii)));
        f.push(feat(53, ws(ii), ws(ii + 1)));
        // distributional word classes of the word
        f.push(feat(54, fine(ii), 0));
        f.push(feat(55, fine(ii), ssh[i]));
        f.push(feat(56, coarse(ii), ssh[i]));
        // the word classes of the neighbours with the word's shape ("in"-like
        // word before a capitalised one)
        f.push(feat(67, fine(ii - 1), ssh[i]));
        f.push(feat(68, fine(ii + 1), ssh[i]));
        // the same word elsewhere in the document (this occurrence not
        // counted): capitalised mid-sentence never, sometimes, always
        let (total, cap) = doc.counts.get(&lh[i]).copied().unwrap_or((1, 0));
        let own_cap = (i > 0 && is_cap(i)) as u32;
        let (total, cap) = (total.saturating_sub(1), cap.saturating_sub(own_cap));
        if total > 0 {
            let b = if cap == 0 {
                0
            } else if cap < total {
                1
            } else {
                2
            };
            f.push(feat(90, b, ssh[i]));
            f.push(feat(91, b, (i == 0) as u64));
        }
        if companies[i] != 0 {
            f.push(feat(60, companies[i], ssh[i]));
            f.push(feat(97, companies[i], 0));
        }
        if MONTHS_AND_DAYS.contains(&lw.as_str()) {
            f.push(feat(61, ssh[i], 0));
        }
        for x in f.iter_mut() {
            *x &= !PAIR;
        }
        // transition features: their weights score the tag pair entering
        // this token
        f.push(PAIR | feat(70, ssh[i], 0));
        f.push(PAIR | feat(71, xpos(i), 0));
        f.push(PAIR | feat(72, at(&ssh, ii - 1), ssh[i]));
        f.push(PAIR | feat(73, g.kind, gk(ii - 1)));
        f.push(PAIR | feat(74, places[i] * 3 + companies[i], run_has_cue[i] as u64));
        tokens.push(f);
    }
    SentenceFeatures { tokens, lexical }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Baku"), "Xxxx");
        assert_eq!(short_shape(&shape("Baku")), "Xx");
        assert_eq!(shape("G-7"), "X-d");
    }

    #[test]
    fn word_lists_load_and_match_whatever_the_case() {
        let lists = word_lists();
        assert!(lists.person_titles.contains("sheikh"));
        assert!(lists.person_titles.contains("dear"));
        assert!(!lists.person_titles.contains("#"));
        assert!(lists.org_cues.contains("holdings"));
        let words = ["flights", "from", "vietnam", "to", "New", "York", "City"];
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        assert_eq!(
            phrase_marks(&lower, &lists.places),
            [0, 0, 1, 0, 1, 2, 0],
            "longest match first: New York (no New York City listed)"
        );
        let words = ["she", "joined", "the", "Mozilla", "Foundation", "."];
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        assert_eq!(phrase_marks(&lower, &lists.companies), [0, 0, 0, 1, 2, 0]);
    }

    #[test]
    fn gazetteer_marks_tokens() {
        let gaz = Gazetteer::builtin();
        let words = ["President", "Biden", "visited", "Azerbaijan", "."];
        let info = gazetteer_info(&gaz, &words);
        assert_eq!(info[0].kind, match_kind_id(MatchKind::Role));
        assert!(info[1].after_role);
        assert_eq!(info[3].kind, match_kind_id(MatchKind::CountryName));
        assert!(info[3].begins);
        assert_eq!(info[2].kind, 0);
    }
}
