//! dragoman-store (work in progress).
