//! Rule-based English lemmatizer driven by UPOS and Penn tags.
//!
//! Lookups come first: `resources/lemma_exceptions.tsv` (pronouns,
//! auxiliaries, irregular plurals and comparatives) and, for verbs in the past
//! tense or participle, `resources/irregular_verbs.txt` (`met` -> `meet`,
//! `held` -> `hold`). Regular forms then lose their inflection (`-s`, `-es`,
//! `-ies`, `-ed`, `-ied`, `-ing`, `-er`, `-est`) and the stem is repaired the
//! way English spelling changed it: doubled consonants are undoubled
//! (`stopped` -> `stop`) and a silent `e` is put back where the spelling
//! demands one (`urged` -> `urge`, `accused` -> `accuse`, `making` ->
//! `make`), with the stems that break those rules listed in
//! `resources/lemma_stems.txt`. Proper nouns, numbers, symbols and
//! punctuation keep their form; other words are lower-cased, following the
//! UD English EWT conventions.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::tags::{Upos, Xpos};

const EXCEPTIONS: &str = include_str!("../resources/lemma_exceptions.tsv");
const IRREGULAR_VERBS: &str = include_str!("../resources/irregular_verbs.txt");
const STEMS: &str = include_str!("../resources/lemma_stems.txt");

struct LemmaData {
    /// (form, Some(upos) or None for any) -> lemma
    exceptions: HashMap<(&'static str, Option<Upos>), &'static str>,
    /// past or participle form -> base
    irregular: HashMap<&'static str, &'static str>,
    /// base forms of the irregular verbs
    bases: HashSet<&'static str>,
    no_e: HashSet<&'static str>,
    with_e: HashSet<String>,
}

fn data() -> &'static LemmaData {
    static DATA: OnceLock<LemmaData> = OnceLock::new();
    DATA.get_or_init(|| {
        let lines = |s: &'static str| {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        let mut exceptions = HashMap::new();
        for line in lines(EXCEPTIONS) {
            let mut cols = line.split('\t');
            if let (Some(form), Some(pos), Some(lemma)) = (cols.next(), cols.next(), cols.next()) {
                let pos = if pos == "*" { None } else { Upos::parse(pos) };
                exceptions.insert((form, pos), lemma);
            }
        }
        let mut irregular = HashMap::new();
        let mut bases = HashSet::new();
        for line in lines(IRREGULAR_VERBS) {
            let mut cols = line.split_whitespace();
            let Some(base) = cols.next() else { continue };
            bases.insert(base);
            for col in cols {
                for form in col.split('/') {
                    if form != base {
                        irregular.entry(form).or_insert(base);
                    }
                }
            }
        }
        let mut no_e = HashSet::new();
        let mut with_e = HashSet::new();
        let mut section = "";
        for line in lines(STEMS) {
            match line {
                "[no-e]" | "[e]" => section = line,
                _ if section == "[no-e]" => {
                    no_e.insert(line);
                }
                _ => {
                    // stored without the final e, as the stem appears
                    with_e.insert(line.trim_end_matches('e').to_string());
                }
            }
        }
        LemmaData {
            exceptions,
            irregular,
            bases,
            no_e,
            with_e,
        }
    })
}

/// The lemma being built: the end of the caller's buffer from `start`, so
/// that suffix rules edit in place without allocating.
struct Tail<'a> {
    buf: &'a mut String,
    start: usize,
}

impl Tail<'_> {
    fn as_str(&self) -> &str {
        &self.buf[self.start..]
    }
    fn as_bytes(&self) -> &[u8] {
        self.as_str().as_bytes()
    }
    fn len(&self) -> usize {
        self.buf.len() - self.start
    }
    fn ends_with(&self, s: &str) -> bool {
        self.as_str().ends_with(s)
    }
    fn is_ascii(&self) -> bool {
        self.as_str().is_ascii()
    }
    fn truncate(&mut self, n: usize) {
        let mut end = self.start + n;
        while !self.buf.is_char_boundary(end) {
            end -= 1;
        }
        self.buf.truncate(end);
    }
    fn push(&mut self, c: char) {
        self.buf.push(c);
    }
    fn pop(&mut self) {
        if self.len() > 0 {
            self.buf.pop();
        }
    }
    fn set(&mut self, s: &str) {
        self.buf.truncate(self.start);
        self.buf.push_str(s);
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Repairs a stem left by removing `-ed`, `-ing`, `-er` or `-est`.
fn fix_stem(stem: &mut Tail) {
    let d = data();
    if d.no_e.contains(stem.as_str()) {
        return;
    }
    if d.with_e.contains(stem.as_str()) {
        stem.push('e');
        return;
    }
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 || !stem.is_ascii() {
        return;
    }
    let (last, prev) = (b[n - 1], b[n - 2]);
    // doubled consonants: stopped -> stop, controlled -> control
    if last == prev && !is_vowel(last) && !matches!(last, b'l' | b's' | b'z' | b'f') {
        if !matches!(
            stem.as_str(),
            "add" | "err" | "purr" | "butt" | "egg" | "ebb" | "odd" | "inn"
        ) {
            stem.pop();
        }
        return;
    }
    if last == b'l' && prev == b'l' {
        if (n > 5 && stem.ends_with("ell")) || stem.ends_with("troll") && n > 6 {
            stem.pop();
        }
        return;
    }
    // "qu" is one consonant: "required", "quoted".
    let third = match n {
        0..=2 => None,
        _ if b[n - 3] == b'u' && n >= 4 && b[n - 4] == b'q' => Some(b'q'),
        _ => Some(b[n - 3]),
    };
    // One group of vowels: "bit(ing)", "fil(ed)", "writ(ing)".
    let one_syllable = b
        .iter()
        .enumerate()
        .filter(|&(k, &c)| is_vowel(c) && (k == 0 || !is_vowel(b[k - 1])))
        .count()
        == 1;
    let needs_e = match last {
        b'v' | b'c' | b'u' => true,
        b'z' => prev != b'z',
        b's' => prev != b's',
        b'g' => {
            if prev == b'n' {
                third.is_some_and(|t| matches!(t, b'a' | b'u' | b'e'))
            } else {
                prev != b'g'
            }
        }
        b'h' => prev == b't',
        b'l' => {
            matches!(
                prev,
                b'b' | b'c' | b'd' | b'f' | b'g' | b'k' | b'p' | b't' | b'z'
            ) || (third.is_none_or(|t| !is_vowel(t))
                && (prev == b'u' || (matches!(prev, b'a' | b'i' | b'o') && one_syllable)))
        }
        // English words do not end in a consonant and "r": "massacred".
        b'r' if !is_vowel(prev) && prev != b'r' => true,
        b'b' | b'd' | b'k' | b'm' | b'n' | b'p' | b'r' | b't' => {
            let single_vowel =
                matches!(prev, b'a' | b'i' | b'o' | b'u') && third.is_none_or(|t| !is_vowel(t));
            match (prev, last) {
                (b'o', b'n') => false,
                (b'i', b't') => single_vowel && one_syllable,
                (b'a', b't') => !matches!(third, Some(b'e') | Some(b'o')),
                _ => single_vowel,
            }
        }
        _ => false,
    };
    if needs_e {
        stem.push('e');
    }
}

/// Appends the lemma of `form` to `out`.
///
/// ```
/// use dragoman_nlp::{lemmatize, Upos, Xpos};
/// let lemma = |w, u, x| { let mut s = String::new(); lemmatize(w, u, Some(x), &mut s); s };
/// assert_eq!(lemma("met", Upos::Verb, Xpos::Vbd), "meet");
/// assert_eq!(lemma("urged", Upos::Verb, Xpos::Vbd), "urge");
/// assert_eq!(lemma("talks", Upos::Noun, Xpos::Nns), "talk");
/// assert_eq!(lemma("Azerbaijan", Upos::Propn, Xpos::Nnp), "Azerbaijan");
/// ```
pub fn lemmatize(form: &str, upos: Upos, xpos: Option<Xpos>, out: &mut String) {
    match upos {
        Upos::Propn => {
            if xpos == Some(Xpos::Nnps)
                && form.len() > 3
                && form.ends_with('s')
                && !form.ends_with("ss")
            {
                out.push_str(&form[..form.len() - 1]);
            } else {
                out.push_str(form);
            }
            return;
        }
        Upos::Punct | Upos::Sym | Upos::Num | Upos::X => {
            out.push_str(form);
            return;
        }
        _ => {}
    }
    let start = out.len();
    for c in form.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    let d = data();
    let lower = &out[start..];
    if let Some(&l) = d
        .exceptions
        .get(&(lower, Some(upos)))
        .or_else(|| d.exceptions.get(&(lower, None)))
    {
        out.truncate(start);
        out.push_str(l);
        return;
    }
    let mut w = Tail { buf: out, start };
    match upos {
        Upos::Verb | Upos::Aux => verb(&mut w, xpos),
        Upos::Noun if xpos == Some(Xpos::Nns) || xpos.is_none() && w.ends_with("s") => {
            plural(&mut w)
        }
        Upos::Adj | Upos::Adv => {
            if matches!(xpos, Some(Xpos::Jjr | Xpos::Rbr)) {
                degree(&mut w, "er")
            } else if matches!(xpos, Some(Xpos::Jjs | Xpos::Rbs)) {
                degree(&mut w, "est")
            }
        }
        _ => {}
    }
}

fn verb(w: &mut Tail, xpos: Option<Xpos>) {
    let d = data();
    let past = matches!(xpos, Some(Xpos::Vbd | Xpos::Vbn) | None);
    // A past form that is no verb's base form is past whatever the tag
    // says ("froze" tagged as a base form); "found" and "lay" are bases
    // too and keep the tag's reading.
    if let Some(base) = d.irregular.get(w.as_str()) {
        if past || !d.bases.contains(w.as_str()) {
            w.set(base);
            return;
        }
    }
    let n = w.len();
    if matches!(xpos, Some(Xpos::Vbg) | None) && n > 4 && w.ends_with("ing") {
        w.truncate(n - 3);
        fix_stem(w);
    } else if past && n > 3 && w.ends_with("ed") {
        if w.ends_with("ied") {
            if n <= 4 {
                w.truncate(n - 1);
            } else {
                w.truncate(n - 3);
                w.push('y');
            }
        } else if w.ends_with("eed") {
            w.truncate(n - 1);
        } else {
            w.truncate(n - 2);
            fix_stem(w);
        }
    } else if matches!(xpos, Some(Xpos::Vbz) | None)
        && n > 2
        && w.ends_with("s")
        && !w.ends_with("ss")
    {
        third_person(w);
    }
}

fn third_person(w: &mut Tail) {
    let n = w.len();
    if w.ends_with("ies") {
        if n <= 4 {
            w.truncate(n - 1);
        } else {
            w.truncate(n - 3);
            w.push('y');
        }
    } else if ["sses", "shes", "ches", "xes", "zzes", "oes"]
        .iter()
        .any(|s| w.ends_with(s))
    {
        w.truncate(n - 2);
    } else {
        w.truncate(n - 1);
    }
}

fn plural(w: &mut Tail) {
    let n = w.len();
    if w.ends_with("men") && xmen_is_plural(w) {
        // "fishermen", "gunmen", "policewomen", "men"
        w.truncate(n - 2);
        w.push('a');
        w.push('n');
        return;
    }
    if n <= 3 || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || !w.ends_with("s") {
        return;
    }
    third_person(w);
}

/// Whether a word in "-men" is the plural of one in "-man" (not
/// "specimen", "regimen", "abdomen").
fn xmen_is_plural(w: &Tail) -> bool {
    const NOT: [&str; 9] = [
        "specimen", "regimen", "abdomen", "omen", "amen", "stamen", "semen", "acumen", "yemen",
    ];
    !NOT.iter().any(|x| w.ends_with(x))
}

fn degree(w: &mut Tail, suffix: &str) {
    let n = w.len();
    if n <= suffix.len() + 2 || !w.ends_with(suffix) {
        return;
    }
    w.truncate(n - suffix.len());
    if w.ends_with("i") {
        w.pop();
        w.push('y');
        return;
    }
    fix_stem(w);
}

/// The lemma of `form` as a new string (see [`lemmatize`]).
pub fn lemma(form: &str, upos: Upos, xpos: Option<Xpos>) -> String {
    let mut s = String::new();
    lemmatize(form, upos, xpos, &mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(w: &str, x: Xpos) -> String {
        lemma(w, Upos::Verb, Some(x))
    }

    #[test]
    fn event_triggers() {
        use Xpos::*;
        for (w, x, l) in [
            ("met", Vbd, "meet"),
            ("meets", Vbz, "meet"),
            ("meeting", Vbg, "meet"),
            ("held", Vbn, "hold"),
            ("said", Vbd, "say"),
            ("urged", Vbd, "urge"),
            ("accused", Vbn, "accuse"),
            ("killed", Vbd, "kill"),
            ("stopped", Vbd, "stop"),
            ("agreed", Vbd, "agree"),
            ("tried", Vbd, "try"),
            ("visited", Vbd, "visit"),
            ("created", Vbn, "create"),
            ("negotiated", Vbd, "negotiate"),
            ("announced", Vbd, "announce"),
            ("condemned", Vbd, "condemn"),
            ("controlled", Vbn, "control"),
            ("making", Vbg, "make"),
            ("continuing", Vbg, "continue"),
            ("changing", Vbg, "change"),
            ("bringing", Vbg, "bring"),
            ("seized", Vbd, "seize"),
            ("declared", Vbd, "declare"),
            ("appeared", Vbd, "appear"),
            ("opened", Vbd, "open"),
            ("voted", Vbd, "vote"),
            ("attacked", Vbd, "attack"),
            ("pushes", Vbz, "push"),
            ("goes", Vbz, "go"),
            ("handled", Vbd, "handle"),
            ("added", Vbd, "add"),
            ("massacred", Vbd, "massacre"),
            ("boycotted", Vbd, "boycott"),
            ("scheduled", Vbn, "schedule"),
            ("ruled", Vbd, "rule"),
            ("required", Vbn, "require"),
            ("quoted", Vbd, "quote"),
            ("filed", Vbd, "file"),
            ("failed", Vbd, "fail"),
            ("biting", Vbg, "bite"),
            ("writing", Vbg, "write"),
            ("visiting", Vbg, "visit"),
            ("sponsored", Vbd, "sponsor"),
            ("monitored", Vbd, "monitor"),
            ("ignored", Vbd, "ignore"),
            ("extradited", Vbd, "extradite"),
            ("guided", Vbd, "guide"),
            ("froze", Vb, "freeze"),
            ("scaled", Vbd, "scale"),
            ("lay", Vb, "lay"),
        ] {
            assert_eq!(v(w, x), l, "{w}");
        }
        assert_eq!(lemma("talks", Upos::Noun, Some(Xpos::Nns)), "talk");
        assert_eq!(lemma("fishermen", Upos::Noun, Some(Xpos::Nns)), "fisherman");
        assert_eq!(lemma("gunmen", Upos::Noun, Some(Xpos::Nns)), "gunman");
        assert_eq!(lemma("women", Upos::Noun, Some(Xpos::Nns)), "woman");
        assert_eq!(lemma("specimens", Upos::Noun, Some(Xpos::Nns)), "specimen");
        assert_eq!(lemma("countries", Upos::Noun, Some(Xpos::Nns)), "country");
        assert_eq!(lemma("forces", Upos::Noun, Some(Xpos::Nns)), "force");
        assert_eq!(lemma("was", Upos::Aux, Some(Xpos::Vbd)), "be");
        assert_eq!(lemma("Him", Upos::Pron, Some(Xpos::Prp)), "he");
        assert_eq!(lemma("larger", Upos::Adj, Some(Xpos::Jjr)), "large");
        assert_eq!(lemma("bigger", Upos::Adj, Some(Xpos::Jjr)), "big");
        assert_eq!(lemma("easiest", Upos::Adj, Some(Xpos::Jjs)), "easy");
        assert_eq!(
            lemma("Americans", Upos::Propn, Some(Xpos::Nnps)),
            "American"
        );
        assert_eq!(lemma("The", Upos::Det, Some(Xpos::Dt)), "the");
    }
}
