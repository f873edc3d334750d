//! Well-known office holders get the state they serve from
//! `resources/office_holders.txt`, once the text has had its say.

use dragoman_actors::office_holder_countries;
use dragoman_core::{DocEntity, EntityKind};

fn person(name: &str, role: Option<&str>, country: Option<&str>) -> DocEntity {
    DocEntity {
        id: "E1".into(),
        name: name.into(),
        kind: EntityKind::Person,
        country: country.map(str::to_string),
        sector: None,
        role: role.map(str::to_string),
        mentions: Vec::new(),
    }
}

#[test]
fn known_holders_serve_their_state() {
    let mut entities = vec![
        person("Xi Jinping", Some("President"), None),
        // a spelling variant on the same line of the list
        person("Volodymyr Zelenskyy", None, None),
        // a country guessed from the passage gives way
        person("Yoon Suk Yeol", Some("President"), Some("PRK")),
        // a titled surname alone, unique in the list
        person("Lavrov", Some("Foreign Minister"), None),
        // an untitled surname alone tells nothing
        person("Lavrov", None, None),
        // nobody the list knows
        person("Jane Doe", Some("spokesperson"), None),
    ];
    office_holder_countries(&mut entities);
    let countries: Vec<Option<&str>> = entities.iter().map(|e| e.country.as_deref()).collect();
    assert_eq!(
        countries,
        vec![
            Some("CHN"),
            Some("UKR"),
            Some("KOR"),
            Some("RUS"),
            None,
            None
        ]
    );
}

#[test]
fn the_regional_lists_cover_ministers_party_leaders_and_movements() {
    let mut entities = vec![
        // a foreign minister named without a title
        person("Tobias Billström", None, None),
        // the press spelling without the diacritic
        person("Tobias Billstrom", None, None),
        // an opposition party leader
        person("Julius Malema", None, None),
        // the leader of an armed movement serves the state where it operates
        person("Riek Machar", None, None),
        // a Hong Kong official carries the territory's code
        person("Carrie Lam", None, None),
    ];
    office_holder_countries(&mut entities);
    let countries: Vec<Option<&str>> = entities.iter().map(|e| e.country.as_deref()).collect();
    assert_eq!(
        countries,
        vec![
            Some("SWE"),
            Some("SWE"),
            Some("ZAF"),
            Some("SSD"),
            Some("HKG")
        ]
    );
}

#[test]
fn initials_and_suffixes_do_not_hide_a_known_holder() {
    let mut entities = vec![
        person("Gilberto C. Teodoro Jr.", Some("Secretary"), None),
        person("Gilberto C. Teodoro", None, None),
        // a different first name is somebody else
        person("Roberto C. Teodoro", None, None),
    ];
    office_holder_countries(&mut entities);
    let countries: Vec<Option<&str>> = entities.iter().map(|e| e.country.as_deref()).collect();
    assert_eq!(countries, vec![Some("PHL"), Some("PHL"), None]);
}

/// The office holders' names `office_holder_mentions` finds in `text`.
fn holders_named(text: &str) -> Vec<&str> {
    dragoman_actors::office_holder_mentions(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

#[test]
fn full_names_of_known_holders_are_found_in_text() {
    let text = "By October they were demanding that Andry Rajoelina, the president, resign.";
    assert_eq!(holders_named(text), vec!["Andry Rajoelina"]);
    // the longest listed spelling, and only whole words
    let text = "Teodoro Obiang Nguema spoke; Andry Rajoelinas is nobody; andry rajoelina neither.";
    assert_eq!(holders_named(text), vec!["Teodoro Obiang Nguema"]);
}
