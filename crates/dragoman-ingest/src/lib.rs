//! dragoman-ingest (work in progress).
