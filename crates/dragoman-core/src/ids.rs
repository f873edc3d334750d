//! Stable document ids and content hashes (output-format.md, `id`).

use sha2::{Digest, Sha256};
use std::path::Path;

/// The id of a `.txt`/`.html` file: its file name without the extension
/// (`seeds/000_x.txt` -> `000_x`; `page.html.gz` -> `page`).
pub fn id_from_path(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut stem = name.as_str();
    for ext in [".gz", ".html", ".htm", ".txt", ".jsonl", ".json"] {
        if stem.len() > ext.len() && stem.to_ascii_lowercase().ends_with(ext) {
            stem = &stem[..stem.len() - ext.len()];
        }
    }
    stem.to_string()
}

/// The id of an input with no name of its own: the first 16 hex digits of
/// the SHA-256 of its raw bytes.
pub fn id_from_bytes(raw: &[u8]) -> String {
    content_hash(raw)[..16].to_string()
}

/// The full SHA-256 of some bytes, as lowercase hex.
pub fn content_hash(raw: &[u8]) -> String {
    let digest = Sha256::digest(raw);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_ids_drop_extensions() {
        assert_eq!(id_from_path(Path::new("a/b/000_dc99.txt")), "000_dc99");
        assert_eq!(id_from_path(Path::new("x/page.html.gz")), "page");
        assert_eq!(id_from_path(Path::new("x/Page.HTM")), "Page");
        assert_eq!(id_from_path(Path::new("noext")), "noext");
    }

    #[test]
    fn byte_ids_are_sha256_prefixes() {
        // sha256("abc") = ba7816bf8f01cfea...
        assert_eq!(id_from_bytes(b"abc"), "ba7816bf8f01cfea");
        assert_eq!(content_hash(b"abc").len(), 64);
    }
}
