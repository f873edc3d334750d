//! The splitter on the news fixture: realistic reporting with abbreviations,
//! quotes, brackets, URLs and headlines.

const FIXTURE: &str = include_str!("fixtures/news_sentences.txt");

#[test]
fn news_fixture_sentence_f1_at_least_0_98() {
    let texts = dragoman_nlp::fixture::paragraphs(FIXTURE);
    let sentences: usize = texts.iter().map(|t| t.sentences.len()).sum();
    assert!(sentences >= 150, "fixture has only {sentences} sentences");
    let (f1, misses) = dragoman_nlp::fixture::sentence_f1(FIXTURE);
    assert!(
        f1 >= 0.98,
        "sentence F1 {f1:.4}; wrong sentences: {misses:#?}"
    );
}
