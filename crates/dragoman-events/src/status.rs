//! Reading the parse around a trigger: whether a lexicon line's conditions
//! hold, which complements it governs, and the event's status (negated,
//! future, hypothetical).

use dragoman_nlp::{Analysis, Upos, Xpos};

use crate::lexicon::{Comp, Pos, Trigger};

/// The relation name of token `k` (`nsubj:pass`, `obl`, ...).
pub fn rel(a: &Analysis, k: usize) -> &'static str {
    a.tokens[k].deprel.as_str()
}

/// The lower-case lemma of token `k`.
pub fn lemma(a: &Analysis, k: usize) -> String {
    a.lemma(k).to_lowercase()
}

/// The preposition introducing nominal `k`, lower case.
pub fn prep_of(a: &Analysis, k: usize) -> Option<String> {
    a.case_marker(k).map(|c| lemma(a, c))
}

/// What an `obj=@...` condition asks the object to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Named {
    /// `@actor`: any actor (an entity that is no mere place, or a proper
    /// name).
    Actor,
    /// `@person`: people (a person or a group).
    Person,
}

/// Whether the object word `k` is one of `lemmas`: `Some(Some(w))` when
/// word `w` is, the object itself or a later conjunct or apposition
/// ("launched artillery, mortar and rocket fire"); `Some(None)` when the
/// object is a name with such a title ("summoned Niger's ambassador Brah
/// Mohamane"): the name is then a participant, not the event's content.
fn object_is(a: &Analysis, k: usize, lemmas: &[String]) -> Option<Option<usize>> {
    let is = |w: usize| lemmas.contains(&lemma(a, w));
    if is(k) {
        return Some(Some(k));
    }
    if let Some(c) = a
        .children(k)
        .find(|&c| matches!(rel(a, c), "conj" | "appos") && is(c))
    {
        return Some(Some(c));
    }
    let titled = a.tokens[k].upos == Upos::Propn
        && a.children(k)
            .any(|c| matches!(rel(a, c), "amod" | "compound" | "nmod:desc") && is(c));
    titled.then_some(None)
}

/// Whether `t`'s conditions hold at token `i`. `Some(object)` when they
/// do, with the word that met an `obj=` condition.
///
/// `actor(k, Named::Actor)` tells whether word `k` names an actor (an
/// entity mention or a proper name): `obj=@actor` asks for such an object;
/// `actor(k, Named::Person)` whether it names people (a person or a group):
/// `obj=@person` ("released Prime Minister Mahendra Chaudhry", not "released
/// the MacBook Pro").
pub(crate) fn conditions_hold(
    a: &Analysis,
    i: usize,
    t: &Trigger,
    actor: &dyn Fn(usize, Named) -> bool,
) -> Option<Option<usize>> {
    let mut object = None;
    let named = if t.obj.iter().any(|o| o == "@actor") {
        Some(Named::Actor)
    } else if t.obj.iter().any(|o| o == "@person") {
        Some(Named::Person)
    } else {
        None
    };
    if let Some(named) = named {
        let passive = t.pos == Pos::Verb && crate::status::passive(a, i);
        // "received his German counterpart Katrin Vollmer": the object's
        // apposition names the actor. A possessor the parser took for the
        // object is none ("Taylor Swift's albums were released").
        a.children(i).find(|&k| {
            let r = rel(a, k);
            (r == "obj" || (passive && r.starts_with("nsubj")))
                && !a.children(k).any(|c| a.tokens[c].xpos == Xpos::Pos)
                && (actor(k, named)
                    || a.children(k)
                        .any(|c| rel(a, c) == "appos" && actor(c, named)))
        })?;
    } else if !t.obj.is_empty() {
        let passive = t.pos == Pos::Verb && crate::status::passive(a, i);
        let found = a.children(i).find_map(|k| {
            let r = rel(a, k);
            let is_obj = r == "obj" || (passive && r.starts_with("nsubj"));
            // "go on strike", "put troops on alert", "called off a week of
            // protests": an oblique object too, but not a with-phrase ("is
            // launching with 22 games"), a destination or a source ("return
            // to the areas").
            let is_obl = (r.starts_with("obl")
                && !matches!(prep_of(a, k).as_deref(), Some("with" | "to" | "from")))
                || r == "compound:prt"
                || r == "xcomp";
            // "holding thousands of refugees": the of-phrase of a quantity
            // or a span of time ("launched ten days of war games");
            // "300 million crowns in aid": the in-phrase of a sum.
            let word = if is_money(&lemma(a, k)) {
                // "a package of sanctions": a sum or a measure
                a.children(k)
                    .find(|&c| {
                        rel(a, c).starts_with("nmod") && prep_of(a, c).as_deref() == Some("in")
                    })
                    .or_else(|| {
                        a.children(k).find(|&c| {
                            is_measure(&lemma(a, k))
                                && rel(a, c).starts_with("nmod")
                                && prep_of(a, c).as_deref() == Some("of")
                        })
                    })
                    .unwrap_or(k)
            } else if a.tokens[k].upos == Upos::Num
                || matches!(
                    lemma(a, k).as_str(),
                    "thousand" | "hundred" | "dozen" | "million" | "some" | "many" | "ten"
                )
                || is_measure(&lemma(a, k))
                || (is_time_word(a, k)
                    && a.children(k).any(|c| {
                        rel(a, c) == "nummod"
                            || (rel(a, c).starts_with("nmod")
                                && prep_of(a, c).as_deref() == Some("of"))
                    }))
            {
                // "its 17th package of sanctions": the of-phrase, not the
                // possessor
                a.children(k)
                    .find(|&c| rel(a, c).starts_with("nmod") && rel(a, c) != "nmod:poss")
                    .unwrap_or(k)
            } else {
                k
            };
            if !(is_obj || is_obl) {
                return None;
            }
            object_is(a, word, &t.obj).map(|m| m.map(|w| if w == word { k } else { w }))
        });
        object = found?;
    }
    if !t.prep.is_empty()
        && !a.children(i).any(|k| {
            let r = rel(a, k);
            (r.starts_with("obl") || r.starts_with("nmod") || r == "obj" || r == "compound:prt")
                && !is_time_word(a, k)
                && (prep_of(a, k).is_some_and(|p| t.prep.contains(&p))
                    || (r == "compound:prt" && t.prep.contains(&lemma(a, k))))
        })
    {
        return None;
    }
    if !t.modifiers.is_empty() {
        let mut near = a.children(i).chain(a.head(i)).collect::<Vec<_>>();
        // "spoke by phone": the modifier's own children count too.
        let grand: Vec<usize> = near.iter().flat_map(|&k| a.children(k)).collect();
        near.extend(grand);
        if !near
            .iter()
            .any(|&k| k != i && t.modifiers.contains(&lemma(a, k)))
        {
            return None;
        }
    }
    if t.with
        && !a.children(i).any(|k| {
            let r = rel(a, k);
            (r.starts_with("obl") || r.starts_with("nmod"))
                && prep_of(a, k).as_deref() == Some("with")
        })
    {
        return None;
    }
    let comp_ok = match t.comp {
        None => true,
        Some(Comp::Any) if t.comp_verbs.is_empty() => !complements(a, i).is_empty(),
        Some(Comp::Any) => complements(a, i)
            .iter()
            .any(|&c| t.comp_verbs.contains(&lemma(a, c))),
        Some(Comp::To) => complements(a, i).iter().any(|&c| {
            a.tokens[c].upos == Upos::Verb
                && a.children(c)
                    .any(|k| rel(a, k) == "mark" && lemma(a, k) == "to")
        }),
        Some(Comp::Modal) => complements(a, i).iter().any(|&c| {
            a.children(c).any(|k| {
                rel(a, k) == "aux" && matches!(lemma(a, k).as_str(), "should" | "must" | "ought")
            })
        }),
    };
    if !comp_ok {
        return None;
    }
    if !t.pred.is_empty()
        && !predicates(a, i)
            .into_iter()
            .any(|w| t.pred.contains(&lemma(a, w)))
    {
        return None;
    }
    if !t.unless.is_empty()
        && a.children(i).any(|k| {
            // "designated the square as the venue": a predicate after "as"
            let predicate = rel(a, k).starts_with("obl") && prep_of(a, k).as_deref() == Some("as");
            (predicate || matches!(rel(a, k), "obj" | "xcomp" | "ccomp" | "compound:prt"))
                && t.unless.contains(&lemma(a, k))
        })
    {
        return None;
    }
    Some(object)
}

/// What predicate `i` calls its object, word by word: an open complement
/// ("called the strike a deliberate war crime"), an as-phrase ("described
/// the diversion as an act of state terrorism"), a quoted label set beside
/// the object ("called the expulsion \"disproportionate\""), with their
/// modifiers and the of-phrases of those.
pub(crate) fn predicates(a: &Analysis, i: usize) -> Vec<usize> {
    let modifier = |m: usize| {
        let r = rel(a, m);
        matches!(r, "amod" | "compound" | "advmod" | "conj") || r.starts_with("nmod")
    };
    let mut words = Vec::new();
    for k in a.children(i) {
        let r = rel(a, k);
        // ("called the verdict politically motivated": a participle the
        // parser hung as an adverbial clause without a conjunction)
        let bare_participle = r == "advcl"
            && a.tokens[k].xpos == Xpos::Vbn
            && !a.children(k).any(|m| rel(a, m) == "mark");
        if r == "xcomp"
            || bare_participle
            || (r.starts_with("obl") && prep_of(a, k).as_deref() == Some("as"))
        {
            words.push(k);
        } else if r == "obj" {
            words.extend(a.children(k).filter(|&c| rel(a, c) == "appos"));
        }
    }
    for p in words.clone() {
        for m in a
            .children(p)
            .filter(|&m| modifier(m) || rel(a, m).starts_with("obl"))
        {
            words.push(m);
            words.extend(a.children(m).filter(|&d| modifier(d)));
        }
    }
    words
}

/// A unit or lot that an of-phrase fills ("700 kg of medicine", "25,000
/// tons of food aid", "a shipment of arms", "a series of agreements"): the
/// thing is the of-phrase.
fn is_measure(lemma: &str) -> bool {
    matches!(
        lemma,
        "ton"
            | "tonne"
            | "kg"
            | "kilogram"
            | "kilo"
            | "pound"
            | "litre"
            | "liter"
            | "gallon"
            | "barrel"
            | "shipment"
            | "consignment"
            | "cargo"
            | "load"
            | "truckload"
            | "planeload"
            | "batch"
            | "package"
            | "crate"
            | "amount"
            | "quantity"
            // "a series of military cooperation agreements", "a wave of
            // arrests"
            | "series"
            | "raft"
            | "slew"
            | "spate"
            | "wave"
            | "string"
            | "handful"
    )
}

/// Whether predicate `i` is passive: a passive auxiliary or subject, or a
/// participle with a by-agent ("talks hosted by Michel"). A bare
/// participle hanging on a noun is often a misparsed main verb
/// ("Thousands of teachers protested"), so it does not count.
pub fn passive(a: &Analysis, i: usize) -> bool {
    // A passive subject without a passive auxiliary is a misparse ("The
    // United Nations called on ...") unless the verb is a participle in a
    // headline ("Journalist detained in Baku"): a main verb of a sentence
    // ending in a full stop needs its auxiliary.
    let s = &a.sentences[a.tokens[i].sentence as usize].tokens;
    let full_stop = s.end > s.start && a.tokens[s.end - 1].xpos == Xpos::Period;
    let participle = a.tokens[i].xpos == Xpos::Vbn && !(rel(a, i) == "root" && full_stop);
    a.children(i).any(|k| match rel(a, k) {
        "aux:pass" => true,
        "nsubj:pass" | "csubj:pass" => participle,
        _ => false,
    }) || (rel(a, i) == "acl"
        // an agent needs "by" ("rallied ... against the government" read
        // as a reduced relative with an agent is a misparse)
        && a.passive_agent(i)
            .is_some_and(|g| prep_of(a, g).is_none_or(|p| p == "by")))
}

/// Whether clause `v` is what someone said or announced.
/// Said before it, as a complement ("said it would ..."), or after it,
/// as a parenthetical ("Germany would back the bid, Kohl said").
fn reported(a: &Analysis, v: usize) -> bool {
    let saying = |h: usize| is_saying(&lemma(a, h));
    (rel(a, v) == "ccomp" && a.head(v).is_some_and(saying))
        || a.children(v)
            .any(|k| k > v && rel(a, k) == "parataxis" && saying(k))
}

/// Verbs that report what someone said: their clause is reported speech
/// ("said it will ...", "added that ..."), and a pronoun subject of it
/// is their speaker.
pub(crate) fn is_saying(lemma: &str) -> bool {
    matches!(
        lemma,
        "say"
            | "announce"
            | "tell"
            | "declare"
            | "state"
            | "warn"
            | "insist"
            | "claim"
            | "add"
            | "stress"
    )
}

/// Currencies and sums: "announced $50 million in aid" is about aid.
fn is_money(lemma: &str) -> bool {
    matches!(
        lemma,
        "dollar"
            | "$"
            | "euro"
            | "€"
            | "pound"
            | "£"
            | "yen"
            | "yuan"
            | "rouble"
            | "ruble"
            | "rupee"
            | "crown"
            | "krone"
            | "kroner"
            | "krona"
            | "kronor"
            | "franc"
            | "lira"
            | "zloty"
            | "sum"
            | "package"
    )
}

/// Is word `k` written with a capital letter in `text`?
pub(crate) fn capitalised(text: &str, a: &Analysis, k: usize) -> bool {
    let t = a.tokens[k].span;
    text.get(t.start..t.end)
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Weekdays, months and numbers: "on Monday" is a date, not a
/// prepositional object.
pub(crate) fn is_time_word(a: &Analysis, k: usize) -> bool {
    let l = lemma(a, k);
    a.tokens[k].upos == Upos::Num
        || dragoman_nlp::is_weekday(&l)
        || matches!(
            l.as_str(),
            "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "today"
                | "yesterday"
                | "tomorrow"
                | "week"
                | "month"
                | "year"
                | "day"
                | "night"
                | "morning"
                | "evening"
                | "weekend"
        )
}

/// The clausal and open complements of `i` (`ccomp`, `xcomp`), and for an
/// adjective or noun trigger its clausal modifiers ("ready *to help*",
/// "readiness *to engage*").
pub(crate) fn complements(a: &Analysis, i: usize) -> Vec<usize> {
    a.children(i)
        .filter(|&k| {
            let r = rel(a, k);
            r == "ccomp"
                || r == "xcomp"
                || (r == "acl" && a.tokens[i].upos != Upos::Verb)
                // "insisted that X should ...", parsed as an adverbial clause
                || (r == "advcl"
                    && a.children(k).any(|m| matches!(lemma(a, m).as_str(), "that" | "to")))
        })
        .collect()
}

/// An event's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Status {
    pub negated: bool,
    /// Held out as a condition: an `if`/`unless` clause depends on it.
    pub conditional: bool,
    /// The trigger is itself the condition (`unless` clause).
    pub condition_only: bool,
    pub future: bool,
    pub hypothetical: bool,
}

impl Status {
    /// The `status` field: `hypothetical`, `future` or `factual`.
    pub fn label(&self) -> &'static str {
        if self.hypothetical {
            "hypothetical"
        } else if self.future {
            "future"
        } else {
            "factual"
        }
    }
}

/// Verbs whose open complement is planned rather than done.
const PLAN_VERBS: &[&str] = &[
    "plan", "expect", "intend", "schedule", "set", "due", "go", "prepare", "aim", "seek", "hope",
];

/// Negation, future and hypothetical marks on the trigger, on the verb a
/// noun trigger depends on, and on a governing planning verb.
pub fn status(a: &Analysis, i: usize) -> Status {
    let mut st = Status::default();
    let mut scope = vec![i];
    if a.tokens[i].upos != Upos::Verb {
        if let Some(h) = a.head(i) {
            if matches!(rel(a, i), "obj" | "nsubj" | "nsubj:pass" | "xcomp") {
                scope.push(h);
            }
        }
    }
    // "is expected to meet", "plans to visit": the governing verb.
    let head_verb = scope.last().copied().unwrap_or(i);
    if rel(a, head_verb) == "xcomp" {
        if let Some(h) = a.head(head_verb) {
            if PLAN_VERBS.contains(&lemma(a, h).as_str()) {
                st.future = true;
            }
            scope.push(h);
        }
    }
    // "will withdraw its force unless ...": a condition later in the
    // sentence, however the parser attached it.
    let sentence = a.sentences[a.tokens[i].sentence as usize].tokens.clone();
    if (i..sentence.end).any(|k| lemma(a, k) == "unless") {
        st.conditional = true;
    }
    for &v in &scope {
        for k in a.children(v) {
            let l = lemma(a, k);
            match (rel(a, k), l.as_str()) {
                ("advmod", "not" | "never" | "n't") => st.negated = true,
                ("det", "no") => st.negated = true,
                ("aux", "will" | "shall" | "'ll") => st.future = true,
                // "said they would boycott": future in reported speech.
                ("aux", "would") if reported(a, v) => st.future = true,
                ("aux", "would" | "could" | "might" | "may") => st.hypothetical = true,
                ("mark", "unless") => st.condition_only = true,
                ("mark", "if" | "whether") => st.hypothetical = true,
                ("mark", "without") => st.negated = true,
                ("advcl", _)
                    if a.children(k)
                        .any(|m| matches!(lemma(a, m).as_str(), "if" | "unless")) =>
                {
                    st.conditional = true
                }
                _ => {}
            }
        }
        // "did not meet": the negation hangs on the auxiliary in some parses.
        if a.children(v)
            .any(|k| rel(a, k).starts_with("aux") && a.children(k).any(|n| lemma(a, n) == "not"))
        {
            st.negated = true;
        }
    }
    st
}
