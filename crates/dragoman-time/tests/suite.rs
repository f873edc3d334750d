//! The expression suite of `fixtures/timex.tsv`: invented news sentences,
//! each with the expression that must be found and its expected value.

use dragoman_time::TimeFinder;

mod common;

use common::cases;

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
            Some(expr) => found
                .iter()
                .any(|t| &t.text == expr && t.value == case.value),
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
    println!(
        "exact match: {:.4} ({} of {} cases)",
        rate,
        cases.len() - misses.len(),
        cases.len()
    );
    for m in &misses {
        println!("  miss {m}");
    }
    assert!(rate >= 0.97, "exact-match rate {rate:.4} below 0.97");
}
