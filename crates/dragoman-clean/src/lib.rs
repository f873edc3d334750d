//! dragoman-clean (work in progress).
