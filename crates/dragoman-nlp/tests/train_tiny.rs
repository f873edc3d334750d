//! Training on a tiny hand-written treebank keeps the training code honest:
//! both models must learn their own training data.

use std::path::Path;

use dragoman_nlp::conllu::parse_conllu;
use dragoman_nlp::{
    attachment_scores, tagging_accuracy, train_parser, train_tagger, Parser, ParserExample,
    ParserTraining, Tagger, TaggerTraining,
};

const TINY: &str = include_str!("fixtures/tiny.conllu");

#[test]
fn tiny_models_learn_their_training_data() {
    let sents = parse_conllu(TINY, Path::new("tiny.conllu")).unwrap();
    assert_eq!(sents.len(), 6);
    let opts = TaggerTraining {
        epochs: 10,
        two_pass: false,
        dict_min_count: 1000,
        ..TaggerTraining::default()
    };
    let mut epochs = 0;
    let tagger = train_tagger(&sents, &[], &opts, |_| epochs += 1).unwrap();
    assert_eq!(epochs, 10);
    let (upos, xpos) = tagging_accuracy(&tagger, &sents);
    assert!(upos >= 0.95, "tiny tagger UPOS {upos}");
    assert!(xpos >= 0.95, "tiny tagger XPOS {xpos}");
    // the model file round-trips
    let tagger = Tagger::from_bytes(&tagger.to_bytes(), "tiny").unwrap();
    assert_eq!(tagging_accuracy(&tagger, &sents).0, upos);

    let examples: Vec<ParserExample> = sents
        .iter()
        .map(|s| {
            let upos = s.words.iter().map(|w| w.upos).collect();
            let xpos = s.words.iter().map(|w| w.xpos.unwrap()).collect();
            ParserExample::new(s, upos, xpos)
        })
        .collect();
    let popts = ParserTraining {
        epochs: 15,
        prune: 0.0,
        ..ParserTraining::default()
    };
    let parser = train_parser(&examples, &[], &popts, |_| {}).unwrap();
    let parser = Parser::from_bytes(&parser.to_bytes(), "tiny").unwrap();
    let scores = attachment_scores(&parser, &examples);
    assert!(scores.uas >= 0.95, "tiny parser UAS {}", scores.uas);
    assert!(scores.las >= 0.9, "tiny parser LAS {}", scores.las);
}

#[test]
fn training_rejects_an_empty_treebank() {
    assert!(train_tagger(&[], &[], &TaggerTraining::default(), |_| {}).is_err());
    assert!(train_parser(&[], &[], &ParserTraining::default(), |_| {}).is_err());
}

#[test]
fn corrupt_models_are_errors_not_panics() {
    assert!(Tagger::from_bytes(b"DRGNLP\0\0garbage", "x").is_err());
    assert!(Parser::from_bytes(&[], "x").is_err());
    let good = Tagger::builtin().unwrap().to_bytes();
    assert!(Tagger::from_bytes(&good[..good.len() / 2], "half").is_err());
}
