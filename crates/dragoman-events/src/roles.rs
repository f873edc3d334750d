//! Participants: who did it and to whom, read from the parse and resolved
//! to entity ids.
//!
//! A participant word is resolved, in order, to: the entity with a mention
//! covering it; for a pronoun, its antecedent (a first-person pronoun
//! inside a quote is the quote's speaker; `he`/`she` the nearest person
//! that was a subject shortly before; `they`/`them` the nearest group,
//! country or organization); an entity mentioned inside its noun phrase
//! (`the Secretary of Armenia's Security Council Armen Grigoryan`); and
//! otherwise a new entity for the noun phrase itself ("the Armenian and
//! Azerbaijani foreign ministers"), so every participant has an id.

use dragoman_actors::{GazMatch, Gazetteer, MatchKind};
use dragoman_core::{DocEntity, DocEvent, EntityKind, Span};

/// The actor dictionaries, for countries named inside a phrase.
static GAZETTEER: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
use dragoman_nlp::{Analysis, Upos, Xpos};

use crate::lexicon::{Pos, Roles, Trigger};
use crate::status::{lemma, prep_of, rel};
use crate::EventInput;

/// Entity lookup by position for one document, and the new entities made
/// on the way.
pub struct Resolver<'a> {
    text: &'a str,
    quotes: &'a [dragoman_core::DocQuote],
    /// Temporal expressions: never participants.
    times: Vec<Span>,
    /// Lemmas of event nouns (never participants).
    event_words: &'a std::collections::HashSet<String>,
    /// Resolving recipients (things become the actors named in them, or
    /// nothing) rather than actors (a thing may still be named).
    recipient_side: bool,
    entities: Vec<DocEntity>,
    given: usize,
    /// The last event's first person actor, with its sentence.
    pub last_actor: Option<(usize, usize)>,
    /// The last event's first person recipient, with its sentence.
    last_recipient: Option<(usize, usize)>,
    /// More entities a plural pronoun just resolved to.
    group: Vec<usize>,
    /// The people who last met or acted together ("Biden hosted Yoon and
    /// Kishida"), with the sentence they were last referred to in: what
    /// "the leaders" and "they" name in the sentences after, and the date
    /// of the meeting that brought them together.
    party: Option<(usize, Vec<usize>, Option<dragoman_core::DateValue>)>,
    /// How deep the current resolution has recursed.
    depth: usize,
    /// Added entities by lower-case name.
    added: std::collections::HashMap<String, usize>,
    /// (mention span, entity index), by start.
    mentions: Vec<(Span, usize)>,
    /// Male and female titles seen with each person, by entity id.
    genders: std::cell::RefCell<std::collections::HashMap<String, (bool, bool)>>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        input: &EventInput<'a>,
        event_words: &'a std::collections::HashSet<String>,
    ) -> Resolver<'a> {
        let mut mentions: Vec<(Span, usize)> = input
            .entities
            .iter()
            .enumerate()
            .flat_map(|(k, e)| e.mentions.iter().map(move |&m| (m, k)))
            .collect();
        mentions.sort_by_key(|&(m, _)| (m.start, m.end));
        Resolver {
            text: input.text,
            quotes: input.quotes,
            times: input.timexes.iter().map(|t| t.span).collect(),
            event_words,
            recipient_side: false,
            entities: input.entities.to_vec(),
            given: input.entities.len(),
            added: std::collections::HashMap::new(),
            last_actor: None,
            last_recipient: None,
            group: Vec::new(),
            party: None,
            depth: 0,
            mentions,
            genders: Default::default(),
        }
    }

    /// The entities added for participants no input entity covered.
    pub fn into_new_entities(self) -> Vec<DocEntity> {
        self.entities.into_iter().skip(self.given).collect()
    }

    /// Notes the first person among an event's `actors` (ids) as the last
    /// actor, and the first among its `recipients` as the last recipient.
    pub fn note_actors(&mut self, sentence: usize, actors: &[String], recipients: &[String]) {
        if let Some(k) = actors.iter().find_map(|id| self.person_index(id)) {
            self.last_actor = Some((sentence, k));
        }
        if let Some(k) = recipients.iter().find_map(|id| self.person_index(id)) {
            self.last_recipient = Some((sentence, k));
        }
    }

    /// The index of the person with id `id`.
    fn person_index(&self, id: &str) -> Option<usize> {
        self.entities
            .iter()
            .position(|e| e.id == id && e.kind == EntityKind::Person)
    }

    /// Notes the people of a meeting, or several people acting together,
    /// as the party that "the leaders" and "they" refer to next.
    pub fn note_party(&mut self, sentence: usize, ev: &DocEvent) {
        let people = |ids: &[String]| -> Vec<usize> {
            ids.iter().filter_map(|id| self.person_index(id)).collect()
        };
        let mut all = people(&ev.actors);
        if ev.event_type == "CONSULT" {
            for k in people(&ev.recipients) {
                if !all.contains(&k) {
                    all.push(k);
                }
            }
        }
        if all.len() < 2 {
            return;
        }
        match &mut self.party {
            // the same people again ("The leaders last met in November")
            // keep the meeting that made them a party
            Some((last, people, _))
                if people.len() == all.len() && all.iter().all(|k| people.contains(k)) =>
            {
                *last = sentence;
            }
            _ => {
                let date = (ev.event_type == "CONSULT")
                    .then(|| ev.date.clone())
                    .flatten();
                self.party = Some((sentence, all, date));
            }
        }
    }

    /// The date of the meeting of the current party, for an undated event
    /// whose actors are that whole party: what the leaders of a summit
    /// agree or condemn together happens at the summit.
    pub fn party_date(&self, actors: &[String]) -> Option<dragoman_core::DateValue> {
        let (_, people, date) = self.party.as_ref()?;
        people
            .iter()
            .all(|&k| actors.contains(&self.entities[k].id))
            .then(|| date.clone())
            .flatten()
    }

    /// The party of the last few sentences (see [`Resolver::note_party`])
    /// with `size` people if a size is given; using it keeps it current.
    fn recent_party(
        &mut self,
        sentence: usize,
        within: usize,
        size: Option<usize>,
    ) -> Option<usize> {
        let (last, people, _) = self.party.as_mut()?;
        if *last > sentence || *last + within < sentence || size.is_some_and(|n| n != people.len())
        {
            return None;
        }
        *last = sentence;
        let people = people.clone();
        self.group = people[1..].to_vec();
        Some(people[0])
    }

    /// A visit's host named by a city ("Yoon's visit to Tokyo") is the
    /// city's country, where the document names that country.
    pub fn host_countries(&self, ids: &mut [String]) {
        for id in ids.iter_mut() {
            let Some(code) = self
                .by_id(id)
                .filter(|e| e.kind == EntityKind::Location)
                .and_then(|e| e.country.clone())
            else {
                continue;
            };
            if let Some(country) = self.entities.iter().find(|e| {
                e.kind == EntityKind::Country && e.country.as_deref() == Some(code.as_str())
            }) {
                *id = country.id.clone();
            }
        }
    }

    /// Whether every one of `ids` names a place rather than an actor: a
    /// location, or a name only the event coder took up that is no person
    /// or country ("to Ceuta"). None at all counts.
    pub fn all_places(&self, ids: &[String]) -> bool {
        ids.iter().all(|id| {
            self.entities
                .iter()
                .position(|e| &e.id == id)
                .is_some_and(|k| {
                    let kind = self.entities[k].kind;
                    kind == EntityKind::Location
                        || (k >= self.given
                            && !matches!(kind, EntityKind::Person | EntityKind::Country))
                })
        })
    }

    fn id(&self, k: usize) -> String {
        self.entities[k].id.clone()
    }

    /// The entity with id `id`.
    fn by_id(&self, id: &str) -> Option<&DocEntity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The id of the entity of one of `kinds` that `span` is (part of) a
    /// mention of.
    fn covering_id(&self, span: Span, kinds: &[EntityKind]) -> Option<String> {
        let e = self.covering(span)?;
        kinds.contains(&self.entities[e].kind).then(|| self.id(e))
    }

    /// Whether `official` is a person of the country of entity `x` (the
    /// state or a state body of the country he serves; its opposition, its
    /// rebels and its people are not his to serve).
    pub fn serves(&self, official: &str, x: &str) -> bool {
        let Some(person) = self
            .by_id(official)
            .filter(|e| e.kind == EntityKind::Person)
        else {
            return false;
        };
        let state = |e: &&DocEntity| {
            e.kind == EntityKind::Country
                || e.kind == EntityKind::Organization
                    && e.sector
                        .as_deref()
                        .is_none_or(|s| matches!(s, "GOV" | "LEG" | "MIL" | "JUD" | "COP"))
        };
        person.country.as_ref().is_some_and(|c| {
            self.by_id(x).filter(state).and_then(|e| e.country.as_ref()) == Some(c)
        })
    }

    /// Whether the entity `id` is a crowd: a group named by a word for
    /// protesters or for the public ("protesters", "hundreds of students";
    /// `resources/crowds.txt`).
    pub fn is_crowd(&self, id: &str) -> bool {
        self.by_id(id).is_some_and(|e| {
            e.kind == EntityKind::Group
                && e.name.split_whitespace().last().is_some_and(|w| {
                    let w = w.to_lowercase();
                    let crowds = &crowds().0;
                    crowds.contains(w.as_str())
                        || w.strip_suffix('s').is_some_and(|one| crowds.contains(one))
                })
        })
    }

    /// Whether `span` is (part of) a mention of a person, group,
    /// organization or country.
    pub fn is_actor(&self, span: Span) -> bool {
        self.covering(span)
            .is_some_and(|k| self.entities[k].kind != EntityKind::Location)
    }

    /// Whether an entity for people (a person or a group) has a mention
    /// overlapping `span`.
    pub fn is_person(&self, span: Span) -> bool {
        self.covering(span).is_some_and(|k| {
            matches!(
                self.entities[k].kind,
                EntityKind::Person | EntityKind::Group
            )
        })
    }

    /// The entity with a mention overlapping `span`.
    /// The country entity a capital named as the place entity `id`
    /// stands for ("Vilnius" for Lithuania), added when the document has
    /// none; only when every one of `actors` is of a known other country.
    pub(crate) fn capital_country(&mut self, id: &str, actors: &[String]) -> Option<String> {
        let e = self
            .entities
            .iter()
            .find(|e| e.id == id && e.kind == EntityKind::Location)?;
        // a curfew in one's own capital is done to the city: only a
        // foreign capital, for actors of a known country
        // (a well-known office holder's country, when the text gave none)
        let countries: Vec<Option<String>> = self
            .entities
            .iter()
            .filter(|x| actors.contains(&x.id))
            .map(known_country)
            .collect();
        if countries.is_empty() || countries.iter().any(|c| c.is_none() || *c == e.country) {
            return None;
        }
        let span = *e.mentions.first()?;
        let mut m = self.gazetteer_matches(span).into_iter().find(|m| {
            m.kind == MatchKind::Capital && m.span.start == 0 && m.span.end == span.len()
        })?;
        // named as the country, not as the city
        m.canonical = GAZETTEER
            .get_or_init(Gazetteer::default)
            .country(m.country.as_deref()?)?
            .canonical
            .clone();
        let k = self.country_entity(m, span)?;
        Some(self.id(k))
    }

    /// The country a diplomatic mission named as the entity `id` stands
    /// for ("the Belarusian embassy", "the U.S. consulate"): a crowd
    /// outside it protests against that country. `None` for anything else.
    pub(crate) fn mission_country(&mut self, id: &str) -> Option<String> {
        let e = self
            .entities
            .iter()
            .find(|e| e.id == id && e.kind == EntityKind::Organization)?;
        let name = e.name.to_lowercase();
        let mission = [
            "embassy",
            "consulate",
            "consulate general",
            "high commission",
        ]
        .iter()
        .any(|m| name.ends_with(m));
        let code = e.country.clone().filter(|_| mission)?;
        let span = *e.mentions.first()?;
        let k = match self.entities.iter().position(|c| {
            c.kind == EntityKind::Country && c.country.as_deref() == Some(code.as_str())
        }) {
            Some(k) => k,
            None => {
                let canonical = GAZETTEER
                    .get_or_init(Gazetteer::default)
                    .country(&code)?
                    .canonical
                    .clone();
                self.add(canonical, EntityKind::Country, Some(code), span)
            }
        };
        Some(self.id(k))
    }

    /// The country of the entity with id `id`, when it has one.
    pub(crate) fn country_of(&self, id: &str) -> Option<String> {
        self.entities
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.country.clone())
    }

    /// A group named by the words of `span` (with the country they name),
    /// or the one already added under that name.
    fn add_group(&mut self, span: Span) -> Option<usize> {
        let name = self.text.get(span.start..span.end)?.trim().to_string();
        let country = self.country_code_in(span);
        Some(self.add(name, EntityKind::Group, country, span))
    }

    /// The kind of the entity with id `id`.
    pub(crate) fn kind_of(&self, id: &str) -> Option<EntityKind> {
        self.entities.iter().find(|e| e.id == id).map(|e| e.kind)
    }

    fn covering(&self, span: Span) -> Option<usize> {
        let end = self.mentions.partition_point(|(m, _)| m.start < span.end);
        self.mentions[..end]
            .iter()
            .rev()
            .take(64)
            .find(|(m, _)| m.end > span.start)
            .map(|&(_, k)| k)
    }

    /// The mentions starting inside `span` (a slice of the sorted index;
    /// callers check the end).
    fn within(&self, span: Span) -> &[(Span, usize)] {
        let from = self.mentions.partition_point(|(m, _)| m.start < span.start);
        let to = self.mentions.partition_point(|(m, _)| m.start < span.end);
        &self.mentions[from..to.max(from)]
    }

    /// Whether person `e` can be called "he" (`male`) or "she": not when
    /// a title or role says otherwise ("Queen Elizabeth II", "Mr. Price").
    fn may_be(&self, e: &DocEntity, male: bool) -> bool {
        let (is_male, is_female) = self.title_genders(e);
        if male {
            !is_female || is_male
        } else {
            !is_male || is_female
        }
    }

    /// Whether person `e`'s role, first name word or the words before its
    /// mentions include a male and a female title, worked out once per
    /// entity (a pronoun asks about every earlier person).
    fn title_genders(&self, e: &DocEntity) -> (bool, bool) {
        const FEMALE: [&str; 12] = [
            "queen", "princess", "duchess", "countess", "empress", "lady", "dame", "mrs", "ms",
            "miss", "madam", "sister",
        ];
        const MALE: [&str; 10] = [
            "king", "prince", "duke", "count", "emperor", "lord", "sir", "mr", "brother", "father",
        ];
        if let Some(&known) = self.genders.borrow().get(&e.id) {
            return known;
        }
        let words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let mut titles = words(e.role.as_deref().unwrap_or(""));
        titles.extend(words(&e.name).into_iter().take(1));
        for m in &e.mentions {
            // the word before each mention ("Queen Elizabeth II")
            if let Some(before) = self.text.get(..m.start) {
                let end = before.trim_end_matches(|c: char| !c.is_alphabetic());
                let start = end
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !c.is_alphabetic())
                    .map_or(0, |(k, c)| k + c.len_utf8());
                titles.push(end[start..].to_lowercase());
            }
        }
        let has = |list: &[&str]| titles.iter().any(|t| list.contains(&t.as_str()));
        let known = (has(&MALE), has(&FEMALE));
        self.genders.borrow_mut().insert(e.id.clone(), known);
        known
    }

    /// The accepted entity named most often in the document among those
    /// named in the [`SALIENCE_WINDOW`] bytes before `at` (the nearer on a
    /// tie): whom an obituary or a profile keeps coming back to.
    fn salient_before(&self, at: usize, accept: impl Fn(&DocEntity) -> bool) -> Option<usize> {
        let end = self.mentions.partition_point(|(m, _)| m.start < at);
        let mut best: Option<(usize, usize)> = None;
        for &(m, k) in self.mentions[..end].iter().rev() {
            if m.end + SALIENCE_WINDOW < at {
                break;
            }
            if m.end > at || !accept(&self.entities[k]) {
                continue;
            }
            let count = self.entities[k].mentions.len();
            if best.is_none_or(|(_, c)| count > c) {
                best = Some((k, count));
            }
        }
        best.map(|(k, _)| k)
    }

    /// The nearest mention before `at` of an entity `accept` takes.
    fn before(&self, at: usize, accept: impl Fn(&DocEntity) -> bool) -> Option<usize> {
        let end = self.mentions.partition_point(|(m, _)| m.start < at);
        self.mentions[..end]
            .iter()
            .rev()
            .find(|&&(m, k)| m.end <= at && accept(&self.entities[k]))
            .map(|&(_, k)| k)
    }

    /// Every country named inside `span` ("on the Armenian-Azerbaijani
    /// border"), as entities of the document.
    fn countries_in(&mut self, span: Span) -> Vec<usize> {
        let Some(text) = self.text.get(span.start..span.end) else {
            return Vec::new();
        };
        let found: Vec<(Span, String, String)> = GAZETTEER
            .get_or_init(Gazetteer::default)
            .find(text)
            .into_iter()
            .filter(|m| {
                !m.ambiguous && matches!(m.kind, MatchKind::CountryName | MatchKind::Demonym)
            })
            .filter_map(|m| Some((m.span, m.country?, m.canonical)))
            .collect();
        let mut out = Vec::new();
        for (at, code, name) in found {
            let k = match self.entities.iter().position(|e| {
                e.kind == EntityKind::Country && e.country.as_deref() == Some(code.as_str())
            }) {
                Some(k) => k,
                None => {
                    let at = Span::new(span.start + at.start, span.start + at.end);
                    self.add(name, EntityKind::Country, Some(code), at)
                }
            };
            if !out.contains(&k) {
                out.push(k);
            }
        }
        out
    }

    /// The ISO code of a country name or demonym inside `span`, if one
    /// is there (unambiguous), also as the gazetteer composed it with a
    /// title, group or body ("Russian diplomat", "Russian embassy").
    fn country_code_in(&self, span: Span) -> Option<String> {
        self.country_match(
            span,
            &[
                MatchKind::CountryName,
                MatchKind::Demonym,
                MatchKind::Role,
                MatchKind::Group,
                MatchKind::Organization,
            ],
        )?
        .country
    }

    /// The first unambiguous dictionary match with a country inside `span`
    /// of one of `kinds` (its span relative to `span`).
    fn country_match(&self, span: Span, kinds: &[MatchKind]) -> Option<GazMatch> {
        self.gazetteer_matches(span)
            .into_iter()
            .find(|m| m.country.is_some() && !m.ambiguous && kinds.contains(&m.kind))
    }

    /// The country a country name or demonym inside `span` stands for
    /// ("blockade on Palestinian lorries"), as an entity of the document
    /// (added when the document has none for that country).
    fn country_in(&mut self, span: Span) -> Option<usize> {
        let m = self.country_match(
            span,
            &[
                MatchKind::CountryName,
                MatchKind::Demonym,
                MatchKind::Capital,
            ],
        )?;
        self.country_entity(m, span)
    }

    /// The country of a word that is a demonym or country name as a whole
    /// ("Palestinian", not "pro-Russian").
    fn demonym_word(&mut self, span: Span) -> Option<usize> {
        let m = self.gazetteer_matches(span).into_iter().find(|m| {
            m.country.is_some()
                && m.span.start == 0
                && m.span.end == span.end - span.start
                && matches!(m.kind, MatchKind::Demonym | MatchKind::CountryName)
        })?;
        self.country_entity(m, span)
    }

    /// The country of a demonym, country name or capital inside `span`
    /// even when the dictionary marks it ambiguous: as the author of a
    /// proposal or decision ("an Indian proposal", "Washington's
    /// accusation") it names the state.
    fn demonym_in(&mut self, span: Span) -> Option<usize> {
        let m = self.gazetteer_matches(span).into_iter().find(|m| {
            m.country.is_some()
                && matches!(
                    m.kind,
                    MatchKind::Demonym | MatchKind::CountryName | MatchKind::Capital
                )
        })?;
        self.country_entity(m, span)
    }

    /// The dictionary matches inside `span` (their spans relative to it).
    fn gazetteer_matches(&self, span: Span) -> Vec<GazMatch> {
        self.text
            .get(span.start..span.end)
            .map(|text| GAZETTEER.get_or_init(Gazetteer::default).find(text))
            .unwrap_or_default()
    }

    /// The document's entity for the country of match `m` inside `span`,
    /// added at the match when the document has none.
    fn country_entity(&mut self, m: GazMatch, span: Span) -> Option<usize> {
        let code = m.country?;
        if let Some(k) = self.entities.iter().position(|e| {
            e.kind == EntityKind::Country && e.country.as_deref() == Some(code.as_str())
        }) {
            return Some(k);
        }
        let at = Span::new(span.start + m.span.start, span.start + m.span.end);
        Some(self.add(m.canonical, EntityKind::Country, Some(code), at))
    }

    /// The two sides of the last "between A and B" that ends less than
    /// [`SIDES_WINDOW`] bytes before `at`, A and B being actors (a person
    /// stands for the country it serves, when known): "talks between
    /// Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin
    /// Kurti", "fighting between the SAF, led by ..., and the RSF".
    fn between_pair(&mut self, at: usize) -> Option<(usize, usize)> {
        let text = &self.text[..at];
        let from = at.saturating_sub(SIDES_WINDOW);
        let starts: Vec<usize> = text
            .rmatch_indices("between ")
            .map(|(idx, _)| idx)
            .take_while(|&idx| idx >= from)
            .collect();
        for idx in starts {
            let p = idx + "between ".len();
            let Some((first, end)) = self.side_after(p, at) else {
                continue;
            };
            // ", led by ..., and the RSF": the second side after "and"
            let rest = &text[end..];
            let Some(and) = rest
                .get(..rest.len().min(160))
                .and_then(|r| r.find(" and "))
            else {
                continue;
            };
            if rest[..and].contains(['.', ';']) {
                continue;
            }
            let Some((second, _)) = self.side_after(end + and + " and ".len(), at) else {
                continue;
            };
            if first != second {
                return Some((first, second));
            }
        }
        None
    }

    /// The actor named first after `p` (at most a few title words before
    /// its mention), as a side: a person is the country it serves.
    fn side_after(&mut self, p: usize, at: usize) -> Option<(usize, usize)> {
        let limit = (p + 60).min(at);
        let &(m, k) = self
            .mentions
            .iter()
            .find(|(m, _)| m.start >= p && m.start < limit)?;
        let before = &self.text[p..m.start];
        if before.contains([',', '.', ';', '(']) || before.contains(" and ") {
            return None;
        }
        let e = &self.entities[k];
        let side = match e.kind {
            EntityKind::Location => return None,
            // "Serbian President Aleksandar Vucic": Serbia
            EntityKind::Person => e
                .country
                .as_deref()
                .and_then(|code| {
                    self.entities.iter().position(|c| {
                        c.kind == EntityKind::Country && c.country.as_deref() == Some(code)
                    })
                })
                .or_else(|| self.country_of_phrase(Span::new(p, m.start)))
                .unwrap_or(k),
            _ => k,
        };
        Some((side, m.end))
    }

    /// The country entity (made if need be) of the country word in
    /// `span`, also as composed with a title ("Serbian President").
    fn country_of_phrase(&mut self, span: Span) -> Option<usize> {
        let mut m = self.country_match(
            span,
            &[MatchKind::CountryName, MatchKind::Demonym, MatchKind::Role],
        )?;
        if m.kind == MatchKind::Role {
            // the country word that starts the composed title
            let surface = &self.text[span.start + m.span.start..span.start + m.span.end];
            let word = surface.split_whitespace().next().unwrap_or("");
            m.span = Span::new(m.span.start, m.span.start + word.len());
            m.canonical = GAZETTEER
                .get_or_init(Gazetteer::default)
                .country(m.country.as_deref()?)?
                .canonical
                .clone();
        }
        self.country_entity(m, span)
    }

    fn add(
        &mut self,
        name: String,
        kind: EntityKind,
        country: Option<String>,
        span: Span,
    ) -> usize {
        if let Some(&k) = self.added.get(&name.to_lowercase()) {
            if !self.within(span).iter().any(|&(m, j)| m == span && j == k) {
                self.entities[k].mentions.push(span);
                self.index(span, k);
                // a new mention may bring a title with it
                self.genders.get_mut().remove(&self.entities[k].id);
            }
            return k;
        }
        self.added.insert(name.to_lowercase(), self.entities.len());
        let k = self.entities.len();
        self.entities.push(DocEntity {
            id: format!("E{}", k + 1),
            name,
            kind,
            country,
            sector: None,
            role: None,
            mentions: vec![span],
        });
        self.index(span, k);
        k
    }

    fn index(&mut self, span: Span, k: usize) {
        let at = self
            .mentions
            .partition_point(|(m, _)| (m.start, m.end) < (span.start, span.end));
        self.mentions.insert(at, (span, k));
    }
}

/// Participants of one event.
#[derive(Debug, Default)]
pub struct Participants {
    pub actors: Vec<String>,
    pub recipients: Vec<String>,
    /// A mode the participants imply (a hosted meeting between two sides is
    /// `third-party`).
    pub mode: Option<String>,
    /// The actors host or mediate the meeting reported just before.
    pub joins_previous: bool,
    /// For a symmetric event, the actors its subject names (the others
    /// are its partners: "Jordan will exchange intelligence with Saudi
    /// Arabia").
    pub subject_side: Vec<String>,
}

/// Prepositions that make a noun trigger the setting of its clause.
const SETTING_PREPS: &[&str] = &["during", "in", "at", "on"];

/// Verbs of harm: their passive subject suffered the event a noun on them
/// names ("were killed in the shelling").
const HARMED: &[&str] = &[
    "kill", "wound", "injure", "hurt", "destroy", "damage", "hit", "displace", "arrest", "detain",
];

/// Prepositions whose object receives a directed event.
const RECIPIENT_PREPS: &[&str] = &[
    "with", "to", "on", "against", "over", "toward", "towards", "upon", "about", "into",
];

/// Goods and traffic between countries: an act on them is aimed at the
/// side they come from ("banned imports from Japan").
const TRADE: &[&str] = &[
    "import", "export", "flight", "shipment", "product", "good", "delivery", "purchase",
];

/// Nouns of acts done to someone, whose of-phrase is the act's target
/// ("the expulsion of two diplomats", "the arrest of a journalist").
const OF_TARGET: &[&str] = &[
    "expulsion",
    "deportation",
    "extradition",
    "arrest",
    "detention",
    "release",
    // what someone holds: "revoked the licence of the channel RT"
    "licence",
    "license",
    "permit",
    "accreditation",
    "registration",
    "asset",
    "account",
    "visa",
    "membership",
];

/// Nouns of a decision whose to-infinitive says what was decided.
const DECISIONS: &[&str] = &[
    "decision",
    "plan",
    "move",
    "bid",
    "attempt",
    "intention",
    "choice",
];

/// "regret over the decision, announced today by China, to downgrade
/// relations": an infinitive the parser hung on the main verb, after a
/// decision noun, is the decision's content, done by whoever decided (the
/// noun's possessor or by-phrase, or the agent of a participle between).
pub(crate) fn decision_agent(a: &Analysis, i: usize) -> Option<usize> {
    if !matches!(rel(a, i), "xcomp" | "advcl") || !a.children(i).any(|k| lemma(a, k) == "to") {
        return None;
    }
    let h = a.head(i)?;
    let within = a.subtree(h);
    let n = (h + 1..i).rev().find(|&k| {
        within.contains(&k)
            && a.tokens[k].upos == Upos::Noun
            && DECISIONS.contains(&lemma(a, k).as_str())
    })?;
    a.children(n)
        .find(|&k| rel(a, k) == "nmod:poss")
        .or_else(|| {
            a.children(n)
                .find(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("by"))
        })
        .or_else(|| {
            (n + 1..i)
                .filter(|&k| matches!(a.tokens[k].xpos, Xpos::Vbn | Xpos::Vbd))
                .flat_map(|k| a.children(k))
                .find(|&k| rel(a, k).starts_with("obl") && prep_of(a, k).as_deref() == Some("by"))
        })
}

/// The logical subject of trigger `i`: the passive agent, the subject, or
/// for a noun trigger its possessor or the subject of the verb it depends
/// on; for an adjective, its subject.
fn logical_subject(a: &Analysis, i: usize, pos: Pos) -> Option<usize> {
    match pos {
        Pos::Verb => {
            if crate::status::passive(a, i) {
                // "Vietnam is committed to opening up": a passive that
                // states a disposition has its subject for actor.
                // So does one that puts it on alert ("troops were placed
                // on high alert"): the forces are the ones mobilised.
                let stative = matches!(
                    lemma(a, i).as_str(),
                    "commit" | "prepare" | "determine" | "resolve" | "dedicate" | "poise"
                ) || a.children(i).any(|k| lemma(a, k) == "alert");
                return a
                    .passive_agent(i)
                    .or_else(|| stative.then(|| a.subject(i)).flatten());
            }
            if let Some((_, before)) = inverted_object(a, i) {
                // "accused the United States of ...", parsed with the
                // object as a second subject: the subject is before.
                return Some(before);
            }
            if let Some(agent) = decision_agent(a, i) {
                return Some(agent);
            }
            if let Some(s) = a.subject(i) {
                return name_closing_subject(a, s, i).or(Some(s));
            }
            // A later conjunct shares its first conjunct's place
            // ("declared a state of siege, suspending ... and arresting").
            let mut top = i;
            for _ in 0..4 {
                if rel(a, top) != "conj" {
                    break;
                }
                top = a.head(top)?;
            }
            // A finite verb the parser hung on a noun ("The parliament
            // threatened ...": acl) has that noun for subject (not a
            // conjunct of a reduced relative: "detainees held since ...
            // and had proposed" is a misparse).
            if rel(a, i) == "acl" {
                return a.head(i);
            }
            // A main verb with no subject in the parse: the sentence's
            // opening noun phrase ("Pakistan, a key ally, has refused").
            if matches!(rel(a, i), "root" | "acl" | "advcl")
                || matches!(rel(a, top), "root" | "advcl")
            {
                let s = a.sentences[a.tokens[i].sentence as usize].tokens.clone();
                return (s.start..i).find(|&k| {
                    matches!(a.tokens[k].upos, Upos::Propn | Upos::Noun)
                        && !(s.start..k).any(|j| {
                            matches!(a.tokens[j].upos, Upos::Adp | Upos::Verb | Upos::Sconj)
                        })
                });
            }
            None
        }
        Pos::Adj => a.subject(i),
        Pos::Noun => {
            if let Some(p) = a.children(i).find(|&k| rel(a, k) == "nmod:poss") {
                return Some(p);
            }
            let mut h = a.head(i)?;
            if rel(a, i).starts_with("nmod")
                && prep_of(a, i).is_some_and(|p| SETTING_PREPS.contains(&p.as_str()))
            {
                // "offered help with the efforts during a call with X": the
                // call is the offer's setting, whatever noun it hangs on.
                for _ in 0..4 {
                    // a noun with a subject heads a clause of its own (a
                    // verb the tagger missed: "guerrillas wounded two
                    // soldiers in a bomb attack, police said")
                    if a.tokens[h].upos == Upos::Verb || a.subject(h).is_some() {
                        break;
                    }
                    h = a.head(h)?;
                }
                return a.subject(h);
            }
            if prep_of(a, i).is_some_and(|p| {
                matches!(
                    p.as_str(),
                    "after" | "before" | "following" | "amid" | "since"
                )
            }) {
                // "talks came after heavy fighting": another event's time.
                return None;
            }
            let borrows = match rel(a, i) {
                // "said the talks focused on ...": a reported clause the
                // parser read as an object; the talks are not the speaker's
                "obj" if reported_clause_as_object(a, h, i) => false,
                "obj" | "xcomp" => true,
                "obl" | "nmod" => {
                    prep_of(a, i).is_some_and(|p| SETTING_PREPS.contains(&p.as_str()))
                }
                _ => false,
            };
            match rel(a, i) {
                _ if !borrows => None,
                "obj" | "obl" | "nmod" | "xcomp" => {
                    if a.tokens[h].upos == Upos::Verb {
                        if crate::status::passive(a, h) {
                            // "three civilians were killed in the shelling":
                            // those harmed by it did not do it
                            // (in clashes both sides are parties: "were
                            // injured in clashes with protesters")
                            if HARMED.contains(&lemma(a, h).as_str())
                                && !matches!(
                                    lemma(a, i).as_str(),
                                    "clash"
                                        | "fighting"
                                        | "fight"
                                        | "battle"
                                        | "skirmish"
                                        | "confrontation"
                                )
                            {
                                return a.passive_agent(h);
                            }
                            a.children(h).find(|&k| rel(a, k).starts_with("nsubj"))
                        } else {
                            a.subject(h)
                        }
                    } else {
                        None
                    }
                }
                _ => None,
            }
        }
    }
}

/// Noun `i`, object of verb `h`, heads a clause the parser hung on it while
/// `h` is a verb of saying: "Grigoryan said the talks focused on ...",
/// where "the talks" are the reported clause's subject.
fn reported_clause_as_object(a: &Analysis, h: usize, i: usize) -> bool {
    matches!(
        a.lemma(h),
        "say"
            | "tell"
            | "state"
            | "add"
            | "note"
            | "write"
            | "claim"
            | "report"
            | "insist"
            | "stress"
    ) && a
        .children(i)
        .any(|k| k > i && rel(a, k).starts_with("acl") && a.tokens[k].upos == Upos::Verb)
}

/// A name that ends right before verb `i`, inside the phrase of its
/// common-noun subject `s` without a preposition between them: "Human
/// rights watchdog Amnesty International accused ...", with the name read
/// as part of a clause on "rights". (Not "the head of the UN mission":
/// a name behind a preposition is not the subject.)
fn name_closing_subject(a: &Analysis, s: usize, i: usize) -> Option<usize> {
    if a.tokens[s].upos != Upos::Noun || actor_noun(&lemma(a, s)) || s + 1 >= i {
        return None;
    }
    let mut p = i - 1;
    while a.head(p) == Some(i) && matches!(a.tokens[p].upos, Upos::Adv | Upos::Aux) {
        p = p.checked_sub(1)?;
    }
    if a.tokens[p].upos != Upos::Propn || !a.subtree(s).contains(&p) {
        return None;
    }
    // the head of the name, then the path up to the subject
    while rel(a, p) == "flat" && a.head(p).is_some_and(|h| h < p) {
        p = a.head(p)?;
    }
    let mut cur = p;
    while cur != s {
        if a.children(cur).any(|c| rel(a, c) == "case") {
            return None;
        }
        cur = a.head(cur)?;
    }
    Some(p)
}

/// Verbs whose subject may follow them in news style ("..., said the
/// minister"): a subject after them is a subject.
const INVERTING_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "state",
    "announce",
    "declare",
    "write",
    "note",
    "report",
    "claim",
    "ask",
    "reply",
    "warn",
    "insist",
    "stress",
    "explain",
    "comment",
    "continue",
    "conclude",
    "recall",
    "confirm",
    "acknowledge",
    "admit",
];

/// A subject the parser put after active verb `i` while a noun phrase
/// stands right before it ("Mugabe today accused the United States of
/// ...": `States` as nsubj of `accused`, the of-clause hung on it): the
/// late one is the object. Returns (the object, the word before the verb
/// that is the subject). Verbs of saying keep their inverted subjects.
fn inverted_object(a: &Analysis, i: usize) -> Option<(usize, usize)> {
    if a.tokens[i].upos != Upos::Verb || INVERTING_VERBS.contains(&lemma(a, i).as_str()) {
        return None;
    }
    let late = a
        .children(i)
        .find(|&k| k > i && rel(a, k) == "nsubj" && a.tokens[k].upos != Upos::Pron)?;
    if a.children(i)
        .any(|k| k < i && rel(a, k).starts_with("nsubj"))
    {
        // A real subject before the verb: the late one is its object.
        let early = a
            .children(i)
            .find(|&k| k < i && rel(a, k).starts_with("nsubj"))?;
        return Some((late, early));
    }
    // The nominal right before the verb (past auxiliaries, adverbs and
    // time words) is the subject, when nothing clausal intervenes.
    let start = a.sentences[a.tokens[i].sentence as usize].tokens.start;
    let mut k = i;
    while k > start {
        k -= 1;
        let t = a.tokens[k];
        if matches!(t.upos, Upos::Aux | Upos::Adv | Upos::Part)
            || crate::status::is_time_word(a, k)
            || matches!(lemma(a, k).as_str(), "today" | "yesterday" | "tonight")
        {
            continue;
        }
        return matches!(t.upos, Upos::Propn | Upos::Noun).then_some((late, k));
    }
    None
}

/// The words a trigger's event is directed at.
fn logical_objects(a: &Analysis, i: usize, pos: Pos, object: Option<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    if pos == Pos::Verb {
        if crate::status::passive(a, i) {
            out.extend(a.children(i).filter(|&k| rel(a, k).starts_with("nsubj")));
        } else {
            out.extend(a.objects(i));
            out.extend(inverted_object(a, i).map(|(o, _)| o));
            if !out.is_empty() {
                // "investigating alleged crimes by Croatian extremists",
                // with the by-phrase hung on the verb: an active verb has
                // no agent phrase; it is the object's.
                out.extend(a.children(i).filter(|&k| {
                    rel(a, k) == "obl"
                        && prep_of(a, k).as_deref() == Some("by")
                        && matches!(a.tokens[k].upos, Upos::Noun | Upos::Propn)
                }));
            }
            {
                // "deported 40 Afghans", "killed three ethnic Albanians"
                // parsed as an oblique without a preposition: the object.
                out.extend(a.children(i).filter(|&k| {
                    k > i
                        && rel(a, k) == "obl"
                        && a.case_marker(k).is_none()
                        && matches!(a.tokens[k].upos, Upos::Noun | Upos::Propn)
                        && !crate::status::is_time_word(a, k)
                }));
            }
            if out.is_empty() && crate::status::complements(a, i).is_empty() {
                // "attacked and seized the positions": coordinated verbs
                // share the object (not "refused to deploy ... and urged
                // its citizens": a verb with a complement has its own).
                // (A conjunct with a subject of its own is another
                // clause: "..., as the spokesperson put it". Nor does a
                // verb with an argument phrase before the conjunct borrow:
                // "bowed to demands ... and released the detainees".)
                let own_phrase = |k: usize| {
                    a.children(i).any(|c| {
                        c > i
                            && c < k
                            && rel(a, c) == "obl"
                            && a.case_marker(c).is_some()
                            && !crate::status::is_time_word(a, c)
                    })
                };
                let partners: Vec<usize> = a
                    .children(i)
                    .filter(|&k| rel(a, k) == "conj" && a.tokens[k].upos == Upos::Verb)
                    .filter(|&k| !a.children(k).any(|c| rel(a, c).starts_with("nsubj")))
                    .filter(|&k| !own_phrase(k))
                    .collect();
                for k in partners {
                    out.extend(a.objects(k));
                }
            }
        }
    }
    // The object that is part of the trigger is its target when it names
    // actors ("expelled two Russian diplomats", "released the prisoners").
    // So is an actor it is between or against ("ended mediation efforts
    // between rival militias", "lifted sanctions against Belarusian
    // banks").
    let aimed_at = |k: usize| {
        a.children(k).any(|c| {
            rel(a, c).starts_with("nmod")
                && prep_of(a, c).is_some_and(|p| matches!(p.as_str(), "between" | "against"))
                && names_actor(a, c)
        })
    };
    out.retain(|&k| {
        Some(k) != object
            || actor_noun(&lemma(a, k))
            || author_noun(&lemma(a, k))
            || aimed_at(k)
            || (QUANTIFIERS.contains(&lemma(a, k).as_str())
                && a.children(k).any(|c| {
                    rel(a, c).starts_with("nmod")
                        && prep_of(a, c).as_deref() == Some("of")
                        && actor_noun(&lemma(a, c))
                }))
    });
    // "staged a hunger strike in protest against X", "expelled a diplomat
    // in retaliation for X": whom the act answers.
    for k in a.children(i) {
        if rel(a, k).starts_with("obl")
            && matches!(
                lemma(a, k).as_str(),
                "protest" | "retaliation" | "response" | "reprisal" | "revenge"
            )
        {
            out.extend(a.children(k).filter(|&m| {
                rel(a, m).starts_with("nmod")
                    && prep_of(a, m).is_some_and(|p| {
                        matches!(p.as_str(), "against" | "at" | "over" | "to" | "for")
                    })
            }));
        }
    }
    // Obliques of the trigger, and nominal modifiers of a noun trigger or
    // of the object noun that is part of it ("expressed concern over X",
    // "support for X").
    let mut holders = vec![i];
    holders.extend(object);
    if let Some(o) = object.filter(|&o| TRADE.contains(&lemma(a, o).as_str())) {
        // "imports of all aquatic products from Japan"
        holders.extend(
            a.children(o).filter(|&k| {
                rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("of")
            }),
        );
    }
    for h in holders {
        let for_ok = Some(h) == object || (h == i && (pos == Pos::Noun || object.is_some()));
        for k in a.children(h) {
            if for_ok
                && (rel(a, k).starts_with("nmod") || rel(a, k) == "obl")
                && prep_of(a, k).as_deref() == Some("for")
            {
                out.push(k);
                continue;
            }
            // "ordered the expulsion of a diplomat": the of-phrase of an
            // act done to someone is its target.
            if (Some(h) == object || (h == i && pos == Pos::Noun))
                && rel(a, k).starts_with("nmod")
                && prep_of(a, k).as_deref() == Some("of")
                && OF_TARGET.contains(&lemma(a, h).as_str())
            {
                out.push(k);
                continue;
            }
            let r = rel(a, k);
            // (an "agent" not introduced by "by" is a misparse oblique)
            let agent = r == "obl:agent" && prep_of(a, k).is_none_or(|p| p == "by");
            if (r.starts_with("obl") && !agent && r != "obl:tmod") || r.starts_with("nmod") {
                if r == "nmod:poss" {
                    continue;
                }
                if prep_of(a, k).is_some_and(|p| RECIPIENT_PREPS.contains(&p.as_str())) {
                    out.push(k);
                } else if object.is_some_and(|o| TRADE.contains(&lemma(a, o).as_str()))
                    && prep_of(a, k).as_deref() == Some("from")
                {
                    // "banned seafood imports from Japanese prefectures"
                    // (the phrase on the goods or on the verb): the side
                    // the trade comes from
                    out.push(k);
                }
            }
        }
    }
    out
}

/// Verbs that only start or carry out the act their object names
/// ("opened an investigation", "launched an offensive").
const LIGHT_VERBS: &[&str] = &[
    "open",
    "launch",
    "begin",
    "start",
    "file",
    "bring",
    "mount",
    "conduct",
    "wage",
    "stage",
    "carry",
    "initiate",
    "step",
    "escalate",
    "intensify",
    "press",
    "lodge",
];

/// The against- and on-phrases of the verb that noun trigger `i` is the
/// object of, when the parser hung them on the verb: "opened fraud
/// investigations against 28 officials", "launched a campaign against
/// the rebels".
fn light_verb_targets(a: &Analysis, i: usize) -> Vec<usize> {
    if rel(a, i) != "obj" {
        return Vec::new();
    }
    let Some(h) = a.head(i) else {
        return Vec::new();
    };
    if a.tokens[h].upos != Upos::Verb || !LIGHT_VERBS.contains(&lemma(a, h).as_str()) {
        return Vec::new();
    }
    let target_prep = |p: &str| matches!(p, "against" | "on" | "upon" | "into");
    let mut out: Vec<usize> = a
        .children(h)
        .filter(|&k| k > i && rel(a, k) == "obl" && prep_of(a, k).is_some_and(|p| target_prep(&p)))
        .collect();
    // "opened investigations against 14 officials suspected of ...", read
    // as a clause marked by "against" with the officials its subject
    for c in a
        .children(h)
        .filter(|&c| c > i && matches!(rel(a, c), "advcl" | "acl"))
    {
        let marked = a
            .children(c)
            .any(|m| rel(a, m) == "mark" && m == i + 1 && target_prep(&lemma(a, m)));
        if marked {
            out.extend(a.children(c).filter(|&k| rel(a, k).starts_with("nsubj")));
        }
    }
    out
}

/// The "between A and B" participants of `i` or of its object.
fn between(a: &Analysis, i: usize, object: Option<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    // "mediated a truce between Israel and Hamas": on any object too.
    let mut holders = vec![i];
    holders.extend(object);
    if a.tokens[i].upos == Upos::Verb {
        holders.extend(a.objects(i).into_iter().filter(|o| Some(*o) != object));
    }
    for h in holders {
        out.extend(a.children(h).filter(|&k| {
            (rel(a, k).starts_with("nmod") || rel(a, k).starts_with("obl"))
                && prep_of(a, k).as_deref() == Some("between")
        }));
    }
    out
}

/// The actors named anywhere inside the phrases of `words` ("between
/// Armenian envoy Armen Grigoryan and Azerbaijani envoy Hikmet Hajiyev",
/// however the parser split the names).
fn named_inside(
    a: &Analysis,
    r: &Resolver<'_>,
    words: &[usize],
    kinds: &[EntityKind],
) -> Vec<String> {
    let mut out = Vec::new();
    for &w in words {
        let sub = a.subtree(w);
        if sub.is_empty() {
            continue;
        }
        let span = Span::new(
            a.tokens[sub.start].span.start,
            a.tokens[sub.end - 1].span.end,
        );
        for &(m, k) in r.within(span) {
            let e = &r.entities[k];
            if span.contains(m) && kinds.contains(&e.kind) && !out.contains(&e.id) {
                out.push(e.id.clone());
            }
        }
    }
    out
}

/// Children of `i`'s obliques introduced by "with" ("spoke by phone with
/// Macron").
fn nested_with(a: &Analysis, i: usize) -> Vec<usize> {
    a.children(i)
        .filter(|&k| rel(a, k).starts_with("obl"))
        .flat_map(|k| a.children(k).collect::<Vec<_>>())
        .filter(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("with"))
        .collect()
}

/// Reads the participants of trigger `i` by the line's role scheme.
pub fn participants(
    a: &Analysis,
    r: &mut Resolver<'_>,
    i: usize,
    t: &Trigger,
    object: Option<usize>,
) -> Participants {
    let subj = logical_subject(a, i, t.pos);
    let mut objs = logical_objects(a, i, t.pos, object);
    if t.pos == Pos::Noun && t.roles == Roles::Directed && objs.is_empty() {
        objs = light_verb_targets(a, i);
    }
    if !t.pred.is_empty() {
        // What the object is called names no target ("called the mutiny
        // a betrayal of the country and of our fighters"), nor does an
        // act called so: its agent in the object's phrase is the target
        // ("described the diversion of the flight by Belarus as ..."),
        // else the doer of the act it names again (`answer_earlier_act`).
        // An object that names an actor stays ("called Hamas a terrorist
        // group").
        let named = crate::status::predicates(a, i);
        let agents: Vec<usize> = objs
            .iter()
            .flat_map(|&k| {
                a.children(k)
                    .chain(a.children(k).flat_map(|c| a.children(c)))
            })
            .filter(|&c| rel(a, c).starts_with("nmod") && prep_of(a, c).as_deref() == Some("by"))
            .collect();
        objs.retain(|&k| {
            !named.iter().any(|&h| a.subtree(h).contains(&k))
                && (actor_noun(&lemma(a, k)) || r.covering(a.tokens[k].span).is_some())
        });
        objs.extend(agents);
    }
    let mut p = Participants::default();
    let ids = |r: &mut Resolver<'_>, words: &[usize]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for &w in words {
            for k in resolve(a, r, w) {
                let id = r.id(k);
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
        out
    };
    let rids = |r: &mut Resolver<'_>, words: &[usize]| -> Vec<String> {
        r.recipient_side = true;
        let out = ids(r, words);
        r.recipient_side = false;
        out
    };
    match t.roles {
        Roles::Directed => {
            // "several hundred people rallied", "hundreds of people
            // marched": people who protest are a crowd, whatever a misread
            // conjunct after them names ("people gathered ..., holding
            // portraits of X")
            let crowd = (t.event_type == "PROTEST" && t.pos == Pos::Verb)
                .then(|| subj.and_then(|w| people_crowd(a, r, w)))
                .flatten();
            p.actors = match crowd {
                Some(k) => vec![r.id(k)],
                None => ids(r, subj.as_slice()),
            };
            if p.actors.is_empty() && t.pos == Pos::Noun {
                // "Palestinian riots", "Russian strikes": a nationality
                // adjective before an event noun names who acts
                let before: Vec<usize> = a
                    .children(i)
                    .filter(|&k| k < i && rel(a, k) == "amod")
                    .collect();
                for k in before {
                    if let Some(e) = r.demonym_word(a.tokens[k].span) {
                        p.actors.push(r.id(e));
                    }
                }
            }
            p.recipients = rids(r, &objs);
            p.recipients.retain(|id| !p.actors.contains(id));
            if p.recipients.is_empty() && t.pos == Pos::Verb {
                // "offered help during a call with X": the other side of
                // the meeting the act was done in
                let setting: Vec<usize> = nested_with(a, i)
                    .into_iter()
                    .filter(|&k| {
                        a.head(k).is_some_and(|h| {
                            prep_of(a, h).is_some_and(|p| SETTING_PREPS.contains(&p.as_str()))
                        })
                    })
                    .collect();
                p.recipients = rids(r, &setting);
                p.recipients.retain(|id| !p.actors.contains(id));
            }
        }
        Roles::Symmetric => {
            // "signed an agreement on joint border patrols": what the
            // content is about is no party.
            objs.retain(|&k| {
                object.is_none()
                    || a.head(k) != object
                    || !prep_of(a, k)
                        .is_some_and(|p| matches!(p.as_str(), "on" | "over" | "about" | "for"))
            });
            let mut all: Vec<usize> = subj.into_iter().collect();
            // "agreed to US mediation", "accepted a Russian proposal": a
            // proposal agreed to is not a party; its author is the
            // recipient. (Meetings keep every participant a party.)
            let (things, parties): (Vec<usize>, Vec<usize>) = objs.iter().partition(|&&k| {
                t.event_type != "CONSULT"
                    && author_noun(&lemma(a, k))
                    && r.covering(a.tokens[k].span).is_none()
            });
            p.recipients = rids(r, &things);
            let objs = parties;
            all.extend(&objs);
            let sides = between(a, i, object);
            all.extend(&sides);
            all.extend(nested_with(a, i));
            if t.pos == Pos::Noun {
                // "Armenian-Azerbaijani talks": demonym modifiers.
                all.extend(
                    a.children(i)
                        .filter(|&k| rel(a, k) == "amod" && r.is_actor(a.tokens[k].span)),
                );
            }
            // The subject comes first in `all`: resolved once, it is both
            // the subject side and the head of the actors.
            let n_subj = subj.as_slice().len();
            p.subject_side = ids(r, &all[..n_subj]);
            p.actors = p.subject_side.clone();
            for id in ids(r, &all[n_subj..]) {
                if !p.actors.contains(&id) {
                    p.actors.push(id);
                }
            }
            for id in named_inside(a, r, &sides, &[EntityKind::Person]) {
                if !p.actors.contains(&id) {
                    p.actors.push(id);
                }
            }
            if t.pos == Pos::Noun && p.actors.len() < 2 {
                // "fighting on the Armenian-Azerbaijani border": the sides
                // are the countries named in the place.
                for k in a.children(i) {
                    let on_border = rel(a, k).starts_with("nmod")
                        && prep_of(a, k).is_some_and(|p| {
                            matches!(p.as_str(), "on" | "along" | "across" | "near" | "at")
                        });
                    if !on_border {
                        continue;
                    }
                    let sub = a.subtree(k);
                    let span = Span::new(
                        a.tokens[sub.start].span.start,
                        a.tokens[sub.end - 1].span.end,
                    );
                    let sides = r.countries_in(span);
                    if sides.len() >= 2 {
                        p.actors = sides.into_iter().map(|k| r.id(k)).collect();
                    }
                }
            }
        }
        Roles::Visit => {
            p.actors = ids(r, subj.as_slice());
            p.recipients = rids(r, &objs);
            if p.recipients.is_empty() && t.pos == Pos::Verb {
                // "arrived in Washington for talks with Biden": the host
                // of the talks, or the place arrived in
                let hosts = nested_with(a, i);
                p.recipients = rids(r, &hosts);
                if p.recipients.is_empty() {
                    let places: Vec<usize> = a
                        .children(i)
                        .filter(|&k| {
                            rel(a, k) == "obl"
                                && matches!(prep_of(a, k).as_deref(), Some("in" | "at"))
                        })
                        .collect();
                    p.recipients = rids(r, &places);
                }
                p.recipients.retain(|id| !p.actors.contains(id));
            }
        }
        Roles::Host => {
            let sides = between(a, i, object);
            if !sides.is_empty() {
                let mut all: Vec<usize> = subj.into_iter().collect();
                all.extend(&sides);
                p.actors = ids(r, &all);
                for id in named_inside(a, r, &sides, &[EntityKind::Person]) {
                    if !p.actors.contains(&id) {
                        p.actors.push(id);
                    }
                }
                p.mode = Some("third-party".into());
            } else if objs.len() == 1
                && (matches!(lemma(a, objs[0]).as_str(), "they" | "it")
                    || r.event_words.contains(&lemma(a, objs[0])))
            {
                // "They were mediated by an EU diplomat": the host joins
                // the meeting just reported.
                p.actors = ids(r, subj.as_slice());
                p.mode = Some("third-party".into());
                p.joins_previous = true;
            } else {
                p.actors = ids(r, &objs);
                p.recipients = rids(r, subj.as_slice());
            }
        }
        Roles::Content => {
            p.actors = ids(r, subj.as_slice());
            let inner: Vec<usize> = crate::status::complements(a, i)
                .into_iter()
                .filter_map(|c| a.children(c).find(|&k| rel(a, k).starts_with("nsubj")))
                .collect();
            p.recipients = rids(r, &inner);
        }
    }
    if matches!(t.event_type, "COERCE" | "ASSAULT") {
        // "seized control of the town from government troops", with the
        // from-phrase hung on the town: whom it is taken from, before
        // anyone named in the place.
        let of_places: Vec<usize> = object
            .into_iter()
            .chain(a.objects(i))
            .flat_map(|o| a.children(o).collect::<Vec<_>>())
            .filter(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("of"))
            .collect();
        let from: Vec<usize> = of_places
            .iter()
            .flat_map(|&o| a.children(o).collect::<Vec<_>>())
            .filter(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("from"))
            .collect();
        let taken_from = rids(r, &from);
        if !taken_from.is_empty() {
            p.recipients = taken_from;
        }
    }
    p.recipients.retain(|x| !p.actors.contains(x));
    if deploys(t.event_type, &lemma(a, i)) {
        // "deployed troops in Belarus": the means are the actor's own.
        let mut own: Vec<String> = Vec::new();
        for &k in objs.iter().filter(|&&k| own_means(a, k)) {
            for e in resolve(a, r, k) {
                own.push(r.id(e));
            }
        }
        p.recipients.retain(|x| !own.contains(x));
        if p.recipients.is_empty() {
            p.recipients = place_of(a, r, i, object);
        }
    }
    if p.recipients.is_empty() {
        // "promised to continue aid to Mozambique", "demanded that Hamas
        // renounce ...": the recipient is in the complement; "staged a
        // strike to protest X", "began a hunger strike to protest X": in
        // the purpose clause of the trigger (a noun or a protest) or of its
        // object.
        let mut comps = crate::status::complements(a, i);
        let purpose = |c: usize| {
            matches!(rel(a, c), "acl" | "advcl")
                && a.children(c)
                    .any(|m| lemma(a, m) == "to" && rel(a, m) == "mark")
        };
        for o in object.into_iter().chain(
            (t.pos == Pos::Noun && rel(a, i) == "obj")
                .then(|| a.head(i))
                .flatten(),
        ) {
            let more: Vec<usize> = a.children(o).filter(|&c| purpose(c)).collect();
            comps.extend(more);
        }
        // "shunned work to protest at X": a protest's own purpose clause
        // names what it is against.
        if t.pos == Pos::Noun || t.event_type == "PROTEST" {
            let more: Vec<usize> = a.children(i).filter(|&c| purpose(c)).collect();
            comps.extend(more);
        }
        comps.dedup();
        let mut inner = Vec::new();
        for c in comps {
            let subjects: Vec<usize> = a
                .children(c)
                .filter(|&k| rel(a, k).starts_with("nsubj"))
                .collect();
            if !subjects.is_empty() {
                // "demanded that Hamas release ...": who is asked.
                inner.extend(subjects);
                break;
            }
            let deploying = deploys("", &lemma(a, c));
            for o in logical_objects(a, c, Pos::Verb, None) {
                if !(deploying && own_means(a, o)) {
                    inner.push(o);
                }
            }
            if deploying && inner.is_empty() {
                // "refused to deploy peacekeepers in Iraq".
                let places = place_of(a, r, c, None);
                if !places.is_empty() {
                    p.recipients = places;
                    break;
                }
            }
            for o in a.objects(c) {
                inner.extend(a.children(o).filter(|&k| {
                    rel(a, k).starts_with("nmod")
                        && prep_of(a, k)
                            .is_some_and(|p| matches!(p.as_str(), "to" | "for" | "with"))
                }));
            }
            if !inner.is_empty() {
                break;
            }
        }
        if p.recipients.is_empty() {
            p.recipients = rids(r, &inner);
        }
        p.recipients.retain(|x| !p.actors.contains(x));
        if p.recipients.is_empty() {
            // "a suspension of air links with Serbia": the with-phrase of
            // what the trigger (or its object) is about; "demanding
            // autonomy from the Iraqi government": whom a request is made
            // of.
            let mut more = of_partners(a, i, object, t.pos);
            if t.event_type == "REQUEST" {
                more.extend(from_phrases(a, i, object));
            }
            p.recipients = rids(r, &more);
            if p.recipients.is_empty()
                && t.event_type == "REQUEST"
                && object.is_some_and(|o| {
                    matches!(
                        lemma(a, o).as_str(),
                        "refuge" | "asylum" | "shelter" | "sanctuary"
                    )
                })
            {
                // "sought refuge in Germany": the country asked.
                p.recipients = place_of(a, r, i, object);
            }
        }
        if p.recipients.is_empty() {
            // "pledged $20 million in assistance to the Palestinians":
            // the to-phrase of an object or oblique of the trigger.
            let nested = nested_to(a, i);
            p.recipients = rids(r, &nested);
        }
        if p.recipients.is_empty() {
            // "conceded to demands from UNITA", "bowed to pressure by
            // Washington": who made the demand the trigger answers.
            let authors = demand_authors(a, i);
            p.recipients = rids(r, &authors);
        }
        if p.recipients.is_empty() && matches!(t.event_type, "COERCE" | "ASSAULT") {
            // "seized control of the town from government troops".
            let from = from_phrases(a, i, object);
            p.recipients = rids(r, &from);
        }
        p.recipients.retain(|x| !p.actors.contains(x));
        if p.recipients.is_empty() && t.event_type == "REQUEST" {
            if let Some(w) = that_clause_subject(a, i) {
                p.recipients = rids(r, &[w]);
            }
        }
        if p.recipients.is_empty() && t.event_type == "THREATEN" {
            // "threatened to impose a curfew in Bamako": the place of
            // what is threatened.
            for c in crate::status::complements(a, i) {
                p.recipients = place_of(a, r, c, None);
                if !p.recipients.is_empty() {
                    break;
                }
            }
        }
        p.recipients.retain(|x| !p.actors.contains(x));
        if p.recipients.is_empty() && t.absorb {
            // "hoping to see a resolution of the issues that divide Armenia
            // and Azerbaijan": the parties named in the content.
            let comps = crate::status::complements(a, i);
            for id in named_inside(a, r, &comps, &[EntityKind::Country, EntityKind::Person]) {
                if !p.recipients.contains(&id) {
                    p.recipients.push(id);
                }
            }
        }
    }
    p.recipients.retain(|x| !p.actors.contains(x));
    p
}

/// Whether a trigger of `event_type` with `lemma` moves the actor's own
/// means (`resources/deployment.txt`).
fn deploys(event_type: &str, lemma: &str) -> bool {
    matches!(event_type, "MOBILIZE" | "RETREAT") || deployment().0.contains(lemma)
}

/// The deployment verbs and the nouns of means they move.
fn deployment() -> &'static (
    std::collections::HashSet<&'static str>,
    std::collections::HashSet<&'static str>,
) {
    static LISTS: std::sync::OnceLock<(
        std::collections::HashSet<&'static str>,
        std::collections::HashSet<&'static str>,
    )> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let mut verbs = std::collections::HashSet::new();
        let mut nouns = std::collections::HashSet::new();
        for line in include_str!("../resources/deployment.txt").lines() {
            let line = line.trim();
            if let Some(v) = line.strip_prefix("verb ") {
                verbs.insert(v.trim());
            } else if let Some(n) = line.strip_prefix("noun ") {
                nouns.insert(n.trim());
            }
        }
        (verbs, nouns)
    })
}

/// Whether word `k` names means a deployment moves ("its forces",
/// "additional troops", "peacekeepers"), and not the people of another
/// side (a proper name or a quantity of one is never means here).
fn own_means(a: &Analysis, k: usize) -> bool {
    a.tokens[k].upos == Upos::Noun && deployment().1.contains(lemma(a, k).as_str())
}

/// The country or place that trigger `i` (or its object) moves means to,
/// into, in or from: "deployed troops in Belarus", "withdraw its force
/// from Chad".
fn place_of(a: &Analysis, r: &mut Resolver<'_>, i: usize, object: Option<usize>) -> Vec<String> {
    let mut holders = vec![i];
    holders.extend(object);
    holders.extend(a.objects(i));
    let mut out = Vec::new();
    for h in holders {
        for k in a.children(h) {
            let r_ = rel(a, k);
            if !(r_.starts_with("obl") || r_.starts_with("nmod")) {
                continue;
            }
            if !prep_of(a, k)
                .is_some_and(|p| matches!(p.as_str(), "in" | "into" | "to" | "from" | "inside"))
            {
                continue;
            }
            let sub = a.subtree(k);
            let phrase = Span::new(
                a.tokens[sub.start].span.start,
                a.tokens[sub.end.max(sub.start + 1) - 1].span.end,
            );
            // The place's own name, else a country named in its phrase
            // ("from the besieged Bosnian town of Gorazde").
            let Some(e) = r
                .covering(a.tokens[k].span)
                .or_else(|| r.country_in(phrase))
            else {
                continue;
            };
            let place = match r.entities[e].kind {
                EntityKind::Country => true,
                EntityKind::Location => r.entities[e].country.is_some(),
                _ => false,
            };
            let id = r.id(e);
            if place && !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

/// The with-, to- and against-phrases of the of-phrase of noun trigger
/// `i` or of the trigger's object: "a suspension of air links with
/// Serbia", "cut off the supply of arms to the rebels".
fn of_partners(a: &Analysis, i: usize, object: Option<usize>, pos: Pos) -> Vec<usize> {
    let mut holders: Vec<usize> = object.into_iter().collect();
    if pos == Pos::Noun {
        holders.push(i);
    } else {
        holders.extend(a.objects(i));
    }
    let mut out = Vec::new();
    for h in holders {
        // "suspended the treaty it signed with Spain", "ended its deal
        // with Iran": the other party of an agreement
        if matches!(
            lemma(a, h).as_str(),
            "treaty" | "agreement" | "accord" | "deal" | "pact" | "memorandum" | "partnership"
        ) {
            let with = |k: usize| prep_of(a, k).as_deref() == Some("with");
            out.extend(
                a.children(h)
                    .filter(|&k| rel(a, k).starts_with("nmod") && with(k)),
            );
            // the relative clause that says with whom it was made (the
            // parser may hang it on a later conjunct of the name)
            let sentence = a.sentences[a.tokens[h].sentence as usize].tokens.clone();
            for clause in sentence.filter(|&k| {
                k > h
                    && rel(a, k) == "acl:relcl"
                    && matches!(
                        lemma(a, k).as_str(),
                        "sign" | "conclude" | "negotiate" | "reach" | "strike" | "make"
                    )
                    && ancestors_include(a, k, h, i)
            }) {
                out.extend(
                    a.children(clause)
                        .filter(|&k| rel(a, k) == "obl" && with(k)),
                );
            }
        }
        for of in a
            .children(h)
            .filter(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("of"))
        {
            out.extend(a.children(of).filter(|&k| {
                rel(a, k).starts_with("nmod")
                    && prep_of(a, k).is_some_and(|p| {
                        matches!(p.as_str(), "with" | "to" | "against" | "toward" | "towards")
                    })
            }));
        }
    }
    out
}

/// Whether `h` or `i` is among the first heads above `k`.
fn ancestors_include(a: &Analysis, k: usize, h: usize, i: usize) -> bool {
    let mut cur = k;
    for _ in 0..5 {
        match a.head(cur) {
            Some(up) if up == h || up == i => return true,
            Some(up) => cur = up,
            None => return false,
        }
    }
    false
}

/// The to-phrases hanging on the objects and obliques of trigger `i`
/// ("pledged $20 million in humanitarian assistance to the
/// Palestinians").
fn nested_to(a: &Analysis, i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for c in a.children(i) {
        if !matches!(rel(a, c), "obj" | "obl") || crate::status::is_time_word(a, c) {
            continue;
        }
        out.extend(a.children(c).filter(|&k| {
            rel(a, k).starts_with("nmod")
                && prep_of(a, k).is_some_and(|p| matches!(p.as_str(), "to" | "toward" | "towards"))
        }));
        // "announced 300 million crowns in emergency aid for Sudan"
        for m in a
            .children(c)
            .filter(|&m| rel(a, m).starts_with("nmod") && prep_of(a, m).as_deref() == Some("in"))
        {
            out.extend(a.children(m).filter(|&k| {
                rel(a, k).starts_with("nmod")
                    && prep_of(a, k).is_some_and(|p| matches!(p.as_str(), "to" | "for"))
            }));
        }
    }
    out
}

/// The from-phrases of request trigger `i` and of its objects: "demanded
/// autonomy from the Iraqi government", "sought guarantees from Moscow".
fn from_phrases(a: &Analysis, i: usize, object: Option<usize>) -> Vec<usize> {
    let mut holders = vec![i];
    holders.extend(object);
    holders.extend(a.objects(i));
    let mut out = Vec::new();
    for h in holders {
        out.extend(a.children(h).filter(|&k| {
            (rel(a, k).starts_with("nmod") || rel(a, k).starts_with("obl"))
                && prep_of(a, k).as_deref() == Some("from")
        }));
    }
    out
}

/// The from-, by- or of-phrases of a demand, call or pressure that is an
/// object or oblique of trigger `i` ("conceded to demands from UNITA",
/// "gave in to pressure by the unions").
fn demand_authors(a: &Analysis, i: usize) -> Vec<usize> {
    let by = |c: usize| prep_of(a, c).is_some_and(|p| matches!(p.as_str(), "from" | "by" | "of"));
    let mut out = Vec::new();
    for k in a.children(i).filter(|&k| {
        let r = rel(a, k);
        (r == "obj" || r.starts_with("obl"))
            && matches!(
                lemma(a, k).as_str(),
                "demand" | "call" | "request" | "appeal" | "plea" | "pressure" | "ultimatum"
            )
    }) {
        out.extend(
            a.children(k)
                .filter(|&c| rel(a, c).starts_with("nmod") && by(c)),
        );
        // the parser often hangs the from-phrase on the verb
        out.extend(
            a.children(i)
                .filter(|&c| c > k && rel(a, c).starts_with("obl") && by(c)),
        );
    }
    out
}

/// The subject of a that-clause right after request trigger `i` (or
/// after its noun: "insisted on its demand that ..."), read on the
/// surface when the parse lost the clause ("demanded that the Sudanese
/// government end curbs", with "end" taken for a noun): the first noun or
/// name after "that" and its determiners and adjectives.
fn that_clause_subject(a: &Analysis, i: usize) -> Option<usize> {
    let sent = a.sentences[a.tokens[i].sentence as usize].tokens.clone();
    let mut k = i + 1;
    // Up to "that": only a preposition, a determiner or possessive and a
    // request noun may come between ("insisted on their demand that").
    while k < sent.end && k <= i + 4 {
        let l = lemma(a, k);
        if l == "that" {
            break;
        }
        let ok = matches!(
            a.tokens[k].upos,
            Upos::Adp | Upos::Det | Upos::Pron | Upos::Adv
        ) || (a.tokens[k].upos == Upos::Noun && author_noun(&l));
        if !ok {
            return None;
        }
        k += 1;
    }
    if k >= sent.end || lemma(a, k) != "that" {
        return None;
    }
    k += 1;
    while k < sent.end
        && matches!(
            a.tokens[k].upos,
            Upos::Det | Upos::Adj | Upos::Pron | Upos::Num
        )
        && !matches!(lemma(a, k).as_str(), "it" | "they" | "he" | "she" | "we")
    {
        k += 1;
    }
    // The last noun or name of the run that starts here.
    let mut last = None;
    while k < sent.end && matches!(a.tokens[k].upos, Upos::Noun | Upos::Propn) {
        last = Some(k);
        k += 1;
        if k < sent.end && matches!(lemma(a, k).as_str(), "'s" | "’s") {
            k += 1;
        }
    }
    last.or_else(|| (k < sent.end && a.tokens[k].upos == Upos::Pron).then_some(k))
}

/// Whom a threat is held over: the subject of an `if`/`unless` clause of
/// trigger `i` or of its complement ("threatened to halt the talks if
/// Washington imposes new sanctions" -> Washington), as entity ids.
pub fn condition_party(a: &Analysis, r: &mut Resolver<'_>, i: usize) -> Vec<String> {
    let mut clauses = vec![i];
    clauses.extend(crate::status::complements(a, i));
    let conditions: Vec<usize> = clauses
        .iter()
        .flat_map(|&c| a.children(c).collect::<Vec<_>>())
        // (an if-clause is at times parsed as a complement)
        .filter(|&c| {
            matches!(rel(a, c), "advcl" | "ccomp")
                && a.children(c)
                    .any(|m| rel(a, m) == "mark" && matches!(lemma(a, m).as_str(), "if" | "unless"))
        })
        .collect();
    let subjects: Vec<usize> = conditions
        .iter()
        .filter_map(|&c| a.children(c).find(|&k| rel(a, k).starts_with("nsubj")))
        .collect();
    r.recipient_side = true;
    let mut out = Vec::new();
    for w in subjects {
        for k in resolve(a, r, w) {
            let id = r.id(k);
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    r.recipient_side = false;
    out
}

/// The place of trigger `i`: an `in`/`at` oblique of the trigger (or of
/// the verb a noun trigger depends on) that names a place entity.
/// The body or state a protest is held at ("rallied outside the Chinese
/// consulate", "protested in front of parliament"): an organization or
/// country named by a place phrase on the trigger.
pub fn protest_target(a: &Analysis, r: &mut Resolver<'_>, i: usize) -> Option<String> {
    // "in front of the embassy": the of-phrase of "front"
    let front = |k: usize| {
        (lemma(a, k) == "front" && prep_of(a, k).as_deref() == Some("in"))
            .then(|| {
                a.children(k).find(|&c| {
                    rel(a, c).starts_with("nmod") && prep_of(a, c).as_deref() == Some("of")
                })
            })
            .flatten()
    };
    // "marched, chanting slogans against Pakistan": what the chants are
    // against
    let chanted = a
        .children(i)
        .filter(|&c| rel(a, c) == "advcl" && a.tokens[c].xpos == Xpos::Vbg)
        .flat_map(|c| a.subtree(c))
        .find_map(|k| {
            (prep_of(a, k).as_deref() == Some("against"))
                .then(|| {
                    r.covering_id(
                        a.tokens[k].span,
                        &[EntityKind::Organization, EntityKind::Country],
                    )
                })
                .flatten()
        });
    if chanted.is_some() {
        return chanted;
    }
    a.children(i)
        .filter(|&k| rel(a, k) == "obl")
        .filter_map(|k| {
            front(k).or_else(|| {
                prep_of(a, k)
                    .is_some_and(|p| {
                        matches!(
                            p.as_str(),
                            "outside" | "at" | "near" | "before" | "front" | "opposite"
                        )
                    })
                    .then_some(k)
            })
        })
        .find_map(|k| {
            r.covering_id(
                a.tokens[k].span,
                &[EntityKind::Organization, EntityKind::Country],
            )
        })
}

/// The place whose part an attack's object is ("struck Beirut's southern
/// suburbs", "shelled the Kharkiv region"): the place named as the
/// object's possessor or compound.
pub fn object_place(a: &Analysis, r: &mut Resolver<'_>, object: usize) -> Option<String> {
    a.children(object)
        .filter(|&k| matches!(rel(a, k), "nmod:poss" | "compound"))
        .find_map(|k| {
            r.covering_id(
                a.tokens[k].span,
                &[EntityKind::Location, EntityKind::Country],
            )
        })
}

pub fn location(a: &Analysis, r: &mut Resolver<'_>, i: usize) -> Option<String> {
    let governor = if a.tokens[i].upos != Upos::Verb {
        a.head(i)
    } else {
        None
    };
    let sentence = a.sentences[a.tokens[i].sentence as usize].tokens.clone();
    for k in sentence {
        let Some(p) = prep_of(a, k) else { continue };
        if p != "in" && p != "at" {
            continue;
        }
        // "in Montenegro province": the name may be a compound.
        let Some(e) = r.covering(a.tokens[k].span).or_else(|| {
            a.children(k)
                .filter(|&c| rel(a, c) == "compound" && a.tokens[c].upos == Upos::Propn)
                .find_map(|c| r.covering(a.tokens[c].span))
        }) else {
            continue;
        };
        let kind = r.entities[e].kind;
        let place = matches!(kind, EntityKind::Location | EntityKind::Country)
            || (p == "at" && kind == EntityKind::Organization);
        if !place {
            continue;
        }
        // The place phrase must hang on the trigger (or the verb a noun
        // trigger depends on), through nominal words only: "met Aliyev in
        // Brussels" even when the parser attached "in Brussels" to Aliyev.
        let mut cur = k;
        for _ in 0..6 {
            let Some(h) = a.head(cur) else { break };
            if h == i || Some(h) == governor {
                return Some(r.id(e));
            }
            if a.tokens[h].upos == Upos::Verb {
                break;
            }
            cur = h;
        }
    }
    None
}

/// Does word `k` name an actor by itself: a proper noun, or a common noun
/// of `resources/actor_nouns.txt`?
fn names_actor(a: &Analysis, k: usize) -> bool {
    a.tokens[k].upos == Upos::Propn || (a.tokens[k].upos == Upos::Noun && actor_noun(&lemma(a, k)))
}

/// A noun naming a time ("today", "months", "Monday"), never an actor.
fn time_noun(a: &Analysis, k: usize) -> bool {
    a.tokens[k].upos == Upos::Noun && crate::status::is_time_word(a, k)
}

/// Are the words `c0..=c1`, past a leading article, two or more and all
/// capitalised ("Big Machine")?
fn written_as_name(a: &Analysis, text: &str, c0: usize, c1: usize) -> bool {
    let first = (c0..=c1)
        .find(|&k| !matches!(lemma(a, k).as_str(), "the" | "a" | "an"))
        .unwrap_or(c1);
    c1 > first && (first..=c1).all(|k| crate::status::capitalised(text, a, k))
}

/// Whether a common noun names actors (`resources/actor_nouns.txt`).
fn actor_noun(lemma: &str) -> bool {
    static NOUNS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    NOUNS
        .get_or_init(|| word_list(include_str!("../resources/actor_nouns.txt")))
        .contains(lemma)
}

/// A set of words from a data file.
type Words = std::collections::HashSet<&'static str>;

/// The crowd nouns and the crowd acts of `resources/crowds.txt`.
fn crowds() -> &'static (Words, Words) {
    static LISTS: std::sync::OnceLock<(Words, Words)> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let (mut crowd, mut act) = (Words::new(), Words::new());
        let mut in_acts = false;
        for line in include_str!("../resources/crowds.txt").lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            match line {
                "" => {}
                "[crowd]" => in_acts = false,
                "[act]" => in_acts = true,
                word if in_acts => {
                    act.insert(word);
                }
                word => {
                    crowd.insert(word);
                }
            }
        }
        (crowd, act)
    })
}

/// Whether a verb's act is a protest when a crowd does it
/// (`resources/crowds.txt`).
pub(crate) fn crowd_act(lemma: &str) -> bool {
    crowds().1.contains(lemma)
}

/// The words of a list file: one per line, blank lines and `#` comments
/// skipped.
fn word_list(text: &'static str) -> std::collections::HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Whether a noun names a proposal, request or decision that stands for
/// its author as a recipient (`resources/author_nouns.txt`).
fn author_noun(lemma: &str) -> bool {
    static NOUNS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    NOUNS
        .get_or_init(|| word_list(include_str!("../resources/author_nouns.txt")))
        .contains(lemma)
}

/// The author of proposal-like noun `w`: its possessor ("Sweden's
/// decision"), its by- or from-phrase ("an appeal from the president"),
/// the agent of a participle on it, else an actor or nationality named
/// in the modifiers before it ("a Security Council resolution", "an
/// Indian proposal", "US mediation"). A run of proper names before it
/// that no entity covers becomes an organization.
fn author(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Option<usize> {
    let by = a
        .children(w)
        .find(|&k| {
            rel(a, k) == "nmod:poss"
                || (rel(a, k).starts_with("nmod")
                    && matches!(prep_of(a, k).as_deref(), Some("by" | "from")))
        })
        .or_else(|| {
            a.children(w)
                .filter(|&k| rel(a, k).starts_with("acl"))
                .find_map(|k| a.passive_agent(k))
        });
    if let Some(k) = by {
        if let Some(e) = resolve_one(a, r, k) {
            return Some(e);
        }
        if a.tokens[k].upos == Upos::Propn {
            let sub = a.subtree(k);
            let span = Span::new(
                a.tokens[sub.start].span.start,
                a.tokens[sub.end.max(sub.start + 1) - 1].span.end,
            );
            if let Some(e) = r.demonym_in(span) {
                return Some(e);
            }
            // A name the actor stage did not know ("Trump's demand"): a
            // new actor for it, without its possessive ending.
            let last = (sub.start..sub.end)
                .rev()
                .find(|&t| a.tokens[t].upos == Upos::Propn)?;
            // from the first proper noun, past "the"; a lower-case one
            // ("the league's decision") is no name
            let first = (sub.start..=last).find(|&t| a.tokens[t].upos == Upos::Propn)?;
            let at = Span::new(a.tokens[first].span.start, a.tokens[last].span.end);
            // part of a known name ("Kurdistan Workers' Party"): that one
            if let Some(e) = r.covering(at) {
                return Some(e);
            }
            let name = r.text.get(at.start..at.end)?.trim().to_string();
            if !name.starts_with(char::is_uppercase) {
                return None;
            }
            let kind = if name.chars().all(|c| !c.is_lowercase()) {
                EntityKind::Organization
            } else {
                EntityKind::Person
            };
            let country = r.country_code_in(at);
            return Some(r.add(name, kind, country, at));
        }
    }
    // The modifiers right before the noun, past its determiner.
    let start = a.sentences[a.tokens[w].sentence as usize].tokens.start;
    let mut first = w;
    while first > start
        && matches!(
            a.tokens[first - 1].upos,
            Upos::Propn | Upos::Adj | Upos::Noun | Upos::Num
        )
        && !matches!(rel(a, first - 1), "nsubj" | "obj" | "obl")
    {
        first -= 1;
    }
    if first == w {
        return None;
    }
    let span = Span::new(a.tokens[first].span.start, a.tokens[w - 1].span.end);
    if let Some(k) = r
        .within(span)
        .iter()
        .filter(|(m, k)| span.contains(*m) && r.entities[*k].kind != EntityKind::Location)
        .map(|&(_, k)| k)
        .next_back()
    {
        return Some(k);
    }
    let names = (first..w)
        .rev()
        .take_while(|&k| a.tokens[k].upos == Upos::Propn)
        .last();
    if let Some(n) = names {
        if let Some(k) = r.country_in(span) {
            return Some(k);
        }
        let at = Span::new(a.tokens[n].span.start, a.tokens[w - 1].span.end);
        let name = r.text.get(at.start..at.end)?.trim().to_string();
        let country = r.country_code_in(at);
        return Some(r.add(name, EntityKind::Organization, country, at));
    }
    r.country_in(span).or_else(|| r.demonym_in(span))
}

/// Armed-group words that name the group even as adjectives.
const ARMED_GROUP_WORDS: &[&str] = &[
    "militant",
    "rebel",
    "insurgent",
    "separatist",
    "guerrilla",
    "extremist",
    "jihadist",
    "islamist",
    "terrorist",
    "paramilitary",
];

/// The side a thing belongs to when a noun before it names actors:
/// "a Karen guerrilla stronghold" (Karen guerrillas), "rebel positions"
/// (the rebels). A new group for the modifier words up to that noun.
fn owner_by_compound(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Option<usize> {
    let c = a
        .children(w)
        .filter(|&k| {
            k < w
                && match rel(a, k) {
                    "compound" => actor_noun(&lemma(a, k)),
                    // "militant hideouts", "separatist positions": words
                    // of armed groups keep naming the group as
                    // adjectives ("military aid", "official contact" do
                    // not).
                    "amod" => ARMED_GROUP_WORDS.contains(&lemma(a, k).as_str()),
                    _ => false,
                }
        })
        .last()?;
    let mut first = c;
    let start = a.sentences[a.tokens[w].sentence as usize].tokens.start;
    while first > start
        && matches!(
            a.tokens[first - 1].upos,
            Upos::Propn | Upos::Adj | Upos::Noun
        )
        && a.head(first - 1).is_some_and(|h| h == w || h == c)
    {
        first -= 1;
    }
    let span = Span::new(a.tokens[first].span.start, a.tokens[c].span.end);
    if let Some(k) = r
        .within(span)
        .iter()
        .find(|(m, k)| span.contains(*m) && r.entities[*k].kind != EntityKind::Location)
        .map(|&(_, k)| k)
    {
        return Some(k);
    }
    r.add_group(span)
}

/// Words that stand for a part of their of-phrase.
const QUANTIFIERS: &[&str] = &[
    "some",
    "many",
    "most",
    "all",
    "part",
    "dozens",
    "hundreds",
    "thousands",
    // the lemmas of the three above
    "dozen",
    "hundred",
    "thousand",
    // "tens of thousands of"
    "ten",
    "tens",
    "several",
    "one",
    "two",
    "three",
    "members",
    "rest",
    "majority",
    "number",
    "thousand",
    "hundred",
    "dozen",
    "million",
    "score",
];

/// "Several hundred people", "hundreds of people": the people who do a
/// protest, as a crowd (a new group named as written). "People" names
/// no actor elsewhere ("killed 26 people" has no side).
fn people_crowd(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Option<usize> {
    let of_count = |k: usize| {
        rel(a, k).starts_with("nmod")
            && prep_of(a, k).as_deref() == Some("of")
            && a.head(k)
                .is_some_and(|h| COUNTS.contains(&lemma(a, h).as_str()))
    };
    // (the word that gives the size, the people)
    let (size, people) = if lemma(a, w) == "person" {
        // "Thousands of people marched" read with "marched" hung on "people"
        (if of_count(w) { a.head(w)? } else { w }, w)
    } else if COUNTS.contains(&lemma(a, w).as_str()) {
        let people = a
            .children(w)
            .find(|&k| of_count(k) && lemma(a, k) == "person")?;
        (w, people)
    } else {
        return None;
    };
    if a.tokens[people].upos != Upos::Noun || r.covering(a.tokens[people].span).is_some() {
        return None;
    }
    // "around 300 people", "several hundred people": the number with
    // its own modifiers, the words right before it
    let start = a.sentences[a.tokens[size].sentence as usize].tokens.start;
    let mut first = size;
    while first > start
        && matches!(a.tokens[first - 1].upos, Upos::Num | Upos::Adj | Upos::Adv)
        && a.head(first - 1)
            .is_some_and(|h| h >= first - 1 && h <= size)
    {
        first -= 1;
    }
    let span = Span::new(a.tokens[first].span.start, a.tokens[people].span.end);
    r.add_group(span)
}

/// Quantifiers that give the size of a crowd ("hundreds of people").
const COUNTS: &[&str] = &[
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "score",
    "scores",
];

/// Nouns for people who speak or act for someone else: with a possessor
/// ("their senior officials", "Debretsion's camp") they stand for it.
const SPOKESGROUPS: &[&str] = &[
    "official",
    "leader",
    "leadership",
    "representative",
    "delegation",
    "delegate",
    "camp",
    "faction",
    "side",
    "team",
    "negotiator",
    "envoy",
    "diplomat",
    "aide",
];

/// Words that never make a participant of their own.
const NOT_PARTICIPANTS: &[&str] = &[
    "it",
    "that",
    "this",
    "which",
    "what",
    "who",
    "whom",
    "one",
    "some",
    "all",
    "both",
    "each",
    "any",
    "none",
    "something",
    "anything",
    "nothing",
    "everything",
    "there",
    "here",
    "itself",
    "way",
    "effort",
    "issue",
    "need",
    "importance",
    "situation",
    "progress",
    "time",
    "step",
    "peace",
    "help",
    "support",
    "concern",
    "statement",
    "move",
    "plan",
    "deal",
    "agreement",
];

/// The entities word `w` stands for (several for coordinated words).
fn resolve(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Vec<usize> {
    let mut words = vec![w];
    if rel(a, w) != "conj" {
        words.extend(a.children(w).filter(|&k| rel(a, k) == "conj"));
    }
    let mut out = Vec::new();
    for &x in &words {
        if let Some(k) = resolve_one(a, r, x) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
        // A plural pronoun may stand for several ("their" for "Sullivan
        // and Hajiyev").
        for k in std::mem::take(&mut r.group) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// How far back (bytes) an object pronoun looks for the person an article
/// keeps coming back to.
const SALIENCE_WINDOW: usize = 3000;

/// How far back (bytes) "both parties" looks for a "between A and B".
const SIDES_WINDOW: usize = 3000;

/// How far back (bytes) "the two ministers" looks for the two it means.
const PAIR_WINDOW: usize = 1200;

/// How many sentences "the leaders" may look back for the people who last
/// met; a plural pronoun subject looks back [`PARTY_PRONOUN_SENTENCES`].
const PARTY_SENTENCES: usize = 6;
const PARTY_PRONOUN_SENTENCES: usize = 2;

/// A definite plural that refers back to two actors just named: "the
/// (two) ministers", "the two leaders", "both presidents", "the two"
/// (people: the last two persons named before it, with a matching title
/// for "ministers", "presidents", ...), "the two countries", "both
/// governments", "the two sides" (the last two countries named), "both
/// Koreas" (the two countries with that name). The
/// first is returned, the second left in `r.group`; nothing when fewer
/// than two are named in the preceding [`PAIR_WINDOW`] bytes.
fn the_two(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Option<usize> {
    let tok = a.tokens[w];
    let lem = lemma(a, w);
    let kids: Vec<usize> = a.children(w).collect();
    let has = |words: &[&str]| kids.iter().any(|&k| words.contains(&lemma(a, k).as_str()));
    let (noun, definite) = match lem.as_str() {
        // "the two held talks", "both said": the number is the phrase.
        "two" | "three" => ("", has(&["the"])),
        "both" => ("", true),
        // "congratulated the pair": the two people just named
        "pair" | "duo" => ("", has(&["the"])),
        _ => (
            lem.as_str(),
            matches!(tok.xpos, Xpos::Nns | Xpos::Nnps) && has(&["the", "both"]),
        ),
    };
    // "both Koreas", "the two Congos": the countries named with that word
    let word = &r.text[tok.span.start..tok.span.end];
    if tok.upos == Upos::Propn && word.ends_with('s') && (has(&["both"]) || has(&["two"])) {
        let stem = &word[..word.len() - 1];
        let found: Vec<usize> = (0..r.entities.len())
            .filter(|&k| {
                r.entities[k].kind == EntityKind::Country
                    && r.entities[k].name.split_whitespace().any(|n| n == stem)
            })
            .collect();
        if let [first, second] = found[..] {
            r.group = vec![second];
            return Some(first);
        }
    }
    if !definite {
        return None;
    }
    // "the three countries", "the three": three of them
    let wanted = if lem == "three" || has(&["three"]) {
        3
    } else {
        2
    };
    // A plural with "the" and no number or "both" must not be a group
    // named just as a group ("the ministers of the bloc"): no modifiers
    // after it.
    if kids.iter().any(|&k| {
        k > w
            && rel(a, k).starts_with("nmod")
            && !(time_noun(a, k) || r.times.iter().any(|t| t.contains(a.tokens[k].span)))
    }) {
        return None;
    }
    let title = match noun {
        "" | "leader" | "man" | "woman" | "counterpart" | "host" => Some(""),
        "minister" => Some("minister"),
        "president" => Some("president"),
        "premier" => Some("premier"),
        "envoy" | "ambassador" | "diplomat" => Some("envoy|ambassador|diplomat"),
        "chancellor" => Some("chancellor"),
        _ => None,
    };
    let sides = matches!(noun, "side" | "party" | "delegation");
    let countries = sides
        || matches!(
            noun,
            "country" | "nation" | "government" | "state" | "neighbour" | "neighbor"
        );
    if title.is_none() && !countries {
        return None;
    }
    // "the leaders", "the three leaders": the people who last met, if
    // their number fits
    if matches!(noun, "" | "leader") {
        let explicit =
            matches!(lem.as_str(), "two" | "three" | "both") || has(&["two", "three", "both"]);
        let sentence = tok.sentence as usize;
        if let Some(k) = r.recent_party(sentence, PARTY_SENTENCES, explicit.then_some(wanted)) {
            return Some(k);
        }
    }
    let at = tok.span.start;
    if sides && wanted == 2 {
        // "both parties", "the two sides": the two a "between A and B"
        // set against each other, if one came shortly before
        if let Some((first, second)) = r.between_pair(at) {
            r.group = vec![second];
            return Some(first);
        }
    }
    // "Arce congratulated the pair": not the one who acts on them
    let object = matches!(rel(a, w), "obj" | "iobj")
        && a.head(w).is_some_and(|v| a.tokens[v].upos == Upos::Verb);
    let excluded = if object {
        subject_entities(a, r, w)
    } else {
        Vec::new()
    };
    let end = r.mentions.partition_point(|(m, _)| m.start < at);
    let mut found: Vec<usize> = Vec::new();
    for &(m, k) in r.mentions[..end].iter().rev() {
        if m.end + PAIR_WINDOW < at {
            break;
        }
        if m.end > at || excluded.contains(&k) {
            continue;
        }
        let e = &r.entities[k];
        let fits = if countries {
            e.kind == EntityKind::Country
        } else {
            e.kind == EntityKind::Person
                && title.is_some_and(|t| {
                    t.is_empty()
                        || e.role.as_deref().is_some_and(|role| {
                            let role = role.to_lowercase();
                            t.split('|').any(|x| role.contains(x))
                        })
                })
        };
        if fits && !found.contains(&k) {
            found.push(k);
            if found.len() == wanted {
                break;
            }
        }
    }
    if found.len() < wanted {
        return None;
    }
    r.group = found[1..].to_vec();
    Some(found[0])
}

/// The entities that name the subject of the verb `w` depends on: the
/// subject's name, or the name in apposition to its title.
fn subject_entities(a: &Analysis, r: &Resolver<'_>, w: usize) -> Vec<usize> {
    a.head(w)
        .and_then(|v| a.subject(v))
        .map(|k| {
            std::iter::once(k)
                .chain(
                    a.children(k)
                        .filter(|&c| matches!(rel(a, c), "appos" | "flat")),
                )
                .filter_map(|c| r.covering(a.tokens[c].span))
                .collect()
        })
        .unwrap_or_default()
}

/// A plural actor noun whose of-phrase coordinates countries stands for
/// each of them: "the deputy prime ministers of Armenia and Azerbaijan",
/// "the foreign ministers of Greece, Turkey and Cyprus", "delegations of
/// both countries" is not this (no names). The first country is returned,
/// the others left in `r.group`.
fn officials_of_countries(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Option<usize> {
    let tok = a.tokens[w];
    if !matches!(tok.xpos, Xpos::Nns | Xpos::Nnps) || !actor_noun(&lemma(a, w)) {
        return None;
    }
    let of = a
        .children(w)
        .find(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("of"))?;
    let mut words = vec![of];
    words.extend(a.children(of).filter(|&k| rel(a, k) == "conj"));
    if words.len() < 2 {
        return None;
    }
    let mut countries = Vec::new();
    for x in words {
        let k = r.covering(a.tokens[x].span)?;
        if r.entities[k].kind != EntityKind::Country {
            return None;
        }
        if !countries.contains(&k) {
            countries.push(k);
        }
    }
    let first = *countries.first()?;
    r.group = countries[1..].to_vec();
    Some(first)
}

fn resolve_one(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Option<usize> {
    // Following of-phrases, agents and antecedents can lead back to a word
    // already being resolved on a bad parse: bound the chain.
    if r.depth >= 4 {
        return None;
    }
    r.depth += 1;
    let found = resolve_word(a, r, w);
    r.depth -= 1;
    found
}

/// Whether the mention at `m`, inside the phrase headed by `w`, is whom an
/// act inside the phrase is done to ("the trend of detaining journalists",
/// "reports of soldiers beating protesters"): not the phrase's side.
fn patient_inside(a: &Analysis, w: usize, m: Span) -> bool {
    let sub = a.subtree(w);
    let Some(mut t) = (sub.start..sub.end).find(|&k| a.tokens[k].span.start >= m.start) else {
        return false;
    };
    while matches!(rel(a, t), "compound" | "amod" | "flat" | "nummod") {
        match a.head(t) {
            Some(h) if h != w => t = h,
            _ => break,
        }
    }
    let object_of_verb = rel(a, t) == "obj"
        && a.head(t)
            .is_some_and(|h| h != w && a.tokens[h].upos == Upos::Verb);
    // the gerund read as a modifier: "of detaining journalists"
    let gerund_before = a.children(t).any(|g| {
        g + 1 == t && a.tokens[g].xpos == Xpos::Vbg && g > 0 && a.tokens[g - 1].upos == Upos::Adp
    });
    object_of_verb || gerund_before
}

/// "a state of emergency", "a state of war": a condition, not a state
/// (the of-phrase of a country's name is one: "the State of Israel").
fn state_of_affairs(a: &Analysis, w: usize) -> bool {
    lemma(a, w) == "state"
        && a.children(w).any(|k| {
            rel(a, k).starts_with("nmod")
                && prep_of(a, k).as_deref() == Some("of")
                && a.tokens[k].upos == Upos::Noun
        })
}

fn resolve_word(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Option<usize> {
    let tok = a.tokens[w];
    if QUANTIFIERS.contains(&lemma(a, w).as_str()) {
        // "some of the Armenian army positions": the of-phrase.
        let of = a
            .children(w)
            .find(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("of"))?;
        // "hundreds of people", "thousands of students": a crowd named
        // with its size, as a reader would name it.
        if COUNTS.contains(&lemma(a, w).as_str())
            && a.tokens[of].upos == Upos::Noun
            && actor_noun(&lemma(a, of))
            && r.covering(a.tokens[of].span).is_none()
        {
            let first = a
                .children(w)
                .filter(|&k| k < w && matches!(rel(a, k), "nummod" | "amod"))
                .min()
                .unwrap_or(w);
            let span = Span::new(a.tokens[first].span.start, a.tokens[of].span.end);
            return r.add_group(span);
        }
        return resolve_one(a, r, of);
    }
    if matches!(
        lemma(a, w).as_str(),
        "head" | "chief" | "member" | "representative" | "leader"
    ) && r.covering(tok.span).is_none()
    {
        // "the heads of the two delegations", "representatives of both
        // sides": those they lead or speak for
        if let Some(of) = a
            .children(w)
            .find(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("of"))
        {
            let of_tok = a.tokens[of];
            if the_two(a, r, of).is_some() || r.covering(of_tok.span).is_some() {
                r.group.clear();
                return resolve_one(a, r, of);
            }
        }
    }
    if r.times.iter().any(|t| t.contains(tok.span)) {
        // "Iran today threatened": the parser took the date for the
        // subject and the name for its modifier.
        // "In August China recalled": the name read as the month's
        // flat part.
        let name = a.children(w).find(|&k| {
            matches!(rel(a, k), "compound" | "flat")
                && matches!(a.tokens[k].upos, Upos::Propn | Upos::Noun)
        })?;
        return resolve_one(a, r, name);
    }
    if tok.upos == Upos::Pron {
        return pronoun(a, r, w);
    }
    if let Some(k) = the_two(a, r, w) {
        return Some(k);
    }
    if let Some(k) = officials_of_countries(a, r, w) {
        return Some(k);
    }
    // "U.N. Secretary-General Kofi Annan" read as "U.N." with the name in
    // apposition: the person, not the body.
    if let Some(k) = a
        .children(w)
        .filter(|&k| rel(a, k) == "appos")
        .filter_map(|k| r.covering(a.tokens[k].span))
        .find(|&k| r.entities[k].kind == EntityKind::Person)
    {
        return Some(k);
    }
    if let Some(k) = named_after_comma(a, r, w) {
        return Some(k);
    }
    let covering = r.covering(tok.span);
    if SPOKESGROUPS.contains(&lemma(a, w).as_str())
        && covering.is_none_or(|k| {
            r.entities[k].kind == EntityKind::Group && r.entities[k].country.is_none()
        })
    {
        // "their senior officials", "Debretsion's camp": whoever they
        // speak or act for
        if let Some(owner) = a.children(w).find(|&k| rel(a, k) == "nmod:poss") {
            if let Some(k) = resolve_one(a, r, owner) {
                return Some(k);
            }
        }
    }
    if let Some(k) = covering {
        return Some(k);
    }
    if r.recipient_side && author_noun(&lemma(a, w)) {
        // "rejected a US offer" (even tagged as a verb), "vetoed a
        // Security Council resolution": the author.
        if let Some(k) = author(a, r, w) {
            return Some(k);
        }
    }
    if r.recipient_side && tok.upos == Upos::Noun && !actor_noun(&lemma(a, w)) {
        // "demanded an immediate admission by Moscow that its forces
        // ...", "crimes by Croatian extremists": the act's agent, before
        // anyone named in a clause on it.
        if let Some(by) = a
            .children(w)
            .find(|&k| rel(a, k).starts_with("nmod") && prep_of(a, k).as_deref() == Some("by"))
        {
            if let Some(k) = resolve_one(a, r, by) {
                return Some(k);
            }
        }
    }
    if !matches!(tok.upos, Upos::Noun | Upos::Propn | Upos::Adj) {
        return None;
    }
    // The base noun phrase on the surface ("U.S. Secretary of State Antony
    // Blinken", "the Armenian and Azerbaijani foreign ministers"): a title
    // and name chain names its last person, whatever the parse made of it.
    let (c0, mut c1) = base_np(a, w);
    // "The Security Council today agreed": the date is not in the name
    while c1 > c0 && (r.times.iter().any(|t| t.contains(a.tokens[c1].span)) || time_noun(a, c1)) {
        c1 -= 1;
    }
    let chunk = Span::new(a.tokens[c0].span.start, a.tokens[c1].span.end);
    if let Some(k) = r
        .within(chunk)
        .iter()
        .filter(|(m, k)| chunk.contains(*m) && r.entities[*k].kind == EntityKind::Person)
        .max_by_key(|(m, _)| m.end)
        .map(|&(_, k)| k)
    {
        return Some(k);
    }
    // An entity inside the parsed noun phrase (not in a possessor:
    // "Biden's adviser Jake Sullivan" is Sullivan), the one nearest the
    // head word: a person, then an organization or group, then for a name
    // a country.
    let (np, poss) = noun_phrase(a, w);
    let inside: Vec<(Span, usize)> = r
        .within(np)
        .iter()
        .filter(|(m, _)| np.contains(*m) && !poss.iter().any(|p| p.contains(*m)))
        .filter(|(m, _)| !(r.recipient_side && patient_inside(a, w, *m)))
        .copied()
        .collect();
    let head_at = tok.span.start;
    let of_kind = |kinds: &[EntityKind]| {
        inside
            .iter()
            .filter(|(_, k)| kinds.contains(&r.entities[*k].kind))
            .min_by_key(|(m, _)| {
                if m.start >= head_at {
                    m.start - head_at
                } else {
                    head_at - m.end
                }
            })
            .map(|&(_, k)| k)
    };
    if let Some(k) = of_kind(&[EntityKind::Person]) {
        return Some(k);
    }
    if let Some(k) = of_kind(&[EntityKind::Organization, EntityKind::Group]) {
        return Some(k);
    }
    if tok.upos == Upos::Propn {
        if let Some(k) = of_kind(&[EntityKind::Country]) {
            return Some(k);
        }
    }
    const STRIKES: [&str; 26] = [
        "vessel",
        "ship",
        "warship",
        "boat",
        "jet",
        "aircraft",
        "helicopter",
        "tank",
        "gunboat",
        "frigate",
        "strike",
        "airstrike",
        "attack",
        "shelling",
        "bombardment",
        "raid",
        "offensive",
        "bombing",
        "barrage",
        "incursion",
        "missile",
        "rocket",
        "drone",
        "shell",
        "warplane",
        "artillery",
    ];
    if !r.recipient_side && c1 > c0 && STRIKES.contains(&lemma(a, c1).as_str()) {
        // "Israeli air strikes killed ...", "Russian missiles hit ...": the
        // country named before the weapon or attack did it.
        let before = Span::new(a.tokens[c0].span.start, a.tokens[c1 - 1].span.end);
        if let Some(k) = r.country_in(before) {
            return Some(k);
        }
    }
    if r.event_words.contains(&lemma(a, c1)) {
        // An event noun ("talks hosted by Michel") is no actor; its agent
        // may be.
        // An event noun ("talks hosted by Michel", "calls by Belarus's
        // rulers", "an Australian ultimatum") is no actor; its author may
        // be.
        let agent = a
            .children(c1)
            .filter(|&k| rel(a, k).starts_with("acl"))
            .find_map(|k| a.passive_agent(k))
            .or_else(|| {
                a.children(c1).find(|&k| {
                    rel(a, k) == "nmod:poss"
                        || (rel(a, k).starts_with("nmod")
                            && matches!(prep_of(a, k).as_deref(), Some("by" | "from")))
                })
            });
        if let Some(agent) = agent {
            return resolve_one(a, r, agent);
        }
        if !r.recipient_side {
            return None;
        }
        if let Some(k) = r.country_in(chunk) {
            return Some(k);
        }
        // "hoping to see direct dialogue leading to a resolution of the
        // issues that divided Armenia and Azerbaijan": the sides named in
        // what the event is about
        let sub = a.subtree(c1);
        let span = Span::new(
            a.tokens[sub.start].span.start,
            a.tokens[sub.end - 1].span.end,
        );
        let mut sides = r.countries_in(span).into_iter();
        let first = sides.next()?;
        r.group.extend(sides);
        return Some(first);
    }
    let head_lemma = lemma(a, c1);
    if time_noun(a, w) {
        // "meet every three months in Nairobi": a time, not a thing
        return None;
    }
    // A proper noun written in lower-case letters only is a common noun
    // the tagger misread (“a peaceful and prosperous frontier”); brands
    // such as "eBay" or "my6sense" are not.
    let lower_propn = a.tokens[c1].upos == Upos::Propn
        && r.text
            .get(a.tokens[c1].span.start..a.tokens[c1].span.end)
            .is_some_and(|t| t.chars().all(char::is_lowercase));
    if (a.tokens[c1].upos == Upos::Noun || lower_propn)
        && (!actor_noun(&head_lemma) || state_of_affairs(a, c1))
    {
        // A thing ("a day-old blockade on Palestinian lorries", "aid
        // deliveries to Baghdad"): the participant is an actor named in
        // it, if any.
        // Its own words, not a clause on it ("the bloc met in Vienna",
        // misparsed as a reduced relative, does not make Vienna the bloc).
        let sub = a.subtree(w);
        let end = a
            .children(w)
            .filter(|&k| k > w && rel(a, k).starts_with("acl"))
            .map(|k| a.subtree(k).start)
            .min()
            .map_or(sub.end, |e| e.min(sub.end))
            .max(w + 1);
        let inside = Span::new(
            a.tokens[sub.start].span.start,
            a.tokens[end.max(sub.start + 1) - 1].span.end,
        );
        // "bombed Kurdish militant hideouts in northern Iraq": the side
        // that owns the thing before the place it is in.
        let owner = if r.recipient_side {
            owner_by_compound(a, r, w)
        } else {
            None
        };
        // A place the thing is in is not whom it belongs to ("seized a
        // tanker in the Strait of Hormuz").
        let locative = |m: Span| -> bool {
            let Some(t) = (sub.start..sub.end).find(|&k| a.tokens[k].span.start >= m.start) else {
                return false;
            };
            let mut cur = t;
            for _ in 0..8 {
                match a.head(cur) {
                    Some(h) if h == w => break,
                    Some(h) => cur = h,
                    None => return false,
                }
            }
            a.head(cur) == Some(w)
                && prep_of(a, cur).is_some_and(|p| {
                    matches!(
                        p.as_str(),
                        "in" | "at" | "near" | "off" | "outside" | "inside" | "around" | "along"
                    )
                })
        };
        let mut found = owner.or_else(|| {
            r.within(inside)
                .iter()
                .find(|(m, _)| {
                    inside.contains(*m)
                        && !chunk.contains(*m)
                        && !(r.recipient_side && (patient_inside(a, w, *m) || locative(*m)))
                })
                .or_else(|| r.within(chunk).iter().find(|(m, _)| chunk.contains(*m)))
                .map(|&(_, k)| k)
        });
        if found.is_none() && r.recipient_side {
            found = None.or_else(|| {
                // "lift the ban on the Islamic Salvation Front": whom the
                // thing is aimed at, named by a phrase the actor stage
                // did not list.
                // "mediation efforts between rival militias", "sanctions
                // against Russian banks": an actor noun there too.
                let on = a.children(w).find(|&k| {
                    rel(a, k).starts_with("nmod")
                        && prep_of(a, k).is_some_and(|p| {
                            matches!(
                                p.as_str(),
                                "on" | "against" | "upon" | "to" | "between" | "of"
                            )
                        })
                })?;
                // "suspended the operating permit of the state carrier
                // Belavia": the holder of the thing
                let named = prep_of(a, on).as_deref() != Some("of")
                    || a.tokens[on].upos == Upos::Propn
                    || a.children(on)
                        .any(|k| rel(a, k) == "appos" && a.tokens[k].upos == Upos::Propn);
                (named && names_actor(a, on))
                    .then(|| resolve_one(a, r, on))
                    .flatten()
            });
        }
        // On either side, a thing with no actor named in it is no
        // participant ("agreed on the working procedures", "the measures
        // freeze any assets"), unless, as an actor, it is written as a
        // name the tagger took for common words ("Big Machine has
        // denied").
        let found = found.or_else(|| r.country_in(inside));
        if found.is_some() || r.recipient_side || !written_as_name(a, r.text, c0, c1) {
            return found;
        }
    }
    if tok.upos != Upos::Pron && !NOT_PARTICIPANTS.contains(&head_lemma.as_str()) {
        // A new entity for the surface phrase, when it ends in a noun.
        if matches!(a.tokens[c1].upos, Upos::Noun | Upos::Propn) {
            let mut first = c0;
            while first < c1
                && matches!(
                    lemma(a, first).as_str(),
                    "the" | "a" | "an" | "its" | "their"
                )
            {
                first += 1;
            }
            let mut span = Span::new(a.tokens[first].span.start, a.tokens[c1].span.end);
            // "his Azerbaijani counterpart Jeyhun Bayramov": a role noun
            // followed by a two- or three-word name is a person, named by
            // the name.
            let name_start = (first..=c1)
                .rev()
                .take_while(|&k| a.tokens[k].upos == Upos::Propn)
                .last()
                .unwrap_or(c1 + 1);
            let person = c1 + 1 - name_start >= 2
                && c1 + 1 - name_start <= 3
                && name_start > first
                && a.tokens[name_start - 1].upos == Upos::Noun
                && (actor_noun(&lemma(a, name_start - 1))
                    || matches!(
                        lemma(a, name_start - 1).as_str(),
                        "counterpart" | "adviser" | "advisor"
                    ));
            if person {
                span = Span::new(a.tokens[name_start].span.start, a.tokens[c1].span.end);
                // "the rebel Kurdistan Workers' Party": a known name
                if let Some(e) = r.covering(span) {
                    return Some(e);
                }
            }
            let name = r.text.get(span.start..span.end)?.trim().to_string();
            if !name.is_empty() {
                let plural = matches!(a.tokens[c1].xpos, Xpos::Nns | Xpos::Nnps);
                let kind = if person {
                    EntityKind::Person
                } else if a.tokens[c1].upos == Upos::Propn && !plural {
                    EntityKind::Organization
                } else {
                    EntityKind::Group
                };
                // "a Russian diplomat": a demonym in the phrase gives
                // the country too.
                let country = r
                    .within(span)
                    .iter()
                    .filter(|(m, _)| span.contains(*m))
                    .find_map(|&(_, k)| r.entities[k].country.clone())
                    .or_else(|| r.country_code_in(span));
                return Some(r.add(name, kind, country, span));
            }
        }
    }
    let lem = lemma(a, w);
    if NOT_PARTICIPANTS.contains(&lem.as_str()) || tok.upos == Upos::Adj {
        return None;
    }
    // A new entity for the noun phrase: the word with its determiners,
    // modifiers and compounds (and their coordinations), no clauses.
    let mut first = w;
    for k in a.children(w) {
        if k < w
            && matches!(
                rel(a, k),
                "compound" | "amod" | "nmod:poss" | "det" | "nummod" | "flat"
            )
        {
            first = first.min(a.subtree(k).start);
        }
    }
    let mut last = w;
    for k in a.children(w) {
        if k > w && matches!(rel(a, k), "flat" | "compound") {
            last = last.max(a.subtree(k).end.saturating_sub(1));
        }
    }
    while first < w
        && matches!(
            lemma(a, first).as_str(),
            "the" | "a" | "an" | "its" | "their"
        )
    {
        first += 1;
    }
    let span = Span::new(a.tokens[first].span.start, a.tokens[last].span.end);
    let name = r.text.get(span.start..span.end)?.trim().to_string();
    if name.is_empty() {
        return None;
    }
    let plural = matches!(tok.xpos, Xpos::Nns | Xpos::Nnps);
    let kind = if tok.upos == Upos::Propn && !plural {
        EntityKind::Organization
    } else {
        EntityKind::Group
    };
    // A demonym or country inside the phrase gives the country ("a
    // Russian diplomat", "a Russian embassy official").
    let country = r
        .within(span)
        .iter()
        .filter(|(m, _)| span.contains(*m))
        .find_map(|&(_, k)| r.entities[k].country.clone())
        .or_else(|| r.country_code_in(span));
    Some(r.add(name, kind, country, span))
}

/// "urged the president, Cyril Ramaphosa, to name ...": a singular role
/// noun followed by a comma and a person's name that ends the phrase is
/// that person, whatever the parser made of the name.
fn named_after_comma(a: &Analysis, r: &Resolver<'_>, w: usize) -> Option<usize> {
    let tok = a.tokens[w];
    if tok.upos != Upos::Noun || tok.xpos != Xpos::Nn || !actor_noun(&lemma(a, w)) {
        return None;
    }
    let (comma, name) = (a.tokens.get(w + 1)?, a.tokens.get(w + 2)?);
    if comma.sentence != tok.sentence
        || name.sentence != tok.sentence
        || r.text.get(comma.span.start..comma.span.end) != Some(",")
    {
        return None;
    }
    let k = r.covering(name.span)?;
    let e = &r.entities[k];
    let mention = e
        .mentions
        .iter()
        .find(|m| m.start == name.span.start && m.contains(name.span))?;
    let after = r.text.get(mention.end..)?.trim_start();
    (e.kind == EntityKind::Person
        && (after.is_empty() || after.starts_with([',', '.', ';', ')', '\n'])))
    .then_some(k)
}

/// The base noun phrase around word `w` on the surface: adjacent
/// determiners, adjectives, names, nouns and numbers, a coordination of
/// modifiers ("Armenian and Azerbaijani"), and "of" between names
/// ("Secretary of State"). Returns the first and last token.
fn base_np(a: &Analysis, w: usize) -> (usize, usize) {
    let sent = a.sentences[a.tokens[w].sentence as usize].tokens.clone();
    let nominal = |k: usize| {
        matches!(
            a.tokens[k].upos,
            Upos::Adj | Upos::Propn | Upos::Noun | Upos::Num
        )
    };
    let name = |k: usize| a.tokens[k].upos == Upos::Propn;
    let joins = |k: usize| {
        // "and" between modifiers, "of" between names, a possessive 's.
        k > sent.start
            && k + 1 < sent.end
            && match lemma(a, k).as_str() {
                "and" => nominal(k - 1) && nominal(k + 1) && a.tokens[k + 1].upos != Upos::Noun,
                "of" | "for" => name(k - 1) && name(k + 1),
                "'s" | "’s" => name(k - 1),
                _ => false,
            }
    };
    let (mut first, mut last) = (w, w);
    while first > sent.start {
        let k = first - 1;
        if nominal(k) || joins(k) {
            first = k;
        } else if a.tokens[k].upos == Upos::Det {
            first = k;
            break;
        } else {
            break;
        }
    }
    while last + 1 < sent.end {
        let k = last + 1;
        // after a noun, "and" starts another phrase ("one soldier and
        // wounded two others")
        let after_noun = a.tokens[k - 1].upos == Upos::Noun && lemma(a, k) == "and";
        if nominal(k) || (joins(k) && !after_noun) {
            last = k;
        } else {
            break;
        }
    }
    (first, last)
}

/// The span of the noun phrase headed by `w` (modifiers, names,
/// of-phrases; no clauses or conjuncts), and the spans of its possessors.
fn noun_phrase(a: &Analysis, w: usize) -> (Span, Vec<Span>) {
    let (mut first, mut last) = (w, w);
    let mut poss = Vec::new();
    for k in a.children(w) {
        let r = rel(a, k);
        if matches!(
            r,
            "compound"
                | "flat"
                | "amod"
                | "nmod:poss"
                | "det"
                | "nummod"
                | "appos"
                | "nmod"
                | "nmod:desc"
                | "flat:name"
        ) {
            let sub = a.subtree(k);
            if sub.is_empty() {
                continue;
            }
            first = first.min(sub.start);
            last = last.max(sub.end - 1);
            if r == "nmod:poss" {
                poss.push(Span::new(
                    a.tokens[sub.start].span.start,
                    a.tokens[sub.end - 1].span.end,
                ));
            }
        }
    }
    (
        Span::new(a.tokens[first].span.start, a.tokens[last].span.end),
        poss,
    )
}

/// The entity a subject word names: its own mention, or that of its
/// apposition, flat or compound part ("Information Minister Michael Makuei
/// Lueth told ...", "his Tajik counterpart Emomali Rahmon": the subject may
/// be the title).
fn subject_entity(a: &Analysis, r: &Resolver<'_>, k: usize) -> Option<usize> {
    r.covering(a.tokens[k].span).or_else(|| {
        a.children(k)
            .filter(|&c| matches!(rel(a, c), "appos" | "flat" | "compound"))
            .find_map(|c| r.covering(a.tokens[c].span))
    })
}

/// The entity of the nearest subject (not a pronoun) between tokens
/// `from` and `to`, going back, that `wanted` accepts: in the sentence of
/// `to` the nearest one; in a sentence before, the subject of its main
/// clause before the others.
fn nearest_subject(
    a: &Analysis,
    r: &Resolver<'_>,
    from: usize,
    to: usize,
    wanted: impl Fn(&DocEntity) -> bool,
) -> Option<usize> {
    let subject = |k: &usize| rel(a, *k).starts_with("nsubj") && a.tokens[*k].upos != Upos::Pron;
    let found = |k: usize| subject_entity(a, r, k).filter(|&e| wanted(&r.entities[e]));
    let main = |k: &usize| {
        a.head(*k).is_some_and(|h| {
            rel(a, h) == "root"
                || rel(a, h) == "conj" && a.head(h).is_some_and(|g| rel(a, g) == "root")
        })
    };
    if to == 0 || from >= to {
        return None;
    }
    // the pronoun's own sentence, nearest first
    let own = a.tokens.get(to).unwrap_or(&a.tokens[to - 1]).sentence as usize;
    let here = a.sentences[own].tokens.start.max(from);
    if let Some(k) = (here..to).rev().filter(subject).find_map(found) {
        return Some(k);
    }
    // a sentence before: the subject of its main clause first ("Makuei
    // told reporters that Machar was being held. He accused ...": he is
    // Makuei), then any other subject, nearest first
    let mut end = here;
    while end > from {
        let s = a.tokens[end - 1].sentence as usize;
        let start = a.sentences[s].tokens.start.max(from);
        let mut subjects = (start..end).rev().filter(subject);
        if let Some(k) = subjects.clone().filter(main).find_map(found) {
            return Some(k);
        }
        if let Some(k) = subjects.find_map(found) {
            return Some(k);
        }
        end = start;
    }
    None
}

/// Whether "he"/"she" (`male`) may stand for `e`: a person whose titles
/// allow the pronoun, other than the speaker of the transcript turn the
/// pronoun is in ("REID: Yet in his speech he offered talks": the host
/// speaks of someone else; of himself he says "I").
fn third_person(r: &Resolver<'_>, e: &DocEntity, male: bool, speaker: Option<usize>) -> bool {
    e.kind == EntityKind::Person
        && r.may_be(e, male)
        && speaker.is_none_or(|k| r.entities[k].id != e.id)
}

/// The person who speaks the transcript turn that `at` is in: the entity
/// named by its label ("LINDE:", "ANNA REID, HOST:" in full or by surname).
fn turn_speaker(r: &Resolver<'_>, at: usize) -> Option<usize> {
    let label = turn_label(r.text, at)?;
    let last = label.split_whitespace().last()?;
    r.entities.iter().position(|e| {
        e.kind == EntityKind::Person
            && (e.name == label
                || e.name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.eq_ignore_ascii_case(last)))
    })
}

/// The speaker label of the turn that `at` is in: the label that opens its
/// line ("Linde: ...", "PRESIDENT RUTO: ...") or, in a turn of several
/// paragraphs, the last label above it (a few lines up at most). A
/// question's label ("QUESTION (...)", "Q") gives none.
fn turn_label(text: &str, at: usize) -> Option<&str> {
    let mut end = at;
    for _ in 0..12 {
        let start = text[..end].rfind('\n').map_or(0, |n| n + 1);
        let line = &text[start..end];
        if let Some((label, _)) = line.split_once(": ") {
            let label = label.trim();
            let words = label.split_whitespace().count();
            if (1..=4).contains(&words)
                && label.starts_with(char::is_uppercase)
                && !label.contains(['.', ',', '"', '“'])
            {
                let first = label.split_whitespace().next().unwrap_or("");
                let question = [
                    "QUESTION",
                    "Question",
                    "Q",
                    "REPORTER",
                    "Reporter",
                    "INTERVIEWER",
                ]
                .contains(&first);
                return (!question).then_some(label);
            }
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
    None
}

fn pronoun(a: &Analysis, r: &mut Resolver<'_>, w: usize) -> Option<usize> {
    let tok = a.tokens[w];
    let p = lemma(a, w);
    let at = tok.span.start;
    // "Syria says it will not accept ...", "the party said it will
    // boycott ...": the subject of reported speech speaks of itself.
    if matches!(p.as_str(), "it" | "they" | "he" | "she") && rel(a, w).starts_with("nsubj") {
        if let Some(clause) = a.head(w) {
            if rel(a, clause) == "ccomp" {
                if let Some(verb) = a.head(clause) {
                    if crate::status::is_saying(&lemma(a, verb)) {
                        if let Some(speaker) = a.subject(verb) {
                            if a.tokens[speaker].upos != Upos::Pron {
                                if let Some(k) = resolve_one(a, r, speaker) {
                                    return Some(k);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    if matches!(p.as_str(), "who" | "which" | "that") {
        // "the opposition, which accused the ruling party ...": the noun
        // the relative clause is on.
        let verb = a.head(w)?;
        if rel(a, verb) != "acl:relcl" {
            return None;
        }
        let noun = a.head(verb)?;
        // Only an actor acts: "a resolution that aims to impose ..." is
        // the content of the resolution, not an act of its authors.
        let acts = a.tokens[noun].upos == Upos::Propn
            || actor_noun(&lemma(a, noun))
            || r.is_actor(a.tokens[noun].span);
        return if acts { resolve_one(a, r, noun) } else { None };
    }
    match p.as_str() {
        "i" | "me" | "we" | "us" | "my" | "our" => {
            if let Some(q) = r
                .quotes
                .iter()
                .find(|q| q.span.start <= at && at < q.span.end && q.direct)
            {
                let speaker = q.speaker.as_ref()?;
                return r.entities.iter().position(|e| &e.id == speaker);
            }
            // an interview answer or a transcript's turn: "Linde: No. We
            // have not promised ...", "PRESIDENT RUTO: Good afternoon."
            // and the paragraphs after it, up to the next label
            turn_speaker(r, at)
        }
        "he" | "she"
            if matches!(rel(a, w), "obj" | "iobj" | "obl")
                && r.text.get(tok.span.start..tok.span.end).is_some_and(|f| {
                    f.eq_ignore_ascii_case("him") || f.eq_ignore_ascii_case("her")
                }) =>
        {
            // "Kosovo's president, Vjosa Osmani, praised him": whom the act
            // is done to is not its subject, but most likely whom the last
            // event was done to, or the last person spoken of
            let s = tok.sentence as usize;
            let male = p == "he";
            let excluded = subject_entities(a, r, w);
            let speaker = turn_speaker(r, at);
            let person = |e: &DocEntity| third_person(r, e, male, speaker);
            // whom an act earlier in the sentence was done to ("praised
            // him ..., and Marsudi thanked him"), else a person named
            // earlier in the sentence who is no clause's subject ("the
            // envoy, who met Netanyahu on Monday, had urged him ...")
            // (a person the last event was about, at most `back` sentences
            // before this one)
            let recent = |last: Option<(usize, usize)>, back: usize| {
                last.filter(|&(sent, k)| {
                    sent + back >= s
                        && sent <= s
                        && !excluded.contains(&k)
                        && person(&r.entities[k])
                })
                .map(|(_, k)| k)
            };
            if let Some(k) = recent(r.last_recipient, 0) {
                return Some(k);
            }
            let words = a.sentences[s].tokens.clone();
            let start = a.tokens[words.start].span.start;
            let a_subject = |m: Span| {
                let Some(mut t) = words.clone().find(|&t| a.tokens[t].span.start == m.start) else {
                    return false;
                };
                while matches!(rel(a, t), "flat" | "compound") {
                    match a.head(t) {
                        Some(h) => t = h,
                        None => break,
                    }
                }
                rel(a, t).starts_with("nsubj")
                    || rel(a, t) == "appos"
                        && a.head(t).is_some_and(|h| rel(a, h).starts_with("nsubj"))
            };
            if let Some(&(_, k)) = r
                .within(Span::new(start, at))
                .iter()
                .rev()
                .find(|&&(m, k)| {
                    m.end <= at && !excluded.contains(&k) && person(&r.entities[k]) && !a_subject(m)
                })
            {
                return Some(k);
            }
            if let Some(k) = recent(r.last_recipient, 2).or_else(|| recent(r.last_actor, 2)) {
                return Some(k);
            }
            let from = a.sentences[s.saturating_sub(3)].tokens.start;
            let free =
                |e: &DocEntity| person(e) && !excluded.iter().any(|&k| r.entities[k].id == e.id);
            nearest_subject(a, r, from, w, free).or_else(|| r.salient_before(at, free))
        }
        "he" | "him" | "his" | "she" | "her" => {
            let s = tok.sentence as usize;
            let male = matches!(p.as_str(), "he" | "him" | "his");
            let speaker = turn_speaker(r, at);
            let person = |e: &DocEntity| third_person(r, e, male, speaker);
            // A person named earlier in the same sentence ("Sullivan
            // conveyed ... during his meeting").
            let start = a.tokens[a.sentences[s].tokens.start].span.start;
            if let Some(k) = r.before(at, person) {
                if r.within(Span::new(start, at))
                    .iter()
                    .any(|&(m, j)| j == k && m.end <= at)
                {
                    return Some(k);
                }
            }
            // The person who acted in the last event, two sentences back
            // at most ("Sullivan ... during his meeting with Hajiyev. He
            // praised ...").
            if let Some((sent, k)) = r.last_actor {
                if sent + 2 >= s && sent <= s && person(&r.entities[k]) {
                    return Some(k);
                }
            }
            // The nearest person who was a subject in this or one of the
            // three sentences before, else the nearest person.
            let from = a.sentences[s.saturating_sub(3)].tokens.start;
            nearest_subject(a, r, from, w, person).or_else(|| r.before(at, person))
        }
        "they" | "them" | "their" => {
            // "Sullivan and Hajiyev ... underscored their readiness": the
            // coordinated subject of the same sentence.
            let s = a.tokens[w].sentence as usize;
            let first = a.sentences[s].tokens.start;
            let coordinated = |r: &Resolver<'_>, from: usize, to: usize| -> Option<Vec<usize>> {
                let subj = (from..to).find(|&k| {
                    rel(a, k).starts_with("nsubj") && a.children(k).any(|c| rel(a, c) == "conj")
                })?;
                // ("his Tajik counterpart Emomali Rahmon": a conjunct's name
                // may be an apposition or a part of it)
                let people: Vec<usize> = std::iter::once(subj)
                    .chain(a.children(subj).filter(|&c| rel(a, c) == "conj"))
                    .filter_map(|k| subject_entity(a, r, k))
                    .collect();
                (people.len() > 1).then_some(people)
            };
            if let Some(people) = coordinated(r, first, w) {
                r.group = people[1..].to_vec();
                return Some(people[0]);
            }
            // "The three countries said their senior officials ...": a
            // plural subject that names earlier actors
            if let Some(first) = (first..w)
                .filter(|&k| rel(a, k).starts_with("nsubj"))
                .find_map(|k| the_two(a, r, k))
            {
                return Some(first);
            }
            // "The leaders agreed ... They issued a joint statement": the
            // people who last met, referred to just before
            if rel(a, w).starts_with("nsubj") {
                if let Some(k) = r.recent_party(s, PARTY_PRONOUN_SENTENCES, None) {
                    return Some(k);
                }
                // "Japarov and Rahmon were both in Samarkand. They met on
                // the sidelines": the people the sentence before was about
                if s > 0 && a.sentences[s].tokens.start == first {
                    let before = a.sentences[s - 1].tokens.clone();
                    if let Some(people) = coordinated(r, before.start, before.end) {
                        if people
                            .iter()
                            .all(|&k| r.entities[k].kind == EntityKind::Person)
                        {
                            r.group = people[1..].to_vec();
                            return Some(people[0]);
                        }
                    }
                }
            }
            // A state or body before a generic group ("urge them" after
            // "Azerbaijan ... detaining journalists" is Azerbaijan).
            let s = a.tokens[w].sentence as usize;
            let window = a.tokens[a.sentences[s.saturating_sub(3)].tokens.start]
                .span
                .start;
            r.before(at, |e| {
                matches!(e.kind, EntityKind::Country | EntityKind::Organization)
                    || (e.kind == EntityKind::Group && e.country.is_some())
            })
            .filter(|&k| {
                r.entities[k]
                    .mentions
                    .iter()
                    .any(|m| m.start >= window && m.end <= at)
            })
            .or_else(|| r.before(at, |e| e.kind == EntityKind::Group))
        }
        "it" | "its" => {
            let body = |e: &DocEntity| {
                matches!(
                    e.kind,
                    EntityKind::Group | EntityKind::Country | EntityKind::Organization
                )
            };
            // "Algeria cut ties with Morocco, and in October it stopped
            // ...": a subject pronoun continues the nearest subject that is
            // a state or a body, in this sentence or the one before
            if rel(a, w).starts_with("nsubj") {
                let s = tok.sentence as usize;
                let from = a.sentences[s.saturating_sub(1)].tokens.start;
                if let Some(k) = nearest_subject(a, r, from, w, body) {
                    return Some(k);
                }
            }
            r.before(at, body)
        }
        "what" if r.recipient_side => {
            // "rejected what it called new Israeli conditions": the side
            // named in what is rejected.
            let sub = a.subtree(w);
            let span = Span::new(
                a.tokens[sub.start].span.start,
                a.tokens[sub.end - 1].span.end,
            );
            r.country_in(span)
        }
        _ => None,
    }
}

/// An entity's country: the one the text gave it, else, for a person, the
/// state a well-known office holder of that name serves.
pub(crate) fn known_country(e: &DocEntity) -> Option<String> {
    e.country.clone().or_else(|| {
        (e.kind == EntityKind::Person)
            .then(|| dragoman_actors::office_holder_state(&e.name))
            .flatten()
            .map(str::to_string)
    })
}
