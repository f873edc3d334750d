//! Titled people whose names or titles are long or unusual: particles in
//! Arabic names, courtesy titles, portfolios after the title, a country's
//! lower-case portfolio, chains of titles, the head of a known body, and
//! things named after people that are not people.

mod common;

use common::people;
use dragoman_core::DocEntity;

fn person<'a>(found: &'a [DocEntity], name: &str) -> &'a DocEntity {
    found
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no person {name} in {found:?}"))
}

#[test]
fn arabic_names_keep_their_particles_and_lose_courtesy_titles() {
    let text = "The talks were hosted by Qatar’s Prime Minister and Foreign Minister \
                Sheikh Mohammed bin Abdulrahman Al Thani. \"We are closer,\" Sheikh \
                Mohammed told reporters. The army, led by General Abdel Fattah al-Burhan, \
                refused. \"Act now,\" said Saudi Foreign Minister Prince Faisal bin Farhan \
                Al Saud.";
    let found = people(text, &["Prince Faisal bin Farhan Al Saud"]);
    let thani = person(&found, "Mohammed bin Abdulrahman Al Thani");
    assert_eq!(thani.country.as_deref(), Some("QAT"));
    assert_eq!(
        thani.role.as_deref(),
        Some("Qatar’s Prime Minister and Foreign Minister")
    );
    // the later "Sheikh Mohammed" is the same man
    assert_eq!(thani.mentions.len(), 2, "{thani:?}");
    person(&found, "Abdel Fattah al-Burhan");
    let faisal = person(&found, "Faisal bin Farhan Al Saud");
    assert_eq!(faisal.country.as_deref(), Some("SAU"));
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn a_portfolio_between_title_and_name_is_not_the_name() {
    let text = "U.S. envoy for the Western Balkans Gabriel Escobar spoke by phone with \
                him. Under Secretary of the Treasury for Terrorism and Financial \
                Intelligence Brian Nelson said in a statement that more would follow.";
    let found = people(text, &[]);
    let escobar = person(&found, "Gabriel Escobar");
    assert_eq!(escobar.country.as_deref(), Some("USA"));
    assert_eq!(
        escobar.role.as_deref(),
        Some("U.S. envoy for the Western Balkans")
    );
    let nelson = person(&found, "Brian Nelson");
    assert_eq!(nelson.country.as_deref(), Some("USA"));
}

#[test]
fn a_countrys_lower_case_portfolio_gives_its_country() {
    let text = "Last month, Eritrea's information minister Yemane Gebremeskel accused \
                Ethiopia of preparing for war. Ukraine's human rights commissioner Dmytro \
                Lubinets said it was the first exchange.";
    let found = people(text, &[]);
    assert_eq!(
        person(&found, "Yemane Gebremeskel").country.as_deref(),
        Some("ERI")
    );
    assert_eq!(
        person(&found, "Dmytro Lubinets").country.as_deref(),
        Some("UKR")
    );
    // a function word in between is not a portfolio
    let text = "Iran's support for the president Bashar Assad has not wavered.";
    let found = people(text, &[]);
    assert!(
        found.iter().all(|p| p.country.as_deref() != Some("IRN")),
        "{found:?}"
    );
}

#[test]
fn the_head_of_a_known_body_takes_its_country() {
    let text = "An Israeli delegation was led by Mossad chief David Barnea.";
    let found = people(text, &["David Barnea"]);
    let barnea = person(&found, "David Barnea");
    assert_eq!(barnea.country.as_deref(), Some("ISR"));
    assert_eq!(barnea.role.as_deref(), Some("chief"));
}

#[test]
fn bodies_crossings_and_ships_named_like_people_are_not_people() {
    let text = "The Directors General of Military Operations spoke. Aid went through the \
                Kerem Shalom crossing, and the USS Carl Vinson sailed. Choi Min-seo, a \
                researcher, said it was a message.";
    let found = people(text, &["Kerem Shalom", "Carl Vinson", "Choi Min"]);
    let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Choi Min-seo"]);
}

#[test]
fn a_portfolio_without_a_name_after_it_names_no_one() {
    let text = "Jane Roe, vice president of Advanced Development Programs, said the \
                jet would fly. Minister of Defence Lloyd Austin arrived. Taiwan's \
                president, Tsai Ing-wen of the Democratic Progressive party, spoke. \
                The spokeswoman for Instagram declined to comment.";
    let found = people(text, &["Jane Roe", "Tsai Ing-wen"]);
    let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Jane Roe", "Lloyd Austin", "Tsai Ing-wen"]);
    // a royal named by title and given name keeps the title
    let text = "Prince Andrew stepped back from public duties.";
    let found = people(text, &["Prince Andrew"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "Prince Andrew");
}

#[test]
fn a_person_named_by_the_given_name_alone_is_found_again() {
    let text = "Nigerian President Olusegun Obasanjo left on Monday. Getachew Reda flew \
                to the capital. Getachew, the president of the Tigray Interim Regional \
                Administration, met Prime Minister Abiy Ahmed. Abiy told parliament it \
                was an existential issue.";
    let found = people(text, &["Getachew Reda"]);
    let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Olusegun Obasanjo", "Getachew Reda", "Abiy Ahmed"]);
    let getachew = person(&found, "Getachew Reda");
    assert_eq!(getachew.mentions.len(), 2, "{getachew:?}");
    assert_eq!(person(&found, "Abiy Ahmed").mentions.len(), 2);
    // "the president of ..." names its own office, not Obasanjo's
    assert_eq!(person(&found, "Olusegun Obasanjo").mentions.len(), 1);

    // a surname used alone is how the text names that person
    let text = "Foreign Minister Jeyhun Bayramov arrived. Jeyhun said little; Bayramov \
                spoke later.";
    let found = people(text, &[]);
    assert_eq!(person(&found, "Jeyhun Bayramov").mentions.len(), 2);
}

#[test]
fn a_hyphenated_modifier_keeps_the_bodys_country() {
    let text = "The Israeli military's Arabic-language spokesman Avichay Adraee told \
                residents not to return to their villages.";
    let found = people(text, &[]);
    let adraee = person(&found, "Avichay Adraee");
    assert_eq!(adraee.country.as_deref(), Some("ISR"));
}

#[test]
fn a_qualified_bare_title_after_an_untitled_name_is_that_person() {
    let text = "Ersin Tatar did not hide where he stands. Speaking after the \
                meeting, the Turkish Cypriot leader said any settlement must \
                recognise two states. Later the president of the assembly said \
                nothing.";
    let found = people(text, &["Ersin Tatar"]);
    let tatar = person(&found, "Ersin Tatar");
    assert_eq!(tatar.role.as_deref(), Some("Leader"));
    assert_eq!(tatar.mentions.len(), 2, "{:?}", tatar.mentions);
    // a title of someone else's office ("the president of ...") is not his
    assert!(!tatar
        .mentions
        .iter()
        .any(|m| text[m.start..m.end].contains("president")));
}

#[test]
fn a_title_after_the_name_describes_it_unless_it_opens_the_next_name() {
    let text = "The summit was chaired by Kofi Mensah Boateng, President of the \
                Republic of Ghana. The talks were led by Mossad chief David Barnea, \
                Egyptian intelligence chief Abbas Kamel and others.";
    let found = people(text, &["Kofi Mensah Boateng", "David Barnea"]);
    let boateng = person(&found, "Kofi Mensah Boateng");
    assert_eq!(boateng.country.as_deref(), Some("GHA"), "{found:?}");
    assert_eq!(boateng.role.as_deref(), Some("President"));
    let barnea = person(&found, "David Barnea");
    assert_eq!(barnea.country.as_deref(), Some("ISR"));
}

#[test]
fn single_country_legislator_titles_give_their_country() {
    // a Teachta Dála sits in the Irish parliament, a Member of the
    // Scottish Parliament in a British one
    let text = "Independent TD Catherine Connolly said the vote was close. MSP \
                Ross Greer disagreed.";
    let found = people(text, &[]);
    let connolly = person(&found, "Catherine Connolly");
    assert_eq!(connolly.country.as_deref(), Some("IRL"));
    assert_eq!(connolly.sector.as_deref(), Some("LEG"));
    let greer = person(&found, "Ross Greer");
    assert_eq!(greer.country.as_deref(), Some("GBR"));
}
