//! SQLite persistence for document records.
//!
//! A [`Store`] is one SQLite file (WAL mode) holding every ingested
//! document's JSON [`Record`] plus query tables for its entities, events
//! and quotes. [`Store::put`] writes one document in one transaction and
//! reports a [`PutOutcome`]: identical content (same content hash) is a
//! no-op, a changed document under a known id replaces the old one.
//!
//! The schema is versioned by `PRAGMA user_version` and migrated forward
//! on open by the SQL files in `migrations/`, in order; a database written
//! by a newer dragoman is refused rather than damaged.
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

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use dragoman_core::Record;
use rusqlite::{params, Connection, OptionalExtension};

/// The migrations, in order; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("../migrations/0001_documents.sql")];

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
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
            tx.commit()?;
        }
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
        let tx = self.conn.transaction()?;
        let existing: Option<String> = tx
            .query_row(
                "SELECT content_hash FROM documents WHERE id = ?1",
                [&record.id],
                |r| r.get(0),
            )
            .optional()?;
        if existing.as_deref() == Some(content_hash) {
            return Ok(PutOutcome::Unchanged);
        }
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let json = serde_json::to_string(record).map_err(|source| StoreError::Corrupt {
            id: record.id.clone(),
            source,
        })?;
        let words = record.text.split_whitespace().count() as i64;
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
        tx.execute(
            "INSERT INTO documents (id, source, url, title, published, words, content_hash,
             record, ingested_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
             ON CONFLICT (id) DO UPDATE SET source = excluded.source, url = excluded.url,
             title = excluded.title, published = excluded.published, words = excluded.words,
             content_hash = excluded.content_hash, record = excluded.record,
             revision = revision + 1, updated_at = excluded.updated_at",
            params![
                record.id,
                record.source,
                record.url,
                record.title,
                published,
                words,
                content_hash,
                json,
                now
            ],
        )?;
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
            for v in &record.events {
                let date = v.date.as_ref().and_then(|d| d.value.clone());
                let event_json = serde_json::to_string(v).unwrap_or_default();
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
        tx.commit()?;
        Ok(outcome)
    }

    /// All documents, by publication date (unknown last), then id.
    pub fn docs(&self) -> Result<Vec<DocSummary>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, title, published, words FROM documents
             ORDER BY published IS NULL, published, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(DocSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                words: r.get(3)?,
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
