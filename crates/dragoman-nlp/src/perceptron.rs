//! Averaged perceptron over hashed sparse features, shared by the tagger and
//! the parser.
//!
//! Features are 64-bit hashes of (template, values); [`Trainer`] learns a row
//! of class weights per feature that took part in an update and averages
//! them with the `w - u/c` trick (Daumé III), so no per-weight time stamps are
//! needed. [`WeightTable`] is the compact run-time form: pruned, quantised to
//! `i16` with one scale, and stored as sparse rows in an open-addressing table
//! keyed by the feature hash, with short rows inline in their 16-byte slot
//! (one cache line touched per feature for most features).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::error::NlpError;
use crate::model::{Reader, Writer};

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Final avalanche of a 64-bit value (from the SplitMix64 generator).
#[inline]
pub fn fmix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Combines a running hash with one value.
#[inline]
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(23) ^ v).wrapping_mul(K)
}

/// The key of a feature: a template id and up to three values.
#[inline]
pub(crate) fn feat(template: u64, a: u64, b: u64) -> u64 {
    fmix(mix(mix(template.wrapping_mul(K), a), b)) | 1
}

#[inline]
pub(crate) fn feat3(template: u64, a: u64, b: u64, c: u64) -> u64 {
    fmix(mix(mix(mix(template.wrapping_mul(K), a), b), c)) | 1
}

/// Hash of a string, optionally lower-cased, without allocating.
pub(crate) fn hash_str(s: &str, lowercase: bool) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if lowercase {
        for c in s.chars() {
            if c.is_ascii() {
                h = (h ^ c.to_ascii_lowercase() as u64).wrapping_mul(0x100_0000_01b3);
            } else {
                for l in c.to_lowercase() {
                    h = (h ^ l as u64).wrapping_mul(0x100_0000_01b3);
                }
            }
        }
    } else {
        for c in s.chars() {
            h = (h ^ c as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fmix(h)
}

/// Hasher for keys that are already well-mixed hashes.
#[derive(Default)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

pub(crate) type HashIndex<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// A perceptron being trained.
pub(crate) struct Trainer {
    n_classes: usize,
    index: HashIndex<u32>,
    keys: Vec<u64>,
    w: Vec<f32>,
    u: Vec<f64>,
    /// Instances seen (the averaging clock).
    c: u64,
}

impl Trainer {
    pub(crate) fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            index: HashIndex::default(),
            keys: Vec::new(),
            w: Vec::new(),
            u: Vec::new(),
            c: 1,
        }
    }

    /// Adds the current weights of `feats` to `scores` (length `n_classes`).
    pub(crate) fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.fill(0.0);
        for f in feats {
            if let Some(&row) = self.index.get(f) {
                let row = &self.w[row as usize * self.n_classes..][..self.n_classes];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
    }

    fn row(&mut self, f: u64) -> usize {
        let n = self.n_classes;
        let next = self.keys.len() as u32;
        let row = *self.index.entry(f).or_insert(next);
        if row == next {
            self.keys.push(f);
            self.w.resize(self.w.len() + n, 0.0);
            self.u.resize(self.u.len() + n, 0.0);
        }
        row as usize
    }

    /// Adds `delta` to the weight of `class` for every feature (one side of
    /// a structured update).
    pub(crate) fn add(&mut self, feats: &[u64], class: usize, delta: f32) {
        let c = self.c as f64;
        for &f in feats {
            let i = self.row(f) * self.n_classes + class;
            self.w[i] += delta;
            self.u[i] += c * delta as f64;
        }
    }

    /// Moves weight from `guess` to `truth` for every feature.
    pub(crate) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let c = self.c as f64;
        for &f in feats {
            let base = self.row(f) * self.n_classes;
            self.w[base + truth] += 1.0;
            self.u[base + truth] += c;
            self.w[base + guess] -= 1.0;
            self.u[base + guess] -= c;
        }
    }

    /// Advances the averaging clock; call once per training instance.
    pub(crate) fn tick(&mut self) {
        self.c += 1;
    }

    /// The averaged model, pruned and quantised. Weights whose magnitude is
    /// below `min_abs` (in averaged units) are dropped.
    pub(crate) fn finish(&self, min_abs: f32) -> WeightTable {
        let n = self.n_classes;
        let c = self.c as f64;
        let avg: Vec<f32> = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| (w as f64 - u / c) as f32)
            .collect();
        let max = avg.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
        let scale = max / 32767.0;
        let mut rows: Vec<(u64, Vec<(u8, i16)>)> = Vec::new();
        for (r, &key) in self.keys.iter().enumerate() {
            let entries: Vec<(u8, i16)> = avg[r * n..(r + 1) * n]
                .iter()
                .enumerate()
                .filter(|(_, w)| w.abs() >= min_abs)
                .map(|(k, &w)| (k as u8, (w / scale).round() as i16))
                .filter(|&(_, q)| q != 0)
                .collect();
            if !entries.is_empty() {
                rows.push((key, entries));
            }
        }
        WeightTable::from_rows(n, scale, rows)
    }
}

/// One cell of the open-addressing table: the 32-bit feature key and its
/// row, inline where it fits, so that most lookups touch one cache line.
///
/// * Tables of up to six classes keep every row inline and dense: `e` holds
///   six `i16` weights, two per cell (low half first).
/// * Other tables keep rows of up to three entries inline and sparse (each
///   `ROW_END (last entry) | class << 16 | weight as u16`); a longer row is
///   stored dense in [`WeightTable::dense`] and `e[0]` holds
///   `OVERFLOW | index of its first weight`.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    e: [u32; 3],
}

/// The 32-bit key a 64-bit feature hash is stored under (never 0).
#[inline]
fn short_key(h: u64) -> u32 {
    let k = (h >> 32) as u32 ^ h as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Run-time weights: quantised rows in an open-addressing table with linear
/// probing. Probing never wraps: the slot vector extends past the home range
/// as far as insertion needed, and always ends with an empty slot.
pub(crate) struct WeightTable {
    n_classes: usize,
    scale: f32,
    /// Number of home positions (`slots.len()` may be larger).
    cap: usize,
    slots: Vec<Slot>,
    /// Dense rows of the tables with more than six classes.
    dense: Vec<i16>,
    n_rows: usize,
}

const ROW_END: u32 = 1 << 31;
const OVERFLOW: u32 = 1 << 30;
/// Tables with at most this many classes store their rows inline and dense.
const INLINE_CLASSES: usize = 6;

#[inline]
fn entry(c: u8, w: i16, last: bool) -> u32 {
    let end = if last { ROW_END } else { 0 };
    end | (c as u32) << 16 | w as u16 as u32
}

#[inline]
fn unpack(e: u32) -> (u8, i16) {
    ((e >> 16 & 0xff) as u8, e as u16 as i16)
}

impl WeightTable {
    /// An empty table sized for `n_rows` rows (load factor about 0.6).
    fn with_capacity(n_classes: usize, scale: f32, n_rows: usize) -> WeightTable {
        let cap = (n_rows + n_rows * 2 / 3).max(16);
        WeightTable {
            n_classes,
            scale,
            cap,
            slots: slot_vec(cap + 1),
            dense: Vec::new(),
            n_rows: 0,
        }
    }

    /// Home slot of a key: multiply-shift onto `0..cap`.
    #[inline]
    fn home(&self, key: u32) -> usize {
        ((key.wrapping_mul(0x9E37_79B1) as u64 * self.cap as u64) >> 32) as usize
    }

    /// Inserts a row under a key not yet present; `false` if the key is
    /// already there or the row is empty or has a class out of range.
    fn insert(&mut self, key: u32, row: &[(u8, i16)]) -> bool {
        if row.is_empty() || key == 0 || row.iter().any(|e| e.0 as usize >= self.n_classes) {
            return false;
        }
        let mut i = self.home(key);
        while self.slots[i].key != 0 {
            if self.slots[i].key == key {
                return false;
            }
            i += 1;
        }
        let mut e = [0u32; 3];
        if self.n_classes <= INLINE_CLASSES {
            let mut w = [0i16; INLINE_CLASSES];
            for &(c, x) in row {
                w[c as usize] = x;
            }
            for (j, cell) in e.iter_mut().enumerate() {
                *cell = w[2 * j] as u16 as u32 | (w[2 * j + 1] as u16 as u32) << 16;
            }
        } else if row.len() <= 3 {
            let last = row.len() - 1;
            for (j, &(c, w)) in row.iter().enumerate() {
                e[j] = entry(c, w, j == last);
            }
        } else {
            e[0] = OVERFLOW | self.dense.len() as u32;
            let base = self.dense.len();
            self.dense.resize(base + self.n_classes, 0);
            for &(c, w) in row {
                self.dense[base + c as usize] = w;
            }
        }
        self.slots[i] = Slot { key, e };
        if i + 1 == self.slots.len() {
            self.slots.push(Slot::default());
        }
        self.n_rows += 1;
        true
    }

    fn from_rows(n_classes: usize, scale: f32, rows: Vec<(u64, Vec<(u8, i16)>)>) -> WeightTable {
        // Rows whose 32-bit keys collide are merged (summed); with a million
        // rows this affects about a hundred, all rare features.
        let mut merged: Vec<(u32, Vec<(u8, i16)>)> =
            rows.into_iter().map(|(k, r)| (short_key(k), r)).collect();
        merged.sort_by_key(|r| r.0);
        let mut rows: Vec<(u32, Vec<(u8, i16)>)> = Vec::with_capacity(merged.len());
        for (k, r) in merged {
            match rows.last_mut() {
                Some(last) if last.0 == k => {
                    for (c, w) in r {
                        match last.1.iter_mut().find(|e| e.0 == c) {
                            Some(e) => e.1 = e.1.saturating_add(w),
                            None => last.1.push((c, w)),
                        }
                    }
                }
                _ => rows.push((k, r)),
            }
        }
        let mut t = WeightTable::with_capacity(n_classes, scale, rows.len());
        for (key, row) in rows {
            t.insert(key, &row);
        }
        t
    }

    /// The non-zero entries of a slot's row, by class.
    fn row(&self, s: &Slot) -> Vec<(u8, i16)> {
        let mut out = Vec::new();
        if self.n_classes <= INLINE_CLASSES {
            for (j, &cell) in s.e.iter().enumerate() {
                for (h, w) in [cell as u16 as i16, (cell >> 16) as u16 as i16]
                    .into_iter()
                    .enumerate()
                {
                    let c = 2 * j + h;
                    if w != 0 && c < self.n_classes {
                        out.push((c as u8, w));
                    }
                }
            }
        } else if s.e[0] & OVERFLOW != 0 {
            let base = (s.e[0] & !OVERFLOW) as usize;
            let row = self.dense.get(base..base + self.n_classes).unwrap_or(&[]);
            for (c, &w) in row.iter().enumerate() {
                if w != 0 {
                    out.push((c as u8, w));
                }
            }
        } else {
            for &e in &s.e {
                out.push(unpack(e));
                if e & ROW_END != 0 {
                    break;
                }
            }
        }
        out
    }

    /// The slot holding `key`, if any.
    #[inline]
    fn find(&self, key: u32, home: usize) -> Option<&Slot> {
        let mut i = home;
        while let Some(s) = self.slots.get(i) {
            if s.key == key {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            i += 1;
        }
        None
    }

    /// Adds the weights of `feats` to integer `scores` (length `n_classes`).
    ///
    /// The lookups run in phases over a batch of features (home slots, then
    /// rows) so that their cache misses overlap instead of queueing behind
    /// each other's branches.
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], scores: &mut [i32]) {
        self.score_with::<true>(feats, scores);
    }

    /// [`WeightTable::score`] for features whose rows were asked for by
    /// [`WeightTable::prefetch`] already.
    #[inline]
    pub(crate) fn score_prefetched(&self, feats: &[u64], scores: &mut [i32]) {
        self.score_with::<false>(feats, scores);
    }

    #[inline]
    fn score_with<const PREFETCH: bool>(&self, feats: &[u64], scores: &mut [i32]) {
        scores.fill(0);
        const BATCH: usize = 32;
        let mut keys = [0u32; BATCH];
        let mut homes = [0usize; BATCH];
        let small = self.n_classes <= INLINE_CLASSES;
        let mut acc = [0i32; INLINE_CLASSES];
        for chunk in feats.chunks(BATCH) {
            let m = chunk.len();
            for ((k, h), &f) in keys.iter_mut().zip(homes.iter_mut()).zip(chunk) {
                *k = short_key(f);
                *h = self.home(*k);
                // prefetch every home slot first so the misses overlap
                if PREFETCH {
                    if let Some(s) = self.slots.get(*h) {
                        prefetch_slot(s);
                    }
                }
            }
            for (&k, &h) in keys[..m].iter().zip(&homes[..m]) {
                let Some(s) = self.find(k, h) else { continue };
                if small {
                    // the third cell holds classes 4 and 5
                    for (j, &cell) in s.e[..2].iter().enumerate() {
                        acc[2 * j] += cell as u16 as i16 as i32;
                        acc[2 * j + 1] += (cell >> 16) as u16 as i16 as i32;
                    }
                    if self.n_classes > 4 {
                        acc[4] += s.e[2] as u16 as i16 as i32;
                        acc[5] += (s.e[2] >> 16) as u16 as i16 as i32;
                    }
                } else if s.e[0] & OVERFLOW != 0 {
                    let base = (s.e[0] & !OVERFLOW) as usize;
                    if let Some(row) = self.dense.get(base..base + scores.len()) {
                        for (x, &w) in scores.iter_mut().zip(row) {
                            *x += w as i32;
                        }
                    }
                } else {
                    for &e in &s.e {
                        if let Some(x) = scores.get_mut((e >> 16 & 0xff) as usize) {
                            *x += e as u16 as i16 as i32;
                        }
                        if e & ROW_END != 0 {
                            break;
                        }
                    }
                }
            }
        }
        if small {
            for (x, &a) in scores.iter_mut().zip(&acc) {
                *x = a;
            }
        }
    }

    /// Loads the home slots of `feats` into the cache ahead of a
    /// [`WeightTable::score`] of them. Beam search calls it with the
    /// features of all its items at once, so that their cache misses
    /// overlap instead of coming one item at a time.
    #[inline]
    pub(crate) fn prefetch(&self, feats: &[u64]) {
        for &f in feats {
            if let Some(s) = self.slots.get(self.home(short_key(f))) {
                prefetch_slot(s);
            }
        }
    }

    pub(crate) fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Weight units per quantisation step.
    pub(crate) fn scale(&self) -> f32 {
        self.scale
    }

    pub(crate) fn n_rows(&self) -> usize {
        self.n_rows
    }

    /// A copy without the weights whose magnitude is below `min_abs`
    /// (in averaged-perceptron units).
    pub(crate) fn pruned(&self, min_abs: f32) -> WeightTable {
        let q = (min_abs / self.scale).round() as i32;
        let mut rows = Vec::new();
        for s in self.slots.iter().filter(|s| s.key != 0) {
            let row: Vec<(u8, i16)> = self
                .row(s)
                .into_iter()
                .filter(|&(_, w)| (w as i32).abs() >= q)
                .collect();
            if !row.is_empty() {
                rows.push((s.key as u64, row));
            }
        }
        WeightTable::from_rows(self.n_classes, self.scale, rows)
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let mut rows: Vec<(u32, Vec<(u8, i16)>)> = self
            .slots
            .iter()
            .filter(|s| s.key != 0)
            .map(|s| (s.key, self.row(s)))
            .filter(|r| !r.1.is_empty())
            .collect();
        rows.sort_by_key(|r| r.0);
        w.u32(self.n_classes as u32);
        w.u32(rows.len() as u32);
        w.f32(self.scale);
        for (key, row) in rows {
            w.u32(key);
            w.u8(row.len() as u8);
            for (c, x) in row {
                w.u8(c);
                w.i16(x);
            }
        }
    }

    pub(crate) fn read(data: &[u8], name: &str) -> Result<WeightTable, NlpError> {
        let mut r = Reader::new(data, name);
        let n_classes = r.u32()? as usize;
        let n_rows = r.u32()? as usize;
        let scale = r.f32()?;
        if n_classes == 0 || n_classes > 255 || !scale.is_finite() || n_rows > data.len() {
            return Err(NlpError::model(name, "bad weight table header"));
        }
        let mut t = WeightTable::with_capacity(n_classes, scale, n_rows);
        let mut row = [(0u8, 0i16); 256];
        for _ in 0..n_rows {
            let key = r.u32()?;
            let len = r.u8()? as usize;
            if key == 0 || len == 0 {
                return Err(NlpError::model(name, "empty row or zero feature key"));
            }
            // classes seen in this row, one bit each
            let mut seen = [0u64; 4];
            for e in row.iter_mut().take(len) {
                let c = r.u8()?;
                let (word, bit) = (c as usize >> 6, 1u64 << (c & 63));
                if c as usize >= n_classes || seen[word] & bit != 0 {
                    return Err(NlpError::model(
                        name,
                        format!("class {c} out of range or repeated"),
                    ));
                }
                seen[word] |= bit;
                *e = (c, r.i16()?);
            }
            if !t.insert(key, &row[..len]) {
                return Err(NlpError::model(name, "duplicate feature key"));
            }
        }
        if !r.is_empty() {
            return Err(NlpError::model(name, "trailing bytes after weight table"));
        }
        Ok(t)
    }
}

/// `n` empty slots. A large table is asked to be backed by transparent
/// huge pages (on Linux, where the system allows it on request), which
/// spares most of the address-translation misses of random lookups.
fn slot_vec(n: usize) -> Vec<Slot> {
    // room for slots added at the end by insertion
    let mut v: Vec<Slot> = Vec::with_capacity(n + 64);
    #[cfg(target_os = "linux")]
    advise_huge_pages(
        v.as_ptr() as usize,
        v.capacity() * std::mem::size_of::<Slot>(),
    );
    v.resize(n, Slot::default());
    v
}

/// Advises the kernel to back the whole 2 MiB pages inside the `len` bytes
/// at `addr` with huge pages; nothing happens to smaller ranges.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn advise_huge_pages(addr: usize, len: usize) {
    const HUGE: usize = 2 << 20;
    let start = addr.next_multiple_of(HUGE);
    let end = (addr + len) / HUGE * HUGE;
    if end >= start + HUGE {
        // SAFETY: the range lies inside one live allocation of ours, not yet
        // written; MADV_HUGEPAGE changes how the kernel backs those pages,
        // never their contents, and a refusal (an error) is harmless.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

/// Asks the CPU to load the cache line of `s` without waiting for it (a
/// hint: elsewhere than on x86-64 it does nothing). The weight tables are
/// far larger than the caches, so most lookups miss; issuing all the misses
/// of a batch of features before reading any lets them overlap, and unlike
/// a load a prefetch does not hold up the instructions after it.
#[inline(always)]
#[allow(unsafe_code)]
fn prefetch_slot(s: &Slot) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `_mm_prefetch` needs SSE, which every x86-64 CPU has; a
    // prefetch never faults and reads nothing the program sees, and the
    // address is that of a live reference.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>((s as *const Slot).cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = s;
}

/// Index of the largest score among the classes allowed by `ok`.
#[inline]
pub(crate) fn argmax_by<T: PartialOrd + Copy>(
    scores: &[T],
    ok: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, T)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if ok(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|b| b.0)
}

/// A small deterministic random generator (xorshift64*) for shuffling and
/// exploration during training.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(fmix(seed) | 1)
    }
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub(crate) fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_and_round_trips() {
        let mut t = Trainer::new(3);
        let data = [
            (vec![feat(1, 1, 0), feat(2, 5, 0)], 0),
            (vec![feat(1, 2, 0), feat(2, 5, 0)], 2),
        ];
        let mut scores = vec![0.0; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let g = argmax_by(&scores, |_| true).unwrap();
                t.update(f, *y, g);
                t.tick();
            }
        }
        let table = t.finish(0.0);
        let mut w = Writer::default();
        table.write(&mut w);
        let table = WeightTable::read(&w.buf, "t").unwrap();
        let mut s = vec![0; 3];
        for (f, y) in &data {
            table.score(f, &mut s);
            assert_eq!(argmax_by(&s, |_| true), Some(*y));
        }
        assert!(WeightTable::read(&w.buf[..w.buf.len() - 1], "t").is_err());
    }

    #[test]
    fn long_rows_survive_storage_and_pruning() {
        // rows of 1..=9 entries exercise both the inline and overflow forms
        let rows: Vec<(u64, Vec<(u8, i16)>)> = (1..=9u64)
            .map(|n| {
                let row = (0..n as u8).map(|c| (c, 100 * (c as i16 + 1))).collect();
                (feat(7, n, 0), row)
            })
            .collect();
        let t = WeightTable::from_rows(10, 1.0, rows.clone());
        let mut w = Writer::default();
        t.write(&mut w);
        let t = WeightTable::read(&w.buf, "t").unwrap();
        let mut s = vec![0; 10];
        for (key, row) in &rows {
            t.score(&[*key], &mut s);
            let want: Vec<i32> = (0..10)
                .map(|c| row.iter().find(|e| e.0 == c).map_or(0, |e| e.1 as i32))
                .collect();
            assert_eq!(s, want);
        }
        // a feature that is not stored scores nothing
        t.score(&[feat(8, 1, 0)], &mut s);
        assert!(s.iter().all(|&x| x == 0));
        // pruning at 450 keeps the weights 500..=900 only
        let p = t.pruned(450.0);
        p.score(&[feat(7, 9, 0)], &mut s);
        assert_eq!(s[..4], [0, 0, 0, 0]);
        assert_eq!(s[4..9], [500, 600, 700, 800, 900]);
        p.score(&[feat(7, 3, 0)], &mut s);
        assert!(s.iter().all(|&x| x == 0));
    }

    #[test]
    fn rows_with_a_repeated_or_unknown_class_are_rejected() {
        let table = |classes: &[u8]| {
            let mut w = Writer::default();
            w.u32(3);
            w.u32(1);
            w.f32(1.0);
            w.u32(42);
            w.u8(classes.len() as u8);
            for &c in classes {
                w.u8(c);
                w.i16(5);
            }
            w.buf
        };
        assert!(WeightTable::read(&table(&[0, 2]), "t").is_ok());
        assert!(WeightTable::read(&table(&[2, 2]), "t").is_err());
        assert!(WeightTable::read(&table(&[3]), "t").is_err());
    }

    #[test]
    fn hashing_is_case_aware() {
        assert_eq!(hash_str("Baku", true), hash_str("baku", false));
        assert_ne!(hash_str("Baku", false), hash_str("baku", false));
        assert_eq!(hash_str("ĞAZ", true), hash_str("ğaz", false));
    }
}
