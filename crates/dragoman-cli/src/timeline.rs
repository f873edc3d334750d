//! `dragoman timeline`: the stored events as one story per real event, in
//! date order, with their sources.
//!
//! A syndicated copy (a document whose `duplicate_of` is set by the store)
//! repeats its original's sentences: each of its events with the same type
//! and sentence as an event of another member of its group is that event,
//! reported once more, and only adds the copy to the story's sources.

use std::collections::{BTreeSet, HashMap};
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::Args;
use dragoman_merge::{merge, DateKey, Mention};
use dragoman_store::{EventFilter, Store};
use serde_json::json;

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Only stories with a participant whose name contains NAME (any case).
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Only stories with a participant of this country (ISO 3166-1 alpha-3).
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,
    /// Only stories that may have happened on or after DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only stories that may have happened on or before DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// One JSON object per story instead of lines.
    #[arg(long)]
    pub json: bool,
}

/// Merges the mentions (one per row of `kept`), the events of syndicated
/// copies joining the story of the same event in their group. Story
/// mentions index `kept`.
fn merge_with_copies(
    store: &Store,
    kept: &[&dragoman_store::EventRow],
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
        let r = kept[k];
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

pub fn timeline(args: &TimelineArgs, db: &Path) -> Result<ExitCode> {
    if !db.exists() {
        bail!(
            "no database at {} (run `dragoman ingest` first, or pass --db)",
            db.display()
        );
    }
    for d in [&args.since, &args.until].into_iter().flatten() {
        if d.len() != 10 || !dragoman_merge::dates_compatible(d, "XXXX-XX-XX") {
            bail!("{d}: expected a date YYYY-MM-DD");
        }
    }
    let store = Store::open(db)?;
    let rows = store.events(&EventFilter::default())?;
    let (actors, actor_of) = crate::actors::registry_of(&store)?;
    let key = |doc: &str, id: &str| {
        actor_of
            .get(&(doc.to_string(), id.to_string()))
            .map(|&a| actors[a].key.clone())
            .unwrap_or_else(|| format!("{doc}/{id}"))
    };
    let mentions: Vec<Mention> = rows
        .iter()
        .filter(|r| !r.event.negated)
        .map(|r| Mention {
            doc_id: r.doc_id.clone(),
            event_id: r.event.id.clone(),
            event_type: r.event.event_type.clone(),
            participants: r
                .event
                .actors
                .iter()
                .chain(&r.event.recipients)
                .map(|id| key(&r.doc_id, id))
                .collect(),
            date: r.event.date.as_ref().and_then(|d| d.value.clone()),
            place: r.event.location.as_ref().map(|id| key(&r.doc_id, id)),
        })
        .collect();
    let kept: Vec<&dragoman_store::EventRow> = rows.iter().filter(|r| !r.event.negated).collect();
    let stories = merge_with_copies(&store, &kept, mentions)?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut shown = 0;
    for s in &stories {
        // The report with the most precise date speaks for the story.
        let first = s
            .mentions
            .iter()
            .map(|&k| kept[k])
            .max_by_key(|r| {
                let digits = r
                    .event
                    .date
                    .as_ref()
                    .and_then(|d| d.value.as_deref())
                    .map_or(0, |v| v.bytes().filter(u8::is_ascii_digit).count());
                (digits, std::cmp::Reverse(r.doc_id.clone()))
            })
            .unwrap_or(kept[s.mentions[0]]);
        // Participants by their registry names ("Hikmat Hajiyev" for both
        // spellings).
        let names: BTreeSet<String> = s
            .mentions
            .iter()
            .flat_map(|&k| {
                let row = kept[k];
                row.actors
                    .iter()
                    .chain(&row.recipients)
                    .map(move |p| (row, p))
            })
            .map(|(row, p)| {
                actor_of
                    .get(&(row.doc_id.clone(), p.id.clone()))
                    .map_or_else(|| p.name.clone(), |&a| actors[a].name.clone())
            })
            .collect();
        let countries: BTreeSet<String> = s
            .mentions
            .iter()
            .flat_map(|&k| kept[k].actors.iter().chain(&kept[k].recipients))
            .filter_map(|p| p.country.clone())
            .collect();
        if let Some(a) = &args.actor {
            let a = a.to_lowercase();
            if !names.iter().any(|n| n.to_lowercase().contains(&a)) {
                continue;
            }
        }
        if let Some(c) = &args.country {
            if !countries.contains(&c.to_uppercase()) {
                continue;
            }
        }
        let date = s.date.clone();
        let k = DateKey::of(date.as_deref());
        if args.since.is_some() || args.until.is_some() {
            let DateKey::Known { earliest, .. } = &k else {
                continue;
            };
            let latest = date
                .as_deref()
                .map(|d| d.replacen("XX-XX", "12-31", 1).replacen("-XX", "-31", 1))
                .unwrap_or_default();
            if args
                .since
                .as_ref()
                .is_some_and(|x| latest.as_str() < x.as_str())
                || args
                    .until
                    .as_ref()
                    .is_some_and(|x| earliest.as_str() > x.as_str())
            {
                continue;
            }
        }
        shown += 1;
        let sources: BTreeSet<&str> = s
            .mentions
            .iter()
            .map(|&k| kept[k].doc_id.as_str())
            .collect();
        let place = s
            .mentions
            .iter()
            .find_map(|&k| kept[k].location.as_ref())
            .map(|l| l.name.clone());
        if args.json {
            let value = json!({
                "date": date,
                "date_mark": k.label(),
                "type": s.event_type,
                "mode": first.event.mode,
                "participants": names,
                "place": place,
                "sources": sources,
                "sentences": s.mentions.iter().map(|&k| kept[k].sentence.trim().to_string()).collect::<Vec<_>>(),
            });
            serde_json::to_writer(&mut out, &value)?;
            writeln!(out)?;
        } else {
            let mark = k.label();
            let mut ty = s.event_type.clone();
            if let Some(m) = &first.event.mode {
                ty = format!("{ty}/{m}");
            }
            writeln!(
                out,
                "{:<10} {:<13} {:<22} {}{}  [{} source{}]",
                date.as_deref().unwrap_or("----------"),
                if mark.is_empty() {
                    String::new()
                } else {
                    format!("({mark})")
                },
                ty,
                names.iter().cloned().collect::<Vec<_>>().join(", "),
                place.map(|p| format!(" @ {p}")).unwrap_or_default(),
                sources.len(),
                if sources.len() == 1 { "" } else { "s" }
            )?;
            writeln!(out, "    \u{201c}{}\u{201d}", first.sentence.trim())?;
        }
    }
    if !args.json {
        writeln!(out, "{shown} stories from {} event reports", kept.len())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
