//! SQLite persistence for document records.
//!
//! A [`Store`] is one SQLite file (WAL mode) holding every ingested
//! document's JSON [`Record`] plus query tables for its entities, events
//! and quotes. [`Store::put`] writes one document in one transaction and
//! reports a [`PutOutcome`]: identical content (same content hash) is a
//! no-op, a changed document under a known id replaces the old one.
//! [`Store::put_batch`] writes many in one transaction (what `ingest`
//! does), with the work that needs no database done beforehand by
//! [`Prepared::new`] on any thread.
//!
//! The schema is versioned by `PRAGMA user_version` and migrated forward
//! on open by the SQL files in `migrations/`, in order; a database written
//! by a newer dragoman is refused rather than damaged.
//!
//! Each stored body also gets a MinHash signature (`dragoman_merge::dedup`)
//! in an LSH-banded table, so that [`Store::put`] finds the stored
//! documents it nearly duplicates (syndicated copies under other chrome)
//! without comparing it with every one. Near-duplicates form groups
//! (linked by any pair above the threshold); each member's
//! [`DocSummary::duplicate_of`] is the smallest id of its group, whatever
//! the order the documents came in. A duplicate is still stored in full:
//! nothing is dropped. An updated document is matched again; the others
//! keep their group. New bands go to a small table first and move to the
//! large one in key order a few thousand documents at a time, so that the
//! cost of storing a document does not grow with the store
//! (`migrations/0003_band_index.sql`, `examples/bulk.rs`).
//!
//! ```
//! use dragoman_core::Doc;
//! use dragoman_store::{PutOutcome, Store};
//!
//! let mut store = Store::open_in_memory()?;
//! let doc = Doc::new("d1", "d1.txt", "The ministers met.".to_string());
//! assert_eq!(store.put(&doc.to_record(), "hash-1")?, PutOutcome::New);
//! assert_eq!(store.put(&doc.to_record(), "hash-1")?, PutOutcome::Unchanged);
//! assert_eq!(store.docs()?.len(), 1);
//! # Ok::<(), dragoman_store::StoreError>(())
//! ```

#![forbid(unsafe_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use dragoman_core::Record;
use dragoman_merge::dedup::Signature;
use rusqlite::{params, Connection, OptionalExtension};

/// The migrations, in order; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_documents.sql"),
    include_str!("../migrations/0002_signatures.sql"),
    include_str!("../migrations/0003_band_index.sql"),
    include_str!("../migrations/0004_resign.sql"),
];

/// The schema version from which stored signatures are of the current
/// hash family: documents of older databases are signed (again) when they
/// are migrated.
const SIGNATURES_VERSION: i64 = 4;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the database {path} has schema version {found}, newer than this dragoman knows ({known}); upgrade dragoman")]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("stored signature of {id} is damaged: {source}")]
    BadSignature {
        id: String,
        source: dragoman_merge::dedup::DedupError,
    },
    #[error("stored record {id} is not valid JSON: {source}")]
    Corrupt {
        id: String,
        source: serde_json::Error,
    },
}

/// What [`Store::put`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    New,
    Unchanged,
    Updated,
}

/// One line of `dragoman docs`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocSummary {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub words: i64,
    /// The smallest id of this document's group of near-duplicates, when
    /// that is another document.
    pub duplicate_of: Option<String>,
}

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Store::init(conn, path)
    }

    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::init(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn init(conn: Connection, path: &Path) -> Result<Store, StoreError> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(open_err)?;
        // WAL: readers do not block the writer; NORMAL sync is durable across
        // application crashes and needs no fsync per transaction.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_err)?;
        // A 16 MiB page cache (the default is 2 MiB): the LSH index is
        // written at random places, and pages read again from the file
        // cost a system call each. The memory stays bounded by this.
        conn.pragma_update(None, "cache_size", -16384)
            .map_err(open_err)?;
        let mut store = Store { conn };
        store.migrate(path)?;
        Ok(store)
    }

    fn migrate(&mut self, path: &Path) -> Result<(), StoreError> {
        let found: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if found > known {
            return Err(StoreError::NewerSchema {
                path: path.to_path_buf(),
                found,
                known,
            });
        }
        if found == known {
            return Ok(());
        }
        // Every pending migration in one transaction: a failure leaves the
        // database as it was. Documents stored before signatures existed
        // are signed once the schema is the current one.
        let tx = self.conn.transaction()?;
        for sql in MIGRATIONS.iter().skip(found as usize) {
            tx.execute_batch(sql)?;
        }
        if found < SIGNATURES_VERSION {
            sign_all(&tx)?;
        }
        tx.pragma_update(None, "user_version", known)?;
        tx.commit()?;
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Stores one document in one transaction.
    pub fn put(&mut self, record: &Record, content_hash: &str) -> Result<PutOutcome, StoreError> {
        let prepared = Prepared::new(record.clone(), content_hash)?;
        let tx = self.conn.transaction()?;
        let outcome = write(&tx, &prepared)?;
        settle_bands(&tx, RECENT_BANDS)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Stores documents prepared by [`Prepared::new`] in one transaction
    /// and reports each one's outcome, in order. If one of them cannot be
    /// written, that transaction is rolled back and the batch is stored
    /// again one document per transaction, so that only the bad document
    /// fails. The outer error means that nothing of the batch was stored.
    ///
    /// One commit for many documents is what makes a large ingest fast: a
    /// commit writes every page the transaction touched to the WAL, and the
    /// pages of the LSH index are touched by nearly every document.
    pub fn put_batch(
        &mut self,
        docs: &[Prepared],
    ) -> Result<Vec<Result<PutOutcome, StoreError>>, StoreError> {
        {
            let tx = self.conn.transaction()?;
            let outcomes: Result<Vec<PutOutcome>, StoreError> =
                docs.iter().map(|doc| write(&tx, doc)).collect();
            if let Ok(outcomes) = outcomes {
                settle_bands(&tx, RECENT_BANDS)?;
                tx.commit()?;
                return Ok(outcomes.into_iter().map(Ok).collect());
            }
            // dropping the transaction rolls it back
        }
        Ok(docs
            .iter()
            .map(|doc| {
                let tx = self.conn.transaction()?;
                let outcome = write(&tx, doc)?;
                settle_bands(&tx, RECENT_BANDS)?;
                tx.commit()?;
                Ok(outcome)
            })
            .collect())
    }

    /// All documents, by publication date (unknown last), then id.
    pub fn docs(&self) -> Result<Vec<DocSummary>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.title, d.published, d.words, s.group_id FROM documents d
             LEFT JOIN signatures s ON s.doc_id = d.id
             ORDER BY d.published IS NULL, d.published, d.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let id: String = r.get(0)?;
            let group: Option<String> = r.get(4)?;
            Ok(DocSummary {
                title: r.get(1)?,
                published: r.get(2)?,
                words: r.get(3)?,
                duplicate_of: group.filter(|g| *g != id),
                id,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The stored record of one document.
    pub fn get(&self, id: &str) -> Result<Option<Record>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT record FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|source| StoreError::Corrupt {
                id: id.to_string(),
                source,
            })
        })
        .transpose()
    }

    /// Ids starting with `prefix` (for `show` with a shortened id).
    pub fn ids_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id FROM documents WHERE substr(id, 1, length(?1)) = ?1 ORDER BY id LIMIT 10",
        )?;
        let rows = stmt.query_map([prefix], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?)
    }
}

/// A record made ready to store: its JSON, its events' JSON and its body's
/// signature are computed by [`Prepared::new`], which needs no database,
/// so that this work runs on the threads that analyse the documents and not
/// on the one that writes them.
#[derive(Debug, Clone)]
pub struct Prepared {
    record: Record,
    content_hash: String,
    json: String,
    events_json: Vec<String>,
    words: i64,
    signature: Signature,
}

impl Prepared {
    pub fn new(record: Record, content_hash: &str) -> Result<Prepared, StoreError> {
        let corrupt = |source| StoreError::Corrupt {
            id: record.id.clone(),
            source,
        };
        let json = serde_json::to_string(&record).map_err(corrupt)?;
        let events_json = record
            .events
            .iter()
            .map(serde_json::to_string)
            .collect::<Result<Vec<_>, _>>()
            .map_err(corrupt)?;
        Ok(Prepared {
            words: record.text.split_whitespace().count() as i64,
            signature: Signature::of(&record.text),
            content_hash: content_hash.to_string(),
            json,
            events_json,
            record,
        })
    }

    /// The document's id.
    pub fn id(&self) -> &str {
        &self.record.id
    }

    /// The record to be stored.
    pub fn record(&self) -> &Record {
        &self.record
    }
}

/// Writes one prepared document inside the caller's transaction.
fn write(tx: &Connection, doc: &Prepared) -> Result<PutOutcome, StoreError> {
    let record = &doc.record;
    let content_hash = doc.content_hash.as_str();
    let existing: Option<String> = tx
        .prepare_cached("SELECT content_hash FROM documents WHERE id = ?1")?
        .query_row([&record.id], |r| r.get(0))
        .optional()?;
    if existing.as_deref() == Some(content_hash) {
        return Ok(PutOutcome::Unchanged);
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (json, words) = (&doc.json, doc.words);
    let published = record.published.as_ref().map(|p| p.date.as_str());
    if existing.is_some() {
        for table in ["entities", "events", "quotes"] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE doc_id = ?1"),
                [&record.id],
            )?;
        }
    }
    // one statement for new and changed documents
    tx.prepare_cached(
        "INSERT INTO documents (id, source, url, title, published, words, content_hash,
         record, ingested_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
         ON CONFLICT (id) DO UPDATE SET source = excluded.source, url = excluded.url,
         title = excluded.title, published = excluded.published, words = excluded.words,
         content_hash = excluded.content_hash, record = excluded.record,
         revision = revision + 1, updated_at = excluded.updated_at",
    )?
    .execute(params![
        record.id,
        record.source,
        record.url,
        record.title,
        published,
        words,
        content_hash,
        json,
        now
    ])?;
    sign(tx, &record.id, &doc.signature)?;
    let outcome = if existing.is_some() {
        PutOutcome::Updated
    } else {
        PutOutcome::New
    };
    {
        let mut add_entity = tx.prepare_cached(
            "INSERT INTO entities (doc_id, entity_id, name, kind, country, sector, role, mentions)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for e in &record.entities {
            let kind = serde_json::to_value(e.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            add_entity.execute(params![
                record.id,
                e.id,
                e.name,
                kind,
                e.country,
                e.sector,
                e.role,
                e.mentions.len() as i64
            ])?;
        }
        let mut add_event = tx.prepare_cached(
            "INSERT INTO events (doc_id, event_id, type, mode, date, status, rule, event)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (v, event_json) in record.events.iter().zip(&doc.events_json) {
            let date = v.date.as_ref().and_then(|d| d.value.clone());
            add_event.execute(params![
                record.id,
                v.id,
                v.event_type,
                v.mode,
                date,
                v.status,
                v.rule,
                event_json
            ])?;
        }
        let mut add_quote = tx.prepare_cached(
            "INSERT INTO quotes (doc_id, quote_id, direct, speaker, speaker_text, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for q in &record.quotes {
            add_quote.execute(params![
                record.id,
                q.id,
                q.direct,
                q.speaker,
                q.speaker_text,
                q.text
            ])?;
        }
    }
    Ok(outcome)
}
/// Members of a group of near-duplicates whose bands are indexed. A copy
/// is found through any of them, and the buckets of a story syndicated a
/// thousand times stay small: a new document is compared with at most this
/// many members of each group.
const INDEXED_PER_GROUP: i64 = 4;

/// Documents read from one LSH bucket, smallest ids first: a band shared by
/// more documents than this is boilerplate, not evidence.
const BUCKET_LIMIT: i64 = 32;

/// Candidates whose signatures are compared, those sharing the most bands
/// first (ties by id): a true copy shares many bands, so this bounds the
/// work per document on corpora of near-variants without missing copies.
const VERIFIED_CANDIDATES: usize = 24;

/// Signs the body of document `id` and files it into its group of
/// near-duplicates: the groups of every stored document it duplicates are
/// joined under the smallest id among them and its own.
fn sign(conn: &Connection, id: &str, signature: &Signature) -> Result<(), StoreError> {
    // an updated document: its old bands go by their keys
    let old: Option<Vec<u8>> = conn
        .prepare_cached("SELECT signature FROM signatures WHERE doc_id = ?1 AND indexed = 1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    if let Some(bytes) = old {
        let theirs = Signature::from_bytes(&bytes).map_err(|source| StoreError::BadSignature {
            id: id.to_string(),
            source,
        })?;
        for table in ["signature_bands", "signature_bands_recent"] {
            let mut remove = conn.prepare_cached(&format!(
                "DELETE FROM {table} WHERE band_key = ?1 AND doc_id = ?2"
            ))?;
            for k in theirs.band_keys() {
                remove.execute(params![k as i64, id])?;
            }
        }
    }
    conn.prepare_cached("DELETE FROM signatures WHERE doc_id = ?1")?
        .execute([id])?;
    let keys = signature.band_keys();
    let mut groups: BTreeSet<String> = BTreeSet::new();
    if !keys.is_empty() {
        // candidate -> bands shared
        let mut shared: BTreeMap<String, usize> = BTreeMap::new();
        let mut find = conn.prepare_cached(
            "SELECT doc_id FROM
                (SELECT doc_id FROM signature_bands WHERE band_key = ?1
                 UNION ALL SELECT doc_id FROM signature_bands_recent WHERE band_key = ?1)
             ORDER BY doc_id LIMIT ?2",
        )?;
        for &k in &keys {
            // SQLite integers are signed: the key's bits, reinterpreted.
            let rows =
                find.query_map(params![k as i64, BUCKET_LIMIT], |r| r.get::<_, String>(0))?;
            for doc in rows {
                *shared.entry(doc?).or_insert(0) += 1;
            }
        }
        let mut candidates: Vec<(String, usize)> = shared.into_iter().collect();
        candidates.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        candidates.truncate(VERIFIED_CANDIDATES);
        let mut get =
            conn.prepare_cached("SELECT signature, group_id FROM signatures WHERE doc_id = ?1")?;
        for (other, _) in &candidates {
            if other == id {
                continue;
            }
            let Some((bytes, group)) = get
                .query_row([other], |r| {
                    Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?))
                })
                .optional()?
            else {
                continue;
            };
            if groups.contains(&group) {
                continue;
            }
            let theirs =
                Signature::from_bytes(&bytes).map_err(|source| StoreError::BadSignature {
                    id: other.clone(),
                    source,
                })?;
            if signature.is_duplicate(&theirs) {
                groups.insert(group);
            }
        }
    }
    let root = match groups.first() {
        Some(g) if g.as_str() < id => g.clone(),
        _ => id.to_string(),
    };
    let mut indexed: i64 = 0;
    for g in &groups {
        indexed += conn
            .prepare_cached("SELECT count(*) FROM signatures WHERE group_id = ?1 AND indexed = 1")?
            .query_row([g], |r| r.get::<_, i64>(0))?;
        if *g != root {
            conn.prepare_cached("UPDATE signatures SET group_id = ?1 WHERE group_id = ?2")?
                .execute([&root, g])?;
        }
    }
    let index = indexed < INDEXED_PER_GROUP && !keys.is_empty();
    conn.prepare_cached(
        "INSERT INTO signatures (doc_id, signature, group_id, indexed) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, signature.to_bytes(), root, index])?;
    if index {
        let mut add_band = conn.prepare_cached(
            "INSERT INTO signature_bands_recent (band_key, doc_id) VALUES (?1, ?2)",
        )?;
        for k in keys {
            add_band.execute(params![k as i64, id])?;
        }
    }
    Ok(())
}

/// Rows of `signature_bands_recent` that are moved into `signature_bands`
/// at once: the bands of about 2,000 documents, a MiB or two, which stay
/// in the page cache while they are written. Measured with
/// `examples/bulk.rs` against 2^18: the same cost per document over 100,000
/// documents.
const RECENT_BANDS: i64 = 1 << 16;

/// Moves the recent bands into the large index when there are enough of
/// them, in key order (migrations/0003_band_index.sql says why).
fn settle_bands(conn: &Connection, limit: i64) -> Result<(), StoreError> {
    let recent: i64 = conn.query_row("SELECT count(*) FROM signature_bands_recent", [], |r| {
        r.get(0)
    })?;
    if recent >= limit {
        conn.execute_batch(
            "INSERT OR IGNORE INTO signature_bands (band_key, doc_id)
                 SELECT band_key, doc_id FROM signature_bands_recent ORDER BY band_key, doc_id;
             DELETE FROM signature_bands_recent;",
        )?;
    }
    Ok(())
}

/// Signs every stored document that has no signature yet, by id.
fn sign_all(conn: &Connection) -> Result<(), StoreError> {
    #[derive(serde::Deserialize)]
    struct OnlyText {
        #[serde(default)]
        text: String,
    }
    let docs: Vec<(String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT id, record FROM documents
             WHERE id NOT IN (SELECT doc_id FROM signatures) ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (id, json) in docs {
        let rec: OnlyText = serde_json::from_str(&json).map_err(|source| StoreError::Corrupt {
            id: id.clone(),
            source,
        })?;
        sign(conn, &id, &Signature::of(&rec.text))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_core::{Doc, DocEntity, EntityKind, Span};

    fn record(id: &str, text: &str) -> Record {
        let mut doc = Doc::new(id, format!("{id}.txt"), text.to_string());
        doc.entities.push(DocEntity {
            id: "E1".into(),
            name: "Baku".into(),
            kind: EntityKind::Country,
            country: Some("AZE".into()),
            sector: None,
            role: None,
            mentions: vec![Span::new(0, 4)],
        });
        doc.to_record()
    }

    #[test]
    fn new_unchanged_updated_never_duplicated() {
        let mut s = Store::open_in_memory().unwrap();
        assert_eq!(
            s.put(&record("a", "Baku spoke."), "h1").unwrap(),
            PutOutcome::New
        );
        assert_eq!(
            s.put(&record("a", "Baku spoke."), "h1").unwrap(),
            PutOutcome::Unchanged
        );
        assert_eq!(
            s.put(&record("a", "Baku spoke again."), "h2").unwrap(),
            PutOutcome::Updated
        );
        assert_eq!(s.count().unwrap(), 1);
        assert_eq!(s.get("a").unwrap().unwrap().text, "Baku spoke again.");
        let entities: i64 = s
            .conn
            .query_row("SELECT count(*) FROM entities", [], |r| r.get(0))
            .unwrap();
        assert_eq!(entities, 1, "annotations are replaced, not duplicated");
        assert!(s.get("missing").unwrap().is_none());
    }

    const WIRE: &str = "TALLINN, Nov. 4 (Baltic Newsline) - Estonia expelled a Russian \
diplomat on Monday and ordered him to leave the country within 48 hours, accusing him of \
helping to plan acts of sabotage against railway infrastructure. Estonian Foreign Minister \
Margus Tammsaar said the diplomat, a counsellor at the Russian embassy in Tallinn, had been \
declared persona non grata. The Russian embassy called the decision a provocation.";

    fn copy() -> String {
        format!("{WIRE} Estonia has expelled five Russian diplomats since the start of the year.")
    }

    const OTHER: &str = "The Estonian government on Monday ordered the expulsion of a \
Russian embassy official whom it suspects of involvement in a plot to damage railway lines. \
Foreign Minister Margus Tammsaar summoned the Russian charge d'affaires.";

    fn marks(s: &Store) -> Vec<(String, Option<String>)> {
        let mut v: Vec<_> = s
            .docs()
            .unwrap()
            .into_iter()
            .map(|d| (d.id, d.duplicate_of))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn syndicated_copies_point_to_the_smallest_id_in_any_order() {
        let docs = [
            ("b_copy", copy()),
            ("c_other", OTHER.to_string()),
            ("a_wire", WIRE.to_string()),
            ("d_copy", format!("Share this article. {WIRE}")),
        ];
        let want = vec![
            ("a_wire".to_string(), None),
            ("b_copy".to_string(), Some("a_wire".to_string())),
            ("c_other".to_string(), None),
            ("d_copy".to_string(), Some("a_wire".to_string())),
        ];
        for order in [[0, 1, 2, 3], [2, 3, 1, 0], [3, 0, 2, 1]] {
            let mut s = Store::open_in_memory().unwrap();
            for k in order {
                let (id, text) = &docs[k];
                s.put(&record(id, text), id).unwrap();
            }
            assert_eq!(marks(&s), want, "order {order:?}");
            assert_eq!(s.count().unwrap(), 4, "duplicates are stored too");
        }
    }

    #[test]
    fn a_story_syndicated_many_times_keeps_its_buckets_small() {
        let mut s = Store::open_in_memory().unwrap();
        for i in 0..12 {
            let id = format!("copy{i:02}");
            let text = format!("Headline number {i}. {WIRE} Page {i} of 12.");
            s.put(&record(&id, &text), &id).unwrap();
        }
        let marks = marks(&s);
        assert!(marks[1..]
            .iter()
            .all(|(_, d)| d.as_deref() == Some("copy00")));
        let rows: i64 = s
            .conn
            .query_row(
                "SELECT count(DISTINCT doc_id) FROM
                 (SELECT doc_id FROM signature_bands
                  UNION ALL SELECT doc_id FROM signature_bands_recent)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(rows, INDEXED_PER_GROUP);
    }

    #[test]
    fn the_signature_migration_signs_documents_already_stored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let mut s = Store::open(&path).unwrap();
            s.put(&record("a", WIRE), "h1").unwrap();
            s.put(&record("b", &copy()), "h2").unwrap();
            // back to a version-1 database
            s.conn
                .execute_batch(
                    "DROP TABLE signature_bands; DROP TABLE signature_bands_recent;
                     DROP TABLE signatures; PRAGMA user_version = 1;",
                )
                .unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        assert_eq!(
            marks(&s),
            vec![
                ("a".to_string(), None),
                ("b".to_string(), Some("a".to_string()))
            ]
        );
    }

    #[test]
    fn the_band_index_migration_keeps_the_bands() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v2.db");
        {
            let mut s = Store::open(&path).unwrap();
            s.put(&record("a", WIRE), "h1").unwrap();
            // back to the version-2 layout: a rowid table with two indexes
            s.conn
                .execute_batch(
                    "DROP TABLE signature_bands;
                     ALTER TABLE signature_bands_recent RENAME TO b3;
                     CREATE TABLE signature_bands (
                         band_key INTEGER NOT NULL,
                         doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE);
                     CREATE INDEX signature_bands_key ON signature_bands (band_key);
                     CREATE INDEX signature_bands_doc ON signature_bands (doc_id);
                     INSERT INTO signature_bands SELECT band_key, doc_id FROM b3;
                     DROP TABLE b3;
                     PRAGMA user_version = 2;",
                )
                .unwrap();
        }
        let mut s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        // (the later re-signing migration files them again, in the recent
        // level)
        let bands: i64 = s
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM signature_bands)
                      + (SELECT count(*) FROM signature_bands_recent)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(bands, 32, "every band of the stored document");
        // the copy is found through the migrated bands, and an update of
        // the original replaces its bands instead of adding more
        s.put(&record("b", &copy()), "h2").unwrap();
        s.put(
            &record("a", &format!("{WIRE} One more line at the end.")),
            "h3",
        )
        .unwrap();
        assert_eq!(marks(&s)[1], ("b".to_string(), Some("a".to_string())));
        let bands_of_a: i64 = s
            .conn
            .query_row(
                "SELECT count(*) FROM (SELECT doc_id FROM signature_bands
                 UNION ALL SELECT doc_id FROM signature_bands_recent) WHERE doc_id = 'a'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(bands_of_a, 32);
    }

    #[test]
    fn signatures_of_the_earlier_hash_family_are_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v3.db");
        {
            let mut s = Store::open(&path).unwrap();
            s.put(&record("a", WIRE), "h1").unwrap();
            s.put(&record("b", &copy()), "h2").unwrap();
            // a version-3 database: signatures that no longer compare,
            // each document alone in its group
            s.conn
                .execute_batch(
                    "UPDATE signatures SET signature = zeroblob(512), group_id = doc_id;
                     PRAGMA user_version = 3;",
                )
                .unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        let stored: Vec<u8> = s
            .conn
            .query_row(
                "SELECT signature FROM signatures WHERE doc_id = 'a'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(stored, Signature::of(WIRE).to_bytes());
        assert_eq!(
            marks(&s),
            vec![
                ("a".to_string(), None),
                ("b".to_string(), Some("a".to_string()))
            ]
        );
    }

    #[test]
    fn settled_bands_still_find_copies() {
        let mut s = Store::open_in_memory().unwrap();
        s.put(&record("a", WIRE), "h1").unwrap();
        let count = |s: &Store, table: &str| -> i64 {
            s.conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(count(&s, "signature_bands_recent"), 32);
        settle_bands(&s.conn, 1).unwrap();
        assert_eq!(count(&s, "signature_bands_recent"), 0);
        assert_eq!(count(&s, "signature_bands"), 32);
        s.put(&record("b", &copy()), "h2").unwrap();
        assert_eq!(marks(&s)[1], ("b".to_string(), Some("a".to_string())));
        // an update removes the old bands from both levels
        s.put(&record("a", &format!("{WIRE} And one more line.")), "h3")
            .unwrap();
        assert_eq!(
            count(&s, "signature_bands") + count(&s, "signature_bands_recent"),
            64,
            "a's new bands and b's"
        );
    }

    #[test]
    fn a_batch_with_a_bad_document_stores_the_others() {
        let mut s = Store::open_in_memory().unwrap();
        let good = |id: &str| Prepared::new(record(id, "Baku spoke."), id).unwrap();
        let mut bad = record("bad", "Yerevan spoke.");
        let entity = dragoman_core::Entity {
            id: "e1".into(),
            name: "Yerevan".into(),
            kind: dragoman_core::EntityKind::Location,
            country: Some("ARM".into()),
            sector: None,
            role: None,
            mentions: Vec::new(),
        };
        bad.entities = vec![entity.clone(), entity];
        let batch = vec![good("x"), Prepared::new(bad, "hb").unwrap(), good("y")];
        let outcomes = s.put_batch(&batch).unwrap();
        assert!(matches!(outcomes[0], Ok(PutOutcome::New)));
        assert!(outcomes[1].is_err(), "two entities with one id");
        assert!(matches!(outcomes[2], Ok(PutOutcome::New)));
        assert_eq!(s.count().unwrap(), 2);
        assert!(s.get("bad").unwrap().is_none(), "nothing of it is left");
    }

    #[test]
    fn migrations_run_once_and_newer_schemas_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.db");
        {
            let mut s = Store::open(&path).unwrap();
            s.put(&record("a", "Baku spoke."), "h1").unwrap();
            assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.count().unwrap(), 1, "reopening keeps the data");
        s.conn.pragma_update(None, "user_version", 99).unwrap();
        drop(s);
        let err = Store::open(&path).err().unwrap();
        assert!(err.to_string().contains("schema version 99"), "{err}");
    }
}

/// Which stored events [`Store::events`] returns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// PLOVER type, any case (`CONSULT`).
    pub event_type: Option<String>,
    /// A participant's name contains this (any case).
    pub actor: Option<String>,
    /// Only events that may have happened on or after this day
    /// (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); events without a known year
    /// are left out.
    pub since: Option<String>,
}

/// An event's participant, as named in its document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Participant {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub sector: Option<String>,
}

/// A stored event with what explains it: its document, participants by
/// name and the sentence that reports it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventRow {
    pub doc_id: String,
    pub source: String,
    pub published: Option<String>,
    pub event: dragoman_core::Event,
    pub actors: Vec<Participant>,
    pub recipients: Vec<Participant>,
    pub location: Option<Participant>,
    pub sentence: String,
}

/// The last day a date pattern allows (`2023-XX-XX` ends `2023-12-31`),
/// for `--since`; `None` without a known year.
fn latest_day(value: &str) -> Option<String> {
    let year = value
        .get(0..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let month = value
        .get(5..7)
        .filter(|m| m.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("12");
    let day = value
        .get(8..10)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("31");
    Some(format!("{year}-{month}-{day}"))
}

impl Store {
    /// Stored events matching `filter`, by document then event id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT doc_id, event FROM events
             WHERE (?1 IS NULL OR type = upper(?1))
             ORDER BY doc_id, CAST(substr(event_id, 2) AS INTEGER)",
        )?;
        let rows = stmt.query_map([&filter.event_type], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let actor = filter.actor.as_ref().map(|a| a.to_lowercase());
        let mut out = Vec::new();
        let mut record: Option<Record> = None;
        for row in rows {
            let (doc_id, json) = row?;
            let event: dragoman_core::Event =
                serde_json::from_str(&json).map_err(|source| StoreError::Corrupt {
                    id: doc_id.clone(),
                    source,
                })?;
            if let Some(since) = &filter.since {
                let latest = event
                    .date
                    .as_ref()
                    .and_then(|d| d.value.as_deref())
                    .and_then(latest_day);
                match latest {
                    Some(l) if l.as_str() >= since.as_str() => {}
                    _ => continue,
                }
            }
            if record.as_ref().is_none_or(|r| r.id != doc_id) {
                record = self.get(&doc_id)?;
            }
            let Some(rec) = &record else { continue };
            let person = |id: &String| {
                rec.entities
                    .iter()
                    .find(|e| &e.id == id)
                    .map(|e| Participant {
                        id: e.id.clone(),
                        name: e.name.clone(),
                        kind: serde_json::to_value(e.kind)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default(),
                        country: e.country.clone(),
                        sector: e.sector.clone(),
                    })
            };
            let actors: Vec<Participant> = event.actors.iter().filter_map(person).collect();
            let recipients: Vec<Participant> = event.recipients.iter().filter_map(person).collect();
            if let Some(a) = &actor {
                if !actors
                    .iter()
                    .chain(&recipients)
                    .any(|p| p.name.to_lowercase().contains(a.as_str()))
                {
                    continue;
                }
            }
            let sentence: String = rec
                .text
                .chars()
                .skip(event.sentence.start)
                .take(event.sentence.end.saturating_sub(event.sentence.start))
                .collect();
            out.push(EventRow {
                doc_id: doc_id.clone(),
                source: rec.source.clone(),
                published: rec.published.as_ref().map(|p| p.date.clone()),
                location: event.location.as_ref().and_then(person),
                event,
                actors,
                recipients,
                sentence,
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod event_tests {
    use super::*;
    use dragoman_core::{DateValue, Doc, DocEntity, DocEvent, EntityKind, Span};

    fn doc(id: &str, date: Option<&str>, ty: &str) -> Record {
        let text = "Aliyev met Pashinyan in Brussels.".to_string();
        let mut d = Doc::new(id, format!("{id}.txt"), text);
        let ent = |id: &str, name: &str, at: usize, len: usize| DocEntity {
            id: id.into(),
            name: name.into(),
            kind: EntityKind::Person,
            country: None,
            sector: None,
            role: None,
            mentions: vec![Span::new(at, at + len)],
        };
        d.entities = vec![
            ent("E1", "Ilham Aliyev", 0, 6),
            ent("E2", "Nikol Pashinyan", 11, 9),
        ];
        d.events = vec![DocEvent {
            id: "V1".into(),
            event_type: ty.into(),
            mode: None,
            actors: vec!["E1".into(), "E2".into()],
            recipients: vec![],
            date: date.map(|v| DateValue {
                value: Some(v.into()),
                text: None,
                earliest: None,
                latest: None,
                confidence: None,
                flags: Vec::new(),
            }),
            location: None,
            negated: false,
            status: "factual".into(),
            trigger: Span::new(7, 10),
            sentence: Span::new(0, 33),
            rule: "consult/verb:meet".into(),
        }];
        d.to_record()
    }

    #[test]
    fn events_filter_by_type_actor_and_date() {
        let mut s = Store::open_in_memory().unwrap();
        s.put(&doc("a", Some("2023-05-02"), "CONSULT"), "h1")
            .unwrap();
        s.put(&doc("b", Some("XXXX-05-02"), "CONSULT"), "h2")
            .unwrap();
        s.put(&doc("c", None, "ACCUSE"), "h3").unwrap();
        let all = s.events(&EventFilter::default()).unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].actors[1].name, "Nikol Pashinyan");
        assert_eq!(all[0].sentence, "Aliyev met Pashinyan in Brussels.");
        let consult = EventFilter {
            event_type: Some("consult".into()),
            ..Default::default()
        };
        assert_eq!(s.events(&consult).unwrap().len(), 2);
        let since = EventFilter {
            since: Some("2023-01-01".into()),
            ..Default::default()
        };
        let ids: Vec<String> = s
            .events(&since)
            .unwrap()
            .into_iter()
            .map(|r| r.doc_id)
            .collect();
        assert_eq!(ids, ["a"]);
        let nobody = EventFilter {
            actor: Some("blinken".into()),
            ..Default::default()
        };
        assert!(s.events(&nobody).unwrap().is_empty());
        let aliyev = EventFilter {
            actor: Some("ALIYEV".into()),
            ..Default::default()
        };
        assert_eq!(s.events(&aliyev).unwrap().len(), 3);
    }
}

/// A stored quote with its document and speaker's name.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QuoteRow {
    pub doc_id: String,
    pub published: Option<String>,
    pub quote: dragoman_core::Quote,
    /// The speaker entity's name, when the quote has one.
    pub speaker_name: Option<String>,
}

impl Store {
    /// Stored quotes, by document then position; with `speaker`, only
    /// those whose speaker's name or words contain it (any case).
    pub fn quotes(&self, speaker: Option<&str>) -> Result<Vec<QuoteRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT q.doc_id, q.quote_id, e.name FROM quotes q
             LEFT JOIN entities e ON e.doc_id = q.doc_id AND e.entity_id = q.speaker
             ORDER BY q.doc_id, CAST(substr(q.quote_id, 2) AS INTEGER)",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?;
        let want = speaker.map(str::to_lowercase);
        let mut out = Vec::new();
        let mut record: Option<Record> = None;
        for row in rows {
            let (doc_id, quote_id, name) = row?;
            if record.as_ref().is_none_or(|r| r.id != doc_id) {
                record = self.get(&doc_id)?;
            }
            let Some(rec) = &record else { continue };
            let Some(quote) = rec.quotes.iter().find(|q| q.id == quote_id) else {
                continue;
            };
            if let Some(w) = &want {
                let hit = name
                    .iter()
                    .chain(quote.speaker_text.iter())
                    .any(|n| n.to_lowercase().contains(w.as_str()));
                if !hit {
                    continue;
                }
            }
            out.push(QuoteRow {
                doc_id: doc_id.clone(),
                published: rec.published.as_ref().map(|p| p.date.clone()),
                quote: quote.clone(),
                speaker_name: name,
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod quote_tests {
    use super::*;
    use dragoman_core::{Doc, DocEntity, DocQuote, EntityKind, Span};

    #[test]
    fn quotes_filter_by_speaker() {
        let text = "\"We are ready,\" Pashinyan said. Aliyev did not comment.".to_string();
        let mut d = Doc::new("q1", "q1.txt", text);
        d.entities = vec![DocEntity {
            id: "E1".into(),
            name: "Nikol Pashinyan".into(),
            kind: EntityKind::Person,
            country: Some("ARM".into()),
            sector: None,
            role: None,
            mentions: vec![Span::new(16, 25)],
        }];
        d.quotes = vec![DocQuote {
            id: "Q1".into(),
            span: Span::new(1, 13),
            text: "We are ready,".into(),
            direct: true,
            speaker: Some("E1".into()),
            speaker_text: Some("Pashinyan".into()),
            cue: Some("said".into()),
        }];
        let mut s = Store::open_in_memory().unwrap();
        s.put(&d.to_record(), "h").unwrap();
        let all = s.quotes(None).unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].speaker_name.as_deref(), Some("Nikol Pashinyan"));
        assert_eq!(s.quotes(Some("NIKOL")).unwrap().len(), 1);
        assert!(s.quotes(Some("aliyev")).unwrap().is_empty());
    }
}

/// One document's entities as stored, for the actor registry.
#[derive(Debug, Clone, PartialEq)]
pub struct DocEntities {
    pub doc_id: String,
    pub published: Option<String>,
    pub entities: Vec<dragoman_core::Entity>,
}

impl Store {
    /// Every document's entities (with their mention texts), by id.
    pub fn entities_by_doc(&self) -> Result<Vec<DocEntities>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, published, record FROM documents ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        #[derive(serde::Deserialize)]
        struct OnlyEntities {
            #[serde(default)]
            entities: Vec<dragoman_core::Entity>,
        }
        let mut out = Vec::new();
        for row in rows {
            let (doc_id, published, json) = row?;
            let rec: OnlyEntities =
                serde_json::from_str(&json).map_err(|source| StoreError::Corrupt {
                    id: doc_id.clone(),
                    source,
                })?;
            out.push(DocEntities {
                doc_id,
                published,
                entities: rec.entities,
            });
        }
        Ok(out)
    }
}
