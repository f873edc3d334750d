//! `dragoman network`: who interacts with whom, counted once per real
//! event.
//!
//! The stored events are merged into stories ([`crate::stories`]), so a
//! meeting reported by three outlets counts once. Each story contributes
//! its participant pairs, named by the actor registry:
//!
//! - a directed event (with recipients): each actor with each recipient,
//!   `actor -> recipient`;
//! - an event with no distinct recipient (CONSULT or COOPERATE between
//!   equals, fighting): each unordered pair of actors once, `A -- B`, names
//!   in alphabetical order.
//!
//! An [`Edge`] sums, per pair, the stories by PLOVER type and by quad class
//! ([`dragoman_events::quads`]), and the documents that reported them.
//! [`build`] computes the edges; the output is a table, JSON lines or a
//! Graphviz digraph.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::Args;
use dragoman_events::quads::{quad_of, Quad};
use serde_json::json;

use crate::stories::{check_query, within, StoreStories};

#[derive(Debug, Args)]
pub struct NetworkArgs {
    /// One JSON object per pair: source, target, directed, total, sources,
    /// types {TYPE: n}, quads {verbal-cooperation: n, ...}, source_key,
    /// target_key.
    #[arg(long, conflicts_with = "dot")]
    pub json: bool,
    /// A Graphviz digraph: one node per actor (labelled by name), one edge
    /// per pair (labelled with its counts, weight = total; pairs from
    /// events without a recipient have no arrowhead).
    #[arg(long)]
    pub dot: bool,
    /// Only events of this PLOVER type (CONSULT, ASSAULT, ...).
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Option<String>,
    /// Only events that may have happened on or after DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only events that may have happened on or before DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

/// One actor of a pair: registry key and name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Node {
    pub name: String,
    pub key: String,
}

/// The interactions of one pair of actors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub source: Node,
    pub target: Node,
    /// `false` for pairs from events without a distinct recipient.
    pub directed: bool,
    /// Stories by PLOVER type.
    pub types: BTreeMap<String, usize>,
    /// Stories by quad class, in [`Quad::ALL`] order.
    pub quads: [usize; 4],
    /// Stories in all.
    pub total: usize,
    /// The documents that reported them.
    pub docs: BTreeSet<String>,
}

/// The pairs of a store's stories, filtered by type and date, sorted by
/// total (descending), then names; and the number of stories that passed
/// the filters.
pub fn build(
    loaded: &StoreStories,
    event_type: Option<&str>,
    since: Option<&str>,
    until: Option<&str>,
) -> (Vec<Edge>, usize) {
    let mut edges: BTreeMap<(Node, Node, bool), Edge> = BTreeMap::new();
    let mut stories = 0;
    for story in &loaded.stories {
        if event_type.is_some_and(|t| !story.event_type.eq_ignore_ascii_case(t))
            || !within(story.date.as_deref(), since, until)
        {
            continue;
        }
        stories += 1;
        // Each pair once per story, with the documents that report it.
        let mut pairs: BTreeMap<(Node, Node, bool), BTreeSet<String>> = BTreeMap::new();
        for r in loaded.reports_of(story) {
            let nodes = |ps: &[dragoman_store::Participant]| -> BTreeSet<Node> {
                ps.iter()
                    .map(|p| Node {
                        name: loaded.name(&r.doc_id, p),
                        key: loaded.key(&r.doc_id, &p.id),
                    })
                    .collect()
            };
            let actors = nodes(&r.actors);
            let recipients = nodes(&r.recipients);
            let mut add = |a: &Node, b: &Node, directed: bool| {
                if a.key != b.key {
                    pairs
                        .entry((a.clone(), b.clone(), directed))
                        .or_default()
                        .insert(r.doc_id.clone());
                }
            };
            if recipients.is_empty() {
                let list: Vec<&Node> = actors.iter().collect();
                for (i, a) in list.iter().enumerate() {
                    for b in &list[i + 1..] {
                        add(a, b, false);
                    }
                }
            } else {
                for a in &actors {
                    for b in &recipients {
                        add(a, b, true);
                    }
                }
            }
        }
        let quad = quad_of(&story.event_type);
        for ((a, b, directed), docs) in pairs {
            let edge = edges
                .entry((a.clone(), b.clone(), directed))
                .or_insert_with(|| Edge {
                    source: a,
                    target: b,
                    directed,
                    types: BTreeMap::new(),
                    quads: [0; 4],
                    total: 0,
                    docs: BTreeSet::new(),
                });
            edge.total += 1;
            *edge.types.entry(story.event_type.clone()).or_default() += 1;
            if let Some(q) = quad.and_then(|q| Quad::ALL.iter().position(|&x| x == q)) {
                edge.quads[q] += 1;
            }
            edge.docs.extend(docs);
        }
    }
    let mut out: Vec<Edge> = edges.into_values().collect();
    out.sort_by(|x, y| {
        y.total
            .cmp(&x.total)
            .then_with(|| x.source.cmp(&y.source))
            .then_with(|| x.target.cmp(&y.target))
            .then_with(|| y.directed.cmp(&x.directed))
    });
    (out, stories)
}

/// `CONSULT 2, ACCUSE 1`: types by count, then name.
fn types_text(e: &Edge) -> String {
    let mut types: Vec<(&String, &usize)> = e.types.iter().collect();
    types.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    types
        .iter()
        .map(|(t, n)| format!("{t} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A Graphviz double-quoted string: quotes and backslashes escaped, line
/// breaks as `\n`.
pub fn dot_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn write_dot(out: &mut impl Write, edges: &[Edge]) -> io::Result<()> {
    let nodes: BTreeSet<&Node> = edges.iter().flat_map(|e| [&e.source, &e.target]).collect();
    let id: BTreeMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.key.as_str(), i))
        .collect();
    writeln!(out, "digraph dragoman {{")?;
    writeln!(out, "  node [shape=box];")?;
    for (i, n) in nodes.iter().enumerate() {
        writeln!(out, "  n{i} [label={}];", dot_string(&n.name))?;
    }
    for e in edges {
        let (Some(a), Some(b)) = (id.get(e.source.key.as_str()), id.get(e.target.key.as_str()))
        else {
            continue;
        };
        writeln!(
            out,
            "  n{a} -> n{b} [label={}, weight={}, penwidth={}{}];",
            dot_string(&format!("{} ({})", e.total, types_text(e))),
            e.total,
            1 + e.total.min(8),
            if e.directed { "" } else { ", dir=none" }
        )?;
    }
    writeln!(out, "}}")
}

fn write_table(out: &mut impl Write, edges: &[Edge], stories: usize) -> io::Result<()> {
    let w1 = edges
        .iter()
        .map(|e| e.source.name.chars().count())
        .chain([6])
        .max()
        .unwrap_or(6);
    let w2 = edges
        .iter()
        .map(|e| e.target.name.chars().count())
        .chain([6])
        .max()
        .unwrap_or(6);
    writeln!(
        out,
        "{:<w1$}    {:<w2$} {:>5} {:>6} {:>6} {:>6} {:>6} {:>7}  types",
        "source", "target", "total", "v-coop", "m-coop", "v-conf", "m-conf", "sources"
    )?;
    for e in edges {
        writeln!(
            out,
            "{:<w1$} {} {:<w2$} {:>5} {:>6} {:>6} {:>6} {:>6} {:>7}  {}",
            e.source.name,
            if e.directed { "->" } else { "--" },
            e.target.name,
            e.total,
            e.quads[0],
            e.quads[1],
            e.quads[2],
            e.quads[3],
            e.docs.len(),
            types_text(e)
        )?;
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    writeln!(
        out,
        "{} pair{} from {stories} stor{}",
        edges.len(),
        plural(edges.len()),
        if stories == 1 { "y" } else { "ies" }
    )
}

pub fn network(args: &NetworkArgs, db: &Path) -> Result<ExitCode> {
    check_query(db, args.since.as_deref(), args.until.as_deref())?;
    if let Some(t) = &args.event_type {
        let known = dragoman_events::lexicon::TYPES;
        if !known.iter().any(|k| k.eq_ignore_ascii_case(t)) {
            bail!(
                "--type {t}: not a PLOVER type (one of {})",
                known.join(", ")
            );
        }
    }
    let loaded = StoreStories::load(&dragoman_store::Store::open(db)?)?;
    let (edges, stories) = build(
        &loaded,
        args.event_type.as_deref(),
        args.since.as_deref(),
        args.until.as_deref(),
    );
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        for e in &edges {
            let quads: serde_json::Map<String, serde_json::Value> = Quad::ALL
                .iter()
                .zip(e.quads)
                .map(|(q, n)| (q.name().to_string(), n.into()))
                .collect();
            let value = json!({
                "source": e.source.name,
                "target": e.target.name,
                "directed": e.directed,
                "total": e.total,
                "sources": e.docs.len(),
                "types": e.types,
                "quads": quads,
                "source_key": e.source.key,
                "target_key": e.target.key,
            });
            serde_json::to_writer(&mut out, &value)?;
            writeln!(out)?;
        }
    } else if args.dot {
        write_dot(&mut out, &edges)?;
    } else {
        write_table(&mut out, &edges, stories)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(a: &str, b: &str, directed: bool) -> Edge {
        Edge {
            source: Node {
                name: a.into(),
                key: format!("k:{a}"),
            },
            target: Node {
                name: b.into(),
                key: format!("k:{b}"),
            },
            directed,
            types: [("CONSULT".to_string(), 2), ("ACCUSE".to_string(), 1)].into(),
            quads: [2, 0, 1, 0],
            total: 3,
            docs: ["d1".to_string()].into(),
        }
    }

    #[test]
    fn dot_strings_are_escaped() {
        assert_eq!(dot_string("plain"), "\"plain\"");
        assert_eq!(dot_string("say \"no\""), "\"say \\\"no\\\"\"");
        assert_eq!(dot_string("a\\b\nc"), "\"a\\\\b\\nc\"");
    }

    #[test]
    fn dot_has_nodes_and_weighted_edges() {
        let mut out = Vec::new();
        write_dot(&mut out, &[edge("The \"Group\"", "Baku", false)]).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("digraph dragoman {"), "{text}");
        assert!(text.contains("[label=\"The \\\"Group\\\"\"]"), "{text}");
        assert!(
            text.contains("n1 -> n0 [label=\"3 (CONSULT 2, ACCUSE 1)\", weight=3"),
            "{text}"
        );
        assert!(text.contains("dir=none"), "{text}");
        assert!(text.trim_end().ends_with('}'));
    }

    #[test]
    fn the_table_lists_types_by_count() {
        let mut out = Vec::new();
        write_table(
            &mut out,
            &[edge("Ilham Aliyev", "Nikol Pashinyan", true)],
            3,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let line = text.lines().nth(1).unwrap();
        assert!(
            line.starts_with("Ilham Aliyev -> Nikol Pashinyan"),
            "{line}"
        );
        assert!(line.ends_with("CONSULT 2, ACCUSE 1"), "{line}");
        assert!(text.ends_with("1 pair from 3 stories\n"), "{text}");
    }
}
