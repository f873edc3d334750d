//! The trigger lexicon: which words (with which dependents) signal which
//! PLOVER event, read from `resources/triggers.txt` and user files.

use std::collections::{HashMap, HashSet};

/// The 16 PLOVER categories.
pub const TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// The word class a trigger must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    Verb,
    Noun,
    Adj,
}

/// How participants are read from the parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Roles {
    Directed,
    Symmetric,
    Visit,
    Host,
    Content,
}

/// What a clausal complement must contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comp {
    Modal,
    Any,
    /// A to-infinitive ("called both sides to solve the conflict").
    To,
}

/// One line of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    pub event_type: &'static str,
    pub pos: Pos,
    pub lemma: String,
    pub obj: Vec<String>,
    pub prep: Vec<String>,
    pub modifiers: Vec<String>,
    pub comp: Option<Comp>,
    /// `comp=a|b`: the complement's verb has one of these lemmas
    /// ("stopped sending gas": verb:stop comp=send).
    pub comp_verbs: Vec<String>,
    pub with: bool,
    pub mode: Option<String>,
    pub roles: Roles,
    pub absorb: bool,
    /// `unless=a|b`: no object, complement or predicate word of the
    /// trigger has one of these lemmas ("declined to comment" is no
    /// rejection).
    pub unless: Vec<String>,
    /// `pred=a|b`: what the trigger calls its object has one of these
    /// lemmas, as its head or a modifier ("called the strike a deliberate
    /// war crime", "described the diversion as an act of state terrorism":
    /// verb:call pred=crime|terrorism).
    pub pred: Vec<String>,
    /// The rule name events carry: `consult/verb:hold+obj`.
    pub rule: String,
}

/// A line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}:{line}: {reason}")]
pub struct LexiconError {
    pub source_name: String,
    pub line: usize,
    pub reason: String,
}

/// Triggers by word class and lemma, in file order.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    by_word: HashMap<(Pos, String), Vec<Trigger>>,
    lemmas: HashSet<String>,
    nouns: HashSet<String>,
}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        lex.add(include_str!("../resources/triggers.txt"), "triggers.txt")?;
        Ok(lex)
    }

    /// Adds the lines of `text` after the ones already read (so built-in
    /// lines win over later ones for the same word and conditions; put a
    /// more specific line to override).
    pub fn add(&mut self, text: &str, source_name: &str) -> Result<(), LexiconError> {
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with('[') {
                continue;
            }
            let trigger = parse_line(line).map_err(|reason| LexiconError {
                source_name: source_name.to_string(),
                line: n + 1,
                reason,
            })?;
            self.lemmas.insert(trigger.lemma.clone());
            if trigger.pos == Pos::Noun {
                self.nouns.insert(trigger.lemma.clone());
            }
            self.by_word
                .entry((trigger.pos, trigger.lemma.clone()))
                .or_default()
                .push(trigger);
        }
        Ok(())
    }

    /// The triggers for a word, most specific first.
    pub fn get(&self, pos: Pos, lemma: &str) -> &[Trigger] {
        // Avoids allocating a key for the common miss.
        if !self.lemmas.contains(lemma) {
            return &[];
        }
        self.by_word
            .get(&(pos, lemma.to_string()))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The lemmas of noun triggers (event nouns: talks, attack, ...).
    pub fn noun_lemmas(&self) -> &HashSet<String> {
        &self.nouns
    }

    /// Whether any trigger has this lemma.
    pub fn has_lemma(&self, lemma: &str) -> bool {
        self.lemmas.contains(lemma)
    }

    pub fn len(&self) -> usize {
        self.by_word.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.by_word.is_empty()
    }
}

fn list(value: &str) -> Vec<String> {
    value
        .split('|')
        .filter(|s| !s.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn parse_line(line: &str) -> Result<Trigger, String> {
    let mut fields = line.split_whitespace();
    let ty = fields.next().ok_or("empty line")?;
    let event_type = TYPES
        .iter()
        .find(|t| t.eq_ignore_ascii_case(ty))
        .copied()
        .ok_or_else(|| format!("unknown event type {ty:?}"))?;
    let word = fields.next().ok_or("missing POS:LEMMA")?;
    let (pos, lemma) = word
        .split_once(':')
        .ok_or_else(|| format!("expected POS:LEMMA, got {word:?}"))?;
    let pos = match pos {
        "verb" => Pos::Verb,
        "noun" => Pos::Noun,
        "adj" => Pos::Adj,
        other => return Err(format!("unknown word class {other:?} (verb, noun, adj)")),
    };
    if lemma.is_empty() {
        return Err("empty lemma".into());
    }
    let mut t = Trigger {
        event_type,
        pos,
        lemma: lemma.to_lowercase(),
        obj: Vec::new(),
        prep: Vec::new(),
        modifiers: Vec::new(),
        comp: None,
        with: false,
        mode: None,
        roles: Roles::Directed,
        absorb: false,
        unless: Vec::new(),
        pred: Vec::new(),
        comp_verbs: Vec::new(),
        rule: String::new(),
    };
    let mut rule = format!("{}/{word}", event_type.to_lowercase());
    for f in fields {
        let (key, value) = f.split_once('=').unwrap_or((f, ""));
        match key {
            "obj" => t.obj = list(value),
            "prep" => t.prep = list(value),
            "pred" => t.pred = list(value),
            "mod" => t.modifiers = list(value),
            "unless" => {
                t.unless = list(value);
                continue;
            }
            "comp" => {
                t.comp = Some(match value {
                    "modal" => Comp::Modal,
                    "any" => Comp::Any,
                    "to" => Comp::To,
                    "" => return Err("comp= needs a value".into()),
                    verbs => {
                        t.comp_verbs = list(verbs);
                        Comp::Any
                    }
                })
            }
            "with" => t.with = true,
            "absorb" => t.absorb = true,
            "mode" => {
                if value.is_empty() {
                    return Err("mode= needs a value".into());
                }
                t.mode = Some(value.to_string());
                continue;
            }
            "roles" => {
                t.roles = match value {
                    "directed" => Roles::Directed,
                    "symmetric" => Roles::Symmetric,
                    "visit" => Roles::Visit,
                    "host" => Roles::Host,
                    "content" => Roles::Content,
                    other => return Err(format!("unknown roles={other:?}")),
                };
                continue;
            }
            other => return Err(format!("unknown field {other:?}")),
        }
        if matches!(key, "obj" | "prep" | "mod" | "comp" | "with" | "pred") {
            rule.push('+');
            rule.push_str(key);
        }
    }
    t.rule = rule;
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_reads_and_covers_every_type() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.len() > 200, "{}", lex.len());
        for ty in TYPES {
            assert!(
                lex.by_word.values().flatten().any(|t| t.event_type == ty),
                "no trigger for {ty}"
            );
        }
        let hold = lex.get(Pos::Verb, "hold");
        assert!(hold[0].obj.contains(&"talk".to_string()));
        assert_eq!(hold[0].rule, "consult/verb:hold+obj");
    }

    #[test]
    fn no_builtin_line_is_hidden_by_an_earlier_one() {
        // The first matching line wins: a line after one for the same word
        // without conditions could never be used.
        let lex = Lexicon::builtin().unwrap();
        for ((pos, lemma), lines) in &lex.by_word {
            for (k, t) in lines.iter().enumerate() {
                let open = t.obj.is_empty()
                    && t.prep.is_empty()
                    && t.modifiers.is_empty()
                    && t.comp.is_none()
                    && !t.with
                    && t.unless.is_empty()
                    && t.pred.is_empty();
                assert!(
                    !open || k + 1 == lines.len(),
                    "{pos:?}:{lemma}: {} hides the lines after it",
                    t.rule
                );
            }
        }
    }

    #[test]
    fn pred_lists_what_the_object_is_called() {
        let mut lex = Lexicon::default();
        lex.add("ACCUSE verb:call pred=crime|sham mode=disapprove\n", "t")
            .unwrap();
        let call = lex.get(Pos::Verb, "call");
        assert_eq!(call[0].pred, ["crime", "sham"]);
        assert_eq!(call[0].rule, "accuse/verb:call+pred");
    }

    #[test]
    fn bad_lines_name_the_line() {
        let mut lex = Lexicon::default();
        let err = lex.add("CONSULT verb:meet\nGREET verb:wave\n", "mine.txt");
        assert_eq!(err.unwrap_err().line, 2);
        assert!(lex.add("CONSULT meet", "x").is_err());
        assert!(lex.add("CONSULT verb:meet roles=sideways", "x").is_err());
        assert!(lex.add("CONSULT verb:meet color=red", "x").is_err());
    }
}
