//! Actor dictionaries for dragoman and a gazetteer matcher over them.
//!
//! The [`Gazetteer`] holds what the shipped dictionaries know (and what users
//! add with `--dict FILE`) about the actors of diplomacy and conflict news:
//!
//! - **countries**: every UN member state, the two observer states, states
//!   with limited recognition, territories, regions and world areas, each
//!   with its ISO 3166-1 alpha-3 code, names, demonyms and capital;
//! - **seats** of government used as metonyms ("the Kremlin", "the
//!   Pentagon", "Downing Street"), each with the sector it stands for;
//! - **organizations**: international bodies (IGO), national bodies that
//!   stand for a state ("the State Department" -> USA GOV), generic bodies
//!   ("Foreign Ministry") that take their state from a country word before
//!   them, armed groups, parties, NGOs and media (MED);
//! - **roles**: titles with their sector and kind of office ("foreign
//!   minister" -> GOV foreign-minister);
//! - **groups**: collective nouns ("troops" -> MIL, "protesters" -> CVL).
//!
//! [`Gazetteer::find`] returns [`GazMatch`]es: non-overlapping,
//! leftmost-longest mentions with UTF-8 byte [`Span`](dragoman_core::Span)s,
//! the [`MatchKind`], country code, sector and canonical name. A country
//! word right before a role, group noun or generic body makes one composed
//! match ("Azerbaijani troops" -> AZE MIL group). Proper names match with
//! their capitalisation ("Turkey", not "turkey"), role titles and group
//! nouns in any case; possessives (`'s`, `’s`), a preceding "the" and dotted
//! abbreviations ("U.S.", "U.S", "US") are handled. Names that are often
//! something else ("Georgia", "Jordan", "Washington") come back flagged
//! [`GazMatch::ambiguous`] for the mention detector to judge in context.
//! Acronyms a report defines ("the Ministry of National Defense (MND)")
//! name their body wherever the report uses them.
//!
//! People are found without a dictionary of people (titles, the entity
//! tagger, speech cues). One short list, `resources/office_holders.txt`,
//! gives well-known heads of state and government and ministers the state
//! they serve where the text does not ("President Xi Jinping"):
//! [`office_holder_countries`], applied to a record's entities after its
//! events are coded.
//!
//! ```
//! use dragoman_actors::{Gazetteer, MatchKind};
//!
//! let gazetteer = Gazetteer::builtin();
//! let text = "Azerbaijani troops left, the Washington Post reported, \
//!             and the State Department's spokesperson welcomed it.";
//! let found = gazetteer.find(text);
//! let names: Vec<&str> = found.iter().map(|m| &text[m.span.start..m.span.end]).collect();
//! assert_eq!(
//!     names,
//!     ["Azerbaijani troops", "Washington Post", "State Department", "spokesperson"]
//! );
//! assert_eq!(found[0].kind, MatchKind::Group);
//! assert_eq!(found[0].country.as_deref(), Some("AZE"));
//! assert_eq!(found[0].sector.as_deref(), Some("MIL"));
//! assert_eq!(found[1].sector.as_deref(), Some("MED"));
//! assert!(found[2].possessive && found[2].article.is_some());
//!
//! // a user dictionary (the `--dict FILE` format) adds entries
//! let mut mine = Gazetteer::builtin();
//! mine.extend("[organizations]\nBaku Initiative Group; BIG | AZE NGO\n").unwrap();
//! assert_eq!(mine.find("the Baku Initiative Group said")[0].sector.as_deref(), Some("NGO"));
//! ```
//!
//! # The dictionary format
//!
//! The shipped files are `resources/countries.txt`, `organizations.txt`,
//! `roles.txt` and `groups.txt`; each documents the format at its top, and
//! one user file may mix all sections. In short:
//!
//! ```text
//! # comment
//! [countries]       CODE STATUS [parent=CODE] | names | demonyms | capital
//! AZE member | Azerbaijan; Republic of Azerbaijan | Azerbaijani; Azeri | Baku
//! GEO member | Georgia?; Sakartvelo | Georgian? | Tbilisi
//! [seats]           names | CODE SECTOR
//! Kremlin | RUS GOV
//! [organizations]   names | CODE SECTOR [qualified]     (CODE may be - or *)
//! State Department; Department of State | USA GOV
//! Foreign Ministry; Ministry of Foreign Affairs | * GOV
//! [roles]           titles | SECTOR [office]
//! foreign minister; minister of foreign affairs | GOV foreign-minister
//! [groups]          nouns | SECTOR [member]
//! troops; soldiers | MIL
//! ```
//!
//! `;` separates alternative names of one thing, the first canonical; a
//! trailing `?` marks a name ambiguous. STATUS is `member`, `observer`,
//! `partial`, `territory`, `region` or `area`; SECTOR is one of `GOV MIL DIP
//! LEG JUD COP REB OPP PTY IGO NGO MED BUS CVL` or `-`. Where ISO 3166-1 has
//! no code, a user-assigned one from the `X` range is used (`XKX` Kosovo,
//! as the EU and IMF do; `XAB` Abkhazia, `XSO` South Ossetia, `XTR`
//! Transnistria, `XNC` Northern Cyprus, `XSL` Somaliland, assigned here).
//! Sectors follow CAMEO/PLOVER practice: foreign ministries and ministers
//! are GOV, DIP is kept for envoys and missions abroad; defence ministries
//! are MIL. Errors read `origin:line: reason` ([`DictError`]); a later
//! definition of a name replaces an earlier one
//! ([`Gazetteer::redefinitions`] lists them).

#![forbid(unsafe_code)]

mod acronyms;
mod dict;
mod gazetteer;
mod mentions;
mod sector;
mod variants;

pub use dict::DictError;
pub use gazetteer::{
    Entry, EntryKind, EntryRef, GazMatch, Gazetteer, GazetteerStats, MatchKind, Qualifier,
};
pub use mentions::{
    office_holder_countries, office_holder_mentions, office_holder_state, EntityFinder,
};
pub mod registry;
pub use sector::{CountryStatus, Sector};

/// The mentions of the people and organizations among `entities`, in text
/// order: the spans the tagger is told are proper names (a name the actor
/// stage found is a name even where it is lower case or starts a
/// sentence).
pub fn name_spans(entities: &[dragoman_core::DocEntity]) -> Vec<dragoman_core::Span> {
    let mut names: Vec<dragoman_core::Span> = entities
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                dragoman_core::EntityKind::Person | dragoman_core::EntityKind::Organization
            )
        })
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    names.sort();
    names
}
