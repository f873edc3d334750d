//! The dictionary file format: parsing text into [`Item`]s, and its errors.
//!
//! The format is documented for users at the top of
//! `resources/countries.txt` and in the crate overview; this module is its
//! only reader. Parsing is pure: it checks each line on its own and leaves
//! cross-line checks (does a country code exist?) to the gazetteer, which
//! knows what earlier files defined.

use std::path::PathBuf;

use crate::sector::{CountryStatus, Sector};

/// A dictionary that cannot be read or used.
#[derive(Debug, thiserror::Error)]
pub enum DictError {
    /// A malformed line: `origin:line: reason`.
    #[error("{origin}:{line}: {reason}")]
    Syntax {
        /// The file path, or the name given to [`crate::Gazetteer::extend_named`].
        origin: String,
        /// 1-based line number.
        line: usize,
        reason: String,
    },
    /// The dictionary file could not be read.
    #[error("{}: cannot read the dictionary: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The names parsed, but the matcher could not be built from them.
    #[error("{origin}: cannot build the matcher: {reason}")]
    Build { origin: String, reason: String },
}

impl DictError {
    /// The 1-based line of a syntax error.
    pub fn line(&self) -> Option<usize> {
        match self {
            DictError::Syntax { line, .. } => Some(*line),
            _ => None,
        }
    }

    pub(crate) fn syntax(origin: &str, line: usize, reason: impl Into<String>) -> DictError {
        DictError::Syntax {
            origin: origin.to_string(),
            line,
            reason: reason.into(),
        }
    }
}

/// One surface form as written in a dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name {
    pub text: String,
    /// Written with a trailing `?`: matched, but flagged for context.
    pub ambiguous: bool,
}

/// The state an organization belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OrgCountry {
    /// `-`: international or stateless.
    None,
    /// An ISO 3166-1 alpha-3 (or user-assigned) code.
    Code(String),
    /// `*`: a generic body that takes the state of a country word before it.
    Generic,
}

/// One line of a dictionary, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
    Country {
        /// `None` for an area (`-`).
        code: Option<String>,
        status: CountryStatus,
        parent: Option<String>,
        names: Vec<Name>,
        demonyms: Vec<Name>,
        capital: Vec<Name>,
    },
    Seat {
        names: Vec<Name>,
        country: Option<String>,
        sector: Option<Sector>,
    },
    Organization {
        names: Vec<Name>,
        country: OrgCountry,
        sector: Option<Sector>,
        /// Generic bodies only: reported only with a country word.
        qualified: bool,
    },
    Role {
        names: Vec<Name>,
        sector: Option<Sector>,
        office: Option<String>,
        /// The one government whose office this title names
        /// ("assistant secretary of state" -> USA).
        country: Option<String>,
    },
    Group {
        names: Vec<Name>,
        sector: Option<Sector>,
        member: bool,
    },
}

impl Item {
    /// Every code this item refers to that must name a known country.
    pub fn referenced_codes(&self) -> Vec<&str> {
        let mut codes = Vec::new();
        match self {
            Item::Country {
                code,
                status,
                parent,
                ..
            } => {
                if *status == CountryStatus::Region {
                    codes.extend(code.as_deref());
                }
                codes.extend(parent.as_deref());
            }
            Item::Seat { country, .. } => codes.extend(country.as_deref()),
            Item::Organization {
                country: OrgCountry::Code(code),
                ..
            } => codes.push(code),
            _ => {}
        }
        codes
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Countries,
    Seats,
    Organizations,
    Roles,
    Groups,
}

const SECTIONS: &str = "[countries], [seats], [organizations], [roles] or [groups]";

impl Section {
    fn parse(name: &str) -> Option<Section> {
        Some(match name {
            "countries" => Section::Countries,
            "seats" => Section::Seats,
            "organizations" => Section::Organizations,
            "roles" => Section::Roles,
            "groups" => Section::Groups,
            _ => return None,
        })
    }
}

/// Parses a dictionary text. Returns each item with its 1-based line.
pub(crate) fn parse(origin: &str, text: &str) -> Result<Vec<(usize, Item)>, DictError> {
    let mut items = Vec::new();
    let mut section = None;
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |reason: String| DictError::syntax(origin, line_no, reason);
        if let Some(header) = line.strip_prefix('[') {
            let name = header
                .strip_suffix(']')
                .ok_or_else(|| err(format!("section header {line:?} lacks its closing ']'")))?;
            section = Some(Section::parse(name.trim()).ok_or_else(|| {
                err(format!(
                    "unknown section [{}] (expected {SECTIONS})",
                    name.trim()
                ))
            })?);
            continue;
        }
        let section = section.ok_or_else(|| {
            err(format!(
                "entry {line:?} before any section header (start with {SECTIONS})"
            ))
        })?;
        let item = match section {
            Section::Countries => parse_country(line),
            Section::Seats => parse_seat(line),
            Section::Organizations => parse_organization(line),
            Section::Roles => parse_role(line),
            Section::Groups => parse_group(line),
        }
        .map_err(err)?;
        items.push((line_no, item));
    }
    Ok(items)
}

/// Splits a line into exactly `min..=max` `|`-separated, trimmed columns.
fn columns(line: &str, min: usize, max: usize, shape: &str) -> Result<Vec<String>, String> {
    let cols: Vec<String> = line.split('|').map(|c| c.trim().to_string()).collect();
    if cols.len() < min || cols.len() > max {
        return Err(format!(
            "expected {shape}, found {} column{} separated by '|'",
            cols.len(),
            if cols.len() == 1 { "" } else { "s" }
        ));
    }
    Ok(cols)
}

/// Parses a `;`-separated list of names; `required` rejects an empty list.
fn names(column: &str, what: &str, required: bool) -> Result<Vec<Name>, String> {
    if column.is_empty() {
        return if required {
            Err(format!("no {what} given"))
        } else {
            Ok(Vec::new())
        };
    }
    column
        .split(';')
        .map(|raw| {
            let raw = raw.trim();
            let (text, ambiguous) = match raw.strip_suffix('?') {
                Some(t) => (t.trim_end(), true),
                None => (raw, false),
            };
            if text.is_empty() {
                return Err(format!("empty name in the {what} list {column:?}"));
            }
            if !text.chars().any(char::is_alphanumeric) {
                return Err(format!("name {text:?} has no letters or digits"));
            }
            Ok(Name {
                text: text.to_string(),
                ambiguous,
            })
        })
        .collect()
}

fn is_code(word: &str) -> bool {
    word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase())
}

fn code(word: &str) -> Result<Option<String>, String> {
    match word {
        "-" => Ok(None),
        w if is_code(w) => Ok(Some(w.to_string())),
        w => Err(format!(
            "bad country code {w:?} (expected three capital letters, ISO 3166-1 alpha-3, or -)"
        )),
    }
}

fn sector(word: Option<&str>) -> Result<Option<Sector>, String> {
    match word {
        None => Err("missing sector (GOV, MIL, DIP, ... or -)".to_string()),
        Some("-") => Ok(None),
        Some(w) => Sector::parse(w).map(Some).ok_or_else(|| {
            let all: Vec<&str> = Sector::ALL.iter().map(|s| s.as_str()).collect();
            format!(
                "unknown sector {w:?} (expected one of {} or -)",
                all.join(" ")
            )
        }),
    }
}

fn no_more<'a>(mut rest: impl Iterator<Item = &'a str>) -> Result<(), String> {
    match rest.next() {
        Some(extra) => Err(format!("unexpected {extra:?} after the attributes")),
        None => Ok(()),
    }
}

fn parse_country(line: &str) -> Result<Item, String> {
    let cols = columns(
        line,
        2,
        4,
        "`CODE STATUS [parent=CODE] | names | demonyms | capital`",
    )?;
    let mut words = cols[0].split_whitespace();
    let code = code(words.next().unwrap_or_default())?;
    let status_word = words
        .next()
        .ok_or("missing status (member, observer, partial, territory, region or area)")?;
    let status = CountryStatus::parse(status_word).ok_or_else(|| {
        format!(
            "unknown status {status_word:?} (expected member, observer, partial, territory, region or area)"
        )
    })?;
    let mut parent = None;
    for word in words {
        match word.strip_prefix("parent=") {
            Some(p) if is_code(p) => parent = Some(p.to_string()),
            Some(p) => {
                return Err(format!(
                    "bad parent code {p:?} (expected three capital letters)"
                ))
            }
            None => return Err(format!("unexpected {word:?} (expected parent=CODE)")),
        }
    }
    match (status, &code) {
        (CountryStatus::Area, Some(c)) => {
            return Err(format!(
                "an area has no country code: write - instead of {c}"
            ))
        }
        (CountryStatus::Area, None) => {}
        (_, None) => return Err(format!("a {status} needs a country code, not -")),
        _ => {}
    }
    let empty = String::new();
    Ok(Item::Country {
        code,
        status,
        parent,
        names: names(&cols[1], "names", true)?,
        demonyms: names(cols.get(2).unwrap_or(&empty), "demonyms", false)?,
        capital: names(cols.get(3).unwrap_or(&empty), "capital names", false)?,
    })
}

fn parse_seat(line: &str) -> Result<Item, String> {
    let cols = columns(line, 2, 2, "`names | CODE SECTOR`")?;
    let mut words = cols[1].split_whitespace();
    let country = code(words.next().ok_or("missing country code (or -)")?)?;
    let sector = sector(words.next())?;
    no_more(words)?;
    Ok(Item::Seat {
        names: names(&cols[0], "names", true)?,
        country,
        sector,
    })
}

fn parse_organization(line: &str) -> Result<Item, String> {
    let cols = columns(line, 2, 2, "`names | CODE SECTOR [qualified]`")?;
    let mut words = cols[1].split_whitespace();
    let country = match words.next().ok_or("missing country code (or - or *)")? {
        "*" => OrgCountry::Generic,
        w => match code(w)? {
            Some(c) => OrgCountry::Code(c),
            None => OrgCountry::None,
        },
    };
    let sector = sector(words.next())?;
    let mut qualified = false;
    for word in words {
        match word {
            "qualified" if country == OrgCountry::Generic => qualified = true,
            "qualified" => return Err("only a generic body (CODE *) can be `qualified`".into()),
            w => return Err(format!("unknown flag {w:?} (expected qualified)")),
        }
    }
    Ok(Item::Organization {
        names: names(&cols[0], "names", true)?,
        country,
        sector,
        qualified,
    })
}

fn parse_role(line: &str) -> Result<Item, String> {
    let cols = columns(line, 2, 2, "`titles | SECTOR [office] [country=CODE]`")?;
    let mut words = cols[1].split_whitespace();
    let sector = sector(words.next())?;
    let mut office = None;
    let mut country = None;
    for word in words {
        if let Some(code) = word.strip_prefix("country=") {
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(format!(
                    "bad country code {code:?} (three capitals, like USA)"
                ));
            }
            country = Some(code.to_string());
        } else if office.is_none()
            && word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            office = Some(word.to_string());
        } else {
            return Err(format!(
                "bad office tag {word:?} (lower-case letters, digits and '-', like head-of-state; or country=CODE)"
            ));
        }
    }
    Ok(Item::Role {
        names: names(&cols[0], "titles", true)?,
        sector,
        office,
        country,
    })
}

fn parse_group(line: &str) -> Result<Item, String> {
    let cols = columns(line, 2, 2, "`nouns | SECTOR [member]`")?;
    let mut words = cols[1].split_whitespace();
    let sector = sector(words.next())?;
    let mut member = false;
    for word in words {
        match word {
            "member" => member = true,
            w => return Err(format!("unknown flag {w:?} (expected member)")),
        }
    }
    Ok(Item::Group {
        names: names(&cols[0], "nouns", true)?,
        sector,
        member,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_err(text: &str) -> (usize, String) {
        match parse("t.txt", text).unwrap_err() {
            DictError::Syntax { line, reason, .. } => (line, reason),
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn parses_every_section() {
        let text = "# c\n[countries]\nAZE member | Azerbaijan; Azeri land? | Azerbaijani | Baku\n\
                    - area | Caucasus\n[seats]\nKremlin | RUS GOV\n[organizations]\n\
                    Foreign Ministry | * GOV qualified\n[roles]\nenvoy | DIP envoy\n\
                    [groups]\nofficials | GOV member\n";
        let items = parse("t.txt", text).unwrap();
        assert_eq!(items.len(), 6);
        assert_eq!(items[0].0, 3);
        match &items[0].1 {
            Item::Country { code, names, .. } => {
                assert_eq!(code.as_deref(), Some("AZE"));
                assert!(!names[0].ambiguous);
                assert_eq!(names[1].text, "Azeri land");
                assert!(names[1].ambiguous);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            &items[3].1,
            Item::Organization {
                country: OrgCountry::Generic,
                qualified: true,
                ..
            }
        ));
    }

    #[test]
    fn reports_line_numbers_and_reasons() {
        assert_eq!(line_err("orphan | GOV\n").0, 1);
        let (line, reason) = line_err("[roles]\nenvoy | DIP\n\nspy | SPY\n");
        assert_eq!(line, 4);
        assert!(reason.contains("unknown sector \"SPY\""), "{reason}");
        let (line, reason) = line_err("[countries]\nUS member | United States\n");
        assert_eq!(line, 2);
        assert!(reason.contains("bad country code"), "{reason}");
        assert!(line_err("[places]\n").1.contains("unknown section"));
        assert!(line_err("[roles\n").1.contains("closing"));
        assert!(line_err("[groups]\na;;b | CVL\n").1.contains("empty name"));
        assert!(line_err("[seats]\nKremlin\n").1.contains("column"));
        assert!(line_err("[countries]\nAZE area | x\n").1.contains("area"));
        assert!(line_err("[organizations]\nX | USA GOV qualified\n")
            .1
            .contains("generic"));
        let shown = parse("user.dict", "[roles]\nenvoy | XYZ\n")
            .unwrap_err()
            .to_string();
        assert!(shown.starts_with("user.dict:2: "), "{shown}");
    }
}
