//! Byte offset to code point offset conversion for the JSON edge.

/// Converts UTF-8 byte offsets of one text into Unicode code point offsets.
///
/// Built once per document in O(n); each lookup is a binary search over the
/// positions of multi-byte characters, so ASCII-heavy news text costs little.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// For every character longer than one byte: its byte offset, its code
    /// point offset, and the extra bytes seen up to and including it.
    wide: Vec<WideChar>,
    len: usize,
}

#[derive(Debug, Clone, Copy)]
struct WideChar {
    byte: usize,
    char: usize,
    extra_after: usize,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut wide = Vec::new();
        let mut extra = 0;
        for (char, (byte, c)) in text.char_indices().enumerate() {
            let n = c.len_utf8();
            if n > 1 {
                extra += n - 1;
                wide.push(WideChar {
                    byte,
                    char,
                    extra_after: extra,
                });
            }
        }
        OffsetMap {
            wide,
            len: text.len(),
        }
    }

    /// The code point offset of a byte offset (a char boundary, or the
    /// text's length).
    pub fn to_chars(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let k = self.wide.partition_point(|w| w.byte < byte);
        byte - self.extra_before(k)
    }

    /// The byte offset of a code point offset.
    pub fn to_bytes(&self, chars: usize) -> usize {
        let k = self.wide.partition_point(|w| w.char < chars);
        (chars + self.extra_before(k)).min(self.len)
    }

    fn extra_before(&self, k: usize) -> usize {
        if k == 0 {
            0
        } else {
            self.wide[k - 1].extra_after
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_every_boundary() {
        let text = "a’b “Hikmət” — ok 😀 end";
        let map = OffsetMap::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(map.to_chars(byte), chars, "byte {byte}");
            assert_eq!(map.to_bytes(chars), byte, "chars {chars}");
        }
        assert_eq!(map.to_chars(text.len()), text.chars().count());
        assert_eq!(map.to_bytes(text.chars().count()), text.len());
    }

    #[test]
    fn ascii_is_identity() {
        let map = OffsetMap::new("plain ascii");
        assert_eq!(map.to_chars(5), 5);
        assert_eq!(map.to_bytes(5), 5);
    }
}
