//! `EntityFinder::add_people`: people without a title, named by spans that
//! an entity tagger found, merged with what the dictionaries found.

mod common;

use common::{people, spans};
use dragoman_actors::EntityFinder;
use dragoman_core::DocEntity;

fn mentions(text: &str, e: &DocEntity) -> Vec<String> {
    e.mentions
        .iter()
        .map(|m| text[m.start..m.end].to_string())
        .collect()
}

#[test]
fn an_untitled_speaker_becomes_a_person_found_again_by_surname() {
    let text = "\"It will be close,\" said Ann Selzer, a pollster based in Des Moines. \
                Ms. Selzer has polled the state since 1987.";
    let found = people(text, &["Ann Selzer"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].name, "Ann Selzer");
    assert_eq!(mentions(text, &found[0]), ["Ann Selzer", "Ms. Selzer"]);
}

#[test]
fn a_description_in_apposition_gives_country_and_role() {
    let text = "A member of the Syrian parliament, Mohammed Mamoun, started a hunger strike.";
    let found = people(text, &["Mohammed Mamoun"]);
    assert_eq!(found[0].country.as_deref(), Some("SYR"), "{found:?}");

    let text = "Saeb Erakat, the chief Palestinian negotiator, rejected the changes.";
    let found = people(text, &["Saeb Erakat"]);
    assert_eq!(found[0].country.as_deref(), Some("PSE"), "{found:?}");
    assert_eq!(
        found[0].role.as_deref(),
        Some("Palestinian negotiator"),
        "{found:?}"
    );

    let text = "Foreign Minister Nikos Andreou and his Turkish counterpart Mehmet Kaya spoke.";
    let found = people(text, &["Mehmet Kaya"]);
    let kaya = found
        .iter()
        .find(|p| p.name == "Mehmet Kaya")
        .expect("Kaya");
    assert_eq!(kaya.country.as_deref(), Some("TUR"), "{found:?}");
}

#[test]
fn a_known_person_is_not_found_twice_and_gets_the_fuller_name() {
    // the title gives "Blinken"; the tagger's "Antony Blinken" completes it
    let text = "Secretary Blinken arrived. Antony Blinken then met the press.";
    let found = people(text, &["Antony Blinken"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].name, "Antony Blinken");
    assert_eq!(found[0].role.as_deref(), Some("Secretary"));
}

#[test]
fn false_friends_are_not_people() {
    // a place cut short by the tagger, a name inside an organization, a
    // country, a lone unknown word, a lower-case phrase
    let text = "A standoff\n\nShips gathered near Second Thomas Shoal. Tags: Delhi Smog\u{a0}Air Quality. The rebel Kurdistan Workers' Party \
                issued a statement. Jordan Peterson was not there, but Jordan said so. \
                Marathon shut its plant, the foreign ministry said.";
    let found = people(
        text,
        &[
            "Thomas Shoal",
            "Delhi Smog",
            "Kurdistan Workers",
            "Marathon",
            "foreign ministry",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn names_of_places_bodies_and_products_are_not_people() {
    let text = "Astronomers at the W. M. Keck Observatory watched the comet. \
                The film was made by Toei Animation, and the band played the \
                USANA Amphitheatre before the Philip K. Dick Award was given. \
                Reviewers praised the Retina MacBook Pro.";
    let found = people(
        text,
        &[
            "W. M. Keck Observatory",
            "Toei Animation",
            "USANA Amphitheatre",
            "Philip K. Dick Award",
            "Retina MacBook Pro",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
    // a surname that is also a common word is still a surname
    let text = "\"We were lucky,\" said Grace Park, who runs the shelter.";
    let found = people(text, &["Grace Park"]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_name_at_the_start_of_a_sentence_is_kept() {
    let text = "The talks ended. Donald Trump told a crowd on Saturday that he would win.";
    let found = people(text, &["Donald Trump"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].name, "Donald Trump");
    // a capitalised sentence opener before the name does not make it a
    // longer name
    let text = "Yesterday Donald Trump told a crowd that he would win.";
    assert_eq!(people(text, &["Donald Trump"]).len(), 1);
}

#[test]
fn entities_are_renumbered_in_text_order() {
    let text = "Meskerem Alemu met Kenya's foreign minister in Nairobi.";
    let finder = EntityFinder::default();
    let mut entities = finder.find(text);
    finder.add_people(text, &mut entities, &spans(text, &["Meskerem Alemu"]));
    assert_eq!(entities[0].name, "Meskerem Alemu");
    let ids: Vec<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    let want: Vec<String> = (1..=entities.len()).map(|i| format!("E{i}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn wide_characters_around_a_name_are_handled() {
    // a no-break space and curly quotes right before and after the names
    let text = "The analyst\u{a0}Lena Vogt said so. “The deal is done,” said\u{a0}Omar Haddad,                 “a senior negotiator”, on Friday. A member of the “Free Voice” party,\u{a0}Ana Ruiz, agreed.";
    let found = people(text, &["Lena Vogt", "Omar Haddad", "Ana Ruiz"]);
    let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Omar Haddad"), "{names:?}");
    assert!(names.contains(&"Ana Ruiz"), "{names:?}");
}

#[test]
fn a_name_after_a_sentence_end_or_a_description_is_its_own_when_its_country_is_known() {
    // the word before ends the previous sentence: no longer name
    let text = "European leaders lined up behind Zelensky. Keir Starmer spoke to both presidents.";
    let found = people(text, &["Keir Starmer"]);
    assert!(found.iter().any(|p| p.name == "Keir Starmer"), "{found:?}");

    // the last titled phrase of a clause is the description
    let text = "The Algerian foreign ministry summoned the French ambassador, Mr Stephane Romatet, on Saturday.";
    let found = people(text, &["Stephane Romatet"]);
    let romatet = found
        .iter()
        .find(|p| p.name == "Stephane Romatet")
        .expect("Romatet");
    assert_eq!(romatet.country.as_deref(), Some("FRA"), "{found:?}");

    // a name after another in a list, with nothing to say whose it is, is
    // left out
    let text = "The meeting was attended by Sameh Shoukry, Tadesse Worku and Asma Abdalla.";
    let found = people(text, &["Tadesse Worku"]);
    assert!(found.iter().all(|p| p.name != "Tadesse Worku"), "{found:?}");
}

#[test]
fn greenlands_premier_serves_greenland() {
    assert_eq!(
        dragoman_actors::office_holder_state("Jens-Frederik Nielsen"),
        Some("GRL")
    );
}

#[test]
fn the_second_of_two_people_after_a_possessive_country_shares_it() {
    let text = "Lee Yang and Wang Chi-lin won the final, beating China's Liang Weikeng \
                and Wang Chang in three games.";
    let found = people(
        text,
        &["Lee Yang", "Wang Chi-lin", "Liang Weikeng", "Wang Chang"],
    );
    let country = |name: &str| {
        found
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name} in {found:?}"))
            .country
            .clone()
    };
    assert_eq!(country("Liang Weikeng").as_deref(), Some("CHN"));
    assert_eq!(country("Wang Chang").as_deref(), Some("CHN"));
    // the pair before "beating" stands after no possessive
    assert_eq!(country("Lee Yang"), None);
    assert_eq!(country("Wang Chi-lin"), None);
}

#[test]
fn a_name_in_capitals_is_found_again_by_its_surname() {
    let text = "SIARHEI TSIKHANOUSKI walked across the border on Saturday. Belarus \
                released Mr Tsikhanouski and 13 other prisoners. Tsikhanouski thanked \
                his supporters.";
    let found = people(text, &["SIARHEI TSIKHANOUSKI"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].name, "Siarhei Tsikhanouski");
    assert_eq!(
        mentions(text, &found[0]),
        ["SIARHEI TSIKHANOUSKI", "Mr Tsikhanouski", "Tsikhanouski"]
    );
}

#[test]
fn an_ambiguous_town_or_a_backer_gives_no_country() {
    // Hamilton is Bermuda's capital, and a city of New Zealand and Canada
    let text = "\"We were an hour out,\" said Aroha Bennett, a nurse from Hamilton.";
    let found = people(text, &["Aroha Bennett"]);
    assert_eq!(found[0].country, None, "{found:?}");
    // ... unless the text names the country plainly
    let text = "Bermuda closed its port. \"We were an hour out,\" said Aroha Bennett, \
                a nurse from Hamilton.";
    let found = people(text, &["Aroha Bennett"]);
    assert_eq!(found[0].country.as_deref(), Some("BMU"), "{found:?}");
    // the country backing a party is not its deputy leader's
    let text = "Milan Radic, the deputy leader of the Belgrade-backed Civic Union, resigned.";
    let found = people(text, &["Milan Radic"]);
    assert_eq!(found[0].country, None, "{found:?}");
    let text = "Milan Radic, the deputy leader of the Belgrade-based Civic Union, resigned.";
    let found = people(text, &["Milan Radic"]);
    assert_eq!(found[0].country.as_deref(), Some("SRB"), "{found:?}");
}

#[test]
fn a_person_based_in_a_capital_is_of_its_country() {
    let text = "The hosts talk to Bogotá-based journalist Andrés Quintero about the talks.";
    let found = people(text, &["Andrés Quintero"]);
    assert_eq!(found[0].country.as_deref(), Some("COL"), "{found:?}");
    // a place that is not where the person is based says nothing
    let text = "The hosts talk to journalist Andrés Quintero about Bogotá-based groups.";
    let found = people(text, &["Andrés Quintero"]);
    assert_eq!(found[0].country, None, "{found:?}");
}
