//! The cross-document actor registry: one actor for every way documents
//! name it.
//!
//! People are the same actor when their surnames agree (or differ by one
//! letter in a long name: a typo or a transliteration, "Hajiyev" /
//! "Hajiev"), their first names are compatible (one missing, or the same
//! initial within two edits: "Hikmat" / "Hikmet"), and their countries do
//! not conflict. Countries are one actor per ISO code; organizations and
//! groups one per name (and country).
//!
//! The registry is deterministic: the same entities in any order give the
//! same actors, keys and counts (entities are sorted before clustering).

use std::collections::{BTreeMap, BTreeSet};

use dragoman_core::{DocEntity, EntityKind};

/// One entity as a document gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sighting<'a> {
    pub doc_id: &'a str,
    /// The document's publication date, if known.
    pub published: Option<&'a str>,
    pub entity: &'a DocEntity,
    /// The words of each mention in the document's text.
    pub mention_texts: Vec<String>,
}

/// A role an actor was seen with, and the first date it was seen with it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct RoleSeen {
    pub role: String,
    pub first_seen: Option<String>,
}

/// One actor across documents.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Actor {
    /// Stable key: kind, normalized canonical name and country.
    pub key: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Every name and mention text seen, sorted.
    pub variants: Vec<String>,
    pub roles: Vec<RoleSeen>,
    pub mentions: usize,
    pub documents: usize,
}

fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Country => "country",
        EntityKind::Location => "location",
        EntityKind::Group => "group",
    }
}

/// Lower case letters only, accents folded for the common Latin ones.
pub fn fold(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let c = match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
                'é' | 'è' | 'ê' | 'ë' | 'ə' | 'ē' => 'e',
                'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ç' | 'č' => 'c',
                'ş' | 'š' => 's',
                'ğ' => 'g',
                'ž' => 'z',
                'ñ' => 'n',
                other => other,
            };
            c.is_alphanumeric()
                .then(|| c.to_lowercase().next().unwrap_or(c))
        })
        .collect()
}

/// Levenshtein distance, stopping early above `max`.
fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut best = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            best = best.min(cur[j]);
        }
        if best > max {
            return max + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// (first names, surname) of a person's name, folded.
fn split_name(name: &str) -> (Vec<String>, String) {
    let words: Vec<String> = name
        .split_whitespace()
        .filter(|w| !matches!(w.trim_end_matches('.'), "Mr" | "Ms" | "Mrs" | "Dr"))
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    match words.split_last() {
        Some((last, rest)) => (rest.to_vec(), last.clone()),
        None => (Vec::new(), String::new()),
    }
}

/// Whether two person names can be the same person.
fn same_person(a: &str, b: &str) -> bool {
    let (fa, sa) = split_name(a);
    let (fb, sb) = split_name(b);
    if sa.is_empty() || sb.is_empty() {
        return false;
    }
    let surname_ok = sa == sb
        || (sa.chars().count() >= 6
            && sa.chars().next() == sb.chars().next()
            && distance(&sa, &sb, 2) <= 2);
    if !surname_ok {
        return false;
    }
    // The given name is the word before the surname ("his Azerbaijani
    // counterpart Jeyhun Bayramov" is Jeyhun).
    match (fa.last(), fb.last()) {
        (Some(x), Some(y)) => {
            x == y
                || (x.chars().next() == y.chars().next()
                    && (x.chars().count() == 1 || y.chars().count() == 1 || distance(x, y, 2) <= 2))
        }
        _ => true,
    }
}

struct Cluster<'a> {
    members: Vec<&'a Sighting<'a>>,
    /// The members' indices in the input.
    indices: Vec<usize>,
}

impl Cluster<'_> {
    fn country(&self) -> Option<String> {
        most_common(self.members.iter().filter_map(|s| s.entity.country.clone()))
    }
}

/// The most frequent value, ties to the smallest.
fn most_common(values: impl Iterator<Item = String>) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, c)| *c == best).map(|(v, _)| v)
}

/// Clusters sightings into actors.
pub fn build(sightings: &[Sighting<'_>]) -> Vec<Actor> {
    build_with_assignment(sightings).0
}

/// Clusters sightings into actors, and gives the actor (an index into the
/// actors) of each sighting.
pub fn build_with_assignment(sightings: &[Sighting<'_>]) -> (Vec<Actor>, Vec<usize>) {
    // Deterministic order: full names first (longer, more informative),
    // then by name, document and id.
    let mut order: Vec<(usize, &Sighting<'_>)> = sightings.iter().enumerate().collect();
    order.sort_by(|(_, a), (_, b)| {
        let wa = a.entity.name.split_whitespace().count();
        let wb = b.entity.name.split_whitespace().count();
        wb.cmp(&wa)
            .then_with(|| a.entity.name.cmp(&b.entity.name))
            .then_with(|| a.doc_id.cmp(b.doc_id))
            .then_with(|| a.entity.id.cmp(&b.entity.id))
    });
    let mut clusters: Vec<Cluster<'_>> = Vec::new();
    let mut member_of = vec![0usize; sightings.len()];
    for (index, s) in order {
        let e = s.entity;
        let found = clusters.iter_mut().find(|c| {
            let head = c.members[0].entity;
            if head.kind != e.kind {
                return false;
            }
            match e.kind {
                EntityKind::Person => {
                    let countries_ok = match (c.country(), &e.country) {
                        (Some(x), Some(y)) => &x == y,
                        _ => true,
                    };
                    countries_ok
                        && c.members
                            .iter()
                            .any(|m| same_person(&m.entity.name, &e.name))
                }
                EntityKind::Country => head.country.is_some() && head.country == e.country,
                _ => fold(&head.name) == fold(&e.name) && head.country == e.country,
            }
        });
        match found {
            Some(c) => {
                c.members.push(s);
                c.indices.push(index);
            }
            None => clusters.push(Cluster {
                members: vec![s],
                indices: vec![index],
            }),
        }
    }
    let actors: Vec<Actor> = clusters
        .iter()
        .map(|c| {
            let head = c.members[0].entity;
            let name = most_common(
                c.members
                    .iter()
                    .filter(|m| {
                        m.entity.name.split_whitespace().count()
                            == head.name.split_whitespace().count()
                    })
                    .map(|m| m.entity.name.clone()),
            )
            .unwrap_or_else(|| head.name.clone());
            let country = c.country();
            let sector = most_common(c.members.iter().filter_map(|m| m.entity.sector.clone()));
            let mut variants = BTreeSet::new();
            let mut docs = BTreeSet::new();
            let mut roles: BTreeMap<String, Option<String>> = BTreeMap::new();
            let mut mentions = 0;
            for m in &c.members {
                variants.insert(m.entity.name.clone());
                variants.extend(m.mention_texts.iter().cloned());
                docs.insert(m.doc_id);
                mentions += m.entity.mentions.len();
                if let Some(r) = &m.entity.role {
                    let first = roles.entry(r.clone()).or_insert(None);
                    if let Some(p) = m.published {
                        if first.as_deref().is_none_or(|f| p < f) {
                            *first = Some(p.to_string());
                        }
                    }
                }
            }
            let key = format!(
                "{}:{}|{}",
                kind_name(head.kind),
                match head.kind {
                    EntityKind::Person => split_name(&name).1,
                    _ => fold(&name),
                },
                country.as_deref().unwrap_or("-")
            );
            Actor {
                key,
                name,
                kind: kind_name(head.kind).to_string(),
                country,
                sector,
                variants: variants.into_iter().collect(),
                roles: roles
                    .into_iter()
                    .map(|(role, first_seen)| RoleSeen { role, first_seen })
                    .collect(),
                mentions,
                documents: docs.len(),
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..actors.len()).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&actors[x], &actors[y]);
        b.documents
            .cmp(&a.documents)
            .then(b.mentions.cmp(&a.mentions))
            .then_with(|| a.key.cmp(&b.key))
    });
    let mut rank = vec![0usize; actors.len()];
    for (r, &c) in order.iter().enumerate() {
        rank[c] = r;
    }
    for (c, cluster) in clusters.iter().enumerate() {
        for &i in &cluster.indices {
            member_of[i] = rank[c];
        }
    }
    let sorted: Vec<Actor> = order.iter().map(|&c| actors[c].clone()).collect();
    (sorted, member_of)
}

/// The country a person's cluster gives, for each sighting whose entity
/// is a person without one (same order as `sightings`).
pub fn countries_for_people(sightings: &[Sighting<'_>]) -> Vec<Option<String>> {
    let actors = build(sightings);
    sightings
        .iter()
        .map(|s| {
            if s.entity.kind != EntityKind::Person || s.entity.country.is_some() {
                return None;
            }
            actors
                .iter()
                .filter(|a| a.kind == "person" && a.country.is_some())
                .find(|a| a.variants.contains(&s.entity.name))
                .and_then(|a| a.country.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_core::Span;

    fn person(id: &str, name: &str, country: Option<&str>, role: Option<&str>) -> DocEntity {
        DocEntity {
            id: id.into(),
            name: name.into(),
            kind: EntityKind::Person,
            country: country.map(str::to_string),
            sector: Some("GOV".into()),
            role: role.map(str::to_string),
            mentions: vec![Span::new(0, 1), Span::new(2, 3)],
        }
    }

    #[test]
    fn spelling_variants_and_typos_are_one_actor() {
        let a = person(
            "E1",
            "Hikmat Hajiyev",
            Some("AZE"),
            Some("Foreign Policy Adviser"),
        );
        let b = person(
            "E5",
            "Hikmet Hajiyev",
            Some("AZE"),
            Some("Assistant to the President"),
        );
        let c = person("E2", "Jake Sullivan", None, None);
        let d = person(
            "E3",
            "Jake Sullivan",
            Some("USA"),
            Some("National Security Adviser"),
        );
        let other = person("E9", "Ilham Aliyev", Some("AZE"), Some("President"));
        let s = vec![
            Sighting {
                doc_id: "a",
                published: None,
                entity: &a,
                mention_texts: vec!["Hajiyev".into()],
            },
            Sighting {
                doc_id: "a",
                published: None,
                entity: &c,
                mention_texts: vec!["Sulliuvan".into()],
            },
            Sighting {
                doc_id: "b",
                published: Some("2022-09-28"),
                entity: &b,
                mention_texts: vec![],
            },
            Sighting {
                doc_id: "b",
                published: Some("2022-09-28"),
                entity: &d,
                mention_texts: vec![],
            },
            Sighting {
                doc_id: "c",
                published: None,
                entity: &other,
                mention_texts: vec![],
            },
        ];
        let actors = build(&s);
        assert_eq!(actors.len(), 3);
        let haj = actors
            .iter()
            .find(|x| x.key.starts_with("person:hajiyev"))
            .unwrap();
        assert!(haj.variants.contains(&"Hikmat Hajiyev".to_string()));
        assert!(haj.variants.contains(&"Hikmet Hajiyev".to_string()));
        assert_eq!(haj.documents, 2);
        assert_eq!(haj.roles.len(), 2);
        let sul = actors
            .iter()
            .find(|x| x.key.starts_with("person:sullivan"))
            .unwrap();
        assert_eq!(sul.country.as_deref(), Some("USA"));
        assert!(sul.variants.contains(&"Sulliuvan".to_string()));
        // the undated Sullivan gets the country the other document gives
        let filled = countries_for_people(&s);
        assert_eq!(filled[1].as_deref(), Some("USA"));
        assert_eq!(filled[0], None);
        let (_, assigned) = build_with_assignment(&s);
        assert_eq!(assigned[0], assigned[2], "both Hajiyevs");
        assert_eq!(assigned[1], assigned[3], "both Sullivans");
        assert_ne!(assigned[0], assigned[1]);
        // any order, same result
        let mut rev = s.clone();
        rev.reverse();
        assert_eq!(build(&rev), actors);
    }

    #[test]
    fn different_people_stay_apart() {
        assert!(!same_person("Ilham Aliyev", "Heydar Aliyev"));
        assert!(same_person("Hikmat Hajiyev", "Hikmet Hajiev"));
        assert!(same_person("Mr. Sullivan", "Jake Sullivan"));
        assert!(!same_person("John Smith", "Jane Smyth"));
        assert!(same_person(
            "Azerbaijani counterpart Jeyhun Bayramov",
            "Jeyhun Bayramov"
        ));
        let a = person("E1", "Ali Khan", Some("PAK"), None);
        let b = person("E2", "Ali Khan", Some("AFG"), None);
        let s = vec![
            Sighting {
                doc_id: "a",
                published: None,
                entity: &a,
                mention_texts: vec![],
            },
            Sighting {
                doc_id: "b",
                published: None,
                entity: &b,
                mention_texts: vec![],
            },
        ];
        assert_eq!(build(&s).len(), 2, "countries conflict");
    }
}
