//! Helpers shared by the people tests: the entity tagger's names as spans,
//! and the people `EntityFinder` finds with them.

use dragoman_actors::EntityFinder;
use dragoman_core::{DocEntity, EntityKind, Span};

/// The spans of `names` (each taken at its first occurrence) in `text`.
pub fn spans(text: &str, names: &[&str]) -> Vec<Span> {
    names
        .iter()
        .map(|n| {
            let at = text.find(n).unwrap_or_else(|| panic!("{n} not in text"));
            Span::new(at, at + n.len())
        })
        .collect()
}

/// The people of `text`, with `tagged` as the entity tagger's names.
pub fn people(text: &str, tagged: &[&str]) -> Vec<DocEntity> {
    let finder = EntityFinder::default();
    let mut entities = finder.find(text);
    finder.add_people(text, &mut entities, &spans(text, tagged));
    entities
        .into_iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect()
}
