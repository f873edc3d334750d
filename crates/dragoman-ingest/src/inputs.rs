//! Input discovery and decoding.

use std::collections::VecDeque;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use dragoman_core::{id_from_bytes, id_from_path};
use serde::Deserialize;

/// What an input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
}

/// One document as read, before any processing.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDoc {
    pub id: String,
    /// The path or `path:line` (or `-:line` for stdin) it came from.
    pub source: String,
    pub format: Format,
    pub content: String,
    /// Metadata given with the input (JSONL fields); it wins over the text.
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub warnings: Vec<String>,
}

/// An input that could not be read: which one, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{input}: {reason}")]
pub struct InputError {
    pub input: String,
    pub reason: String,
}

impl InputError {
    pub fn new(input: impl Into<String>, reason: impl Into<String>) -> InputError {
        InputError {
            input: input.into(),
            reason: reason.into(),
        }
    }
}

/// Limits that keep one bad input from exhausting the machine.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The largest document (a file, or one JSONL line) accepted, in bytes.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 10 * 1024 * 1024,
        }
    }
}

enum Pending {
    Path(PathBuf),
    Stdin,
}

/// The documents of a list of command-line inputs, in order; directories
/// are walked recursively (sorted by name) for `.txt`, `.html`, `.htm` and
/// `.jsonl` files.
pub struct Inputs {
    pending: VecDeque<Pending>,
    jsonl: Option<JsonlReader>,
    limits: Limits,
}

struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
}

impl Inputs {
    pub fn new(args: &[PathBuf], limits: Limits) -> Inputs {
        let pending = args
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Pending::Stdin
                } else {
                    Pending::Path(p.clone())
                }
            })
            .collect();
        Inputs {
            pending,
            jsonl: None,
            limits,
        }
    }

    fn next_from_jsonl(&mut self) -> Option<Result<RawDoc, InputError>> {
        let max = self.limits.max_bytes;
        let jsonl = self.jsonl.as_mut()?;
        loop {
            let mut buf = Vec::new();
            jsonl.line += 1;
            let at = format!("{}:{}", jsonl.name, jsonl.line);
            match (&mut jsonl.reader)
                .take(max + 1)
                .read_until(b'\n', &mut buf)
            {
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    let name = jsonl.name.clone();
                    self.jsonl = None;
                    return Some(Err(InputError::new(name, format!("cannot read: {e}"))));
                }
            }
            if buf.len() as u64 > max && !buf.ends_with(b"\n") {
                // skip the rest of the over-long line
                let mut sink = Vec::new();
                let _ = jsonl.reader.read_until(b'\n', &mut sink);
                let size = buf.len() as u64 + sink.len() as u64;
                return Some(Err(InputError::new(at, too_large(size, max))));
            }
            let line = String::from_utf8_lossy(&buf);
            if line.trim().is_empty() {
                continue;
            }
            return Some(parse_jsonl_record(&buf, &at));
        }
    }

    fn open(&mut self, pending: Pending) -> Option<Result<RawDoc, InputError>> {
        match pending {
            Pending::Stdin => {
                self.jsonl = Some(JsonlReader {
                    name: "-".into(),
                    reader: Box::new(BufReader::new(io::stdin())),
                    line: 0,
                });
                None
            }
            Pending::Path(path) => {
                let name = path.display().to_string();
                let meta = match fs::metadata(&path) {
                    Ok(m) => m,
                    Err(e) => return Some(Err(InputError::new(name, describe_io(&e)))),
                };
                if meta.is_dir() {
                    match walk(&path) {
                        Ok(files) => {
                            for f in files.into_iter().rev() {
                                self.pending.push_front(Pending::Path(f));
                            }
                            None
                        }
                        Err(e) => Some(Err(e)),
                    }
                } else if extension(&path) == "jsonl" {
                    match File::open(&path) {
                        Ok(f) => {
                            self.jsonl = Some(JsonlReader {
                                name,
                                reader: Box::new(BufReader::new(f)),
                                line: 0,
                            });
                            None
                        }
                        Err(e) => Some(Err(InputError::new(name, describe_io(&e)))),
                    }
                } else {
                    Some(read_file(&path, meta.len(), self.limits))
                }
            }
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<RawDoc, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.jsonl.is_some() {
                if let Some(item) = self.next_from_jsonl() {
                    return Some(item);
                }
                continue;
            }
            let pending = self.pending.pop_front()?;
            if let Some(item) = self.open(pending) {
                return Some(item);
            }
        }
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

const EXTENSIONS: [&str; 4] = ["txt", "html", "htm", "jsonl"];

/// Files under a directory with a known extension, sorted by path.
fn walk(dir: &Path) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = fs::read_dir(&d)
            .map_err(|e| InputError::new(d.display().to_string(), describe_io(&e)))?;
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(path);
            } else if EXTENSIONS.contains(&extension(&path).as_str()) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied (cannot read it)".into(),
        _ => format!("cannot read: {e}"),
    }
}

fn too_large(size: u64, max: u64) -> String {
    format!(
        "{} is above the {} limit for one document (raise it with --max-bytes)",
        human_size(size),
        human_size(max)
    )
}

fn human_size(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MiB", n as f64 / (1024.0 * 1024.0))
    } else if n >= 1024 {
        format!("{:.1} KiB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}

fn read_file(path: &Path, size: u64, limits: Limits) -> Result<RawDoc, InputError> {
    let name = path.display().to_string();
    if size > limits.max_bytes {
        return Err(InputError::new(name, too_large(size, limits.max_bytes)));
    }
    let bytes = fs::read(path).map_err(|e| InputError::new(&name, describe_io(&e)))?;
    let format = match extension(path).as_str() {
        "html" | "htm" => Format::Html,
        "txt" => Format::Text,
        _ if looks_like_html(&bytes) => Format::Html,
        _ => Format::Text,
    };
    let (content, warnings) =
        decode(&bytes, format).map_err(|reason| InputError::new(&name, reason))?;
    Ok(RawDoc {
        id: id_from_path(path),
        source: name,
        format,
        content,
        title: None,
        url: None,
        published: None,
        warnings,
    })
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let head = head.trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Text from bytes under the decoding policy of the crate documentation.
fn decode(bytes: &[u8], format: Format) -> Result<(String, Vec<String>), String> {
    if bytes.is_empty() {
        return Err("empty input (0 bytes)".into());
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return Err("binary data (NUL bytes), not text".into());
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls * 10 > sample.len() {
        return Err("binary data (control characters), not text".into());
    }
    let mut warnings = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.strip_prefix('\u{feff}').unwrap_or(s).to_string(),
        Err(_) if format == Format::Html => rs_trafilatura::encoding::transcode_to_utf8(bytes),
        Err(_) => {
            let lossy = String::from_utf8_lossy(bytes);
            let bad = lossy.matches('\u{fffd}').count();
            if bad * 20 > lossy.chars().count() {
                return Err(format!(
                    "not UTF-8 text ({bad} invalid sequences; convert it to UTF-8 first)"
                ));
            }
            warnings.push(format!(
                "invalid UTF-8: {bad} byte sequence(s) replaced with U+FFFD"
            ));
            lossy.into_owned()
        }
    };
    if text.trim().is_empty() {
        return Err("no text (only whitespace)".into());
    }
    Ok((text, warnings))
}

/// One JSONL record as given: `{"id", "text" | "html", "title"?, "url"?, "published"?}`.
#[derive(Debug, Deserialize)]
struct JsonlRecord {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
}

fn parse_jsonl_record(bytes: &[u8], at: &str) -> Result<RawDoc, InputError> {
    let line =
        std::str::from_utf8(bytes).map_err(|e| InputError::new(at, format!("not UTF-8 ({e})")))?;
    let record: JsonlRecord = serde_json::from_str(line.trim())
        .map_err(|e| InputError::new(at, format!("invalid JSON record: {e}")))?;
    let id = match &record.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) => id_from_bytes(line.trim().as_bytes()),
        Some(other) => {
            return Err(InputError::new(
                at,
                format!("\"id\" must be a string or a number, not {other}"),
            ))
        }
    };
    let (format, content) = match (record.text, record.html) {
        (Some(t), _) if !t.trim().is_empty() => (Format::Text, t),
        (_, Some(h)) if !h.trim().is_empty() => (Format::Html, h),
        (Some(_), _) | (_, Some(_)) => {
            return Err(InputError::new(
                at,
                "the record's \"text\"/\"html\" is empty",
            ))
        }
        (None, None) => {
            return Err(InputError::new(
                at,
                "the record has neither \"text\" nor \"html\"",
            ))
        }
    };
    Ok(RawDoc {
        id,
        source: at.to_string(),
        format,
        content,
        title: record.title.filter(|t| !t.trim().is_empty()),
        url: record.url,
        published: record.published.filter(|p| !p.trim().is_empty()),
        warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn collect(args: &[PathBuf]) -> Vec<Result<RawDoc, InputError>> {
        Inputs::new(args, Limits::default()).collect()
    }

    #[test]
    fn directories_mix_good_and_bad_inputs() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        fs::write(p.join("a.txt"), "Title\nThe ministers met on Monday.\n").unwrap();
        fs::write(p.join("b.txt"), "").unwrap();
        fs::write(p.join("c.txt"), b"\x00\x01\x02binary\x00").unwrap();
        fs::create_dir(p.join("sub")).unwrap();
        fs::write(
            p.join("sub/d.jsonl"),
            "{\"id\": \"r1\", \"text\": \"One.\"}\n{broken\n\n{\"id\": 7, \"html\": \"<p>x</p>\", \"published\": \"2024-01-02\"}\n",
        )
        .unwrap();
        fs::write(p.join("notes.md"), "ignored").unwrap();
        let items = collect(&[p.to_path_buf()]);
        let ok: Vec<&RawDoc> = items.iter().filter_map(|r| r.as_ref().ok()).collect();
        let ids: Vec<&str> = ok.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "r1", "7"]);
        assert_eq!(ok[2].format, Format::Html);
        assert_eq!(ok[2].published.as_deref(), Some("2024-01-02"));
        let errors: Vec<String> = items
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(|e| e.to_string())
            .collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].ends_with("b.txt: empty input (0 bytes)"),
            "{errors:?}"
        );
        assert!(errors[1].contains("c.txt: binary data"), "{errors:?}");
        assert!(
            errors[2].contains("d.jsonl:2: invalid JSON record"),
            "{errors:?}"
        );
    }

    #[test]
    fn missing_paths_and_oversized_files_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        let mut f = File::create(&big).unwrap();
        f.write_all(&vec![b'a'; 2048]).unwrap();
        let items: Vec<_> = Inputs::new(
            &[dir.path().join("nope.txt"), big],
            Limits { max_bytes: 1024 },
        )
        .collect();
        let e0 = items[0].as_ref().unwrap_err();
        assert!(e0.reason.contains("no such file"), "{e0}");
        let e1 = items[1].as_ref().unwrap_err();
        assert!(
            e1.reason.contains("2.0 KiB is above the 1.0 KiB limit"),
            "{e1}"
        );
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_a_warning() {
        let mut bytes = b"Baku said the talks went well. ".repeat(10);
        bytes.push(0xff);
        let (text, warnings) = decode(&bytes, Format::Text).unwrap();
        assert!(text.ends_with('\u{fffd}'));
        assert_eq!(warnings.len(), 1);
        assert!(decode(&[0xff; 64], Format::Text).is_err());
    }

    #[test]
    fn jsonl_ids_default_to_content_hashes() {
        let doc = parse_jsonl_record(br#"{"text": "Hello."}"#, "x:1").unwrap();
        assert_eq!(doc.id.len(), 16);
        let err = parse_jsonl_record(br#"{"id": "a"}"#, "x:2").unwrap_err();
        assert_eq!(
            err.to_string(),
            "x:2: the record has neither \"text\" nor \"html\""
        );
    }
}
