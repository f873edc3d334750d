//! One story from many reports.
//!
//! [`merge`] groups event mentions from different documents that report the
//! same real event: the same PLOVER type, participants in common (through
//! the cross-document actor keys of the registry; a country, its forces
//! and its officials count as one side, see [`Mention::states`]),
//! compatible dates (a
//! partial date is compatible with a full one that fills it:
//! `XXXX-09-27` with `2022-09-27`) and compatible places. Reports that
//! name two different days or places stay two stories: nothing is
//! dropped or overwritten. A document that reports one event twice (the
//! country first, then its spokesman) has both reports in one story. The
//! grouping does not depend on the mentions' order.
//!
//! [`DateKey`] places an event on a timeline by what its date pattern
//! establishes, and says what is unknown.
//!
//! [`dedup`] tells syndicated copies of one article apart from
//! independent reports (MinHash over word shingles, with an LSH index).

#![forbid(unsafe_code)]

use std::collections::{BTreeMap, BTreeSet};

pub mod dedup;

/// One event as one document reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub doc_id: String,
    pub event_id: String,
    pub event_type: String,
    /// Cross-document actor keys of every participant.
    pub participants: BTreeSet<String>,
    /// `YYYY-MM-DD` with `X` for unknown digits, or `None`.
    pub date: Option<String>,
    /// The place's actor key, if any.
    pub place: Option<String>,
    /// Participants that act for a state, by key, with its ISO code: an
    /// official of its government, a ministry, an army or an embassy
    /// ("Japanese Foreign Minister Hiroshi Tanabe", `person:tanabe|JPN`).
    /// Countries and the collective groups of a country are read from
    /// their keys (see [`state_key`]); others act for themselves.
    pub states: BTreeMap<String, String>,
}

/// The same event reported by one or more documents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Story {
    pub event_type: String,
    pub participants: BTreeSet<String>,
    /// The most specific date the reports agree on.
    pub date: Option<String>,
    pub place: Option<String>,
    /// Indices into the input mentions, in input order.
    pub mentions: Vec<usize>,
    /// The documents reporting it.
    pub docs: BTreeSet<String>,
    /// What other reports of apparently the same event say differently:
    /// another story of the same type and participants from other
    /// documents, kept apart because its date or place cannot be this
    /// one's. Never resolved silently: both stories stay, each flagged.
    pub conflicts: Vec<Conflict>,
}

/// A detail on which two reports of apparently one event disagree.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Conflict {
    /// `date` or `place`.
    pub field: &'static str,
    /// The other reports' value.
    pub other: String,
    /// The documents of the other reports.
    pub docs: BTreeSet<String>,
}

/// Whether two date patterns can be the same day: every digit both state
/// is equal.
pub fn dates_compatible(a: &str, b: &str) -> bool {
    dragoman_core::calendar::patterns_compatible(a, b)
}

/// The pattern stating every digit either states (of compatible dates).
fn unify(a: &str, b: &str) -> String {
    a.bytes()
        .zip(b.bytes())
        .map(|(x, y)| if x == b'X' { y as char } else { x as char })
        .collect()
}

fn known_digits(d: &str) -> usize {
    d.bytes().filter(u8::is_ascii_digit).count()
}

/// The key a participant is compared under. A country and the
/// collective actors of its state ("Japan", "the Japanese government",
/// "Russian forces": registry keys `country:…|JPN`, `group:…|RUS`) are
/// one participant for merging, since outlets name the same actor either
/// way; so is an official acting for it (listed in `states`). Other
/// people and organizations keep their own keys.
fn state_key<'a>(key: &'a str, states: &BTreeMap<String, String>) -> Cow<'a, str> {
    if let Some(cc) = states.get(key).filter(|cc| !cc.is_empty() && *cc != "-") {
        return Cow::Owned(format!("state|{cc}"));
    }
    let collective = key.starts_with("country:") || key.starts_with("group:");
    match key.rsplit_once('|') {
        Some((_, cc)) if collective && cc != "-" && !cc.is_empty() => {
            Cow::Owned(format!("state|{cc}"))
        }
        _ => Cow::Borrowed(key),
    }
}

use std::borrow::Cow;

/// The participants of a mention or story, as compared: their sides
/// (see [`state_key`]) and, per state side, the people named for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Sides {
    keys: BTreeSet<String>,
    people: BTreeMap<String, BTreeSet<String>>,
}

impl Sides {
    fn of(participants: &BTreeSet<String>, states: &BTreeMap<String, String>) -> Sides {
        let mut out = Sides::default();
        for p in participants {
            let k = state_key(p, states);
            if k.starts_with("state|") && p.starts_with("person:") {
                out.people
                    .entry(k.to_string())
                    .or_default()
                    .insert(p.clone());
            }
            out.keys.insert(k.into_owned());
        }
        out
    }

    fn shared(&self, other: &Sides) -> usize {
        self.keys.intersection(&other.keys).count()
    }

    /// Whether both name people for one state and none is the same: two
    /// meetings of different ministers of one country are two events.
    fn people_differ(&self, other: &Sides) -> bool {
        self.people
            .iter()
            .any(|(side, a)| other.people.get(side).is_some_and(|b| a.is_disjoint(b)))
    }

    fn extend(&mut self, other: &Sides) {
        self.keys.extend(other.keys.iter().cloned());
        for (side, p) in &other.people {
            self.people
                .entry(side.clone())
                .or_default()
                .extend(p.iter().cloned());
        }
    }
}

/// How many participants two sets have in common (see [`state_key`]).
fn shared_participants(a: &Sides, b: &Sides) -> usize {
    a.shared(b)
}

/// Whether mention `m` (compared as `ms`) may join `s` (compared as `ss`).
fn joins(s: &Story, ss: &Sides, m: &Mention, ms: &Sides) -> bool {
    if s.event_type != m.event_type || ms.keys.is_empty() || ss.people_differ(ms) {
        return false;
    }
    if s.docs.contains(&m.doc_id) {
        // One document's reports were already told apart by the coder,
        // unless one repeats the other: every side it names is the
        // story's (the country, then its spokesman).
        if !ms.keys.is_subset(&ss.keys) {
            return false;
        }
    } else if shared_participants(ss, ms) < 2 {
        // One participant in common is too little to call two reports one
        // event, unless both name only that participant and a date.
        let lone = ss.keys == ms.keys && s.date.is_some() && m.date.is_some();
        if !lone {
            return false;
        }
    }
    if let (Some(x), Some(y)) = (&s.date, &m.date) {
        if !dates_compatible(x, y) {
            return false;
        }
    }
    !matches!((&s.place, &m.place), (Some(x), Some(y)) if x != y)
}

/// Groups mentions into stories. The result is the same for the same
/// mentions in any order: mentions are taken by decreasing date precision,
/// then by document and event id.
pub fn merge(mentions: &[Mention]) -> Vec<Story> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&mentions[a], &mentions[b]);
        let px = x.date.as_deref().map_or(0, known_digits);
        let py = y.date.as_deref().map_or(0, known_digits);
        py.cmp(&px)
            .then_with(|| x.doc_id.cmp(&y.doc_id))
            .then_with(|| x.event_id.cmp(&y.event_id))
    });
    let mut stories: Vec<Story> = Vec::new();
    let mut sides: Vec<Sides> = Vec::new();
    for k in order {
        let m = &mentions[k];
        let ms = Sides::of(&m.participants, &m.states);
        let found = (0..stories.len()).find(|&i| joins(&stories[i], &sides[i], m, &ms));
        match found.map(|i| (&mut stories[i], &mut sides[i])) {
            Some((s, ss)) => {
                ss.extend(&ms);
                s.mentions.push(k);
                s.docs.insert(m.doc_id.clone());
                s.participants.extend(m.participants.iter().cloned());
                match (&s.date, &m.date) {
                    (Some(x), Some(y)) => {
                        let u = unify(x, y);
                        s.date = Some(u);
                    }
                    (None, Some(y)) => s.date = Some(y.clone()),
                    _ => {}
                }
                if s.place.is_none() {
                    s.place = m.place.clone();
                }
            }
            None => {
                stories.push(Story {
                    event_type: m.event_type.clone(),
                    participants: m.participants.clone(),
                    date: m.date.clone(),
                    place: m.place.clone(),
                    mentions: vec![k],
                    docs: BTreeSet::from([m.doc_id.clone()]),
                    conflicts: Vec::new(),
                });
                sides.push(ms);
            }
        }
    }
    for s in &mut stories {
        s.mentions.sort_unstable();
    }
    flag_conflicts(&mut stories, &sides);
    stories.sort_by(|a, b| {
        DateKey::of(a.date.as_deref())
            .cmp(&DateKey::of(b.date.as_deref()))
            .then_with(|| a.mentions.cmp(&b.mentions))
    });
    stories
}

/// Flags stories that look like one event (same type, two participants
/// in common, no document in common) but were kept apart because their
/// dates or places disagree. Candidates come from an index of the
/// participants, so the cost follows the stories that share actors.
fn flag_conflicts(stories: &mut [Story], sides: &[Sides]) {
    let mut by_key: std::collections::HashMap<(String, String), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, s) in stories.iter().enumerate() {
        for k in &sides[i].keys {
            by_key
                .entry((s.event_type.clone(), k.clone()))
                .or_default()
                .push(i);
        }
    }
    let mut found: Vec<(usize, Conflict)> = Vec::new();
    for (i, s) in stories.iter().enumerate() {
        let mut seen: BTreeSet<usize> = BTreeSet::new();
        for k in &sides[i].keys {
            let Some(list) = by_key.get(&(s.event_type.clone(), k.clone())) else {
                continue;
            };
            for &j in list.iter().take(256) {
                if j == i || !seen.insert(j) {
                    continue;
                }
                let o = &stories[j];
                if !s.docs.is_disjoint(&o.docs)
                    || shared_participants(&sides[i], &sides[j]) < 2
                    || sides[i].people_differ(&sides[j])
                {
                    continue;
                }
                if let (Some(x), Some(y)) = (&s.date, &o.date) {
                    if !dates_compatible(x, y) {
                        found.push((
                            i,
                            Conflict {
                                field: "date",
                                other: y.clone(),
                                docs: o.docs.clone(),
                            },
                        ));
                    }
                }
                if let (Some(x), Some(y)) = (&s.place, &o.place) {
                    if x != y {
                        found.push((
                            i,
                            Conflict {
                                field: "place",
                                other: y.clone(),
                                docs: o.docs.clone(),
                            },
                        ));
                    }
                }
            }
        }
    }
    for (i, c) in found {
        stories[i].conflicts.push(c);
    }
    for s in stories.iter_mut() {
        s.conflicts
            .sort_by(|a, b| (a.field, &a.other, &a.docs).cmp(&(b.field, &b.other, &b.docs)));
    }
}

/// Where an event goes on a timeline.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum DateKey {
    /// The year is known: placed at its earliest possible day; `mark`
    /// says what is unknown ("day unknown", "month unknown").
    Known {
        earliest: String,
        mark: Option<&'static str>,
    },
    /// Month and day without a year (`XXXX-09-27`): kept apart, by month
    /// and day.
    YearUnknown { month_day: String },
    /// Nothing is known.
    Undated,
}

impl DateKey {
    pub fn of(date: Option<&str>) -> DateKey {
        let Some(d) = date.filter(|d| d.len() == 10) else {
            return DateKey::Undated;
        };
        let year = &d[0..4];
        let month = &d[5..7];
        let day = &d[8..10];
        let known = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !known(year) {
            if known(month) {
                return DateKey::YearUnknown {
                    month_day: format!("{month}-{}", if known(day) { day } else { "XX" }),
                };
            }
            return DateKey::Undated;
        }
        let (m, mark) = match (known(month), known(day)) {
            (true, true) => (format!("{month}-{day}"), None),
            (true, false) => (format!("{month}-01"), Some("day unknown")),
            _ => ("01-01".to_string(), Some("month unknown")),
        };
        DateKey::Known {
            earliest: format!("{year}-{m}"),
            mark,
        }
    }

    /// A short label for a timeline line.
    pub fn label(&self) -> &'static str {
        match self {
            DateKey::Known { mark: None, .. } => "",
            DateKey::Known { mark: Some(m), .. } => m,
            DateKey::YearUnknown { .. } => "year unknown",
            DateKey::Undated => "undated",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(doc: &str, ty: &str, who: &[&str], date: Option<&str>) -> Mention {
        Mention {
            doc_id: doc.into(),
            event_id: "V1".into(),
            event_type: ty.into(),
            participants: who.iter().map(|s| s.to_string()).collect(),
            date: date.map(str::to_string),
            place: None,
            states: BTreeMap::new(),
        }
    }

    #[test]
    fn reports_of_one_meeting_merge_and_others_do_not() {
        let ms = vec![
            m(
                "a",
                "CONSULT",
                &["p:sullivan", "p:hajiyev", "p:grigoryan"],
                Some("XXXX-09-27"),
            ),
            m(
                "b",
                "CONSULT",
                &["p:sullivan", "p:hajiyev"],
                Some("2022-09-27"),
            ),
            m(
                "c",
                "CONSULT",
                &["p:sullivan", "p:hajiyev"],
                Some("2022-09-28"),
            ),
            m(
                "d",
                "ACCUSE",
                &["p:sullivan", "p:hajiyev"],
                Some("2022-09-27"),
            ),
            m("e", "CONSULT", &["p:blinken", "p:mirzoyan"], None),
        ];
        let stories = merge(&ms);
        let first = stories.iter().find(|s| s.mentions.contains(&0)).unwrap();
        assert_eq!(first.mentions, vec![0, 1]);
        assert_eq!(first.date.as_deref(), Some("2022-09-27"));
        assert_eq!(stories.len(), 4);
        // any order gives the same stories
        let mut rev = ms.clone();
        rev.reverse();
        let again = merge(&rev);
        let as_docs = |ss: &[Story], ms: &[Mention]| -> BTreeSet<Vec<String>> {
            ss.iter()
                .map(|s| {
                    let mut d: Vec<String> =
                        s.mentions.iter().map(|&k| ms[k].doc_id.clone()).collect();
                    d.sort();
                    d
                })
                .collect()
        };
        assert_eq!(as_docs(&stories, &ms), as_docs(&again, &rev));
    }

    #[test]
    fn reports_that_disagree_on_the_day_stay_apart_and_are_flagged() {
        let who = ["person:fidan|TUR", "person:gerapetritis|GRC"];
        let ms = vec![
            m("a", "CONSULT", &who, Some("2024-05-08")),
            m("b", "CONSULT", &who, Some("2024-05-09")),
            m("c", "CONSULT", &who, Some("XXXX-05-08")),
        ];
        let stories = merge(&ms);
        assert_eq!(stories.len(), 2);
        let first = stories
            .iter()
            .find(|s| s.docs.contains("a"))
            .expect("a story of a");
        assert!(first.docs.contains("c"));
        assert_eq!(first.conflicts.len(), 1);
        assert_eq!(first.conflicts[0].field, "date");
        assert_eq!(first.conflicts[0].other, "2024-05-09");
        let second = stories.iter().find(|s| s.docs.contains("b")).expect("b");
        assert_eq!(second.conflicts[0].other, "2024-05-08");
        // No flag when the reports agree.
        let agree = merge(&ms[..1]);
        assert!(agree[0].conflicts.is_empty());
    }

    #[test]
    fn a_country_and_its_forces_are_one_participant() {
        let ms = vec![
            m(
                "a",
                "ASSAULT",
                &["group:russian forces|RUS", "location:odesa|UKR"],
                Some("2024-10-25"),
            ),
            m(
                "b",
                "ASSAULT",
                &["country:russia|RUS", "location:odesa|UKR"],
                None,
            ),
            // Two people of one country stay two people.
            m(
                "c",
                "CONSULT",
                &["person:hollis|AUS", "person:wibisono|IDN"],
                None,
            ),
            m(
                "d",
                "CONSULT",
                &["person:marles|AUS", "person:wibisono|IDN"],
                None,
            ),
        ];
        let stories = merge(&ms);
        assert_eq!(stories.len(), 3);
        assert!(stories.iter().any(|s| s.mentions == vec![0, 1]));
    }

    fn official(mut x: Mention, key: &str, cc: &str) -> Mention {
        x.states.insert(key.to_string(), cc.to_string());
        x
    }

    #[test]
    fn an_official_acts_for_the_state_and_a_repeat_joins_its_story() {
        let tanabe = "person:tanabe|JPN";
        let gov = "organization:japanesegovernment|JPN";
        let ms = vec![
            // "Japan imposed sanctions on North Korean companies"
            m(
                "a",
                "SANCTION",
                &["country:japan|JPN", "group:companies|PRK"],
                None,
            ),
            // "The Japanese government announced sanctions against North Korea"
            official(
                m(
                    "b",
                    "SANCTION",
                    &[gov, "country:northkorea|PRK"],
                    Some("2024-10-11"),
                ),
                gov,
                "JPN",
            ),
            // "Foreign Minister Tanabe said ... sanctions on North Korea"
            official(
                m("c", "SANCTION", &[tanabe, "country:northkorea|PRK"], None),
                tanabe,
                "JPN",
            ),
            // b again, later in its text: North Korea alone
            m("b", "SANCTION", &["country:northkorea|PRK"], None),
            // b, one more sanction by another state: not a repeat
            m(
                "b",
                "SANCTION",
                &["country:southkorea|KOR", "country:northkorea|PRK"],
                None,
            ),
            // Without `states`, a person acts for himself.
            m(
                "d",
                "SANCTION",
                &[tanabe, "country:northkorea|PRK"],
                Some("2024-10-11"),
            ),
        ];
        let stories = merge(&ms);
        let first = stories.iter().find(|s| s.mentions.contains(&1)).unwrap();
        assert_eq!(first.mentions, vec![0, 1, 2, 3]);
        assert_eq!(first.date.as_deref(), Some("2024-10-11"));
        assert!(!stories
            .iter()
            .any(|s| s.mentions.contains(&4) && s.mentions.len() > 1));
        // The same stories in any order.
        let docs = |ss: &[Story], ms: &[Mention]| -> BTreeSet<Vec<(String, Vec<String>)>> {
            ss.iter()
                .map(|s| {
                    let mut v: Vec<(String, Vec<String>)> = s
                        .mentions
                        .iter()
                        .map(|&k| {
                            (
                                ms[k].doc_id.clone(),
                                ms[k].participants.iter().cloned().collect(),
                            )
                        })
                        .collect();
                    v.sort();
                    v
                })
                .collect()
        };
        for rot in 1..ms.len() {
            let mut other = ms.clone();
            other.rotate_left(rot);
            assert_eq!(docs(&stories, &ms), docs(&merge(&other), &other));
        }
        let mut rev = ms.clone();
        rev.reverse();
        assert_eq!(docs(&stories, &ms), docs(&merge(&rev), &rev));
    }

    #[test]
    fn two_officials_of_one_state_are_not_one() {
        let ms = vec![
            official(
                m(
                    "a",
                    "CONSULT",
                    &["person:hollis|AUS", "country:indonesia|IDN"],
                    None,
                ),
                "person:hollis|AUS",
                "AUS",
            ),
            official(
                m(
                    "b",
                    "CONSULT",
                    &["person:marles|AUS", "country:indonesia|IDN"],
                    None,
                ),
                "person:marles|AUS",
                "AUS",
            ),
            m(
                "c",
                "CONSULT",
                &["country:australia|AUS", "country:indonesia|IDN"],
                None,
            ),
        ];
        let stories = merge(&ms);
        assert_eq!(stories.len(), 2, "{stories:?}");
        assert!(stories.iter().any(|s| s.mentions == vec![1]));
    }

    #[test]
    fn timeline_keys_mark_what_is_unknown() {
        assert_eq!(DateKey::of(Some("2022-09-27")).label(), "");
        assert_eq!(DateKey::of(Some("2022-09-XX")).label(), "day unknown");
        assert_eq!(DateKey::of(Some("XXXX-09-27")).label(), "year unknown");
        assert_eq!(DateKey::of(None).label(), "undated");
        assert!(DateKey::of(Some("2022-09-XX")) < DateKey::of(Some("2022-09-27")));
        assert!(DateKey::of(Some("2023-01-01")) < DateKey::of(Some("XXXX-01-01")));
        assert!(DateKey::of(Some("XXXX-01-01")) < DateKey::of(None));
        assert!(dates_compatible("XXXX-09-27", "2022-09-27"));
        assert!(!dates_compatible("2022-09-27", "2022-09-28"));
    }
}
