//! Repairs after parsing for wire-copy word orders the treebank rarely
//! has. Sentences written for this test.

use dragoman_nlp::{Analysis, Deprel, Nlp, Upos};

fn analyze(text: &str) -> Analysis {
    Nlp::shared().expect("built-in models").analyze(text)
}

fn index_of(a: &Analysis, text: &str, word: &str) -> usize {
    (0..a.tokens.len())
        .find(|&i| &text[a.tokens[i].span.start..a.tokens[i].span.end] == word)
        .expect("word in sentence")
}

#[test]
fn a_day_between_a_verb_and_its_object_is_no_object() {
    for (text, verb, object) in [
        (
            "The rebels released Sunday two foreign hostages.",
            "released",
            "hostages",
        ),
        (
            "The Ethiopian army lifted Friday a day-old blockade on Somali trucks passing through this crossing, officials told AFP.",
            "lifted",
            "blockade",
        ),
    ] {
        let a = analyze(text);
        let (v, o) = (index_of(&a, text, verb), index_of(&a, text, object));
        assert_eq!(a.objects(v), vec![o], "{text}");
        let day = (0..a.tokens.len())
            .find(|&i| a.head(i) == Some(v) && a.tokens[i].deprel == Deprel::OblUnmarked)
            .map(|i| &text[a.tokens[i].span.start..a.tokens[i].span.end]);
        assert!(
            matches!(day, Some("Sunday" | "Friday")),
            "{text}: {day:?}"
        );
    }
}

#[test]
fn a_verb_with_its_own_subject_is_the_content_of_the_report() {
    let text = "The Syrian army lifted Friday a day-old blockade on Lebanese lorries passing through this crossing point between the Bekaa Valley and the Lebanese state, officials told AFP.";
    let a = analyze(text);
    let (lifted, told) = (index_of(&a, text, "lifted"), index_of(&a, text, "told"));
    assert_eq!(a.head(lifted), Some(told));
    assert_eq!(a.tokens[lifted].deprel, Deprel::Ccomp);
}

#[test]
fn a_titled_name_after_another_names_of_phrase_is_its_conjunct() {
    let text = "Today, President Joseph R. Biden, Jr. hosted President Yoon Suk Yeol of the Republic of Korea and Prime Minister Kishida Fumio of Japan at Camp David.";
    let a = analyze(text);
    let (yoon, kishida) = (index_of(&a, text, "Yoon"), index_of(&a, text, "Kishida"));
    assert_eq!(a.head(kishida), Some(yoon));
    assert_eq!(a.tokens[kishida].deprel, Deprel::Conj);
}

#[test]
fn a_clause_after_a_fronted_time_phrase_is_no_noun_with_a_modifier() {
    let text = "Guyana took the case to the ICJ in 2018, and in December 2023 Ali and Maduro met in St Vincent and the Grenadines, where they agreed not to use force against each other.";
    let a = analyze(text);
    let (ali, met) = (index_of(&a, text, "Ali"), index_of(&a, text, "met"));
    let december = index_of(&a, text, "December");
    assert_eq!(a.head(ali), Some(met));
    assert_eq!(a.tokens[ali].deprel, Deprel::Nsubj);
    assert_eq!(a.head(december), Some(met));
}

#[test]
fn the_noun_after_by_in_a_passive_clause_is_its_agent() {
    let text = "On April 7, Prime Minister Pedro Sanchez was received in Rabat by King Mohammed VI, and the two governments agreed on a new roadmap.";
    let a = analyze(text);
    let received = index_of(&a, text, "received");
    let (mohammed, agreed) = (index_of(&a, text, "Mohammed"), index_of(&a, text, "agreed"));
    assert_eq!(a.passive_agent(received), Some(mohammed));
    assert_eq!(a.head(agreed), Some(received));
}

#[test]
fn a_plural_noun_with_a_subject_is_the_clauses_verb() {
    let text = "The United Kingdom calls on the military government to free the detained journalists without delay.";
    let a = analyze(text);
    let calls = index_of(&a, text, "calls");
    assert_eq!(a.tokens[calls].upos, Upos::Verb);
    // a noun phrase is left alone
    let text = "The phone calls between the two leaders lasted an hour.";
    let a = analyze(text);
    let calls = index_of(&a, text, "calls");
    assert_eq!(a.tokens[calls].upos, Upos::Noun);
}

#[test]
fn a_plural_noun_after_the_opening_name_is_its_verb() {
    let text = "The Commission condemns these arrests and calls on the authorities to free the journalists.";
    let a = analyze(text);
    let condemns = index_of(&a, text, "condemns");
    let calls = index_of(&a, text, "calls");
    assert_eq!(a.tokens[condemns].upos, Upos::Verb);
    assert_eq!(a.tokens[calls].upos, Upos::Verb);
    assert_eq!(a.head(condemns), None);
    // a noun phrase that opens the sentence is left alone
    let text = "The Geneva talks ended without an agreement.";
    let a = analyze(text);
    assert_eq!(a.tokens[index_of(&a, text, "talks")].upos, Upos::Noun);
}

#[test]
fn a_name_and_a_verb_closing_a_relative_clause_are_subject_and_verb() {
    for text in [
        "The junta accused Paris of massing forces near the border, which France denies.",
        "Officials say the ships map the seabed for submarines, an allegation Beijing rejects.",
    ] {
        let a = analyze(text);
        let verb = (0..a.tokens.len())
            .find(|&i| {
                matches!(
                    &text[a.tokens[i].span.start..a.tokens[i].span.end],
                    "denies" | "rejects"
                )
            })
            .expect("the verb");
        assert_eq!(a.tokens[verb].upos, Upos::Verb, "{text}");
    }
    // a plural noun that a name opens is no verb
    let text = "Officials met the Kenyan negotiators on Monday.";
    let a = analyze(text);
    let n = index_of(&a, text, "negotiators");
    assert_eq!(a.tokens[n].upos, Upos::Noun);
}
