//! The stored events as stories: one per real event across documents.
//!
//! [`StoreStories::load`] reads the store's event reports (negated ones are
//! left out), builds the actor registry, turns each report into a
//! [`dragoman_merge::Mention`] keyed by registry actors (so "Hikmat" and
//! "Hikmet Hajiyev" are one participant; an official, ministry or force
//! of a country acts for its state, [`StoreStories::state_of`]) and merges
//! them. `dragoman
//! timeline` lists the stories; `dragoman network` counts interactions
//! once per story, not once per outlet. A syndicated copy (a document
//! whose `duplicate_of` the store set) repeats its original's sentences:
//! each of its events with the same type and sentence as an event of
//! another member of its group is that event reported once more, and only
//! adds the copy to the story's sources. [`check_query`], [`check_day`]
//! and [`within`] are the shared `--since`/`--until` checks.

use std::collections::HashMap;

use anyhow::{bail, Result};
use dragoman_actors::registry::Actor;
use dragoman_merge::{merge, DateKey, Mention, Story};
use dragoman_store::{EventFilter, EventRow, Participant, Store};

use crate::actors::{registry_of, ActorOf};

/// The stories of a store, with the reports and actors they point to.
pub struct StoreStories {
    /// The event reports, negated ones left out; [`Story::mentions`]
    /// index into this.
    pub reports: Vec<EventRow>,
    /// The registry's actors.
    pub actors: Vec<Actor>,
    /// The registry actor of each (document id, entity id).
    pub actor_of: ActorOf,
    /// One per real event, as [`merge`] orders them.
    pub stories: Vec<Story>,
}

impl StoreStories {
    /// Every stored event report, merged into stories.
    pub fn load(store: &Store) -> Result<StoreStories> {
        let reports: Vec<EventRow> = store
            .events(&EventFilter::default())?
            .into_iter()
            .filter(|r| !r.event.negated)
            .collect();
        let (actors, actor_of) = registry_of(store)?;
        let mut loaded = StoreStories {
            reports,
            actors,
            actor_of,
            stories: Vec::new(),
        };
        let mentions: Vec<Mention> = loaded
            .reports
            .iter()
            .map(|r| Mention {
                doc_id: r.doc_id.clone(),
                event_id: r.event.id.clone(),
                event_type: r.event.event_type.clone(),
                participants: r
                    .event
                    .actors
                    .iter()
                    .chain(&r.event.recipients)
                    .map(|id| loaded.key(&r.doc_id, id))
                    .collect(),
                date: r.event.date.as_ref().and_then(|d| d.value.clone()),
                place: r
                    .event
                    .location
                    .as_ref()
                    .map(|id| loaded.key(&r.doc_id, id)),
                states: r
                    .event
                    .actors
                    .iter()
                    .chain(&r.event.recipients)
                    .filter_map(|id| loaded.state_of(&r.doc_id, id))
                    .collect(),
            })
            .collect();
        loaded.stories = merge_with_copies(store, &loaded.reports, mentions)?;
        Ok(loaded)
    }

    /// The registry key of an entity of a document; an entity the registry
    /// does not know keeps a key of its own (`doc/E3`).
    pub fn key(&self, doc_id: &str, entity_id: &str) -> String {
        self.actor_of
            .get(&(doc_id.to_string(), entity_id.to_string()))
            .and_then(|&a| self.actors.get(a))
            .map_or_else(|| format!("{doc_id}/{entity_id}"), |a| a.key.clone())
    }

    /// The registry key and country of an entity that acts for its
    /// state: a person or body of a country's government, armed forces,
    /// police or diplomatic service (sectors `GOV`, `MIL`, `COP`, `DIP`).
    pub fn state_of(&self, doc_id: &str, entity_id: &str) -> Option<(String, String)> {
        let a = self
            .actor_of
            .get(&(doc_id.to_string(), entity_id.to_string()))
            .and_then(|&a| self.actors.get(a))?;
        let state = matches!(a.sector.as_deref(), Some("GOV" | "MIL" | "COP" | "DIP"));
        let cc = a.country.as_deref().filter(|c| c.len() == 3)?;
        (state && matches!(a.kind.as_str(), "person" | "organization" | "group"))
            .then(|| (a.key.clone(), cc.to_string()))
    }

    /// The registry name of a report's participant (one name for every
    /// spelling), or the name the document gives it.
    pub fn name(&self, doc_id: &str, p: &Participant) -> String {
        self.actor_of
            .get(&(doc_id.to_string(), p.id.clone()))
            .and_then(|&a| self.actors.get(a))
            .map_or_else(|| p.name.clone(), |a| a.name.clone())
    }

    /// The reports of one story, in input order.
    pub fn reports_of<'a>(&'a self, story: &'a Story) -> impl Iterator<Item = &'a EventRow> + 'a {
        story.mentions.iter().filter_map(|&k| self.reports.get(k))
    }
}

/// Merges the mentions (one per row of `kept`), the events of syndicated
/// copies joining the story of the same event in their group. Story
/// mentions index `kept`.
fn merge_with_copies(
    store: &Store,
    kept: &[EventRow],
    mentions: Vec<Mention>,
) -> Result<Vec<dragoman_merge::Story>> {
    let root: HashMap<String, String> = store
        .docs()?
        .into_iter()
        .filter_map(|d| d.duplicate_of.map(|g| (d.id, g)))
        .collect();
    // The first report (by document id) of each (group, type, sentence,
    // occurrence in its document) speaks for the copies.
    let mut order: Vec<usize> = (0..kept.len()).collect();
    order.sort_by(|&a, &b| kept[a].doc_id.cmp(&kept[b].doc_id).then(a.cmp(&b)));
    let mut first: HashMap<(&str, &str, &str, usize), usize> = HashMap::new();
    let mut seen_in_doc: HashMap<(&str, &str, &str), usize> = HashMap::new();
    let mut alias: Vec<Option<usize>> = vec![None; kept.len()];
    for &k in &order {
        let r = &kept[k];
        let group = root.get(&r.doc_id).unwrap_or(&r.doc_id).as_str();
        let sentence = r.sentence.trim();
        let n = seen_in_doc
            .entry((r.doc_id.as_str(), r.event.event_type.as_str(), sentence))
            .or_insert(0);
        *n += 1;
        let key = (group, r.event.event_type.as_str(), sentence, *n);
        match first.get(&key) {
            Some(&p) if kept[p].doc_id != r.doc_id => alias[k] = Some(p),
            Some(_) => {}
            None => {
                first.insert(key, k);
            }
        }
    }
    let primary: Vec<usize> = (0..kept.len()).filter(|&k| alias[k].is_none()).collect();
    let mut copies: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, a) in alias.iter().enumerate() {
        if let Some(p) = a {
            copies.entry(*p).or_default().push(k);
        }
    }
    let mut slots: Vec<Option<Mention>> = mentions.into_iter().map(Some).collect();
    let primaries: Vec<Mention> = primary
        .iter()
        .filter_map(|&k| slots.get_mut(k).and_then(Option::take))
        .collect();
    let mut stories = merge(&primaries);
    for s in &mut stories {
        let mut all: Vec<usize> = Vec::new();
        for &i in &s.mentions {
            let k = primary[i];
            all.push(k);
            all.extend(copies.get(&k).into_iter().flatten().copied());
        }
        all.sort_unstable();
        s.docs = all.iter().map(|&k| kept[k].doc_id.clone()).collect();
        s.mentions = all;
    }
    Ok(stories)
}

/// The checks of a query over the stored stories: the database exists and
/// `--since`/`--until` are full days.
pub fn check_query(db: &std::path::Path, since: Option<&str>, until: Option<&str>) -> Result<()> {
    if !db.exists() {
        bail!(
            "no database at {} (run `dragoman ingest` first, or pass --db)",
            db.display()
        );
    }
    for d in [since, until].into_iter().flatten() {
        check_day(d)?;
    }
    Ok(())
}

/// A `--since`/`--until` value must be a full day.
pub fn check_day(d: &str) -> Result<()> {
    if d.len() != 10 || !dragoman_merge::dates_compatible(d, "XXXX-XX-XX") {
        bail!("{d}: expected a date YYYY-MM-DD");
    }
    Ok(())
}

/// Whether a story dated `date` may have happened between `since` and
/// `until` (inclusive days). With either bound, a story without a known
/// year is out.
pub fn within(date: Option<&str>, since: Option<&str>, until: Option<&str>) -> bool {
    if since.is_none() && until.is_none() {
        return true;
    }
    let DateKey::Known { earliest, .. } = DateKey::of(date) else {
        return false;
    };
    let latest = date
        .map(|d| d.replacen("XX-XX", "12-31", 1).replacen("-XX", "-31", 1))
        .unwrap_or_default();
    !(since.is_some_and(|x| latest.as_str() < x) || until.is_some_and(|x| earliest.as_str() > x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_are_within_a_range_they_overlap() {
        assert!(within(Some("2023-09-12"), Some("2023-09-12"), None));
        assert!(!within(Some("2023-09-12"), Some("2023-09-13"), None));
        assert!(within(Some("2023-09-XX"), Some("2023-09-30"), None));
        assert!(within(Some("2023-XX-XX"), None, Some("2023-01-01")));
        assert!(!within(Some("2024-XX-XX"), None, Some("2023-12-31")));
        assert!(!within(Some("XXXX-09-12"), Some("2000-01-01"), None));
        assert!(!within(None, None, Some("2030-01-01")));
        assert!(within(None, None, None));
    }

    #[test]
    fn days_are_checked() {
        assert!(check_day("2023-09-12").is_ok());
        assert!(check_day("2023").is_err());
        assert!(check_day("2023-9-12x").is_err());
    }
}
