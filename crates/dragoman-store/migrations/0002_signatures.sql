-- Near-duplicate detection (syndicated copies). One MinHash signature per
-- document body (dragoman_merge::dedup, 4 bytes per hash, empty for a body
-- too short to sign) and the id of the smallest document of its group of
-- near-duplicates (`group_id`, its own id when it is alone or the
-- smallest). Documents stored before this version are signed when the
-- database is migrated.
CREATE TABLE signatures (
    doc_id    TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    signature BLOB NOT NULL,
    group_id  TEXT NOT NULL,
    -- whether its bands are in signature_bands (the first few members of
    -- a group are; see dragoman-store's `sign`)
    indexed   INTEGER NOT NULL
);
CREATE INDEX signatures_group ON signatures (group_id);
-- the indexed members of a group, counted at each insertion
CREATE INDEX signatures_group_indexed ON signatures (group_id) WHERE indexed = 1;

-- The LSH index: one row per band of each signature; documents sharing a
-- band key are candidate duplicates.
CREATE TABLE signature_bands (
    band_key INTEGER NOT NULL,
    doc_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE
);
CREATE INDEX signature_bands_key ON signature_bands (band_key);
CREATE INDEX signature_bands_doc ON signature_bands (doc_id);
