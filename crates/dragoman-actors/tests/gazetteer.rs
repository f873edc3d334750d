//! The shipped dictionaries and the matcher, through the public API.

use std::collections::HashSet;

use dragoman_actors::{
    CountryStatus, DictError, EntryKind, GazMatch, Gazetteer, MatchKind, Sector,
};

/// The 193 UN member states by ISO 3166-1 alpha-3 code.
const UN_MEMBERS: [&str; 193] = [
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
    "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
    "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
    "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
    "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
    "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
    "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
    "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ",
    "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK",
    "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
    "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE",
    "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
];

fn find<'t>(g: &Gazetteer, text: &'t str) -> Vec<(&'t str, GazMatch)> {
    g.find(text)
        .into_iter()
        .map(|m| (&text[m.span.start..m.span.end], m))
        .collect()
}

fn only(g: &Gazetteer, text: &str) -> GazMatch {
    let found = g.find(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn every_un_member_is_present_once() {
    let g = Gazetteer::builtin();
    let distinct: HashSet<&str> = UN_MEMBERS.iter().copied().collect();
    assert_eq!(distinct.len(), 193, "the reference list itself");
    for code in UN_MEMBERS {
        let entry = g.country(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(entry.status, Some(CountryStatus::Member), "{code}");
        assert_eq!(entry.country.as_deref(), Some(code));
    }
    let stats = g.stats();
    assert_eq!(stats.un_members, 193);
    let codes: HashSet<&str> = g
        .entries()
        .filter(|(_, e)| e.kind == EntryKind::Country)
        .filter_map(|(_, e)| e.country.as_deref())
        .collect();
    assert!(codes.len() >= 195, "{} codes", codes.len());
    assert_eq!(codes.len(), stats.countries, "one entry per code");
    for (code, status) in [
        ("VAT", CountryStatus::Observer),
        ("PSE", CountryStatus::Observer),
        ("XKX", CountryStatus::Partial),
        ("TWN", CountryStatus::Partial),
        ("ESH", CountryStatus::Partial),
        ("XAB", CountryStatus::Partial),
        ("XSO", CountryStatus::Partial),
        ("XTR", CountryStatus::Partial),
        ("XNC", CountryStatus::Partial),
        ("XSL", CountryStatus::Partial),
        ("HKG", CountryStatus::Territory),
    ] {
        assert_eq!(
            g.country(code).and_then(|e| e.status),
            Some(status),
            "{code}"
        );
    }
}

#[test]
fn country_names_resolve_to_their_codes() {
    let g = Gazetteer::builtin();
    // 30+ spot checks, including near-homonyms that only the longest match
    // tells apart
    for (name, code) in [
        ("United States of America", "USA"),
        ("Azerbaijan", "AZE"),
        ("Armenia", "ARM"),
        ("Russian Federation", "RUS"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Nigeria", "NGA"),
        ("Niger", "NER"),
        ("Guinea", "GIN"),
        ("Guinea-Bissau", "GNB"),
        ("Guinea Bissau", "GNB"),
        ("Equatorial Guinea", "GNQ"),
        ("Papua New Guinea", "PNG"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Dominica", "DMA"),
        ("Dominican Republic", "DOM"),
        ("South Sudan", "SSD"),
        ("Sudan", "SDN"),
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
        ("North Macedonia", "MKD"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Eswatini", "SWZ"),
        ("Czechia", "CZE"),
        ("Myanmar", "MMR"),
        ("Burma", "MMR"),
        ("Timor-Leste", "TLS"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("People's Republic of China", "CHN"),
        ("Holy See", "VAT"),
        ("United Kingdom", "GBR"),
        ("U.K.", "GBR"),
        ("UK", "GBR"),
        ("São Tomé and Príncipe", "STP"),
        ("Sao Tome and Principe", "STP"),
    ] {
        let m = only(&g, name);
        assert_eq!(m.country.as_deref(), Some(code), "{name}");
        assert_eq!(m.kind, MatchKind::CountryName, "{name}");
        assert_eq!(m.span.len(), name.len(), "{name}: whole name");
    }
    // "Latin America" is not the United States, "New Mexico" not Mexico
    for area in ["Latin America", "South America", "New Mexico"] {
        let m = only(&g, area);
        assert_eq!(m.kind, MatchKind::Region, "{area}");
        assert_ne!(m.country.as_deref(), Some("MEX"), "{area}");
    }
}

#[test]
fn dotted_abbreviations() {
    let g = Gazetteer::builtin();
    for text in ["U.S.", "U.S", "US", "USA", "United States"] {
        let m = only(&g, &format!("the {text} said"));
        assert_eq!(m.country.as_deref(), Some("USA"), "{text}");
        assert_eq!(m.span.len(), text.len(), "{text}");
    }
    for (text, code) in [("U.K.", "GBR"), ("E.U.", "-"), ("EU", "-"), ("U.N.", "-")] {
        let m = only(&g, text);
        assert_eq!(m.country.as_deref().unwrap_or("-"), code, "{text}");
        assert_eq!(m.span.len(), text.len(), "{text}");
    }
    // not inside words, and "us" the pronoun is not the US
    assert!(g.find("He told us about the bonus.").is_empty());
}

#[test]
fn washington_post_is_a_newspaper() {
    let g = Gazetteer::builtin();
    let found = find(
        &g,
        "The Washington Post reported that Washington disagreed.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].0, "Washington Post");
    assert_eq!(found[0].1.kind, MatchKind::Organization);
    assert_eq!(found[0].1.sector.as_deref(), Some("MED"));
    assert_eq!(found[1].0, "Washington");
    assert_eq!(found[1].1.kind, MatchKind::Capital);
    assert_eq!(found[1].1.country.as_deref(), Some("USA"));
    assert!(found[1].1.ambiguous, "Washington the capital needs context");
}

#[test]
fn groups_take_the_country_before_them() {
    let g = Gazetteer::builtin();
    let cases = [
        ("U.S. officials", "USA", "GOV"),
        ("US officials", "USA", "GOV"),
        ("Azerbaijani troops", "AZE", "MIL"),
        ("Armenian forces", "ARM", "MIL"),
        ("Russian peacekeepers", "RUS", "MIL"),
        ("Iranian diplomats", "IRN", "DIP"),
        ("Georgian lawmakers", "GEO", "LEG"),
        ("Azerbaijan's soldiers", "AZE", "MIL"),
        ("Pentagon officials", "USA", "MIL"),
        ("Kremlin officials", "RUS", "GOV"),
    ];
    for (text, code, sector) in cases {
        let m = only(&g, text);
        assert_eq!(m.kind, MatchKind::Group, "{text}");
        assert_eq!(m.country.as_deref(), Some(code), "{text}");
        assert_eq!(m.sector.as_deref(), Some(sector), "{text}");
        assert_eq!(m.span.len(), text.len(), "{text}");
        assert!(m.qualifier.is_some(), "{text}");
        assert!(!m.ambiguous, "{text}: composition disambiguates");
    }
    assert_eq!(
        only(&g, "Azerbaijani troops").canonical,
        "Azerbaijani troops"
    );
    assert_eq!(only(&g, "U.S. officials").canonical, "American officials");
    for (text, sector) in [
        ("protesters", "CVL"),
        ("rebels", "REB"),
        ("militants", "REB"),
        ("diplomats", "DIP"),
        ("lawmakers", "LEG"),
        ("police", "COP"),
        ("soldiers", "MIL"),
    ] {
        let m = only(&g, text);
        assert_eq!(m.kind, MatchKind::Group, "{text}");
        assert_eq!(m.country, None, "{text}");
        assert_eq!(m.sector.as_deref(), Some(sector), "{text}");
    }
    // "pro-Russian separatists" are not Russian
    let found = find(&g, "pro-Russian separatists");
    assert_eq!(found.last().unwrap().1.country, None, "{found:#?}");
}

#[test]
fn roles_and_bodies_with_a_country() {
    let g = Gazetteer::builtin();
    let m = only(&g, "Azerbaijani Foreign Minister");
    assert_eq!(
        (m.kind, m.country.as_deref()),
        (MatchKind::Role, Some("AZE"))
    );
    assert_eq!(m.sector.as_deref(), Some("GOV"));
    assert_eq!(m.canonical, "Foreign Minister");
    let entry = g.entry(m.entry).unwrap();
    assert_eq!(entry.office.as_deref(), Some("foreign-minister"));
    let m = only(&g, "Armenia’s Defence Ministry");
    assert_eq!(m.kind, MatchKind::Organization);
    assert_eq!(m.country.as_deref(), Some("ARM"));
    assert_eq!(m.sector.as_deref(), Some("MIL"));
    assert_eq!(m.canonical, "Armenian Defence Ministry");
    // a bare generic body has no country; "side" needs one to be an actor
    assert_eq!(only(&g, "the foreign ministry").country, None);
    assert!(g.find("on the other side").is_empty());
    let m = only(&g, "the Azerbaijani side");
    assert_eq!(
        (m.country.as_deref(), m.sector.as_deref()),
        (Some("AZE"), Some("GOV"))
    );
}

#[test]
fn state_department_spokesperson_possessive() {
    let g = Gazetteer::builtin();
    for apostrophe in ["'", "\u{2019}"] {
        let text = format!("the State Department{apostrophe}s spokesperson Ned Price");
        let found = find(&g, &text);
        assert_eq!(found.len(), 2, "{found:#?}");
        let (name, dept) = &found[0];
        assert_eq!(*name, "State Department");
        assert_eq!(dept.kind, MatchKind::Organization);
        assert_eq!(dept.country.as_deref(), Some("USA"));
        assert_eq!(dept.sector.as_deref(), Some("GOV"));
        assert!(dept.possessive);
        assert_eq!(dept.article.map(|a| &text[a.start..a.end]), Some("the"));
        let (name, role) = &found[1];
        assert_eq!(*name, "spokesperson");
        assert_eq!(role.kind, MatchKind::Role);
        assert!(!role.possessive);
    }
}

#[test]
fn possessives_and_curly_apostrophes() {
    let g = Gazetteer::builtin();
    for text in ["Azerbaijan's", "Azerbaijan’s", "AZERBAIJAN'S"] {
        let m = only(&g, text);
        assert_eq!(m.country.as_deref(), Some("AZE"), "{text}");
        assert_eq!(m.span.len(), "Azerbaijan".len(), "{text}");
        assert!(m.possessive, "{text}");
    }
    let m = only(&g, "Russia’s position");
    assert!(m.possessive && m.country.as_deref() == Some("RUS"));
    let m = only(&g, "the Philippines' envoy was not there").clone();
    assert_eq!(m.kind, MatchKind::Role, "composed with the country");
    let m = &g.find("the Philippines' navy")[0];
    assert_eq!(m.country.as_deref(), Some("PHL"));
    // a quote mark after a name is not a possessive
    assert!(!only(&g, "'Russia'").possessive);
}

#[test]
fn the_article_before_metonyms() {
    let g = Gazetteer::builtin();
    let text = "The Kremlin and the White House spoke; Downing Street did not.";
    let found = find(&g, text);
    let names: Vec<&str> = found.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["Kremlin", "White House", "Downing Street"]);
    assert_eq!(found[0].1.country.as_deref(), Some("RUS"));
    assert_eq!(found[0].1.kind, MatchKind::Metonym);
    assert_eq!(found[0].1.article, Some(dragoman_core::Span::new(0, 3)));
    assert!(found[1].1.article.is_some());
    assert_eq!(found[2].1.article, None);
    assert_eq!(found[2].1.country.as_deref(), Some("GBR"));
    let m = only(&g, "the Pentagon");
    assert_eq!(m.sector.as_deref(), Some("MIL"));
    for (text, code) in [
        ("the Élysée", "FRA"),
        ("the Elysee", "FRA"),
        ("Quai d'Orsay", "FRA"),
    ] {
        assert_eq!(only(&g, text).country.as_deref(), Some(code), "{text}");
    }
}

#[test]
fn proper_names_keep_their_case() {
    let g = Gazetteer::builtin();
    assert_eq!(only(&g, "Turkey said").country.as_deref(), Some("TUR"));
    assert!(g.find("a roast turkey for dinner").is_empty());
    assert!(g.find("we chad a chat").is_empty());
    // datelines in capitals still match
    assert_eq!(only(&g, "BAKU, Dec 6").country.as_deref(), Some("AZE"));
    assert_eq!(only(&g, "TÜRKIYE").country.as_deref(), Some("TUR"));
    // a name listed in lower case may start a sentence
    assert_eq!(only(&g, "Al-Qaeda said").sector.as_deref(), Some("REB"));
    // "GUAM" the organization is listed; Guam in capitals yields to it
    assert_eq!(only(&g, "GUAM").kind, MatchKind::Organization);
    assert_eq!(only(&g, "Guam").kind, MatchKind::CountryName);
    // role titles match in any case
    for text in ["president", "President", "PRESIDENT"] {
        assert_eq!(only(&g, text).kind, MatchKind::Role, "{text}");
    }
    // acronyms among roles keep their case: "pm" is not a prime minister
    assert!(g.find("at 5 pm").is_empty());
}

#[test]
fn ambiguous_names_are_flagged() {
    let g = Gazetteer::builtin();
    for text in ["Georgia", "Jordan", "Chad", "Washington", "Congo", "Niger"] {
        let m = only(&g, text);
        assert!(m.ambiguous, "{text}");
    }
    let m = only(&g, "Georgia");
    assert_eq!(m.country.as_deref(), Some("GEO"));
    for text in ["Azerbaijan", "Tbilisi", "Jordanian", "Nigeria"] {
        assert!(!only(&g, text).ambiguous, "{text}");
    }
}

#[test]
fn every_sector_is_one_of_the_fourteen() {
    let allowed = [
        "GOV", "MIL", "DIP", "LEG", "JUD", "COP", "REB", "OPP", "PTY", "IGO", "NGO", "MED", "BUS",
        "CVL",
    ];
    assert_eq!(Sector::ALL.len(), allowed.len());
    let g = Gazetteer::try_builtin().expect("the shipped dictionaries load");
    let mut seen = HashSet::new();
    for (_, entry) in g.entries() {
        if let Some(s) = entry.sector {
            assert!(allowed.contains(&s.as_str()), "{entry:?}");
            seen.insert(s);
        }
        if let Some(code) = &entry.country {
            assert!(
                code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{entry:?}"
            );
        }
    }
    assert_eq!(seen.len(), 14, "every sector is used somewhere");
    assert!(
        g.redefinitions().is_empty(),
        "a name is listed twice: {:#?}",
        g.redefinitions()
    );
}

#[test]
fn counts_are_substantial() {
    let stats = Gazetteer::builtin().stats();
    assert!(stats.countries >= 195, "{stats:?}");
    assert!(stats.capitals >= 190, "{stats:?}");
    assert!(stats.organizations >= 300, "{stats:?}");
    assert!(stats.roles >= 100, "{stats:?}");
    assert!(stats.groups >= 30, "{stats:?}");
}

#[test]
fn a_user_dictionary_adds_entries() {
    let mut g = Gazetteer::builtin();
    let before = g.find("the Baku Initiative Group");
    assert!(
        before.iter().all(|m| m.kind == MatchKind::Capital),
        "{before:#?}"
    );
    g.extend(
        "# mixed sections\n\
         [organizations]\n\
         Baku Initiative Group | AZE NGO\n\
         [countries]\n\
         AZE member | Azerbaycan Respublikasi | |\n\
         [roles]\n\
         presidential aide for foreign policy | GOV aide\n\
         [groups]\n\
         volunteers | CVL\n",
    )
    .unwrap();
    let m = only(&g, "the Baku Initiative Group");
    assert_eq!(
        (m.country.as_deref(), m.sector.as_deref()),
        (Some("AZE"), Some("NGO"))
    );
    let m = only(&g, "Azerbaycan Respublikasi");
    assert_eq!(m.canonical, "Azerbaijan", "added to the existing country");
    assert_eq!(only(&g, "volunteers").sector.as_deref(), Some("CVL"));
    assert_eq!(
        only(&g, "Presidential Aide for Foreign Policy").kind,
        MatchKind::Role
    );
    // the shared built-in gazetteer is untouched
    let shared = Gazetteer::builtin().find("Baku Initiative Group");
    assert!(shared.iter().all(|m| m.kind == MatchKind::Capital));
}

#[test]
fn a_malformed_user_dictionary_reports_its_line() {
    let mut g = Gazetteer::builtin();
    let before = g.stats();
    let err = g
        .extend_named(
            "my.dict",
            "[organizations]\nGood Org | - NGO\n\n# fine so far\nBad Org | USA GOVT\n",
        )
        .unwrap_err();
    assert_eq!(err.line(), Some(5));
    let message = err.to_string();
    assert!(message.starts_with("my.dict:5: "), "{message}");
    assert!(message.contains("GOVT"), "{message}");
    assert_eq!(g.stats(), before, "a failed extension changes nothing");
    // an unknown country code is caught too, on its line
    let err = g.extend("[seats]\nMaison Blanche | UAS GOV\n").unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert!(err.to_string().contains("UAS"));
    // a missing file names the path
    let err = g
        .extend_from_path(std::path::Path::new("/nonexistent/x.dict"))
        .unwrap_err();
    assert!(matches!(err, DictError::Read { .. }));
    assert!(err.to_string().contains("/nonexistent/x.dict"));
}

#[test]
fn never_panics_on_odd_input() {
    let g = Gazetteer::builtin();
    let odd = [
        "",
        "'",
        "’s",
        "the",
        "U.S.",
        "-officials-",
        "ǅ Ağdam — Баку 北京 Türkiye’s",
        "\u{feff}The U.S.\u{a0}officials' ",
        "ex-president-elect",
        "THE THE THE KREMLIN'S",
    ];
    for text in odd {
        for m in g.find(text) {
            assert!(text.get(m.span.start..m.span.end).is_some(), "{text:?}");
        }
    }
    // every prefix of a multilingual text
    let text = "Ağdam: Azerbaijan’s Ministry — «Türkiye» and the U.S. envoy's";
    for (i, _) in text.char_indices() {
        let _ = g.find(&text[..i]);
        let _ = g.find(&text[i..]);
    }
}

#[test]
fn a_generic_body_takes_the_country_named_after_it() {
    let g = Gazetteer::builtin();
    let m = only(&g, "the Ministry of Foreign Affairs of Tajikistan");
    assert_eq!(m.country.as_deref(), Some("TJK"));
    assert_eq!(m.kind, MatchKind::Organization);
    let m = only(&g, "the Border Service of Kyrgyzstan");
    assert_eq!(m.country.as_deref(), Some("KGZ"));
    // one body, not a cabinet and some ministers
    let m = only(&g, "the Cabinet of Ministers announced");
    assert_eq!(m.kind, MatchKind::Organization);
}

#[test]
fn parties_named_in_irish_and_serbian_are_parties_not_people_or_places() {
    let g = Gazetteer::builtin();
    for (text, name, country) in [
        ("Sinn Féin won the most seats.", "Sinn Féin", "IRL"),
        (
            "Fianna Fáil and Fine Gael formed a coalition.",
            "Fianna Fáil",
            "IRL",
        ),
        (
            "The Srpska Lista party boycotted the vote.",
            "Srpska Lista",
            "XKX",
        ),
    ] {
        let found = find(&g, text);
        let (_, m) = found
            .iter()
            .find(|(t, _)| *t == name)
            .unwrap_or_else(|| panic!("{name} not matched in {found:#?}"));
        assert_eq!(m.kind, MatchKind::Organization, "{name}");
        assert_eq!(m.country.as_deref(), Some(country), "{name}");
        assert_eq!(m.sector.as_deref(), Some("PTY"), "{name}");
    }
    // "Srpska Lista" is not the Bosnian Serb entity Republika Srpska
    assert!(!find(&g, "The Srpska Lista party boycotted the vote.")
        .iter()
        .any(|(_, m)| m.country.as_deref() == Some("BIH")));
}
