//! Span-level scoring: an entity counts as found only with exact boundaries
//! and the same kind. Precision, recall and F1 per kind and micro-averaged
//! over PER, ORG and LOC.

use std::collections::HashSet;

use crate::bio::{spans, BioTag, EntityKind, EntitySpan};

/// Counts of one kind (or all kinds): gold entities, predicted ones, and
/// predicted ones that match a gold entity exactly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpanCounts {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

/// Precision, recall and F1 (0 when undefined).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

impl SpanCounts {
    pub fn prf(&self) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let p = ratio(self.correct, self.predicted);
        let r = ratio(self.correct, self.gold);
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf { p, r, f1 }
    }

    fn add(&mut self, o: SpanCounts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.correct += o.correct;
    }
}

/// Scores accumulated over sentences, per kind in [`EntityKind::ALL`] order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NerScores {
    pub per_kind: [SpanCounts; 3],
}

impl NerScores {
    /// Adds one sentence: its gold and predicted tags.
    pub fn add_sentence(&mut self, gold: &[BioTag], predicted: &[BioTag]) {
        self.add_spans(&spans(gold), &spans(predicted));
    }

    /// Adds one sentence given as entity spans.
    pub fn add_spans(&mut self, gold: &[EntitySpan], predicted: &[EntitySpan]) {
        let gold_set: HashSet<&EntitySpan> = gold.iter().collect();
        for (i, kind) in EntityKind::ALL.iter().enumerate() {
            let c = &mut self.per_kind[i];
            c.gold += gold.iter().filter(|s| s.kind == *kind).count();
            for s in predicted.iter().filter(|s| s.kind == *kind) {
                c.predicted += 1;
                if gold_set.contains(s) {
                    c.correct += 1;
                }
            }
        }
    }

    /// The counts of one kind.
    pub fn kind(&self, kind: EntityKind) -> SpanCounts {
        let i = EntityKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.per_kind[i]
    }

    /// The counts over all kinds (micro average).
    pub fn overall(&self) -> SpanCounts {
        let mut all = SpanCounts::default();
        for c in self.per_kind {
            all.add(c);
        }
        all
    }

    /// `{"PER":{"p":..,"r":..,"f1":..},"ORG":{..},"LOC":{..},"overall":{..}}`
    /// with four decimals, keys in that order.
    pub fn to_json(&self) -> String {
        let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
        let obj = |c: SpanCounts| {
            let prf = c.prf();
            serde_json::json!({"p": round(prf.p), "r": round(prf.r), "f1": round(prf.f1)})
        };
        let rows = EntityKind::ALL
            .iter()
            .map(|k| (k.as_str(), self.kind(*k)))
            .chain([("overall", self.overall())]);
        let parts: Vec<String> = rows
            .map(|(name, c)| {
                let c = obj(c);
                format!(
                    "\"{name}\":{{\"p\":{},\"r\":{},\"f1\":{}}}",
                    c["p"], c["r"], c["f1"]
                )
            })
            .collect();
        format!("{{{}}}", parts.join(","))
    }

    /// A small table: kind, gold, predicted, correct, P, R, F1.
    pub fn to_table(&self) -> String {
        let mut out = format!(
            "{:<8} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}\n",
            "type", "gold", "pred", "ok", "P", "R", "F1"
        );
        let rows = EntityKind::ALL
            .iter()
            .map(|k| (k.as_str(), self.kind(*k)))
            .chain([("overall", self.overall())]);
        for (name, c) in rows {
            let prf = c.prf();
            out.push_str(&format!(
                "{:<8} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}\n",
                name, c.gold, c.predicted, c.correct, prf.p, prf.r, prf.f1
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<BioTag> {
        s.split_whitespace()
            .map(|t| BioTag::parse(t).unwrap())
            .collect()
    }

    #[test]
    fn scores_a_hand_made_example() {
        let mut s = NerScores::default();
        // gold: PER 0..2, LOC 3..4, ORG 5..7
        // pred: PER 0..2 (ok), LOC 3..4 typed ORG (wrong), ORG 5..6 (short)
        s.add_sentence(
            &tags("B-PER I-PER O B-LOC O B-ORG I-ORG"),
            &tags("B-PER I-PER O B-ORG O B-ORG O"),
        );
        // gold: LOC 0..1; pred: LOC 0..1 (ok), PER 2..3 (spurious)
        s.add_sentence(&tags("B-LOC O O"), &tags("B-LOC O B-PER"));
        let per = s.kind(EntityKind::Per);
        assert_eq!((per.gold, per.predicted, per.correct), (1, 2, 1));
        let org = s.kind(EntityKind::Org);
        assert_eq!((org.gold, org.predicted, org.correct), (1, 2, 0));
        let loc = s.kind(EntityKind::Loc);
        assert_eq!((loc.gold, loc.predicted, loc.correct), (2, 1, 1));
        let all = s.overall();
        assert_eq!((all.gold, all.predicted, all.correct), (4, 5, 2));
        let prf = all.prf();
        assert!((prf.p - 0.4).abs() < 1e-9);
        assert!((prf.r - 0.5).abs() < 1e-9);
        assert!((prf.f1 - 2.0 * 0.4 * 0.5 / 0.9).abs() < 1e-9);
        assert_eq!(org.prf().f1, 0.0);

        let text = s.to_json();
        assert!(
            text.starts_with("{\"PER\":{\"p\":0.5,\"r\":1.0,\"f1\":"),
            "{text}"
        );
        let j: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(j["PER"]["p"], 0.5);
        assert_eq!(j["PER"]["r"], 1.0);
        assert_eq!(j["LOC"]["r"], 0.5);
        assert_eq!(j["overall"]["p"], 0.4);
        assert!(s.to_table().contains("overall"));
    }

    #[test]
    fn empty_scores_are_zero_not_nan() {
        let prf = NerScores::default().overall().prf();
        assert_eq!((prf.p, prf.r, prf.f1), (0.0, 0.0, 0.0));
    }
}
