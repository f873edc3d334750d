-- The LSH index as one B-tree: (band key, document) is the primary key of
-- a WITHOUT ROWID table, instead of a rowid table with an index on each
-- column. Every stored document adds one row per band, at a random place
-- in the key order, so this is the table that grows fastest and costs the
-- most to write; one tree instead of three makes large ingests faster.
-- Rows are removed by their keys (dragoman-store recomputes them from the
-- stored signature), so no index on doc_id is needed; documents are never
-- deleted, so the table has no foreign key either.
CREATE TABLE signature_bands_v3 (
    band_key INTEGER NOT NULL,
    doc_id   TEXT NOT NULL,
    PRIMARY KEY (band_key, doc_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO signature_bands_v3 (band_key, doc_id)
    SELECT band_key, doc_id FROM signature_bands;
DROP TABLE signature_bands;
ALTER TABLE signature_bands_v3 RENAME TO signature_bands;
