//! Learned sentence boundaries: an averaged perceptron that decides, at each
//! gap between two tokens of one line, whether a new sentence starts there.
//!
//! Web and e-mail text ends sentences without punctuation, starts them in
//! lower case and uses `...`, `!!!` and `?` freely, which the rules of
//! [`crate::sentence`] cannot read. The model looks at the words around each
//! gap (lower-cased forms, shapes, classes such as terminator, closer,
//! abbreviation), the rule-based splitter's own decision there, how long the
//! current sentence already is and how far the line still goes, and makes a
//! greedy left-to-right decision.
//!
//! Some guarantees hold whatever the weights say: a line break always ends a
//! sentence, a gap without white space never does, nor does the gap after a
//! title or reference abbreviation (`Mr.`, `Gen.`, `No.`), before a comma-like
//! punctuation mark, after `,”` (before the speaker of a quote), or between a plain word or a known abbreviation (`U.S.`,
//! `tsp.`) and a word in lower case. Those gaps are not scored at all (they
//! almost never start a sentence, and skipping them keeps splitting cheap).
//!
//! The weights ship in `models/sentences.dnlp` (a `.dnlp` file of kind 3 with
//! one weight table, `boundary.weights`, of two classes: 0 continue, 1 split),
//! learned from the UD English Web Treebank with
//! `dragoman train sentences`; see `models/README.md`.

use std::path::Path;
use std::sync::OnceLock;

use dragoman_core::Span;

use crate::conllu::ConlluSentence;
use crate::error::NlpError;
use crate::model::{ModelFile, ModelView, Writer};
use crate::perceptron::{feat, feat3, hash_str, Rng, Trainer, WeightTable};
use crate::sentence::{split_rules, Sentence};
use crate::tokenize::{abbreviation_kind, lexicon, tokenize, AbbrevKind};

pub(crate) const KIND_SENTENCES: u32 = 3;

/// The shipped weights.
const SENTENCE_MODEL: &[u8] = include_bytes!("../models/sentences.dnlp");

/// Coarse token classes used in conjunctions.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Class {
    Lower = 1,
    Capital,
    Upper,
    Number,
    /// `.`, `!`, `?`, `…` and runs of them.
    Terminator,
    Closer,
    Opener,
    /// `,`, `;`, `:` and similar marks that continue a sentence.
    Comma,
    OtherPunct,
    /// A word ending in `.` (`Inc.`, `etc.`, `ext.`).
    Abbrev,
    /// A URL, e-mail address or file name (`http://…`, `a@b.com`, `x.pdf`).
    Url,
    Other,
}

fn class_of(tok: &str) -> Class {
    let mut chars = tok.chars();
    let Some(first) = chars.next() else {
        return Class::Other;
    };
    if tok.chars().all(|c| matches!(c, '.' | '!' | '?' | '…')) {
        return Class::Terminator;
    }
    if tok.len() > 4
        && (tok.contains("://")
            || tok.contains('@')
            || tok.starts_with("www.")
            || tok.contains('/'))
    {
        return Class::Url;
    }
    if first.is_alphabetic() {
        if tok.len() > 1 && tok.ends_with('.') {
            return Class::Abbrev;
        }
        if first.is_lowercase() {
            return Class::Lower;
        }
        let mut any_lower = false;
        let mut n_alpha = 0;
        for c in tok.chars() {
            if c.is_alphabetic() {
                n_alpha += 1;
                any_lower |= c.is_lowercase();
            }
        }
        return if !any_lower && n_alpha > 1 {
            Class::Upper
        } else {
            Class::Capital
        };
    }
    if first.is_numeric() {
        return Class::Number;
    }
    match tok {
        "”" | "’" | "»" | "›" | ")" | "]" | "}" | "''" => Class::Closer,
        "“" | "‘" | "«" | "‹" | "(" | "[" | "{" | "``" | "`" | "„" => Class::Opener,
        "\"" | "'" => Class::Closer,
        "," | ";" | ":" | "%" => Class::Comma,
        _ if first.is_alphanumeric() => Class::Other,
        _ => Class::OtherPunct,
    }
}

/// Hash of a compressed shape: `X` upper, `x` lower, `d` digit, other
/// characters as themselves; repeats collapsed, at most six symbols.
fn shape_hash(tok: &str) -> u64 {
    let mut h: u64 = 0x5348_4150;
    let mut last = '\0';
    let mut n = 0;
    for c in tok.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if s != last {
            h = crate::perceptron::mix(h, s as u64);
            last = s;
            n += 1;
            if n == 6 {
                break;
            }
        }
    }
    h
}

/// What the model needs of one token, computed once.
#[derive(Clone, Copy)]
struct TokInfo {
    word: u64,
    shape: u64,
    class: Class,
    starter: bool,
    nonfinal: bool,
}

const EDGE: TokInfo = TokInfo {
    word: 0xED6E,
    shape: 0xED6E,
    class: Class::Other,
    starter: false,
    nonfinal: false,
};

fn bucket(n: usize) -> u64 {
    match n {
        0..=4 => n as u64,
        5..=6 => 5,
        7..=9 => 6,
        10..=14 => 7,
        15..=24 => 8,
        _ => 9,
    }
}

/// Feature templates.
mod t {
    pub const BIAS: u64 = 1;
    pub const RULE: u64 = 2;
    pub const W_A: u64 = 3;
    pub const W_B: u64 = 4;
    pub const SH_AB: u64 = 5;
    pub const W_A_SH_B: u64 = 6;
    pub const SH_A_W_B: u64 = 7;
    pub const W_PA: u64 = 8;
    pub const W_BN: u64 = 9;
    pub const SH_PAB: u64 = 10;
    pub const SH_BN: u64 = 11;
    pub const LEN: u64 = 12;
    pub const REST: u64 = 13;
    pub const RULE_CLS: u64 = 14;
    pub const W_P_B: u64 = 15;
    pub const STARTER: u64 = 16;
    pub const W_A_W_B: u64 = 17;
    pub const LEN_RULE: u64 = 18;
}

/// The gap before token `b` (an index into `info`): is it worth scoring, and
/// if it is, may it split at all?
fn candidate(info: &[TokInfo], b: usize) -> bool {
    let (a, bi) = (&info[b - 1], &info[b]);
    if a.nonfinal || matches!(bi.class, Class::Comma) {
        return false;
    }
    // `,”` closing a quotation before its speaker: `“...,” Lee said`
    let comma = |t: &TokInfo| matches!(t.class, Class::Comma);
    if matches!(a.class, Class::Closer) && b >= 2 && comma(&info[b - 2]) {
        return false;
    }
    // a plain word, or a known abbreviation (`tsp. olive oil`, `U.S. joint
    // patrols`), before a lower-case word
    !(matches!(
        a.class,
        Class::Lower | Class::Capital | Class::Number | Class::Abbrev
    ) && matches!(bi.class, Class::Lower))
}

fn features(
    info: &[TokInfo],
    b: usize,
    rule: bool,
    (since, rest): (usize, usize),
    out: &mut Vec<u64>,
) {
    out.clear();
    let get = |i: isize| -> &TokInfo {
        if i < 0 || i as usize >= info.len() {
            &EDGE
        } else {
            &info[i as usize]
        }
    };
    let bi = b as isize;
    let (pa, a, bb, bn) = (get(bi - 2), get(bi - 1), get(bi), get(bi + 1));
    let (ca, cb) = (a.class as u64, bb.class as u64);
    let r = rule as u64;
    out.push(feat(t::BIAS, 0, 0));
    out.push(feat(t::RULE, r, 0));
    out.push(feat(t::W_A, a.word, 0));
    out.push(feat(t::W_B, bb.word, 0));
    out.push(feat(t::SH_AB, a.shape, bb.shape));
    out.push(feat(t::W_A_SH_B, a.word, bb.shape));
    out.push(feat(t::SH_A_W_B, a.shape, bb.word));
    out.push(feat(t::W_PA, pa.word, a.word));
    out.push(feat(t::W_BN, bb.word, bn.word));
    out.push(feat3(t::SH_PAB, pa.shape, a.shape, bb.shape));
    out.push(feat3(t::SH_BN, a.shape, bb.shape, bn.shape));
    out.push(feat3(t::LEN, bucket(since), ca, cb));
    out.push(feat3(t::REST, bucket(rest), ca, cb));
    out.push(feat3(t::RULE_CLS, r, ca, cb));
    out.push(feat(t::W_P_B, pa.word, bb.word));
    out.push(feat3(t::STARTER, bb.starter as u64, ca, r));
    out.push(feat(t::W_A_W_B, a.word, bb.word));
    out.push(feat3(t::LEN_RULE, bucket(since), r, bb.starter as u64));
}

fn token_info(text: &str, tokens: &[Span], out: &mut Vec<TokInfo>) {
    let lex = lexicon();
    out.clear();
    out.extend(tokens.iter().map(|s| {
        let tok = &text[s.start..s.end];
        let class = class_of(tok);
        TokInfo {
            word: hash_str(tok, true),
            shape: shape_hash(tok),
            class,
            // the starters are capitalised words; titles end in `.`
            starter: class == Class::Capital && lex.is_sentence_starter(tok),
            nonfinal: class == Class::Abbrev
                && matches!(abbreviation_kind(tok), Some(AbbrevKind::NonFinal)),
        }
    }));
}

/// Runs the greedy decoder over `text`; `decide(features, gold)` returns
/// whether to split (the trainer also learns from `gold`, when known).
fn decode(
    text: &str,
    tokens: &[Span],
    gold: Option<&[bool]>,
    mut decide: impl FnMut(&[u64], Option<bool>) -> bool,
) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    if tokens.is_empty() {
        return out;
    }
    let rules = split_rules(text, tokens);
    let mut rule_start = vec![false; tokens.len()];
    for s in &rules {
        rule_start[s.tokens.start] = true;
    }
    let mut info = Vec::with_capacity(tokens.len());
    token_info(text, tokens, &mut info);
    let mut feats = Vec::with_capacity(24);
    let n = tokens.len();
    let mut start = 0;
    let mut line_start = 0;
    while line_start < n {
        // the line: tokens up to the next line break
        let mut line_end = line_start + 1;
        while line_end < n && !text[tokens[line_end - 1].end..tokens[line_end].start].contains('\n')
        {
            line_end += 1;
        }
        let line = &info[line_start..line_end];
        for b in line_start + 1..line_end {
            let gap = &text[tokens[b - 1].end..tokens[b].start];
            if gap.is_empty() || !candidate(line, b - line_start) {
                continue;
            }
            features(
                line,
                b - line_start,
                rule_start[b],
                (b - start, line_end - b),
                &mut feats,
            );
            if decide(&feats, gold.map(|g| g[b])) {
                out.push(Sentence {
                    span: Span::new(tokens[start].start, tokens[b - 1].end),
                    tokens: start..b,
                });
                start = b;
            }
        }
        out.push(Sentence {
            span: Span::new(tokens[start].start, tokens[line_end - 1].end),
            tokens: start..line_end,
        });
        start = line_end;
        line_start = line_end;
    }
    out
}

/// The learned sentence splitter.
pub struct SentenceModel {
    weights: WeightTable,
}

impl SentenceModel {
    /// Reads a model from the bytes of a `.dnlp` file.
    pub fn from_bytes(data: &[u8], name: &str) -> Result<SentenceModel, NlpError> {
        let view = ModelView::parse(data, name, KIND_SENTENCES)?;
        let weights = WeightTable::read(view.section("boundary.weights")?, name)?;
        if weights.n_classes() != 2 {
            return Err(NlpError::model(name, "boundary weights need two classes"));
        }
        Ok(SentenceModel { weights })
    }

    /// The model shipped in `models/sentences.dnlp`.
    pub fn builtin() -> Result<SentenceModel, NlpError> {
        SentenceModel::from_bytes(SENTENCE_MODEL, "models/sentences.dnlp")
    }

    /// A process-wide instance of the built-in model, loaded on first use.
    pub fn shared() -> Result<&'static SentenceModel, NlpError> {
        static SHARED: OnceLock<SentenceModel> = OnceLock::new();
        if let Some(m) = SHARED.get() {
            return Ok(m);
        }
        let m = SentenceModel::builtin()?;
        Ok(SHARED.get_or_init(|| m))
    }

    /// Reads a model file.
    pub fn load(path: &Path) -> Result<SentenceModel, NlpError> {
        let data = std::fs::read(path).map_err(|e| NlpError::io(path, e))?;
        SentenceModel::from_bytes(&data, &path.display().to_string())
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut m = ModelFile::new(KIND_SENTENCES);
        let mut w = Writer::default();
        self.weights.write(&mut w);
        m.add("boundary.weights", w.buf);
        m.to_bytes()
    }

    /// Number of weight rows (features kept).
    pub fn size(&self) -> usize {
        self.weights.n_rows()
    }

    /// Splits tokenized `text` into sentences. Every token belongs to exactly
    /// one sentence; sentences are returned in text order.
    pub fn split(&self, text: &str, tokens: &[Span]) -> Vec<Sentence> {
        let mut scores = [0i32; 2];
        decode(text, tokens, None, |f, _| {
            self.weights.score(f, &mut scores);
            scores[1] > scores[0]
        })
    }
}

/// Options of [`train_sentence_model`].
#[derive(Debug, Clone)]
pub struct SentenceTraining {
    pub epochs: usize,
    pub seed: u64,
    /// Averaged weights below this magnitude are dropped from the model.
    pub prune: f32,
}

impl Default for SentenceTraining {
    fn default() -> Self {
        SentenceTraining {
            epochs: 10,
            seed: 5,
            prune: 0.5,
        }
    }
}

/// Progress of one training epoch.
#[derive(Debug, Clone, Copy)]
pub struct SentenceEpochReport {
    pub epoch: usize,
    /// Sentence F1 on the training text with the current (unaveraged) weights.
    pub train_f1: f64,
    /// Sentence F1 on the development text with the averaged weights (0 when
    /// there is none).
    pub dev_f1: f64,
}

/// Raw text of a treebank cut into lines (paragraphs), each with its tokens
/// and the gold start flag of each token.
struct Line {
    text: String,
    tokens: Vec<Span>,
    starts: Vec<bool>,
    gold: Vec<(usize, usize)>,
}

fn lines_of(sents: &[ConlluSentence]) -> Vec<Line> {
    let g = crate::eval::gold_text(sents);
    let mut out = Vec::new();
    let mut offset = 0;
    let mut gold = g.sentences.iter().peekable();
    for para in g.text.split('\n') {
        let end = offset + para.len();
        let mut spans = Vec::new();
        while let Some(&&(s, e)) = gold.peek() {
            if s > end {
                break;
            }
            spans.push((s - offset, e.min(end) - offset));
            gold.next();
        }
        let tokens = tokenize(para);
        let starts = tokens
            .iter()
            .map(|t| spans.iter().any(|s| s.0 == t.start))
            .collect();
        if !tokens.is_empty() {
            out.push(Line {
                text: para.to_string(),
                tokens,
                starts,
                gold: spans,
            });
        }
        offset = end + 1;
    }
    out
}

/// Counts of (hits, gold, predicted) sentences of `pred` against a line.
fn counts(line: &Line, pred: &[Sentence]) -> (usize, usize, usize) {
    let hits = pred
        .iter()
        .filter(|s| line.gold.contains(&(s.span.start, s.span.end)))
        .count();
    (hits, line.gold.len(), pred.len())
}

fn f1((hits, gold, pred): (usize, usize, usize)) -> f64 {
    if hits == 0 {
        return 0.0;
    }
    let (p, r) = (hits as f64 / pred as f64, hits as f64 / gold as f64);
    2.0 * p * r / (p + r)
}

fn add(a: (usize, usize, usize), b: (usize, usize, usize)) -> (usize, usize, usize) {
    (a.0 + b.0, a.1 + b.1, a.2 + b.2)
}

/// Trains the boundary model on the raw text of `train` (rebuilt as in
/// [`crate::eval`]), keeping the epoch with the best sentence F1 on `dev`
/// (the last one without dev). `report` is called after every epoch.
pub fn train_sentence_model(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    opts: &SentenceTraining,
    mut report: impl FnMut(&SentenceEpochReport),
) -> Result<SentenceModel, NlpError> {
    let mut lines = lines_of(train);
    if lines.is_empty() {
        return Err(NlpError::Training("no training text".into()));
    }
    let dev_lines = lines_of(dev);
    let mut trainer = Trainer::new(2);
    let mut rng = Rng::new(opts.seed);
    let mut best: Option<(f64, WeightTable)> = None;
    let mut scores = [0f32; 2];
    for epoch in 1..=opts.epochs.max(1) {
        rng.shuffle(&mut lines);
        let mut total = (0, 0, 0);
        for line in &lines {
            let pred = decode(&line.text, &line.tokens, Some(&line.starts), |f, gold| {
                trainer.score(f, &mut scores);
                let guess = scores[1] > scores[0];
                let truth = gold.unwrap_or(false);
                trainer.update(f, truth as usize, guess as usize);
                trainer.tick();
                guess
            });
            total = add(total, counts(line, &pred));
        }
        let weights = trainer.finish(opts.prune);
        let model = SentenceModel { weights };
        let dev_total = dev_lines.iter().fold((0, 0, 0), |acc, l| {
            add(acc, counts(l, &model.split(&l.text, &l.tokens)))
        });
        let r = SentenceEpochReport {
            epoch,
            train_f1: f1(total),
            dev_f1: f1(dev_total),
        };
        report(&r);
        let score = if dev_lines.is_empty() {
            epoch as f64
        } else {
            r.dev_f1
        };
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, model.weights));
        }
    }
    match best {
        Some((_, weights)) => Ok(SentenceModel { weights }),
        None => Err(NlpError::Training("no epoch ran".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_shapes() {
        assert!(class_of("Inc.") == Class::Abbrev);
        assert!(class_of("...") == Class::Terminator);
        assert!(class_of("?!") == Class::Terminator);
        assert!(class_of("NATO") == Class::Upper);
        assert!(class_of("I") == Class::Capital);
        assert!(class_of("”") == Class::Closer);
        assert!(class_of(",") == Class::Comma);
        assert!(class_of("") == Class::Other);
        assert_eq!(shape_hash("Baku"), shape_hash("Yerevan"));
        assert_ne!(shape_hash("Baku"), shape_hash("baku"));
        assert_eq!(bucket(3), 3);
        assert_eq!(bucket(100), 9);
    }

    fn sents(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let model = SentenceModel::shared().unwrap();
        model
            .split(text, &tokens)
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn news_guarantees() {
        assert_eq!(
            sents(
                "“That’s perfect,” Boudreau said. Mr. Lee met U.S. officials on Sept. 5 in Baku."
            ),
            [
                "“That’s perfect,” Boudreau said.",
                "Mr. Lee met U.S. officials on Sept. 5 in Baku."
            ]
        );
        assert_eq!(
            sents("Add 1 tsp. olive oil and the U.S. joint patrols\nA headline without a stop"),
            [
                "Add 1 tsp. olive oil and the U.S. joint patrols",
                "A headline without a stop"
            ]
        );
        assert_eq!(
            sents("See www.gov.am.Talks resume"),
            ["See www.gov.am.Talks resume"]
        );
        assert_eq!(
            sents("The U.S. Army said so at 5 p.m. The talks ended. Gen. Smith left."),
            [
                "The U.S. Army said so at 5 p.m.",
                "The talks ended.",
                "Gen. Smith left."
            ]
        );
        assert_eq!(
            sents("“We will not give up.” The minister left. “Why?” he asked."),
            [
                "“We will not give up.”",
                "The minister left.",
                "“Why?” he asked."
            ]
        );
    }

    #[test]
    fn web_text() {
        // a question followed by a lower-case start
        assert_eq!(
            sents("are you kidding? why would you want a chihuahua?"),
            ["are you kidding?", "why would you want a chihuahua?"]
        );
        // URLs one after the other
        assert_eq!(
            sents("http://example.com/a.html http://example.com/b.html"),
            ["http://example.com/a.html", "http://example.com/b.html"]
        );
    }

    #[test]
    fn every_token_in_exactly_one_sentence() {
        let model = SentenceModel::shared().unwrap();
        for text in [
            "",
            "...",
            "!!! ??? …",
            "\"",
            "“ ”",
            "a",
            "Hi :-) bye :) OK.\n\n\nthen lower. Then UPPER! 12. 13. (x) [y]",
            "e-mail me at a@b.com or see http://x.org/a.b. thanks! -- Sam\n",
            "日本語の文。 Ещё одно предложение. مرحبا. 🙂🙂 Done",
        ] {
            let tokens = tokenize(text);
            let got = model.split(text, &tokens);
            let mut next = 0;
            for s in &got {
                assert_eq!(s.tokens.start, next, "{text:?}");
                assert!(s.tokens.end > s.tokens.start, "{text:?}");
                assert_eq!(s.span.start, tokens[s.tokens.start].start);
                assert_eq!(s.span.end, tokens[s.tokens.end - 1].end);
                next = s.tokens.end;
            }
            assert_eq!(next, tokens.len(), "{text:?}");
        }
    }

    #[test]
    fn corrupt_model_is_an_error() {
        assert!(SentenceModel::from_bytes(b"DRGNLP\0\0junk", "x").is_err());
        assert!(SentenceModel::from_bytes(&[], "x").is_err());
    }
}
