//! The stored events as stories: one per real event across documents.
//!
//! [`StoreStories::load`] reads the store's event reports (negated ones are
//! left out), builds the actor registry, turns each report into a
//! [`dragoman_merge::Mention`] keyed by registry actors (so "Hikmat" and
//! "Hikmet Hajiyev" are one participant) and merges them. `dragoman
//! timeline` lists the stories; `dragoman network` counts interactions
//! once per story, not once per outlet. [`check_day`] and [`within`] are
//! the shared `--since`/`--until` checks.

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
            })
            .collect();
        loaded.stories = merge(&mentions);
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
