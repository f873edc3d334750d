//! The structured averaged perceptron behind [`crate::NerTagger`]: weights
//! for (feature, tag) pairs and for tag transitions, first-order Viterbi
//! decoding restricted to well-formed BIO sequences, and the model file.
//!
//! # File format (`.dner`, version 2)
//!
//! All integers little-endian.
//!
//! ```text
//! file   := magic "DRGNER\0\0" (8 bytes)  version:u32 (= 2)
//!           feature_set:u32  n_classes:u32 (= 7)  scale:f32
//!           transitions: (n_classes + 1) × n_classes × f32
//!           n_rows:u32  row*
//!           pair_scale:f32  n_pairs:u32  pair*  n_words:u32  word*
//! row    := feature:u64  mask:u8  weight:i16 × popcount(mask)
//! pair   := feature:u64  weight:i16 × (n_classes + 1) × n_classes
//! word   := lowercase_word_hash:u64  info:u32
//! ```
//!
//! Classes are the BIO tags in [`BioTag::ALL`] order; transition row 0 is
//! the sentence start, row `1 + c` follows class `c`. A row holds the
//! weights of one feature hash for the classes whose bit is set in `mask`;
//! the weight of class `c` is `scale × weight`. A `pair` row holds the
//! transition weights (`pair_scale × weight`, laid out like `transitions`)
//! of one transition feature (hash with the top bit set), added to the
//! transitions into the token that has it. `word` entries are the
//! word statistics features read (see `features::word_stats`: frequency,
//! capitalisation and proper-noun buckets in the low byte, the coarse and
//! fine distributional word classes of `clusters` in the second byte and
//! the upper 16 bits, all from UD EWT train). `feature_set` must equal the
//! version of the feature templates the code computes.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::bio::BioTag;
use crate::error::NerError;

pub(crate) const N: usize = BioTag::COUNT;
/// Size of a transition table: from start or each class, to each class.
pub(crate) const T: usize = (N + 1) * N;
/// Top bit of a feature hash: set for transition features (their weights
/// are per tag pair), clear for emission features (per tag).
pub(crate) const PAIR: u64 = 1 << 63;
const MAGIC: &[u8; 8] = b"DRGNER\0\0";
const VERSION: u32 = 2;

type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<dragoman_nlp::IdentityHasher>>;

/// Whether class `to` may follow class `from` (`None`: sentence start).
fn allowed(from: Option<usize>, to: usize) -> bool {
    let prev = from.and_then(BioTag::from_index);
    BioTag::from_index(to).is_some_and(|t| t.may_follow(prev))
}

/// Best well-formed tag sequence for per-token class scores `emit` and
/// transition scores `trans[i]` into each token `i` (`(N + 1) × N`, row 0
/// the start).
pub(crate) fn viterbi(emit: &[[f32; N]], trans: &[[f32; T]]) -> Vec<usize> {
    let n = emit.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![[f32::NEG_INFINITY; N]; n];
    let mut back = vec![[0usize; N]; n];
    for y in 0..N {
        if allowed(None, y) {
            score[0][y] = emit[0][y] + trans[0][y];
        }
    }
    for i in 1..n {
        for y in 0..N {
            let mut best = (f32::NEG_INFINITY, 0);
            for p in 0..N {
                if score[i - 1][p] == f32::NEG_INFINITY || !allowed(Some(p), y) {
                    continue;
                }
                let s = score[i - 1][p] + trans[i][(1 + p) * N + y];
                if s > best.0 {
                    best = (s, p);
                }
            }
            score[i][y] = best.0 + emit[i][y];
            back[i][y] = best.1;
        }
    }
    let mut y = (0..N)
        .max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b]))
        .unwrap_or(0);
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = y;
        y = back[i][y];
    }
    out
}

fn transitions<'a>(
    tokens: &[Vec<u64>],
    base: &[f32],
    row: impl Fn(u64) -> Option<&'a [f32; T]>,
) -> Vec<[f32; T]> {
    tokens
        .iter()
        .map(|feats| {
            let mut t = [0f32; T];
            t.copy_from_slice(&base[..T]);
            for &f in feats.iter().filter(|&&f| f & PAIR != 0) {
                if let Some(r) = row(f) {
                    for (a, b) in t.iter_mut().zip(r) {
                        *a += b;
                    }
                }
            }
            t
        })
        .collect()
}

/// Run-time weights.
pub(crate) struct Weights {
    rows: FeatureMap<[f32; N]>,
    trans: Vec<f32>,
    pairs: FeatureMap<[f32; T]>,
    pub(crate) words: crate::features::WordStats,
}

impl Weights {
    pub(crate) fn emissions(&self, tokens: &[Vec<u64>]) -> Vec<[f32; N]> {
        tokens
            .iter()
            .map(|feats| {
                let mut s = [0f32; N];
                for f in feats {
                    if let Some(w) = self.rows.get(f) {
                        for (a, b) in s.iter_mut().zip(w) {
                            *a += b;
                        }
                    }
                }
                s
            })
            .collect()
    }

    /// Transition scores into each token: the global table plus the rows
    /// of the token's transition features.
    pub(crate) fn transitions(&self, tokens: &[Vec<u64>]) -> Vec<[f32; T]> {
        transitions(tokens, &self.trans, |f| self.pairs.get(&f))
    }

    pub(crate) fn decode(&self, tokens: &[Vec<u64>]) -> Vec<usize> {
        viterbi(&self.emissions(tokens), &self.transitions(tokens))
    }

    /// Adds `bias` to the score of every `B-` tag (through the transition
    /// weights, so the file format is unchanged): a positive bias trades
    /// precision for recall.
    pub(crate) fn add_entity_bias(&mut self, bias: f32) {
        for from in 0..=N {
            for to in 0..N {
                if matches!(BioTag::from_index(to), Some(BioTag::B(_))) {
                    self.trans[from * N + to] += bias;
                }
            }
        }
    }

    /// Adds `other × k` to these weights (rows and transition features
    /// missing on one side count as zero); the word statistics are kept.
    pub(crate) fn add_scaled(&mut self, other: &Weights, k: f32) {
        for (key, r) in &other.rows {
            let row = self.rows.entry(*key).or_insert([0.0; N]);
            for (a, b) in row.iter_mut().zip(r) {
                *a += b * k;
            }
        }
        for (a, b) in self.trans.iter_mut().zip(&other.trans) {
            *a += b * k;
        }
        for (key, r) in &other.pairs {
            let row = self.pairs.entry(*key).or_insert([0.0; T]);
            for (a, b) in row.iter_mut().zip(r) {
                *a += b * k;
            }
        }
    }

    /// Weights that are all zero (the start of a sum of models).
    pub(crate) fn zero() -> Weights {
        Weights {
            rows: FeatureMap::default(),
            trans: vec![0.0; T],
            pairs: FeatureMap::default(),
            words: Default::default(),
        }
    }

    pub(crate) fn n_rows(&self) -> usize {
        self.rows.len()
    }

    /// Serialises with weights quantised to `i16`; weights whose magnitude is
    /// below `min_abs` are dropped.
    pub(crate) fn to_bytes(&self, feature_set: u32, min_abs: f32) -> Vec<u8> {
        let max = self
            .rows
            .values()
            .flat_map(|r| r.iter())
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-6);
        let scale = max / 32767.0;
        let mut rows: Vec<(u64, u8, Vec<i16>)> = Vec::new();
        for (&key, r) in &self.rows {
            let mut mask = 0u8;
            let mut ws = Vec::new();
            for (c, &w) in r.iter().enumerate() {
                let q = (w / scale).round() as i16;
                if w.abs() >= min_abs && q != 0 {
                    mask |= 1 << c;
                    ws.push(q);
                }
            }
            if mask != 0 {
                rows.push((key, mask, ws));
            }
        }
        rows.sort_by_key(|r| r.0);
        let mut b = Vec::with_capacity(rows.len() * 12 + 300);
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&VERSION.to_le_bytes());
        b.extend_from_slice(&feature_set.to_le_bytes());
        b.extend_from_slice(&(N as u32).to_le_bytes());
        b.extend_from_slice(&scale.to_le_bytes());
        for t in &self.trans {
            b.extend_from_slice(&t.to_le_bytes());
        }
        b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for (key, mask, ws) in rows {
            b.extend_from_slice(&key.to_le_bytes());
            b.push(mask);
            for w in ws {
                b.extend_from_slice(&w.to_le_bytes());
            }
        }
        let pmax = self
            .pairs
            .values()
            .flat_map(|r| r.iter())
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-6);
        let pscale = pmax / 32767.0;
        let mut pairs: Vec<(&u64, &[f32; T])> = self.pairs.iter().collect();
        pairs.sort_by_key(|p| *p.0);
        b.extend_from_slice(&pscale.to_le_bytes());
        b.extend_from_slice(&(pairs.len() as u32).to_le_bytes());
        for (k, r) in pairs {
            b.extend_from_slice(&k.to_le_bytes());
            for w in r {
                b.extend_from_slice(&((w / pscale).round() as i16).to_le_bytes());
            }
        }
        let mut words: Vec<(u64, u32)> = self.words.iter().map(|(k, v)| (*k, *v)).collect();
        words.sort_unstable();
        b.extend_from_slice(&(words.len() as u32).to_le_bytes());
        for (k, v) in words {
            b.extend_from_slice(&k.to_le_bytes());
            b.extend_from_slice(&v.to_le_bytes());
        }
        b
    }

    pub(crate) fn from_bytes(
        data: &[u8],
        name: &str,
        feature_set: u32,
    ) -> Result<Weights, NerError> {
        let mut r = Reader { data, pos: 0, name };
        if r.take(8)? != MAGIC {
            return Err(NerError::model(
                name,
                "not a dragoman-ner model (bad magic bytes)",
            ));
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(NerError::model(
                name,
                format!("format version {version}, this build reads {VERSION}"),
            ));
        }
        let fs = r.u32()?;
        if fs != feature_set {
            return Err(NerError::model(
                name,
                format!("feature set {fs}, this build computes {feature_set}; retrain the model"),
            ));
        }
        if r.u32()? as usize != N {
            return Err(NerError::model(name, format!("expected {N} classes")));
        }
        let scale = r.f32()?;
        if !scale.is_finite() {
            return Err(NerError::model(name, "bad weight scale"));
        }
        let mut trans = Vec::with_capacity((N + 1) * N);
        for _ in 0..(N + 1) * N {
            let t = r.f32()?;
            if !t.is_finite() {
                return Err(NerError::model(name, "bad transition weight"));
            }
            trans.push(t);
        }
        let n_rows = r.u32()? as usize;
        if n_rows > data.len() / 11 {
            return Err(NerError::model(name, "row count larger than the file"));
        }
        let mut rows = FeatureMap::with_capacity_and_hasher(n_rows, Default::default());
        for _ in 0..n_rows {
            let key = r.u64()?;
            let mask = r.u8()?;
            if mask == 0 || mask >> N != 0 {
                return Err(NerError::model(name, format!("bad class mask {mask:#x}")));
            }
            let mut row = [0f32; N];
            for (c, w) in row.iter_mut().enumerate() {
                if mask & (1 << c) != 0 {
                    *w = r.i16()? as f32 * scale;
                }
            }
            if rows.insert(key, row).is_some() {
                return Err(NerError::model(name, "duplicate feature row"));
            }
        }
        let pscale = r.f32()?;
        if !pscale.is_finite() {
            return Err(NerError::model(name, "bad transition-feature scale"));
        }
        let n_pairs = r.u32()? as usize;
        if n_pairs > data.len() / (8 + 2 * T) {
            return Err(NerError::model(
                name,
                "transition-feature count larger than the file",
            ));
        }
        let mut pairs = FeatureMap::with_capacity_and_hasher(n_pairs, Default::default());
        for _ in 0..n_pairs {
            let k = r.u64()?;
            let mut row = [0f32; T];
            for w in row.iter_mut() {
                *w = r.i16()? as f32 * pscale;
            }
            pairs.insert(k, row);
        }
        let n_words = r.u32()? as usize;
        if n_words > data.len() / 12 {
            return Err(NerError::model(name, "word count larger than the file"));
        }
        let mut words =
            crate::features::WordStats::with_capacity_and_hasher(n_words, Default::default());
        for _ in 0..n_words {
            let k = r.u64()?;
            words.insert(k, r.u32()?);
        }
        if r.pos != data.len() {
            return Err(NerError::model(name, "trailing bytes after the weights"));
        }
        Ok(Weights {
            rows,
            trans,
            pairs,
            words,
        })
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    name: &'a str,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| NerError::model(self.name, format!("truncated at byte {}", self.pos)))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn arr<const M: usize>(&mut self) -> Result<[u8; M], NerError> {
        let mut a = [0u8; M];
        a.copy_from_slice(self.take(M)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, NerError> {
        Ok(self.take(1)?[0])
    }
    fn i16(&mut self) -> Result<i16, NerError> {
        Ok(i16::from_le_bytes(self.arr()?))
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    fn u64(&mut self) -> Result<u64, NerError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
}

/// A structured perceptron being trained, averaged with the `w - u/c`
/// trick (Daumé III): `u` accumulates each update times the clock.
pub(crate) struct Trainer {
    w: FeatureMap<([f32; N], [f64; N])>,
    trans: Vec<(f32, f64)>,
    pairs: FeatureMap<([f32; T], [f64; T])>,
    c: u64,
}

impl Trainer {
    pub(crate) fn new() -> Trainer {
        Trainer {
            w: FeatureMap::default(),
            trans: vec![(0.0, 0.0); (N + 1) * N],
            pairs: FeatureMap::default(),
            c: 1,
        }
    }

    fn emissions(&self, tokens: &[Vec<u64>]) -> Vec<[f32; N]> {
        tokens
            .iter()
            .map(|feats| {
                let mut s = [0f32; N];
                for f in feats {
                    if let Some((w, _)) = self.w.get(f) {
                        for (a, b) in s.iter_mut().zip(w) {
                            *a += b;
                        }
                    }
                }
                s
            })
            .collect()
    }

    /// Decodes one sentence with the current weights and learns from the
    /// gold classes; returns the number of tokens tagged wrongly.
    pub(crate) fn learn(&mut self, tokens: &[Vec<u64>], gold: &[usize]) -> usize {
        let base: Vec<f32> = self.trans.iter().map(|t| t.0).collect();
        let trans = transitions(tokens, &base, |f| self.pairs.get(&f).map(|p| &p.0));
        let guess = viterbi(&self.emissions(tokens), &trans);
        let c = self.c as f64;
        let mut wrong = 0;
        for i in 0..gold.len().min(guess.len()) {
            let (g, p) = (gold[i], guess[i]);
            if g != p {
                wrong += 1;
                for &f in &tokens[i] {
                    let (w, u) = self.w.entry(f).or_insert(([0.0; N], [0.0; N]));
                    w[g] += 1.0;
                    u[g] += c;
                    w[p] -= 1.0;
                    u[p] -= c;
                }
            }
            let gp = if i == 0 { 0 } else { 1 + gold[i - 1] };
            let pp = if i == 0 { 0 } else { 1 + guess[i - 1] };
            if (gp, g) != (pp, p) {
                let t = &mut self.trans[gp * N + g];
                t.0 += 1.0;
                t.1 += c;
                let t = &mut self.trans[pp * N + p];
                t.0 -= 1.0;
                t.1 -= c;
                for &f in tokens[i].iter().filter(|&&f| f & PAIR != 0) {
                    let (w, u) = self.pairs.entry(f).or_insert(([0.0; T], [0.0; T]));
                    w[gp * N + g] += 1.0;
                    u[gp * N + g] += c;
                    w[pp * N + p] -= 1.0;
                    u[pp * N + p] -= c;
                }
            }
        }
        self.c += 1;
        wrong
    }

    /// The averaged weights.
    pub(crate) fn averaged(&self) -> Weights {
        let c = self.c as f64;
        let avg = |w: f32, u: f64| (w as f64 - u / c) as f32;
        let mut rows = FeatureMap::with_capacity_and_hasher(self.w.len(), Default::default());
        for (&k, (w, u)) in &self.w {
            let mut r = [0f32; N];
            for j in 0..N {
                r[j] = avg(w[j], u[j]);
            }
            if r.iter().any(|x| *x != 0.0) {
                rows.insert(k, r);
            }
        }
        let trans = self.trans.iter().map(|&(w, u)| avg(w, u)).collect();
        let pairs = self
            .pairs
            .iter()
            .map(|(&k, (w, u))| {
                let mut r = [0f32; T];
                for j in 0..T {
                    r[j] = avg(w[j], u[j]);
                }
                (k, r)
            })
            .collect();
        Weights {
            rows,
            trans,
            pairs,
            words: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_keeps_sequences_well_formed() {
        // token 0 prefers I-PER (class 2), which cannot start a sentence
        let mut e0 = [0f32; N];
        e0[2] = 5.0;
        e0[1] = 1.0;
        let e1 = [0f32; N];
        let trans = vec![[0f32; T]; 2];
        let path = viterbi(&[e0, e1], &trans);
        assert_eq!(path[0], 1);
        assert!(viterbi(&[], &trans).is_empty());
    }

    #[test]
    fn averaging_models_sums_scaled_rows() {
        let mut t = Trainer::new();
        let sent = vec![vec![11u64, PAIR | 5], vec![12u64, PAIR | 6]];
        t.learn(&sent, &[1, 2]);
        let one = t.averaged();
        let mut sum = Weights::zero();
        sum.add_scaled(&one, 0.5);
        sum.add_scaled(&one, 0.5);
        assert_eq!(sum.decode(&sent), one.decode(&sent));
        let (a, b) = (sum.rows[&11], one.rows[&11]);
        assert!(a.iter().zip(&b).all(|(x, y)| (x - y).abs() < 1e-6));
    }

    #[test]
    fn learns_and_round_trips() {
        let mut t = Trainer::new();
        let sent = vec![
            vec![11u64, 1, PAIR | 5],
            vec![12u64, 1, PAIR | 6],
            vec![13u64, 1, PAIR | 5],
        ];
        let gold = [1usize, 2, 0];
        for _ in 0..5 {
            t.learn(&sent, &gold);
        }
        let mut w = t.averaged();
        w.words.insert(42, 7);
        assert_eq!(w.decode(&sent), gold);
        let bytes = w.to_bytes(9, 0.0);
        let back = Weights::from_bytes(&bytes, "t", 9).unwrap();
        assert_eq!(back.decode(&sent), gold);
        assert_eq!(back.words.get(&42), Some(&7));
        assert!(Weights::from_bytes(&bytes, "t", 8).is_err());
        assert!(Weights::from_bytes(&bytes[..bytes.len() - 1], "t", 9).is_err());
        assert!(Weights::from_bytes(b"garbage", "t", 9).is_err());
    }
}
