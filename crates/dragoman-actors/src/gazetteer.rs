//! The [`Gazetteer`]: dictionary entries and the matcher that finds them in
//! text.
//!
//! Every name of every entry, and the variants derived from it, is one
//! pattern of a single ASCII-case-insensitive Aho-Corasick automaton. The
//! automaton reports all (overlapping) occurrences; each is then checked
//! against its case rule and word boundaries, and the survivors are chosen
//! leftmost-longest. A last pass reads what is around each match (a
//! possessive `'s`, a preceding "the") and joins a country word to the role,
//! group noun or generic body right after it ("Azerbaijani troops").

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasick;
use dragoman_core::{EntityKind, Span};

use crate::dict::{self, DictError, Item, Name, OrgCountry};
use crate::sector::{CountryStatus, Sector};
use crate::variants;

/// The shipped dictionaries, in load order.
const BUILTIN: [(&str, &str); 4] = [
    (
        "resources/countries.txt",
        include_str!("../resources/countries.txt"),
    ),
    (
        "resources/organizations.txt",
        include_str!("../resources/organizations.txt"),
    ),
    (
        "resources/roles.txt",
        include_str!("../resources/roles.txt"),
    ),
    (
        "resources/groups.txt",
        include_str!("../resources/groups.txt"),
    ),
];

/// What a dictionary entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A state, partially recognised state or territory with its own code
    /// (statuses member, observer, partial, territory).
    Country,
    /// A region of a state, or an area that belongs to none; also the main
    /// city of a region.
    Region,
    /// The capital of a country.
    Capital,
    /// A place that stands for a body of a state ("the Kremlin").
    Seat,
    Organization,
    Role,
    Group,
}

/// One thing the dictionaries know: a country, a seat, an organization, a
/// role title or a group noun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntryKind,
    /// The first name listed (role titles title-cased).
    pub canonical: String,
    /// ISO 3166-1 alpha-3 (or user-assigned `X..`) code of the state the
    /// entry is or belongs to; `None` for international bodies, areas,
    /// roles and group nouns.
    pub country: Option<String>,
    pub sector: Option<Sector>,
    /// Countries and regions: what kind of polity or place.
    pub status: Option<CountryStatus>,
    /// Partial states and territories: the state that claims or administers
    /// them.
    pub parent: Option<String>,
    /// Countries and regions: the adjective used to name composed mentions
    /// ("Azerbaijani" for "Azerbaijani troops"), the first demonym listed.
    pub adjective: Option<String>,
    /// Roles: the kind of office (`head-of-state`, `foreign-minister`, ...).
    pub office: Option<String>,
    /// Organizations: a generic body ("Foreign Ministry") whose state is
    /// given by a country word before it.
    pub generic: bool,
    /// Generic bodies: reported only with a country word ("the Armenian
    /// side").
    pub qualified: bool,
    /// Group nouns: members of their qualifier, whose sector they take
    /// ("Pentagon officials" are MIL).
    pub member: bool,
}

impl Entry {
    fn new(kind: EntryKind, canonical: &str) -> Entry {
        Entry {
            kind,
            canonical: canonical.to_string(),
            country: None,
            sector: None,
            status: None,
            parent: None,
            adjective: None,
            office: None,
            generic: false,
            qualified: false,
            member: false,
        }
    }
}

/// A handle on an [`Entry`] of the gazetteer that produced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryRef(u32);

impl EntryRef {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// How a match names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchKind {
    /// "Azerbaijan", "the U.S.", "Türkiye".
    CountryName,
    /// "Azerbaijani", "Americans", "British".
    Demonym,
    /// "Baku", "Washington": the place, or the government as a metonym.
    Capital,
    /// A seat of government standing for a body: "the Kremlin", "the
    /// Pentagon", "Downing Street".
    Metonym,
    /// A region or area: "Nagorno-Karabakh", "Crimea", "the Middle East".
    Region,
    /// A named or generic organization: "OSCE", "the State Department",
    /// "Armenia's Foreign Ministry".
    Organization,
    /// A role title: "Foreign Minister", "spokesperson".
    Role,
    /// A collective actor: "Azerbaijani troops", "protesters".
    Group,
}

impl MatchKind {
    /// The entity kind a match of this kind suggests when it names an
    /// actor. A capital is taken as the country it stands for ("Baku
    /// said"); the mention detector decides when it is just a place ("in
    /// Baku"). A role suggests the person who holds it.
    pub fn entity_kind(self) -> EntityKind {
        match self {
            MatchKind::CountryName | MatchKind::Demonym | MatchKind::Capital => EntityKind::Country,
            MatchKind::Region => EntityKind::Location,
            MatchKind::Metonym | MatchKind::Organization => EntityKind::Organization,
            MatchKind::Role => EntityKind::Person,
            MatchKind::Group => EntityKind::Group,
        }
    }
}

/// The country word (or organization) that qualifies a composed match:
/// "Azerbaijani" in "Azerbaijani troops".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qualifier {
    /// Without a possessive ending.
    pub span: Span,
    pub entry: EntryRef,
    pub kind: MatchKind,
}

/// A dictionary mention found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazMatch {
    /// UTF-8 byte offsets of the mention, without a possessive ending or a
    /// leading "the"; a composed match covers its qualifier too.
    pub span: Span,
    /// The entry named (for a composed match: the role, group or body).
    pub entry: EntryRef,
    pub kind: MatchKind,
    /// The ISO 3166-1 alpha-3 code the mention belongs to or stands for.
    pub country: Option<String>,
    /// The sector code (`GOV`, `MIL`, ...), when the entry implies one.
    pub sector: Option<String>,
    /// The entry's canonical name; for a composed group or body, the
    /// qualifier's adjective and the noun ("Azerbaijani troops").
    pub canonical: String,
    /// The name is marked ambiguous in the dictionary ("Georgia", "Jordan",
    /// "Washington") and was not disambiguated by composition: the mention
    /// detector should ask for context.
    pub ambiguous: bool,
    /// Followed by `'s`, `’s` or a bare apostrophe after `s`.
    pub possessive: bool,
    /// The span of a "the" right before the mention ("the Kremlin").
    pub article: Option<Span>,
    /// For a composed match, the country word or body that qualified it.
    pub qualifier: Option<Qualifier>,
}

/// How a name's capitalisation must match the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseRule {
    /// A proper name: as written, in ALL CAPS, or (for a name written in
    /// lower case, like "al-Qaeda") with a capital first letter.
    Proper,
    /// An acronym among common nouns ("MP", "CEO"): exactly as written.
    Exact,
    /// A common noun: any ASCII case.
    Any,
}

/// One surface form: a name as listed, or a variant derived from one.
#[derive(Debug, Clone)]
struct Surface {
    text: String,
    entry: u32,
    kind: MatchKind,
    ambiguous: bool,
    case: CaseRule,
    /// The listed name this surface is (or derives from): index in `names`.
    listed: u32,
    /// How the surface's case departs from the listed name: 0 as listed, 1
    /// capitalised first letter, 2 all capitals. Lower wins a tie.
    quality: u8,
}

/// Counts of what a gazetteer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GazetteerStats {
    /// Entries of kind [`EntryKind::Country`] (states, partial states,
    /// territories): distinct codes.
    pub countries: usize,
    /// UN member states.
    pub un_members: usize,
    pub regions: usize,
    pub capitals: usize,
    pub seats: usize,
    pub organizations: usize,
    pub roles: usize,
    pub groups: usize,
    /// Names as listed in the dictionaries.
    pub names: usize,
    /// Patterns in the automaton (names and derived variants).
    pub patterns: usize,
}

#[derive(Clone, Default)]
struct Inner {
    entries: Vec<Entry>,
    /// Names as listed, in definition order; a later definition of the same
    /// text replaces the earlier one in place.
    names: Vec<Surface>,
    by_text: HashMap<String, usize>,
    /// Polity code -> its Country entry.
    countries: HashMap<String, u32>,
    /// Country code -> its Capital entry.
    capitals: HashMap<String, u32>,
    redefinitions: Vec<String>,
    /// `names` followed by derived variants.
    patterns: Vec<Surface>,
    /// A case-sensitive automaton over the proper names and acronyms (with
    /// their capitalised and all-capitals forms), and an ASCII-case-
    /// insensitive one over the common nouns; each with the index in
    /// `patterns` of its pattern ids. Two automata because one
    /// case-insensitive automaton finds "us" in every "thus" and "is" in
    /// every "this", and checking those costs more than a second pass.
    matchers: Vec<(AhoCorasick, Vec<u32>)>,
}

/// Dictionaries of countries, seats, organizations, roles and group nouns,
/// and a matcher that finds their mentions in text.
///
/// Cloning is cheap (the data is shared); [`Gazetteer::extend`] copies it
/// on write.
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("stats", &self.stats())
            .finish()
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::builtin()
    }
}

impl Gazetteer {
    /// The shipped dictionaries. Built once per process and shared, so
    /// calling this repeatedly is cheap.
    pub fn builtin() -> Gazetteer {
        static BUILTIN_GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN_GAZETTEER
            .get_or_init(|| {
                // The shipped files are part of the program, not input; the
                // test suite loads them, so this cannot fail in a release.
                Gazetteer::try_builtin().expect("the shipped dictionaries are valid")
            })
            .clone()
    }

    /// Loads the shipped dictionaries, reporting an error instead of
    /// panicking (for tests and tools that check the data).
    pub fn try_builtin() -> Result<Gazetteer, DictError> {
        let mut inner = Inner::default();
        for (origin, text) in BUILTIN {
            inner.add(origin, dict::parse(origin, text)?)?;
        }
        inner.rebuild("the shipped dictionaries")?;
        Ok(Gazetteer {
            inner: Arc::new(inner),
        })
    }

    /// A gazetteer with no entries, to build from user files only.
    pub fn empty() -> Gazetteer {
        Gazetteer {
            inner: Arc::new(Inner::default()),
        }
    }

    /// Adds the entries of a user dictionary (the `--dict FILE` format; see
    /// the crate docs). Errors name the origin "dictionary"; use
    /// [`Gazetteer::extend_named`] or [`Gazetteer::extend_from_path`] to
    /// name the file. On error the gazetteer is unchanged.
    pub fn extend(&mut self, text: &str) -> Result<(), DictError> {
        self.extend_named("dictionary", text)
    }

    /// [`Gazetteer::extend`], with errors reported as `origin:line: reason`.
    pub fn extend_named(&mut self, origin: &str, text: &str) -> Result<(), DictError> {
        let items = dict::parse(origin, text)?;
        let mut inner = (*self.inner).clone();
        inner.add(origin, items)?;
        inner.rebuild(origin)?;
        self.inner = Arc::new(inner);
        Ok(())
    }

    /// Reads a user dictionary file and adds its entries.
    pub fn extend_from_path(&mut self, path: &Path) -> Result<(), DictError> {
        let text = std::fs::read_to_string(path).map_err(|source| DictError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        self.extend_named(&path.display().to_string(), &text)
    }

    /// Names that a later dictionary line redefined, as
    /// `origin:line: "name" redefines an earlier entry` (for warnings).
    pub fn redefinitions(&self) -> &[String] {
        &self.inner.redefinitions
    }

    pub fn entry(&self, entry: EntryRef) -> Option<&Entry> {
        self.inner.entries.get(entry.index())
    }

    pub fn entries(&self) -> impl Iterator<Item = (EntryRef, &Entry)> {
        self.inner
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (EntryRef(i as u32), e))
    }

    /// The country, partial state or territory with this code.
    pub fn country(&self, code: &str) -> Option<&Entry> {
        let id = *self.inner.countries.get(code)?;
        self.inner.entries.get(id as usize)
    }

    pub fn stats(&self) -> GazetteerStats {
        let mut stats = GazetteerStats {
            names: self.inner.names.len(),
            patterns: self.inner.patterns.len(),
            ..GazetteerStats::default()
        };
        for e in &self.inner.entries {
            match e.kind {
                EntryKind::Country => {
                    stats.countries += 1;
                    if e.status == Some(CountryStatus::Member) {
                        stats.un_members += 1;
                    }
                }
                EntryKind::Region => stats.regions += 1,
                EntryKind::Capital => stats.capitals += 1,
                EntryKind::Seat => stats.seats += 1,
                EntryKind::Organization => stats.organizations += 1,
                EntryKind::Role => stats.roles += 1,
                EntryKind::Group => stats.groups += 1,
            }
        }
        stats
    }

    /// Finds dictionary mentions: non-overlapping, leftmost-longest, in text
    /// order, with byte spans.
    pub fn find(&self, text: &str) -> Vec<GazMatch> {
        let inner = &*self.inner;
        let mut candidates: Vec<Candidate> = Vec::new();
        for (matcher, ids) in &inner.matchers {
            for m in matcher.find_overlapping_iter(text) {
                let Some(&pattern) = ids.get(m.pattern().as_usize()) else {
                    continue;
                };
                let Some(surface) = inner.patterns.get(pattern as usize) else {
                    continue;
                };
                let (start, end) = (m.start(), m.end());
                if !at_word_boundaries(text, start, end, surface.case != CaseRule::Proper) {
                    continue;
                }
                let quality = match surface.case {
                    CaseRule::Any if text.get(start..end) != Some(surface.text.as_str()) => 3,
                    _ => surface.quality,
                };
                candidates.push(Candidate {
                    start,
                    end,
                    pattern,
                    quality,
                });
            }
        }
        candidates.sort_unstable_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a.quality.cmp(&b.quality))
                .then(a.pattern.cmp(&b.pattern))
        });
        let mut hits: Vec<Hit> = Vec::new();
        let mut last_end = 0;
        for c in candidates {
            if c.start < last_end {
                continue;
            }
            last_end = c.end;
            let surface = &inner.patterns[c.pattern as usize];
            let possessive = possessive_len(text, c.end);
            hits.push(Hit {
                span: Span::new(c.start, c.end),
                surface,
                after: c.end + possessive,
            });
        }
        self.compose(text, &hits)
    }

    /// Turns the chosen hits into matches, joining a qualifier to the head
    /// noun right after it.
    fn compose(&self, text: &str, hits: &[Hit<'_>]) -> Vec<GazMatch> {
        let entries = &self.inner.entries;
        let mut out = Vec::with_capacity(hits.len());
        let mut i = 0;
        while i < hits.len() {
            let hit = &hits[i];
            if let Some(head) = hits.get(i + 1) {
                if let Some(m) = self.composed(text, hit, head) {
                    out.push(m);
                    i += 2;
                    continue;
                }
                if let Some(m) = self.of_country(text, hit, head) {
                    out.push(m);
                    i += 2;
                    continue;
                }
            }
            i += 1;
            let Some(entry) = entries.get(hit.surface.entry as usize) else {
                continue;
            };
            if entry.qualified {
                continue;
            }
            out.push(GazMatch {
                span: hit.span,
                entry: EntryRef(hit.surface.entry),
                kind: hit.surface.kind,
                country: entry.country.clone(),
                sector: entry.sector.map(|s| s.as_str().to_string()),
                canonical: self.canonical(hit.surface, entry),
                ambiguous: hit.surface.ambiguous,
                possessive: hit.after > hit.span.end,
                article: article_before(text, hit.span.start),
                qualifier: None,
            });
        }
        out
    }

    /// The canonical name reported for a surface. Roles and group nouns keep
    /// the listed word that matched ("Correspondent", not the first title
    /// of its line, "Journalist"; "soldiers", not "troops"): their lines
    /// share a sector and office, not a name.
    fn canonical(&self, surface: &Surface, entry: &Entry) -> String {
        match (surface.kind, self.inner.names.get(surface.listed as usize)) {
            (MatchKind::Role, Some(name)) => variants::title_case(&name.text),
            (MatchKind::Group, Some(name)) => name.text.clone(),
            _ => entry.canonical.clone(),
        }
    }

    /// "the Ministry of Foreign Affairs of Tajikistan", "the Border Service
    /// of Kyrgyzstan": a generic body with its country after it.
    fn of_country(&self, text: &str, body: &Hit<'_>, country: &Hit<'_>) -> Option<GazMatch> {
        let entries = &self.inner.entries;
        let b_entry = entries.get(body.surface.entry as usize)?;
        let c_entry = entries.get(country.surface.entry as usize)?;
        if body.surface.kind != MatchKind::Organization
            || !b_entry.generic
            || country.surface.kind != MatchKind::CountryName
            || country.surface.ambiguous
            || body.after != body.span.end
        {
            return None;
        }
        let gap = text.get(body.span.end..country.span.start)?;
        if !matches!(gap, " of " | " of the ") {
            return None;
        }
        let label = c_entry.adjective.as_deref().unwrap_or(&c_entry.canonical);
        Some(GazMatch {
            span: Span::new(body.span.start, country.span.end),
            entry: EntryRef(body.surface.entry),
            kind: MatchKind::Organization,
            country: c_entry.country.clone(),
            sector: b_entry.sector.map(|s| s.as_str().to_string()),
            canonical: format!("{label} {}", self.canonical(body.surface, b_entry)),
            ambiguous: false,
            possessive: country.after > country.span.end,
            article: article_before(text, body.span.start),
            qualifier: Some(Qualifier {
                span: country.span,
                entry: EntryRef(country.surface.entry),
                kind: country.surface.kind,
            }),
        })
    }

    /// "Azerbaijani troops", "Armenia's Foreign Ministry", "U.S. Secretary
    /// of State", "Pentagon officials"; with a country, also across the
    /// words of a compound: "North Korean shipping companies", "Norwegian
    /// Development Minister" (see [`gap_fits`]).
    fn composed(&self, text: &str, qualifier: &Hit<'_>, head: &Hit<'_>) -> Option<GazMatch> {
        let entries = &self.inner.entries;
        let q_entry = entries.get(qualifier.surface.entry as usize)?;
        let h_entry = entries.get(head.surface.entry as usize)?;
        let by_country = matches!(
            qualifier.surface.kind,
            MatchKind::CountryName | MatchKind::Demonym
        );
        let by_body = matches!(
            qualifier.surface.kind,
            MatchKind::Organization | MatchKind::Metonym
        ) && qualifier.after == qualifier.span.end
            && !q_entry.generic;
        let fits = match head.surface.kind {
            MatchKind::Role => by_country,
            MatchKind::Organization => by_country && h_entry.generic,
            MatchKind::Group => by_country || by_body,
            _ => false,
        };
        if !fits {
            return None;
        }
        // only spaces between, and the qualifier is not the tail of a
        // compound ("pro-Russian separatists" are not Russian)
        let gap = text.get(qualifier.after..head.span.start)?;
        let by_demonym = qualifier.surface.kind == MatchKind::Demonym;
        if gap.is_empty() || !gap_fits(gap, head.surface.kind, by_demonym) {
            return None;
        }
        if text
            .get(..qualifier.span.start)
            .and_then(|t| t.chars().next_back())
            == Some('-')
        {
            return None;
        }
        if by_body
            && head.surface.kind == MatchKind::Group
            && q_entry.sector == Some(Sector::Reb)
            && h_entry.sector == Some(Sector::Reb)
        {
            // "M23 fighters", "Hezbollah militants": an armed group's
            // fighters are the group itself
            return Some(GazMatch {
                span: Span::new(qualifier.span.start, head.span.end),
                entry: EntryRef(qualifier.surface.entry),
                kind: MatchKind::Organization,
                country: q_entry.country.clone(),
                sector: q_entry.sector.map(|s| s.as_str().to_string()),
                canonical: q_entry.canonical.clone(),
                ambiguous: false,
                possessive: head.after > head.span.end,
                article: article_before(text, qualifier.span.start),
                qualifier: None,
            });
        }
        let label = q_entry.adjective.as_deref().unwrap_or(&q_entry.canonical);
        let canonical = match head.surface.kind {
            MatchKind::Role => self.canonical(head.surface, h_entry),
            _ => format!("{label} {}", self.canonical(head.surface, h_entry)),
        };
        let sector = match (h_entry.member, by_body, q_entry.sector) {
            (true, true, Some(s)) => Some(s),
            _ => h_entry.sector,
        };
        Some(GazMatch {
            span: Span::new(qualifier.span.start, head.span.end),
            entry: EntryRef(head.surface.entry),
            kind: head.surface.kind,
            country: q_entry.country.clone(),
            sector: sector.map(|s| s.as_str().to_string()),
            canonical,
            ambiguous: false,
            possessive: head.after > head.span.end,
            article: article_before(text, qualifier.span.start),
            qualifier: Some(Qualifier {
                span: qualifier.span,
                entry: EntryRef(qualifier.surface.entry),
                kind: qualifier.surface.kind,
            }),
        })
    }
}

#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    pattern: u32,
    /// 0 as listed, 1 capitalised first letter, 2 all caps, 3 other case.
    quality: u8,
}

struct Hit<'a> {
    span: Span,
    surface: &'a Surface,
    /// The end including a possessive ending.
    after: usize,
}

impl Inner {
    /// Adds the items of one dictionary file. Checks the country codes the
    /// items refer to against those known so far and those the file defines.
    fn add(&mut self, origin: &str, items: Vec<(usize, Item)>) -> Result<(), DictError> {
        let mut known: HashSet<String> = self.countries.keys().cloned().collect();
        for (_, item) in &items {
            if let Item::Country {
                code: Some(code),
                status,
                ..
            } = item
            {
                if status.is_polity() {
                    known.insert(code.clone());
                }
            }
        }
        for (line, item) in &items {
            for code in item.referenced_codes() {
                if !known.contains(code) {
                    return Err(DictError::syntax(
                        origin,
                        *line,
                        format!("unknown country code {code:?} (define it in a [countries] section first)"),
                    ));
                }
            }
        }
        for (line, item) in items {
            let at = format!("{origin}:{line}");
            self.add_item(&at, item);
        }
        Ok(())
    }

    fn add_item(&mut self, at: &str, item: Item) {
        match item {
            Item::Country {
                code,
                status,
                parent,
                names,
                demonyms,
                capital,
            } => {
                let existing = code
                    .as_ref()
                    .filter(|_| status.is_polity())
                    .and_then(|c| self.countries.get(c).copied());
                let id = match existing {
                    Some(id) => id,
                    None => {
                        let kind = if status.is_polity() {
                            EntryKind::Country
                        } else {
                            EntryKind::Region
                        };
                        let mut entry = Entry::new(kind, &names[0].text);
                        entry.country = code.clone();
                        entry.status = Some(status);
                        entry.parent = parent;
                        let id = self.push_entry(entry);
                        if let (Some(code), true) = (&code, status.is_polity()) {
                            self.countries.insert(code.clone(), id);
                        }
                        id
                    }
                };
                let name_kind = if status.is_polity() {
                    MatchKind::CountryName
                } else {
                    MatchKind::Region
                };
                self.add_names(at, &names, id, name_kind, CaseRule::Proper);
                if let Some(first) = demonyms.first() {
                    let entry = &mut self.entries[id as usize];
                    if entry.adjective.is_none() {
                        entry.adjective = Some(first.text.clone());
                    }
                }
                self.add_names(at, &demonyms, id, MatchKind::Demonym, CaseRule::Proper);
                if capital.is_empty() {
                    return;
                }
                if status.is_polity() {
                    let code = code.unwrap_or_default();
                    let id = match self.capitals.get(&code) {
                        Some(&id) => id,
                        None => {
                            let mut entry = Entry::new(EntryKind::Capital, &capital[0].text);
                            entry.country = Some(code.clone());
                            entry.sector = Some(Sector::Gov);
                            let id = self.push_entry(entry);
                            self.capitals.insert(code, id);
                            id
                        }
                    };
                    self.add_names(at, &capital, id, MatchKind::Capital, CaseRule::Proper);
                } else {
                    // the main city of a region is a place of that region
                    let mut entry = Entry::new(EntryKind::Region, &capital[0].text);
                    entry.country = code;
                    entry.status = Some(status);
                    let id = self.push_entry(entry);
                    self.add_names(at, &capital, id, MatchKind::Region, CaseRule::Proper);
                }
            }
            Item::Seat {
                names,
                country,
                sector,
            } => {
                let mut entry = Entry::new(EntryKind::Seat, &names[0].text);
                entry.country = country;
                entry.sector = sector;
                let id = self.push_entry(entry);
                self.add_names(at, &names, id, MatchKind::Metonym, CaseRule::Proper);
            }
            Item::Organization {
                names,
                country,
                sector,
                qualified,
            } => {
                let mut entry = Entry::new(EntryKind::Organization, &names[0].text);
                entry.sector = sector;
                entry.qualified = qualified;
                let case = match country {
                    OrgCountry::Code(code) => {
                        entry.country = Some(code);
                        CaseRule::Proper
                    }
                    OrgCountry::None => CaseRule::Proper,
                    OrgCountry::Generic => {
                        entry.generic = true;
                        CaseRule::Any
                    }
                };
                let id = self.push_entry(entry);
                self.add_names(at, &names, id, MatchKind::Organization, case);
            }
            Item::Role {
                names,
                sector,
                office,
                country,
            } => {
                let mut entry = Entry::new(EntryKind::Role, &variants::title_case(&names[0].text));
                entry.sector = sector;
                entry.office = office;
                entry.country = country;
                let id = self.push_entry(entry);
                self.add_names(at, &names, id, MatchKind::Role, CaseRule::Any);
            }
            Item::Group {
                names,
                sector,
                member,
            } => {
                let mut entry = Entry::new(EntryKind::Group, &names[0].text);
                entry.sector = sector;
                entry.member = member;
                let id = self.push_entry(entry);
                self.add_names(at, &names, id, MatchKind::Group, CaseRule::Any);
            }
        }
    }

    fn push_entry(&mut self, entry: Entry) -> u32 {
        self.entries.push(entry);
        (self.entries.len() - 1) as u32
    }

    fn add_names(&mut self, at: &str, names: &[Name], entry: u32, kind: MatchKind, case: CaseRule) {
        for name in names {
            // acronyms among common nouns keep their case: "MP", not "mp"
            // (a name of several words is no acronym: "Foreign Ministry"
            // also matches "the foreign ministry")
            let case = if case == CaseRule::Any
                && !name.text.contains(' ')
                && name.text.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            {
                CaseRule::Exact
            } else {
                case
            };
            let mut surface = Surface {
                text: name.text.clone(),
                entry,
                kind,
                ambiguous: name.ambiguous,
                case,
                listed: self.names.len() as u32,
                quality: 0,
            };
            match self.by_text.get(&name.text) {
                Some(&i) => {
                    surface.listed = i as u32;
                    self.redefinitions
                        .push(format!("{at}: {:?} redefines an earlier entry", name.text));
                    self.names[i] = surface;
                }
                None => {
                    self.by_text.insert(name.text.clone(), self.names.len());
                    self.names.push(surface);
                }
            }
        }
    }

    /// Rebuilds the pattern list (listed names, then derived variants that
    /// no listed name claims) and the automata.
    fn rebuild(&mut self, origin: &str) -> Result<(), DictError> {
        let mut patterns = self.names.clone();
        let mut taken: HashSet<String> = self.by_text.keys().cloned().collect();
        for name in &self.names {
            let derived = match (name.case, name.kind) {
                (CaseRule::Proper, _) => variants::proper(&name.text),
                (_, MatchKind::Role) => variants::common(&name.text, true),
                _ => variants::common(&name.text, false),
            };
            for text in derived {
                if taken.insert(text.clone()) {
                    patterns.push(Surface {
                        text,
                        ..name.clone()
                    });
                }
            }
        }
        // proper names also match in capitals ("BAKU, Dec 6"), and those
        // written in lower case ("al-Qaeda") with a capital first letter
        for i in 0..patterns.len() {
            if patterns[i].case != CaseRule::Proper {
                continue;
            }
            let text = &patterns[i].text;
            let upper = text.to_uppercase();
            let capitalised = text.chars().next().filter(|c| c.is_lowercase()).map(|c| {
                c.to_uppercase()
                    .chain(text.chars().skip(1))
                    .collect::<String>()
            });
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            for (form, quality) in [(capitalised, 1), ((letters >= 2).then_some(upper), 2)] {
                if let Some(form) = form.filter(|f| taken.insert(f.clone())) {
                    patterns.push(Surface {
                        text: form,
                        quality,
                        ..patterns[i].clone()
                    });
                }
            }
        }
        let mut matchers = Vec::new();
        for insensitive in [false, true] {
            let ids: Vec<u32> = (0..patterns.len() as u32)
                .filter(|&i| (patterns[i as usize].case == CaseRule::Any) == insensitive)
                .collect();
            if ids.is_empty() {
                continue;
            }
            let automaton = AhoCorasick::builder()
                .ascii_case_insensitive(insensitive)
                // a full DFA: about 70 ms to build, once per process (and
                // per user dictionary), for a third more search throughput
                // than the default NFA on dense news text
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .match_kind(aho_corasick::MatchKind::Standard)
                .build(ids.iter().map(|&i| patterns[i as usize].text.as_str()))
                .map_err(|e| DictError::Build {
                    origin: origin.to_string(),
                    reason: e.to_string(),
                })?;
            matchers.push((automaton, ids));
        }
        self.patterns = patterns;
        self.matchers = matchers;
        Ok(())
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A match must not start or end inside a word. Common nouns also refuse a
/// hyphen next to them ("anti-government", "government-held"), except the
/// prefix "ex-" and the suffixes "-elect" and "-designate".
fn at_word_boundaries(text: &str, start: usize, end: usize, common_noun: bool) -> bool {
    let (Some(before), Some(inside), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return false;
    };
    let prev = before.chars().next_back();
    let next = after.chars().next();
    if inside.starts_with(is_word_char) && prev.is_some_and(is_word_char) {
        return false;
    }
    if inside.ends_with(is_word_char) && next.is_some_and(is_word_char) {
        return false;
    }
    if common_noun {
        if prev == Some('-') {
            let stem = &before[..before.len() - 1];
            let ex = stem.len() >= 2 && stem[stem.len() - 2..].eq_ignore_ascii_case("ex");
            let ex_word = ex && !stem[..stem.len() - 2].ends_with(is_word_char);
            if !ex_word {
                return false;
            }
        }
        if next == Some('-') {
            let tail = &after[1..];
            let allowed = ["elect", "designate"].iter().any(|s| {
                tail.get(..s.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(s))
                    && !tail[s.len()..].starts_with(is_word_char)
            });
            if !allowed {
                return false;
            }
        }
    }
    true
}

/// Words that end a noun phrase ("Chinese and other officials" are not
/// all Chinese).
const GAP_STOP: &[&str] = &[
    "and", "or", "nor", "but", "other", "of", "the", "a", "an", "to", "in", "on", "for", "with",
    "by", "from", "as", "at", "than", "not", "who", "which", "that", "whose", "said", "says",
    "told", "were", "was", "are", "is", "and", "all", "both", "some", "many", "most",
];

/// Whether the text between a qualifier and its head noun keeps them one
/// phrase: spaces only; or, after a demonym ("Turkey *deployed
/// additional* troops" is no phrase), up to two
/// lower-case words before a group noun ("North Korean *shipping*
/// companies", "Russian *embassy* officials") or one capitalised word
/// before a title ("Norwegian *Development* Minister").
fn gap_fits(gap: &str, head: MatchKind, by_demonym: bool) -> bool {
    let space = |c: char| c == ' ' || c == '\u{a0}';
    if gap.len() <= 3 && gap.chars().all(space) {
        return true;
    }
    // "Pakistan-based militants": where the group is based
    if head == MatchKind::Group
        && gap
            .strip_prefix("-based")
            .is_some_and(|rest| (1..=3).contains(&rest.len()) && rest.chars().all(space))
    {
        return true;
    }
    if !by_demonym || !gap.starts_with(space) || !gap.ends_with(space) {
        return false;
    }
    let words: Vec<&str> = gap.split(space).filter(|w| !w.is_empty()).collect();
    let letters = |w: &str| w.len() <= 16 && w.chars().all(|c| c.is_alphabetic());
    match head {
        MatchKind::Group => {
            (1..=2).contains(&words.len())
                && words.iter().all(|w| {
                    letters(w) && w.chars().all(char::is_lowercase) && !GAP_STOP.contains(w)
                })
        }
        MatchKind::Role => {
            words.len() == 1
                && letters(words[0])
                && words[0].chars().next().is_some_and(char::is_uppercase)
                && words[0].chars().skip(1).all(char::is_lowercase)
        }
        _ => false,
    }
}

/// Bytes of a possessive ending at `end`: `'s`, `’s`, or a bare apostrophe
/// after a word ending in s ("the Philippines'").
fn possessive_len(text: &str, end: usize) -> usize {
    let (Some(rest), Some(word)) = (text.get(end..), text.get(..end)) else {
        return 0;
    };
    for apostrophe in ['\'', '\u{2019}'] {
        let Some(r) = rest.strip_prefix(apostrophe) else {
            continue;
        };
        let ends_word = |s: &str| !s.starts_with(is_word_char);
        if let Some(after_s) = r.strip_prefix(['s', 'S']) {
            if ends_word(after_s) {
                return apostrophe.len_utf8() + 1;
            }
        }
        if word.ends_with(['s', 'S']) && ends_word(r) {
            return apostrophe.len_utf8();
        }
    }
    0
}

/// The span of a "the" (any case) separated by spaces from `start`.
fn article_before(text: &str, start: usize) -> Option<Span> {
    let before = text.get(..start)?;
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() || trimmed.len() < 3 {
        return None;
    }
    let word_start = trimmed.len() - 3;
    let word = trimmed.get(word_start..)?;
    let alone = !trimmed[..word_start].ends_with(is_word_char);
    (word.eq_ignore_ascii_case("the") && alone).then(|| Span::new(word_start, trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_iso3_code_is_listed_twice() {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (origin, text) in BUILTIN {
            for (line, item) in dict::parse(origin, text).unwrap() {
                if let Item::Country {
                    code: Some(code),
                    status,
                    ..
                } = item
                {
                    if status.is_polity() {
                        if let Some(first) = seen.insert(code.clone(), line) {
                            panic!("{code} on lines {first} and {line} of {origin}");
                        }
                    }
                }
            }
        }
        assert!(seen.len() >= 195);
    }

    #[test]
    fn boundaries_and_endings() {
        let t = "anti-government ex-president president-elect government-held";
        let at = |w: &str| t.find(w).unwrap();
        let gov = at("government");
        assert!(!at_word_boundaries(t, gov, gov + 10, true));
        assert!(at_word_boundaries(t, gov, gov + 10, false));
        let p = at("president");
        assert!(at_word_boundaries(t, p, p + 9, true), "ex-president");
        let p = at("president-elect");
        assert!(at_word_boundaries(t, p, p + 9, true), "president-elect");
        let g = at("government-held");
        assert!(!at_word_boundaries(t, g, g + 10, true));
        assert_eq!(possessive_len("Russia's x", 6), 2);
        assert_eq!(possessive_len("Russia’s x", 6), 4);
        assert_eq!(possessive_len("Russia'sx", 6), 0);
        assert_eq!(possessive_len("Emirates' x", 8), 1);
        assert_eq!(possessive_len("Russia' x", 6), 0);
        assert_eq!(article_before("in the Kremlin", 7), Some(Span::new(3, 6)));
        assert_eq!(article_before("other Kremlin", 6), None);
        assert_eq!(article_before("Kremlin", 0), None);
    }

    #[test]
    fn generic_bodies_of_several_words_match_in_lower_case() {
        let g = Gazetteer::default();
        for t in [
            "Jordan's foreign ministry welcomed the talks.",
            "Jordan's Foreign Ministry welcomed the talks.",
        ] {
            let found: Vec<(String, Option<String>)> = g
                .find(t)
                .into_iter()
                .map(|m| (t[m.span.start..m.span.end].to_string(), m.country))
                .collect();
            assert!(
                found
                    .iter()
                    .any(|(s, c)| s.ends_with("inistry") && c.as_deref() == Some("JOR")),
                "{t}: {found:?}"
            );
        }
        // an acronym keeps its case
        assert!(g.find("the mfa said").is_empty());
    }

    #[test]
    fn an_armed_groups_fighters_are_the_group() {
        let g = Gazetteer::default();
        let t = "Hezbollah fighters fired rockets, and Azerbaijani troops answered.";
        let found: Vec<(String, MatchKind, String)> = g
            .find(t)
            .into_iter()
            .map(|m| (t[m.span.start..m.span.end].to_string(), m.kind, m.canonical))
            .collect();
        assert!(found.contains(&(
            "Hezbollah fighters".to_string(),
            MatchKind::Organization,
            "Hezbollah".to_string()
        )));
        // a state's troops stay a group of that state
        assert!(found.contains(&(
            "Azerbaijani troops".to_string(),
            MatchKind::Group,
            "Azerbaijani troops".to_string()
        )));
    }

    #[test]
    fn a_country_qualifies_a_group_or_title_across_a_compound() {
        let g = Gazetteer::default();
        let find = |t: &str| -> Vec<(String, Option<String>)> {
            g.find(t)
                .into_iter()
                .map(|m| (t[m.span.start..m.span.end].to_string(), m.country))
                .collect()
        };
        let t = "Japan sanctioned four North Korean shipping companies.";
        assert!(
            find(t).contains(&("North Korean shipping companies".into(), Some("PRK".into()))),
            "{:?}",
            find(t)
        );
        let t = "Norwegian Development Minister Ingrid Haugland spoke.";
        assert!(
            find(t)
                .iter()
                .any(|(s, c)| s.starts_with("Norwegian Development Minister")
                    && c.as_deref() == Some("NOR")),
            "{:?}",
            find(t)
        );
        // A coordination or a function word ends the phrase.
        let t = "Turkey deployed additional troops.";
        assert!(
            !find(t).iter().any(|(s, _)| s.contains("Turkey deployed")),
            "{:?}",
            find(t)
        );
        let t = "Chinese and other officials met.";
        assert!(
            !find(t)
                .iter()
                .any(|(s, _)| s.contains("officials") && s.contains("Chinese")),
            "{:?}",
            find(t)
        );
        assert!(gap_fits(" ", MatchKind::Group, false));
        assert!(!gap_fits(" shipping ", MatchKind::Group, false));
        assert!(!gap_fits(" Shipping ", MatchKind::Group, true));
        assert!(!gap_fits(" state run big ", MatchKind::Group, true));
        assert!(!gap_fits(" development ", MatchKind::Role, true));
    }
}
