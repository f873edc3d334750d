//! Greedy transition-based dependency parser.
//!
//! The transition system is arc-eager with the artificial root at the *end*
//! of the buffer (Ballesteros & Nivre 2013), so that every word left on the
//! stack is attached to it by a final left arc and no word stays unattached.
//! Two averaged perceptrons work together: one scores the four unlabelled
//! transitions (SHIFT, RIGHT, LEFT, REDUCE) from about eighty feature
//! templates in the style of Zhang & Nivre (2011) — words and tags of stack
//! and buffer items, their heads and outermost children, distance, valency
//! and the label sets of attached children — and one picks the relation of
//! every arc at the moment it is built, from the head, the dependent and
//! what is already attached to them.
//!
//! Training uses the dynamic oracle of Goldberg & Nivre (2012) with error
//! exploration; non-projective training trees are first made projective by
//! lifting their crossing arcs.
//!
//! A model trained globally (`--beam N`) parses by beam search instead
//! (`Parser::beam_search`); its decoder gathers the features of the whole
//! beam before loading their weight rows, and reuses the scores of feature
//! groups whose exact inputs it has met before in the sentence, so that it
//! finds the trees of the plain search with fewer cache misses.

use crate::conllu::ConlluSentence;
use crate::error::NlpError;
use crate::model::{ModelFile, ModelView, Writer, KIND_PARSER};
use crate::perceptron::{argmax_by, feat, feat3, hash_str, mix, Rng, Trainer, WeightTable};
use crate::tags::{Deprel, Upos, Xpos};

const SHIFT: usize = 0;
const RIGHT: usize = 1;
const LEFT: usize = 2;
const REDUCE: usize = 3;
const N_TRANS: usize = 4;
const NONE: u32 = u32::MAX;

/// Whether the tree given by 1-based `heads` (0 = root) has no crossing arcs.
pub(crate) fn is_projective(heads: &[u32]) -> bool {
    non_projective_arc(heads).is_none()
}

/// A dependent whose arc crosses another, preferring the shortest such arc.
fn non_projective_arc(heads: &[u32]) -> Option<usize> {
    // 1-based positions; word d has head heads[d-1]
    let n = heads.len();
    let mut best: Option<(usize, usize)> = None;
    for d in 1..=n {
        let h = heads[d - 1] as usize;
        let (lo, hi) = (d.min(h), d.max(h));
        for k in lo + 1..hi {
            // every word strictly between must be dominated by h
            let mut a = k;
            let mut steps = 0;
            while a != 0 && a != h && steps <= n {
                a = heads[a - 1] as usize;
                steps += 1;
            }
            if a != h {
                let len = hi - lo;
                if best.is_none_or(|(_, l)| len < l) {
                    best = Some((d, len));
                }
                break;
            }
        }
    }
    best.map(|b| b.0)
}

/// Lifts crossing arcs (attaching the dependent to its grandparent) until the
/// tree is projective. Returns 1-based heads.
pub(crate) fn projectivize(heads: &[u32]) -> Vec<u32> {
    let mut h = heads.to_vec();
    let mut guard = 0;
    while let Some(d) = non_projective_arc(&h) {
        let head = h[d - 1] as usize;
        if head == 0 || guard > 4 * h.len() {
            break;
        }
        h[d - 1] = h[head - 1];
        guard += 1;
    }
    h
}

/// Per-word hashed attributes for parsing.
#[derive(Clone, Copy)]
struct WordAttr {
    w: u64,
    p: u64,
    wp: u64,
    suf: u64,
    upos: Upos,
}

const NONE_ATTR: WordAttr = WordAttr {
    w: 0x11,
    p: 0x12,
    wp: 0x13,
    suf: 0x14,
    upos: Upos::X,
};
const ROOT_ATTR: WordAttr = WordAttr {
    w: 0x21,
    p: 0x22,
    wp: 0x23,
    suf: 0x24,
    upos: Upos::X,
};

fn word_attrs(words: &[&str], upos: &[Upos], xpos: &[Xpos], out: &mut Vec<WordAttr>) {
    out.clear();
    for ((w, &u), &x) in words.iter().zip(upos).zip(xpos) {
        let wh = hash_str(w, true);
        let p = mix(0x7000 + u as u64, 0x8000 + x as u64);
        let n = w.chars().count();
        let suf = if n > 3 {
            let cut = w.char_indices().nth(n - 3).map_or(0, |(i, _)| i);
            hash_str(&w[cut..], true)
        } else {
            wh
        };
        out.push(WordAttr {
            w: wh,
            p,
            wp: mix(wh, p),
            suf,
            upos: u,
        });
    }
    out.push(ROOT_ATTR);
}

/// A parser configuration. Words are 0..n, the root is n.
struct Config {
    n: usize,
    stack: Vec<u32>,
    b: usize,
    heads: Vec<u32>,
    labels: Vec<u8>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl Clone for Config {
    fn clone(&self) -> Config {
        let mut c = Config::new(0);
        c.clone_from(self);
        c
    }

    /// Field by field, so that beam search's copies of configurations into
    /// the items of the next step reuse those items' buffers.
    fn clone_from(&mut self, src: &Config) {
        self.n = src.n;
        self.b = src.b;
        self.stack.clone_from(&src.stack);
        self.heads.clone_from(&src.heads);
        self.labels.clone_from(&src.labels);
        self.lc1.clone_from(&src.lc1);
        self.lc2.clone_from(&src.lc2);
        self.rc1.clone_from(&src.rc1);
        self.rc2.clone_from(&src.rc2);
        self.nl.clone_from(&src.nl);
        self.nr.clone_from(&src.nr);
        self.lset.clone_from(&src.lset);
        self.rset.clone_from(&src.rset);
    }
}

impl Config {
    fn new(n: usize) -> Config {
        let m = n + 1;
        Config {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NONE; m],
            labels: vec![0; m],
            lc1: vec![NONE; m],
            lc2: vec![NONE; m],
            rc1: vec![NONE; m],
            rc2: vec![NONE; m],
            nl: vec![0; m],
            nr: vec![0; m],
            lset: vec![0; m],
            rset: vec![0; m],
        }
    }

    /// Makes this the initial configuration of an `n`-word sentence,
    /// keeping the allocations.
    fn reset(&mut self, n: usize) {
        let m = n + 1;
        self.n = n;
        self.b = 0;
        self.stack.clear();
        for v in [
            &mut self.heads,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(m, NONE);
        }
        for v in [&mut self.labels, &mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(m, 0);
        }
        for v in [&mut self.lset, &mut self.rset] {
            v.clear();
            v.resize(m, 0);
        }
    }

    /// The relation of word `i` as a feature value (0xfe for no word).
    fn label_of(&self, i: u32) -> u64 {
        if i == NONE {
            0xfe
        } else {
            self.labels[i as usize] as u64
        }
    }

    fn terminal(&self) -> bool {
        self.b >= self.n && self.stack.is_empty()
    }

    fn s0(&self) -> Option<usize> {
        self.stack.last().map(|&s| s as usize)
    }

    fn valid(&self, t: usize) -> bool {
        let has_s = !self.stack.is_empty();
        match t {
            SHIFT => self.b < self.n,
            RIGHT => has_s && self.b < self.n,
            LEFT => has_s && self.heads[self.stack[self.stack.len() - 1] as usize] == NONE,
            REDUCE => has_s && self.heads[self.stack[self.stack.len() - 1] as usize] != NONE,
            _ => false,
        }
    }

    fn add_arc(&mut self, h: usize, d: usize, label: u8) {
        self.heads[d] = h as u32;
        self.labels[d] = label;
        let bit = 1u64 << (label as u64 & 63);
        if d < h {
            // left dependents arrive right to left? no: in arc-eager they
            // arrive in any order; keep the two outermost.
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= bit;
            if self.lc1[h] == NONE || (d as u32) < self.lc1[h] {
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = d as u32;
            } else if self.lc2[h] == NONE || (d as u32) < self.lc2[h] {
                self.lc2[h] = d as u32;
            }
        } else {
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= bit;
            if self.rc1[h] == NONE || (d as u32) > self.rc1[h] {
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = d as u32;
            } else if self.rc2[h] == NONE || (d as u32) > self.rc2[h] {
                self.rc2[h] = d as u32;
            }
        }
    }

    /// Head and dependent of the arc transition `t` would build.
    fn arc_of(&self, t: usize) -> Option<(usize, usize)> {
        let s0 = self.s0()?;
        match t {
            RIGHT => Some((s0, self.b)),
            LEFT => Some((self.b, s0)),
            _ => None,
        }
    }

    fn apply(&mut self, t: usize, label: u8) {
        match t {
            SHIFT => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            RIGHT => {
                let s0 = self.s0().unwrap_or(0);
                self.add_arc(s0, self.b, label);
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            LEFT => {
                let s0 = self.s0().unwrap_or(0);
                self.add_arc(self.b, s0, label);
                self.stack.pop();
            }
            _ => {
                self.stack.pop();
            }
        }
    }

    /// The canonical zero-cost transition (LEFT, RIGHT, REDUCE, SHIFT in
    /// that order of preference): the static oracle.
    fn oracle(&self, gold: &[u32]) -> Option<usize> {
        [LEFT, RIGHT, REDUCE, SHIFT]
            .into_iter()
            .find(|&t| self.valid(t) && self.cost(t, gold) == 0)
    }

    /// Dynamic-oracle cost of `t` against projective gold heads (0-based,
    /// root = n).
    fn cost(&self, t: usize, gold: &[u32]) -> u32 {
        let b = self.b;
        let in_buffer = |k: usize| k >= b; // the root (n) is always in the buffer
        let s0 = self.s0();
        match t {
            LEFT => {
                let Some(s) = s0 else { return u32::MAX };
                let gh = gold[s] as usize;
                let mut c = (in_buffer(gh) && gh != b) as u32;
                c += (b..self.n).filter(|&k| gold[k] as usize == s).count() as u32;
                c
            }
            RIGHT => {
                let Some(s) = s0 else { return u32::MAX };
                let gh = gold[b] as usize;
                let in_stack = self.stack.iter().any(|&k| k as usize == gh);
                let mut c = ((in_stack || in_buffer(gh)) && gh != s) as u32;
                c += self
                    .stack
                    .iter()
                    .filter(|&&k| self.heads[k as usize] == NONE && gold[k as usize] as usize == b)
                    .count() as u32;
                c
            }
            REDUCE => {
                let Some(s) = s0 else { return u32::MAX };
                (b..self.n).filter(|&k| gold[k] as usize == s).count() as u32
            }
            _ => {
                let gh = gold[b] as usize;
                let mut c = self.stack.iter().any(|&k| k as usize == gh) as u32;
                c += self
                    .stack
                    .iter()
                    .filter(|&&k| self.heads[k as usize] == NONE && gold[k as usize] as usize == b)
                    .count() as u32;
                c
            }
        }
    }
}

/// `v[i]`, or [`NONE`] for no word.
fn at_word(v: &[u32], i: u32) -> u32 {
    if i == NONE {
        NONE
    } else {
        v[i as usize]
    }
}

fn dist_bucket(a: usize, b: usize) -> u64 {
    let d = a.abs_diff(b);
    match d {
        0..=4 => d as u64,
        5..=7 => 5,
        8..=12 => 6,
        _ => 7,
    }
}

/// Transition features: those of the stack top and the buffer front alone
/// (static: the same for every configuration with that pair, which beam
/// search scores once per pair) and those of the rest of the configuration
/// (dynamic).
fn trans_features(c: &Config, a: &[WordAttr], out: &mut Vec<u64>) {
    out.clear();
    pair_features(c, a, out, STATIC | DYNAMIC | UNIGRAM);
}

/// The positions whose word alone makes a transition feature (beam search
/// scores those features once per word and position, see
/// [`Parser::unigram_scores`]), with the templates of the word's form,
/// tags and form + tags there (0: no such feature).
const UNIGRAM_ROLES: [[u64; 3]; N_ROLES] = [
    [1, 2, 3],    // stack top
    [4, 5, 6],    // buffer front
    [7, 8, 9],    // second of the buffer
    [10, 11, 12], // third of the buffer
    [39, 40, 0],  // head of the stack top
    [42, 43, 0],  // leftmost child of the stack top
    [45, 46, 0],  // rightmost child of the stack top
    [51, 52, 0],  // head of that head
    [54, 55, 0],  // second leftmost child of the stack top
    [57, 58, 0],  // second rightmost child of the stack top
    [48, 49, 0],  // leftmost child of the buffer front
    [60, 61, 0],  // second leftmost child of the buffer front
    [73, 74, 0],  // second of the stack
];
const N_ROLES: usize = 13;
const R_S0: usize = 0;
const R_N0: usize = 1;
const R_N1: usize = 2;
const R_N2: usize = 3;
const R_S0H: usize = 4;
const R_S0L: usize = 5;
const R_S0R: usize = 6;
const R_S0H2: usize = 7;
const R_S0L2: usize = 8;
const R_S0R2: usize = 9;
const R_N0L: usize = 10;
const R_N0L2: usize = 11;
const R_S1: usize = 12;

/// Pushes the features of word attributes `w` in `role` (see
/// [`UNIGRAM_ROLES`]).
fn unigram_features(role: usize, w: &WordAttr, out: &mut Vec<u64>) {
    for (&t, v) in UNIGRAM_ROLES[role].iter().zip([w.w, w.p, w.wp]) {
        if t != 0 {
            out.push(feat(t, v, 0));
        }
    }
}

/// The index of word `i` (possibly [`NONE`]) in the per-word unigram
/// scores: 0 for none, else the word + 1.
#[inline]
fn uni_index(i: u32) -> usize {
    if i == NONE {
        0
    } else {
        i as usize + 1
    }
}

/// Pushes the static transition features of the pair (stack top `s0i`,
/// possibly [`NONE`]; buffer position `b`) of an `n`-word sentence onto
/// `out`: they read nothing else of a configuration.
fn static_features(s0i: u32, b: usize, n: usize, a: &[WordAttr], out: &mut Vec<u64>, uni: bool) {
    let at = |i: u32| if i == NONE { NONE_ATTR } else { a[i as usize] };
    let n0i = if b <= n { b as u32 } else { NONE };
    let n1i = if b < n { b as u32 + 1 } else { NONE };
    let n2i = if b + 1 < n { b as u32 + 2 } else { NONE };
    let (s0, n0, n1, n2) = (at(s0i), at(n0i), at(n1i), at(n2i));
    let d = if s0i != NONE && n0i != NONE {
        dist_bucket(s0i as usize, n0i as usize)
    } else {
        9
    };
    let n0_prev = if n0i != NONE && n0i > 0 {
        at(n0i - 1)
    } else {
        NONE_ATTR
    };
    let s0_next = if s0i != NONE { at(s0i + 1) } else { NONE_ATTR };
    let f = out;
    if uni {
        unigram_features(R_S0, &s0, f);
        unigram_features(R_N0, &n0, f);
        unigram_features(R_N1, &n1, f);
        unigram_features(R_N2, &n2, f);
    }
    f.push(feat(13, s0.wp, n0.wp));
    f.push(feat(14, s0.wp, n0.w));
    f.push(feat(15, s0.w, n0.wp));
    f.push(feat(16, s0.wp, n0.p));
    f.push(feat(17, s0.p, n0.wp));
    f.push(feat(18, s0.w, n0.w));
    f.push(feat(19, s0.p, n0.p));
    f.push(feat(20, n0.p, n1.p));
    f.push(feat3(21, n0.p, n1.p, n2.p));
    f.push(feat3(22, s0.p, n0.p, n1.p));
    f.push(feat(27, s0.w, d));
    f.push(feat(28, s0.p, d));
    f.push(feat(29, n0.w, d));
    f.push(feat(30, n0.p, d));
    f.push(feat3(31, s0.w, n0.w, d));
    f.push(feat3(32, s0.p, n0.p, d));
    f.push(feat3(79, n0_prev.p, n0.p, s0.p));
    f.push(feat3(80, s0.p, s0_next.p, n0.p));
}

/// Transition feature groups (bits of the `groups` argument of
/// [`pair_features`]): the static features, and three parts of the dynamic
/// ones: those that read nothing but the stack top's own state (its word,
/// head, children, their relations, valencies and relation sets: see
/// [`s0_key`]), those that read nothing but the buffer front's (its word,
/// left children, their relations, valency and relation set: see
/// [`n0_key`]), and the rest. Beam search keeps the scores of the first two
/// parts per word, since items often share their stack top or buffer front
/// state.
const STATIC: u8 = 1;
const S0_GROUP: u8 = 2;
const N0_GROUP: u8 = 4;
const REST: u8 = 8;
const DYNAMIC: u8 = S0_GROUP | N0_GROUP | REST;
/// With the groups above: their features of one word alone (see
/// [`UNIGRAM_ROLES`]) too.
const UNIGRAM: u8 = 16;

/// Pushes the transition features of the `groups` (bits: [`STATIC`],
/// [`S0_GROUP`], [`N0_GROUP`], [`REST`]; see [`trans_features`]) onto
/// `out`.
fn pair_features(c: &Config, a: &[WordAttr], out: &mut Vec<u64>, groups: u8) {
    let at = |i: u32| if i == NONE { NONE_ATTR } else { a[i as usize] };
    let lab = |i: u32| c.label_of(i);
    let s0i = c.stack.last().copied().unwrap_or(NONE);
    let s1i = if c.stack.len() >= 2 {
        c.stack[c.stack.len() - 2]
    } else {
        NONE
    };
    let n0i = if c.b <= c.n { c.b as u32 } else { NONE };
    let get = |v: &[u32], i: u32| at_word(v, i);
    let (s0, s1, n0) = (at(s0i), at(s1i), at(n0i));
    let s0hi = get(&c.heads, s0i);
    let s0h = at(s0hi);
    let s0h2 = at(get(&c.heads, s0hi));
    let (s0li, s0ri, s0l2i, s0r2i) = (
        get(&c.lc1, s0i),
        get(&c.rc1, s0i),
        get(&c.lc2, s0i),
        get(&c.rc2, s0i),
    );
    let (n0li, n0l2i) = (get(&c.lc1, n0i), get(&c.lc2, n0i));
    let (s0l, s0r, s0l2, s0r2, n0l, n0l2) = (
        at(s0li),
        at(s0ri),
        at(s0l2i),
        at(s0r2i),
        at(n0li),
        at(n0l2i),
    );
    let vr = |i: u32| {
        if i == NONE {
            0xff
        } else {
            c.nr[i as usize] as u64
        }
    };
    let vl = |i: u32| {
        if i == NONE {
            0xff
        } else {
            c.nl[i as usize] as u64
        }
    };
    let ls = |i: u32| if i == NONE { 0 } else { c.lset[i as usize] };
    let rs = |i: u32| if i == NONE { 0 } else { c.rset[i as usize] };
    let s0_headed = (s0hi != NONE) as u64;

    let f = &mut *out;
    let uni = groups & UNIGRAM != 0;
    if groups & STATIC != 0 {
        static_features(s0i, c.b, c.n, a, f, uni);
    }
    if uni && groups & S0_GROUP != 0 {
        unigram_features(R_S0H, &s0h, f);
        unigram_features(R_S0L, &s0l, f);
        unigram_features(R_S0R, &s0r, f);
        unigram_features(R_S0H2, &s0h2, f);
        unigram_features(R_S0L2, &s0l2, f);
        unigram_features(R_S0R2, &s0r2, f);
    }
    if uni && groups & N0_GROUP != 0 {
        unigram_features(R_N0L, &n0l, f);
        unigram_features(R_N0L2, &n0l2, f);
    }
    if uni && groups & REST != 0 {
        unigram_features(R_S1, &s1, f);
    }
    if groups & S0_GROUP != 0 {
        f.push(feat(33, s0.w, vr(s0i)));
        f.push(feat(34, s0.p, vr(s0i)));
        f.push(feat(35, s0.w, vl(s0i)));
        f.push(feat(36, s0.p, vl(s0i)));
        f.push(feat(41, lab(s0li), 0));
        f.push(feat(44, lab(s0ri), 0));
        f.push(feat(50, if s0hi != NONE { lab(s0i) } else { 0xfd }, 0));
        f.push(feat(53, lab(s0hi), 0));
        f.push(feat(56, lab(s0l2i), 0));
        f.push(feat(59, lab(s0r2i), 0));
        f.push(feat3(63, s0.p, s0l.p, s0l2.p));
        f.push(feat3(64, s0.p, s0r.p, s0r2.p));
        f.push(feat3(65, s0.p, s0h.p, s0h2.p));
        f.push(feat(67, s0.w, rs(s0i)));
        f.push(feat(68, s0.p, rs(s0i)));
        f.push(feat(69, s0.w, ls(s0i)));
        f.push(feat(70, s0.p, ls(s0i)));
    }
    if groups & N0_GROUP != 0 {
        f.push(feat(37, n0.w, vl(n0i)));
        f.push(feat(38, n0.p, vl(n0i)));
        f.push(feat(47, lab(n0li), 0));
        f.push(feat(62, lab(n0l2i), 0));
        f.push(feat3(66, n0.p, n0l.p, n0l2.p));
        f.push(feat(71, n0.w, ls(n0i)));
        f.push(feat(72, n0.p, ls(n0i)));
    }
    if groups & REST != 0 {
        f.push(feat3(23, s0h.p, s0.p, n0.p));
        f.push(feat3(24, s0.p, s0l.p, n0.p));
        f.push(feat3(25, s0.p, s0r.p, n0.p));
        f.push(feat3(26, s0.p, n0.p, n0l.p));
        f.push(feat3(75, s1.p, s0.p, n0.p));
        f.push(feat(76, s1.w, s0.w));
        f.push(feat(77, s1.p, s0.p));
        f.push(feat3(78, s0_headed, s0.p, n0.p));
        f.push(feat3(81, s0_headed, s0.w, n0.p));
        f.push(feat3(82, s0_headed, lab(s0i), n0.p));
        f.push(feat3(83, s1.p, s0_headed, n0.p));
    }
}

/// Label features of an arc `h -> d` (h may be the root, n).
fn label_features(c: &Config, a: &[WordAttr], h: usize, d: usize, out: &mut Vec<u64>) {
    out.clear();
    push_label_features(c, a, h, d, out);
}

/// Pushes the label features of the arc `h -> d` onto `out`.
fn push_label_features(c: &Config, a: &[WordAttr], h: usize, d: usize, out: &mut Vec<u64>) {
    let (hw, dw) = (a[h], a[d]);
    let dir = (d < h) as u64;
    let dist = dist_bucket(h, d);
    let hl = if c.heads[h] != NONE {
        c.labels[h] as u64
    } else {
        0xfd
    };
    let hh = if c.heads[h] != NONE {
        a[c.heads[h] as usize]
    } else {
        NONE_ATTR
    };
    let prev = if d > 0 { a[d - 1] } else { NONE_ATTR };
    let next = a[d + 1];
    let lc_lab = c.label_of(c.lc1[d]);
    let lc_w = if c.lc1[d] != NONE {
        a[c.lc1[d] as usize].w
    } else {
        0
    };
    let punct_between = {
        let (lo, hi) = (h.min(d), h.max(d));
        (lo + 1..hi).any(|k| a[k].upos == Upos::Punct) as u64
    };
    let f = &mut *out;
    f.push(feat(201, dw.p, dir));
    f.push(feat(202, dw.w, dir));
    f.push(feat(203, hw.p, dir));
    f.push(feat(204, hw.w, dir));
    f.push(feat3(205, dw.p, hw.p, dir));
    f.push(feat3(206, dw.w, hw.p, dir));
    f.push(feat3(207, dw.p, hw.w, dir));
    f.push(feat3(208, dw.w, hw.w, dir));
    f.push(feat3(209, mix(dw.p, hw.p), dist, dir));
    f.push(feat(210, c.lset[d], dw.p));
    f.push(feat3(211, c.lset[h], dw.p, dir));
    f.push(feat3(212, c.rset[h], dw.p, dir));
    f.push(feat(213, dw.p, lc_lab));
    f.push(feat3(214, dw.p, next.p, dir));
    f.push(feat3(215, dw.p, prev.p, dir));
    f.push(feat3(216, hw.p, hl, dw.p));
    f.push(feat3(217, dw.suf, hw.p, dir));
    f.push(feat3(218, hh.p, hw.p, dw.p));
    f.push(feat3(219, punct_between, dw.p, hw.p));
    f.push(feat3(220, dw.p, c.nl[h] as u64, dir));
    f.push(feat3(221, lc_w, dw.p, hw.p));
    f.push(feat3(222, c.lset[h], dw.w, dir));
    f.push(feat3(223, dw.wp, hw.p, lc_lab));
}

/// The result of parsing one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parse {
    /// Head of each word as a 0-based index into the sentence; `None` for
    /// the root.
    pub heads: Vec<Option<u32>>,
    pub deprels: Vec<Deprel>,
}

/// A trained dependency parser.
pub struct Parser {
    trans: WeightTable,
    labels: WeightTable,
    /// Beam width the transition weights were trained for (1: greedy).
    beam: usize,
}

const ROOT_LABEL: u8 = Deprel::Root as u8;
/// The widest beam a model file may ask for.
const MAX_BEAM: usize = 64;
/// Beam search drops the items whose score is more than this behind the
/// best one's (in averaged-perceptron units). Chosen on EWT dev
/// with a beam model trained on train alone: margins of 140–200 parse
/// dev a little better than no margin (LAS 0.8625 at 150 against
/// 0.8613), 110 worse; at 150 the search keeps 5.0 items per word where
/// it kept 7.4, and the shipped model's EWT test scores went from UAS
/// 0.8626 / LAS 0.8280 to 0.8634 / 0.8283.
const BEAM_MARGIN: f32 = 150.0;

thread_local! {
    static SCRATCH: std::cell::RefCell<ParseScratch> = Default::default();
}

/// Runs `f` with this thread's parsing buffers (kept between sentences and
/// calls; fresh ones if the thread's are in use).
pub(crate) fn with_scratch<R>(f: impl FnOnce(&mut ParseScratch) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut s) => f(&mut s),
        Err(_) => f(&mut ParseScratch::default()),
    })
}

/// Reusable buffers.
#[derive(Default)]
pub(crate) struct ParseScratch {
    attrs: Vec<WordAttr>,
    feats: Vec<u64>,
    scores: Vec<i32>,
    lscores: Vec<i32>,
    beam: Vec<(Config, i64)>,
    next: Vec<(Config, i64)>,
    cands: Vec<(i64, u32, u8)>,
    /// Beam search: scores of the static features of each (stack top,
    /// buffer position) pair seen in this sentence, valid where the stamp
    /// is the sentence's.
    pairs: Vec<(u32, [i32; N_TRANS])>,
    stamp: u32,
    dyn_scores: Vec<i32>,
    /// Beam search, one step: the dynamic features of every item, one
    /// after the other (`dyn_ends[i]`: where item `i`'s end), the static
    /// features of the pairs not scored yet (`(cell, end)` per pair), and
    /// the label features of the kept arcs (`(candidate, end)`).
    dyn_feats: Vec<u64>,
    items: Vec<ItemFeats>,
    /// Beam search: the scores of the [`S0_GROUP`] features of the last
    /// stack-top state seen with each word on top (index: word + 1, 0 for
    /// an empty stack), and of the [`N0_GROUP`] features of the last
    /// buffer-front state seen at each position, valid where the stamp is
    /// the sentence's.
    s0_scores: Vec<(u32, S0Key, [i32; N_TRANS])>,
    n0_scores: Vec<(u32, N0Key, [i32; N_TRANS])>,
    pair_feats: Vec<u64>,
    pair_todo: Vec<(usize, usize)>,
    label_feats: Vec<u64>,
    /// (candidate, end of its features, dependent, state key)
    label_todo: Vec<(usize, usize, usize, LabelKey)>,
    /// The relation last chosen for an arc to each dependent, with the
    /// exact state it was chosen in (valid where the stamp is the
    /// sentence's).
    label_cache: Vec<(u32, LabelKey, u8)>,
    labels: Vec<u8>,
    /// Beam search: the scores of each word's [`UNIGRAM_ROLES`] features,
    /// by [`uni_index`] and role.
    uni: Vec<[[i32; N_TRANS]; N_ROLES]>,
}

impl Parser {
    /// Reads a parser from the bytes of a model file.
    pub fn from_bytes(data: &[u8], name: &str) -> Result<Parser, NlpError> {
        let view = ModelView::parse(data, name, KIND_PARSER)?;
        let labels = view.lines("labels")?;
        if labels.len() != Deprel::ALL.len()
            || labels
                .iter()
                .zip(Deprel::ALL)
                .any(|(l, d)| *l != d.as_str())
        {
            return Err(NlpError::model(
                name,
                "relation list differs from this build",
            ));
        }
        let trans = WeightTable::read(view.section("transition.weights")?, name)?;
        let labels = WeightTable::read(view.section("label.weights")?, name)?;
        if trans.n_classes() != N_TRANS || labels.n_classes() != Deprel::ALL.len() {
            return Err(NlpError::model(name, "weight table class count mismatch"));
        }
        let beam = match view.lines("beam") {
            Ok(l) => l
                .first()
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|&b| (1..=MAX_BEAM).contains(&b))
                .ok_or_else(|| NlpError::model(name, "bad beam width"))?,
            Err(_) => 1,
        };
        Ok(Parser {
            trans,
            labels,
            beam,
        })
    }

    /// Reads a parser model file.
    pub fn load(path: &std::path::Path) -> Result<Parser, NlpError> {
        let data = std::fs::read(path).map_err(|e| NlpError::io(path, e))?;
        Parser::from_bytes(&data, &path.display().to_string())
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut m = ModelFile::new(KIND_PARSER);
        m.add_lines("labels", Deprel::ALL.iter().map(|d| d.as_str()));
        m.add_lines("transitions", ["SHIFT", "RIGHT", "LEFT", "REDUCE"]);
        let mut w = Writer::default();
        self.trans.write(&mut w);
        m.add("transition.weights", w.buf);
        let mut w = Writer::default();
        self.labels.write(&mut w);
        m.add("label.weights", w.buf);
        if self.beam > 1 {
            m.add_lines("beam", [self.beam.to_string().as_str()]);
        }
        m.to_bytes()
    }

    /// A copy without weights below `min_abs` (averaged-perceptron units).
    pub fn pruned(&self, min_abs: f32) -> Parser {
        Parser {
            trans: self.trans.pruned(min_abs),
            labels: self.labels.pruned(min_abs),
            beam: self.beam,
        }
    }

    /// The beam width the parser searches with (1: greedy).
    pub fn beam_width(&self) -> usize {
        self.beam
    }

    /// Feature rows stored (transitions, labels).
    pub fn size(&self) -> (usize, usize) {
        (self.trans.n_rows(), self.labels.n_rows())
    }

    /// Parses one tagged sentence.
    pub fn parse(&self, words: &[&str], upos: &[Upos], xpos: &[Xpos]) -> Parse {
        let mut out = Parse::default();
        with_scratch(|s| self.parse_into(words, upos, xpos, s, &mut out));
        out
    }

    fn best_label(
        &self,
        c: &Config,
        s: &mut ParseScratch,
        h: usize,
        d: usize,
        allow_root: bool,
    ) -> u8 {
        if h == c.n {
            return ROOT_LABEL;
        }
        label_features(c, &s.attrs, h, d, &mut s.feats);
        self.labels.score(&s.feats, &mut s.lscores);
        argmax_by(&s.lscores, |l| allow_root || l != ROOT_LABEL as usize).unwrap_or(0) as u8
    }

    /// Scores the [`UNIGRAM_ROLES`] features of every word of the sentence
    /// (and of no word) in every role into `s.uni`: beam search adds these
    /// sums instead of looking the features up for each configuration.
    fn unigram_scores(&self, n: usize, s: &mut ParseScratch) {
        s.pair_feats.clear();
        for j in 0..n + 2 {
            let w = if j == 0 { NONE_ATTR } else { s.attrs[j - 1] };
            for role in 0..N_ROLES {
                unigram_features(role, &w, &mut s.pair_feats);
            }
        }
        self.trans.prefetch(&s.pair_feats);
        s.uni.clear();
        let mut from = 0;
        for _ in 0..n + 2 {
            let mut row = [[0; N_TRANS]; N_ROLES];
            for (role, r) in row.iter_mut().enumerate() {
                let k = UNIGRAM_ROLES[role].iter().filter(|&&t| t != 0).count();
                self.trans
                    .score_prefetched(&s.pair_feats[from..from + k], &mut s.scores);
                from += k;
                *r = std::array::from_fn(|t| s.scores[t]);
            }
            s.uni.push(row);
        }
    }

    /// Beam search over transition sequences, ranked by their summed
    /// transition scores; returns the index of the best final
    /// configuration in `s.beam`. (Every
    /// sequence has 2n transitions, so all end together.)
    fn beam_search(&self, n: usize, s: &mut ParseScratch) -> usize {
        let width = self.beam;
        let margin = (BEAM_MARGIN / self.trans.scale()) as i64;
        // configurations are kept between sentences and overwritten in
        // place: `beam[..live]` is the beam, `next[..]` the one being built
        let mut beam = std::mem::take(&mut s.beam);
        let mut next = std::mem::take(&mut s.next);
        let mut cands = std::mem::take(&mut s.cands);
        if beam.is_empty() {
            beam.push((Config::new(n), 0));
        }
        beam[0].0.reset(n);
        beam[0].1 = 0;
        let mut live = 1;
        s.dyn_scores.resize(N_TRANS, 0);
        s.stamp = s.stamp.wrapping_add(1);
        if s.stamp == 0 {
            s.pairs.clear();
            s.stamp = 1;
        }
        for v in [&mut s.s0_scores] {
            if v.len() < n + 2 {
                v.resize(n + 2, (0, [0; 17], [0; N_TRANS]));
            }
        }
        if s.label_cache.len() < n {
            s.label_cache.resize(n, (0, [0; 10], 0));
        }
        if s.n0_scores.len() < n + 2 {
            s.n0_scores.resize(n + 2, (0, [0; 7], [0; N_TRANS]));
        }
        let cells = (n + 2) * (n + 1);
        if s.pairs.len() < cells {
            s.pairs.resize(cells, (0, [0; N_TRANS]));
        }
        self.unigram_scores(n, s);
        while beam[..live].iter().any(|(c, _)| !c.terminal()) {
            // the features of every item first, then one pass loading their
            // rows, then the scoring: the cache misses of the whole beam
            // overlap
            s.dyn_feats.clear();
            s.items.clear();
            s.pair_feats.clear();
            s.pair_todo.clear();
            for (c, _) in &beam[..live] {
                let cell = pair_cell(c, n);
                if s.pairs[cell].0 != s.stamp && !s.pair_todo.iter().any(|p| p.0 == cell) {
                    pair_features(c, &s.attrs, &mut s.pair_feats, STATIC);
                    s.pair_todo.push((cell, s.pair_feats.len()));
                }
                let k0 = s0_key(c);
                let s0 = cached_group(&s.s0_scores, s.stamp, &k0, || {
                    let from = s.dyn_feats.len();
                    pair_features(c, &s.attrs, &mut s.dyn_feats, S0_GROUP);
                    (from, s.dyn_feats.len())
                });
                let k1 = n0_key(c);
                let n0 = cached_group(&s.n0_scores, s.stamp, &k1, || {
                    let from = s.dyn_feats.len();
                    pair_features(c, &s.attrs, &mut s.dyn_feats, N0_GROUP);
                    (from, s.dyn_feats.len())
                });
                let from = s.dyn_feats.len();
                pair_features(c, &s.attrs, &mut s.dyn_feats, REST);
                s.items.push(ItemFeats {
                    k0,
                    k1,
                    s0,
                    n0,
                    rest: (from, s.dyn_feats.len()),
                });
            }
            self.trans.prefetch(&s.pair_feats);
            self.trans.prefetch(&s.dyn_feats);
            let mut from = 0;
            for &(cell, end) in &s.pair_todo {
                self.trans
                    .score_prefetched(&s.pair_feats[from..end], &mut s.scores);
                s.pairs[cell] = (s.stamp, pair_unigrams(&s.uni, cell, n, &s.scores));
                from = end;
            }
            cands.clear();
            for (i, (c, score)) in beam[..live].iter().enumerate() {
                let pair = s.pairs[pair_cell(c, n)].1;
                let it = &s.items[i];
                let group = |g: Group, out: &mut Vec<i32>| match g {
                    Group::Known(v) => (v, false),
                    Group::Todo(a, b) => {
                        self.trans.score_prefetched(&s.dyn_feats[a..b], out);
                        (std::array::from_fn(|t| out[t]), true)
                    }
                };
                let (mut v0, new0) = group(it.s0, &mut s.dyn_scores);
                let (mut v1, new1) = group(it.n0, &mut s.dyn_scores);
                let (mut vr, _) = group(Group::Todo(it.rest.0, it.rest.1), &mut s.dyn_scores);
                // the features of single words: stack top's relatives (a
                // function of its state, cached with it), the buffer
                // front's left children (likewise) and the stack's second
                let u = |i: u64, role: usize| s.uni[uni_index(i as u32)][role];
                if new0 {
                    let k = &it.k0;
                    for (i, role) in [
                        (k[1], R_S0H),
                        (k[5], R_S0L),
                        (k[7], R_S0R),
                        (k[3], R_S0H2),
                        (k[6], R_S0L2),
                        (k[8], R_S0R2),
                    ] {
                        add4(&mut v0, &u(i, role));
                    }
                }
                if new1 {
                    add4(&mut v1, &u(it.k1[1], R_N0L));
                    add4(&mut v1, &u(it.k1[2], R_N0L2));
                }
                let s1 = match c.stack.len() {
                    k if k >= 2 => c.stack[k - 2],
                    _ => NONE,
                };
                add4(&mut vr, &s.uni[uni_index(s1)][R_S1]);
                if new0 {
                    if let Some(e) = s.s0_scores.get_mut(state_slot(it.k0[0])) {
                        *e = (s.stamp, it.k0, v0);
                    }
                }
                if new1 {
                    if let Some(e) = s.n0_scores.get_mut(state_slot(it.k1[0])) {
                        *e = (s.stamp, it.k1, v1);
                    }
                }
                for t in (0..N_TRANS).filter(|&t| c.valid(t)) {
                    let sc = pair[t] + v0[t] + v1[t] + vr[t];
                    cands.push((score + sc as i64, i as u32, t as u8));
                }
            }
            if cands.is_empty() {
                break;
            }
            // best first; ties by beam position then transition, so the
            // result does not depend on the sort
            cands.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            // the best `width`, less those too far behind the best to win
            let floor = cands[0].0 - margin;
            let keep = cands
                .iter()
                .take(width)
                .take_while(|c| c.0 >= floor)
                .count();
            // the static features of the pairs the kept candidates lead to
            // (they do not depend on the relations): their rows load while
            // the relations are scored
            s.pair_feats.clear();
            s.pair_todo.clear();
            for &(_, i, t) in &cands[..keep] {
                let c = &beam[i as usize].0;
                let (s0, b) = match t as usize {
                    SHIFT | RIGHT => (c.b as u32, c.b + 1),
                    _ => {
                        let k = c.stack.len();
                        (if k >= 2 { c.stack[k - 2] } else { NONE }, c.b)
                    }
                };
                let top = if s0 == NONE { 0 } else { s0 as usize + 1 };
                let cell = top * (n + 1) + b.min(n);
                if s.pairs[cell].0 != s.stamp && !s.pair_todo.iter().any(|p| p.0 == cell) {
                    static_features(s0, b, n, &s.attrs, &mut s.pair_feats, false);
                    s.pair_todo.push((cell, s.pair_feats.len()));
                }
            }
            self.trans.prefetch(&s.pair_feats);
            // the relations of the kept arcs, again loading all rows first
            s.label_feats.clear();
            s.label_todo.clear();
            s.labels.clear();
            for (k, &(_, i, t)) in cands[..keep].iter().enumerate() {
                let parent = &beam[i as usize].0;
                match parent.arc_of(t as usize) {
                    Some((h, _)) if h == n => s.labels.push(ROOT_LABEL),
                    Some((h, d)) => {
                        let key = label_key(parent, h, d);
                        match s.label_cache.get(d) {
                            Some(e) if e.0 == s.stamp && e.1 == key => s.labels.push(e.2),
                            _ => {
                                push_label_features(parent, &s.attrs, h, d, &mut s.label_feats);
                                s.label_todo.push((k, s.label_feats.len(), d, key));
                                s.labels.push(0);
                            }
                        }
                    }
                    None => s.labels.push(0),
                }
            }
            self.labels.prefetch(&s.label_feats);
            let mut from = 0;
            for &(k, end, d, key) in &s.label_todo {
                self.labels
                    .score_prefetched(&s.label_feats[from..end], &mut s.lscores);
                from = end;
                let label = argmax_by(&s.lscores, |l| l != ROOT_LABEL as usize).unwrap_or(0) as u8;
                s.labels[k] = label;
                if let Some(e) = s.label_cache.get_mut(d) {
                    *e = (s.stamp, key, label);
                }
            }
            let mut from = 0;
            for &(cell, end) in &s.pair_todo {
                self.trans
                    .score_prefetched(&s.pair_feats[from..end], &mut s.scores);
                s.pairs[cell] = (s.stamp, pair_unigrams(&s.uni, cell, n, &s.scores));
                from = end;
            }
            for (k, &(score, i, t)) in cands[..keep].iter().enumerate() {
                let parent = &beam[i as usize].0;
                if k < next.len() {
                    next[k].0.clone_from(parent);
                    next[k].1 = score;
                } else {
                    next.push((parent.clone(), score));
                }
                next[k].0.apply(t as usize, s.labels[k]);
            }
            live = keep;
            std::mem::swap(&mut beam, &mut next);
        }
        let best = beam[..live]
            .iter()
            .enumerate()
            .max_by(|a, b| a.1 .1.cmp(&b.1 .1).then(b.0.cmp(&a.0)))
            .map_or(0, |(i, _)| i);
        s.beam = beam;
        s.next = next;
        s.cands = cands;
        best
    }

    pub(crate) fn parse_into(
        &self,
        words: &[&str],
        upos: &[Upos],
        xpos: &[Xpos],
        s: &mut ParseScratch,
        out: &mut Parse,
    ) {
        out.heads.clear();
        out.deprels.clear();
        let n = words.len().min(upos.len()).min(xpos.len());
        if n == 0 {
            return;
        }
        word_attrs(&words[..n], &upos[..n], &xpos[..n], &mut s.attrs);
        s.scores.resize(N_TRANS, 0);
        s.lscores.resize(Deprel::ALL.len(), 0);
        if self.beam > 1 {
            let best = self.beam_search(n, s);
            // the configuration stays in the scratch (no copy per sentence)
            let mut beam = std::mem::take(&mut s.beam);
            if let Some((c, _)) = beam.get_mut(best) {
                self.finish(c, &upos[..n], s, out);
            }
            s.beam = beam;
        } else {
            let mut c = Config::new(n);
            while !c.terminal() {
                trans_features(&c, &s.attrs, &mut s.feats);
                self.trans.score(&s.feats, &mut s.scores);
                let Some(t) = argmax_by(&s.scores, |t| c.valid(t)) else {
                    break;
                };
                let label = match c.arc_of(t) {
                    Some((h, d)) => self.best_label(&c, s, h, d, false),
                    None => 0,
                };
                c.apply(t, label);
            }
            self.finish(&mut c, &upos[..n], s, out);
        }
    }

    /// Completes the tree of a final configuration and writes it to `out`.
    fn finish(&self, c: &mut Config, upos: &[Upos], s: &mut ParseScratch, out: &mut Parse) {
        let n = c.n;
        finish_tree(c, upos, |c, h, d| self.best_label(c, s, h, d, false));
        for d in 0..n {
            let h = c.heads[d];
            out.heads.push(if h as usize == n || h == NONE {
                None
            } else {
                Some(h)
            });
            out.deprels
                .push(Deprel::from_index(c.labels[d] as usize).unwrap_or(Deprel::Dep));
        }
    }
}

/// The stack-top state the [`S0_GROUP`] features read: the stack top, its
/// head and relation, the head's head and relation, its two outermost
/// children on each side and their relations, its valencies and relation
/// sets. Two configurations with equal keys have equal features there.
type S0Key = [u64; 17];

fn s0_key(c: &Config) -> S0Key {
    let get = |v: &[u32], i: u32| at_word(v, i);
    let lab = |i: u32| c.label_of(i);
    let s0 = c.stack.last().copied().unwrap_or(NONE);
    let h = get(&c.heads, s0);
    let kids = [
        get(&c.lc1, s0),
        get(&c.lc2, s0),
        get(&c.rc1, s0),
        get(&c.rc2, s0),
    ];
    let (nl, nr, ls, rs) = if s0 == NONE {
        (0xff, 0xff, 0, 0)
    } else {
        let i = s0 as usize;
        (c.nl[i] as u64, c.nr[i] as u64, c.lset[i], c.rset[i])
    };
    [
        s0 as u64,
        h as u64,
        lab(s0),
        get(&c.heads, h) as u64,
        lab(h),
        kids[0] as u64,
        kids[1] as u64,
        kids[2] as u64,
        kids[3] as u64,
        lab(kids[0]),
        lab(kids[1]),
        lab(kids[2]),
        lab(kids[3]),
        nl,
        nr,
        ls,
        rs,
    ]
}

/// The buffer-front state the [`N0_GROUP`] features read: the buffer
/// front, its two outermost left children and their relations, its left
/// valency and left relation set.
type N0Key = [u64; 7];

fn n0_key(c: &Config) -> N0Key {
    if c.b > c.n {
        // no buffer front, so none of its children
        return [NONE as u64, NONE as u64, NONE as u64, 0, 0, 0, 0];
    }
    let b = c.b;
    let lab = |i: u32| c.label_of(i);
    let (l1, l2) = (c.lc1[b], c.lc2[b]);
    [
        b as u64,
        l1 as u64,
        l2 as u64,
        lab(l1),
        lab(l2),
        c.nl[b] as u64,
        c.lset[b],
    ]
}

/// What the relation of an arc `h -> d` depends on (everything
/// [`label_features`] reads): the two words, the head's head and relation,
/// the dependent's leftmost child and its relation, the dependent's left
/// relation set and the head's relation sets and left valency.
type LabelKey = [u64; 10];

fn label_key(c: &Config, h: usize, d: usize) -> LabelKey {
    let lc = c.lc1[d];
    [
        h as u64,
        d as u64,
        c.heads[h] as u64,
        c.labels[h] as u64,
        lc as u64,
        c.label_of(lc),
        c.lset[d],
        c.lset[h],
        c.rset[h],
        c.nl[h] as u64,
    ]
}

/// The cache slot of a state key by its word (the key's first value): the
/// word + 1, or 0 for none.
fn state_slot(word: u64) -> usize {
    if word == NONE as u64 {
        0
    } else {
        word as usize + 1
    }
}

/// The score of a group of an item's features: known from the cache, or to
/// be scored from a range of `ParseScratch::dyn_feats`.
#[derive(Clone, Copy)]
enum Group {
    Known([i32; N_TRANS]),
    Todo(usize, usize),
}

/// The scores of a feature group for the state `key` (a stack-top or
/// buffer-front state, whose first value is its word): known if `cache`
/// holds them for this sentence (`stamp`), else to be scored from the
/// range of features `push` appends.
fn cached_group<K: PartialEq + AsRef<[u64]>>(
    cache: &[(u32, K, [i32; N_TRANS])],
    stamp: u32,
    key: &K,
    push: impl FnOnce() -> (usize, usize),
) -> Group {
    match cache.get(state_slot(key.as_ref()[0])) {
        Some(e) if e.0 == stamp && e.1 == *key => Group::Known(e.2),
        _ => {
            let (from, to) = push();
            Group::Todo(from, to)
        }
    }
}

/// An item's dynamic features in one step of beam search.
struct ItemFeats {
    k0: S0Key,
    k1: N0Key,
    s0: Group,
    n0: Group,
    rest: (usize, usize),
}

#[inline]
fn add4(a: &mut [i32; N_TRANS], b: &[i32; N_TRANS]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

/// The score of the static features of the pair in `cell` (see
/// [`pair_cell`]): `scores` of those looked up, plus the unigram scores of
/// its stack top and first three buffer words.
fn pair_unigrams(
    uni: &[[[i32; N_TRANS]; N_ROLES]],
    cell: usize,
    n: usize,
    scores: &[i32],
) -> [i32; N_TRANS] {
    let (top, b) = (cell / (n + 1), cell % (n + 1));
    let s0i = if top == 0 { NONE } else { top as u32 - 1 };
    let n0i = if b <= n { b as u32 } else { NONE };
    let n1i = if b < n { b as u32 + 1 } else { NONE };
    let n2i = if b + 1 < n { b as u32 + 2 } else { NONE };
    let mut v: [i32; N_TRANS] = std::array::from_fn(|t| scores[t]);
    for (i, role) in [(s0i, R_S0), (n0i, R_N0), (n1i, R_N1), (n2i, R_N2)] {
        add4(&mut v, &uni[uni_index(i)][role]);
    }
    v
}

/// The cell of `ParseScratch::pairs` for a configuration's (stack top,
/// buffer position) pair.
fn pair_cell(c: &Config, n: usize) -> usize {
    let top = c.s0().map_or(0, |k| k + 1);
    top * (n + 1) + c.b.min(n)
}

/// Ensures exactly one word hangs from the root: the first root child that
/// is not punctuation (or the first) stays, the others attach to it.
/// (Preferring a verbal root child changed nothing measurable on EWT.)
fn finish_tree(
    c: &mut Config,
    upos: &[Upos],
    mut relabel: impl FnMut(&Config, usize, usize) -> u8,
) {
    let n = c.n;
    for d in 0..n {
        if c.heads[d] == NONE {
            c.heads[d] = n as u32;
        }
    }
    let roots: Vec<usize> = (0..n).filter(|&d| c.heads[d] as usize == n).collect();
    if roots.len() <= 1 {
        if let Some(&r) = roots.first() {
            c.labels[r] = ROOT_LABEL;
        }
        return;
    }
    let keep = roots
        .iter()
        .copied()
        .find(|&r| upos.get(r) != Some(&Upos::Punct))
        .unwrap_or(roots[0]);
    c.labels[keep] = ROOT_LABEL;
    for &r in roots.iter().filter(|&&r| r != keep) {
        let label = relabel(c, keep, r);
        c.heads[r] = keep as u32;
        c.labels[r] = label;
    }
}

/// Settings for [`train_parser`].
#[derive(Debug, Clone)]
pub struct ParserTraining {
    pub epochs: usize,
    pub seed: u64,
    /// Averaged weights below this magnitude are pruned.
    pub prune: f32,
    /// Probability of following a wrong prediction (error exploration) after
    /// the first epoch.
    pub explore: f64,
    pub patience: usize,
    /// Beam width: 1 trains a greedy parser with the dynamic oracle; more
    /// trains the transition weights globally over the beam (max-violation
    /// structured perceptron) for beam-search parsing.
    pub beam: usize,
}

impl Default for ParserTraining {
    fn default() -> Self {
        ParserTraining {
            epochs: 15,
            seed: 11,
            prune: 0.5,
            explore: 0.9,
            patience: 3,
            beam: 1,
        }
    }
}

/// A sentence ready for parser training or evaluation: forms, the tags the
/// parser will see (predicted, ideally) and gold heads and relations.
#[derive(Debug, Clone)]
pub struct ParserExample {
    pub forms: Vec<String>,
    pub upos: Vec<Upos>,
    pub xpos: Vec<Xpos>,
    /// 1-based heads, 0 = root.
    pub heads: Vec<u32>,
    pub deprels: Vec<Deprel>,
}

impl ParserExample {
    /// Builds an example from a gold sentence and the tags to use.
    pub fn new(s: &ConlluSentence, upos: Vec<Upos>, xpos: Vec<Xpos>) -> ParserExample {
        ParserExample {
            forms: s.words.iter().map(|w| w.form.clone()).collect(),
            upos,
            xpos,
            heads: s.words.iter().map(|w| w.head).collect(),
            deprels: s.words.iter().map(|w| w.deprel).collect(),
        }
    }
}

/// A transition sequence: (transition, relation) per step.
type Moves = Vec<(u8, u8)>;

/// One sentence of global training: beam search with the current weights
/// beside the static-oracle sequence, then a max-violation update (the
/// step where the best beam item outscores the gold prefix by most, once
/// the gold prefix has fallen out of the beam). The relation classifier
/// learns locally on the gold sequence. Returns (steps where the gold
/// prefix was still best, steps).
fn train_beam(
    tr: &mut Trainer,
    lt: &mut Trainer,
    e: &ParserExample,
    gold: &[u32],
    attrs: &[WordAttr],
    width: usize,
) -> (usize, usize) {
    let n = gold.len();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; N_TRANS];
    let mut lscores = vec![0f32; Deprel::ALL.len()];
    // the gold sequence with its relations
    let mut g = Config::new(n);
    let mut gold_seq: Moves = Vec::with_capacity(2 * n);
    while !g.terminal() {
        let Some(t) = g.oracle(gold) else { break };
        let mut label = 0u8;
        if let Some((h, d)) = g.arc_of(t) {
            if h == n {
                label = ROOT_LABEL;
            } else {
                label_features(&g, attrs, h, d, &mut feats);
                lt.score(&feats, &mut lscores);
                let guess = argmax_by(&lscores, |l| l != ROOT_LABEL as usize).unwrap_or(0);
                let truth = e.deprels[d] as usize;
                lt.update(&feats, truth, guess);
                lt.tick();
                label = truth as u8;
            }
        }
        gold_seq.push((t as u8, label));
        g.apply(t, label);
    }
    // beam items: configuration, score, history, whether it is the gold prefix
    type Item = (Config, f32, Moves, bool);
    let mut beam: Vec<Item> = vec![(Config::new(n), 0.0, Vec::new(), true)];
    let mut g = Config::new(n);
    let mut gold_score = 0f32;
    // the largest violation: its size, the prefix length, the beam's best
    let mut worst: Option<(f32, usize, Moves)> = None;
    let (mut ok, mut steps) = (0usize, 0usize);
    for (k, &(gt, gl)) in gold_seq.iter().enumerate() {
        trans_features(&g, attrs, &mut feats);
        tr.score(&feats, &mut scores);
        gold_score += scores[gt as usize];
        g.apply(gt as usize, gl);
        let mut cands: Vec<(f32, usize, usize)> = Vec::new();
        for (i, it) in beam.iter().enumerate() {
            trans_features(&it.0, attrs, &mut feats);
            tr.score(&feats, &mut scores);
            for t in (0..N_TRANS).filter(|&t| it.0.valid(t)) {
                cands.push((it.1 + scores[t], i, t));
            }
        }
        cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        cands.truncate(width);
        let mut next: Vec<Item> = Vec::with_capacity(cands.len());
        for &(sc, i, t) in &cands {
            let parent = &beam[i];
            let label = match parent.0.arc_of(t) {
                Some((h, _)) if h == n => ROOT_LABEL,
                Some((h, d)) => {
                    label_features(&parent.0, attrs, h, d, &mut feats);
                    lt.score(&feats, &mut lscores);
                    argmax_by(&lscores, |l| l != ROOT_LABEL as usize).unwrap_or(0) as u8
                }
                None => 0,
            };
            let is_gold = parent.3 && t == gt as usize;
            let mut c = parent.0.clone();
            c.apply(t, if is_gold { gl } else { label });
            let mut hist = parent.2.clone();
            hist.push((t as u8, if is_gold { gl } else { label }));
            next.push((c, sc, hist, is_gold));
        }
        beam = next;
        steps += 1;
        let gold_in = beam.iter().any(|it| it.3);
        if beam.first().is_some_and(|it| it.3) {
            ok += 1;
        }
        if !gold_in {
            let best = &beam[0];
            let v = best.1 - gold_score;
            if worst.as_ref().is_none_or(|w| v > w.0) {
                worst = Some((v, k + 1, best.2.clone()));
            }
        }
        if beam.is_empty() {
            break;
        }
    }
    // at the end the gold sequence must also be the best complete one
    if worst.is_none() && beam.first().is_some_and(|it| !it.3) {
        let best = &beam[0];
        if best.1 >= gold_score {
            worst = Some((best.1 - gold_score, gold_seq.len(), best.2.clone()));
        }
    }
    if let Some((_, len, hist)) = worst {
        let mut c = Config::new(n);
        for &(t, l) in &gold_seq[..len] {
            trans_features(&c, attrs, &mut feats);
            tr.add(&feats, t as usize, 1.0);
            c.apply(t as usize, l);
        }
        let mut c = Config::new(n);
        for &(t, l) in &hist[..len.min(hist.len())] {
            trans_features(&c, attrs, &mut feats);
            tr.add(&feats, t as usize, -1.0);
            c.apply(t as usize, l);
        }
    }
    tr.tick();
    (ok, steps)
}

/// Unlabelled and labelled attachment scores over all words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AttachmentScores {
    pub uas: f64,
    pub las: f64,
    pub words: usize,
}

/// UAS and LAS of `parser` on `examples` (punctuation included, as in the
/// CoNLL 2018 evaluation).
pub fn attachment_scores(parser: &Parser, examples: &[ParserExample]) -> AttachmentScores {
    let (mut u, mut l, mut n) = (0usize, 0usize, 0usize);
    let mut scratch = ParseScratch::default();
    let mut out = Parse::default();
    for e in examples {
        let forms: Vec<&str> = e.forms.iter().map(String::as_str).collect();
        parser.parse_into(&forms, &e.upos, &e.xpos, &mut scratch, &mut out);
        for d in 0..forms.len() {
            let pred = out.heads[d].map_or(0, |h| h + 1);
            if pred == e.heads[d] {
                u += 1;
                if out.deprels[d] == e.deprels[d] {
                    l += 1;
                }
            }
            n += 1;
        }
    }
    AttachmentScores {
        uas: u as f64 / n.max(1) as f64,
        las: l as f64 / n.max(1) as f64,
        words: n,
    }
}

/// Per-epoch report of [`train_parser`].
#[derive(Debug, Clone)]
pub struct ParserEpochReport {
    pub epoch: usize,
    pub train_transition_accuracy: f64,
    pub dev: AttachmentScores,
}

/// Trains a parser, keeping the epoch with the best dev LAS (or the last one
/// without dev data).
pub fn train_parser(
    train: &[ParserExample],
    dev: &[ParserExample],
    opts: &ParserTraining,
    mut progress: impl FnMut(&ParserEpochReport),
) -> Result<Parser, NlpError> {
    if train.is_empty() {
        return Err(NlpError::Training(
            "the training set has no sentences".into(),
        ));
    }
    let mut tr = Trainer::new(N_TRANS);
    let mut lt = Trainer::new(Deprel::ALL.len());
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut attrs = Vec::new();
    let mut feats = Vec::new();
    let mut lfeats = Vec::new();
    let mut scores = vec![0f32; N_TRANS];
    let mut lscores = vec![0f32; Deprel::ALL.len()];
    let mut best: Option<(f64, Parser)> = None;
    let mut since_best = 0;
    for epoch in 1..=opts.epochs {
        rng.shuffle(&mut order);
        let (mut ok, mut total) = (0usize, 0usize);
        for &i in &order {
            let e = &train[i];
            let n = e.forms.len();
            if n == 0 || e.upos.len() != n || e.xpos.len() != n {
                continue;
            }
            let proj = projectivize(&e.heads);
            let gold: Vec<u32> = proj
                .iter()
                .map(|&h| if h == 0 { n as u32 } else { h - 1 })
                .collect();
            let forms: Vec<&str> = e.forms.iter().map(String::as_str).collect();
            word_attrs(&forms, &e.upos, &e.xpos, &mut attrs);
            if opts.beam > 1 {
                let (o, t) = train_beam(&mut tr, &mut lt, e, &gold, &attrs, opts.beam);
                ok += o;
                total += t;
                continue;
            }
            let mut c = Config::new(n);
            while !c.terminal() {
                trans_features(&c, &attrs, &mut feats);
                tr.score(&feats, &mut scores);
                let Some(pred) = argmax_by(&scores, |t| c.valid(t)) else {
                    break;
                };
                let costs: [u32; N_TRANS] = std::array::from_fn(|t| {
                    if c.valid(t) {
                        c.cost(t, &gold)
                    } else {
                        u32::MAX
                    }
                });
                let min = costs.iter().copied().min().unwrap_or(0);
                let Some(best_t) = argmax_by(&scores, |t| costs[t] == min) else {
                    break;
                };
                if costs[pred] != min {
                    tr.update(&feats, best_t, pred);
                } else {
                    ok += 1;
                }
                total += 1;
                tr.tick();
                let next = if costs[pred] == min || (epoch > 1 && rng.chance(opts.explore)) {
                    pred
                } else {
                    best_t
                };
                let mut label = 0u8;
                if let Some((h, d)) = c.arc_of(next) {
                    if h == n {
                        label = ROOT_LABEL;
                    } else {
                        label_features(&c, &attrs, h, d, &mut lfeats);
                        lt.score(&lfeats, &mut lscores);
                        let guess = argmax_by(&lscores, |l| l != ROOT_LABEL as usize).unwrap_or(0);
                        label = guess as u8;
                        if gold[d] as usize == h {
                            let g = e.deprels[d] as usize;
                            lt.update(&lfeats, g, guess);
                            lt.tick();
                            label = g as u8;
                        }
                    }
                }
                c.apply(next, label);
            }
        }
        let parser = Parser {
            trans: tr.finish(opts.prune),
            labels: lt.finish(opts.prune),
            beam: opts.beam.max(1),
        };
        let scores_dev = if dev.is_empty() {
            AttachmentScores::default()
        } else {
            attachment_scores(&parser, dev)
        };
        progress(&ParserEpochReport {
            epoch,
            train_transition_accuracy: ok as f64 / total.max(1) as f64,
            dev: scores_dev,
        });
        if dev.is_empty() || best.as_ref().is_none_or(|(b, _)| scores_dev.las > *b) {
            best = Some((scores_dev.las, parser));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= opts.patience {
                break;
            }
        }
    }
    best.map(|b| b.1)
        .ok_or_else(|| NlpError::Training("no epoch was run".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beam_width_is_read_back_and_checked() {
        let p = Parser {
            trans: Trainer::new(N_TRANS).finish(0.0),
            labels: Trainer::new(Deprel::ALL.len()).finish(0.0),
            beam: 4,
        };
        let mut bytes = p.to_bytes();
        assert_eq!(Parser::from_bytes(&bytes, "t").unwrap().beam_width(), 4);
        // the section "beam" holds the width as text: make it 0
        let at = bytes
            .windows(9)
            .position(|w| w == b"beam\x01\0\0\0\x34")
            .unwrap();
        bytes[at + 8] = b'0';
        assert!(Parser::from_bytes(&bytes, "t").is_err());
        // a greedy parser's file has no such section and reads as width 1
        let g = Parser { beam: 1, ..p };
        assert_eq!(
            Parser::from_bytes(&g.to_bytes(), "t").unwrap().beam_width(),
            1
        );
    }

    /// Beam search as first written: every item scored from all its
    /// transition features, the relation of every kept arc scored on its
    /// own, a full sort (and the items too far behind the best dropped).
    /// The decoder must find the same trees.
    fn reference_beam(p: &Parser, n: usize, attrs: &[WordAttr]) -> Config {
        let mut feats = Vec::new();
        let mut scores = vec![0i32; N_TRANS];
        let mut lscores = vec![0i32; Deprel::ALL.len()];
        let mut beam = vec![(Config::new(n), 0i64)];
        while beam.iter().any(|(c, _)| !c.terminal()) {
            let mut cands = Vec::new();
            for (i, (c, score)) in beam.iter().enumerate() {
                trans_features(c, attrs, &mut feats);
                p.trans.score(&feats, &mut scores);
                for t in (0..N_TRANS).filter(|&t| c.valid(t)) {
                    cands.push((score + scores[t] as i64, i, t));
                }
            }
            if cands.is_empty() {
                break;
            }
            cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            cands.truncate(p.beam);
            let best = cands[0].0;
            cands.retain(|c| best - c.0 <= (BEAM_MARGIN / p.trans.scale()) as i64);
            beam = cands
                .iter()
                .map(|&(score, i, t)| {
                    let mut c = beam[i].0.clone();
                    let label = match c.arc_of(t) {
                        Some((h, _)) if h == n => ROOT_LABEL,
                        Some((h, d)) => {
                            label_features(&c, attrs, h, d, &mut feats);
                            p.labels.score(&feats, &mut lscores);
                            argmax_by(&lscores, |l| l != ROOT_LABEL as usize).unwrap_or(0) as u8
                        }
                        None => 0,
                    };
                    c.apply(t, label);
                    (c, score)
                })
                .collect();
        }
        let best = beam
            .iter()
            .enumerate()
            .max_by(|a, b| a.1 .1.cmp(&b.1 .1).then(b.0.cmp(&a.0)))
            .map_or(0, |(i, _)| i);
        beam.swap_remove(best).0
    }

    #[test]
    fn beam_decoder_finds_the_reference_trees() {
        let nlp = crate::Nlp::load_with(crate::ParserKind::Beam).unwrap();
        let parser = nlp.parser();
        assert!(parser.beam_width() > 1);
        let tagger = crate::Tagger::builtin().unwrap();
        let src = include_str!("../tests/fixtures/news_sentences.txt");
        // one scratch for all sentences, as `Nlp::analyze` keeps it
        let mut s = ParseScratch::default();
        let (mut sentences, mut arcs) = (0, 0);
        for text in crate::fixture::paragraphs(src) {
            let spans = crate::tokenize(&text.text);
            for sent in crate::split(&text.text, &spans) {
                let words: Vec<&str> = spans[sent.tokens.clone()]
                    .iter()
                    .map(|sp| &text.text[sp.start..sp.end])
                    .collect();
                let tags = tagger.tag(&words);
                let n = words.len();
                word_attrs(&words, &tags.upos, &tags.xpos, &mut s.attrs);
                s.scores.resize(N_TRANS, 0);
                s.lscores.resize(Deprel::ALL.len(), 0);
                let best = parser.beam_search(n, &mut s);
                let got = &s.beam[best].0;
                let want = reference_beam(parser, n, &s.attrs);
                assert_eq!(got.heads, want.heads, "heads of {words:?}");
                assert_eq!(got.labels, want.labels, "relations of {words:?}");
                sentences += 1;
                arcs += n;
            }
        }
        assert!(sentences > 50 && arcs > 1000, "{sentences} sentences");
    }

    #[test]
    fn projectivity() {
        // 1 <- 3, 2 -> 4 cross
        assert!(is_projective(&[0, 1, 1]));
        assert!(!is_projective(&[3, 0, 2, 2]));
        let p = projectivize(&[3, 0, 2, 2]);
        assert!(is_projective(&p));
        assert_eq!(p.iter().filter(|&&h| h == 0).count(), 1);
    }

    #[test]
    fn static_oracle_from_costs_reproduces_gold() {
        // "She met him in Baku ." heads: She->met, met root, him->met, in->Baku, Baku->met, .->met
        let heads1 = [2u32, 0, 2, 5, 2, 2];
        let n = heads1.len();
        let gold: Vec<u32> = heads1
            .iter()
            .map(|&h| if h == 0 { n as u32 } else { h - 1 })
            .collect();
        let mut c = Config::new(n);
        while !c.terminal() {
            let t = (0..N_TRANS)
                .filter(|&t| c.valid(t))
                .min_by_key(|&t| c.cost(t, &gold))
                .unwrap();
            assert_eq!(c.cost(t, &gold), 0);
            c.apply(t, 1);
        }
        let got: Vec<u32> = c.heads[..n].to_vec();
        assert_eq!(got, gold);
    }
}
