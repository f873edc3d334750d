-- Documents and their annotations. `record` is the full JSON record of
-- shared/docs/output-format.md; the other columns are for queries.
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    published    TEXT,
    words        INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    record       TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    ingested_at  INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE entities (
    doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    country   TEXT,
    sector    TEXT,
    role      TEXT,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, entity_id)
);

CREATE TABLE events (
    doc_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    type     TEXT NOT NULL,
    mode     TEXT,
    date     TEXT,
    status   TEXT NOT NULL,
    rule     TEXT NOT NULL,
    event    TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX events_type ON events (type);

CREATE TABLE quotes (
    doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    quote_id     TEXT NOT NULL,
    direct       INTEGER NOT NULL,
    speaker      TEXT,
    speaker_text TEXT,
    text         TEXT NOT NULL,
    PRIMARY KEY (doc_id, quote_id)
);
