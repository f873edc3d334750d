//! The tagger on news wording that web text, its training data, rarely
//! has. Sentences written for this test.

use dragoman_nlp::{Tagger, Upos};

fn upos_of(sentence: &str, word: &str) -> Upos {
    let tagger = Tagger::builtin().expect("built-in tagger");
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let tags = tagger.tag(&words);
    let at = words
        .iter()
        .position(|w| *w == word)
        .expect("word in sentence");
    tags.upos[at]
}

#[test]
fn a_past_tense_verb_after_its_subject_is_a_verb() {
    for (sentence, word) in [
        (
            "Irish nationalist guerrillas wounded two British soldiers in a bomb attack .",
            "wounded",
        ),
        (
            "Rebel fighters wounded three policemen near the border .",
            "wounded",
        ),
    ] {
        assert_eq!(upos_of(sentence, word), Upos::Verb, "{sentence}");
    }
}

#[test]
fn an_adjective_in_other_places_stays_one() {
    assert_eq!(
        upos_of("The wounded soldiers were taken to a hospital .", "wounded"),
        Upos::Adj
    );
}

#[test]
fn an_unknown_capitalised_word_is_no_function_word() {
    // Without the rule the model made "Ibo" a preposition.
    for (sentence, word) in [
        (
            "Ibo traditional elders have demanded that the ministry be handed over .",
            "Ibo",
        ),
        ("Maitlis repeatedly demanded an answer .", "Maitlis"),
    ] {
        assert_eq!(upos_of(sentence, word), Upos::Propn, "{sentence}");
    }
    // known function words keep their tags
    assert_eq!(upos_of("In the capital , talks resumed .", "In"), Upos::Adp);
}

#[test]
fn a_word_in_s_after_to_is_a_plural_noun() {
    // "to" is never followed by a verb in -s; the model had read
    // "refugees" here as one.
    for sentence in [
        "The agency will provide nearly 10,000 tons of food aid to refugees fleeing the war in Mali .",
        "The United Nations will send 5,000 tons of emergency food aid to refugees fleeing the fighting .",
    ] {
        assert_eq!(upos_of(sentence, "refugees"), Upos::Noun, "{sentence}");
    }
}

#[test]
fn a_past_tense_verb_before_a_noun_in_a_verbless_reading_is_a_verb() {
    let sentence = "The Fijian government relaxed restrictions on political meetings on Monday .";
    assert_eq!(upos_of(sentence, "relaxed"), Upos::Verb);
}

#[test]
fn back_after_a_modal_is_a_verb() {
    let sentence = "Germany would back Poland 's bid to join the alliance , the chancellor said .";
    assert_eq!(upos_of(sentence, "back"), Upos::Verb);
}
