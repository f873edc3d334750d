-- The LSH index in two levels of one B-tree each, (band key, document) as
-- the primary key of WITHOUT ROWID tables, instead of a rowid table with
-- an index on each column.
--
-- Every stored document adds one row per band, at a random place in the
-- key order. Inserted straight into a large tree, each row dirties a page
-- of its own, and every dirty page is written at each commit: storing got
-- slower as the index grew. New rows go to `signature_bands_recent`, small
-- enough to stay in the page cache; when it is full, dragoman-store moves
-- its rows into `signature_bands` in key order, which writes each page of
-- the large tree about once per move. Lookups read both.
--
-- Rows are removed by their keys (recomputed from the stored signature),
-- so no index on doc_id is needed; documents are never deleted, so these
-- tables have no foreign key either.
CREATE TABLE signature_bands_v3 (
    band_key INTEGER NOT NULL,
    doc_id   TEXT NOT NULL,
    PRIMARY KEY (band_key, doc_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO signature_bands_v3 (band_key, doc_id)
    SELECT band_key, doc_id FROM signature_bands;
DROP TABLE signature_bands;
ALTER TABLE signature_bands_v3 RENAME TO signature_bands;
CREATE TABLE signature_bands_recent (
    band_key INTEGER NOT NULL,
    doc_id   TEXT NOT NULL,
    PRIMARY KEY (band_key, doc_id)
) WITHOUT ROWID;
