//! Distributional word classes learned from raw text: the exchange
//! algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998) for a
//! class bigram model.
//!
//! Each word of the vocabulary (lower-cased forms seen at least
//! [`MIN_COUNT`] times) is put in one of `k` classes so as to maximise the
//! likelihood of the text under a class bigram model,
//! `Σ N(c,d)·log N(c,d) − Σ N(c)·log N(c)` (left and right counts apart).
//! Words that go with the same neighbours end up together: first names
//! with first names, cities with cities, company suffixes with company
//! suffixes, whatever their frequency in annotated data. Rarer words and
//! sentence boundaries have fixed classes of their own.
//!
//! The classes are computed by `train ner` and stored in the model file with
//! the word statistics; tagging only looks them up. Deterministic: words
//! are visited in a fixed order and ties keep the lower class.

use std::collections::HashMap;

/// Fewest occurrences for a word to get a class.
pub(crate) const MIN_COUNT: u32 = 2;

/// `x · ln x` (0 at 0).
#[inline]
fn xlx(x: f64) -> f64 {
    if x <= 0.0 {
        0.0
    } else {
        x * x.ln()
    }
}

/// Word classes of every vocabulary word (lower-cased) of `sentences`:
/// `0..k`. `passes` sweeps of the exchange algorithm over the vocabulary.
pub(crate) fn word_classes(
    sentences: &[Vec<String>],
    k: usize,
    passes: usize,
) -> HashMap<String, u16> {
    let k = k.clamp(2, u16::MAX as usize - 2);
    // vocabulary by frequency, ties by spelling
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for s in sentences {
        for w in s {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, u32)> = counts
        .iter()
        .filter(|(_, &c)| c >= MIN_COUNT)
        .map(|(w, c)| (*w, *c))
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let nv = vocab.len();
    if nv == 0 {
        return HashMap::new();
    }
    let id: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, w)| (w.0, i)).collect();
    // token ids: vocabulary words, then RARE and BOUNDARY
    let rare = nv;
    let boundary = nv + 1;
    let n_ids = nv + 2;
    // bigram counts per left word and per right word
    let mut right: Vec<HashMap<usize, u32>> = vec![HashMap::new(); n_ids];
    let mut left: Vec<HashMap<usize, u32>> = vec![HashMap::new(); n_ids];
    for s in sentences {
        let mut prev = boundary;
        for w in s
            .iter()
            .map(|w| id.get(w.as_str()).copied().unwrap_or(rare))
        {
            *right[prev].entry(w).or_default() += 1;
            *left[w].entry(prev).or_default() += 1;
            prev = w;
        }
        *right[prev].entry(boundary).or_default() += 1;
        *left[boundary].entry(prev).or_default() += 1;
    }
    let sorted = |m: &HashMap<usize, u32>| {
        let mut v: Vec<(usize, u32)> = m.iter().map(|(a, b)| (*a, *b)).collect();
        v.sort_unstable();
        v
    };
    let right: Vec<Vec<(usize, u32)>> = right.iter().map(sorted).collect();
    let left: Vec<Vec<(usize, u32)>> = left.iter().map(sorted).collect();
    // classes: 0..k movable, k rare, k+1 boundary
    let nc = k + 2;
    let mut class: Vec<usize> = (0..n_ids).map(|i| i.min(k - 1)).collect();
    // spread the tail round-robin rather than piling it into one class
    for (i, c) in class.iter_mut().enumerate().take(nv).skip(k) {
        *c = i % k;
    }
    class[rare] = k;
    class[boundary] = k + 1;
    let mut nb = vec![0f64; nc * nc];
    let mut nl = vec![0f64; nc];
    let mut nr = vec![0f64; nc];
    for (a, row) in right.iter().enumerate() {
        for &(b, c) in row {
            nb[class[a] * nc + class[b]] += c as f64;
            nl[class[a]] += c as f64;
            nr[class[b]] += c as f64;
        }
    }
    let mut r = vec![0f64; nc];
    let mut l = vec![0f64; nc];
    for _ in 0..passes {
        let mut moved = 0;
        for w in 0..nv {
            let a = class[w];
            // counts of w's neighbours by class, apart from w itself
            let mut nww = 0f64;
            let mut rl: Vec<usize> = Vec::new();
            let mut ll: Vec<usize> = Vec::new();
            let (mut tot_r, mut tot_l) = (0f64, 0f64);
            for &(v, c) in &right[w] {
                tot_r += c as f64;
                if v == w {
                    nww += c as f64;
                    continue;
                }
                let d = class[v];
                if r[d] == 0.0 {
                    rl.push(d);
                }
                r[d] += c as f64;
            }
            for &(v, c) in &left[w] {
                tot_l += c as f64;
                if v == w {
                    continue;
                }
                let d = class[v];
                if l[d] == 0.0 {
                    ll.push(d);
                }
                l[d] += c as f64;
            }
            // take w out of its class
            for &d in &rl {
                nb[a * nc + d] -= r[d];
            }
            for &c in &ll {
                nb[c * nc + a] -= l[c];
            }
            nb[a * nc + a] -= nww;
            nl[a] -= tot_r;
            nr[a] -= tot_l;
            // the best class for it
            let mut best = (f64::NEG_INFINITY, a);
            for b in 0..k {
                let mut delta = 0.0;
                for &d in &rl {
                    if d != b {
                        let x = nb[b * nc + d];
                        delta += xlx(x + r[d]) - xlx(x);
                    }
                }
                for &c in &ll {
                    if c != b {
                        let x = nb[c * nc + b];
                        delta += xlx(x + l[c]) - xlx(x);
                    }
                }
                let x = nb[b * nc + b];
                delta += xlx(x + r[b] + l[b] + nww) - xlx(x);
                delta -= xlx(nl[b] + tot_r) - xlx(nl[b]);
                delta -= xlx(nr[b] + tot_l) - xlx(nr[b]);
                if delta > best.0 + 1e-9 || (b == a && delta >= best.0 - 1e-9) {
                    best = (delta, b);
                }
            }
            let b = best.1;
            if b != a {
                moved += 1;
            }
            for &d in &rl {
                nb[b * nc + d] += r[d];
            }
            for &c in &ll {
                nb[c * nc + b] += l[c];
            }
            nb[b * nc + b] += nww;
            nl[b] += tot_r;
            nr[b] += tot_l;
            class[w] = b;
            for &d in &rl {
                r[d] = 0.0;
            }
            for &c in &ll {
                l[c] = 0.0;
            }
        }
        if moved == 0 {
            break;
        }
    }
    vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (w.to_string(), class[i] as u16))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<Vec<String>> {
        text.lines()
            .map(|l| l.split_whitespace().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn words_in_the_same_contexts_share_a_class() {
        let mut text = String::new();
        for name in ["anna", "boris", "carla", "dmitri"] {
            for city in ["paris", "lagos", "lima", "oslo"] {
                text.push_str(&format!("{name} said it rained in {city} .\n"));
                text.push_str(&format!("{name} flew to {city} on friday .\n"));
            }
        }
        let c = word_classes(&sents(&text), 4, 10);
        assert_eq!(c["anna"], c["dmitri"]);
        assert_eq!(c["paris"], c["oslo"]);
        assert_ne!(c["anna"], c["paris"]);
    }

    #[test]
    fn empty_and_rare_input() {
        assert!(word_classes(&[], 8, 3).is_empty());
        let c = word_classes(&sents("a b c\n"), 8, 3);
        assert!(c.is_empty());
    }
}
