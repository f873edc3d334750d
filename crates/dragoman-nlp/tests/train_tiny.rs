//! Training on a tiny hand-written treebank keeps the training code honest:
//! the models must learn their own training data.

use std::path::Path;

use dragoman_nlp::conllu::parse_conllu;
use dragoman_nlp::{
    attachment_scores, tagging_accuracy, train_parser, train_sentence_model, train_tagger, Parser,
    ParserExample, ParserTraining, SentenceModel, SentenceTraining, Tagger, TaggerTraining,
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

    // the beam-search parser, trained globally, learns them too, and its
    // file keeps the beam width (a greedy reading would score differently)
    let bopts = ParserTraining { beam: 4, ..popts };
    let beam = train_parser(&examples, &[], &bopts, |_| {}).unwrap();
    let bytes = beam.to_bytes();
    assert_ne!(bytes, parser.to_bytes());
    let beam = Parser::from_bytes(&bytes, "tiny-beam").unwrap();
    assert_eq!(beam.beam_width(), 4);
    assert_eq!(parser.beam_width(), 1);
    let scores = attachment_scores(&beam, &examples);
    assert!(scores.uas >= 0.95, "tiny beam parser UAS {}", scores.uas);
    assert!(scores.las >= 0.9, "tiny beam parser LAS {}", scores.las);
}

#[test]
fn builtin_parsers_load_and_differ_in_search() {
    let greedy = dragoman_nlp::Nlp::load_with(dragoman_nlp::ParserKind::Greedy).unwrap();
    let beam = dragoman_nlp::Nlp::load_with(dragoman_nlp::ParserKind::Beam).unwrap();
    assert_eq!(greedy.parser().beam_width(), 1);
    assert_eq!(beam.parser().beam_width(), 4);
    // both give one root and a head in the sentence for every other word
    let words = [
        "Blinken",
        "met",
        "Aliyev",
        "and",
        "Pashinyan",
        "in",
        "Washington",
        ".",
    ];
    for nlp in [&greedy, &beam] {
        let (_, parse) = nlp.tag_and_parse(&words);
        assert_eq!(parse.heads.iter().filter(|h| h.is_none()).count(), 1);
        assert!(parse
            .heads
            .iter()
            .flatten()
            .all(|&h| (h as usize) < words.len()));
        assert_eq!(parse.heads[0], Some(1), "Blinken depends on met");
    }
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

/// Paragraphs of web-style text, one sentence per item; several end without
/// punctuation, which the rules alone cannot split.
const WEB_PARAGRAPHS: &[&[&str]] = &[
    &[
        "Thanks for the update",
        "See you at the briefing on Monday.",
    ],
    &[
        "Great hotel near the station",
        "Staff were friendly and the rooms clean.",
    ],
    &["The ministers met in Geneva.", "No agreement was reached."],
    &["Best regards", "Anna Petrosyan"],
    &["Any news on the convoy?", "Nobody has called yet."],
    &["Loved the food", "Will come back next year!"],
    &[
        "Talks resume on Tuesday.",
        "Both delegations confirmed the date.",
    ],
    &["Quick question", "Does the embassy open on Saturdays?"],
    &["Cheers", "Mark"],
    &[
        "He said the border was calm.",
        "Reporters could not verify the claim.",
    ],
];

fn web_treebank() -> Vec<dragoman_nlp::conllu::ConlluSentence> {
    let mut out = Vec::new();
    for para in WEB_PARAGRAPHS {
        for (k, s) in para.iter().enumerate() {
            out.push(dragoman_nlp::conllu::ConlluSentence {
                text: Some(s.to_string()),
                newpar: k == 0,
                ..Default::default()
            });
        }
    }
    out
}

fn split_f1(split: impl Fn(&str, &[dragoman_core::Span]) -> Vec<dragoman_nlp::Sentence>) -> f64 {
    let (mut hits, mut gold, mut pred) = (0, 0, 0);
    for para in WEB_PARAGRAPHS {
        let text = para.join(" ");
        let mut spans = Vec::new();
        let mut at = 0;
        for s in *para {
            spans.push((at, at + s.len()));
            at += s.len() + 1;
        }
        let got = split(&text, &dragoman_nlp::tokenize(&text));
        hits += got
            .iter()
            .filter(|s| spans.contains(&(s.span.start, s.span.end)))
            .count();
        gold += spans.len();
        pred += got.len();
    }
    2.0 * hits as f64 / (gold + pred) as f64
}

#[test]
fn tiny_sentence_model_learns_unpunctuated_boundaries() {
    let sents = web_treebank();
    let opts = SentenceTraining {
        epochs: 10,
        prune: 0.0,
        ..SentenceTraining::default()
    };
    let mut reports = Vec::new();
    let model = train_sentence_model(&sents, &sents, &opts, |r| reports.push(r.dev_f1)).unwrap();
    assert_eq!(reports.len(), 10);
    let model = SentenceModel::from_bytes(&model.to_bytes(), "tiny").unwrap();
    let learned = split_f1(|t, s| model.split(t, s));
    let rules = split_f1(dragoman_nlp::split_rules);
    assert!(rules < 0.7, "the rules alone score {rules}");
    assert!(
        learned >= 0.95,
        "the tiny model scores {learned} on its training text"
    );
    assert!(
        reports.iter().any(|&f| (f - learned).abs() < 1e-9),
        "kept the best epoch"
    );
    assert!(train_sentence_model(&[], &[], &opts, |_| {}).is_err());
}
