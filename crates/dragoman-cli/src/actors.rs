//! `dragoman actors`: the cross-document actor registry over the store.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::Args;
use std::collections::HashMap;

use dragoman_actors::registry::{self, Actor, Sighting};
use dragoman_core::{DocEntity, Span};
use dragoman_store::Store;

#[derive(Debug, Args)]
pub struct ActorsArgs {
    /// One JSON object per actor instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Only actors of this kind (person, organization, country, location,
    /// group).
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
}

/// The actor registry of the store, and the actor (index) of each stored
/// entity by (document id, entity id).
/// The registry's actor (an index) of each stored entity, by (document id,
/// entity id).
pub type ActorOf = HashMap<(String, String), usize>;

pub fn registry_of(store: &Store) -> Result<(Vec<Actor>, ActorOf)> {
    let docs = store.entities_by_doc()?;
    // The registry works on the document model; mention offsets do not
    // matter to it, only their number and words.
    let entities: Vec<(usize, DocEntity, Vec<String>)> = docs
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.entities.iter().map(move |e| {
                (
                    d,
                    DocEntity {
                        id: e.id.clone(),
                        name: e.name.clone(),
                        kind: e.kind,
                        country: e.country.clone(),
                        sector: e.sector.clone(),
                        role: e.role.clone(),
                        mentions: e
                            .mentions
                            .iter()
                            .map(|m| Span::new(m.start, m.end))
                            .collect(),
                    },
                    e.mentions.iter().map(|m| m.text.clone()).collect(),
                )
            })
        })
        .collect();
    let sightings: Vec<Sighting<'_>> = entities
        .iter()
        .map(|(d, e, texts)| Sighting {
            doc_id: &docs[*d].doc_id,
            published: docs[*d].published.as_deref(),
            entity: e,
            mention_texts: texts.clone(),
        })
        .collect();
    let (actors, assigned) = registry::build_with_assignment(&sightings);
    let map = sightings
        .iter()
        .zip(assigned)
        .map(|(s, a)| ((s.doc_id.to_string(), s.entity.id.clone()), a))
        .collect();
    Ok((actors, map))
}

pub fn actors(args: &ActorsArgs, db: &Path) -> Result<ExitCode> {
    if !db.exists() {
        bail!(
            "no database at {} (run `dragoman ingest` first, or pass --db)",
            db.display()
        );
    }
    let (mut actors, _) = registry_of(&Store::open(db)?)?;
    if let Some(kind) = &args.kind {
        actors.retain(|a| a.kind.eq_ignore_ascii_case(kind));
    }
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        for a in &actors {
            serde_json::to_writer(&mut out, a)?;
            writeln!(out)?;
        }
    } else {
        for a in &actors {
            let roles: Vec<&str> = a.roles.iter().map(|r| r.role.as_str()).collect();
            writeln!(
                out,
                "{:<32} {:<12} {:<4} {:>3} docs {:>4} mentions  {}{}",
                a.name,
                a.kind,
                a.country.as_deref().unwrap_or("-"),
                a.documents,
                a.mentions,
                a.variants.join(" / "),
                if roles.is_empty() {
                    String::new()
                } else {
                    format!("  [{}]", roles.join("; "))
                }
            )?;
        }
        writeln!(out, "{} actors", actors.len())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
