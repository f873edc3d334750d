//! PLOVER quad classes: verbal cooperation, material cooperation, verbal
//! conflict and material conflict.
//!
//! [`quad_of`] maps an event type (`CONSULT`) to its [`Quad`], from the
//! table in `resources/quads.txt` (one `TYPE QUAD` line per type; the file
//! documents its format). Used to sum interactions by broad class, as in
//! `dragoman network`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One of PLOVER's four broad classes of events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quad {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

impl Quad {
    /// The four classes, in the conventional order.
    pub const ALL: [Quad; 4] = [
        Quad::VerbalCooperation,
        Quad::MaterialCooperation,
        Quad::VerbalConflict,
        Quad::MaterialConflict,
    ];

    /// The name used in `resources/quads.txt` and in JSON output
    /// (`verbal-cooperation`).
    pub fn name(self) -> &'static str {
        match self {
            Quad::VerbalCooperation => "verbal-cooperation",
            Quad::MaterialCooperation => "material-cooperation",
            Quad::VerbalConflict => "verbal-conflict",
            Quad::MaterialConflict => "material-conflict",
        }
    }

    /// A class by its name, any case.
    pub fn from_name(name: &str) -> Option<Quad> {
        Quad::ALL
            .into_iter()
            .find(|q| q.name().eq_ignore_ascii_case(name))
    }
}

const TABLE: &str = include_str!("../resources/quads.txt");

/// The built-in table, parsed once. Lines that do not parse are skipped
/// (the unit tests make sure there are none), so a lookup never panics.
fn table() -> &'static HashMap<String, Quad> {
    static MAP: OnceLock<HashMap<String, Quad>> = OnceLock::new();
    MAP.get_or_init(|| {
        parse(TABLE)
            .into_iter()
            .filter_map(|line| line.ok())
            .collect()
    })
}

/// Each non-comment line of a quad table: `(TYPE, Quad)` or the line that
/// does not parse.
fn parse(text: &str) -> Vec<Result<(String, Quad), String>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut words = l.split_whitespace();
            match (
                words.next(),
                words.next().and_then(Quad::from_name),
                words.next(),
            ) {
                (Some(t), Some(q), None) => Ok((t.to_ascii_uppercase(), q)),
                _ => Err(l.to_string()),
            }
        })
        .collect()
}

/// The quad class of a PLOVER type (any case); `None` for an unknown type.
pub fn quad_of(event_type: &str) -> Option<Quad> {
    table().get(&event_type.to_ascii_uppercase()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::TYPES;

    #[test]
    fn every_type_has_exactly_one_quad() {
        let lines = parse(TABLE);
        assert!(lines.iter().all(Result::is_ok), "{lines:?}");
        assert_eq!(lines.len(), TYPES.len());
        for t in TYPES {
            assert!(quad_of(t).is_some(), "{t} has no quad");
        }
    }

    #[test]
    fn quads_follow_the_primer() {
        assert_eq!(quad_of("consult"), Some(Quad::VerbalCooperation));
        assert_eq!(quad_of("AID"), Some(Quad::MaterialCooperation));
        assert_eq!(quad_of("THREATEN"), Some(Quad::VerbalConflict));
        assert_eq!(quad_of("ASSAULT"), Some(Quad::MaterialConflict));
        assert_eq!(quad_of("GREET"), None);
        assert_eq!(
            Quad::from_name("Verbal-Conflict"),
            Some(Quad::VerbalConflict)
        );
    }

    #[test]
    fn a_bad_line_is_reported() {
        let lines = parse("AGREE verbal-cooperation\nASSAULT violent\n");
        assert!(lines[0].is_ok());
        assert_eq!(lines[1], Err("ASSAULT violent".to_string()));
    }
}
