//! Titled officials of home offices named without a country take the
//! country the report is about, when one stands out and their own
//! sentences name no other.

use dragoman_actors::EntityFinder;
use dragoman_core::EntityKind;

fn person_country(text: &str, surname: &str) -> Option<String> {
    EntityFinder::default()
        .find(text)
        .into_iter()
        .find(|e| e.kind == EntityKind::Person && e.name.ends_with(surname))
        .unwrap_or_else(|| panic!("no person {surname} in {text}"))
        .country
}

const REPORT: &str = "Sri Lanka will bar foreign research vessels from its waters for a year, \
officials in Colombo said on Wednesday. The decision follows months of debate in Sri Lanka \
about the visits. Foreign Minister Ali Sabry declined to comment. Sri Lankan officials said \
the ban would be reviewed in December.";

#[test]
fn a_minister_in_a_report_about_one_country_is_of_that_country() {
    assert_eq!(person_country(REPORT, "Sabry").as_deref(), Some("LKA"));
}

#[test]
fn an_official_named_beside_another_country_gets_none() {
    let text = format!(
        "{REPORT} Defence Minister Kamal Gunaratne said India had raised the visits with him."
    );
    assert_eq!(person_country(&text, "Gunaratne"), None);
}

#[test]
fn no_country_stands_out_and_no_home_is_given() {
    let text = "Kenya and Germany signed a migration deal in Nairobi. Germany and Kenya \
will review it next year, and Berlin said Kenya had agreed. Interior Minister Kithure Kindiki \
praised the deal.";
    assert_eq!(person_country(text, "Kindiki"), None);
}

#[test]
fn people_without_a_home_office_get_none() {
    // a journalist's or an envoy's title says nothing of their country
    let text = "Sri Lanka will bar foreign research vessels, officials in Colombo said. \
Sri Lanka's cabinet approved the ban. Special Envoy Maria Lopez welcomed it. Sri Lankan \
officials said it would be reviewed.";
    assert_eq!(person_country(text, "Lopez"), None);
}

#[test]
fn the_leader_of_the_opposition_serves_at_home_too() {
    let text = format!("{REPORT} Opposition leader Sajith Premadasa called the ban overdue.");
    assert_eq!(person_country(&text, "Premadasa").as_deref(), Some("LKA"));
}

#[test]
fn an_official_named_once_serves_the_country_that_owns_his_sentence() {
    // the one country of the sentence, as a possessive before him
    let text = "Sudan's government protested in a letter from Foreign Minister Ali \
Youssef al-Sharif. Egypt and Chad were invited.";
    assert_eq!(person_country(text, "al-Sharif").as_deref(), Some("SDN"));
    // named after him, the country is as often his counterpart
    let text = "The letter from Foreign Minister Ali Youssef al-Sharif protested to \
Sudan's neighbours. Egypt and Chad were invited.";
    assert_eq!(person_country(text, "al-Sharif"), None);
    // a country named after him is the one he writes to or accuses
    let text = "Sudan's government protested in a letter from Foreign Minister Ali \
Youssef al-Sharif to Lammy, accusing London of siding with the militia.";
    assert_eq!(person_country(text, "al-Sharif").as_deref(), Some("SDN"));
    // one named before him is another side, and he stays without a country
    let text = "Sudan's government and London exchanged letters, one from Foreign \
Minister Ali Youssef al-Sharif, on the aid corridor.";
    assert_eq!(person_country(text, "al-Sharif"), None);
}

#[test]
fn a_judge_or_a_senator_needs_only_the_country_named_most() {
    // Sri Lanka five times, India twice: not twice as often as any other,
    // which a minister would need, but the most
    let text = "Sri Lanka will bar foreign research vessels, officials in Colombo said. \
India had asked Sri Lanka to act. Sri Lanka's cabinet agreed. India welcomed the step. \
Sri Lanka will review it. Judge Mahen Gopallawa ordered the release of the crew. \
Foreign Minister Ali Sabry declined to comment.";
    assert_eq!(person_country(text, "Gopallawa").as_deref(), Some("LKA"));
    assert_eq!(person_country(text, "Sabry"), None);
}

#[test]
fn a_country_body_in_an_officials_sentence_is_his_own_or_another_side() {
    // the one side his sentence names is a Kosovo body: his own ...
    let text = "Serbia massed troops on the border. Serbia denied it. Serbia's president \
spoke. Gunmen ambushed a Kosovo police patrol, killing Sergeant Afrim Bunjaku.";
    assert_eq!(person_country(text, "Bunjaku").as_deref(), Some("XKX"));
    // ... and a report about Serbia does not make him Serbian
    assert_ne!(person_country(text, "Bunjaku").as_deref(), Some("SRB"));
}
