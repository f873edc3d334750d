//! Entity types, BIO tags and the spans they encode.
//!
//! A [`BioTag`] is `O`, `B-X` or `I-X` for an [`EntityKind`] X. [`spans`]
//! reads a tag sequence the way conlleval does: an entity starts at `B-X`,
//! and also at an `I-X` that does not continue an entity of kind X (an `I-`
//! after `O` or after another kind), so a sloppy sequence still yields spans.

use std::fmt;

/// The entity types UNER annotates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// People, including fictional ones.
    Per,
    /// Companies, institutions, teams, bands, agencies.
    Org,
    /// Places: countries, cities, regions, facilities with a name.
    Loc,
}

impl EntityKind {
    /// Every kind, in the order reports list them.
    pub const ALL: [EntityKind; 3] = [EntityKind::Per, EntityKind::Org, EntityKind::Loc];

    /// The label used in IOB2 files (`PER`, `ORG`, `LOC`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Per => "PER",
            EntityKind::Org => "ORG",
            EntityKind::Loc => "LOC",
        }
    }

    /// Parses an IOB2 label.
    pub fn parse(s: &str) -> Option<EntityKind> {
        match s {
            "PER" => Some(EntityKind::Per),
            "ORG" => Some(EntityKind::Org),
            "LOC" => Some(EntityKind::Loc),
            _ => None,
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One token's tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BioTag {
    O,
    /// The first token of an entity.
    B(EntityKind),
    /// A later token of an entity.
    I(EntityKind),
}

impl BioTag {
    /// Number of distinct tags (the classes of the tagger).
    pub const COUNT: usize = 7;

    /// Every tag in class-index order.
    pub const ALL: [BioTag; 7] = [
        BioTag::O,
        BioTag::B(EntityKind::Per),
        BioTag::I(EntityKind::Per),
        BioTag::B(EntityKind::Org),
        BioTag::I(EntityKind::Org),
        BioTag::B(EntityKind::Loc),
        BioTag::I(EntityKind::Loc),
    ];

    /// The class index of the tag (its position in [`BioTag::ALL`]).
    pub fn index(self) -> usize {
        let k = |k: EntityKind| match k {
            EntityKind::Per => 0,
            EntityKind::Org => 1,
            EntityKind::Loc => 2,
        };
        match self {
            BioTag::O => 0,
            BioTag::B(x) => 1 + 2 * k(x),
            BioTag::I(x) => 2 + 2 * k(x),
        }
    }

    /// The tag with class index `i`.
    pub fn from_index(i: usize) -> Option<BioTag> {
        BioTag::ALL.get(i).copied()
    }

    /// The entity kind, if any.
    pub fn kind(self) -> Option<EntityKind> {
        match self {
            BioTag::O => None,
            BioTag::B(k) | BioTag::I(k) => Some(k),
        }
    }

    /// Parses `O`, `B-PER`, `I-LOC`, ...; `None` for anything else.
    pub fn parse(s: &str) -> Option<BioTag> {
        if s == "O" {
            return Some(BioTag::O);
        }
        let (prefix, kind) = s.split_once('-')?;
        let kind = EntityKind::parse(kind)?;
        match prefix {
            "B" => Some(BioTag::B(kind)),
            "I" => Some(BioTag::I(kind)),
            _ => None,
        }
    }

    /// Whether `self` may follow `prev` in a well-formed IOB2 sequence
    /// (`None`: sentence start): `I-X` only after `B-X` or `I-X`.
    pub fn may_follow(self, prev: Option<BioTag>) -> bool {
        match self {
            BioTag::I(k) => prev.and_then(|p| p.kind()) == Some(k),
            _ => true,
        }
    }
}

impl fmt::Display for BioTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BioTag::O => f.write_str("O"),
            BioTag::B(k) => write!(f, "B-{k}"),
            BioTag::I(k) => write!(f, "I-{k}"),
        }
    }
}

/// An entity: tokens `start..end` of a sentence and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntitySpan {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
}

/// The entities a tag sequence encodes (see the module notes for `I-`
/// without `B-`).
pub fn spans(tags: &[BioTag]) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let continues = matches!((tag, open), (BioTag::I(k), Some((_, o))) if k == o);
        if continues {
            continue;
        }
        if let Some((s, k)) = open.take() {
            out.push(EntitySpan {
                start: s,
                end: i,
                kind: k,
            });
        }
        if let Some(k) = tag.kind() {
            open = Some((i, k));
        }
    }
    if let Some((s, k)) = open {
        out.push(EntitySpan {
            start: s,
            end: tags.len(),
            kind: k,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<BioTag> {
        s.split_whitespace()
            .map(|t| BioTag::parse(t).unwrap())
            .collect()
    }

    fn sp(start: usize, end: usize, kind: EntityKind) -> EntitySpan {
        EntitySpan { start, end, kind }
    }

    #[test]
    fn parses_and_prints_tags() {
        for t in BioTag::ALL {
            assert_eq!(BioTag::parse(&t.to_string()), Some(t));
            assert_eq!(BioTag::from_index(t.index()), Some(t));
        }
        assert_eq!(BioTag::parse("B-MISC"), None);
        assert_eq!(BioTag::parse("E-PER"), None);
        assert_eq!(BioTag::parse("PER"), None);
    }

    #[test]
    fn spans_from_well_formed_tags() {
        use EntityKind::*;
        let t = tags("B-PER I-PER O B-LOC B-LOC I-LOC O B-ORG");
        assert_eq!(
            spans(&t),
            [sp(0, 2, Per), sp(3, 4, Loc), sp(4, 6, Loc), sp(7, 8, Org)]
        );
        assert!(spans(&tags("O O")).is_empty());
    }

    #[test]
    fn i_without_b_starts_an_entity() {
        use EntityKind::*;
        // I- at the start, after O, and after another kind
        let t = tags("I-PER I-PER O I-ORG B-LOC I-PER");
        assert_eq!(
            spans(&t),
            [sp(0, 2, Per), sp(3, 4, Org), sp(4, 5, Loc), sp(5, 6, Per)]
        );
    }

    #[test]
    fn well_formedness() {
        let per = EntityKind::Per;
        assert!(BioTag::I(per).may_follow(Some(BioTag::B(per))));
        assert!(BioTag::I(per).may_follow(Some(BioTag::I(per))));
        assert!(!BioTag::I(per).may_follow(None));
        assert!(!BioTag::I(per).may_follow(Some(BioTag::O)));
        assert!(!BioTag::I(per).may_follow(Some(BioTag::B(EntityKind::Loc))));
        assert!(BioTag::B(per).may_follow(None));
    }
}
