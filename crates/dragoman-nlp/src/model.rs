//! The binary container for model weights (`*.dnlp` files).
//!
//! All integers are little-endian.
//!
//! ```text
//! file     := magic:"DRGNLP\0\0" (8 bytes)  version:u32 (= 1)  kind:u32
//!             n_sections:u32  section*
//! section  := name_len:u8  name:bytes(UTF-8)  len:u32  payload:bytes(len)
//! ```
//!
//! `kind` is 1 for a tagger, 2 for a parser, 3 for a sentence boundary model. Sections are looked up by name;
//! unknown sections are ignored so that later versions can add some. The
//! payload of a weight table (see [`crate::perceptron::WeightTable`]) is
//!
//! ```text
//! table    := n_classes:u32  n_rows:u32  scale:f32  row*
//! row      := feature_key:u32  n:u8  (class:u8  weight:i16)*n
//! ```
//!
//! where `feature_key` folds the 64-bit feature hash to 32 bits (high half
//! XOR low half, 0 mapped to 1) and the score of class `c` for a set of features is `scale` times the sum
//! of the weights stored for `c` in the rows of those features. Text sections
//! (class lists, settings) are UTF-8 with one item per line.

use crate::error::NlpError;

pub(crate) const MAGIC: &[u8; 8] = b"DRGNLP\0\0";
pub(crate) const VERSION: u32 = 1;
pub(crate) const KIND_TAGGER: u32 = 1;
pub(crate) const KIND_PARSER: u32 = 2;

/// Appends little-endian values to a byte buffer.
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub(crate) fn i16(&mut self, v: i16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
}

/// Reads little-endian values; every read checks the remaining length.
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    name: &'a str,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8], name: &'a str) -> Reader<'a> {
        Reader { data, pos: 0, name }
    }

    #[inline]
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], NlpError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end
            .ok_or_else(|| NlpError::model(self.name, format!("truncated at byte {}", self.pos)))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    #[inline]
    fn array<const N: usize>(&mut self) -> Result<[u8; N], NlpError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.bytes(N)?);
        Ok(a)
    }

    #[inline]
    pub(crate) fn u8(&mut self) -> Result<u8, NlpError> {
        Ok(self.bytes(1)?[0])
    }
    #[inline]
    pub(crate) fn i16(&mut self) -> Result<i16, NlpError> {
        Ok(i16::from_le_bytes(self.array()?))
    }
    #[inline]
    pub(crate) fn u32(&mut self) -> Result<u32, NlpError> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    pub(crate) fn u64(&mut self) -> Result<u64, NlpError> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    pub(crate) fn f32(&mut self) -> Result<f32, NlpError> {
        Ok(f32::from_le_bytes(self.array()?))
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.pos == self.data.len()
    }
}

/// A model file being written: named sections.
pub(crate) struct ModelFile {
    pub(crate) kind: u32,
    pub(crate) sections: Vec<(String, Vec<u8>)>,
}

impl ModelFile {
    pub(crate) fn new(kind: u32) -> ModelFile {
        ModelFile {
            kind,
            sections: Vec::new(),
        }
    }

    pub(crate) fn add(&mut self, name: &str, payload: Vec<u8>) {
        self.sections.push((name.to_string(), payload));
    }

    pub(crate) fn add_lines<'s>(&mut self, name: &str, lines: impl IntoIterator<Item = &'s str>) {
        let text: Vec<&str> = lines.into_iter().collect();
        self.add(name, text.join("\n").into_bytes());
    }

    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.u32(self.kind);
        w.u32(self.sections.len() as u32);
        for (name, payload) in &self.sections {
            w.u8(name.len() as u8);
            w.buf.extend_from_slice(name.as_bytes());
            w.u32(payload.len() as u32);
            w.buf.extend_from_slice(payload);
        }
        w.buf
    }
}

/// A model file being read: the sections borrow the file's bytes.
pub(crate) struct ModelView<'a> {
    sections: Vec<(&'a str, &'a [u8])>,
    name: &'a str,
}

impl<'a> ModelView<'a> {
    pub(crate) fn parse(
        data: &'a [u8],
        name: &'a str,
        kind: u32,
    ) -> Result<ModelView<'a>, NlpError> {
        let mut r = Reader::new(data, name);
        if r.bytes(8).ok() != Some(MAGIC.as_slice()) {
            return Err(NlpError::model(
                name,
                "not a dragoman-nlp model (bad magic bytes)",
            ));
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(NlpError::model(
                name,
                format!("format version {version}, this build reads {VERSION}"),
            ));
        }
        let found = r.u32()?;
        if found != kind {
            return Err(NlpError::model(
                name,
                format!("model kind {found}, expected {kind}"),
            ));
        }
        let n = r.u32()? as usize;
        let mut sections = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.u8()? as usize;
            let sname = std::str::from_utf8(r.bytes(len)?)
                .map_err(|_| NlpError::model(name, "section name is not UTF-8"))?;
            let plen = r.u32()? as usize;
            sections.push((sname, r.bytes(plen)?));
        }
        Ok(ModelView { sections, name })
    }

    pub(crate) fn section(&self, name: &str) -> Result<&'a [u8], NlpError> {
        self.sections
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, d)| *d)
            .ok_or_else(|| NlpError::model(self.name, format!("missing section {name:?}")))
    }

    pub(crate) fn lines(&self, name: &str) -> Result<Vec<&'a str>, NlpError> {
        let data = self.section(name)?;
        let text = std::str::from_utf8(data)
            .map_err(|_| NlpError::model(self.name, format!("section {name:?} is not UTF-8")))?;
        Ok(if text.is_empty() {
            Vec::new()
        } else {
            text.split('\n').collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let mut m = ModelFile::new(KIND_TAGGER);
        m.add_lines("classes", ["A", "B"]);
        m.add("blob", vec![1, 2, 3]);
        let bytes = m.to_bytes();
        let v = ModelView::parse(&bytes, "t", KIND_TAGGER).unwrap();
        assert_eq!(v.lines("classes").unwrap(), ["A", "B"]);
        assert_eq!(v.section("blob").unwrap(), &[1, 2, 3]);
        assert!(v.section("nope").is_err());
        assert!(ModelView::parse(&bytes, "t", KIND_PARSER).is_err());
        assert!(ModelView::parse(&bytes[..bytes.len() - 1], "t", KIND_TAGGER).is_err());
        assert!(ModelView::parse(b"garbage!", "t", KIND_TAGGER).is_err());
    }
}
