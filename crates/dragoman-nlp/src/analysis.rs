//! The pipeline ([`Nlp`]) and its output ([`Analysis`]) with tree helpers.

use std::sync::OnceLock;

use dragoman_core::Span;

use crate::error::NlpError;
use crate::lemma::lemmatize;
use crate::parser::{with_scratch, Parse, Parser};
use crate::sentence::{split, Sentence};
use crate::tagger::{TagScratch, Tagger, Tags};
use crate::tags::{Deprel, Upos, Xpos};
use crate::tokenize::tokenize_into;

/// Where a token's lemma is in [`Analysis`]'s lemma buffer; read it with
/// [`Analysis::lemma`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LemmaRef {
    start: u32,
    end: u32,
}

/// One token of an analysed text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    /// UTF-8 byte offsets into the analysed text.
    pub span: Span,
    pub upos: Upos,
    pub xpos: Xpos,
    pub lemma: LemmaRef,
    /// Index of the head token in [`Analysis::tokens`]; `None` for the root
    /// of a sentence (and for every token when the text was not parsed).
    pub head: Option<u32>,
    /// Relation to the head (`root` for the sentence root, `dep` when the
    /// text was not parsed).
    pub deprel: Deprel,
    /// Index of the sentence in [`Analysis::sentences`].
    pub sentence: u32,
}

/// Tokens, sentences, tags, lemmas and dependency trees of one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    lemmas: String,
    parsed: bool,
    sentence_parsed: Vec<bool>,
}

/// The loaded models. Loading takes a few milliseconds; share one instance
/// ([`Nlp::shared`]) rather than loading per document.
pub struct Nlp {
    tagger: Tagger,
    parser: Parser,
}

/// The shipped parser weights: greedy, and beam search.
pub(crate) const PARSER_MODEL: &[u8] = include_bytes!("../models/parser.dnlp");
pub(crate) const BEAM_PARSER_MODEL: &[u8] = include_bytes!("../models/parser-beam.dnlp");

/// Which of the two built-in parsers to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum ParserKind {
    /// Greedy arc-eager parsing: the fastest, about 1.2 points less
    /// attachment accuracy.
    Greedy,
    /// Beam search (width 4) over a globally trained model: the default.
    #[default]
    Beam,
}

impl Nlp {
    /// Loads the built-in models (`models/*.dnlp`, compiled into the crate)
    /// with the default (beam-search) parser.
    pub fn load() -> Result<Nlp, NlpError> {
        Nlp::load_with(ParserKind::default())
    }

    /// Loads the built-in tagger and the chosen built-in parser.
    pub fn load_with(kind: ParserKind) -> Result<Nlp, NlpError> {
        let parser = match kind {
            ParserKind::Greedy => Parser::from_bytes(PARSER_MODEL, "models/parser.dnlp")?,
            ParserKind::Beam => Parser::from_bytes(BEAM_PARSER_MODEL, "models/parser-beam.dnlp")?,
        };
        Ok(Nlp {
            tagger: Tagger::builtin()?,
            parser,
        })
    }

    /// A process-wide instance of the built-in models (default parser),
    /// loaded on first use.
    pub fn shared() -> Result<&'static Nlp, NlpError> {
        Nlp::shared_with(ParserKind::default())
    }

    /// A process-wide instance of the built-in models with the chosen
    /// parser, loaded on first use.
    pub fn shared_with(kind: ParserKind) -> Result<&'static Nlp, NlpError> {
        static GREEDY: OnceLock<Nlp> = OnceLock::new();
        static BEAM: OnceLock<Nlp> = OnceLock::new();
        let cell = match kind {
            ParserKind::Greedy => &GREEDY,
            ParserKind::Beam => &BEAM,
        };
        if let Some(nlp) = cell.get() {
            return Ok(nlp);
        }
        let nlp = Nlp::load_with(kind)?;
        Ok(cell.get_or_init(|| nlp))
    }

    /// A pipeline from models loaded elsewhere (e.g. freshly trained ones).
    pub fn from_models(tagger: Tagger, parser: Parser) -> Nlp {
        Nlp { tagger, parser }
    }

    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    pub fn parser(&self) -> &Parser {
        &self.parser
    }

    pub(crate) fn parser_owned(self) -> Parser {
        self.parser
    }

    /// Tokenizes, splits, tags, lemmatizes and parses `text`.
    ///
    /// ```
    /// let nlp = dragoman_nlp::Nlp::shared().unwrap();
    /// let text = "Armenia's prime minister met Aliyev in Brussels.";
    /// let a = nlp.analyze(text);
    /// let met = a.tokens.iter().position(|t| &text[t.span.start..t.span.end] == "met").unwrap();
    /// assert_eq!(a.lemma(met), "meet");
    /// let subj = a.subject(met).unwrap();
    /// assert_eq!(&text[a.tokens[subj].span.start..a.tokens[subj].span.end], "minister");
    /// ```
    pub fn analyze(&self, text: &str) -> Analysis {
        self.run(text, true)
    }

    /// Like [`Nlp::analyze`] without the parser: heads are `None` and
    /// relations `dep`.
    pub fn analyze_shallow(&self, text: &str) -> Analysis {
        self.run(text, false)
    }

    /// Like [`Nlp::analyze`], parsing only the sentences that `wanted`
    /// accepts, given the sentence's text and its tokens' lemmas; the others
    /// are tagged and lemmatized with heads `None` and relations `dep`
    /// ([`Analysis::sentence_parsed`] tells). Later stages use it to parse
    /// only sentences that may hold an event or a quote.
    pub fn analyze_where(&self, text: &str, wanted: impl Fn(&str, &[&str]) -> bool) -> Analysis {
        self.run_with(text, &[], wanted)
    }

    /// Like [`Nlp::analyze_where`], with the spans of names found by other
    /// means (the actor stage's person and organization mentions, sorted by
    /// start): their capitalized words are tagged as proper nouns before
    /// parsing, so that "Ned Price insisted" is not read as a verb and a
    /// noun.
    pub fn analyze_with(
        &self,
        text: &str,
        names: &[Span],
        wanted: impl Fn(&str, &[&str]) -> bool,
    ) -> Analysis {
        self.run_with(text, names, wanted)
    }

    fn run(&self, text: &str, parse: bool) -> Analysis {
        self.run_with(text, &[], |_, _| parse)
    }

    fn run_with(
        &self,
        text: &str,
        names: &[Span],
        wanted: impl Fn(&str, &[&str]) -> bool,
    ) -> Analysis {
        let mut spans = Vec::with_capacity(text.len() / 5 + 1);
        tokenize_into(text, &mut spans);
        let sentences = split(text, &spans);
        let mut a = Analysis {
            tokens: Vec::with_capacity(spans.len()),
            sentence_parsed: Vec::with_capacity(sentences.len()),
            sentences,
            lemmas: String::with_capacity(text.len()),
            parsed: true,
        };
        let mut words: Vec<&str> = Vec::new();
        let mut tags = Tags::default();
        let mut tscratch = TagScratch::default();
        let mut tree = Parse::default();
        for si in 0..a.sentences.len() {
            let s = a.sentences[si].clone();
            words.clear();
            words.extend(
                spans[s.tokens.clone()]
                    .iter()
                    .map(|sp| &text[sp.start..sp.end]),
            );
            self.tagger.tag_into(&words, &mut tscratch, &mut tags);
            if !names.is_empty() {
                for (k, w) in words.iter().enumerate() {
                    let sp = spans[s.tokens.start + k];
                    let at = names.partition_point(|n| n.end <= sp.start);
                    let inside = names
                        .get(at)
                        .is_some_and(|n| n.start <= sp.start && sp.end <= n.end);
                    if inside && w.chars().next().is_some_and(char::is_uppercase) {
                        tags.upos[k] = Upos::Propn;
                        tags.xpos[k] = Xpos::Nnp;
                    }
                }
            }
            verb_after_subject_name(&words, &mut tags);
            verb_closing_relative(&words, &mut tags);
            let first = a.tokens.len();
            for (k, w) in words.iter().enumerate() {
                let start = a.lemmas.len() as u32;
                lemmatize(w, tags.upos[k], Some(tags.xpos[k]), &mut a.lemmas);
                a.tokens.push(Token {
                    span: spans[s.tokens.start + k],
                    upos: tags.upos[k],
                    xpos: tags.xpos[k],
                    lemma: LemmaRef {
                        start,
                        end: a.lemmas.len() as u32,
                    },
                    head: None,
                    deprel: Deprel::Dep,
                    sentence: si as u32,
                });
            }
            let parse = {
                let lemmas: Vec<&str> = (first..a.tokens.len()).map(|i| a.lemma(i)).collect();
                wanted(&text[s.span.start..s.span.end], &lemmas)
            };
            a.sentence_parsed.push(parse);
            a.parsed &= parse;
            if parse {
                with_scratch(|ps| {
                    self.parser
                        .parse_into(&words, &tags.upos, &tags.xpos, ps, &mut tree)
                });
                let base = s.tokens.start as u32;
                for (k, t) in a.tokens[first..].iter_mut().enumerate() {
                    t.head = tree.heads[k].map(|h| h + base);
                    t.deprel = tree.deprels[k];
                }
                mend_time_objects(&mut a.tokens[first..], &a.lemmas, base);
                mend_time_subjects(&mut a.tokens[first..], &a.lemmas, base);
                mend_time_appositions(&mut a.tokens[first..], &a.lemmas, base);
                mend_reported_clauses(&mut a.tokens[first..], base);
                mend_titled_conjuncts(&mut a.tokens[first..], base);
                mend_split_subjects(&mut a.tokens[first..], base);
                mend_time_second_subjects(&mut a.tokens[first..], &a.lemmas, base);
                mend_noun_clauses(&mut a.tokens[first..], base);
                mend_passive_agents(&mut a.tokens[first..], &a.lemmas, base);
                mend_noun_predicates(&mut a.tokens[first..], &a.lemmas, base);
            }
        }
        a
    }

    /// Tags and parses a sentence given as words (gold tokens, e.g. for
    /// evaluation).
    pub fn tag_and_parse(&self, words: &[&str]) -> (Tags, Parse) {
        let tags = self.tagger.tag(words);
        let parse = self.parser.parse(words, &tags.upos, &tags.xpos);
        (tags, parse)
    }
}

/// "The Mission condemns these raids", "Germany calls on both sides":
/// the tagger can take the present-tense verb after a sentence-opening
/// name for a plural noun, and the parse then goes wrong from there. A
/// lower-case plural noun right after the name that opens the sentence
/// (after "The" at most), followed by "that", "on" or a determiner, is
/// the verb; it is retagged before parsing.
fn verb_after_subject_name(words: &[&str], tags: &mut Tags) {
    let mut k = usize::from(words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")));
    let name_start = k;
    // the name: proper nouns, or capitalised nouns ("The Commission")
    while k < words.len()
        && (tags.upos[k] == Upos::Propn
            || tags.upos[k] == Upos::Noun && words[k].starts_with(|c: char| c.is_uppercase()))
    {
        k += 1;
    }
    if k == name_start || k + 1 >= words.len() || tags.xpos[k] != Xpos::Nns {
        return;
    }
    let verb_like = |tags: &Tags, j: usize| {
        let word = words[j];
        let opens_object = words.get(j + 1).is_some_and(|next| {
            matches!(
                next.to_ascii_lowercase().as_str(),
                "that"
                    | "on"
                    | "upon"
                    | "the"
                    | "a"
                    | "an"
                    | "these"
                    | "this"
                    | "those"
                    | "all"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "both"
                    | "any"
                    | "every"
            )
        });
        tags.xpos[j] == Xpos::Nns
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && word.ends_with('s')
            && opens_object
    };
    if !verb_like(tags, k) {
        return;
    }
    tags.upos[k] = Upos::Verb;
    tags.xpos[k] = Xpos::Vbz;
    // "... condemns these raids and calls on the ministry": a verb
    // coordinated with it
    for j in k + 2..words.len() {
        if words[j - 1] == "and" && verb_like(tags, j) {
            tags.upos[j] = Upos::Verb;
            tags.xpos[j] = Xpos::Vbz;
        }
    }
}

/// "..., which France denies.", "..., an allegation Beijing rejects.": a
/// relative clause of a name and a present-tense verb that closes its
/// sentence or clause. The tagger can take the verb for a plural noun
/// after the name; a lower-case plural right after a name that follows
/// "which", "that", "what" or a noun, with a punctuation mark after it,
/// is the verb.
fn verb_closing_relative(words: &[&str], tags: &mut Tags) {
    for k in 2..words.len() {
        let closes = words
            .get(k + 1)
            .is_none_or(|next| matches!(*next, "." | "," | ";" | ":" | ")"));
        if tags.xpos[k] != Xpos::Nns
            || !closes
            || !words[k].starts_with(|c: char| c.is_ascii_lowercase())
            || !words[k].ends_with('s')
        {
            continue;
        }
        let mut j = k;
        while j > 0 && tags.upos[j - 1] == Upos::Propn {
            j -= 1;
        }
        if j == k || j == 0 {
            continue;
        }
        let opener = words[j - 1].to_ascii_lowercase();
        if matches!(opener.as_str(), "which" | "that" | "what")
            || matches!(tags.xpos[j - 1], Xpos::Nn | Xpos::Nns)
        {
            tags.upos[k] = Upos::Verb;
            tags.xpos[k] = Xpos::Vbz;
        }
    }
}

/// The index in `tokens` (a sentence starting at token `base`) of the head
/// of token `c`.
fn head_at(tokens: &[Token], c: usize, base: u32) -> Option<usize> {
    tokens[c].head.map(|x| (x - base) as usize)
}

/// The lower-cased lemma of token `t`.
fn lower_lemma(tokens: &[Token], lemmas: &str, t: usize) -> String {
    lemmas[tokens[t].lemma.start as usize..tokens[t].lemma.end as usize].to_ascii_lowercase()
}

/// Wire copy puts the day between a verb and its object ("lifted Friday a
/// blockade", "released Sunday two hostages"); the parser then takes the
/// day for the object and hangs the real one on the verb as a complement
/// or bare oblique. The day becomes the bare oblique it is, and the noun
/// phrase after it the object. `base` is the sentence's first token index.
fn mend_time_objects(tokens: &mut [Token], lemmas: &str, base: u32) {
    for t in 0..tokens.len() {
        let Some(h) = tokens[t].head.map(|h| (h - base) as usize) else {
            continue;
        };
        let lemma = &lemmas[tokens[t].lemma.start as usize..tokens[t].lemma.end as usize];
        if tokens[t].deprel != Deprel::Obj
            || h + 1 != t
            || tokens[h].upos != Upos::Verb
            || !is_time_word(lemma)
        {
            continue;
        }
        let head_of = |c: usize| tokens[c].head.map(|x| (x - base) as usize);
        let object = (t + 1..tokens.len()).find(|&c| {
            head_of(c) == Some(h)
                && matches!(
                    tokens[c].deprel,
                    Deprel::Xcomp | Deprel::OblUnmarked | Deprel::Dep
                )
                && matches!(tokens[c].upos, Upos::Noun | Upos::Propn)
                && !(0..tokens.len())
                    .any(|m| head_of(m) == Some(c) && tokens[m].deprel == Deprel::Case)
                && (t + 1..c)
                    .all(|m| head_of(m) == Some(c) || head_of(m).is_some_and(|x| x > t && x < c))
        });
        if let Some(c) = object {
            tokens[c].deprel = Deprel::Obj;
            tokens[t].deprel = Deprel::OblUnmarked;
        }
    }
}

/// "On Monday Kigali broke off relations", "On Tuesday Guterres
/// announced": without a comma after the day, the parser reads the day and
/// the name after it as one name ("Monday Kigali"). The name becomes the
/// verb's subject, the day an oblique with the preposition as its case.
fn mend_time_subjects(tokens: &mut [Token], lemmas: &str, base: u32) {
    let lemma = |tokens: &[Token], t: usize| {
        &lemmas[tokens[t].lemma.start as usize..tokens[t].lemma.end as usize]
    };
    for day in 1..tokens.len().saturating_sub(1) {
        let (prep, name) = (day - 1, day + 1);
        if !is_weekday(lemma(tokens, day))
            || !matches!(lemma(tokens, prep), "on" | "by" | "since" | "until")
            || tokens[day].upos != Upos::Propn
            || tokens[name].upos != Upos::Propn
        {
            continue;
        }
        // the phrase: the name hung on the day, or the day on the name
        let phrase = if head_at(tokens, name, base) == Some(day)
            && matches!(tokens[name].deprel, Deprel::Flat | Deprel::Compound)
        {
            day
        } else if head_at(tokens, day, base) == Some(name)
            && matches!(tokens[day].deprel, Deprel::Flat | Deprel::Compound)
        {
            name
        } else {
            continue;
        };
        let Some(verb) = head_at(tokens, phrase, base) else {
            continue;
        };
        let other_subject = (0..tokens.len()).any(|c| {
            c != phrase && head_at(tokens, c, base) == Some(verb) && is_subject(tokens[c].deprel)
        });
        if tokens[verb].upos != Upos::Verb || other_subject {
            continue;
        }
        // the rest of the name ("Kigali", "Nikos Christodoulides") stays
        // with the name
        for c in name + 1..tokens.len() {
            if head_at(tokens, c, base) == Some(day) && tokens[c].deprel == Deprel::Flat {
                tokens[c].head = Some(name as u32 + base);
            }
        }
        tokens[name].head = Some(verb as u32 + base);
        tokens[name].deprel = Deprel::Nsubj;
        tokens[day].head = Some(verb as u32 + base);
        tokens[day].deprel = Deprel::Obl;
        tokens[prep].head = Some(day as u32 + base);
        tokens[prep].deprel = Deprel::Case;
    }
}

/// "On Wednesday evening, Thailand, which blamed ..., expelled the
/// ambassador": the parser can take the name between commas for an
/// apposition of the time phrase. A name set beside a time phrase that
/// dates a verb without a subject is that verb's subject, and the relative
/// clause after the name is the name's.
fn mend_time_appositions(tokens: &mut [Token], lemmas: &str, base: u32) {
    for name in 0..tokens.len() {
        // "On Monday, Kosovo's president, Vjosa Osmani, praised ...": a
        // title may stand there too (not another time: "on Monday, the
        // day of the vote")
        let titled =
            tokens[name].upos == Upos::Noun && !is_time_noun(&lower_lemma(tokens, lemmas, name));
        if tokens[name].deprel != Deprel::Appos || !(tokens[name].upos == Upos::Propn || titled) {
            continue;
        }
        let Some(time) = head_at(tokens, name, base) else {
            continue;
        };
        if time > name || !matches!(tokens[time].deprel, Deprel::Obl | Deprel::OblTmod) {
            continue;
        }
        let time_lemma = lower_lemma(tokens, lemmas, time);
        let time_like = is_weekday(&time_lemma)
            || matches!(
                time_lemma.as_str(),
                "morning" | "afternoon" | "evening" | "night" | "weekend" | "day"
            );
        if !time_like {
            continue;
        }
        let Some(verb) = head_at(tokens, time, base) else {
            continue;
        };
        let other_subject = (0..tokens.len())
            .any(|c| head_at(tokens, c, base) == Some(verb) && is_subject(tokens[c].deprel));
        if tokens[verb].upos != Upos::Verb || verb < name || other_subject {
            continue;
        }
        tokens[name].head = Some(verb as u32 + base);
        tokens[name].deprel = Deprel::Nsubj;
        for c in name + 1..verb {
            if head_at(tokens, c, base) != Some(time) {
                continue;
            }
            if matches!(tokens[c].deprel, Deprel::AclRelcl | Deprel::Punct) {
                tokens[c].head = Some(name as u32 + base);
            } else if titled
                && matches!(tokens[c].deprel, Deprel::Conj | Deprel::Appos)
                && tokens[c].upos == Upos::Propn
                && tokens[first_of(tokens, c, base) - 1].xpos == Xpos::Comma
            {
                // ... and the name after the title its apposition
                tokens[c].head = Some(name as u32 + base);
                tokens[c].deprel = Deprel::Appos;
            }
        }
    }
}

/// The first token of the phrase headed by `c` ("Alberto van Klaveren"
/// for "Klaveren"): the run of tokens right before it that hang on it.
fn first_of(tokens: &[Token], c: usize, base: u32) -> usize {
    let mut first = c;
    while first > 1 && tokens[first - 1].upos != Upos::Punct && {
        let mut h = head_at(tokens, first - 1, base);
        let mut steps = 0;
        while h.is_some_and(|x| x != c && x < c) && steps < 3 {
            h = h.and_then(|x| head_at(tokens, x, base));
            steps += 1;
        }
        h == Some(c)
    } {
        first -= 1;
    }
    first
}

/// "Indonesia's foreign minister, Retno Marsudi, thanked him": the parser
/// can make both the title and the name set off by commas after it
/// subjects of the verb. The name is the title's apposition.
fn mend_split_subjects(tokens: &mut [Token], base: u32) {
    for name in 1..tokens.len() {
        if tokens[name].deprel != Deprel::Nsubj
            || tokens[name].upos != Upos::Propn
            || tokens[name - 1].xpos != Xpos::Comma
        {
            continue;
        }
        let Some(verb) = head_at(tokens, name, base) else {
            continue;
        };
        let title = (0..name - 1)
            .rev()
            .find(|&c| head_at(tokens, c, base) == Some(verb) && tokens[c].deprel == Deprel::Nsubj);
        let Some(title) = title else {
            continue;
        };
        // the title's phrase runs up to the comma before the name
        let adjoining = (title + 1..name - 1).all(|m| {
            let mut h = head_at(tokens, m, base);
            let mut steps = 0;
            while let Some(x) = h {
                if x == title || steps > 6 {
                    break;
                }
                h = head_at(tokens, x, base);
                steps += 1;
            }
            h == Some(title)
        });
        if tokens[title].upos == Upos::Noun && adjoining && verb > name {
            tokens[name].head = Some(title as u32 + base);
            tokens[name].deprel = Deprel::Appos;
        }
    }
}

/// "hosted President Yoon of the Republic of Korea and Prime Minister
/// Kishida of Japan": the parser can coordinate the second titled name
/// with the country in the first one's of-phrase. A titled name is
/// coordinated with the titled name that owns the of-phrase, and the name
/// parts the parser hung on the country after it ("Kishida Fumio") become
/// the second name's.
fn mend_titled_conjuncts(tokens: &mut [Token], base: u32) {
    let titled = |tokens: &[Token], n: usize| {
        tokens[n].upos == Upos::Propn
            && (0..n).any(|c| {
                head_at(tokens, c, base) == Some(n) && tokens[c].deprel == Deprel::NmodDesc
            })
    };
    for name in 0..tokens.len() {
        if tokens[name].deprel != Deprel::Conj || !titled(tokens, name) {
            continue;
        }
        let Some(place) = head_at(tokens, name, base) else {
            continue;
        };
        if place > name || tokens[place].upos != Upos::Propn || titled(tokens, place) {
            continue;
        }
        // up the of-phrases to the name that owns them
        let mut owner = place;
        let mut steps = 0;
        while tokens[owner].deprel == Deprel::Nmod && steps < 4 {
            let Some(h) = head_at(tokens, owner, base) else {
                break;
            };
            owner = h;
            steps += 1;
        }
        if owner == place || !titled(tokens, owner) {
            continue;
        }
        tokens[name].head = Some(owner as u32 + base);
        for c in name + 1..tokens.len() {
            if head_at(tokens, c, base) != Some(place) {
                continue;
            }
            // the name's own parts: proper nouns right after it
            if tokens[c].upos == Upos::Propn
                && matches!(tokens[c].deprel, Deprel::Appos | Deprel::Flat)
                && (name + 1..c).all(|m| tokens[m].upos == Upos::Propn)
            {
                tokens[c].head = Some(name as u32 + base);
                tokens[c].deprel = Deprel::Flat;
            }
        }
    }
}

/// "..., and in December 2023 Ali and Maduro met in St Vincent": the
/// parser can take a clause whose subject follows a fronted time phrase for
/// a noun with a past-tense modifier. A verb in the past tense (never a
/// participle's form) on a noun that heads a clause of its own is that
/// clause's verb, the noun its subject, and the words before the noun
/// (the conjunction, the time phrase) the verb's.
fn mend_noun_clauses(tokens: &mut [Token], base: u32) {
    for v in 0..tokens.len() {
        let Some(n) = head_at(tokens, v, base) else {
            continue;
        };
        if tokens[v].upos != Upos::Verb
            || tokens[v].xpos != Xpos::Vbd
            || tokens[v].deprel != Deprel::Acl
            || n >= v
            || !matches!(tokens[n].upos, Upos::Propn | Upos::Noun)
            || !matches!(
                tokens[n].deprel,
                Deprel::Parataxis | Deprel::Conj | Deprel::Root
            )
            || (0..tokens.len())
                .any(|c| head_at(tokens, c, base) == Some(v) && is_subject(tokens[c].deprel))
        {
            continue;
        }
        tokens[v].head = tokens[n].head;
        tokens[v].deprel = tokens[n].deprel;
        tokens[n].head = Some(v as u32 + base);
        tokens[n].deprel = Deprel::Nsubj;
        for c in 0..n {
            if head_at(tokens, c, base) != Some(n) {
                continue;
            }
            match tokens[c].deprel {
                Deprel::Cc | Deprel::Punct | Deprel::Advmod => {
                    tokens[c].head = Some(v as u32 + base);
                }
                Deprel::Nmod | Deprel::Obl | Deprel::NmodTmod | Deprel::OblTmod => {
                    tokens[c].head = Some(v as u32 + base);
                    tokens[c].deprel = Deprel::Obl;
                }
                _ => {}
            }
        }
    }
}

/// "The United States calls on the government to release ...": the
/// tagger can take a present-tense verb after a name for a plural noun,
/// and the parser then reads "The United States calls" as one noun
/// phrase, or gives the noun a subject. A plural noun that heads a
/// sentence without a finite verb (or a clause with a subject and no
/// copula), and has an on- or for-phrase or a clause after it, is the
/// verb; the name before it is its subject, and its phrases are obliques.
fn mend_noun_predicates(tokens: &mut [Token], lemmas: &str, base: u32) {
    let finite = |t: &Token| matches!(t.xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
    for v in 0..tokens.len() {
        if tokens[v].upos != Upos::Noun
            || tokens[v].xpos != Xpos::Nns
            || !matches!(
                tokens[v].deprel,
                Deprel::Root | Deprel::Ccomp | Deprel::Parataxis
            )
        {
            continue;
        }
        let children: Vec<usize> = (0..tokens.len())
            .filter(|&c| head_at(tokens, c, base) == Some(v))
            .collect();
        let subject = children
            .iter()
            .any(|&c| c < v && is_subject(tokens[c].deprel));
        let copula = children.iter().any(|&c| tokens[c].deprel == Deprel::Cop);
        // the name before it, read as a compound of the plural noun
        let name = children.iter().copied().find(|&c| {
            c + 1 == v && tokens[c].deprel == Deprel::Compound && tokens[c].upos == Upos::Propn
        });
        let verbless = tokens[v].deprel == Deprel::Root && !tokens.iter().any(finite);
        let phrase_after = children.iter().any(|&c| {
            c > v
                && (matches!(
                    tokens[c].deprel,
                    Deprel::Advcl | Deprel::Xcomp | Deprel::Ccomp
                ) || tokens[c].deprel == Deprel::Nmod
                    && (0..c).any(|k| {
                        head_at(tokens, k, base) == Some(c)
                            && tokens[k].deprel == Deprel::Case
                            && matches!(
                                lower_lemma(tokens, lemmas, k).as_str(),
                                "on" | "for" | "upon"
                            )
                    }))
        });
        let reading = if subject && !copula {
            true
        } else {
            verbless && name.is_some() && phrase_after
        };
        if !reading || !phrase_after {
            continue;
        }
        tokens[v].upos = Upos::Verb;
        tokens[v].xpos = Xpos::Vbz;
        if let Some(n) = name.filter(|_| !subject) {
            tokens[n].deprel = Deprel::Nsubj;
            for c in 0..n {
                if head_at(tokens, c, base) == Some(v) {
                    tokens[c].head = Some(n as u32 + base);
                }
            }
        }
        for &c in &children {
            if tokens[c].deprel == Deprel::Nmod {
                tokens[c].deprel = Deprel::Obl;
            }
        }
    }
}

/// "Sánchez was received in Rabat by King Mohammed VI, and the two
/// governments agreed ...": the parser can hang "by" on the passive verb
/// and take the agent for its object. In a passive clause, the object
/// right after "by" is the agent, and a verb coordinated with that noun is
/// coordinated with the passive verb.
fn mend_passive_agents(tokens: &mut [Token], lemmas: &str, base: u32) {
    for by in 0..tokens.len() {
        let Some(verb) = head_at(tokens, by, base) else {
            continue;
        };
        if !matches!(tokens[by].deprel, Deprel::Case | Deprel::Mark)
            || lower_lemma(tokens, lemmas, by) != "by"
            || tokens[verb].upos != Upos::Verb
            || verb > by
            || !(0..tokens.len()).any(|c| {
                head_at(tokens, c, base) == Some(verb) && tokens[c].deprel == Deprel::AuxPass
            })
        {
            continue;
        }
        // the object whose phrase starts right after "by"
        let Some(agent) = (by + 1..tokens.len()).find(|&o| {
            head_at(tokens, o, base) == Some(verb)
                && tokens[o].deprel == Deprel::Obj
                && (by + 1..o).all(|m| {
                    let mut cur = m;
                    for _ in 0..4 {
                        match head_at(tokens, cur, base) {
                            Some(h) if h == o => return true,
                            Some(h) => cur = h,
                            None => return false,
                        }
                    }
                    false
                })
        }) else {
            continue;
        };
        tokens[by].head = Some(agent as u32 + base);
        tokens[by].deprel = Deprel::Case;
        tokens[agent].deprel = Deprel::OblAgent;
        for c in agent + 1..tokens.len() {
            if head_at(tokens, c, base) == Some(agent)
                && tokens[c].deprel == Deprel::Conj
                && tokens[c].upos == Upos::Verb
            {
                tokens[c].head = Some(verb as u32 + base);
                for p in 0..tokens.len() {
                    if head_at(tokens, p, base) == Some(agent)
                        && p < c
                        && p > agent
                        && matches!(tokens[p].deprel, Deprel::Cc | Deprel::Punct)
                    {
                        tokens[p].head = Some(c as u32 + base);
                    }
                }
            }
        }
    }
}

/// A verb with a subject of its own is a clause, never a noun's modifier,
/// and a verb has one subject. In "The army lifted a blockade ...,
/// officials told AFP" the parser can hang "lifted" on "officials" as a
/// participle; it is the content of what the officials told, so it becomes
/// the complement of their verb.
fn mend_reported_clauses(tokens: &mut [Token], base: u32) {
    for v in 0..tokens.len() {
        let Some(n) = head_at(tokens, v, base) else {
            continue;
        };
        if tokens[v].upos != Upos::Verb
            || !matches!(tokens[v].deprel, Deprel::Amod | Deprel::Acl)
            || n <= v
            || tokens[n].deprel != Deprel::Nsubj
        {
            continue;
        }
        let has_subject = (0..v)
            .any(|c| head_at(tokens, c, base) == Some(v) && tokens[c].deprel == Deprel::Nsubj);
        let Some(said) = head_at(tokens, n, base) else {
            continue;
        };
        if has_subject && tokens[said].upos == Upos::Verb && said > n {
            tokens[v].head = Some(said as u32 + base);
            tokens[v].deprel = Deprel::Ccomp;
        }
    }
    // "Thousands of nationalists rallied in Delhi, police said", parsed
    // with two subjects of "said" and "rallied" on the first as a
    // participle: the first subject's verb is the reported clause.
    for said in 0..tokens.len() {
        if tokens[said].upos != Upos::Verb {
            continue;
        }
        let subjects: Vec<usize> = (0..tokens.len())
            .filter(|&c| {
                head_at(tokens, c, base) == Some(said) && tokens[c].deprel == Deprel::Nsubj
            })
            .collect();
        let [first, second] = subjects[..] else {
            continue;
        };
        if second > said {
            continue;
        }
        let inside = |tokens: &[Token], mut c: usize| {
            for _ in 0..tokens.len() {
                match head_at(tokens, c, base) {
                    Some(h) if h == first => return true,
                    Some(h) => c = h,
                    None => return false,
                }
            }
            false
        };
        let verb = (first + 1..second).find(|&v| {
            tokens[v].upos == Upos::Verb
                && matches!(tokens[v].xpos, Xpos::Vbd | Xpos::Vbn)
                && tokens[v].deprel == Deprel::Acl
                && inside(tokens, v)
        });
        if let Some(v) = verb {
            tokens[v].head = Some(said as u32 + base);
            tokens[v].deprel = Deprel::Ccomp;
            tokens[first].head = Some(v as u32 + base);
        }
    }
}

/// A word that names a stretch of time: a day, a month, a part of the
/// day ("December", "Monday", "evening", "week").
fn is_time_noun(lemma: &str) -> bool {
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
    let lower = lemma.to_ascii_lowercase();
    is_time_word(&lower)
        || MONTHS.contains(&lower.as_str())
        || matches!(
            lower.as_str(),
            "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "day"
                | "week"
                | "weekend"
                | "month"
                | "year"
        )
}

/// "In his lecture in Oslo that December he said": the parser can take a
/// bare time phrase before the subject for a second subject. With another
/// subject beside it, the time word is the verb's temporal modifier (and a
/// "that" before it its determiner).
fn mend_time_second_subjects(tokens: &mut [Token], lemmas: &str, base: u32) {
    for t in 0..tokens.len() {
        if tokens[t].deprel != Deprel::Nsubj || !is_time_noun(&lower_lemma(tokens, lemmas, t)) {
            continue;
        }
        let Some(verb) = head_at(tokens, t, base) else {
            continue;
        };
        let other = (t + 1..verb.min(tokens.len()))
            .any(|c| head_at(tokens, c, base) == Some(verb) && is_subject(tokens[c].deprel));
        if !other {
            continue;
        }
        tokens[t].deprel = Deprel::OblTmod;
        if t > 0
            && head_at(tokens, t - 1, base) == Some(verb)
            && tokens[t - 1].deprel == Deprel::Mark
            && matches!(lower_lemma(tokens, lemmas, t - 1).as_str(), "that" | "this")
        {
            tokens[t - 1].head = Some(t as u32 + base);
            tokens[t - 1].deprel = Deprel::Det;
        }
    }
}

/// Days and the deictic day words wire copy puts before a verb.
fn is_time_word(lemma: &str) -> bool {
    is_weekday(lemma)
        || matches!(
            lemma.to_ascii_lowercase().as_str(),
            "today" | "yesterday" | "tonight"
        )
}

/// Whether a word is the name of a day of the week (any case).
pub fn is_weekday(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Relations that attach a subject.
fn is_subject(d: Deprel) -> bool {
    matches!(
        d,
        Deprel::Nsubj
            | Deprel::NsubjPass
            | Deprel::NsubjOuter
            | Deprel::Csubj
            | Deprel::CsubjPass
            | Deprel::CsubjOuter
    )
}

fn is_oblique(d: Deprel) -> bool {
    matches!(
        d,
        Deprel::Obl | Deprel::OblAgent | Deprel::OblUnmarked | Deprel::OblTmod | Deprel::OblNpmod
    )
}

fn is_clausal(d: Deprel) -> bool {
    matches!(
        d,
        Deprel::Root
            | Deprel::Ccomp
            | Deprel::Xcomp
            | Deprel::Advcl
            | Deprel::AdvclRelcl
            | Deprel::Acl
            | Deprel::AclRelcl
            | Deprel::Parataxis
            | Deprel::Csubj
            | Deprel::CsubjPass
    )
}

impl Analysis {
    /// Whether sentence `s` was parsed (see [`Nlp::analyze_where`]).
    pub fn sentence_parsed(&self, s: usize) -> bool {
        self.sentence_parsed.get(s).copied().unwrap_or(false)
    }

    /// Whether the text was parsed (heads and relations are meaningful).
    pub fn is_parsed(&self) -> bool {
        self.parsed
    }

    /// The lemma of token `i`.
    pub fn lemma(&self, i: usize) -> &str {
        let r = self.tokens[i].lemma;
        &self.lemmas[r.start as usize..r.end as usize]
    }

    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> &[Token] {
        &self.tokens[self.sentences[s].tokens.clone()]
    }

    /// The root token of sentence `s`.
    pub fn sentence_root(&self, s: usize) -> Option<usize> {
        let r = self.sentences.get(s)?.tokens.clone();
        r.into_iter()
            .find(|&i| self.tokens[i].head.is_none() && self.tokens[i].deprel == Deprel::Root)
    }

    /// Head of token `i`.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.tokens.get(i)?.head.map(|h| h as usize)
    }

    /// Dependents of token `i`, in text order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let range = self
            .tokens
            .get(i)
            .map(|t| self.sentences[t.sentence as usize].tokens.clone())
            .unwrap_or(0..0);
        range.filter(move |&k| self.tokens[k].head == Some(i as u32))
    }

    /// Dependents of `i` with relation `rel`.
    pub fn children_with(&self, i: usize, rel: Deprel) -> impl Iterator<Item = usize> + '_ {
        self.children(i)
            .filter(move |&k| self.tokens[k].deprel == rel)
    }

    /// The subject of predicate `i` (nsubj, nsubj:pass, csubj...). A verb
    /// coordinated with another (`met and agreed`) shares its subject; an
    /// open complement (`urged Baku to withdraw`) takes the object of its
    /// governor, or else its governor's subject.
    ///
    /// Wire copy puts a bare time word between subject and verb ("Denmark
    /// today accepted ..."), and the parser then often hangs the subject on
    /// the time word: a name or noun directly before a time word that
    /// modifies the predicate is taken as its subject when it has no other.
    pub fn subject(&self, i: usize) -> Option<usize> {
        let mut cur = i;
        for _ in 0..8 {
            if let Some(s) = self
                .children(cur)
                .find(|&k| is_subject(self.tokens[k].deprel))
            {
                return Some(s);
            }
            if let Some(s) = self.subject_before_time_word(cur) {
                return Some(s);
            }
            if let Some(s) = self.subject_left_of_finite(cur) {
                return Some(s);
            }
            let t = self.tokens.get(cur)?;
            match (t.deprel, t.head) {
                (Deprel::Conj, Some(h)) => cur = h as usize,
                (Deprel::Xcomp, Some(h)) => {
                    let h = h as usize;
                    if let Some(o) = self
                        .children(h)
                        .find(|&k| matches!(self.tokens[k].deprel, Deprel::Obj | Deprel::Iobj))
                    {
                        return Some(o);
                    }
                    cur = h;
                }
                _ => return None,
            }
        }
        None
    }

    /// The name or noun just before finite verb `i` when the parser hung it
    /// elsewhere and left the verb without a subject: "after the Secretary
    /// of State Antony Blinken offered ..." read as "weeks after the
    /// Secretary" with "offered" a bare conjunct. Only for a past or present
    /// tense verb without a coordinating conjunction (a coordinated verb
    /// shares its first conjunct's subject).
    fn subject_left_of_finite(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i)?;
        if !matches!(t.xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            || t.deprel == Deprel::AclRelcl
            || self.children(i).any(|k| {
                matches!(
                    self.tokens[k].deprel,
                    Deprel::Cc | Deprel::Expl | Deprel::Nsubj | Deprel::NsubjPass
                )
            })
        {
            return None;
        }
        let mut p = i.checked_sub(1)?;
        while self.tokens[p].head == Some(i as u32)
            && matches!(self.tokens[p].upos, Upos::Adv | Upos::Aux | Upos::Part)
        {
            p = p.checked_sub(1)?;
        }
        let w = &self.tokens[p];
        if !matches!(w.upos, Upos::Propn | Upos::Noun)
            || w.head == Some(i as u32)
            || !matches!(
                w.deprel,
                Deprel::Nmod | Deprel::Flat | Deprel::Compound | Deprel::Obl | Deprel::Appos
            )
        {
            return None;
        }
        // the head of a name written in several words
        while matches!(self.tokens[p].deprel, Deprel::Flat)
            && self.tokens[p].head.is_some_and(|h| (h as usize) < p)
        {
            p = self.tokens[p].head? as usize;
        }
        Some(p)
    }

    /// The nominal hung on a bare time word ("today", "Monday") that
    /// precedes predicate `i` and modifies it (see [`Analysis::subject`]).
    fn subject_before_time_word(&self, i: usize) -> Option<usize> {
        let t = self.children(i).find(|&k| {
            k < i
                && matches!(
                    self.tokens[k].deprel,
                    Deprel::OblUnmarked | Deprel::OblTmod | Deprel::NmodUnmarked | Deprel::Obl
                )
                && is_time_word(self.lemma(k))
                && (k + 1..i)
                    .all(|j| matches!(self.tokens[j].upos, Upos::Aux | Upos::Adv | Upos::Part))
        })?;
        let s = self.children(t).find(|&c| {
            c + 1 == t
                || (c < t
                    && self.tokens[c + 1..t].iter().all(|x| {
                        matches!(x.deprel, Deprel::Flat | Deprel::Compound)
                            && x.head == Some(c as u32)
                    }))
        })?;
        (s < t
            && matches!(self.tokens[s].upos, Upos::Propn | Upos::Noun | Upos::Pron)
            && matches!(
                self.tokens[s].deprel,
                Deprel::Compound | Deprel::Nmod | Deprel::NmodPoss | Deprel::Amod | Deprel::Appos
            ))
        .then_some(s)
    }

    /// Whether predicate `i` is passive: it has a passive auxiliary or
    /// passive subject, or is a participle modifying a noun (`troops
    /// deployed in the region`).
    pub fn is_passive(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        // a passive subject on a finite verb without a passive auxiliary
        // ("The United Nations called on ...") is a misparse, not a passive
        let participle = t.xpos == Xpos::Vbn;
        self.children(i).any(|k| match self.tokens[k].deprel {
            Deprel::AuxPass => true,
            Deprel::NsubjPass | Deprel::CsubjPass => participle,
            _ => false,
        }) || (participle && t.deprel == Deprel::Acl)
    }

    /// The agent of passive predicate `i`: an `obl:agent` dependent, or an
    /// oblique introduced by `by`.
    pub fn passive_agent(&self, i: usize) -> Option<usize> {
        if let Some(a) = self.children_with(i, Deprel::OblAgent).next() {
            return Some(a);
        }
        if !self.is_passive(i) {
            return None;
        }
        self.children(i)
            .filter(|&k| is_oblique(self.tokens[k].deprel))
            .find(|&k| self.case_marker(k).is_some_and(|c| self.lemma(c) == "by"))
    }

    /// Direct and indirect objects of predicate `i`.
    pub fn objects(&self, i: usize) -> Vec<usize> {
        self.children(i)
            .filter(|&k| matches!(self.tokens[k].deprel, Deprel::Obj | Deprel::Iobj))
            .collect()
    }

    /// The preposition (or other `case` dependent) of nominal `i`.
    pub fn case_marker(&self, i: usize) -> Option<usize> {
        self.children_with(i, Deprel::Case).next()
    }

    /// Obliques of predicate `i` with their preposition, if any:
    /// `(oblique, case marker)`.
    pub fn obliques(&self, i: usize) -> Vec<(usize, Option<usize>)> {
        self.children(i)
            .filter(|&k| is_oblique(self.tokens[k].deprel))
            .map(|k| (k, self.case_marker(k)))
            .collect()
    }

    /// Conjuncts of `i`: the words coordinated with it (`Armenia and
    /// Azerbaijan` gives `Azerbaijan` for `Armenia`, and `Armenia` for
    /// `Azerbaijan`).
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let Some(t) = self.tokens.get(i) else {
            return Vec::new();
        };
        let first = match (t.deprel, t.head) {
            (Deprel::Conj, Some(h)) => h as usize,
            _ => i,
        };
        std::iter::once(first)
            .chain(self.children_with(first, Deprel::Conj))
            .filter(|&k| k != i)
            .collect()
    }

    /// Appositions of `i` (`Ilham Aliyev, the president`).
    pub fn appositions(&self, i: usize) -> Vec<usize> {
        self.children_with(i, Deprel::Appos).collect()
    }

    /// The head of the clause token `i` belongs to: the nearest ancestor (or
    /// `i` itself) that is a verb or heads a clausal relation.
    pub fn clause_head(&self, i: usize) -> Option<usize> {
        let mut cur = i;
        for _ in 0..self.tokens.len().min(256) {
            let t = self.tokens.get(cur)?;
            if t.upos == Upos::Verb || is_clausal(t.deprel) {
                return Some(cur);
            }
            match t.head {
                Some(h) => cur = h as usize,
                None => return Some(cur),
            }
        }
        None
    }

    /// The tokens of the subtree rooted at `i` as a contiguous index range
    /// (from its leftmost to its rightmost descendant).
    pub fn subtree(&self, i: usize) -> std::ops::Range<usize> {
        let Some(t) = self.tokens.get(i) else {
            return 0..0;
        };
        let range = self.sentences[t.sentence as usize].tokens.clone();
        let (mut lo, mut hi) = (i, i);
        for k in range {
            let mut cur = k;
            let mut steps = 0;
            while cur != i && steps < 256 {
                match self.tokens[cur].head {
                    Some(h) => cur = h as usize,
                    None => break,
                }
                steps += 1;
            }
            if cur == i {
                lo = lo.min(k);
                hi = hi.max(k);
            }
        }
        lo..hi + 1
    }
}
