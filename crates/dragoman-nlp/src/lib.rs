//! dragoman-nlp (work in progress).
