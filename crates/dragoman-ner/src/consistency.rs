//! The document-level consistency pass run after decoding: a name is
//! usually the same kind of entity each time a document mentions it.
//!
//! Each sentence is decoded on its own, so "Nasrallah" can come out as a
//! person in one sentence and a place in the next, or be missed where its
//! context says little. After decoding, the entities of a document are
//! grouped by their exact words:
//!
//! * **votes** — when one kind has more mentions of a name than every other
//!   kind, the mentions of the other kinds take it;
//! * **spreading** — a capitalised name found as an entity is also tagged
//!   where it occurs untagged, if that occurrence stands on its own (no
//!   capitalised word or entity directly before or after it, so that a
//!   part of a longer name is left alone).

use std::collections::HashMap;

use crate::bio::{spans, BioTag, EntityKind};

/// Which parts of the pass run (bit 0: votes, bit 1: spreading).
pub(crate) const VOTES: u8 = 1;
pub(crate) const SPREAD: u8 = 2;

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn kind_index(k: EntityKind) -> usize {
    match k {
        EntityKind::Per => 0,
        EntityKind::Org => 1,
        EntityKind::Loc => 2,
    }
}

/// Applies the pass to the tags of one document (`tags[s]` are those of
/// `sentences[s]`, one per word).
pub(crate) fn harmonise(sentences: &[&[&str]], tags: &mut [Vec<BioTag>], parts: u8) {
    let mut votes: HashMap<Vec<&str>, [u32; 3]> = HashMap::new();
    for (words, t) in sentences.iter().zip(tags.iter()) {
        if t.len() != words.len() {
            continue;
        }
        for e in spans(t) {
            votes.entry(words[e.start..e.end].to_vec()).or_default()[kind_index(e.kind)] += 1;
        }
    }
    let winner = |v: &[u32; 3]| -> Option<EntityKind> {
        let (best, &n) = v.iter().enumerate().max_by_key(|(i, n)| (**n, 3 - i))?;
        let others = v.iter().enumerate().filter(|(i, _)| *i != best);
        if n > 0 && others.clone().all(|(_, &m)| m < n) {
            EntityKind::ALL.get(best).copied()
        } else {
            None
        }
    };
    if parts & VOTES != 0 {
        for (words, t) in sentences.iter().zip(tags.iter_mut()) {
            if t.len() != words.len() {
                continue;
            }
            for e in spans(t) {
                let Some(k) = votes.get(&words[e.start..e.end]).and_then(winner) else {
                    continue;
                };
                if k != e.kind {
                    t[e.start] = BioTag::B(k);
                    for x in t.iter_mut().take(e.end).skip(e.start + 1) {
                        *x = BioTag::I(k);
                    }
                }
            }
        }
    }
    if parts & SPREAD != 0 {
        // names by first word, longest first
        let mut names: HashMap<&str, Vec<(&[&str], EntityKind)>> = HashMap::new();
        for (name, v) in &votes {
            let Some(k) = winner(v) else { continue };
            if name.is_empty() || !is_cap(name[0]) || !name.iter().any(|w| w.chars().count() > 1)
            {
                continue;
            }
            names.entry(name[0]).or_default().push((name.as_slice(), k));
        }
        for v in names.values_mut() {
            v.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        }
        for (words, t) in sentences.iter().zip(tags.iter_mut()) {
            if t.len() != words.len() {
                continue;
            }
            let n = words.len();
            let mut i = 0;
            while i < n {
                let Some(cands) = names.get(words[i]) else {
                    i += 1;
                    continue;
                };
                let mut next = i + 1;
                for &(name, k) in cands {
                    let end = i + name.len();
                    if end > n || words[i..end] != *name {
                        continue;
                    }
                    let free = t[i..end].iter().all(|x| *x == BioTag::O);
                    let before = i > 0 && (t[i - 1] != BioTag::O || is_cap(words[i - 1]));
                    let after = end < n && (t[end] != BioTag::O || is_cap(words[end]));
                    if free && !before && !after {
                        t[i] = BioTag::B(k);
                        for x in t.iter_mut().take(end).skip(i + 1) {
                            *x = BioTag::I(k);
                        }
                        next = end;
                    }
                    break;
                }
                i = next;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bio::EntityKind::*;

    fn t(s: &str) -> Vec<BioTag> {
        s.split_whitespace()
            .map(|x| BioTag::parse(x).unwrap())
            .collect()
    }

    #[test]
    fn the_majority_kind_wins() {
        let a: &[&str] = &["Nasrallah", "spoke", "."];
        let b: &[&str] = &["Sheikh", "Nasrallah", "left", "."];
        let c: &[&str] = &["Nasrallah", "said", "no", "."];
        let mut tags = vec![t("B-PER O O"), t("O B-LOC O O"), t("B-PER O O O")];
        harmonise(&[a, b, c], &mut tags, VOTES);
        assert_eq!(tags[1], t("O B-PER O O"));
        // a tie changes nothing
        let mut tags = vec![t("B-PER O O"), t("O B-LOC O O"), t("O O O O")];
        harmonise(&[a, b, c], &mut tags, VOTES);
        assert_eq!(tags[1], t("O B-LOC O O"));
    }

    #[test]
    fn a_name_spreads_to_untagged_mentions_that_stand_alone() {
        let a: &[&str] = &["We", "flew", "to", "Iguazu", "Falls", "."];
        let b: &[&str] = &["Iguazu", "Falls", "was", "wet", "."];
        let c: &[&str] = &["The", "Iguazu", "Falls", "Hotel", "."];
        let mut tags = vec![t("O O O B-LOC I-LOC O"), t("O O O O O"), t("O O O O O")];
        harmonise(&[a, b, c], &mut tags, SPREAD);
        assert_eq!(tags[1], t("B-LOC I-LOC O O O"));
        // part of a longer capitalised name: left alone
        assert_eq!(tags[2], t("O O O O O"));
    }
}
