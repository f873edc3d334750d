//! The features of each token: the word and its neighbours, shapes,
//! affixes, POS tags from dragoman-nlp's tagger, and what dragoman-actors'
//! gazetteer says about the token's span.
//!
//! A feature is a 64-bit hash of a template id and the values it combines;
//! the templates are numbered here and nowhere else, so that a model file
//! and the code that reads it agree ([`FEATURE_SET`] is stored in models
//! and checked on load).

use dragoman_actors::{Gazetteer, MatchKind};
use dragoman_nlp::{Tagger, Upos, Xpos};

/// Version of the feature templates; bump on any change to this module.
pub(crate) const FEATURE_SET: u32 = 1;

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// SplitMix64's finaliser: spreads every input bit over the output.
#[inline]
pub(crate) fn fmix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[inline]
fn feat(template: u64, a: u64, b: u64) -> u64 {
    let h = (template.wrapping_mul(K).rotate_left(17) ^ a).wrapping_mul(K);
    fmix((h.rotate_left(29) ^ b).wrapping_mul(K))
}

/// FNV-1a over the characters of `s`, finalised.
fn hash_str(s: &str) -> u64 {
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

/// Per-sentence context shared by the feature extraction of each token.
pub(crate) struct SentenceFeatures {
    /// Features of each token.
    pub(crate) tokens: Vec<Vec<u64>>,
}

/// Computes the features of every token of a sentence.
pub(crate) fn sentence_features(
    tagger: &Tagger,
    gaz: &Gazetteer,
    words: &[&str],
) -> SentenceFeatures {
    let n = words.len();
    let tags = tagger.tag(words);
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
    const PAD: u64 = 0x5bd1_e995;
    let at = |v: &[u64], i: isize| -> u64 {
        if i < 0 || i as usize >= n {
            PAD ^ (i < 0) as u64
        } else {
            v[i as usize]
        }
    };
    let mut tokens = Vec::with_capacity(n);
    for i in 0..n {
        let ii = i as isize;
        let w = words[i];
        let lw = &lower[i];
        let mut f = Vec::with_capacity(64);
        f.push(feat(0, 0, 0));
        f.push(feat(1, wh[i], 0));
        f.push(feat(2, lh[i], 0));
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
        f.push(feat(11, at(&lh, ii - 1), lh[i]));
        f.push(feat(12, lh[i], at(&lh, ii + 1)));
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
        f.push(feat(23, xpos(i), lh[i]));
        let g = gazi[i];
        if g.kind != 0 {
            f.push(feat(30, g.kind, g.begins as u64));
            f.push(feat(31, g.kind, g.ambiguous as u64));
            f.push(feat(32, g.kind, lh[i]));
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
        tokens.push(f);
    }
    SentenceFeatures { tokens }
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
