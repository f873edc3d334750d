//! The expression suite of `fixtures/timex.tsv`: invented news sentences,
//! each with the expression that must be found and its expected value.

use dragoman_time::{Anchor, TimeFinder};

pub struct Case {
    pub line: usize,
    pub sentence: String,
    pub anchor: Option<Anchor>,
    /// `None`: the sentence holds no temporal expression.
    pub expression: Option<String>,
    pub value: Option<String>,
}

pub fn cases() -> Vec<Case> {
    let text = include_str!("fixtures/timex.tsv");
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 4, "timex.tsv line {}: expected 4 tab-separated fields", n + 1);
        let anchor = match f[1] {
            "-" => None,
            a => Some(Anchor::parse(a).unwrap_or_else(|| panic!("timex.tsv line {}: bad anchor {a:?}", n + 1))),
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

#[test]
fn exact_match_rate_on_the_suite() {
    let finder = TimeFinder::default();
    let cases = cases();
    assert!(cases.len() >= 200, "the suite has {} cases", cases.len());
    let mut misses = Vec::new();
    for case in &cases {
        let found = finder.find(&case.sentence, case.anchor);
        let ok = match &case.expression {
            None => found.is_empty(),
            Some(expr) => found.iter().any(|t| &t.text == expr && t.value == case.value),
        };
        if !ok {
            let got: Vec<String> = found
                .iter()
                .map(|t| format!("{:?}={}", t.text, t.value.as_deref().unwrap_or("null")))
                .collect();
            misses.push(format!(
                "line {}: {:?} [{}] expected {:?}={} got {}",
                case.line,
                case.sentence,
                case.anchor.map(|a| a.iso()).unwrap_or_else(|| "-".into()),
                case.expression.as_deref().unwrap_or("-"),
                case.value.as_deref().unwrap_or("null"),
                got.join(", ")
            ));
        }
    }
    let rate = 1.0 - misses.len() as f64 / cases.len() as f64;
    println!("exact match: {:.4} ({} of {} cases)", rate, cases.len() - misses.len(), cases.len());
    for m in &misses {
        println!("  miss {m}");
    }
    assert!(rate >= 0.97, "exact-match rate {rate:.4} below 0.97");
}
