//! In-document entities: mentions found with the [`Gazetteer`] and the
//! capitalisation of the text, grouped into entities.
//!
//! * **Titled people.** A role title followed by capitalised name words is a
//!   person: "Armenian Prime Minister Nikol Pashinyan". The title's country
//!   and sector come from what qualifies it: a country word ("Armenian"), a
//!   possessive body or person before it ("State Department's spokesperson
//!   Ned Price", "Azerbaijani President's foreign policy advisor"), or an
//!   `of` phrase after it ("President Ilham Aliyev of Azerbaijan", "the
//!   Secretary of Armenia's Security Council Armen Grigoryan", "President of
//!   the European Council Charles Michel"). A bracketed clarification names
//!   the holder too: "the Secretary [Blinken]".
//! * **Coreference.** A person is mentioned again by surname, with "Mr." or
//!   "Ms.", with a misspelt surname (same first letter, at most two edits:
//!   "Sulliuvan"), or by a bare title that a named person of the document
//!   holds ("the spokesperson").
//! * **Untitled people.** [`EntityFinder::add_people`] takes the person
//!   names that the pipeline's entity tagger (dragoman-ner) found after the
//!   linguistic analysis ("Donald Trump told", "said Ann Selzer") and adds
//!   those the dictionaries missed: names of two words or more that no
//!   dictionary entry or known mention overlaps and that do not run on into
//!   other capitalised words ("Second Thomas Shoal"). A description in
//!   apposition gives role and country ("Saeb Erakat, the chief
//!   Palestinian negotiator"; "his Turkish counterpart Mehmet Kaya").
//! * **Countries, organizations, groups.** Country names, capitals used as
//!   metonyms ("Baku said") and seats of government are the country; a
//!   capital after "in", "at", "to" or "from" is a place. Organizations and
//!   groups ("Azerbaijani troops") are entities with their country and
//!   sector.

use dragoman_core::{DocEntity, EntityKind, Span};

use crate::gazetteer::{GazMatch, Gazetteer, MatchKind};

/// Finds the entities of one text.
#[derive(Debug, Clone)]
pub struct EntityFinder {
    gazetteer: Gazetteer,
}

impl Default for EntityFinder {
    fn default() -> Self {
        EntityFinder::new(Gazetteer::builtin())
    }
}

/// A person found so far, before ids are given.
#[derive(Debug, Clone)]
struct Person {
    name: String,
    role: Option<String>,
    country: Option<String>,
    sector: Option<String>,
    mentions: Vec<Span>,
}

/// Words that are capitalised but never part of a person's name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "And",
    "But",
    "He",
    "She",
    "It",
    "They",
    "We",
    "This",
    "That",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Sept",
    "Jan",
    "Feb",
    "Aug",
    "Oct",
    "Nov",
    "Dec",
    "According",
    "During",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "For",
    "With",
    "As",
    "By",
    "From",
    "Of",
    "To",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
];

const PLACE_WORDS: &[&str] = &["in", "at", "to", "from", "near", "outside", "into", "via"];

/// How far back (UTF-8 bytes) a country word may stand and still give its
/// state to a bare "the government" or "police" after it: about two
/// sentences.
const LOCAL_STATE_BYTES: usize = 300;

impl EntityFinder {
    pub fn new(gazetteer: Gazetteer) -> EntityFinder {
        EntityFinder { gazetteer }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The entities of `text`, ids `E1`, `E2`, ... in order of first mention.
    pub fn find(&self, text: &str) -> Vec<DocEntity> {
        let matches = self.gazetteer.find(text);
        let lower = text.to_lowercase();
        let mut people: Vec<Person> = Vec::new();
        let mut claimed: Vec<Span> = Vec::new();

        // titled people
        for (i, m) in matches.iter().enumerate() {
            if m.kind != MatchKind::Role || inside_name(text, &matches, i) {
                continue;
            }
            if let Some(person) = titled_person(text, &matches, i) {
                let chain = &matches[role_chain_start(text, &matches, i)];
                claimed.push(Span::new(chain.span.start, person.mentions[0].end));
                merge_person(&mut people, person);
            }
        }
        // more mentions of the people found (the text's capitalised words,
        // scanned once for all of them)
        let words = if people.is_empty() {
            Vec::new()
        } else {
            name_words(text)
        };
        for p in &mut people {
            let last = surname(&p.name).to_string();
            for &(start, word) in &words {
                let span = Span::new(start, start + word.len());
                if p.mentions
                    .iter()
                    .any(|m| m.start <= span.start && span.end <= m.end)
                {
                    continue;
                }
                if near_miss(word, &last) {
                    let start = honorific_before(text, start).unwrap_or(start);
                    p.mentions.push(Span::new(start, span.end));
                }
            }
        }
        // bare titles held by one person of the document ("the spokesperson");
        // a qualified bare title ("the State Department's spokesperson")
        // tells the holder's country
        for (i, m) in matches.iter().enumerate() {
            if m.kind != MatchKind::Role
                || claimed
                    .iter()
                    .any(|c| c.start <= m.span.start && m.span.end <= c.end)
            {
                continue;
            }
            // "the president of the Tigray Interim Regional Administration"
            // names its own office, not the one of a president named before
            // (but "accused the ambassador of hating America" is the
            // ambassador named before)
            if let Some(rest) = text[m.span.end..].strip_prefix(" of ") {
                let next = rest.split_whitespace().next().unwrap_or("");
                let gerund = next.len() > 4 && next.ends_with("ing");
                if !(gerund && next.starts_with(char::is_lowercase)) {
                    continue;
                }
            }
            // "America and its president": the office of the side just
            // named, not of the holder named in the document
            let mut before = text[..m.span.start].split_whitespace().rev();
            let (owner, link) = (before.next().unwrap_or(""), before.next().unwrap_or(""));
            if matches!(owner.to_lowercase().as_str(), "its" | "their") && link == "and" {
                continue;
            }
            let title = m.canonical.to_lowercase();
            // "the two generals", "both foreign ministers": more than one
            let surface = text[m.span.start..m.span.end].to_lowercase();
            if surface != title && surface.ends_with('s') && !title.ends_with('s') {
                continue;
            }
            let holders: Vec<usize> = people
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.role
                        .as_deref()
                        .is_some_and(|r| r.to_lowercase().ends_with(&title))
                        && (m.country.is_none() || m.country == p.country)
                })
                .map(|(i, _)| i)
                .collect();
            // several holders: the one named last before the title
            // ("the minister" after Foreign Minister Joly, not Prime
            // Minister Trudeau named paragraphs earlier)
            let chosen = match holders.as_slice() {
                [only] => Some(*only),
                many => many
                    .iter()
                    .filter_map(|&h| {
                        people[h]
                            .mentions
                            .iter()
                            .filter(|s| s.end <= m.span.start)
                            .map(|s| s.end)
                            .max()
                            .map(|end| (end, h))
                    })
                    .max()
                    .map(|(_, h)| h),
            };
            if let Some(only) = chosen {
                let holder = &mut people[only];
                holder.mentions.push(m.span);
                let (country, sector) = role_qualifier(text, &matches, i);
                if holder.country.is_none() {
                    holder.country = country;
                }
                if holder.sector.is_none() {
                    holder.sector = sector;
                }
            }
        }

        home_officials(text, &matches, &mut people);
        sentence_country(text, &matches, &mut people);
        for p in people.iter_mut().filter(|p| p.country.is_none()) {
            if let Some(&first) = p.mentions.iter().min() {
                p.country = based_in(text, &matches, first);
            }
        }

        let mut entities: Vec<DocEntity> = people
            .into_iter()
            .map(|p| DocEntity {
                id: String::new(),
                name: p.name,
                kind: EntityKind::Person,
                country: p.country,
                sector: p.sector,
                role: p.role,
                mentions: p.mentions,
            })
            .collect();

        // a country word, capital or seat is named by its country
        let country_name = |m: &GazMatch| {
            m.country
                .as_deref()
                .and_then(|c| self.gazetteer.country(c))
                .map_or(m.canonical.clone(), |e| e.canonical.clone())
        };
        // "the government", "police", "the army" with no country word: the
        // state of the country named last before them, in the same passage
        let local_state = |at: usize| -> Option<String> {
            let m = &matches[at];
            if m.country.is_some()
                || !matches!(m.kind, MatchKind::Organization | MatchKind::Group)
                || !matches!(m.sector.as_deref(), Some("GOV" | "COP" | "MIL"))
            {
                return None;
            }
            // "their senior officials": the officials of several owners
            let before = text[..m.span.start].trim_end();
            let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
            if matches!(last.to_lowercase().as_str(), "their" | "our" | "your") {
                return None;
            }
            matches[..at]
                .iter()
                .rev()
                .take_while(|p| m.span.start.saturating_sub(p.span.end) <= LOCAL_STATE_BYTES)
                .find(|p| !p.ambiguous && p.kind != MatchKind::Region && p.country.is_some())
                .and_then(|p| p.country.clone())
        };
        // countries, places, organizations, groups
        for (at, m) in matches.iter().enumerate() {
            if claimed
                .iter()
                .any(|c| c.start <= m.span.start && m.span.end <= c.end)
            {
                continue;
            }
            let surface = &text[m.span.start..m.span.end];
            let other = if m.ambiguous && m.kind == MatchKind::CountryName {
                false_friend(&lower, surface)
            } else {
                None
            };
            let (kind, name, country, sector) = match m.kind {
                // "11.5 million US dollars": a currency
                MatchKind::CountryName | MatchKind::Region if currency_after(text, m.span.end) => {
                    continue
                }
                // "the governor of Georgia ... in Atlanta": the U.S. state.
                MatchKind::CountryName if other.is_some() => {
                    let Some(f) = other else { continue };
                    (f.kind, f.name.clone(), f.country.clone(), None)
                }
                MatchKind::CountryName | MatchKind::Metonym => (
                    EntityKind::Country,
                    country_name(m),
                    m.country.clone(),
                    None,
                ),
                MatchKind::Capital if m.ambiguous && !followed_by_verb(text, m.span.end) => {
                    continue
                }
                MatchKind::Capital if after_place_word(text, m.span.start) => (
                    EntityKind::Location,
                    m.canonical.clone(),
                    m.country.clone(),
                    None,
                ),
                MatchKind::Capital => (
                    EntityKind::Country,
                    country_name(m),
                    m.country.clone(),
                    None,
                ),
                MatchKind::Region => (
                    EntityKind::Location,
                    m.canonical.clone(),
                    m.country.clone(),
                    None,
                ),
                MatchKind::Organization
                    if m.ambiguous
                        && m.qualifier.is_none()
                        && !is_acronym(&text[m.span.start..m.span.end]) =>
                {
                    continue
                }
                MatchKind::Organization => (
                    EntityKind::Organization,
                    m.canonical.clone(),
                    m.country.clone().or_else(|| local_state(at)),
                    m.sector.clone(),
                ),
                MatchKind::Group => (
                    EntityKind::Group,
                    m.canonical.clone(),
                    m.country.clone().or_else(|| local_state(at)),
                    m.sector.clone(),
                ),
                MatchKind::Demonym | MatchKind::Role => continue,
            };
            // "the National Civil Police", "the Public Ministry": a
            // generic body written with the capitalised words of its own
            // name is that named body
            let body = matches!(kind, EntityKind::Organization | EntityKind::Group);
            let (name, span) = match proper_name_before(text, &matches, at) {
                Some(start) if body => {
                    let span = Span::new(start, m.span.end);
                    (text[span.start..span.end].to_string(), span)
                }
                // ... and so is one with the words of its name after "of"
                // ("the Ministry of Unification")
                _ => match proper_name_after(text, &matches, at) {
                    Some(end) if body => {
                        let span = Span::new(m.span.start, end);
                        (text[span.start..span.end].to_string(), span)
                    }
                    _ => (name, m.span),
                },
            };
            match entities
                .iter_mut()
                .find(|e| e.kind == kind && e.name == name && e.country == country)
            {
                Some(e) => e.mentions.push(span),
                None => entities.push(DocEntity {
                    id: String::new(),
                    name,
                    kind,
                    country,
                    sector,
                    role: None,
                    mentions: vec![span],
                }),
            }
        }

        crate::acronyms::link(text, &matches, &mut entities);
        bare_body_mentions(&mut entities);
        given_name_mentions(text, &matches, &mut entities);
        number(&mut entities);
        entities
    }

    /// Adds the people named at `candidates`, spans of personal names found
    /// by other means (dragoman-ner's tagger), that the titles and
    /// dictionaries missed: untitled people ("Donald Trump told a crowd",
    /// "said Ann Selzer, a pollster"). A candidate is skipped when it
    /// overlaps a mention of `entities` or a dictionary match (a country,
    /// capital, organization, group or title), when it is a single word
    /// that names no known person, or when a word of it is not a
    /// capitalised name word. One whose surname is a known person's is
    /// another mention of that person (and completes a shorter name);
    /// the others become people, found again by surname and by "Mr." or
    /// "Ms." and the surname. Entities are then renumbered in order of
    /// first mention.
    pub fn add_people(&self, text: &str, entities: &mut Vec<DocEntity>, candidates: &[Span]) {
        if candidates.is_empty() {
            return;
        }
        let matches = self.gazetteer.find(text);
        let taken = |span: Span, entities: &[DocEntity]| taken(span, entities, &matches);
        let first_new = entities.len();
        for &c in candidates {
            // "Choi Min" tagged in "Choi Min-seo": the hyphenated given
            // name goes on
            let c = Span::new(
                c.start,
                c.end + hyphen_tail(text.get(c.end..).unwrap_or("")),
            );
            let Some(raw) = text.get(c.start..c.end) else {
                continue;
            };
            let span = Span::new(honorific_before(text, c.start).unwrap_or(c.start), c.end);
            let mut words: Vec<&str> = raw.split_whitespace().collect();
            // "Mr. Smith" tagged whole: the name is "Smith"
            // ("Prince Faisal bin Farhan" is Faisal bin Farhan, "Prince
            // Andrew" is Prince Andrew)
            let n = words.len();
            if words.first().is_some_and(|w| {
                let w = w.trim_end_matches('.');
                matches!(w, "Mr" | "Mrs" | "Ms" | "Dr") || COURTESY_TITLES.contains(&w) && n > 2
            }) {
                words.remove(0);
            }
            if taken(span, entities) {
                // "Antony Blinken" where the surname search found "Blinken"
                // of "Secretary Blinken": the fuller name of that person
                complete_name(text, entities, span, &words, &matches);
                continue;
            }
            let name_word = |w: &&str| {
                w.starts_with(char::is_uppercase)
                    && !NOT_NAMES.contains(&w.trim_end_matches('.'))
                    && w.chars()
                        .all(|ch| ch.is_alphabetic() || matches!(ch, '.' | '-' | '\'' | '’'))
            };
            // "the Kerem Shalom crossing", "USS Carl Vinson": a place or a
            // ship named after a person
            let before = text[..span.start].trim_end_matches(' ');
            let named_thing = before.ends_with(" the")
                || ["USS", "HMS", "HMAS", "HMCS", "INS"]
                    .iter()
                    .any(|p| before.ends_with(p));
            if named_thing
                || words.is_empty()
                || words.len() > 5
                || !words.iter().all(name_word)
                || words.last().is_some_and(|w| not_a_person_word(w))
                || in_longer_name(text, c, true)
            {
                continue;
            }
            // a name right after a capitalised word that ends a sentence or
            // a list item is taken only when its description or the list of
            // office holders says whose it is: a person of unknown country
            // in a list of names helps an analyst less than it costs
            if in_longer_name(text, c, false)
                && apposition(text, &matches, span).1.is_none()
                && office_holder_state(&words.join(" ")).is_none()
            {
                continue;
            }
            let name = proper_case(&words.join(" "));
            let known = entities
                .iter_mut()
                .find(|e| e.kind == EntityKind::Person && same_surname(&e.name, &name));
            match known {
                Some(e) => {
                    keep_fuller(&mut e.name, &name);
                    e.mentions.push(span);
                }
                None if words.len() >= 2 => {
                    let (role, country, sector) = apposition(text, &matches, span);
                    let country = country.or_else(|| based_in(text, &matches, span));
                    entities.push(DocEntity {
                        id: String::new(),
                        name,
                        kind: EntityKind::Person,
                        country,
                        sector,
                        role,
                        mentions: vec![span],
                    })
                }
                None => {}
            }
        }
        if entities.len() > first_new {
            // the new people's other mentions: surname, "Mr." + surname
            let words = name_words(text);
            for k in first_new..entities.len() {
                let last = surname(&entities[k].name).to_string();
                for &(start, word) in &words {
                    let span = Span::new(start, start + word.len());
                    if word != last || taken(span, entities) {
                        continue;
                    }
                    let start = honorific_before(text, start).unwrap_or(start);
                    entities[k].mentions.push(Span::new(start, span.end));
                }
            }
        }
        coordinated_countries(text, &matches, &mut entities[first_new..]);
        untitled_holders(text, &matches, entities);
        given_name_mentions(text, &matches, entities);
        number(entities);
    }
}

/// "SIARHEI TSIKHANOUSKI walked across the border": a name written in
/// capitals (a lede, a headline) is given in the case the article's other
/// mentions use ("Mr Tsikhanouski"), so that they are found as its
/// surname. A name with a lower-case letter is kept as written.
fn proper_case(name: &str) -> String {
    if name.chars().any(char::is_lowercase)
        || name.chars().filter(|c| c.is_alphabetic()).count() < 4
    {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, ' ' | '-' | '\'' | '’');
    }
    out
}

/// "beating China's Liang Weikeng and Wang Chang": the second of two
/// people joined by "and" after a possessive country, whose own
/// description says nothing, shares the first's country. Only the people
/// this stage found are looked at, and only when the first one's country
/// is the possessive right before it.
fn coordinated_countries(text: &str, matches: &[GazMatch], people: &mut [DocEntity]) {
    for k in 0..people.len() {
        if people[k].kind != EntityKind::Person || people[k].country.is_some() {
            continue;
        }
        let Some(&first) = people[k].mentions.iter().min_by_key(|s| s.start) else {
            continue;
        };
        let Some(before) = text[..first.start].strip_suffix(" and ") else {
            continue;
        };
        let country = people.iter().find_map(|p| {
            let m = p.mentions.iter().find(|m| m.end == before.len())?;
            let owner = matches.iter().find(|g| {
                g.possessive
                    && g.country.is_some()
                    && !g.ambiguous
                    && skip_possessive(text, g.span.end) + 1 == m.start
            })?;
            (p.kind == EntityKind::Person && p.country == owner.country).then(|| p.country.clone())
        });
        if let Some(country) = country {
            people[k].country = country;
        }
    }
}

/// "Tatar did not hide where he stands. Speaking after the meeting, the
/// Turkish Cypriot leader said ...": a bare title with its article, shortly
/// after a person whom the text named without a title, is that person
/// when the title names its country, no other person is named between and
/// the title's country does not contradict the person's. The person takes the title and its
/// country.
fn untitled_holders(text: &str, matches: &[GazMatch], entities: &mut [DocEntity]) {
    const REACH: usize = 250;
    for (i, m) in matches.iter().enumerate() {
        if m.kind != MatchKind::Role || m.article.is_none() {
            continue;
        }
        let start = m.article.map_or(m.span.start, |a| a.start);
        let after = text[m.span.end..].trim_start_matches(['\'', '’', 's']);
        // a title before a name, or of a body, is no bare title
        if after.starts_with(" of ")
            || after.trim_start().starts_with(|c: char| c.is_uppercase())
                && !after.starts_with(", ")
            || entities
                .iter()
                .flat_map(|e| &e.mentions)
                .any(|x| x.overlaps(m.span))
        {
            continue;
        }
        // the last person mention before the title
        let last = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .flat_map(|(k, e)| e.mentions.iter().map(move |x| (k, *x)))
            .filter(|(_, x)| x.end <= start)
            .max_by_key(|(_, x)| x.end);
        let Some((k, x)) = last else {
            continue;
        };
        let (country, sector) = role_qualifier(text, matches, i);
        // only a title that says whose it is ("the Turkish Cypriot
        // leader", not "the president": that is someone else's office),
        // and is a subject or stands alone (not "the U.K. general
        // election")
        let next = after.split_whitespace().next().unwrap_or("");
        let verb_like = next.ends_with("ed")
            || matches!(
                next,
                "said"
                    | "says"
                    | "told"
                    | "has"
                    | "had"
                    | "was"
                    | "is"
                    | "will"
                    | "would"
                    | "also"
                    | "did"
                    | "went"
                    | "made"
                    | "took"
                    | "gave"
                    | "spoke"
            );
        if country.is_none() || !(after.starts_with([',', '.', ';']) || verb_like) {
            continue;
        }
        let holder = &entities[k];
        if start - x.end > REACH
            || holder.role.is_some()
            || (country.is_some() && holder.country.is_some() && country != holder.country)
        {
            continue;
        }
        let holder = &mut entities[k];
        holder.mentions.push(Span::new(
            matches[role_chain_start(text, matches, i)].span.start,
            m.span.end,
        ));
        holder.role = Some(m.canonical.clone());
        if holder.country.is_none() {
            holder.country = country;
        }
        if holder.sector.is_none() {
            holder.sector = sector;
        }
    }
    for e in entities.iter_mut() {
        e.mentions.sort_by_key(|x| (x.start, x.end));
    }
}

/// Whether `span` overlaps a mention of `entities` or a dictionary match.
/// The start of the capitalised words written right before match `at`,
/// a generic body without a country ("Police" in "the National Civil
/// Police"), when they are part of its name: one to four words, each
/// capitalised, not a sentence's first word alone, not another match.
fn proper_name_before(text: &str, matches: &[GazMatch], at: usize) -> Option<usize> {
    let m = &matches[at];
    if m.qualifier.is_some()
        || m.country.is_some()
        || !text[m.span.start..].starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let mut floor = at
        .checked_sub(1)
        .map_or(0, |p| matches[p].span.end)
        .max(m.span.start.saturating_sub(80));
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut start = m.span.start;
    let mut words = 0;
    loop {
        let before = &text[floor..start];
        let trimmed = before.trim_end_matches(' ');
        if trimmed.len() == before.len() || trimmed.is_empty() {
            break;
        }
        let word_start = trimmed
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |k| {
                k + trimmed[k..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &trimmed[word_start..];
        let capitalised = word.starts_with(|c: char| c.is_uppercase())
            && word.chars().skip(1).any(char::is_lowercase);
        if !capitalised || matches!(word, "The" | "A" | "An" | "This" | "That" | "Its" | "Their") {
            break;
        }
        start = floor + word_start;
        words += 1;
        if words == 4 {
            break;
        }
    }
    // a sentence's first word alone may be capitalised for that reason
    let opens_sentence = |k: usize| {
        text[..k]
            .trim_end()
            .chars()
            .last()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '\n'))
    };
    (words > 1 || words == 1 && !opens_sentence(start)).then_some(start)
}

/// The end of "of" and the capitalised words after match `at`, a generic
/// body without a country written capitalised ("Ministry" in "the Ministry
/// of Unification"), when they name it: one to four capitalised words,
/// "and" between them, none of them another match (a country: "the
/// Ministry of Ukraine" is no name).
fn proper_name_after(text: &str, matches: &[GazMatch], at: usize) -> Option<usize> {
    let m = &matches[at];
    if m.qualifier.is_some()
        || m.country.is_some()
        || !text[m.span.start..].starts_with(|c: char| c.is_uppercase())
        || m.span.end - m.span.start > 12
    {
        return None;
    }
    let rest = text[m.span.end..].strip_prefix(" of ")?;
    let rest_start = text.len() - rest.len();
    let next_match = matches.get(at + 1).map_or(usize::MAX, |n| n.span.start);
    let mut end = None;
    let mut words = 0;
    let mut offset = 0;
    for word in rest.split(' ') {
        let clean = word.trim_end_matches([',', '.', ';', ':', ')', '\'', '’']);
        let at_word = rest_start + offset;
        offset += word.len() + 1;
        if at_word >= next_match || words == 4 {
            break;
        }
        if clean == "and" && words > 0 {
            continue;
        }
        let capitalised = clean.starts_with(|c: char| c.is_uppercase())
            && clean.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && clean.len() > 1;
        if !capitalised {
            break;
        }
        words += 1;
        end = Some(at_word + clean.len());
        if clean.len() < word.len() {
            break;
        }
    }
    end
}

fn taken(span: Span, entities: &[DocEntity], matches: &[GazMatch]) -> bool {
    entities
        .iter()
        .flat_map(|e| &e.mentions)
        .any(|m| m.overlaps(span))
        || matches
            .iter()
            .any(|m| m.span.overlaps(span) && !in_name(matches, m, span))
}

/// Whether dictionary match `m` is a courtesy title inside the name at
/// `span` ("Hassan Sheikh Mohamud"), not at its start.
fn in_name(matches: &[GazMatch], m: &GazMatch, span: Span) -> bool {
    m.kind == MatchKind::Role
        && span.start < m.span.start
        && m.span.end < span.end
        && COURTESY_TITLES
            .iter()
            .any(|t| t.eq_ignore_ascii_case(&m.canonical))
        && matches
            .iter()
            .all(|g| !g.span.overlaps(Span::new(span.start, m.span.start)))
}

/// People named by their given name alone ("Getachew", "Abiy" for
/// Getachew Reda and Abiy Ahmed, as Ethiopian usage has it): the first
/// word of a person's name, standing alone, is another mention of that
/// person when the text never names the person by surname alone, no other
/// person has that first word, and no dictionary entry covers it.
fn given_name_mentions(text: &str, matches: &[GazMatch], entities: &mut [DocEntity]) {
    let words = name_words(text);
    let alone = |k: usize| {
        let (start, word) = words[k];
        let end = start + word.len();
        let joined = |a: usize, b: usize| text[a..b].chars().all(|c| c == ' ');
        let after_name = k > 0 && joined(words[k - 1].0 + words[k - 1].1.len(), start);
        let before_name = k + 1 < words.len() && joined(end, words[k + 1].0);
        !after_name && !before_name
    };
    let people: Vec<usize> = (0..entities.len())
        .filter(|&i| entities[i].kind == EntityKind::Person)
        .collect();
    for &i in &people {
        let name = entities[i].name.clone();
        let Some((given, _)) = name.split_once(' ') else {
            continue;
        };
        let last = surname(&name);
        let shared = people
            .iter()
            .any(|&j| j != i && entities[j].name.split(' ').next() == Some(given));
        if given.chars().count() < 4 || shared || NOT_NAMES.contains(&given) {
            continue;
        }
        let covered = |span: Span, entities: &[DocEntity]| taken(span, entities, matches);
        let by_surname = words
            .iter()
            .any(|&(start, w)| w == last && !covered(Span::new(start, start + w.len()), entities))
            || entities[i]
                .mentions
                .iter()
                .any(|m| &text[m.start..m.end] == last);
        if by_surname {
            continue;
        }
        for (k, &(start, w)) in words.iter().enumerate() {
            let span = Span::new(start, start + w.len());
            if w == given && alone(k) && !covered(span, entities) {
                entities[i].mentions.push(span);
            }
        }
    }
}

/// A tagged name `words` at `span` that overlaps a known person's mention
/// naming the same surname, and nothing else, widens that mention and
/// gives the person the fuller name.
fn complete_name(
    text: &str,
    entities: &mut [DocEntity],
    span: Span,
    words: &[&str],
    matches: &[GazMatch],
) {
    if words.len() < 2 || matches.iter().any(|m| m.span.overlaps(span)) {
        return;
    }
    let hits: Vec<(usize, usize)> = entities
        .iter()
        .enumerate()
        .flat_map(|(k, e)| {
            e.mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.overlaps(span))
                .map(move |(j, _)| (k, j))
        })
        .collect();
    let [(k, j)] = hits.as_slice() else {
        return;
    };
    let e = &mut entities[*k];
    let m = e.mentions[*j];
    let last = surname(&e.name);
    if e.kind != EntityKind::Person
        || text.get(m.start..m.end).is_none_or(|t| !t.ends_with(last))
        || words.last() != Some(&last)
        || m.end != span.end
    {
        return;
    }
    e.mentions[*j] = Span::new(m.start.min(span.start), m.end);
    keep_fuller(&mut e.name, &words.join(" "));
}

/// The byte offset right after the last character of `s` that `pred`
/// accepts (0 when none does); a character boundary whatever its width
/// (a no-break space, curly quotes).
fn after_last(s: &str, pred: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| pred(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Whether the name at `span` runs on into capitalised words outside it
/// ("Second Thomas Shoal", "Thomas Shoal Station"): then it is part of a
/// longer name, a place or a body, that the tagger cut short. A
/// capitalised word before it that starts its sentence does not count,
/// nor do the words of `NOT_NAMES` ("On Monday Ann Selzer said").
fn in_longer_name(text: &str, span: Span, lenient: bool) -> bool {
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase) && !NOT_NAMES.contains(&w.trim_end_matches('.'))
    };
    // one space, no-break space or tab between the words: a line break
    // ends a run of capitalised words
    let gap = |c: char| c.is_whitespace() && c != '\n' && c != '\r';
    let before = &text[..span.start];
    if let Some(b) = before.strip_suffix(gap) {
        let word_start = after_last(b, char::is_whitespace);
        let word = &b[word_start..];
        let prev = b[..word_start].trim_end();
        let starts_sentence = prev.is_empty()
            || prev.ends_with(['.', '!', '?', ':', '"', '“', '\n'])
            || b[prev.len()..word_start].contains('\n');
        // "Somalia's Hassan Sheikh Mohamud": a possessive is no part of it
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        // with `lenient`, a word that ends a sentence ("behind Zelensky.
        // Keir Starmer") is no part of it either (an initial or a short
        // title, "F." or "Gen.", is), nor one that ends a list item or a
        // description ("the French ambassador, Mr Stéphane Romatet")
        let core = word.trim_end_matches('.');
        let ended = lenient
            && (word.ends_with(['!', '?', ')', '"', '”', ',', ';', ':'])
                || (word.ends_with('.')
                    && core.chars().count() >= 4
                    && core.chars().all(char::is_alphabetic)
                    && core.chars().any(char::is_lowercase)));
        if capital(word) && !starts_sentence && !possessive && !ended {
            return true;
        }
    }
    let after = &text[span.end..];
    if let Some(a) = after.strip_prefix(gap) {
        let word = a
            .split(|c: char| c.is_whitespace() || c == ',')
            .next()
            .unwrap_or("");
        if capital(word) {
            return true;
        }
    }
    false
}

/// "Bogotá-based journalist Andrés Quintero": the country of a capital or
/// country that a description right before the name says the person is
/// based in (at most three lower-case words between).
fn based_in(text: &str, matches: &[GazMatch], name: Span) -> Option<String> {
    let before = text[..name.start].trim_end();
    let mut end = before.len();
    for n in 0..4 {
        if end == 0 {
            break;
        }
        // the word ending at `end`
        let i = before[..end]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let w = &before[i..end];
        end = before[..i].trim_end().len();
        if let Some(place) = w.strip_suffix("-based") {
            let end = i + place.len();
            // the place alone, or qualifying the noun after it
            // ("Bogotá-based journalist" read as a group of journalists)
            let place = |kind: MatchKind, span: Span| {
                span.start == i
                    && span.end == end
                    && matches!(kind, MatchKind::Capital | MatchKind::CountryName)
            };
            return matches
                .iter()
                .find(|m| {
                    !m.ambiguous
                        && (place(m.kind, m.span)
                            || m.qualifier.as_ref().is_some_and(|q| place(q.kind, q.span)))
                })
                .and_then(|m| m.country.clone());
        }
        if n > 0 && !w.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
    }
    None
}

/// The role, country and sector that a description in apposition to a
/// name gives: "A member of the Syrian parliament, Mohammed Mamoun,",
/// "Saeb Erakat, the chief Palestinian negotiator,". The description is the
/// clause piece right before the name (from the sentence start or a
/// comma, ending with a comma) when it starts with "a", "an" or "the", or
/// the one right after it (from its comma to the next comma or sentence
/// end) when that does. Its first title gives the role (and sector), its
/// first dictionary match with a country the country, an organization's
/// sector standing in for a missing title's.
fn apposition(
    text: &str,
    matches: &[GazMatch],
    name: Span,
) -> (Option<String>, Option<String>, Option<String>) {
    let det = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "a" | "an" | "the" | "his" | "her" | "its" | "their"
        )
    };
    let is_desc = |piece: &str| det(piece.split_whitespace().next().unwrap_or(""));
    let stop = |c: char| {
        matches!(
            c,
            ',' | '.' | ';' | ':' | '\n' | '(' | ')' | '"' | '“' | '”'
        )
    };
    let mut window = None;
    let before = &text[..name.start];
    let comma = before.trim_end().strip_suffix(',');
    if let Some(b) = comma {
        let from = after_last(b, stop);
        if is_desc(&b[from..]) && b.len() - from <= 120 {
            // "The Algerian ministry summoned the French ambassador, Mr
            // X": the description is the last phrase that opens with a
            // determiner and a title or a country word, not the clause
            let last = b[from..]
                .match_indices(' ')
                .map(|(i, _)| from + i + 1)
                .rfind(|&i| {
                    let mut ws = b[i..].split_whitespace();
                    let (Some(d), Some(_)) = (ws.next(), ws.next()) else {
                        return false;
                    };
                    let at =
                        i + d.len() + b[i + d.len()..].len() - b[i + d.len()..].trim_start().len();
                    det(d)
                        && matches.iter().any(|m| {
                            m.span.start == at
                                && matches!(
                                    m.kind,
                                    MatchKind::Role | MatchKind::Demonym | MatchKind::CountryName
                                )
                        })
                });
            window = Some(Span::new(last.unwrap_or(from), b.len()));
        }
    }
    if window.is_none() {
        // "his Turkish counterpart Mehmet Kaya", "hosted his Ethiopian
        // counterpart, Meskerem Alemu": a determiner and at most four
        // lower-case or dictionary words right before the name
        let b = comma.unwrap_or(before).trim_end();
        let mut from = b.len();
        for (n, (i, w)) in b
            .split_whitespace()
            .rev()
            .scan(b.len(), |end, w| {
                let start = b[..*end].rfind(w).unwrap_or(0);
                *end = start;
                Some((start, w))
            })
            .enumerate()
        {
            if n > 4 || w.contains(stop) {
                break;
            }
            if det(w) {
                if from < b.len() {
                    window = Some(Span::new(i, b.len()));
                }
                break;
            }
            let known = matches
                .iter()
                .any(|m| m.span.start <= i && i + w.len() <= m.span.end);
            if !(w.starts_with(char::is_lowercase) || known) {
                break;
            }
            from = i;
        }
    }
    // a window before the name that names no title, body or country
    // ("The summit was chaired by Kofi Boateng, President of ...") leaves
    // the description to the apposition after it
    if window.is_some_and(|w| {
        !matches
            .iter()
            .any(|m| w.start <= m.span.start && m.span.end <= w.end)
    }) {
        window = None;
    }
    if window.is_none() {
        let after = &text[name.end..];
        if let Some(a) = after.strip_prefix(',') {
            let to = a.find(stop).unwrap_or(a.len());
            // "Bola Tinubu, President of the Federal Republic of Nigeria":
            // a title opening the apposition describes too
            let first = name.end + 1 + (a.len() - a.trim_start().len());
            // (not the title of the next name in a list: "led by Mossad
            // chief David Barnea, Egyptian intelligence chief Abbas Kamel")
            let titled = matches.iter().any(|m| {
                let rest = text[m.span.end..].trim_start();
                m.kind == MatchKind::Role
                    && m.span.start == first
                    && (rest.starts_with("of ")
                        || rest.starts_with(stop)
                        || rest.starts_with("and ")
                        || rest.is_empty())
            });
            // "Hun Sen, Cambodia's former leader": a country's office
            let owned = matches
                .iter()
                .any(|m| m.span.start == first && m.possessive && m.country.is_some());
            if (is_desc(&a[..to]) || titled || owned) && to <= 120 {
                let start = name.end + 1;
                window = Some(Span::new(start, start + to));
            }
        }
    }
    let Some(w) = window else {
        return body_head(text, matches, name);
    };
    let inside: Vec<&GazMatch> = matches
        .iter()
        .filter(|m| w.start <= m.span.start && m.span.end <= w.end)
        .collect();
    let role_match = inside.iter().find(|m| m.kind == MatchKind::Role);
    let role = role_match.map(|m| tidy_role(&text[m.span.start..m.span.end]));
    // (not a name the dictionary leaves ambiguous, unless the text names
    // its country plainly too: "a nurse from Hamilton" need not be from
    // Bermuda, "a volunteer in Chad" in a report from N'Djamena is; nor a
    // backer: "the deputy leader of the Belgrade-backed Srpska Lista
    // party" is no Serbian)
    let plain = |m: &&&GazMatch| {
        !m.ambiguous
            || matches
                .iter()
                .any(|o| !o.ambiguous && o.country.is_some() && o.country == m.country)
    };
    let country = inside
        .iter()
        .filter(plain)
        .filter(|m| !backer(text, m.span))
        .find_map(|m| m.country.clone());
    let sector = role_match.and_then(|m| m.sector.clone()).or_else(|| {
        inside
            .iter()
            .find(|m| m.kind == MatchKind::Organization)
            .and_then(|m| m.sector.clone())
    });
    (role, country, sector)
}

/// Whether the country at `span` backs what follows rather than owns it:
/// "Iran-backed", "Russian-funded", "Saudi-sponsored".
fn backer(text: &str, span: Span) -> bool {
    let rest = &text[span.end..];
    let Some(rest) = rest.strip_prefix('-') else {
        return false;
    };
    [
        "backed",
        "funded",
        "sponsored",
        "supported",
        "allied",
        "aligned",
        "armed",
        "trained",
        "brokered",
        "mediated",
        "financed",
        "installed",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// "Mossad chief David Barnea", "Wagner boss Yevgeny Prigozhin": a head
/// noun right before the name, after a body the dictionary knows, gives
/// the role and the body's country and sector.
fn body_head(
    text: &str,
    matches: &[GazMatch],
    name: Span,
) -> (Option<String>, Option<String>, Option<String>) {
    let before = text[..name.start].trim_end();
    // "Somalia's Hassan Sheikh Mohamud", "Moscow's Sergei Lavrov": the
    // country right before the name
    if let Some(m) = matches.iter().find(|m| {
        m.possessive && m.country.is_some() && skip_possessive(text, m.span.end) == before.len()
    }) {
        return (None, m.country.clone(), None);
    }
    let Some((rest, head)) = before.rsplit_once(' ') else {
        return (None, None, None);
    };
    if !matches!(
        head,
        "chief" | "head" | "boss" | "director" | "leader" | "commander"
    ) {
        return (None, None, None);
    }
    let body_end = rest.trim_end_matches(['\'', '’', 's']).len();
    match matches.iter().find(|m| {
        m.kind == MatchKind::Organization && (m.span.end == rest.len() || m.span.end == body_end)
    }) {
        Some(m) => (Some(head.to_string()), m.country.clone(), m.sector.clone()),
        None => (None, None, None),
    }
}

/// Sorts each entity's mentions and the entities by first mention, and
/// gives them the ids `E1`, `E2`, ...
/// The head noun of a body's name, lower case and singular: "ministry"
/// for "Ministry of National Defense" and "Russian Defence Ministry".
fn head_noun(name: &str) -> String {
    let lower = name.to_lowercase();
    let head = lower.split(" of ").next().unwrap_or(&lower);
    let last = head.split_whitespace().last().unwrap_or("");
    last.strip_suffix('s')
        .filter(|w| w.len() > 3)
        .unwrap_or(last)
        .to_string()
}

/// "The ministry" after "Taiwan's Ministry of National Defense": a body
/// named by its bare head noun is the body of that head named last before
/// it (and takes its country), not a body of its own.
fn bare_body_mentions(entities: &mut Vec<DocEntity>) {
    let generic = |e: &DocEntity| {
        e.kind == EntityKind::Organization
            && !e.name.chars().any(char::is_uppercase)
            && e.name.split_whitespace().count() == 1
    };
    let mut moved: Vec<(usize, Span)> = Vec::new();
    for g in entities.iter().filter(|e| generic(e)) {
        let head = head_noun(&g.name);
        for &m in &g.mentions {
            let named = entities
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.kind == EntityKind::Organization
                        && e.name.chars().any(char::is_uppercase)
                        && head_noun(&e.name) == head
                })
                .filter_map(|(k, e)| {
                    e.mentions
                        .iter()
                        .filter(|s| s.end <= m.start)
                        .map(|s| s.end)
                        .max()
                        .map(|end| (end, k))
                })
                .max();
            if let Some((_, k)) = named {
                moved.push((k, m));
            }
        }
    }
    if moved.is_empty() {
        return;
    }
    for e in entities.iter_mut().filter(|e| generic(e)) {
        e.mentions.retain(|m| !moved.iter().any(|(_, s)| s == m));
    }
    for (k, m) in moved {
        entities[k].mentions.push(m);
    }
    entities.retain(|e| !e.mentions.is_empty());
}

fn number(entities: &mut [DocEntity]) {
    for e in entities.iter_mut() {
        e.mentions.sort();
        e.mentions.dedup();
    }
    entities.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |s| s.start));
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = format!("E{}", i + 1);
    }
}

/// The country and sector a role match takes from its own words or from
/// what stands right before it: a possessive body, country or person
/// ("State Department's spokesperson", "Azerbaijani President's foreign
/// policy advisor"), or a body or country name ("U.S. State Department
/// Spokesman", "NSC Spokesperson").
fn role_qualifier(text: &str, matches: &[GazMatch], i: usize) -> (Option<String>, Option<String>) {
    let role = &matches[i];
    let (mut country, mut sector) = (role.country.clone(), role.sector.clone());
    // a title of several role words ("deputy spokesperson", "Prime
    // Minister and Foreign Minister") is qualified by what stands before
    // the first
    let first = role_chain_start(text, matches, i);
    for m in &matches[first..i] {
        country = country.or_else(|| m.country.clone());
    }
    let role = &matches[first];
    if first > 0 {
        let prev = &matches[first - 1];
        let between = &text[prev.span.end..role.span.start];
        let joined = between
            .trim_start_matches(['\'', '’'])
            .trim_start_matches('s')
            .trim();
        // up to two lower-case modifiers between ("State Department deputy
        // spokesperson", "Seoul's nuclear envoy")
        const MODIFIERS: [&str; 24] = [
            "deputy",
            "chief",
            "senior",
            "top",
            "nuclear",
            "foreign",
            "defence",
            "defense",
            "military",
            "former",
            "acting",
            "interim",
            "special",
            "outgoing",
            "presidential",
            "principal",
            "lead",
            "trade",
            "economic",
            "climate",
            "security",
            "press",
            "first",
            "new",
        ];
        // (a hyphenated compound modifies too: "the Israeli military's
        // Arabic-language spokesman")
        let modifiers = |t: &str| {
            let words: Vec<&str> = t.split_whitespace().collect();
            words.len() <= 2
                && words.iter().all(|w| {
                    MODIFIERS.contains(w)
                        || (w.contains('-')
                            && w.split('-')
                                .all(|p| p.len() >= 2 && p.chars().all(char::is_alphabetic)))
                })
        };
        // "Eritrea's information minister", "Ukraine's human rights
        // commissioner": a country's portfolio in lower case
        let portfolio = |t: &str| {
            let words: Vec<&str> = t.split_whitespace().collect();
            words.len() <= 3
                && words.iter().all(|w| {
                    w.chars().all(|c| c.is_lowercase() || c == '-') && !PORTFOLIO_STOPS.contains(w)
                })
        };
        let adjacent = (prev.possessive
            && (modifiers(joined)
                || portfolio(joined)
                    && matches!(
                        prev.kind,
                        MatchKind::CountryName | MatchKind::Capital | MatchKind::Metonym
                    ))
            && !matches!(prev.kind, MatchKind::Role | MatchKind::Group))
            || (modifiers(between)
                && matches!(
                    prev.kind,
                    MatchKind::Organization | MatchKind::CountryName | MatchKind::Metonym
                ));
        // "US President Joe Biden's National Security Adviser": the title of
        // a named, possessive holder
        let holder_between = prev.kind == MatchKind::Role && {
            let t = between.trim();
            let name = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s"));
            name.is_some_and(|n| {
                let words: Vec<&str> = n.split_whitespace().collect();
                (1..=3).contains(&words.len())
                    && words.iter().all(|w| w.starts_with(char::is_uppercase))
            })
        };
        if adjacent || holder_between {
            country = country.or_else(|| prev.country.clone());
            sector = sector.or_else(|| prev.sector.clone());
        }
        // "In Tokyo, Chief Cabinet Secretary ...", "In New Delhi, External
        // Affairs Ministry spokesperson ...": the capital that opens the
        // sentence gives a title without a country its country
        if country.is_none() {
            country = matches[..first]
                .iter()
                .rev()
                .take(3)
                .find(|m| matches!(m.kind, MatchKind::Capital | MatchKind::CountryName))
                .filter(|m| in_place_opening(text, m.span, role.span.start))
                .and_then(|m| m.country.clone());
        }
        // "Philippine Coast Guard spokesperson": a body the dictionary
        // does not know, named after its country
        let body = between.split_whitespace().collect::<Vec<_>>();
        if prev.kind == MatchKind::Demonym
            && (1..=3).contains(&body.len())
            && body.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            country = country.or_else(|| prev.country.clone());
        }
    }
    (country, sector)
}

/// Function words that end a lower-case portfolio before a title
/// ("Iran's support for the president" is not a title of Iran's).
const PORTFOLIO_STOPS: &[&str] = &[
    "the", "a", "an", "for", "of", "to", "in", "on", "with", "by", "and", "or", "as", "at", "from",
    "its", "his", "her", "their", "our", "that", "which", "who", "is", "was", "has", "had", "will",
    "said", "new",
];

/// The first of the role matches that end at `matches[i]` with nothing but
/// spaces or "and" between them: "deputy" "foreign minister", "Prime
/// Minister and Foreign Minister".
fn role_chain_start(text: &str, matches: &[GazMatch], i: usize) -> usize {
    let mut first = i;
    while first > 0 && matches[first - 1].kind == MatchKind::Role {
        let between = text[matches[first - 1].span.end..matches[first].span.start].trim();
        if !(between.is_empty() || between == "and") {
            break;
        }
        first -= 1;
    }
    first
}

/// Whether `place` opens its sentence as "In PLACE," and only capitalised
/// words (a title, a body) stand between it and `role_start`.
fn in_place_opening(text: &str, place: Span, role_start: usize) -> bool {
    let before = text[..place.start].trim_end_matches(' ');
    let Some(lead) = before
        .strip_suffix("In")
        .or_else(|| before.strip_suffix("in"))
    else {
        return false;
    };
    let opens = lead.trim_end().is_empty() || lead.trim_end().ends_with(['.', '\n', '—', '-']);
    let Some(rest) = text[place.end..role_start].trim_start().strip_prefix(',') else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    opens && words.len() <= 4 && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// The person named after the role match `matches[i]`, if any.
/// Whether the courtesy title of match `i` stands inside a name, after a
/// given name of it ("Hassan Sheikh Mohamud"): then it is no title.
fn inside_name(text: &str, matches: &[GazMatch], i: usize) -> bool {
    let m = &matches[i];
    if !COURTESY_TITLES.contains(&&text[m.span.start..m.span.end]) {
        return false;
    }
    let before = &text[..m.span.start];
    let Some(prev) = before.strip_suffix(' ') else {
        return false;
    };
    let word_start = after_last(prev, |c: char| !(c.is_alphanumeric() || c == '-'));
    let word = &prev[word_start..];
    let sentence_start = prev[..word_start].trim_end().is_empty()
        || prev[..word_start]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '“', '—']);
    is_name_word(word)
        && !sentence_start
        && !matches
            .iter()
            .any(|g| g.span.start <= word_start && word_start < g.span.end)
}

fn titled_person(text: &str, matches: &[GazMatch], i: usize) -> Option<Person> {
    let role = &matches[i];
    let mut role_text = text[role.span.start..role.span.end].to_string();
    // "Prime Minister and Foreign Minister Sheikh Mohammed ...": the
    // titles of the chain, without the courtesy title
    let first = role_chain_start(text, matches, i);
    if first < i {
        let end = if COURTESY_TITLES.contains(&role_text.as_str()) {
            matches[i - 1].span.end
        } else {
            role.span.end
        };
        let joined = text[matches[first].span.start..end].contains(" and ");
        if joined || end < role.span.end {
            role_text = text[matches[first].span.start..end].to_string();
        }
    }
    let (mut country, mut sector) = role_qualifier(text, matches, i);
    // "the Assistant to the President of Azerbaijan", "adviser to the Prime Minister"
    let before = text[..role.span.start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    if let Some(head) = before.strip_suffix(" to") {
        let word = head.rsplit(' ').next().unwrap_or("");
        let lower = word.to_lowercase();
        if [
            "assistant",
            "adviser",
            "advisor",
            "aide",
            "counsellor",
            "counselor",
        ]
        .contains(&lower.as_str())
        {
            role_text = format!("{word} to the {role_text}");
        }
    }

    let mut at = role.span.end;
    // "President of the European Council", "Secretary of Armenia's Security Council"
    let mut j = i + 1;
    while j < matches.len() {
        let rest = &text[at..matches[j].span.start];
        let rest_t = rest.trim();
        let of = rest_t == "of" || rest_t == "of the";
        if !of {
            break;
        }
        let m = &matches[j];
        if !matches!(
            m.kind,
            MatchKind::Organization | MatchKind::CountryName | MatchKind::Region
        ) {
            break;
        }
        role_text.push_str(rest);
        role_text.push_str(&text[m.span.start..m.span.end]);
        if m.country.is_some() {
            country = m.country.clone();
        }
        if m.sector.is_some() && (sector.is_none() || m.sector.as_deref() == Some("IGO")) {
            sector = m.sector.clone();
        }
        at = m.span.end;
        if m.possessive {
            // "Armenia's Security Council": the body after it belongs to it
            let after = skip_possessive(text, at);
            if let Some(next) = matches.get(j + 1).filter(|n| {
                n.span.start == after + 1 || text[after..n.span.start].trim().is_empty()
            }) {
                role_text.push_str(&text[at..next.span.end]);
                at = next.span.end;
                if next.sector.is_some() && sector.is_none() {
                    sector = next.sector.clone();
                }
                j += 1;
            }
        }
        j += 1;
    }
    // "Assistant Secretary of State for European and Eurasian Affairs James O'Brien"
    // a portfolio after the title may name countries or regions: "Assistant
    // Secretary of State for European and Eurasian Affairs James O'Brien"
    let portfolio = text[at..].starts_with(" for ");
    let from = j.min(matches.len());
    let limit = matches[from..]
        .iter()
        .enumerate()
        .find(|&(k, m)| {
            let in_portfolio = portfolio
                && matches!(
                    m.kind,
                    MatchKind::Demonym | MatchKind::CountryName | MatchKind::Region
                );
            // "President Hassan Sheikh Mohamud": a title inside the name
            !in_portfolio && !inside_name(text, matches, from + k)
        })
        .map(|(_, m)| m.span.start);
    let places: Vec<Span> = matches
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                MatchKind::Demonym
                    | MatchKind::CountryName
                    | MatchKind::Region
                    | MatchKind::Capital
            )
        })
        .map(|m| m.span)
        .collect();
    let (name_start, name_end, name) = name_after(text, at, limit, &places)?;
    if portfolio {
        role_text.push(' ');
        role_text.push_str(text[at..name_start].trim().trim_end_matches(','));
    }
    let mut person = Person {
        name,
        role: Some(tidy_role(&role_text)),
        country,
        sector,
        mentions: vec![Span::new(name_start, name_end)],
    };
    // "President Ilham Aliyev of Azerbaijan"
    let after = &text[name_end..];
    if let Some(m) = matches
        .iter()
        .find(|m| m.span.start >= name_end && m.span.start <= name_end + 8)
    {
        let gap = &after[..m.span.start - name_end];
        if (gap == " of " || gap == " of the ")
            && m.kind == MatchKind::CountryName
            && person.country.is_none()
        {
            person.country = m.country.clone();
        }
    }
    Some(person)
}

/// The sectors of offices held at home: a minister, a general, a judge,
/// the leader of the opposition.
const HOME_SECTORS: [&str; 6] = ["GOV", "MIL", "LEG", "COP", "JUD", "OPP"];

/// The home sectors whose holders are seldom the other side's: the
/// legislature, the courts, the police.
const DOMESTIC_SECTORS: [&str; 3] = ["LEG", "COP", "JUD"];

/// "Foreign Minister Ali Sabry" in a report about one country: a titled
/// official of a home office named without a country belongs to the
/// document's country, when one country stands out among the countries,
/// capitals and seats it names (at least three mentions, more than twice
/// as many as any other), and the sentences that name the official name
/// no other country ("President Vladimir Putin warned Sweden and Finland"
/// in a report from Stockholm stays without one).
/// A titled official whose country neither the title nor the document's
/// home tells serves the one country the sentence naming him first names
/// ("President Hassan Sheikh Mohamud signed a law declaring Somalia's ...")
/// when he is named again; named once, he serves it only when a body of
/// that country acts before him there and no other country is named
/// ("Sudan's government protested in a letter from Foreign Minister Ali
/// Youssef al-Sharif").
fn sentence_country(text: &str, matches: &[GazMatch], people: &mut [Person]) {
    for p in people.iter_mut() {
        if p.country.is_some() || p.role.is_none() {
            continue;
        }
        let Some(&first) = p.mentions.iter().min() else {
            continue;
        };
        let (start, end) = rough_sentence(text, first);
        let mut found: Vec<&str> = matches
            .iter()
            .filter(|m| names_a_country(m) && m.span.start >= start && m.span.end <= end)
            .filter(|m| !names_a_place(text, m))
            .filter_map(|m| m.country.as_deref())
            .collect();
        found.sort_unstable();
        found.dedup();
        // the bodies of a country before him in his sentence and paragraph:
        // "Sudan's government", "a Kosovo police patrol" (not a country
        // alone: "Iran's support for the president Bashar Assad")
        let para = text[..first.start].rfind('\n').map_or(0, |i| i + 1);
        let mut owners: Vec<&str> = matches
            .iter()
            .filter(|m| m.span.start >= start.max(para) && m.span.end <= first.start)
            .filter(|m| !m.ambiguous && !names_a_place(text, m) && country_body(m))
            .filter_map(|m| m.country.as_deref())
            .collect();
        owners.sort_unstable();
        owners.dedup();
        // the countries named before him or in his name's span: the ones
        // after are those he writes to or accuses ("protested in a letter
        // from Foreign Minister Ali Youssef al-Sharif to Lammy, accusing
        // London")
        let before_him = |c: &&&str| {
            matches.iter().any(|m| {
                m.country.as_deref() == Some(**c)
                    && names_a_country(m)
                    && m.span.start >= start
                    && m.span.end <= first.end
            })
        };
        // (named once, the country beside him is as often his counterpart:
        // "President Bush threatened further action against Russia")
        match (found.as_slice(), owners.as_slice()) {
            ([only], _) if p.mentions.len() >= 2 => p.country = Some(only.to_string()),
            (_, [owner]) if found.iter().filter(before_him).all(|c| c == owner) => {
                p.country = Some(owner.to_string())
            }
            _ => {}
        }
    }
}

/// Whether `m` is a body or group a country word qualifies: "Sudan's
/// government", "the Kosovo police", "Serbian troops".
fn country_body(m: &GazMatch) -> bool {
    matches!(m.kind, MatchKind::Organization | MatchKind::Group)
        && m.qualifier.as_ref().is_some_and(|q| {
            matches!(
                q.kind,
                MatchKind::CountryName
                    | MatchKind::Capital
                    | MatchKind::Metonym
                    | MatchKind::Demonym
            )
        })
}

/// Whether `m` names where something happened rather than a side: "in
/// Russia", "to Moscow", "in Kazan, Russia" (Modi and Xi meeting at a
/// summit there serve neither).
fn names_a_place(text: &str, m: &GazMatch) -> bool {
    let before = &text[..m.span.start];
    [" in ", " to ", " from ", " at "]
        .iter()
        .any(|p| before.ends_with(p))
        || before.strip_suffix(", ").is_some_and(|b| {
            b.rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && matches!(m.kind, MatchKind::CountryName)
        })
}

/// Whether `m` names a country by its name, adjective, capital or seat.
fn names_a_country(m: &GazMatch) -> bool {
    matches!(
        m.kind,
        MatchKind::CountryName | MatchKind::Demonym | MatchKind::Capital | MatchKind::Metonym
    ) && !m.ambiguous
}

/// The sentence around `span`, roughly: from the end of the last sentence
/// before it to the end of its own.
fn rough_sentence(text: &str, span: Span) -> (usize, usize) {
    let start = text[..span.start].rfind(". ").map_or(0, |i| i + 2);
    let end = text[span.end..]
        .find(". ")
        .map_or(text.len(), |i| span.end + i);
    (start, end)
}

fn home_officials(text: &str, matches: &[GazMatch], people: &mut [Person]) {
    let place = |m: &&GazMatch| names_a_country(m);
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in matches.iter().filter(place) {
        if let Some(c) = m.country.as_deref() {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    // (a minister or a general may be the other side's, named without a
    // country because the reader knows whose: his home must stand out,
    // named more than twice as often as any other country; a legislator,
    // a judge, a prosecutor or a police officer rarely is: for them the
    // country named most is enough)
    let (home, clear, plain) = match counts.as_slice() {
        [(c, n)] if *n >= 3 => (*c, true, true),
        [(c, n), (_, second), ..] if *n >= 3 => (*c, *n > 2 * second, n > second),
        _ => return,
    };
    for p in people.iter_mut() {
        let Some(sector) = p.sector.as_deref() else {
            continue;
        };
        let domestic = DOMESTIC_SECTORS.contains(&sector);
        if p.country.is_some()
            || p.role.is_none()
            || !HOME_SECTORS.contains(&sector)
            || !(clear || domestic && plain)
        {
            continue;
        }
        let abroad = p.mentions.iter().any(|&span| {
            let (start, end) = rough_sentence(text, span);
            matches
                .iter()
                .filter(|m| place(m) || country_body(m))
                .filter(|m| m.span.start >= start && m.span.end <= end)
                .any(|m| m.country.as_deref().is_some_and(|c| c != home))
        });
        if !abroad {
            p.country = Some(home.to_string());
        }
    }
}

fn tidy_role(role: &str) -> String {
    let mut out = String::new();
    for (i, w) in role.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Capitalised name words right after `at` (up to `limit`): the holder's
/// name. `places` are the spans of place words, which can end a portfolio
/// before the name. Returns (start, end, name).
fn name_after(
    text: &str,
    at: usize,
    limit: Option<usize>,
    places: &[Span],
) -> Option<(usize, usize, String)> {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', ',']);
    let mut pos = at + (rest.len() - trimmed.len());
    let mut bracketed = false;
    if text[pos..].starts_with('[') {
        bracketed = true;
        pos += 1;
    }
    // "for European and Eurasian Affairs" before the name
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut cursor = pos;
    loop {
        let tail = &text[cursor..];
        let word_len = tail
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
            .map_or(tail.len(), |(i, _)| i);
        if word_len == 0 {
            break;
        }
        let raw = &tail[..word_len];
        let word = raw.trim_end_matches('.');
        // a full stop after a word longer than an initial ends the sentence
        let sentence_end = raw.ends_with('.') && word.chars().count() > 1 && !word.contains('.');
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if limit.is_some_and(|l| cursor >= l) {
            // "the Tigray Interim Regional Administration": capitalised
            // words running into a known body are its name, not a person's
            let runs_on = words
                .last()
                .is_some_and(|&(at, w)| is_name_word(w) && text[at + w.len()..cursor].trim() == "");
            if runs_on && is_name_word(word) {
                return None;
            }
            break;
        }
        let capital = is_name_word(word);
        // a portfolio after the title ("envoy for the Western Balkans",
        // "Under Secretary of the Treasury for Terrorism and ...")
        let after_for_of = words
            .last()
            .is_some_and(|(_, w)| matches!(*w, "for" | "of"));
        let linking = match word {
            "for" | "of" => true,
            "and" => !words.is_empty(),
            "the" => after_for_of && matches!(words.first(), Some((_, "for" | "of"))),
            _ => false,
        };
        let particle = !words.is_empty() && NAME_PARTICLES.contains(&word);
        if !(capital || linking || particle) || NOT_NAMES.contains(&word) && words.is_empty() {
            break;
        }
        words.push((cursor, word));
        cursor += word_len;
        if sentence_end {
            break;
        }
        if text[cursor..].starts_with(' ') {
            cursor += 1;
        } else {
            break;
        }
    }
    // the name is the trailing run of capitalised words (at most three,
    // not counting particles: "Mohammed bin Abdulrahman Al Thani")
    while words.last().is_some_and(|(_, w)| !is_name_word(w)) {
        words.pop();
    }
    let inside_name = |k: usize| {
        is_name_word(words[k].1)
            || NAME_PARTICLES.contains(&words[k].1) && k > 0 && is_name_word(words[k - 1].1)
    };
    let first_name_word = (0..words.len())
        .rposition(|k| !inside_name(k))
        .map_or(0, |k| k + 1);
    let mut name_words: Vec<(usize, &str)> = words[first_name_word..].to_vec();
    // a leading courtesy title is not part of the name ("Prince Faisal bin
    // Farhan", "Sheikh Tamim")
    if name_words.len() > 1 && COURTESY_TITLES.contains(&name_words[0].1) {
        name_words.remove(0);
    }
    let full_words = |ws: &[(usize, &str)]| {
        ws.iter()
            .filter(|(_, w)| !NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
            .count()
    };
    let portfolio = words
        .first()
        .is_some_and(|(_, w)| matches!(*w, "for" | "of"));
    if portfolio {
        // "Minister of Defence Lloyd Austin", "envoy for the Western
        // Balkans Gabriel Escobar": the name is the last two words, and
        // the word before them must end the portfolio (a portfolio noun
        // or a place); "vice president of Advanced Development Programs"
        // names no one
        let mut keep = name_words.len();
        let mut full = 0;
        while keep > 0 && full < 2 {
            keep -= 1;
            if !NAME_PARTICLES.contains(&name_words[keep].1.to_lowercase().as_str()) {
                full += 1;
            }
        }
        let ends_portfolio = keep > 0 && {
            let (at, w) = name_words[keep - 1];
            PORTFOLIO_WORDS.contains(&w) || places.iter().any(|p| p.start <= at && at < p.end)
        };
        if full < 2 || !ends_portfolio {
            return None;
        }
        name_words.drain(..keep);
    } else if full_words(&name_words) > 3 {
        name_words.drain(..name_words.len() - 2);
    }
    if name_words.is_empty()
        || name_words
            .iter()
            .any(|(_, w)| NOT_NAMES.contains(w) || w.len() < 2)
        || name_words.last().is_some_and(|(_, w)| not_a_person_word(w))
    {
        return None;
    }
    let (start, _) = name_words[0];
    let (last_start, last) = name_words[name_words.len() - 1];
    let end = last_start + last.len();
    if bracketed && !text[end..].starts_with(']') {
        return None;
    }
    let name = name_words
        .iter()
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ");
    Some((start, end, name))
}

/// The length of a "-seo" that goes on a name word without a space.
fn hyphen_tail(rest: &str) -> usize {
    let Some(tail) = rest.strip_prefix('-') else {
        return 0;
    };
    let len = tail
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(tail.len());
    if len > 0 && tail.starts_with(char::is_lowercase) {
        1 + len
    } else {
        0
    }
}

/// Lower-case words inside personal names ("bin", "van", "de").
const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "ben", "abu", "ould", "de", "del", "della", "da", "di",
    "dos", "das", "do", "du", "van", "von", "der", "den", "la", "le",
];

/// Courtesy titles written before a name, not part of it.
const COURTESY_TITLES: &[&str] = &["Prince", "Princess", "Sheikh", "Sheikha", "Sir", "Dame"];

/// Capitalised nouns of portfolios ("Minister of Defence", "envoy for the
/// Western Balkans") that can stand right before a holder's name.
const PORTFOLIO_WORDS: &[&str] = &[
    "Affairs",
    "Defence",
    "Defense",
    "State",
    "Intelligence",
    "Security",
    "Justice",
    "Finance",
    "Treasury",
    "Interior",
    "Development",
    "Trade",
    "Economy",
    "Health",
    "Cooperation",
    "Relations",
    "Issues",
    "Balkans",
    "Caucasus",
    "Asia",
    "Africa",
    "Europe",
    "East",
    "Sahel",
    "Region",
    "Rights",
    "Policy",
    "Operations",
    "Communications",
    "Negotiations",
    "Refugees",
    "Migration",
];

/// A capitalised word, or an Arabic name with its article ("al-Burhan").
fn is_name_word(word: &str) -> bool {
    if word.starts_with(char::is_uppercase) {
        return true;
    }
    [
        "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-",
    ]
    .iter()
    .any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// The last word of a person's name.
fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Whether two names of people share their surname, or one misspells the
/// other's ([`near_miss`]: "Sulliuvan").
fn same_surname(a: &str, b: &str) -> bool {
    near_miss(surname(a), surname(b))
}

/// Keeps the fuller of a person's name and another name for them.
fn keep_fuller(name: &mut String, other: &str) {
    if other.split(' ').count() > name.split(' ').count() {
        *name = other.to_string();
    }
}

/// Adds a person, or its mentions to a person of the same surname.
fn merge_person(people: &mut Vec<Person>, person: Person) {
    // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani":
    // a courtesy title names its holder by the first name
    let by_first_name = |p: &Person| {
        person
            .role
            .as_deref()
            .is_some_and(|r| COURTESY_TITLES.contains(&r))
            && !person.name.contains(' ')
            && p.name.split(' ').next() == Some(person.name.as_str())
            && p.name.split(' ').any(|w| NAME_PARTICLES.contains(&w))
    };
    if let Some(p) = people
        .iter_mut()
        .find(|p| same_surname(&p.name, &person.name) || by_first_name(p))
    {
        keep_fuller(&mut p.name, &person.name);
        if p.country.is_none() {
            p.country = person.country;
        }
        if p.sector.is_none() {
            p.sector = person.sector;
        }
        if p.role.is_none()
            || person
                .role
                .as_ref()
                .is_some_and(|r| r.len() > p.role.as_ref().map_or(0, String::len))
        {
            p.role = person.role;
        }
        p.mentions.extend(person.mentions);
    } else {
        people.push(person);
    }
}

/// Capitalised words of a text with their byte offsets.
fn name_words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let inside = c.is_alphabetic() || (start.is_some() && c == '-');
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = &text[s..i];
                if word.starts_with(char::is_uppercase) {
                    out.push((s, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The start of "Mr. " / "Ms. " right before `start`.
fn honorific_before(text: &str, start: usize) -> Option<usize> {
    let before = &text[..start];
    ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms "]
        .iter()
        .find(|h| before.ends_with(*h))
        .map(|h| start - h.len())
}

/// Same first letter, similar length, at most two edits: a misspelling.
fn near_miss(a: &str, b: &str) -> bool {
    if a == b || a.chars().next() != b.chars().next() {
        return a == b;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 || a.len().min(b.len()) < 6 {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()] <= 2
}

fn skip_possessive(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    for p in ["'s", "’s", "'", "’"] {
        if rest.starts_with(p) {
            return at + p.len();
        }
    }
    at
}

fn after_place_word(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    PLACE_WORDS.contains(&last.to_lowercase().as_str())
}

/// The other reading of an ambiguous country name (`resources/false_friends.txt`).
#[derive(Debug)]
struct FalseFriend {
    name: String,
    kind: EntityKind,
    country: Option<String>,
    surface: String,
    other_cues: Vec<String>,
    own_cues: Vec<String>,
}

/// The state a well-known office holder serves
/// (`resources/office_holders.txt`), by full name or, for a titled name
/// ("President Putin"), by a surname that only one of them has (five
/// letters or more).
fn office_holder_country(name: &str, titled: bool) -> Option<&'static str> {
    type Table = std::collections::HashMap<String, &'static str>;
    static TABLES: std::sync::OnceLock<(Table, Table)> = std::sync::OnceLock::new();
    let (full, surnames) = TABLES.get_or_init(|| {
        let mut full = Table::new();
        let mut surnames: std::collections::HashMap<String, Option<&'static str>> =
            std::collections::HashMap::new();
        for (n, code) in office_holder_names() {
            full.insert(n.to_lowercase(), code);
            if let Some(last) = n
                .split_whitespace()
                .last()
                .filter(|l| l.chars().count() >= 5)
            {
                surnames
                    .entry(last.to_lowercase())
                    .and_modify(|c| {
                        if *c != Some(code) {
                            *c = None
                        }
                    })
                    .or_insert(Some(code));
            }
        }
        let surnames = surnames
            .into_iter()
            .filter_map(|(s, c)| c.map(|c| (s, c)))
            .collect();
        (full, surnames)
    });
    let lower = name.to_lowercase();
    // "Gilberto C. Teodoro Jr.": the name without initials and suffixes
    let plain = || {
        let words: Vec<&str> = lower
            .split_whitespace()
            .filter(|w| {
                let bare = w.trim_end_matches('.');
                bare.chars().count() > 1 && !matches!(bare, "jr" | "sr" | "ii" | "iii")
            })
            .collect();
        full.get(&words.join(" "))
    };
    full.get(&lower)
        .or_else(plain)
        .or_else(|| {
            (titled && !lower.contains(' '))
                .then(|| surnames.get(&lower))
                .flatten()
        })
        .copied()
}

/// Every spelling of `resources/office_holders.txt` with the state its
/// holder serves: `Name; Other spelling | CODE`, `#` comments.
fn office_holder_names() -> impl Iterator<Item = (&'static str, &'static str)> {
    include_str!("../resources/office_holders.txt")
        .lines()
        .filter_map(|line| line.split('#').next()?.split_once('|'))
        .flat_map(|(names, code)| {
            names
                .split(';')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(move |n| (n, code.trim()))
        })
}

/// Where `text` names a well-known office holder by a full name the list
/// gives (`resources/office_holders.txt`), as written there, between word
/// boundaries: "demanding that Andry Rajoelina, the president, resign"
/// names a person whatever the entity tagger makes of the sentence.
pub fn office_holder_mentions(text: &str) -> Vec<Span> {
    type ByFirst = std::collections::HashMap<&'static str, Vec<&'static str>>;
    static NAMES: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut by_first = ByFirst::new();
        for (n, _) in office_holder_names() {
            if let Some((first, _)) = n.split_once(' ') {
                by_first.entry(first).or_default().push(n);
            }
        }
        for v in by_first.values_mut() {
            // the longest name first: "Teodoro Obiang Nguema" before
            // "Teodoro Obiang"
            v.sort_by_key(|n| std::cmp::Reverse(n.len()));
        }
        by_first
    });
    let mut out = Vec::new();
    let mut from = 0;
    for (start, word) in name_words(text) {
        if start < from {
            continue;
        }
        let Some(list) = names.get(word) else {
            continue;
        };
        let rest = &text[start..];
        if let Some(n) = list.iter().find(|n| {
            rest.starts_with(**n)
                && !rest[n.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        }) {
            out.push(Span::new(start, start + n.len()));
            from = start + n.len();
        }
    }
    out
}

/// The state a well-known office holder of this full name serves
/// (`resources/office_holders.txt`).
pub fn office_holder_state(name: &str) -> Option<&'static str> {
    office_holder_country(name, false)
}

/// Well-known office holders serve the state the list gives them,
/// whatever the passage around them names. The pipeline applies it to the
/// record's entities once events are coded: the coder reads the countries
/// the text itself gives.
pub fn office_holder_countries(entities: &mut [DocEntity]) {
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        if let Some(code) = office_holder_country(&e.name, e.role.is_some()) {
            e.country = Some(code.to_string());
        }
    }
}

/// Does a name ending in `word` name a place, body or thing rather than a
/// person (`resources/not_people.txt`)?
fn not_a_person_word(word: &str) -> bool {
    static LIST: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    let list = LIST.get_or_init(|| {
        include_str!("../resources/not_people.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect()
    });
    list.contains(&word.trim_end_matches('.').to_lowercase())
}

fn false_friends() -> &'static [FalseFriend] {
    static LIST: std::sync::OnceLock<Vec<FalseFriend>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../resources/false_friends.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .filter_map(|l| {
                let f: Vec<&str> = l.split('|').map(str::trim).collect();
                let [surface, reading, other, own] = f.as_slice() else {
                    return None;
                };
                let mut r = reading.splitn(3, ' ');
                let kind = match r.next()? {
                    "location" => EntityKind::Location,
                    "organization" => EntityKind::Organization,
                    "person" => EntityKind::Person,
                    _ => return None,
                };
                let country = r.next().filter(|c| *c != "-").map(str::to_string);
                let name = r.next().unwrap_or(surface).to_string();
                let cues = |s: &str| {
                    s.split(';')
                        .map(|c| c.trim().to_lowercase())
                        .filter(|c| !c.is_empty())
                        .collect()
                };
                Some(FalseFriend {
                    name,
                    kind,
                    country,
                    surface: surface.to_string(),
                    other_cues: cues(other),
                    own_cues: cues(own),
                })
            })
            .collect()
    })
}

/// The other reading of `surface` when the document's cues favour it.
fn false_friend(lower: &str, surface: &str) -> Option<&'static FalseFriend> {
    let f = false_friends().iter().find(|f| f.surface == surface)?;
    let count = |cues: &[String]| {
        cues.iter()
            .filter(|c| {
                lower.match_indices(c.as_str()).any(|(i, _)| {
                    let before = lower[..i].chars().next_back();
                    let after = lower[i + c.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            })
            .count()
    };
    (count(&f.other_cues) > count(&f.own_cues)).then_some(f)
}

/// "Washington said", "Washington will": an ambiguous capital used as an actor.
fn followed_by_verb(text: &str, end: usize) -> bool {
    let next = text[end..]
        .trim_start_matches(['\'', '’', 's'])
        .split_whitespace()
        .next()
        .unwrap_or("");
    matches!(
        next.trim_end_matches([',', '.']),
        "said"
            | "says"
            | "will"
            | "would"
            | "could"
            | "has"
            | "had"
            | "is"
            | "was"
            | "continues"
            | "wants"
            | "urged"
            | "called"
            | "accused"
            | "warned"
            | "announced"
            | "rejected"
            | "denied"
            | "welcomed"
            | "condemned"
            | "insisted"
            | "hopes"
    )
}

/// "US dollars", "Hong Kong dollars": a country's name before its currency.
fn currency_after(text: &str, end: usize) -> bool {
    let next = text[end..].split_whitespace().next().unwrap_or("");
    let word = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    matches!(word, "dollar" | "dollars" | "cents")
}

fn is_acronym(s: &str) -> bool {
    s.len() >= 2 && s.chars().all(|c| c.is_uppercase() || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<(String, Option<String>, usize)> {
        EntityFinder::default()
            .find(text)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| (e.name, e.country, e.mentions.len()))
            .collect()
    }

    #[test]
    fn titled_people_take_their_country_from_the_title() {
        let found = people("Armenian Prime Minister Nikol Pashinyan met Pashinyan's allies.");
        assert_eq!(
            found,
            vec![("Nikol Pashinyan".into(), Some("ARM".into()), 2)]
        );
        let found =
            people("State Department's spokesperson Ned Price said that Price would not comment.");
        assert_eq!(found, vec![("Ned Price".into(), Some("USA".into()), 2)]);
        for (text, name, code) in [
            (
                "Kremlin spokesman Dmitry Peskov told reporters.",
                "Dmitry Peskov",
                "RUS",
            ),
            (
                "State Department deputy spokesperson Vedant Patel said so.",
                "Vedant Patel",
                "USA",
            ),
            (
                "Seoul's nuclear envoy Kim Gunn held talks.",
                "Kim Gunn",
                "KOR",
            ),
            (
                "Philippine Coast Guard spokesperson Jay Tarriela told reporters.",
                "Jay Tarriela",
                "PHL",
            ),
            (
                "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told reporters.",
                "Yoshimasa Hayashi",
                "JPN",
            ),
            (
                "In New Delhi, External Affairs Ministry spokesperson Arindam Bagchi said so.",
                "Arindam Bagchi",
                "IND",
            ),
        ] {
            let found = people(text);
            assert_eq!(found, vec![(name.into(), Some(code.into()), 1)], "{text}");
        }
        let found = people("On June 28, President Ilham Aliyev of Azerbaijan held talks.");
        assert_eq!(found, vec![("Ilham Aliyev".into(), Some("AZE".into()), 1)]);
        let found =
            people("the Secretary of Armenia’s Security Council Armen Grigoryan and others");
        assert_eq!(
            found,
            vec![("Armen Grigoryan".into(), Some("ARM".into()), 1)]
        );
    }

    #[test]
    fn single_government_titles_carry_their_country() {
        let found = people("the Assistant Secretary of State Karen Donfried met him");
        assert_eq!(
            found,
            vec![("Karen Donfried".into(), Some("USA".into()), 1)]
        );
        // a country word before the title wins over the default
        let found = people("U.S. Assistant Secretary of State for European and Eurasian Affairs James O’Brien, said");
        assert_eq!(found, vec![("James O’Brien".into(), Some("USA".into()), 1)]);
        let found = people("Ukrainian Secretary of State Olena Kovalenko said");
        assert_eq!(
            found,
            vec![("Olena Kovalenko".into(), Some("UKR".into()), 1)]
        );
        // titles several governments use have no default
        let found = people("National Security Adviser Jake Sullivan said");
        assert_eq!(found, vec![("Jake Sullivan".into(), None, 1)]);
        // ... but the adviser of a president of a known country is of it
        let found = people("US President Joe Biden’s National Security Adviser Jake Sullivan said");
        assert_eq!(found[1], ("Jake Sullivan".into(), Some("USA".into()), 1));
        let mut g = Gazetteer::builtin();
        assert!(g
            .extend("[roles]\nchief envoy | DIP country=usa\n")
            .is_err());
    }

    #[test]
    fn surnames_honorifics_and_typos_corefer() {
        let text = "National Security Adviser Jake Sullivan met him. Later Sulliuvan spoke, and Mr. Sullivan left.";
        let e = EntityFinder::default().find(text);
        let p = e.iter().find(|e| e.kind == EntityKind::Person).unwrap();
        assert_eq!(p.name, "Jake Sullivan");
        let texts: Vec<&str> = p.mentions.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(texts, vec!["Jake Sullivan", "Sulliuvan", "Mr. Sullivan"]);
    }

    #[test]
    fn capitals_are_countries_as_actors_and_places_after_prepositions() {
        let text = "Baku said it was ready. The talks were held in Yerevan.";
        let e = EntityFinder::default().find(text);
        let baku = e.iter().find(|e| e.mentions[0].start == 0).unwrap();
        assert_eq!(
            (baku.kind, baku.country.as_deref()),
            (EntityKind::Country, Some("AZE"))
        );
        let yerevan = e.iter().find(|e| e.name == "Yerevan").unwrap();
        assert_eq!(yerevan.kind, EntityKind::Location);
    }

    #[test]
    fn a_group_based_in_a_country_is_of_that_country() {
        let finder = EntityFinder::default();
        let found = finder.find("India blamed Pakistan-based militants for the attack.");
        let group = found
            .iter()
            .find(|e| e.kind == EntityKind::Group)
            .expect("a group");
        assert_eq!(group.country.as_deref(), Some("PAK"), "{found:?}");
        let found = finder.find("India blamed anti-Pakistan militants for the attack.");
        assert!(
            found
                .iter()
                .all(|e| e.kind != EntityKind::Group || e.country.as_deref() != Some("PAK")),
            "{found:?}"
        );
    }

    #[test]
    fn a_bare_head_noun_names_the_body_named_before() {
        let finder = EntityFinder::default();
        let text = "The Russian Defence Ministry said the claims were false. \
                    Chinese aircraft were seen later. The ministry denied any strike.";
        let found = finder.find(text);
        let at = text.find("The ministry").unwrap() + 4;
        let holder = found
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.start == at))
            .expect("the ministry is a mention");
        assert_eq!(holder.name, "Russian Defence Ministry");
        assert_eq!(holder.country.as_deref(), Some("RUS"));
        // with no body of that head named before, it stays a body of its own
        let found = finder.find("The ministry denied any strike.");
        assert!(found.iter().any(|e| e.name == "ministry"), "{found:?}");
    }

    #[test]
    fn an_official_serves_the_one_country_of_his_first_sentence() {
        let finder = EntityFinder::default();
        let country = |text: &str, name: &str| {
            finder
                .find(text)
                .into_iter()
                .find(|e| e.name.contains(name))
                .and_then(|e| e.country)
        };
        let text = "President Hassan Sheikh Mohamud signed a law declaring Somalia's \
                    sovereignty over its waters. Kenya and Ethiopia were silent. \
                    Hassan Sheikh Mohamud later flew to Asmara.";
        assert_eq!(country(text, "Hassan").as_deref(), Some("SOM"));
        // named once, the country beside him may be his counterpart
        let text = "President Bush has threatened further action against Russia.";
        assert_eq!(country(text, "Bush"), None);
        // where they met is no side of theirs
        let text = "Prime Minister Kiri Tane and President Ana Lopes met at a summit \
                    in Kazan, Russia. Kiri Tane later flew home.";
        assert_eq!(country(text, "Kiri"), None);
        // two countries in the sentence tell nothing
        let text = "President Hassan Sheikh Mohamud accused Ethiopia of violating \
                    Somalia's sovereignty. Hassan Sheikh Mohamud later flew to Asmara.";
        assert_eq!(country(text, "Hassan"), None);
    }

    #[test]
    fn a_currency_is_no_country() {
        let finder = EntityFinder::default();
        let kinds = |text: &str| -> Vec<(String, EntityKind)> {
            finder
                .find(text)
                .into_iter()
                .map(|e| (e.name, e.kind))
                .collect()
        };
        let found = kinds("USAID announced 11.5 million US dollars in aid for the new arrivals.");
        assert!(
            !found.iter().any(|(_, k)| *k == EntityKind::Country),
            "{found:?}"
        );
        let found = kinds("The US announced 11.5 million dollars in aid.");
        assert!(
            found.iter().any(|(_, k)| *k == EntityKind::Country),
            "{found:?}"
        );
    }

    #[test]
    fn a_capitalised_sentence_start_is_not_a_name() {
        assert!(people("The spokesperson said nothing. The President left.").is_empty());
        let found = people("He met President Aliyev. Central to the talks was trade.");
        assert_eq!(found, vec![("Aliyev".into(), None, 1)]);
    }

    #[test]
    fn qualified_bare_titles_do_not_cross_countries() {
        let text = "President Biden's adviser met Azerbaijani President's aide Hikmat Hajiyev.";
        let e = EntityFinder::default().find(text);
        let biden = e.iter().find(|e| e.name == "Biden").unwrap();
        assert_eq!(biden.country, None);
        assert_eq!(biden.mentions.len(), 1);
        let text = "the Assistant to the President of Azerbaijan Hikmet Hajiyev said";
        let e = EntityFinder::default().find(text);
        assert_eq!(
            e[0].role.as_deref(),
            Some("Assistant to the President of Azerbaijan")
        );
        assert_eq!(e[0].country.as_deref(), Some("AZE"));
    }

    #[test]
    fn misspellings_need_the_same_first_letter() {
        assert!(near_miss("Sulliuvan", "Sullivan"));
        assert!(near_miss("Hajiev", "Hajiyev"));
        assert!(!near_miss("Pullivan", "Sullivan"));
        assert!(!near_miss("Price", "Prince"));
    }
}
