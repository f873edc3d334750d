//! Training options: a second POS tagger for the training sentences.

use dragoman_ner::{parse_iob2, train_ner, EntityKind, NerTraining};

/// A small training set in UNER's IOB2 layout (written for this test).
const TRAIN: &str = "\
# newdoc id = wire-1
1\tForeign\tO
2\tMinister\tO
3\tAnna\tB-PER
4\tKovacs\tI-PER
5\tarrived\tO
6\tin\tO
7\tVienna\tB-LOC
8\t.\tO

1\tShe\tO
2\tmet\tO
3\tofficials\tO
4\tof\tO
5\tthe\tO
6\tDanube\tB-ORG
7\tCommission\tI-ORG
8\t.\tO

1\tMarek\tB-PER
2\tNowak\tI-PER
3\tflew\tO
4\tto\tO
5\tWarsaw\tB-LOC
6\t.\tO

";

fn options(second_pos: Option<std::path::PathBuf>) -> NerTraining {
    NerTraining {
        epochs: 6,
        ensemble: 1,
        word_dropout: 0.0,
        second_pos,
        ..NerTraining::default()
    }
}

#[test]
fn a_missing_second_tagger_is_an_error_naming_the_file() {
    let train = parse_iob2(TRAIN, "train").unwrap();
    let missing = std::path::PathBuf::from("/nonexistent/dir/tagger-train.dnlp");
    let err = match train_ner(&train, &[], &[], &options(Some(missing)), |_| {}) {
        Ok(_) => panic!("training with a missing tagger file succeeded"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("tagger-train.dnlp"), "{err}");
}

#[test]
fn a_second_tagger_doubles_the_training_sentences() {
    let train = parse_iob2(TRAIN, "train").unwrap();
    // the shipped POS tagger stands in for one trained without these
    // sentences: every sentence is then learned twice per pass
    let tagger = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../dragoman-nlp/models/tagger.dnlp"
    );
    let mut once = Vec::new();
    train_ner(&train, &[], &[], &options(None), |r| {
        once.push(r.train_token_error)
    })
    .unwrap();
    let mut twice = Vec::new();
    let ner = train_ner(&train, &[], &[], &options(Some(tagger.into())), |r| {
        twice.push(r.train_token_error)
    })
    .unwrap();
    assert_eq!(once.len(), twice.len());
    // seeing each sentence twice per pass, the perceptron stops erring
    // sooner: its errors per token, summed over the passes, are fewer
    let sum = |v: &[f64]| v.iter().sum::<f64>();
    assert!(sum(&twice) < sum(&once), "{twice:?} vs {once:?}");
    let words = ["Marek", "Nowak", "flew", "to", "Warsaw", "."];
    let found: Vec<(String, EntityKind)> = ner
        .entities(&words)
        .iter()
        .map(|e| (words[e.start..e.end].join(" "), e.kind))
        .collect();
    assert!(
        found.contains(&("Warsaw".to_string(), EntityKind::Loc)),
        "{found:?}"
    );
}
