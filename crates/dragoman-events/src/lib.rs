//! Events: a PLOVER coder over the dependency parse.
//!
//! [`EventCoder::code`] reads one document's analysis, entities, temporal
//! expressions and quotes ([`EventInput`]) and returns [`Coded`]: the
//! events, plus the participants it had to introduce as new entities (a
//! noun phrase such as "the Armenian and Azerbaijani foreign ministers" that
//! the actor stage did not list).
//!
//! For every parsed sentence, each verb, noun or adjective whose lemma is in
//! the trigger lexicon (`resources/triggers.txt`, see [`lexicon`]) is tried
//! against its lines in order; the first line whose conditions hold on the
//! parse codes the event:
//!
//! 1. **participants** ([`roles`]): subject or passive agent, objects and
//!    obliques, by the line's role scheme (directed, symmetric, visit, host,
//!    content of a statement), expanded over coordination and resolved to
//!    entities through their mentions, pronouns to their antecedents;
//! 2. **status** ([`status`]): negation, future, hypothetical; future
//!    cooperation becomes AGREE;
//! 3. **date**: the temporal expression whose head attaches to the
//!    trigger's clause; never one from elsewhere in the sentence;
//! 4. **place**: an `in`/`at` oblique naming a place entity;
//! 5. a complement that a line absorbs ("urged them *to meet*") is the
//!    event's content, not a second event; repeated reports of one event in
//!    a document (same type, shared participants) are kept once.

#![forbid(unsafe_code)]

pub mod lexicon;
pub mod quads;
pub mod roles;
pub mod status;

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use dragoman_core::{DateValue, DocEntity, DocEvent, DocQuote, EntityKind, Span};
use dragoman_nlp::{Analysis, Deprel, Upos, Xpos};
use dragoman_time::Timex;

pub use lexicon::{Lexicon, LexiconError, Pos, Roles, Trigger};
use roles::Resolver;
use status::{Named, Status};

/// What the coder reads about one document.
pub struct EventInput<'a> {
    pub text: &'a str,
    pub analysis: &'a Analysis,
    pub entities: &'a [DocEntity],
    pub timexes: &'a [Timex],
    pub quotes: &'a [DocQuote],
}

/// The coder's output for one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coded {
    pub events: Vec<DocEvent>,
    /// Participants that were not among the input entities, with ids
    /// following theirs.
    pub entities: Vec<DocEntity>,
}

/// The event coder. Cheap to clone (the lexicon is shared).
#[derive(Debug, Clone)]
pub struct EventCoder {
    lexicon: Arc<Lexicon>,
}

impl Default for EventCoder {
    /// The built-in trigger lexicon, read once per process.
    fn default() -> Self {
        static BUILTIN: OnceLock<Arc<Lexicon>> = OnceLock::new();
        let lexicon = BUILTIN.get_or_init(|| {
            // The shipped file is checked by the unit tests.
            Arc::new(Lexicon::builtin().expect("built-in trigger lexicon is valid"))
        });
        EventCoder {
            lexicon: Arc::clone(lexicon),
        }
    }
}

/// A trigger that fired, before participants are resolved.
struct Hit<'l> {
    token: usize,
    trigger: &'l Trigger,
    /// The word that satisfied an `obj=` condition (part of the trigger).
    object: Option<usize>,
}

impl EventCoder {
    /// The built-in lexicon plus user lines (`[triggers]` sections of
    /// `--dict` files, or whole files of trigger lines).
    pub fn with_extra(texts: &[(&str, &str)]) -> Result<EventCoder, LexiconError> {
        let mut lex = Lexicon::builtin()?;
        for (name, text) in texts {
            lex.add(text, name)?;
        }
        Ok(EventCoder {
            lexicon: Arc::new(lex),
        })
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Whether a sentence (given its tokens' lemmas) may hold an event, so
    /// that the pipeline parses it.
    pub fn needs_parse(&self, lemmas: &[&str]) -> bool {
        lemmas.iter().any(|l| self.lexicon.has_lemma(l))
    }

    /// The events of one document.
    pub fn code(&self, input: &EventInput<'_>) -> Coded {
        let a = input.analysis;
        let principals = principal_countries(input);
        let mut resolver = Resolver::new(input, self.lexicon.noun_lemmas());
        let dating = Dating {
            quotes: quote_dates(a, input.timexes, input.quotes),
            timexes: dating_timexes(input),
        };
        let mut events: Vec<DocEvent> = Vec::new();
        for s in 0..a.sentences.len() {
            if !a.sentence_parsed(s) {
                continue;
            }
            let actor = |k: usize, named: Named| match named {
                Named::Actor => {
                    a.tokens[k].upos == Upos::Propn || resolver.is_actor(a.tokens[k].span)
                }
                Named::Person => resolver.is_person(a.tokens[k].span),
            };
            let hits = self.sentence_hits(input.text, a, s, &actor);
            // Triggers inside the complement of a request, offer or threat
            // are its content ("urged them to resume talks").
            let mut absorbed: Vec<usize> = Vec::new();
            for h in hits.iter().filter(|h| h.trigger.absorb) {
                for c in status::complements(a, h.token) {
                    let sub = a.subtree(c);
                    absorbed.extend(hits.iter().map(|o| o.token).filter(|t| sub.contains(t)));
                }
            }
            // The object of an event is its content ("rejected an appeal",
            // "agreed to mediation in the talks"), and a purpose or manner
            // clause its aim ("rioted, demanding ..."): not events of
            // their own.
            for h in &hits {
                let Some(head) = a.head(h.token) else {
                    continue;
                };
                if !hits.iter().any(|o| o.token == head) {
                    continue;
                }
                let r = status::rel(a, h.token);
                let setting = status::prep_of(a, h.token)
                    .is_some_and(|p| matches!(p.as_str(), "during" | "in" | "at" | "on"));
                // a meeting that names its own sides ("satisfaction with
                // the conversation between A and B") is an event of its own
                let own_sides = a
                    .children(h.token)
                    .any(|k| status::prep_of(a, k).is_some_and(|p| p == "between"));
                let content = match h.trigger.pos {
                    Pos::Noun if own_sides => false,
                    Pos::Noun => {
                        matches!(r, "obj" | "nsubj:pass")
                            || (!setting && (r == "obl" || r.starts_with("nmod")))
                    }
                    // "rallied ... before police dispersed them": what
                    // happened next or meanwhile is an event of its own
                    // (a clause of cause, "after X agreed", stays the
                    // background it was)
                    // (nor is a decision's infinitive the parser hung on
                    // the verb: "regret over the decision, announced by
                    // China, to downgrade relations")
                    _ => {
                        matches!(r, "advcl" | "xcomp")
                            && roles::decision_agent(a, h.token).is_none()
                            && !a.children(h.token).any(|k| {
                                status::rel(a, k) == "mark"
                                    && matches!(
                                        a.lemma(k).to_lowercase().as_str(),
                                        "before" | "when" | "while" | "until"
                                    )
                            })
                    }
                };
                if content {
                    absorbed.push(h.token);
                }
            }
            let consumed: Vec<usize> = hits.iter().filter_map(|h| h.object).collect();
            for hit in &hits {
                if absorbed.contains(&hit.token) || consumed.contains(&hit.token) {
                    continue;
                }
                let Some((ev, joins)) = self.event(input, &mut resolver, hit, &hits, s, &dating)
                else {
                    continue;
                };
                if joins {
                    // Add the mediator to the meeting of the last two
                    // sentences, if there is one.
                    let near = |e: &DocEvent| {
                        e.event_type == "CONSULT"
                            && a.sentences
                                .iter()
                                .position(|x| x.span == e.sentence)
                                .is_some_and(|k| k + 2 >= s)
                    };
                    if let Some(prev) = events.iter_mut().rev().find(|e| near(e)) {
                        for id in ev.actors {
                            if !prev.actors.contains(&id) {
                                prev.actors.push(id);
                            }
                        }
                        prev.actors.append(&mut prev.recipients);
                        prev.mode = Some("third-party".into());
                    }
                    continue;
                }
                let mut ev = ev;
                if ev.event_type == "CONSULT" && ev.mode.as_deref() == Some("visit") {
                    resolver.host_countries(&mut ev.recipients);
                }
                resolver.note_actors(s, &ev.actors, &ev.recipients);
                resolver.note_party(s, &ev);
                if ev.date.is_none()
                    && refers_back(a, hit.token, hit.trigger.pos == Pos::Noun, &ev.event_type)
                {
                    // "During the talks, Aliyev raised ...": the date of
                    // the meeting last reported, if it had one.
                    // A meeting named again ("the talks") must be the
                    // same one: its participants among the earlier one's.
                    let same_people = |e: &DocEvent| {
                        hit.trigger.pos != Pos::Noun
                            || ev
                                .actors
                                .iter()
                                .chain(&ev.recipients)
                                .all(|p| e.actors.contains(p) || e.recipients.contains(p))
                    };
                    let meetings = || {
                        events
                            .iter()
                            .rev()
                            .filter(|e| e.event_type == "CONSULT" && !e.negated)
                    };
                    let last = meetings().next().filter(|e| same_people(e));
                    // an undated account of the meeting ("Borrell and
                    // Lajcak met the two leaders") after the dated one
                    // ("Talks between Vucic and Kurti ... ended on
                    // Thursday"): a participant of both makes them one
                    let shares = |x: &DocEvent, y: &DocEvent| {
                        x.actors
                            .iter()
                            .chain(&x.recipients)
                            .any(|p| y.actors.contains(p) || y.recipients.contains(p))
                    };
                    let dated = last.and_then(|l| {
                        l.date.clone().or_else(|| {
                            meetings()
                                .skip(1)
                                .find(|e| e.date.is_some() && shares(e, l))
                                .and_then(|e| e.date.clone())
                        })
                    });
                    if let Some(d) = dated {
                        carry_date(&mut ev, d, "carried");
                    }
                }
                if ev.date.is_none()
                    && same_day_after(
                        &input.text[a.sentences[s].span.start..a.sentences[s].span.end],
                    )
                {
                    // "held phone talks ... hours after the launch": the
                    // day of the last dated event, in this sentence or the
                    // one before
                    let from = a.sentences[s.saturating_sub(1)].span.start;
                    if let Some(d) = events
                        .iter()
                        .rev()
                        .take_while(|e| e.sentence.start >= from)
                        .find_map(|e| e.date.clone().filter(|d| d.value.is_some()))
                    {
                        carry_date(&mut ev, d, "hours-after");
                    }
                }
                if ev.date.is_none() && is_verbal(&ev.event_type) {
                    // "Lubinets said on Wednesday that ... He accused
                    // Russia ...": the statement goes on
                    if let Some(d) = statement_goes_on(input, &dating.timexes, hit.token, &ev) {
                        carry_date(&mut ev, d, "statement");
                    }
                }
                if ev.date.is_none() {
                    if let Some(d) = resolver.party_date(&ev.actors) {
                        carry_date(&mut ev, d, "party");
                    }
                }
                if hit.trigger.pos == Pos::Verb
                    && (ev.recipients.is_empty() || object_has_content(a, hit.token))
                {
                    answer_earlier_act(input, hit.token, &mut ev, &events);
                }
                if ev.recipients.is_empty() && ev.event_type == "REJECT" {
                    answer_accusers(input, &mut ev, &events);
                }
                if ev.recipients.is_empty()
                    && matches!(ev.event_type.as_str(), "COERCE" | "ASSAULT")
                {
                    crowd_target(input, &resolver, hit.token, &mut ev, &events);
                }
                if ev.recipients.is_empty() && is_verbal(&ev.event_type) {
                    address_to_interlocutor(input, &mut ev, &events, s);
                }
                if ev.recipients.is_empty() {
                    address_to_principals(input, &principals, &mut ev);
                }
                if !hit.trigger.pred.is_empty() && ev.recipients.is_empty() {
                    // "called the memorandum an assault": what one side
                    // calls an act it cannot pin on anyone is an opinion,
                    // not an accusation an analyst can place
                    continue;
                }
                if ev.actors.is_empty() && !names_a_side(&resolver, &ev.recipients) {
                    // "civilians were killed", "roads are blocked": no one
                    // named on either side tells an analyst nothing
                    continue;
                }
                merge_or_push(&mut events, ev);
            }
        }
        protest_topics(&mut events);
        for (k, e) in events.iter_mut().enumerate() {
            e.id = format!("V{}", k + 1);
        }
        Coded {
            events,
            entities: resolver.into_new_entities(),
        }
    }

    fn sentence_hits(
        &self,
        text: &str,
        a: &Analysis,
        s: usize,
        actor: &dyn Fn(usize, Named) -> bool,
    ) -> Vec<Hit<'_>> {
        let mut hits = Vec::new();
        for i in a.sentences[s].tokens.clone() {
            let pos = match a.tokens[i].upos {
                Upos::Verb => Pos::Verb,
                Upos::Noun => Pos::Noun,
                Upos::Adj => Pos::Adj,
                _ => continue,
            };
            if in_title_case(text, a, s, i) {
                continue;
            }
            let lemma = trigger_lemma(&self.lexicon, pos, a.lemma(i));
            for t in self.lexicon.get(pos, &lemma) {
                if let Some(object) = status::conditions_hold(a, i, t, actor) {
                    hits.push(Hit {
                        token: i,
                        trigger: t,
                        object,
                    });
                    break;
                }
            }
        }
        hits
    }

    fn event(
        &self,
        input: &EventInput<'_>,
        resolver: &mut Resolver<'_>,
        hit: &Hit<'_>,
        hits: &[Hit<'_>],
        s: usize,
        dating: &Dating,
    ) -> Option<(DocEvent, bool)> {
        let a = input.analysis;
        let t = hit.trigger;
        let root_is_verb = a
            .sentence_root(s)
            .is_some_and(|r| matches!(a.tokens[r].upos, Upos::Verb | Upos::Aux));
        if t.pos == Pos::Noun
            && matches!(status::rel(a, hit.token), "obl" | "nmod")
            && status::prep_of(a, hit.token).is_some_and(|p| p == "to" || p == "of")
        {
            // "in response to Russia's aggression", "the anniversary of
            // the talks": an event named as background.
            return None;
        }
        if t.pos == Pos::Verb && status::rel(a, hit.token) == "amod" {
            // "proposed changes": a participle used as an adjective.
            return None;
        }
        if t.pos == Pos::Verb
            && status::rel(a, hit.token) == "acl"
            && !matches!(a.tokens[hit.token].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            && (root_is_verb
                || a.passive_agent(hit.token)
                    .is_some_and(|g| status::prep_of(a, g).is_none_or(|p| p == "by")))
        {
            // "talks hosted by Michel", "troops deployed there": a
            // participle describing a noun is background, not a report.
            return None;
        }
        let mut parts = roles::participants(a, resolver, hit.token, t, hit.object);
        let material = matches!(
            t.event_type,
            "COOPERATE"
                | "AID"
                | "RETREAT"
                | "CONCEDE"
                | "PROTEST"
                | "SANCTION"
                | "MOBILIZE"
                | "COERCE"
                | "ASSAULT"
        );
        if parts.actors.is_empty() && (!material || parts.recipients.is_empty()) {
            // Who did it is the least a statement-like event needs; a
            // material one reported in the passive ("journalists were
            // detained") may name only its target.
            return None;
        }
        let st: Status = status::status(a, hit.token);
        if st.condition_only {
            // The condition of a threat or offer ("unless Baku agrees to
            // talks") is not an event.
            return None;
        }
        let mut event_type = t.event_type.to_string();
        let mut mode = parts.mode.or_else(|| t.mode.clone());
        let mut rule = t.rule.clone();
        if matches!(t.event_type, "ASSAULT" | "COERCE")
            && roles::crowd_act(&a.lemma(hit.token).to_lowercase())
            && !parts.actors.is_empty()
            && parts.actors.iter().all(|x| resolver.is_crowd(x))
        {
            // Storming, blockading or torching is a protest when a crowd
            // does it ("protesters stormed the parliament"), and force when
            // troops or police do.
            event_type = "PROTEST".to_string();
            mode = None;
            rule.push_str("+crowd");
        }
        if t.event_type == "AID"
            && a.lemma(hit.token).eq_ignore_ascii_case("send")
            && a.objects(hit.token).iter().any(|&o| {
                matches!(
                    a.lemma(o).to_ascii_lowercase().as_str(),
                    "troop" | "soldier" | "force" | "unit" | "reinforcement" | "tank" | "vehicle"
                )
            })
            && resolver.all_places(&parts.recipients)
        {
            // troops sent to a place ("Madrid sent troops to Ceuta") are
            // deployed; sent to a country or a body, they are military aid
            event_type = "MOBILIZE".to_string();
            mode = None;
            parts.recipients.clear();
            rule.push_str("+deploy");
        }
        let inner_hit = if t.absorb {
            // The event a request, offer or threat is about: a trigger in
            // its complement clause ("urged them to resume talks").
            let comps = status::complements(a, hit.token);
            // Not one in a clause on a noun ("offered to hand over two
            // nationals suspected of blowing up a plane").
            hits.iter().find(|h| {
                comps.iter().any(|&c| {
                    let sub = a.subtree(c);
                    sub.contains(&h.token) && !under_noun_clause(a, h.token, c)
                })
            })
        } else {
            None
        };
        if mode.is_none() {
            mode = inner_hit.and_then(|inner| content_mode(t.event_type, inner.trigger.event_type));
        }
        let inner_type = inner_hit.map(|h| h.trigger.event_type);
        let mut negated = st.negated;
        if (st.future || st.hypothetical)
            && st.conditional
            && (is_conflict(t.event_type) || t.event_type == "RETREAT")
            || (st.future
                && matches!(
                    t.event_type,
                    "SANCTION" | "COERCE" | "ASSAULT" | "MOBILIZE" | "REJECT" | "PROTEST"
                ))
            || (t.event_type == "AGREE"
                && inner_type
                    .is_some_and(|it| is_conflict(it) && !matches!(it, "REQUEST" | "ACCUSE")))
        {
            // A conflict action announced for the future, or held out as a
            // condition ("will withdraw unless ...", "vowed to fight"), is a
            // threat; agreeing to ask or to accuse is not ("agreed to ask
            // chocolate makers to pay more").
            event_type = "THREATEN".to_string();
            mode = inner_type
                .and_then(|it| content_mode("THREATEN", it))
                .or(mode);
            rule.push_str("+threat");
        } else if st.future
            && matches!(
                t.event_type,
                "CONSULT" | "SUPPORT" | "COOPERATE" | "AID" | "CONCEDE" | "RETREAT"
            )
        {
            // PLOVER: promised or planned cooperation is AGREE.
            event_type = "AGREE".to_string();
            mode = None;
            rule.push_str("+future");
            if t.roles == Roles::Symmetric
                && parts.recipients.is_empty()
                && !parts.subject_side.is_empty()
            {
                // A promise made to the partners: "Jordan will exchange
                // intelligence with Saudi Arabia" is Jordan's, to Riyadh.
                let (own, partners): (Vec<String>, Vec<String>) = parts
                    .actors
                    .iter()
                    .cloned()
                    .partition(|x| parts.subject_side.contains(x));
                if !own.is_empty() {
                    parts.actors = own;
                    parts.recipients = partners;
                }
            }
        }
        if event_type != t.event_type && t.roles == Roles::Host && mode.is_none() {
            // "will (not) receive the refugees": the host promises or
            // refuses; the guest is the recipient.
            std::mem::swap(&mut parts.actors, &mut parts.recipients);
        }
        if negated && matches!(event_type.as_str(), "AGREE" | "SUPPORT") && t.pos == Pos::Verb {
            // "will not accept", "did not agree": a refusal.
            event_type = "REJECT".to_string();
            negated = false;
            rule.push_str("+negated");
        }
        let trigger_span = match hit.object {
            Some(o) if o > hit.token => span(a, hit.token, o),
            Some(o) => span(a, o, hit.token),
            None => a.tokens[hit.token].span,
        };
        let sentence = a.sentences[s].span;
        let mut date = governing_date(a, &dating.timexes, hit.token, is_verbal(&event_type));
        if date.is_none() && is_verbal(&event_type) {
            // A request, accusation or promise made in a quote or in
            // reported speech happens when it is spoken: the date of the
            // statement ("We continue to urge them ...", Miller said on
            // Tuesday).
            let at = a.tokens[hit.token].span;
            date = input
                .quotes
                .iter()
                .position(|q| q.span.contains(at))
                .and_then(|k| dating.quotes.get(k).cloned().flatten());
        }
        if event_type == "THREATEN" {
            // "Putin warned that Russia would respond if ...": an
            // official's threat is held over the other side, not over his
            // own country
            parts
                .recipients
                .retain(|x| !parts.actors.iter().any(|y| resolver.serves(y, x)));
        }
        if event_type == "THREATEN" && parts.recipients.is_empty() {
            // "threatened to halt the talks if Washington imposes new
            // sanctions": the threat is held over Washington.
            parts.recipients = roles::condition_party(a, resolver, hit.token);
            parts.recipients.retain(|x| !parts.actors.contains(x));
        }
        if event_type == "PROTEST" {
            // "rallied in front of the Tajik embassy in Bishkek": the city
            // is where, not whom, a crowd protests
            parts
                .recipients
                .retain(|x| resolver.kind_of(x) != Some(EntityKind::Location));
        }
        if event_type == "PROTEST" && parts.recipients.is_empty() {
            parts
                .recipients
                .extend(roles::protest_target(a, resolver, hit.token));
        }
        if event_type == "PROTEST" {
            // outside the Belarusian embassy: against Belarus
            for x in parts.recipients.iter_mut() {
                if let Some(c) = resolver.mission_country(x) {
                    *x = c;
                }
            }
            parts.recipients.dedup();
        }
        if negated && event_type == "REQUEST" && parts.recipients.is_empty() {
            // "We are not asking anyone's permission": a request made of
            // no one, and not made, tells nothing
            return None;
        }
        if event_type != "PROTEST" {
            // "recalled its ambassador from Vilnius": a capital on the
            // receiving side stands for its country
            for x in parts.recipients.iter_mut() {
                if let Some(country) = resolver.capital_country(x, &parts.actors) {
                    *x = country;
                }
            }
            let mut seen = Vec::new();
            parts.recipients.retain(|x| {
                let new = !seen.contains(x) && !parts.actors.contains(x);
                seen.push(x.clone());
                new
            });
        }
        let location = roles::location(a, resolver, hit.token);
        if parts.recipients.is_empty() && matches!(event_type.as_str(), "ASSAULT" | "COERCE") {
            if let Some(place) = hit.object.and_then(|o| roles::object_place(a, resolver, o)) {
                parts.recipients.push(place);
            }
        }
        if parts.recipients.is_empty() && material {
            // A material act with no named target affects the place where
            // it happens ("lifted the curfew in Montenegro").
            if let Some(place) = &location {
                if !parts.actors.contains(place) {
                    parts.recipients.push(place.clone());
                }
            }
        }
        let joins = parts.joins_previous;
        Some((
            DocEvent {
                id: String::new(),
                event_type,
                mode,
                actors: parts.actors,
                recipients: parts.recipients,
                date,
                location,
                negated,
                status: st.label().to_string(),
                trigger: trigger_span,
                sentence,
                rule,
            },
            joins,
        ))
    }
}

/// The lemma to look up: the tagger's lemma, or a near form when the
/// lemmatizer left an inflection on a word the lexicon knows (`agreed`
/// lemmatized as itself gives `agree`).
fn trigger_lemma(lex: &Lexicon, pos: Pos, lemma: &str) -> String {
    let lower = lemma.to_lowercase();
    if !lex.get(pos, &lower).is_empty() {
        return lower;
    }
    for (suffix, repl) in [
        ("ed", ""),
        ("d", ""),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ies", "y"),
    ] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            let cand = format!("{stem}{repl}");
            if stem.len() >= 3 && !lex.get(pos, &cand).is_empty() {
                return cand;
            }
        }
    }
    lower
}

/// From the first token's start to the last token's end.
fn span(a: &Analysis, first: usize, last: usize) -> Span {
    Span::new(a.tokens[first].span.start, a.tokens[last].span.end)
}

/// Verbal cooperation and conflict: saying it is doing it.
fn is_verbal(t: &str) -> bool {
    matches!(
        t,
        "AGREE" | "SUPPORT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN"
    )
}

/// A statement-like event with no recipient, made by a party to a meeting
/// reported just before (up to three sentences back), is addressed to the
/// other side of that meeting: "Aliyev held talks with O'Brien. O'Brien
/// stressed America's readiness to support these efforts" is O'Brien's
/// (and America's) promise to Aliyev. The speaker's side is the meeting's
/// participants that are the speaker or share the speaker's country; the
/// rest are the interlocutors. Nothing changes when the speaker took no
/// part in the meeting or the meeting has no other side.
fn address_to_interlocutor(
    input: &EventInput<'_>,
    ev: &mut DocEvent,
    events: &[DocEvent],
    s: usize,
) {
    let a = input.analysis;
    // (a well-known office holder's country, when the text gave none)
    let country = |id: &str| {
        input
            .entities
            .iter()
            .find(|e| e.id == id)
            .and_then(roles::known_country)
    };
    let sentence_of = |e: &DocEvent| a.sentences.iter().position(|x| x.span == e.sentence);
    let Some(meeting) = events.iter().rev().find(|e| {
        e.event_type == "CONSULT"
            && !e.negated
            && sentence_of(e).is_some_and(|k| k + 3 >= s && k <= s)
    }) else {
        return;
    };
    let speaker_countries: Vec<String> = ev.actors.iter().filter_map(|id| country(id)).collect();
    let on_speaker_side = |id: &String| {
        ev.actors.contains(id) || country(id).is_some_and(|c| speaker_countries.contains(&c))
    };
    let parties: Vec<&String> = meeting.actors.iter().chain(&meeting.recipients).collect();
    if !parties.iter().any(|p| on_speaker_side(p)) {
        return;
    }
    let mut others: Vec<String> = parties
        .iter()
        .filter(|&&p| !on_speaker_side(p))
        .map(|&p| p.clone())
        .collect();
    let mut countries: Vec<String> = parties.iter().filter_map(|p| country(p)).collect();
    countries.sort_unstable();
    countries.dedup();
    if others.is_empty() && countries.len() == 1 {
        // a meeting inside one country: the other people at it
        others = parties
            .iter()
            .filter(|&&p| {
                !ev.actors.contains(p)
                    && input
                        .entities
                        .iter()
                        .any(|e| &e.id == p && e.kind == EntityKind::Person)
            })
            .map(|&p| p.clone())
            .collect();
    }
    if !others.is_empty() {
        ev.recipients = others;
        ev.rule.push_str("+interlocutor");
    }
}

/// The two countries a document is about: the two named most often, each
/// at least [`PRINCIPAL_MENTIONS`] times, and more often than any third.
fn principal_countries(input: &EventInput<'_>) -> Option<[String; 2]> {
    let mut counted: Vec<(usize, &DocEntity)> = input
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Country)
        .map(|e| (e.mentions.len(), e))
        .collect();
    counted.sort_by_key(|x| std::cmp::Reverse(x.0));
    let (n1, first) = *counted.first()?;
    let (n2, second) = *counted.get(1)?;
    let third = counted.get(2).map_or(0, |x| x.0);
    (n1 >= PRINCIPAL_MENTIONS && n2 >= PRINCIPAL_MENTIONS && n2 > third)
        .then(|| [first.id.clone(), second.id.clone()])
}

/// See [`principal_countries`].
const PRINCIPAL_MENTIONS: usize = 3;

/// A third party's appeal, welcome or offer with no one named to receive
/// it is addressed to the two sides the document is about: "China urged
/// restraint", "Guterres welcomed the announcement", "Russia offered to
/// mediate", in a report on a dispute between two states.
fn address_to_principals(
    input: &EventInput<'_>,
    principals: &Option<[String; 2]>,
    ev: &mut DocEvent,
) {
    let Some(sides) = principals else {
        return;
    };
    // of agreements, only an offer is made to someone ("agreed" with no
    // one named is among the agreeing parties themselves)
    let addressed = match ev.event_type.as_str() {
        "REQUEST" | "SUPPORT" | "ACCUSE" => true,
        "AGREE" => ev.rule.contains(":offer"),
        _ => false,
    };
    if !addressed || ev.actors.is_empty() {
        return;
    }
    let side_country: Vec<Option<String>> =
        sides.iter().map(|id| entity_country(input, id)).collect();
    // a party itself, or one of its people or bodies, is no third party
    let party = |id: &String| {
        sides.contains(id)
            || entity_country(input, id).is_some_and(|c| side_country.contains(&Some(c)))
    };
    if ev.actors.iter().any(party) {
        return;
    }
    ev.recipients = sides.to_vec();
    ev.rule.push_str("+principals");
}

/// The country of the input entity with id `id`.
fn entity_country(input: &EventInput<'_>, id: &str) -> Option<String> {
    input
        .entities
        .iter()
        .find(|e| e.id == id)
        .and_then(|e| e.country.clone())
}

/// What dates a document's events: the time expressions that may, and
/// the date each quote was spoken.
struct Dating {
    timexes: Vec<Timex>,
    quotes: Vec<Option<DateValue>>,
}

/// The time expressions that may date an event: not the speaker's own
/// "today" or "tomorrow" inside a direct quote, which count from the day
/// the words were spoken, not from the publication date ("would not
/// recognise Kosovo \"today, tomorrow or ever\"", said on Thursday).
fn dating_timexes(input: &EventInput<'_>) -> Vec<Timex> {
    const DEICTIC: [&str; 8] = [
        "today",
        "tomorrow",
        "yesterday",
        "tonight",
        "now",
        "this week",
        "next week",
        "last week",
    ];
    input
        .timexes
        .iter()
        .filter(|t| {
            let quoted = input
                .quotes
                .iter()
                .any(|q| q.direct && q.span.start <= t.span.start && t.span.end <= q.span.end);
            let lower = t.text.to_lowercase();
            !(quoted && DEICTIC.iter().any(|d| lower.contains(d)))
        })
        .cloned()
        .collect()
}

/// What a noun of `resources/answered_acts.txt` names again: the PLOVER
/// types of the events it can refer back to, and the verbs that tell the
/// act itself ("fired" for "the launch").
struct AnsweredAct {
    types: Vec<&'static str>,
    verbs: Vec<&'static str>,
}

/// The acts a noun can name again (`resources/answered_acts.txt`), by
/// lemma.
fn answered_acts() -> &'static std::collections::HashMap<&'static str, AnsweredAct> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, AnsweredAct>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        include_str!("../resources/answered_acts.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut parts = l.split('|');
                let noun = parts.next()?.trim();
                let types = parts.next()?.split_whitespace().collect();
                let verbs = parts
                    .next()
                    .map_or(Vec::new(), |v| v.split_whitespace().collect());
                Some((noun, AnsweredAct { types, verbs }))
            })
            .collect()
    })
}

/// A response without a recipient whose object names an act reported
/// earlier ("Beijing rejected the protest", "condemned the sanctions as
/// illegal") answers whoever did that act: the actors of the last earlier
/// event of a type the noun can name. Only for a definite object with no
/// author of its own ("the protest", not "a protest" or "Manila's
/// protest").
fn answer_earlier_act(
    input: &EventInput<'_>,
    verb: usize,
    ev: &mut DocEvent,
    earlier: &[DocEvent],
) {
    let a = input.analysis;
    if !matches!(
        ev.event_type.as_str(),
        "REJECT" | "ACCUSE" | "SUPPORT" | "AGREE"
    ) {
        return;
    }
    let Some(obj) = a
        .children(verb)
        .find(|&k| status::rel(a, k) == "obj" && a.tokens[k].upos == Upos::Noun)
    else {
        return;
    };
    // the act the object names: the object itself, or its compound when
    // the tagger took an adjective for the head ("called the move
    // disproportionate")
    let known = |k: usize| answered_acts().contains_key(a.lemma(k).to_lowercase().as_str());
    let act = if known(obj) {
        obj
    } else {
        a.children(obj)
            .find(|&k| status::rel(a, k) == "compound" && known(k))
            .unwrap_or(obj)
    };
    let Some(known_act) = answered_acts().get(a.lemma(act).to_lowercase().as_str()) else {
        return;
    };
    let types = &known_act.types;
    let definite = a.children(obj).any(|k| {
        matches!(
            a.lemma(k).to_lowercase().as_str(),
            "the" | "this" | "that" | "these" | "those"
        )
    });
    // (a time phrase hung on the object is no author: "condemned the
    // strikes on Friday")
    // (nor a date as its possessor: "condemned Friday's strikes")
    let authored = a.children(obj).any(|k| {
        let r = status::rel(a, k);
        (r == "nmod:poss" || (r.starts_with("nmod") && a.tokens[k].upos == Upos::Propn))
            && !status::is_time_word(a, k)
    });
    if !definite || authored {
        return;
    }
    let Some(act) = earlier.iter().rev().find(|e| {
        types.contains(&e.event_type.as_str())
            && !e.actors.is_empty()
            && e.actors.iter().any(|x| !ev.actors.contains(x))
    }) else {
        // no such event coded: whoever the text says did the act, as the
        // subject of one of its verbs in the sentences before ("North
        // Korea fired an ICBM ... Yoon and Kishida condemned the launch")
        if let Some(doer) = doer_by_verb(input, verb, &known_act.verbs, &ev.actors) {
            ev.recipients = vec![doer];
            ev.rule.push_str("+answers-act");
        }
        return;
    };
    ev.recipients = act
        .actors
        .iter()
        .filter(|x| !ev.actors.contains(x))
        .cloned()
        .collect();
    ev.rule.push_str("+answers");
}

/// Whether one of `ids` names a side an analyst can place: a person, a
/// country, or a body or group of a known country ("Indian soldiers").
fn names_a_side(resolver: &Resolver<'_>, ids: &[String]) -> bool {
    ids.iter().any(|id| {
        matches!(
            resolver.kind_of(id),
            Some(EntityKind::Person | EntityKind::Country)
        ) || resolver.country_of(id).is_some()
    })
}

/// How many sentences back the doer of a condemned act is looked for.
const ACT_SENTENCES: usize = 5;

/// The actor (country, organization or group) that is the subject of one
/// of `verbs` before token `at`, in its sentence or the
/// [`ACT_SENTENCES`] before it, the nearest first; never one of `own`.
fn doer_by_verb(
    input: &EventInput<'_>,
    at: usize,
    verbs: &[&str],
    own: &[String],
) -> Option<String> {
    if verbs.is_empty() {
        return None;
    }
    let a = input.analysis;
    let s = a.tokens[at].sentence as usize;
    let from = a.sentences[s.saturating_sub(ACT_SENTENCES)].tokens.start;
    (from..at).rev().find_map(|t| {
        if a.tokens[t].upos != Upos::Verb || !verbs.contains(&a.lemma(t).to_lowercase().as_str()) {
            return None;
        }
        let subj = a.children(t).find(|&k| status::rel(a, k) == "nsubj")?;
        let side = |k: usize| {
            let span = a.tokens[k].span;
            input.entities.iter().find(|e| {
                matches!(
                    e.kind,
                    EntityKind::Country | EntityKind::Organization | EntityKind::Group
                ) && e.mentions.iter().any(|m| m.contains(span))
            })
        };
        // "China's military began two days of drills": the owner, when the
        // subject itself is no entity
        side(subj)
            .or_else(|| {
                a.children(subj)
                    .find(|&k| status::rel(a, k) == "nmod:poss")
                    .and_then(side)
            })
            .map(|e| e.id.clone())
            .filter(|id| !own.contains(id))
    })
}

/// How far back a crowd named before force against "people" or "them" is
/// still the crowd of the passage, in bytes.
const CROWD_BYTES: usize = 600;

/// Force against "people", "them" or a protest, with no named target, is
/// force against the crowd of the passage: the crowd the object names
/// ("dispersed a small protest by students"), else the one named last
/// before it ("Protesters marched on parliament ... police detained more
/// than 140 people").
fn crowd_target(
    input: &EventInput<'_>,
    resolver: &roles::Resolver,
    verb: usize,
    ev: &mut DocEvent,
    earlier: &[DocEvent],
) {
    let a = input.analysis;
    let Some(obj) = a.objects(verb).into_iter().find(|&o| {
        matches!(
            a.lemma(o).to_lowercase().as_str(),
            "people"
                | "person"
                | "they"
                | "them"
                | "protest"
                | "rally"
                | "demonstration"
                | "gathering"
                | "sit-in"
        )
    }) else {
        return;
    };
    // (the rest of the sentence: "by students" hangs on the verb at times)
    let from = a.tokens[a.subtree(obj).start].span.start;
    let to = ev.sentence.end;
    let crowd_at = |lo: usize, hi: usize| {
        input
            .entities
            .iter()
            .filter(|e| resolver.is_crowd(&e.id) && !ev.actors.contains(&e.id))
            .filter_map(|e| {
                e.mentions
                    .iter()
                    .filter(|m| m.start >= lo && m.end <= hi)
                    .map(|m| m.start)
                    .max()
                    .map(|at| (at, e.id.clone()))
            })
            .max()
            .map(|(_, id)| id)
    };
    let found = crowd_at(from, to).or_else(|| {
        crowd_at(
            ev.trigger.start.saturating_sub(CROWD_BYTES),
            ev.trigger.start,
        )
    });
    let Some(id) = found else {
        return;
    };
    ev.rule.push_str("+crowd-target");
    // ... and happens when the crowd's protest does, told in the same
    // passage without a time of its own ("rallied ... on Monday afternoon
    // ... before police dispersed them")
    if ev.date.is_none() {
        let protest = earlier.iter().rev().find(|e| {
            e.actors.contains(&id) && ev.trigger.start.saturating_sub(e.trigger.end) <= CROWD_BYTES
        });
        if let Some(d) = protest
            .and_then(|e| e.date.clone())
            .filter(|d| d.value.is_some())
        {
            carry_date(ev, d, "crowd");
        }
    }
    ev.recipients = vec![id];
}

/// A rejection with no recipient by a side accused earlier in the report
/// ("India blamed Pakistan-based militants ... Pakistan denied any role")
/// answers its accusers: the actors of the last earlier accusation whose
/// recipients are the rejecting side (the same actor, or one of the same
/// country).
fn answer_accusers(input: &EventInput<'_>, ev: &mut DocEvent, earlier: &[DocEvent]) {
    let side = |id: &String| {
        ev.actors.contains(id)
            || entity_country(input, id).is_some_and(|c| {
                ev.actors
                    .iter()
                    .any(|x| entity_country(input, x).as_deref() == Some(c.as_str()))
            })
    };
    let Some(accusation) = earlier
        .iter()
        .rev()
        .find(|e| e.event_type == "ACCUSE" && !e.negated && e.recipients.iter().any(side))
    else {
        return;
    };
    let mut accusers: Vec<String> = accusation
        .actors
        .iter()
        .filter(|x| !side(x))
        .cloned()
        .collect();
    if accusers.is_empty() {
        // a quarrel inside one country ("Getachew accused the TPLF ...
        // Debretsion's camp rejected the accusation"): the accusers
        // themselves
        accusers = accusation
            .actors
            .iter()
            .filter(|x| !ev.actors.contains(x))
            .cloned()
            .collect();
    }
    if !accusers.is_empty() {
        ev.recipients = accusers;
        ev.rule.push_str("+accusers");
    }
}

/// Whether the object of `verb` states its content in a clause ("rejected
/// the accusation that Tehran had sent drones to Russia"): the sides named
/// there are what was said, not whom the answer is to.
fn object_has_content(a: &Analysis, verb: usize) -> bool {
    a.children(verb)
        .filter(|&k| status::rel(a, k) == "obj")
        .any(|o| {
            // (parsed as a relative clause at times: "the accusation
            // that Tehran had sent ...")
            answered_acts().contains_key(a.lemma(o).to_lowercase().as_str())
                && a.children(o).any(|c| {
                    (status::rel(a, c).starts_with("acl") || status::rel(a, c) == "ccomp")
                        && a.children(c)
                            .any(|m| a.lemma(m).eq_ignore_ascii_case("that"))
                })
        })
}

/// Verbs whose date is the date of a statement.
const SPEECH: &[&str] = &[
    "say",
    "tell",
    "add",
    "insist",
    "stress",
    "state",
    "announce",
    "declare",
    "write",
    "note",
    "emphasize",
    "explain",
    "reiterate",
];

/// The date each quote was spoken: the date governing a speech verb in its
/// sentences (outside the quote). A direct quote without one ("...,"
/// Miller added) takes the date of another quote by the same speaker; a
/// reported statement does not, as it may come from another occasion.
fn quote_dates(a: &Analysis, timexes: &[Timex], quotes: &[DocQuote]) -> Vec<Option<DateValue>> {
    let mut out: Vec<Option<DateValue>> = quotes
        .iter()
        .map(|q| {
            // (a date the quote itself says is not when it was said)
            let outside_quote = timexes_without(timexes, |t| t.span.overlaps(q.span));
            let first = a.tokens.partition_point(|t| t.span.end <= q.span.start);
            let last = a.tokens.partition_point(|t| t.span.start < q.span.end);
            let sentences: Vec<usize> = [first, last.saturating_sub(1)]
                .iter()
                .filter_map(|&k| a.tokens.get(k).map(|t| t.sentence as usize))
                .collect();
            sentences.iter().find_map(|&s| {
                a.sentences[s].tokens.clone().find_map(|k| {
                    let sp = a.tokens[k].span;
                    let outside = sp.end <= q.span.start || sp.start >= q.span.end;
                    (outside
                        && a.tokens[k].upos == Upos::Verb
                        && SPEECH.contains(&a.lemma(k).to_lowercase().as_str()))
                    .then(|| {
                        date_of(a, &outside_quote, k)
                            .or_else(|| date_after_cue(&outside_quote, sp, q.span))
                    })
                    .flatten()
                })
            })
        })
        .collect();
    for k in 0..quotes.len() {
        if out[k].is_none() && quotes[k].direct {
            if let Some(speaker) = &quotes[k].speaker {
                out[k] = (0..quotes.len())
                    .filter(|&j| quotes[j].speaker.as_ref() == Some(speaker))
                    .find_map(|j| out[j].clone());
            }
        }
    }
    out
}

/// The date right after a speech verb that closes a quote ("...," a
/// spokesperson said in a statement yesterday), when the parser hung it
/// elsewhere: the first temporal expression that starts within a few words
/// after the verb, outside the quote.
fn date_after_cue(timexes: &[Timex], cue: Span, quote: Span) -> Option<DateValue> {
    const REACH: usize = 30;
    timexes
        .iter()
        .find(|t| {
            t.span.start >= cue.end
                && t.span.start <= cue.end + REACH
                && (t.span.start >= quote.end || t.span.end <= quote.start)
        })
        .map(date_value)
}

/// Whether word `w`, inside the subtree of `top`, sits in a clause that
/// modifies a noun on the way up to `top`.
fn under_noun_clause(a: &Analysis, w: usize, top: usize) -> bool {
    let mut cur = w;
    for _ in 0..a.tokens.len() {
        if cur == top {
            return false;
        }
        let r = status::rel(a, cur);
        // nor one in the circumstances of the content ("committed to
        // consult promptly in response to threats")
        if r.starts_with("acl") || r == "obl" {
            return true;
        }
        match a.head(cur) {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// Verbal and material conflict, the two "bad" quads.
fn is_conflict(t: &str) -> bool {
    matches!(
        t,
        "REQUEST"
            | "ACCUSE"
            | "REJECT"
            | "THREATEN"
            | "PROTEST"
            | "SANCTION"
            | "MOBILIZE"
            | "COERCE"
            | "ASSAULT"
    )
}

/// The mode of a request, refusal or offer from the event it is about.
fn content_mode(outer: &str, inner: &str) -> Option<String> {
    let m = match (outer, inner) {
        ("REQUEST" | "REJECT", "CONSULT") => "meet",
        ("REQUEST" | "REJECT", "RETREAT" | "CONCEDE") => "yield",
        ("REQUEST" | "REJECT", "AID" | "COOPERATE" | "SUPPORT") => "assist",
        ("THREATEN", "ASSAULT") => "violence",
        ("THREATEN", "SANCTION") => "relations",
        ("THREATEN", "COERCE") => "restrict",
        _ => return None,
    };
    Some(m.to_string())
}

/// The date that governs the event word `i`, for any stage that needs
/// one: a temporal expression of its own clause first, then one of a
/// clause it depends on (a conjunct, a purpose clause). A `statement_like`
/// event (a request, an accusation) also takes the date of the saying it
/// is the content of. The coder then carries a meeting's date to events
/// that refer back to it ("during the talks"). Nothing is guessed: no
/// governing expression, no date.
pub fn governing_date(
    a: &Analysis,
    timexes: &[Timex],
    i: usize,
    statement_like: bool,
) -> Option<DateValue> {
    // ("he would arrest Morales if he ran again; he was relieved of
    // command on Tuesday": a date past a semicolon is another clause's)
    let at = a.tokens[i].span;
    let sentence = a.sentences[a.tokens[i].sentence as usize].span;
    let semicolon_between = |x: Span| {
        if !sentence.contains(x) {
            return false;
        }
        let (lo, hi) = (x.start.min(at.start), x.end.max(at.end));
        let first = a.tokens.partition_point(|t| t.span.start < lo);
        (first..a.tokens.len())
            .take_while(|&k| a.tokens[k].span.end <= hi)
            .any(|k| a.lemma(k) == ";")
    };
    let own = timexes_without(timexes, |t| semicolon_between(t.span));
    date_of(a, &own, i).or_else(|| clause_chain_date(a, &own, i, statement_like))
}

/// `timexes` without those `drop` picks, copied only when it picks one.
fn timexes_without(timexes: &[Timex], drop: impl Fn(&Timex) -> bool) -> Cow<'_, [Timex]> {
    if timexes.iter().any(&drop) {
        Cow::Owned(timexes.iter().filter(|t| !drop(t)).cloned().collect())
    } else {
        Cow::Borrowed(timexes)
    }
}

/// The temporal expression governing trigger `i`: one whose head word
/// attaches (through nominal words only) to the trigger, or to the verb a
/// noun trigger depends on. Of several, the most specific one that the
/// others agree with; when they disagree ("on Monday ... on September
/// 27" naming different days), the first, with its confidence halved and
/// a `conflicting-dates` flag: never a silent pick.
fn date_of(a: &Analysis, timexes: &[Timex], i: usize) -> Option<DateValue> {
    let sentence = a.sentences[a.tokens[i].sentence as usize].span;
    let governor = match a.tokens[i].upos {
        Upos::Noun | Upos::Adj => a.head(i),
        // "On March 15, several hundred people marched ...", read as a
        // noun with a reduced relative at the root: the sentence's only
        // verb is the trigger, and the noun's dates are its
        // (a past form only: "President Stubb to host ..." is a headline's
        // plan)
        Upos::Verb
            if a.tokens[i].deprel == Deprel::Acl
                && matches!(a.tokens[i].xpos, Xpos::Vbn | Xpos::Vbd) =>
        {
            a.head(i).filter(|&h| {
                a.head(h).is_none() && matches!(a.tokens[h].upos, Upos::Noun | Upos::Propn)
            })
        }
        _ => None,
    };
    let from = timexes.partition_point(|t| t.span.start < sentence.start);
    let mut found: Vec<&Timex> = Vec::new();
    for tx in &timexes[from..] {
        if tx.span.start >= sentence.end {
            break;
        }
        if !sentence.contains(tx.span) {
            continue;
        }
        let Some(head) = timex_head(a, tx.span) else {
            continue;
        };
        // "have detained more than 200 people since Monday night": the
        // start of a span of time (or its end: "until Friday") is no day
        // of the event
        if a.children(head).any(|c| {
            status::rel(a, c) == "case"
                && matches!(
                    a.lemma(c).to_ascii_lowercase().as_str(),
                    "since" | "until" | "till"
                )
        }) {
            continue;
        }
        let mut cur = head;
        for _ in 0..12 {
            // "condemned the launches, including the launch of a missile
            // on July 12": an example the object names has its own date
            if a.children(cur).any(|c| {
                matches!(status::rel(a, c), "case" | "mark")
                    && matches!(
                        a.lemma(c).to_ascii_lowercase().as_str(),
                        "include" | "including"
                    )
            }) {
                break;
            }
            let Some(h) = a.head(cur) else { break };
            if h == i || Some(h) == governor {
                found.push(tx);
                break;
            }
            if a.tokens[h].upos == Upos::Verb
                && a.tokens[h].xpos == Xpos::Vbn
                && a.tokens[h].deprel == Deprel::Acl
                && a.head(h)
                    .is_some_and(|n| STATEMENT_NOUNS.contains(&a.lemma(n).to_lowercase().as_str()))
            {
                // "rejected, in a communiqué published on Sunday, the
                // accusations": the statement's date is the act's
                cur = a.head(h).unwrap_or(h);
                continue;
            }
            if a.tokens[h].upos == Upos::Verb {
                // "Speaking to reporters on Wednesday, he accused ...": the
                // participle clause on the trigger shares its occasion
                // ("On July 8, commencing at 10:30 a.m., the ministers
                // held ...": the participle read as a complement)
                if a.tokens[h].xpos == Xpos::Vbg
                    && matches!(a.tokens[h].deprel, Deprel::Advcl | Deprel::Ccomp)
                    && a.head(h) == Some(i)
                    && h < i
                {
                    found.push(tx);
                }
                break;
            }
            cur = h;
        }
    }
    let digits = |t: &Timex| {
        t.value
            .as_deref()
            .map_or(0, |v| v.bytes().filter(u8::is_ascii_digit).count())
    };
    let first = *found.first()?;
    let agree = |x: &Timex, y: &Timex| match (&x.value, &y.value) {
        (Some(p), Some(q)) => dragoman_core::calendar::patterns_compatible(p, q),
        _ => true,
    };
    let conflict = found.iter().any(|t| !agree(first, t));
    let best = if conflict {
        first
    } else {
        found
            .iter()
            .copied()
            .max_by_key(|t| digits(t))
            .unwrap_or(first)
    };
    let mut date = date_value(best);
    if conflict {
        date.confidence = Some(best.confidence * 0.5);
        date.flags.push("conflicting-dates".to_string());
    }
    Some(date)
}

/// Nouns of statements whose date ("a communiqué published on Sunday")
/// is the date of what they say.
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "communiqué",
    "communique",
    "declaration",
    "interview",
    "letter",
    "message",
    "post",
    "video",
    "speech",
    "release",
    "note",
];

/// A timex as the date of an event.
fn date_value(tx: &Timex) -> DateValue {
    DateValue {
        value: tx.value.clone(),
        text: Some(tx.text.clone()),
        earliest: tx.earliest.clone(),
        latest: tx.latest.clone(),
        confidence: (tx.value.is_some() && tx.confidence < 1.0).then_some(tx.confidence),
        flags: tx.flags.iter().map(|f| f.label().to_string()).collect(),
    }
}

/// The date of a clause the trigger's clause depends on, when the trigger
/// has none of its own: "On Monday, Blinken flew to Baku and met Aliyev"
/// (a conjunct), "arrived on Monday to hold talks" (a purpose clause).
/// The content of what someone said takes the saying's date only for a
/// statement-like event (asking, accusing, promising happen when said);
/// a reported meeting or attack keeps no date from the report.
fn clause_chain_date(a: &Analysis, timexes: &[Timex], i: usize, verbal: bool) -> Option<DateValue> {
    let mut cur = a.clause_head(i).unwrap_or(i);
    for _ in 0..4 {
        let r = status::rel(a, cur);
        let passes = matches!(r, "conj" | "xcomp" | "advcl")
            || (verbal && matches!(r, "ccomp" | "parataxis"));
        if !passes || sequenced(a, cur) {
            return None;
        }
        let up = a.head(cur)?;
        // "Orbán began the tour on July 2, a day after Hungary took over
        // ..., and urged Zelensky ...": a conjunct without a subject of its
        // own read as going on with the after-clause goes on with the
        // clause that one hangs on
        let subjectless = !a
            .children(cur)
            .any(|c| status::rel(a, c).starts_with("nsubj"));
        if r == "conj" && subjectless && sequenced(a, up) {
            if let Some(main) = a.head(up) {
                if let Some(d) = date_of(a, timexes, main) {
                    return Some(d);
                }
            }
        }
        // "On Sunday thousands marched, and the ombudsman has asked ...":
        // a present perfect is not the past day of the clause before it
        if r == "conj" && present_perfect(a, cur) && !present_perfect(a, up) {
            return None;
        }
        // "... began an audit in January, and Mulino said ...": a conjunct
        // whose subject is a name of its own shares only a time put before
        // the first clause ("On Monday, Blinken flew to Baku and Aliyev
        // ..."); "the two ministers", "the ministry" go on with the story
        // of the clause before
        if r == "conj"
            && a.children(cur).any(|c| {
                status::rel(a, c).starts_with("nsubj")
                    && a.tokens[c].upos == Upos::Propn
                    && a.lemma(c).starts_with(char::is_uppercase)
                    && !a.children(c).any(|d| status::rel(a, d) == "det")
            })
            && !timexes.iter().any(|t| {
                let sentence = a.sentences[a.tokens[up].sentence as usize].span;
                sentence.contains(t.span) && t.span.end <= a.tokens[up].span.start
            })
        {
            return None;
        }
        if let Some(d) = date_of(a, timexes, up) {
            return Some(d);
        }
        cur = a.clause_head(up).unwrap_or(up);
    }
    None
}

/// Gives `ev` a date carried from elsewhere in the text: flagged
/// `carried`, and the rule that carried it named in the event's rule
/// (`+date-carried`, `+date-party`, ...).
fn carry_date(ev: &mut DocEvent, mut date: DateValue, how: &str) {
    date.flags.push("carried".to_string());
    ev.date = Some(date);
    ev.rule.push_str("+date-");
    ev.rule.push_str(how);
}

/// Whether a sentence places what it reports within hours of an event
/// named before ("hours after the launch", "shortly after the attack").
fn same_day_after(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "hours after the ",
        "minutes after the ",
        "shortly after the ",
        "moments after the ",
        "soon after the ",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// The date of the statement an undated statement-like event goes on
/// with: its subject is a pronoun (or, for a verb in the past, the person
/// named again), its one actor is the subject of a dated saying verb in
/// the sentence before ("Lubinets said on Wednesday that ... He accused
/// Russia ...").
fn statement_goes_on(
    input: &EventInput<'_>,
    timexes: &[Timex],
    i: usize,
    ev: &DocEvent,
) -> Option<DateValue> {
    let a = input.analysis;
    let [actor] = ev.actors.as_slice() else {
        return None;
    };
    let subject = a.subject(i)?;
    let entity = input.entities.iter().find(|e| &e.id == actor)?;
    // a pronoun, or the speaker named again in a verb of the past ("Rubio
    // announced on Friday that ... Rubio accused the ambassador of ...")
    let named_again = a.tokens[i].xpos == Xpos::Vbd
        && entity.kind == EntityKind::Person
        && entity
            .mentions
            .iter()
            .any(|m| m.contains(a.tokens[subject].span));
    if a.tokens[subject].upos != Upos::Pron && !named_again {
        return None;
    }
    // the statement in the sentence before, or before a run of sentences
    // that go on with it under a pronoun ("Wu told a different story on
    // Sunday. He said ... He accused ..."), three sentences back at most
    let s = a.tokens[i].sentence as usize;
    for back in 1..=3 {
        let before = a.sentences.get(s.checked_sub(back)?)?;
        let mut goes_on = false;
        for v in before.tokens.clone() {
            // ("Morrison responded the same day. He called the image ...": a
            // response is a statement too)
            let lemma = a.lemma(v).to_ascii_lowercase();
            let stating = status::is_saying(&lemma)
                || matches!(lemma.as_str(), "respond" | "reply" | "react");
            if a.tokens[v].upos != Upos::Verb || !stating {
                continue;
            }
            let Some(subj) = a.subject(v) else {
                continue;
            };
            // (or the name beside a title: "The secretary of state, Marco
            // Rubio, announced")
            let names = std::iter::once(subj)
                .chain(a.children(subj).filter(|&k| status::rel(a, k) == "appos"))
                .any(|k| entity.mentions.iter().any(|m| m.contains(a.tokens[k].span)));
            if names {
                return date_of(a, timexes, v);
            }
            goes_on |= a.tokens[subj].upos == Upos::Pron
                && a.tokens[subj].span.start == a.tokens[before.tokens.start].span.start
                && date_of(a, timexes, v).is_none();
        }
        if !goes_on {
            return None;
        }
    }
    None
}

/// Whether the verb `v` is in the present perfect ("has asked").
fn present_perfect(a: &Analysis, v: usize) -> bool {
    a.children(v).any(|c| {
        status::rel(a, c) == "aux"
            && a.lemma(c).eq_ignore_ascii_case("have")
            && matches!(a.tokens[c].xpos, Xpos::Vbz | Xpos::Vbp)
    })
}

/// Whether the clause headed by `c` happened at another time
/// than the clause it modifies: "after Anwar hosted their leaders", "before
/// the talks began", "since Ukraine refused".
fn sequenced(a: &Analysis, c: usize) -> bool {
    a.children(c).any(|m| {
        status::rel(a, m) == "mark"
            && matches!(
                a.lemma(m).to_ascii_lowercase().as_str(),
                "after" | "before" | "since" | "until" | "till" | "once"
            )
    })
}

/// Whether an event without a date of its own refers back to a meeting
/// the text has already reported: "the talks", "this meeting" as the
/// trigger, or "during the call", "at the meeting" in its clause.
fn refers_back(a: &Analysis, i: usize, noun_trigger: bool, event_type: &str) -> bool {
    let definite = |n: usize| {
        a.children(n).any(|c| {
            status::rel(a, c) == "det"
                && matches!(
                    a.lemma(c).to_ascii_lowercase().as_str(),
                    "the" | "this" | "that" | "these" | "those"
                )
        })
    };
    if noun_trigger {
        // "the recent call", "their previous meeting": another one.
        let other = a.children(i).any(|c| {
            matches!(
                a.lemma(c).to_ascii_lowercase().as_str(),
                "recent"
                    | "previous"
                    | "last"
                    | "earlier"
                    | "next"
                    | "upcoming"
                    | "first"
                    | "prior"
                    | "past"
                    | "future"
                    | "planned"
            )
        });
        return !other
            && event_type == "CONSULT"
            && MEETING_NOUNS.contains(&a.lemma(i).to_ascii_lowercase().as_str())
            && definite(i);
    }
    // the trigger's clause, the clause it is a conjunct of, and a
    // participle clause on either ("Speaking to reporters after the
    // meeting, Getachew said ... and asked ...")
    let clause = a.clause_head(i).unwrap_or(i);
    let mut clauses = vec![clause];
    if status::rel(a, clause) == "conj" {
        clauses.extend(a.head(clause));
    }
    for c in clauses.clone() {
        clauses.extend(
            a.children(c).filter(|&k| {
                status::rel(a, k) == "advcl" && a.tokens[k].xpos == Xpos::Vbg && k < c
            }),
        );
    }
    // what is said after a meeting was said the day of it
    let after = is_verbal(event_type);
    clauses.iter().any(|&clause| {
        // the clause's phrases, and those hung on them ("Speaking to
        // reporters after the meeting")
        let phrases = a.children(clause).flat_map(|c| {
            std::iter::once(c).chain(
                a.children(c)
                    .filter(move |_| status::rel(a, c) == "obl")
                    .filter(|&k| status::rel(a, k) == "nmod"),
            )
        });
        phrases.into_iter().any(|c| {
            matches!(status::rel(a, c), "obl" | "obl:tmod" | "nmod")
                && status::prep_of(a, c)
                    .is_some_and(|p| matches!(p.as_str(), "during" | "at") || after && p == "after")
                && MEETING_NOUNS.contains(&a.lemma(c).to_ascii_lowercase().as_str())
                && definite(c)
        })
    })
}

/// Nouns that name a meeting a later sentence can refer back to.
const MEETING_NOUNS: &[&str] = &[
    "meeting",
    "talk",
    "talks",
    "call",
    "conversation",
    "visit",
    "summit",
    "negotiation",
    "negotiations",
    "session",
    "discussion",
    "discussions",
];

/// The token of a span whose head lies outside it.
fn timex_head(a: &Analysis, span: Span) -> Option<usize> {
    let first = a.tokens.partition_point(|t| t.span.end <= span.start);
    let inside: Vec<usize> = (first..a.tokens.len())
        .take_while(|&k| a.tokens[k].span.start < span.end)
        .collect();
    inside
        .iter()
        .copied()
        .find(|&k| a.head(k).is_none_or(|h| !inside.contains(&h)))
}

/// PLOVER codes the topic of a protest, typically a demand, as no event
/// of its own: a demand made by the protesters in the protest's sentence
/// is folded into the protest, and whom it addresses becomes the protest's
/// target when the protest named none but its place ("Prisoners rioted in
/// Dili ... demanding independence from Indonesian rule").
fn protest_topics(events: &mut Vec<DocEvent>) {
    let mut k = 0;
    while k < events.len() {
        let q = &events[k];
        let topic_of = (q.event_type == "REQUEST").then(|| {
            events.iter().position(|p| {
                p.event_type == "PROTEST"
                    && p.sentence == q.sentence
                    && q.actors.iter().all(|x| p.actors.contains(x))
            })
        });
        let Some(Some(p)) = topic_of else {
            k += 1;
            continue;
        };
        let q = events.remove(k);
        let protest = &mut events[if p > k { p - 1 } else { p }];
        let only_place = protest.recipients.is_empty()
            || (protest.recipients.len() == 1
                && protest.location == protest.recipients.first().cloned());
        if only_place && !q.recipients.is_empty() {
            protest.recipients = q.recipients;
        }
    }
}

/// Adds an event unless the document already reports it (same type and
/// participants in common): then the first report stays, taking a date
/// it lacked.
fn merge_or_push(events: &mut Vec<DocEvent>, ev: DocEvent) {
    let people = |e: &DocEvent| -> Vec<String> {
        let mut p: Vec<String> = e.actors.iter().chain(&e.recipients).cloned().collect();
        p.sort();
        p.dedup();
        p
    };
    let new = people(&ev);
    // Repeated reports of one event sit close together; looking back over
    // the last few hundred events keeps long documents linear.
    let from = events.len().saturating_sub(256);
    for old in events[from..].iter_mut() {
        // Coordinated verbs of one sentence with the same participants
        // report one event when their types are that close ("attacked and
        // seized the positions", "welcomed ... and underscored their
        // readiness").
        let kin = |a: &str, b: &str| {
            let group = |t: &str| match t {
                "AGREE" | "SUPPORT" => 1,
                "ASSAULT" | "COERCE" => 2,
                _ => 0,
            };
            a == b || (group(a) != 0 && group(a) == group(b))
        };
        let same_kind = old.event_type == ev.event_type
            || (old.sentence == ev.sentence
                && kin(&old.event_type, &ev.event_type)
                && old.actors == ev.actors);
        // Two acts of one kind told apart by their modes ("declared a
        // state of emergency ..., arresting opponents") are two events.
        let modes_differ = old.event_type == ev.event_type
            && matches!((&old.mode, &ev.mode), (Some(x), Some(y)) if x != y);
        let have = people(old);
        if old.sentence == ev.sentence
            && old.event_type == ev.event_type
            && old.negated == ev.negated
            && ev.recipients.is_empty()
            && ev.rule.contains("/noun:")
            && new.iter().all(|p| have.contains(p))
        {
            // A noun naming the act a verb of its sentence reports, with
            // fewer participants ("was received by Donfried ... in closed
            // meetings"), is that act again, whatever place it sits near.
            return;
        }
        if !same_kind || old.negated != ev.negated || modes_differ {
            continue;
        }
        let shared = new.iter().filter(|p| have.contains(p)).count();
        let needed = 2.min(new.len()).min(have.len()).max(1);
        // Two different time expressions ("On September 27", "earlier this
        // year") are two events unless their values agree.
        let dates_differ = match (&old.date, &ev.date) {
            (Some(x), Some(y)) => match (&x.value, &y.value) {
                (Some(u), Some(v)) => u != v,
                _ => x.text != y.text,
            },
            _ => false,
        };
        let places_differ = matches!((&old.location, &ev.location), (Some(x), Some(y)) if x != y);
        if shared >= needed
            && !dates_differ
            && !places_differ
            && (old.sentence == ev.sentence || ev.event_type == "CONSULT")
        {
            if old.date.as_ref().is_none_or(|d| d.value.is_none()) && ev.date.is_some() {
                old.date = ev.date;
            }
            return;
        }
    }
    events.push(ev);
}

/// Is word `i` capitalised inside a run of capitalised words past the
/// sentence's first word? Such a word belongs to a name or a title
/// ("Apple AirPods with Wireless Charging Case", "Hong Kong Protests"), not
/// to a clause, and triggers nothing.
fn in_title_case(text: &str, a: &Analysis, s: usize, i: usize) -> bool {
    let sent = a.sentences[s].tokens.clone();
    let capital = |k: usize| k > sent.start && k < sent.end && status::capitalised(text, a, k);
    capital(i) && (capital(i - 1) || capital(i + 1))
}
