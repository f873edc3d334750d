//! The cases of `fixtures/timex.tsv`, shared by the suite and the
//! property tests.

// Each test binary uses a different subset of the fields.
#![allow(dead_code)]

use dragoman_time::Anchor;

pub struct Case {
    pub line: usize,
    pub sentence: String,
    pub anchor: Option<Anchor>,
    /// `None`: the sentence holds no temporal expression.
    pub expression: Option<String>,
    pub value: Option<String>,
}

pub fn cases() -> Vec<Case> {
    let text = include_str!("../fixtures/timex.tsv");
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            f.len(),
            4,
            "timex.tsv line {}: expected 4 tab-separated fields",
            n + 1
        );
        let anchor = match f[1] {
            "-" => None,
            a => Some(
                Anchor::parse(a)
                    .unwrap_or_else(|| panic!("timex.tsv line {}: bad anchor {a:?}", n + 1)),
            ),
        };
        out.push(Case {
            line: n + 1,
            sentence: f[0].to_string(),
            anchor,
            expression: (f[2] != "-").then(|| f[2].to_string()),
            value: (f[3] != "null" && f[3] != "-").then(|| f[3].to_string()),
        });
    }
    out
}
