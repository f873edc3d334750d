//! Quotes: direct quotations and reported speech, with their speakers.
//!
//! [`QuoteFinder::find`] reads a document's text with its linguistic
//! [`Analysis`] and its entities and returns [`DocQuote`]s (byte offsets)
//! in text order, ids `Q1`, `Q2`, ...
//!
//! 1. **Direct quotes** come from their marks ([`marks`]): every style,
//!    multi-sentence, multi-paragraph (a paragraph that opens with a mark
//!    continues an unclosed quote), partial quotes inside a sentence.
//! 2. **The cue** is a speech verb (`resources/cues.txt`) in the quote's
//!    sentence: after the quote (`," he said.`, `," said Price.`, `, reads
//!    the statement`, also past a long title) or before it (`Price said,
//!    "…"`, `He went on to elaborate, "…"`, `Grigoryan said the talks
//!    focused on a "…"`, `called the plan "…"`), or `according to X`; or
//!    one opening the next sentence when the splitter cut after the quote
//!    (`"…?" Trump said, raising ...`), or the paragraph above, when it
//!    ends with a colon (`Castellano said in a telephone interview:`). The
//!    speaker is the cue's subject; a
//!    participle or coordinated cue (`, saying`, `and added`) takes the
//!    subject of the clause it hangs on, or of the statement that clause
//!    reports.
//! 3. **The speaker** is resolved to an entity: a name through its
//!    mentions, `he`/`she` to the last person speaking or named before,
//!    `the statement` to whoever issued the statement last mentioned ("the
//!    statement by NSC Spokesperson Adrienne Watson"). A quote with no cue
//!    continues the previous quote's speaker when it follows it closely.
//! 4. **Reported speech**: a speech verb with a clausal complement outside
//!    any quote ("Price insisted on Monday that Azerbaijan should ...")
//!    gives a quote with `direct: false` whose text is the clause.

#![forbid(unsafe_code)]

pub mod marks;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use dragoman_core::{DocEntity, DocQuote, EntityKind, Span};
use dragoman_nlp::{Analysis, Deprel, Upos, Xpos};

/// The speech-cue lexicon.
#[derive(Debug, Default)]
struct Cues {
    lemmas: HashSet<String>,
    forms: HashSet<String>,
    /// Lemmas that cue a quote only as verbs ("answered", not "the White
    /// House answer").
    verbs_only: HashSet<String>,
    /// The forms of verbs that cue a quote only with a particle after
    /// them ("shot back", not "shot"), and that particle.
    particles: HashMap<String, String>,
}

impl Cues {
    fn parse(text: &str) -> Cues {
        let mut cues = Cues::default();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let (line, flag) = line.split_once('|').unwrap_or((line, ""));
            let mut words = line.split_whitespace();
            let Some(lemma) = words.next() else { continue };
            match flag.split_whitespace().collect::<Vec<_>>().as_slice() {
                ["verb"] => {
                    cues.verbs_only.insert(lemma.to_lowercase());
                }
                ["with", particle] => {
                    for form in line.split_whitespace() {
                        cues.particles
                            .insert(form.to_lowercase(), particle.to_lowercase());
                    }
                }
                _ => {}
            }
            cues.lemmas.insert(lemma.to_lowercase());
            cues.forms.insert(lemma.to_lowercase());
            for w in words {
                cues.forms.insert(w.to_lowercase());
            }
        }
        cues
    }
}

/// Finds quotes. Cheap to clone (the lexicon is shared).
#[derive(Debug, Clone)]
pub struct QuoteFinder {
    cues: Arc<Cues>,
}

impl Default for QuoteFinder {
    fn default() -> Self {
        static BUILTIN: OnceLock<Arc<Cues>> = OnceLock::new();
        QuoteFinder {
            cues: Arc::clone(
                BUILTIN
                    .get_or_init(|| Arc::new(Cues::parse(include_str!("../resources/cues.txt")))),
            ),
        }
    }
}

/// Nouns naming a written statement whose source speaks its quotes.
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "communique",
    "communiqué",
    "release",
    "readout",
    "post",
    "tweet",
    "letter",
    "declaration",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

/// Words the parser may take for a subject that never speak.
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "month",
    "year",
    "day",
    "night",
    "morning",
    "evening",
];

/// Entity mentions by position.
struct Mentions<'a> {
    entities: &'a [DocEntity],
    sorted: Vec<(Span, usize)>,
}

impl<'a> Mentions<'a> {
    fn new(entities: &'a [DocEntity]) -> Mentions<'a> {
        let mut sorted: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(k, e)| e.mentions.iter().map(move |&m| (m, k)))
            .collect();
        sorted.sort_by_key(|&(m, _)| (m.start, m.end));
        Mentions { entities, sorted }
    }

    /// The entity with a mention overlapping `span`; a person first.
    fn covering(&self, span: Span) -> Option<usize> {
        let end = self.sorted.partition_point(|(m, _)| m.start < span.end);
        let hits: Vec<usize> = self.sorted[..end]
            .iter()
            .rev()
            .take(64)
            .filter(|(m, _)| m.end > span.start)
            .map(|&(_, k)| k)
            .collect();
        hits.iter()
            .copied()
            .find(|&k| self.entities[k].kind == EntityKind::Person)
            .or_else(|| hits.first().copied())
    }

    /// The nearest person mentioned before `at`.
    fn person_before(&self, at: usize) -> Option<usize> {
        let end = self.sorted.partition_point(|(m, _)| m.start < at);
        self.sorted[..end]
            .iter()
            .rev()
            .find(|&&(m, k)| m.end <= at && self.entities[k].kind == EntityKind::Person)
            .map(|&(_, k)| k)
    }
}

/// A speaker found for a quote.
#[derive(Debug, Clone, Default, PartialEq)]
struct Speaker {
    entity: Option<usize>,
    text: Option<String>,
    cue: Option<String>,
}

/// What the attribution reads about one document.
struct Doc<'a> {
    text: &'a str,
    a: &'a Analysis,
    mentions: Mentions<'a>,
    cues: &'a Cues,
}

impl Doc<'_> {
    /// The token starting at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.a.tokens.partition_point(|t| t.span.end <= at)
    }

    fn word(&self, k: usize) -> &str {
        let s = self.a.tokens[k].span;
        &self.text[s.start..s.end]
    }

    fn lemma(&self, k: usize) -> String {
        self.a.lemma(k).to_lowercase()
    }

    fn is_cue(&self, k: usize) -> bool {
        let upos = self.a.tokens[k].upos;
        matches!(upos, Upos::Verb | Upos::Noun | Upos::Adj)
            // (a participle describing a noun says nothing: "the promised
            // powers")
            && self.a.tokens[k].deprel != Deprel::Amod
            // (a verb-only cue in its base form is mostly a noun the
            // tagger took for a verb: "the White House answer amounted to")
            && (!self.cues.verbs_only.contains(&self.lemma(k))
                || upos == Upos::Verb && self.a.tokens[k].xpos != Xpos::Vb)
            && self
                .cues
                .particles
                .get(&self.word(k).to_lowercase())
                .is_none_or(|_| self.with_particle(k))
            && (self.cues.lemmas.contains(&self.lemma(k))
                || self.with_particle(k)
                // "he went on": going on speaking
                || self.lemma(k) == "go"
                    && self.a.tokens[k].upos == Upos::Verb
                    && k + 1 < self.a.tokens.len()
                    && self.word(k + 1) == "on"
                    && self
                        .a
                        .tokens
                        .get(k + 2)
                        .is_none_or(|t| matches!(t.upos, Upos::Punct)))
    }

    /// Whether `k` is a cue that needs a particle and has it ("shot
    /// back"): a verb, however the tagger took it ("Trump shot back" read
    /// as a name and a noun).
    fn with_particle(&self, k: usize) -> bool {
        self.cues
            .particles
            .get(&self.word(k).to_lowercase())
            .is_some_and(|p| {
                k + 1 < self.a.tokens.len() && self.word(k + 1).eq_ignore_ascii_case(p)
            })
    }

    /// Whether "call" at `k` names what the quote starting at token
    /// `first` says ("called the plan “reckless”", "called it a
    /// “disgrace”"), not a call on or for someone or a phone call.
    fn names_quote(&self, k: usize, first: usize) -> bool {
        first > k
            && first - k <= 8
            && (k + 1..first).all(|j| {
                !matches!(
                    self.lemma(j).as_str(),
                    "on" | "for" | "off" | "up" | "out" | "back" | "in" | "to" | "," | "and"
                )
            })
    }

    /// The last person who is the subject of a clause between bytes `from`
    /// and `to`.
    fn subject_person_between(&self, from: usize, to: usize) -> Option<usize> {
        let (lo, hi) = (self.token_at(from), self.token_at(to));
        self.subject_person(lo, hi).or_else(|| {
            // (a misparsed sentence: the last person a speech verb follows,
            // "Ukraine's representative, Sergiy Kyslytsya, said")
            (lo..hi.saturating_sub(1)).rev().find_map(|j| {
                let next = (j + 1..hi).find(|&k| self.word(k) != ",")?;
                let e = self.mentions.covering(self.a.tokens[j].span)?;
                (self.mentions.entities[e].kind == EntityKind::Person
                    && self.mentions.covering(self.a.tokens[next].span) != Some(e)
                    && self.is_cue(next)
                    && self.a.tokens[next].upos == Upos::Verb)
                    .then_some(e)
            })
        })
    }

    /// The person who was last the subject of a sentence, in the two
    /// sentences before token `k` or its own.
    fn subject_person_before(&self, k: usize) -> Option<usize> {
        let s = self.a.tokens[k].sentence as usize;
        self.subject_person(self.a.sentences[s.saturating_sub(2)].tokens.start, k)
    }

    /// The last person among tokens `lo..hi` who is the subject of a
    /// clause: in a parsed sentence a subject, though not the subject of
    /// what someone else said, the complement of a speech verb (in "Guterres announced that Christodoulides
    /// and Tatar had agreed", a "he" after it is not Christodoulides); in
    /// an unparsed one, a name that opens it after title words.
    fn subject_person(&self, lo: usize, hi: usize) -> Option<usize> {
        let subject = |j: usize| {
            let s = self.a.tokens[j].sentence as usize;
            if self.a.sentence_parsed(s) {
                let reported = self.a.head(j).is_some_and(|h| {
                    self.a.tokens[h].deprel.as_str() == "ccomp"
                        && self.a.head(h).is_some_and(|v| self.is_cue(v))
                });
                // (or the name in apposition to a subject's title: "the
                // Chief Monitor, Yaşar Halit Çevik, visited ...")
                let subject_title = self.a.tokens[j].deprel.as_str() == "appos"
                    && self
                        .a
                        .head(j)
                        .is_some_and(|h| self.a.tokens[h].deprel.as_str().starts_with("nsubj"));
                return (self.a.tokens[j].deprel.as_str().starts_with("nsubj") || subject_title)
                    && !reported;
            }
            let start = self.a.sentences[s].tokens.start;
            j - start <= 4
                && (start..j).all(|i| {
                    matches!(
                        self.a.tokens[i].upos,
                        Upos::Propn | Upos::Noun | Upos::Det | Upos::Adj
                    )
                })
        };
        (lo..hi)
            .rev()
            .filter(|&j| subject(j))
            .filter_map(|j| self.mentions.covering(self.a.tokens[j].span))
            .find(|&e| self.mentions.entities[e].kind == EntityKind::Person)
    }

    /// The noun phrase around token `k` on the surface (for speaker text).
    fn phrase(&self, k: usize) -> (usize, usize) {
        let s = self.a.sentences[self.a.tokens[k].sentence as usize]
            .tokens
            .clone();
        let nominal = |j: usize| {
            matches!(
                self.a.tokens[j].upos,
                Upos::Propn | Upos::Noun | Upos::Adj | Upos::Num
            ) || matches!(self.word(j), "'s" | "’s" | "of" | "the" | "for")
                || (self.word(j) == "-"
                    && j > s.start
                    && j + 1 < s.end
                    && self.a.tokens[j - 1].upos == Upos::Propn
                    && self.a.tokens[j + 1].upos == Upos::Propn)
        };
        let (mut lo, mut hi) = (k, k);
        while lo > s.start && nominal(lo - 1) {
            lo -= 1;
        }
        while hi + 1 < s.end && nominal(hi + 1) {
            hi += 1;
        }
        while lo < k && matches!(self.word(lo), "the" | "of" | "for") {
            lo += 1;
        }
        while hi > k && matches!(self.word(hi), "the" | "of" | "for" | "'s" | "’s") {
            hi -= 1;
        }
        (lo, hi)
    }

    fn text_of(&self, lo: usize, hi: usize) -> String {
        let a = self.a.tokens[lo].span.start;
        let b = self.a.tokens[hi].span.end;
        self.text[a..b].to_string()
    }

    /// The subject of cue `v`: the parse's subject (not a date, not a word
    /// of the quote), else a name or pronoun right next to it (`," said
    /// Price`, `," he said`, `reads the statement`), else the last actor
    /// named before it in the sentence.
    fn cue_subject(&self, v: usize, quoted: &[Span]) -> Option<usize> {
        let usable = |k: usize| {
            let sp = self.a.tokens[k].span;
            !quoted
                .iter()
                .any(|q| q.start <= sp.start && sp.end <= q.end)
                && !TIME_WORDS.contains(&self.lemma(k).as_str())
                // (a quotation mark the parser hung as an argument)
                && self.a.tokens[k].upos != Upos::Punct
        };
        // "Rubio, who has called Trump “dangerous”": the subject `s` of
        // `verb`, or the one a relative pronoun stands for
        let stands_for = |s: usize, verb: usize| {
            if matches!(self.lemma(s).as_str(), "who" | "which" | "that")
                && self.a.tokens[verb].deprel.as_str().starts_with("acl")
            {
                if let Some(n) = self.a.head(verb).filter(|&n| n < verb && usable(n)) {
                    return n;
                }
            }
            s
        };
        let parsed = self.a.sentence_parsed(self.a.tokens[v].sentence as usize);
        if parsed {
            let t = self.a.tokens[v];
            let participle = matches!(t.deprel, Deprel::Advcl | Deprel::Xcomp)
                && matches!(t.xpos, Xpos::Vbg | Xpos::Vbn)
                && (v > 0 && self.word(v - 1) == ","
                    || self
                        .a
                        .children(v)
                        .any(|k| self.a.tokens[k].deprel == Deprel::Mark));
            if (participle || t.deprel == Deprel::Conj)
                && !self
                    .a
                    .children(v)
                    .any(|k| self.a.tokens[k].deprel.as_str().starts_with("nsubj"))
            {
                // "Trump struck a conciliatory tone, saying ...", "Pence
                // tried to walk back the remark, telling reporters ...", "by
                // saying ...", "dismissed the decision as “...” and said":
                // the speaker of a participle or a coordinated cue is the
                // subject of the clause it hangs on, or of the statement that
                // clause reports ("tweeted that the epidemic “needs ...,”
                // adding", "wrote that the system was “rigged,” and added").
                let own_subject = |x: usize| {
                    self.a
                        .children(x)
                        .any(|k| self.a.tokens[k].deprel.as_str().starts_with("nsubj"))
                };
                let mut h = t.head.map(|h| h as usize);
                while let Some(x) = h.filter(|&x| {
                    let u = self.a.tokens[x];
                    u.deprel == Deprel::Ccomp
                        || self.a.children(x).any(|k| {
                            self.a.tokens[k].deprel == Deprel::Mark && self.lemma(k) == "that"
                        })
                        || (matches!(u.deprel, Deprel::Conj | Deprel::Advcl)
                            && matches!(u.xpos, Xpos::Vbg | Xpos::Vbn)
                            && !own_subject(x))
                }) {
                    h = self.a.tokens[x].head.map(|h| h as usize);
                }
                if let Some((h, s)) = h
                    .and_then(|h| Some((h, self.a.subject(h)?)))
                    .filter(|&(_, s)| usable(s))
                {
                    // ("X, the top civilian, who began by announcing:")
                    return Some(stands_for(s, h));
                }
                // "Thousands of farmers marched ..., chanting": the main
                // verb hung on its subject.
                if let Some(s) = h
                    .filter(|&h| self.a.tokens[h].deprel == Deprel::Acl)
                    .and_then(|h| self.a.head(h))
                    .filter(|&s| s < v && usable(s))
                {
                    return Some(s);
                }
            }
            // "The question of the treaty, he said, was ...": the pronoun
            // right before a cue is its subject, whatever else the parser
            // hung on the cue as one
            if v > 0
                && self.a.tokens[v - 1].upos == Upos::Pron
                && PRONOUNS.contains(&self.lemma(v - 1).as_str())
                && self.a.head(v - 1) == Some(v)
                && self.a.tokens[v - 1].deprel.as_str().starts_with("nsubj")
            {
                return Some(v - 1);
            }
            if let Some(s) = self.a.subject(v).filter(|&s| usable(s)) {
                return Some(stands_for(s, v));
            }
            // A finite cue hung on a noun ("Price insisted", misparsed as a
            // modifier of "Price").
            if self.a.tokens[v].deprel.as_str() == "acl" {
                if let Some(h) = self.a.head(v).filter(|&h| h < v && usable(h)) {
                    return Some(h);
                }
            }
        }
        let s = self.a.sentences[self.a.tokens[v].sentence as usize]
            .tokens
            .clone();
        // Not the subject of the reported clause ("saying Mexico was
        // sending ...").
        let subject_elsewhere = |j: usize| {
            parsed
                && self.a.tokens[j].deprel.as_str().starts_with("nsubj")
                && self.a.tokens[j].head != Some(v as u32)
        };
        let adjacent = |j: usize| {
            let t = self.a.tokens[j];
            // ("Another said ...", "One said": a word standing for one of
            // those just mentioned, opening its clause)
            let one_of = matches!(
                self.lemma(j).as_str(),
                "another" | "one" | "other" | "others" | "some" | "many" | "several" | "both"
            ) && (j == s.start || matches!(self.word(j - 1), "," | ";" | ":"));
            t.upos != Upos::Punct
                && (one_of
                    || t.upos == Upos::Propn
                    || (t.upos == Upos::Noun && self.word(j).starts_with(char::is_uppercase))
                    || (t.upos == Upos::Pron && PRONOUNS.contains(&self.lemma(j).as_str()))
                    || self.mentions.covering(t.span).is_some())
        };
        // "reads the statement", "said the spokesperson", "chanted one
        // group", "said another official"
        let mut r = v + 1;
        while r < s.end
            && matches!(
                self.lemma(r).as_str(),
                "the" | "a" | "an" | "one" | "another" | "two" | "three" | "several" | "some"
            )
        {
            r += 1;
        }
        // (not the object the cue names as something: "called the victory
        // “proof ...”"; "reads the statement" is the statement's reading)
        let named = |r: usize| {
            parsed
                && self.a.tokens[r].deprel == Deprel::Obj
                && self.a.head(r) == Some(v)
                && (self
                    .a
                    .children(v)
                    .any(|k| self.a.tokens[k].deprel == Deprel::Xcomp)
                    || matches!(
                        self.lemma(v).as_str(),
                        "call" | "describe" | "term" | "label" | "dub" | "brand"
                    ))
        };
        if r > v + 1
            && r < s.end
            && self.a.tokens[r].upos == Upos::Noun
            && usable(r)
            && !named(r)
            && !subject_elsewhere(r)
            // ("Another said the chance ...": a speaker before the cue)
            && !(v > s.start && adjacent(v - 1) && usable(v - 1))
        {
            let (_, hi) = self.phrase(r);
            return Some(hi);
        }
        if v > s.start && adjacent(v - 1) && usable(v - 1) {
            return Some(v - 1);
        }
        if v + 1 < s.end && adjacent(v + 1) && usable(v + 1) && !subject_elsewhere(v + 1) {
            // "said Price"
            let mut j = v + 1;
            while j + 1 < s.end && adjacent(j + 1) {
                j += 1;
            }
            return Some(j);
        }
        // "Central to his remarks was ..., stressing, ...": the last actor
        // or personal pronoun before the cue, not one a relative clause
        // names or calls something ("Vicente Fox, who has called Trump a
        // “false prophet,” said").
        let aside = |j: usize| {
            parsed
                && (matches!(
                    self.a.tokens[j].deprel,
                    Deprel::Obj | Deprel::Iobj | Deprel::Xcomp
                ) || {
                    // j or a word it hangs on, below the cue, is a relative clause
                    let mut x = j;
                    loop {
                        if self.a.tokens[x].deprel.as_str() == "acl:relcl" {
                            break true;
                        }
                        match self.a.head(x) {
                            Some(h) if h != v => x = h,
                            _ => break false,
                        }
                    }
                })
        };
        (s.start..v).rev().find(|&j| {
            usable(j)
                && !aside(j)
                && (self
                    .mentions
                    .covering(self.a.tokens[j].span)
                    .is_some_and(|k| self.mentions.entities[k].kind == EntityKind::Person)
                    || matches!(self.lemma(j).as_str(), "he" | "she" | "his" | "her"))
        })
    }
}

/// Whether quote `m` stands between a determiner and the noun it
/// describes ("the “interim” government").
fn modifies_noun(d: &Doc<'_>, m: &marks::Marked) -> bool {
    let first = d.token_at(m.open);
    let after = d.token_at(m.end());
    let (Some(before), Some(next)) = (first.checked_sub(1), d.a.tokens.get(after)) else {
        return false;
    };
    let before = d.a.tokens[before];
    before.span.end <= m.open
        && matches!(before.upos, Upos::Det | Upos::Adj)
        && matches!(next.upos, Upos::Noun | Upos::Propn)
        && d.text[m.end()..next.span.start].trim().is_empty()
        && next.sentence == before.sentence
}

/// Whether a paragraph break lies between bytes `from` and `to`.
fn text_between_has_break(d: &Doc<'_>, from: usize, to: usize) -> bool {
    d.text
        .get(from.min(to)..to)
        .is_none_or(|t| t.contains('\n'))
}

/// "“We are going to bring back our jobs,” he said, “and we are going to
/// bring them back fast.”": one sentence split by its attribution is one
/// quote, its pieces joined. The first piece ends with a comma, the second
/// goes on in lower case, and only the attribution stands between them.
/// Fragments of one reported clause are joined too, unless another saying
/// stands between them ("called the remarks “unworthy” and said he would
/// not “dignify them”" is two quotes).
fn join_split_quotes(text: &str, quotes: &mut Vec<DocQuote>, cues: &Cues) {
    let mut k = 0;
    while k + 1 < quotes.len() {
        let (a, b) = (&quotes[k], &quotes[k + 1]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("");
        let words = between
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        let attribution = [&a.cue, &b.cue]
            .iter()
            .filter_map(|c| c.as_deref())
            .any(|cue| between.contains(cue));
        let split = a.text.trim_end().ends_with(',')
            && b.text.starts_with(|c: char| c.is_lowercase())
            && between
                .trim_end_matches(['"', '“', '”', '\'', '‘', '’', ' '])
                .ends_with(',')
            && !between.contains('\n')
            && (1..=14).contains(&words)
            && attribution
            && (b.speaker.is_none() || b.speaker == a.speaker);
        // "the candidate “fully expects to win” and would “not get ahead of
        // that”": the fragments of one reported clause
        let fragment = |q: &DocQuote| {
            q.text.split_whitespace().count() <= 6
                && q.text
                    .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        };
        let lower: Vec<String> = between
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        // ("insisted that", "agreed that": a verb with its own clause)
        // (not a participle after a determiner: "the promised powers")
        let saying_between = lower.iter().enumerate().any(|(k, w)| {
            let determined = k > 0
                && matches!(
                    lower[k - 1].as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
                );
            !determined
                && (cues.forms.contains(w)
                    || w.ends_with("ed") && lower.get(k + 1).is_some_and(|n| n == "that"))
        });
        let same_speaker = (a.speaker.is_some() || a.speaker_text.is_some())
            && b.speaker == a.speaker
            && b.speaker_text == a.speaker_text;
        let one_clause = fragment(a)
            && fragment(b)
            && !a.text.trim_end().ends_with(['.', '!', '?'])
            && !between.contains(['\n', '.', ';', '!', '?', ':'])
            && words <= 6
            && same_speaker
            && !saying_between;
        // "said the vote had settled the question ‘for a generation’ and
        // that the promises would be ‘honoured in full’": the second clause
        // of one saying
        let and_that = a.text.starts_with(|c: char| c.is_lowercase())
            && b.text.starts_with(|c: char| c.is_lowercase())
            && !a.text.trim_end().ends_with(['.', '!', '?'])
            && lower.first().is_some_and(|w| w == "and")
            && lower.get(1).is_some_and(|w| w == "that")
            && !between.contains(['\n', '.', ';', '!', '?', ':'])
            && words <= 12
            && same_speaker
            && a.cue == b.cue
            && !saying_between;
        if !(split || one_clause || and_that) {
            k += 1;
            continue;
        }
        let b = quotes.remove(k + 1);
        let a = &mut quotes[k];
        a.text = format!("{} {}", a.text.trim_end(), b.text.trim_start());
        a.span = Span::new(a.span.start, b.span.end);
    }
}

/// Is a quoted text a name or title rather than words someone said? Two
/// to five words, two or more of them capitalised and every word longer
/// than four letters too (short linking words need not be: "I Cavalieri
/// dello Zodiaco"), and no end of a sentence. A single capitalised word
/// may be a one-word answer (“Never,” he said), so it stays a quote.
fn looks_like_title(quote: &str) -> bool {
    let quote = quote.trim().trim_end_matches(',').trim_end();
    let words: Vec<&str> = quote.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) || quote.ends_with(['.', '!', '?', ':', ';']) {
        return false;
    }
    // (speech has commas and contractions a title seldom has: "We’re
    // Welsh too, you know,")
    let contraction = |w: &&str| {
        let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
        [
            "’re", "'re", "’m", "'m", "’ve", "'ve", "’ll", "'ll", "n’t", "n't",
        ]
        .iter()
        .any(|c| w.ends_with(c))
    };
    if quote.contains(',') || words.iter().any(contraction) {
        return false;
    }
    let capital = |w: &&str| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
    };
    let letters = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count();
    words.iter().filter(|w| capital(w)).count() >= 2
        && words.iter().all(|w| capital(w) || letters(w) <= 4)
}

/// Reported speech of `span`, spoken by `sp`.
fn reported_quote(d: &Doc<'_>, span: Span, sp: Speaker) -> DocQuote {
    DocQuote {
        id: String::new(),
        span,
        text: d.text[span.start..span.end].to_string(),
        direct: false,
        speaker: sp.entity.map(|e| d.mentions.entities[e].id.clone()),
        speaker_text: sp.text,
        cue: sp.cue,
    }
}

impl QuoteFinder {
    /// Whether a sentence may hold a quote or a speech cue, so that the
    /// pipeline parses it.
    pub fn needs_parse(&self, sentence: &str) -> bool {
        sentence.contains(['"', '“', '”', '«', '»', '‘', '„'])
            || sentence
                .split(|c: char| !c.is_alphabetic())
                .any(|w| !w.is_empty() && self.cues.forms.contains(&w.to_lowercase()))
    }

    /// The quotes of `text`.
    /// Spans of proper names of two or more words right after an inverted
    /// speech cue ("..., said Choi Min-seo, a researcher"): people, whether
    /// or not the entity tagger found them. The words are read from the
    /// text, hyphenated parts included, however the tagger read them.
    pub fn speaker_names(&self, text: &str, analysis: &Analysis) -> Vec<Span> {
        let a = analysis;
        let mut out = Vec::new();
        for (v, t) in a.tokens.iter().enumerate() {
            if t.upos != Upos::Verb || !self.cues.lemmas.contains(&a.lemma(v).to_lowercase()) {
                continue;
            }
            let inverted = v > 0 && matches!(a.tokens[v - 1].upos, Upos::Punct);
            if !inverted {
                continue;
            }
            let word = |k: usize| &text[a.tokens[k].span.start..a.tokens[k].span.end];
            let attached = |k: usize| a.tokens[k - 1].span.end == a.tokens[k].span.start;
            let (mut k, mut capitals) = (v + 1, 0);
            while k < a.tokens.len() {
                let w = word(k);
                let title_case = w.starts_with(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
                    && w.chars().skip(1).any(char::is_lowercase);
                if title_case {
                    capitals += 1;
                    k += 1;
                } else if w == "-"
                    && capitals > 0
                    && k + 1 < a.tokens.len()
                    && attached(k)
                    && attached(k + 1)
                    && word(k + 1).chars().all(char::is_alphabetic)
                {
                    k += 2;
                } else {
                    break;
                }
            }
            let closed = k == a.tokens.len() || matches!(word(k), "," | "." | ";");
            if (2..=4).contains(&capitals) && closed {
                let span = Span::new(a.tokens[v + 1].span.start, a.tokens[k - 1].span.end);
                if !out.contains(&span) {
                    out.push(span);
                }
            }
        }
        out
    }

    pub fn find(&self, text: &str, analysis: &Analysis, entities: &[DocEntity]) -> Vec<DocQuote> {
        let doc = Doc {
            text,
            a: analysis,
            mentions: Mentions::new(entities),
            cues: &self.cues,
        };
        let marked = marks::find(text);
        let mut out: Vec<DocQuote> = Vec::new();
        // (speaker, where the quote ended, its paragraph index)
        let mut last: Option<(Speaker, usize)> = None;
        for m in &marked {
            let quote_text = m.text(text);
            let mut speaker = self.attribute(&doc, m, last.as_ref().map(|l| &l.0));
            if speaker.cue.is_none() {
                // No cue, and a statement mentioned in this or the previous
                // paragraph: the quote is from the statement.
                let para_start = text[..m.open].rfind('\n').map_or(0, |p| p + 1);
                let prev_para = text[..para_start.saturating_sub(1)]
                    .rfind('\n')
                    .map_or(0, |p| p + 1);
                let near = text[prev_para..m.open].to_lowercase();
                if STATEMENT_NOUNS.iter().any(|n| near.contains(n)) {
                    if let Some(e) = self.statement_source(&doc, m.open) {
                        speaker.entity = Some(e);
                        speaker.text = Some("the statement".into());
                    }
                }
            }
            if let (Some((prev, end)), Some(said)) = (&last, &speaker.text) {
                if matches!(said.as_str(), "he" | "she" | "He" | "She")
                    && speaker.entity.is_some()
                    && speaker.entity == prev.entity
                {
                    // "Lajčak is expected to travel ... he wrote": a person
                    // who became the subject after the last quote is "he".
                    if let Some(k) = doc.subject_person_between(*end, m.open) {
                        speaker.entity = Some(k);
                    }
                }
            }
            let mut continued = false;
            if speaker.entity.is_none() && speaker.text.is_none() {
                // No speaker named (no cue, or a cue without a subject):
                // the statement continues the previous speaker's, if the
                // previous quote ended in this or the previous paragraph.
                // A speaker named but not known ("The campaign said") is
                // someone else.
                if let Some((prev, end)) = &last {
                    let between = &text[(*end).min(m.open)..m.open];
                    if between.matches('\n').count() <= 1 {
                        continued = true;
                        speaker = Speaker {
                            cue: speaker.cue.clone(),
                            text: speaker.text.clone().or_else(|| prev.text.clone()),
                            entity: prev.entity,
                        };
                    }
                }
            }
            // "called Trump “dangerous” and a “con artist”": a fragment
            // coordinated with the one before it has its speaker
            if let Some(prev) = out.last().filter(|q| q.direct) {
                let between = text.get(prev.span.end..m.open).unwrap_or("");
                let linked = between
                    .split_whitespace()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>();
                if !linked.is_empty()
                    && linked.len() <= 3
                    && linked.iter().all(|w| {
                        matches!(*w, "and" | "or" | "a" | "an" | "the" | "as" | "but" | "nor")
                    })
                    && !between.contains(['\n', '.', ';'])
                    && prev.speaker.is_some()
                {
                    speaker.entity = prev
                        .speaker
                        .as_ref()
                        .and_then(|id| entities.iter().position(|e| &e.id == id));
                    speaker.text = prev.speaker_text.clone();
                    speaker.cue = prev.cue.clone();
                }
            }
            let before = text[..m.open].trim_end().to_lowercase();
            if before.ends_with("so-called") || before.ends_with("so called") {
                // A scare quote, not a statement.
                continue;
            }
            if looks_like_title(&quote_text) {
                // A name or title in quotation marks (the show
                // “Nashville,”, the “Caja Magica” court), not a statement.
                continue;
            }
            let words = quote_text.split_whitespace().count();
            if words <= 2 && modifies_noun(&doc, m) {
                // A scare quote inside a noun phrase: the “interim”
                // government, a "friendly" reporter.
                continue;
            }
            // (a fragment in small letters after someone's quote is no
            // more of it: "Petro's “total peace” policy"; "“Not once.”" is)
            let fragment = continued && quote_text.starts_with(char::is_lowercase);
            if words < 3 && speaker.cue.is_none() && (speaker.entity.is_none() || fragment) {
                // A scare quote or title ("the so-called “reform”").
                continue;
            }
            if speaker.cue.is_some() || speaker.entity.is_some() {
                last = Some((speaker.clone(), m.end()));
            }
            out.push(DocQuote {
                id: String::new(),
                span: m.span(),
                text: quote_text,
                direct: true,
                speaker: speaker.entity.map(|k| entities[k].id.clone()),
                speaker_text: speaker.text,
                cue: speaker.cue,
            });
        }
        join_split_quotes(text, &mut out, &self.cues);
        let covered: Vec<Span> = marked.iter().map(|m| Span::new(m.open, m.end())).collect();
        out.extend(self.reported(&doc, &covered));
        out.sort_by_key(|q| (q.span.start, q.span.end));
        for (k, q) in out.iter_mut().enumerate() {
            q.id = format!("Q{}", k + 1);
        }
        out
    }

    /// The speaker of one direct quote.
    fn attribute(&self, d: &Doc<'_>, m: &marks::Marked, previous: Option<&Speaker>) -> Speaker {
        let a = d.a;
        if a.tokens.is_empty() {
            return Speaker::default();
        }
        let first = d.token_at(m.open);
        let after = d.token_at(m.end());
        let sentence_of = |k: usize| a.tokens.get(k).map(|t| t.sentence as usize);
        let inside = |k: usize| {
            let s = a.tokens[k].span;
            m.pieces
                .iter()
                .any(|p| p.start <= s.start && s.end <= p.end)
        };
        // 1. A cue after the quote, in the sentence where it closes.
        // (one in a clause joined after it, "called the bill “...,” and
        // he said he would ...", only if no cue comes before the quote)
        let mut joined_cue = None;
        let last_inside = d.token_at(m.end().saturating_sub(1));
        if let Some(s) = sentence_of(last_inside.min(a.tokens.len() - 1)) {
            let range = a.sentences[s].tokens.clone();
            let from = after.max(range.start);
            // a long title may stand between ("..., Under Secretary of the
            // Treasury for Terrorism and Financial Intelligence Brian Nelson
            // said"); another verb ends the search
            for k in from..range.end.min(from + 25) {
                if inside(k) || matches!(d.word(k), "“" | "\"" | "«") {
                    break;
                }
                // ("he was “deeply grateful” and would have more to say":
                // an infinitive is no saying of the quote)
                let infinitive = a
                    .children(k)
                    .any(|c| a.tokens[c].deprel == Deprel::Mark && d.lemma(c) == "to");
                if d.is_cue(k)
                    && (a.tokens[k].upos == Upos::Verb || d.with_particle(k))
                    && d.lemma(k) != "call"
                    && !infinitive
                {
                    let joined = (from..k).any(|j| {
                        a.tokens[j].upos == Upos::Cconj
                            && matches!(d.lemma(j).as_str(), "and" | "but")
                    });
                    if !joined {
                        return self.speaker_of(d, k, &m.pieces, previous);
                    }
                    joined_cue = Some(k);
                    break;
                }
                if k >= from + 10 && matches!(a.tokens[k].upos, Upos::Verb | Upos::Aux) {
                    break;
                }
            }
        }
        // 2. A cue before the quote in its sentence, or "according to X".
        if let Some(s) = sentence_of(first.min(a.tokens.len() - 1)) {
            let range = a.sentences[s].tokens.clone();
            for k in (range.start..first.min(range.end)).rev() {
                if inside(k) {
                    break;
                }
                if d.word(k).eq_ignore_ascii_case("according")
                    && k + 2 < range.end
                    && d.word(k + 1) == "to"
                {
                    let (lo, hi) = d.phrase(k + 2);
                    return self.resolve(d, lo, hi, "according to", previous);
                }
                if d.is_cue(k)
                    && (a.tokens[k].upos == Upos::Verb || d.with_particle(k))
                    && (d.lemma(k) != "call" || d.names_quote(k, first))
                {
                    // "vowed that the Philippines would respond with
                    // “...”": the saying that reports the clause
                    // ... and the one that asks for what the quote says
                    // ("said she would ask the court to declare him
                    // “unable to serve”")
                    let mut k = k;
                    while let Some(h) = a.head(k).filter(|&h| {
                        matches!(a.tokens[k].deprel, Deprel::Ccomp | Deprel::Xcomp)
                            && d.is_cue(h)
                            && a.tokens[h].upos == Upos::Verb
                    }) {
                        k = h;
                    }
                    return self.speaker_of(d, k, &m.pieces, previous);
                }
            }
        }
        if let Some(k) = joined_cue {
            return self.speaker_of(d, k, &m.pieces, previous);
        }
        // 3. The quote ends its sentence and a cue without a clause of its
        // own opens the next one: the splitter cut the sentence after the
        // quote ("“Are they small hands?” Trump said, raising them").
        if let Some(s) = sentence_of(last_inside.min(a.tokens.len() - 1)) {
            let next = a.sentences.get(s + 1).map(|n| n.tokens.clone());
            if let Some(next) = next.filter(|n| {
                after == n.start
                    && !text_between_has_break(d, m.end(), a.tokens[n.start].span.start)
            }) {
                // ("CNN’s Wolf Blitzer asked": a name with its outlet)
                for k in next.start..next.end.min(next.start + 6) {
                    if d.is_cue(k)
                        && (a.tokens[k].upos == Upos::Verb || d.with_particle(k))
                        && d.lemma(k) != "call"
                        && !a
                            .children(k)
                            .any(|c| matches!(a.tokens[c].deprel, Deprel::Ccomp | Deprel::Obj))
                    {
                        return self.speaker_of(d, k, &m.pieces, previous);
                    }
                    if !matches!(
                        a.tokens[k].upos,
                        Upos::Propn | Upos::Pron | Upos::Det | Upos::Noun | Upos::Part
                    ) {
                        break;
                    }
                }
            }
        }
        // 4. The quote opens a paragraph under one that ends with a colon
        // ("Joan Castellano said in a telephone interview:", "She went
        // on:"): the speaker of that sentence introduces it.
        let opens_paragraph = d.text[..m.open]
            .rsplit('\n')
            .next()
            .is_some_and(|lead| lead.trim().is_empty());
        if let Some(colon) = first
            .checked_sub(1)
            .filter(|&c| opens_paragraph && d.word(c) == ":" && !inside(c))
            .filter(|&c| text_between_has_break(d, a.tokens[c].span.end, m.open))
        {
            let s = a.tokens[colon].sentence as usize;
            let range = a.sentences[s].tokens.start..colon;
            let verb = range
                .clone()
                .rev()
                .find(|&k| d.is_cue(k) && a.tokens[k].upos == Upos::Verb)
                .or_else(|| {
                    // a verb of going on, with no cue of its own
                    range.clone().find(|&k| {
                        a.head(k).is_none_or(|h| h >= colon)
                            && a.tokens[k].upos == Upos::Verb
                            && colon - range.start <= 6
                    })
                });
            if let Some(v) = verb {
                let sp = self.speaker_of(d, v, &m.pieces, previous);
                if sp.entity.is_some() || sp.text.is_some() {
                    return sp;
                }
            }
        }
        Speaker::default()
    }

    /// The speaker named as the subject of cue `v`.
    fn speaker_of(
        &self,
        d: &Doc<'_>,
        v: usize,
        quoted: &[Span],
        previous: Option<&Speaker>,
    ) -> Speaker {
        let cue = d.word(v).to_string();
        let Some(subj) = d.cue_subject(v, quoted) else {
            return Speaker {
                cue: Some(cue),
                ..Speaker::default()
            };
        };
        // "Asked by reporters whether ..., Sen. Lindsey Graham said": a
        // participle taken for the subject; the person named before the
        // cue speaks ... and so for the audience taken for it ("X told
        // reporters that ...", "said on a call with reporters, adding")
        let audience = matches!(
            d.lemma(subj).as_str(),
            "reporter" | "journalist" | "correspondent"
        );
        if (d.a.tokens[subj].upos == Upos::Verb && subj < v) || audience {
            let from = if audience {
                d.a.sentences[d.a.tokens[v].sentence as usize].tokens.start
            } else {
                subj + 1
            };
            let outside = |k: usize| {
                let sp = d.a.tokens[k].span;
                !quoted
                    .iter()
                    .any(|q| q.start <= sp.start && sp.end <= q.end)
            };
            let person = |k: usize| {
                d.mentions
                    .covering(d.a.tokens[k].span)
                    .is_some_and(|e| d.mentions.entities[e].kind == EntityKind::Person)
            };
            // (a name the recogniser missed right before the cue: "...,
            // Mr Major said")
            // ... or the cue's other subject ("Asked ..., a Home Office
            // source would only say")
            let name_before_cue = (from..v)
                .next_back()
                .filter(|&k| d.a.tokens[k].upos == Upos::Propn && outside(k))
                .or_else(|| {
                    (from..v).rev().find(|&k| {
                        k != subj
                            && outside(k)
                            && d.a.head(k) == Some(v)
                            && d.a.tokens[k].deprel.as_str().starts_with("nsubj")
                            && matches!(d.a.tokens[k].upos, Upos::Noun | Upos::Propn)
                    })
                });
            if let Some(k) = (from..v)
                .rev()
                .find(|&k| outside(k) && person(k))
                .or(name_before_cue)
            {
                let (lo, hi) = d.phrase(k);
                return self.resolve(d, lo, hi, &cue, previous);
            }
        }
        // "Kosovo's president, Vjosa Osmani, said": the name in apposition
        // to a title speaks (a title, not a name: "Chairman-in-Office", not
        // "Sen. Lindsey Graham (R-South Carolina)")
        let named = std::iter::once(subj)
            .chain(
                d.a.children(subj)
                    .filter(|&c| d.a.tokens[c].deprel.as_str() == "flat"),
            )
            .any(|t| {
                d.mentions
                    .covering(d.a.tokens[t].span)
                    .is_some_and(|k| d.mentions.entities[k].kind == EntityKind::Person)
            });
        // (a name of several words is a name even where the recogniser
        // missed it, and its appositive a description: "Senator John W.
        // Warner of Virginia, a senior Republican")
        let has_flat = |t: usize| {
            d.a.children(t)
                .any(|c| d.a.tokens[c].deprel.as_str() == "flat")
        };
        let titled = matches!(d.a.tokens[subj].upos, Upos::Noun | Upos::Propn)
            && !named
            && !(d.a.tokens[subj].upos == Upos::Propn && has_flat(subj));
        let subj =
            d.a.children(subj)
                .filter(|_| titled)
                .find(|&c| {
                    d.a.tokens[c].deprel.as_str() == "appos"
                        && d.a.tokens[c].upos == Upos::Propn
                        // ("Her father, Tom, a farmer, said": a first name
                        // the recogniser does not know)
                        && match d.mentions.covering(d.a.tokens[c].span) {
                            Some(k) => d.mentions.entities[k].kind == EntityKind::Person,
                            None => has_flat(c) || d.a.tokens[subj].upos == Upos::Noun,
                        }
                })
                .unwrap_or(subj);
        let (lo, hi) = if d.a.tokens[subj].upos == Upos::Pron
            || matches!(d.lemma(subj).as_str(), "his" | "her")
        {
            (subj, subj)
        } else {
            d.phrase(subj)
        };
        self.resolve(d, lo, hi, &cue, previous)
    }

    /// Resolves the words `lo..=hi` naming a speaker.
    fn resolve(
        &self,
        d: &Doc<'_>,
        lo: usize,
        hi: usize,
        cue: &str,
        previous: Option<&Speaker>,
    ) -> Speaker {
        let words = d.text_of(lo, hi);
        let span = Span::new(d.a.tokens[lo].span.start, d.a.tokens[hi].span.end);
        let head = d.lemma(hi);
        // "Justice Ruth Bader Ginsburg, who would have upheld the law,
        // wrote that ...": a relative pronoun speaks for the name it
        // follows
        if lo == hi && matches!(head.as_str(), "who" | "which") && lo > 0 {
            let before = if d.word(lo - 1) == "," && lo > 1 {
                lo - 2
            } else {
                lo - 1
            };
            // ("One U.S. official who was in the room": the noun the
            // relative clause hangs on)
            let before =
                d.a.head(lo)
                    .filter(|&v| d.a.tokens[v].deprel.as_str() == "acl:relcl")
                    .and_then(|v| d.a.head(v))
                    .filter(|&n| n < lo)
                    .unwrap_or(before);
            // ("L. Paul Bremer, the top American civilian in Iraq, who":
            // past an appositive's place, the person it describes)
            let is_person = |k: usize| {
                d.mentions
                    .covering(d.a.tokens[k].span)
                    .is_some_and(|e| d.mentions.entities[e].kind == EntityKind::Person)
            };
            let sentence_start = d.a.sentences[d.a.tokens[lo].sentence as usize].tokens.start;
            let before = if head == "who" && !is_person(before) {
                (sentence_start.max(lo.saturating_sub(12))..before)
                    .rev()
                    .find(|&k| is_person(k))
                    .unwrap_or(before)
            } else {
                before
            };
            let entity = d.mentions.covering(d.a.tokens[before].span);
            if entity.is_some() || matches!(d.a.tokens[before].upos, Upos::Propn | Upos::Noun) {
                let (plo, phi) = d.phrase(before);
                return Speaker {
                    entity,
                    text: Some(d.text_of(plo, phi)),
                    cue: Some(cue.to_string()),
                };
            }
        }
        let entity = if lo == hi && d.a.tokens[lo].upos == Upos::Pron {
            match head.as_str() {
                "he" | "she" | "his" | "her" => previous
                    .and_then(|p| p.entity)
                    .filter(|&k| d.mentions.entities[k].kind == EntityKind::Person)
                    .or_else(|| d.subject_person_before(lo))
                    .or_else(|| d.mentions.person_before(span.start)),
                "we" | "i" | "they" => previous.and_then(|p| p.entity),
                _ => None,
            }
        } else if STATEMENT_NOUNS.contains(&head.as_str()) {
            // "reads the statement": whoever issued the last statement.
            self.statement_source(d, span.start)
                .or_else(|| previous.and_then(|p| p.entity))
        } else {
            // The last person named in the phrase, else any entity.
            d.mentions
                .sorted
                .iter()
                .filter(|(m, k)| {
                    span.contains(*m) && d.mentions.entities[*k].kind == EntityKind::Person
                })
                .max_by_key(|(m, _)| m.end)
                .map(|&(_, k)| k)
                .or_else(|| d.mentions.covering(span))
        };
        Speaker {
            entity,
            text: Some(words),
            cue: Some(cue.to_string()),
        }
    }

    /// The source of the last statement mentioned before `at`: "the
    /// statement by X", "X's statement", "in a statement, X said".
    fn statement_source(&self, d: &Doc<'_>, at: usize) -> Option<usize> {
        let end = d.token_at(at);
        for k in (0..end).rev() {
            if !STATEMENT_NOUNS.contains(&d.lemma(k).as_str()) {
                continue;
            }
            // "statement by X"
            if k + 2 < d.a.tokens.len() && d.lemma(k + 1) == "by" {
                let (lo, hi) = d.phrase(k + 2);
                let span = Span::new(d.a.tokens[lo].span.start, d.a.tokens[hi].span.end);
                if let Some(e) = d
                    .mentions
                    .sorted
                    .iter()
                    .filter(|(m, _)| span.contains(*m))
                    .max_by_key(|(m, _)| m.end)
                    .map(|&(_, e)| e)
                {
                    return Some(e);
                }
            }
            // "X's statement"
            if k >= 2 && matches!(d.word(k - 1), "'s" | "’s") {
                if let Some(e) = d.mentions.covering(d.a.tokens[k - 2].span) {
                    return Some(e);
                }
            }
        }
        None
    }

    /// Reported speech: a cue verb with a clausal complement, outside the
    /// direct quotes; or the news inversion "CLAUSE, Miller said on
    /// Tuesday." however the parser attached the cue.
    fn reported(&self, d: &Doc<'_>, covered: &[Span]) -> Vec<DocQuote> {
        let a = d.a;
        let mut out = Vec::new();
        let overlaps = |span: Span| covered.iter().any(|c| c.overlaps(span));
        for sent in &a.sentences {
            let toks = sent.tokens.clone();
            let Some(comma) = toks.clone().rev().find(|&k| d.word(k) == ",") else {
                continue;
            };
            let tail: Vec<usize> = (comma + 1..toks.end).collect();
            if tail.len() > 12 || comma <= toks.start + 2 {
                continue;
            }
            let Some(&cue) = tail.iter().find(|&&k| {
                a.tokens[k].upos == Upos::Verb
                    && matches!(
                        d.lemma(k).as_str(),
                        "say" | "tell" | "add" | "report" | "write" | "state" | "announce"
                    )
            }) else {
                continue;
            };
            let span = Span::new(
                a.tokens[toks.start].span.start,
                a.tokens[comma - 1].span.end,
            );
            // what was said is a clause ("The defence minister, Lina
            // Haddad, said that ..." has none before the comma)
            let clause =
                (toks.start..comma).any(|k| matches!(a.tokens[k].upos, Upos::Verb | Upos::Aux));
            if overlaps(span) || !clause {
                continue;
            }
            // The speaker: the last actor named between the comma and the cue,
            // or right after it ("..., said Price").
            let named = (comma + 1..cue).rev().chain(cue + 1..toks.end).find(|&k| {
                d.mentions.covering(a.tokens[k].span).is_some() || a.tokens[k].upos == Upos::Propn
            });
            let Some(who) = named else { continue };
            let (lo, hi) = d.phrase(who);
            let sp = self.resolve(d, lo, hi, d.word(cue), None);
            out.push(reported_quote(d, span, sp));
        }
        // "According to X, CLAUSE": the clause is X's.
        for sent in &a.sentences {
            let toks = sent.tokens.clone();
            let Some(acc) = toks
                .clone()
                .find(|&k| d.word(k).eq_ignore_ascii_case("according"))
            else {
                continue;
            };
            if acc + 2 >= toks.end || d.word(acc + 1) != "to" {
                continue;
            }
            let Some(comma) = (acc + 2..toks.end).find(|&k| d.word(k) == ",") else {
                continue;
            };
            // The source phrase, and the clause after its comma (or before
            // "according to" when the phrase ends the sentence).
            let (lo, hi) = d.phrase(acc + 2);
            let span = if acc == toks.start {
                let last = toks.end - 1;
                let end = if a.tokens[last].upos == Upos::Punct {
                    last - 1
                } else {
                    last
                };
                if comma + 1 > end {
                    continue;
                }
                Span::new(a.tokens[comma + 1].span.start, a.tokens[end].span.end)
            } else {
                continue;
            };
            if span.len() < 8 || overlaps(span) {
                continue;
            }
            let sp = self.resolve(d, lo, hi, "according to", None);
            out.push(reported_quote(d, span, sp));
        }
        let inverted: Vec<Span> = out.iter().map(|q: &DocQuote| q.span).collect();
        for (k, t) in a.tokens.iter().enumerate() {
            if t.upos != Upos::Verb || !d.is_cue(k) || !a.sentence_parsed(t.sentence as usize) {
                continue;
            }
            // The complement clause ("said that ..."; parsers sometimes
            // attach a that-clause as an adverbial one). A "complement"
            // that is a bare noun phrase, without subject, copula or
            // "that", is the parser's misreading of an object ("told a
            // crowd ... that he would ..."): not what was said.
            let clausal = |c: usize| {
                matches!(a.tokens[c].upos, Upos::Verb | Upos::Aux)
                    || a.children(c).any(|m| {
                        let r = a.tokens[m].deprel.as_str();
                        r.starts_with("nsubj") || r == "cop" || d.lemma(m) == "that"
                    })
            };
            let Some(comp) = a.children(k).find(|&c| {
                let r = a.tokens[c].deprel.as_str();
                (r == "ccomp" && clausal(c))
                    || (r == "advcl" && a.children(c).any(|m| d.lemma(m) == "that"))
            }) else {
                continue;
            };
            let range = a.subtree(comp);
            if range.is_empty() {
                continue;
            }
            let mut lo = range.start;
            let hi = range.end - 1;
            while lo < hi && (d.lemma(lo) == "that" || a.tokens[lo].upos == Upos::Punct) {
                lo += 1;
            }
            let span = Span::new(a.tokens[lo].span.start, a.tokens[hi].span.end);
            if span.len() < 8 || overlaps(span) || inverted.iter().any(|c| c.overlaps(span)) {
                continue;
            }
            let sp = self.speaker_of(d, k, &[], None);
            if sp.text.is_none() {
                continue;
            }
            out.push(reported_quote(d, span, sp));
        }
        out
    }
}
