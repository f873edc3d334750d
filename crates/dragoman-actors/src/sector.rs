//! The closed vocabularies of the dictionaries: CAMEO/PLOVER-style sectors
//! and the status of a country-like entry.

use std::fmt;

/// The sector an actor belongs to, as written in the record's
/// `entities[].sector` (`shared/docs/output-format.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sector {
    /// Government, executive: heads of state, ministries, ministers.
    Gov,
    /// Military: armed forces, defence ministries, officers, troops.
    Mil,
    /// Diplomats abroad: ambassadors, envoys, embassies, negotiators.
    Dip,
    /// Legislature: parliaments, lawmakers.
    Leg,
    /// Judiciary: courts, judges, prosecutors.
    Jud,
    /// Police and domestic security.
    Cop,
    /// Rebels, insurgents, armed non-state groups.
    Reb,
    /// Political opposition.
    Opp,
    /// Political parties.
    Pty,
    /// International (intergovernmental) organizations.
    Igo,
    /// Non-governmental organizations.
    Ngo,
    /// News media and journalists.
    Med,
    /// Business.
    Bus,
    /// Civilians and civil society.
    Cvl,
}

impl Sector {
    /// Every sector, in the order of the output format's documentation.
    pub const ALL: [Sector; 14] = [
        Sector::Gov,
        Sector::Mil,
        Sector::Dip,
        Sector::Leg,
        Sector::Jud,
        Sector::Cop,
        Sector::Reb,
        Sector::Opp,
        Sector::Pty,
        Sector::Igo,
        Sector::Ngo,
        Sector::Med,
        Sector::Bus,
        Sector::Cvl,
    ];

    /// The three-letter code written in dictionaries and the record.
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Gov => "GOV",
            Sector::Mil => "MIL",
            Sector::Dip => "DIP",
            Sector::Leg => "LEG",
            Sector::Jud => "JUD",
            Sector::Cop => "COP",
            Sector::Reb => "REB",
            Sector::Opp => "OPP",
            Sector::Pty => "PTY",
            Sector::Igo => "IGO",
            Sector::Ngo => "NGO",
            Sector::Med => "MED",
            Sector::Bus => "BUS",
            Sector::Cvl => "CVL",
        }
    }

    /// Parses a sector code (`GOV`, `MIL`, ...); exact, upper case.
    pub fn parse(code: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.as_str() == code)
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of country-like thing a `[countries]` line describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountryStatus {
    /// A UN member state.
    Member,
    /// A UN observer state (the Holy See, Palestine).
    Observer,
    /// A state with limited recognition or a de facto state (Kosovo, Taiwan,
    /// Abkhazia).
    Partial,
    /// A dependent territory or special administrative region (Hong Kong,
    /// Greenland, Puerto Rico).
    Territory,
    /// A region of a state, reported as a place (Nagorno-Karabakh, Crimea).
    Region,
    /// A continent, sea or world region that belongs to no state.
    Area,
}

impl CountryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CountryStatus::Member => "member",
            CountryStatus::Observer => "observer",
            CountryStatus::Partial => "partial",
            CountryStatus::Territory => "territory",
            CountryStatus::Region => "region",
            CountryStatus::Area => "area",
        }
    }

    pub fn parse(word: &str) -> Option<CountryStatus> {
        [
            CountryStatus::Member,
            CountryStatus::Observer,
            CountryStatus::Partial,
            CountryStatus::Territory,
            CountryStatus::Region,
            CountryStatus::Area,
        ]
        .into_iter()
        .find(|s| s.as_str() == word)
    }

    /// True for statuses that name a political entity with its own code
    /// (everything but regions and areas).
    pub fn is_polity(self) -> bool {
        !matches!(self, CountryStatus::Region | CountryStatus::Area)
    }
}

impl fmt::Display for CountryStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
