//! Surface forms derived from a dictionary name, so that the data files list
//! each name once: dotted and undotted acronyms, straight and curly
//! apostrophes, accented and plain letters, hyphens and spaces, plurals of
//! role titles.

/// Variants of a proper name (countries, seats, organizations). The name
/// itself is not included; the result has no duplicates.
pub(crate) fn proper(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for form in dotted(name) {
        push(&mut out, name, form);
    }
    spelling(name, &mut out);
    out
}

/// Variants of a common noun (role titles, group nouns, generic bodies).
pub(crate) fn common(name: &str, plural_too: bool) -> Vec<String> {
    let mut out = Vec::new();
    spelling(name, &mut out);
    if plural_too {
        let forms: Vec<String> = std::iter::once(name.to_string())
            .chain(out.iter().cloned())
            .collect();
        for form in forms {
            if let Some(p) = plural(&form) {
                push(&mut out, name, p);
            }
        }
    }
    out
}

fn push(out: &mut Vec<String>, original: &str, form: String) {
    if form != original && !form.is_empty() && !out.contains(&form) {
        out.push(form);
    }
}

/// Apostrophe, accent and hyphen variants, and their combinations.
fn spelling(name: &str, out: &mut Vec<String>) {
    let mut forms = vec![name.to_string()];
    let folded = fold(name);
    if folded != name {
        forms.push(folded);
    }
    for form in forms.clone() {
        if form.contains('-') {
            forms.push(form.replace('-', " "));
        }
    }
    for form in forms.clone() {
        if form.contains('\'') {
            forms.push(form.replace('\'', "\u{2019}"));
        } else if form.contains('\u{2019}') {
            forms.push(form.replace('\u{2019}', "'"));
        }
    }
    for form in forms {
        push(out, name, form);
    }
}

/// "U.S." -> "U.S", "US"; "US" -> "U.S.", "U.S"; "U.S. Army" -> "US Army",
/// "U.S Army". Dotted words are single capitals each followed by a dot.
fn dotted(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let is_dotted = |w: &str| {
        let pairs = w.as_bytes().chunks_exact(2);
        w.len() >= 4
            && pairs.remainder().is_empty()
            && pairs
                .clone()
                .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
    };
    let mut out = Vec::new();
    if words.iter().any(|w| is_dotted(w)) {
        let undotted: Vec<String> = words
            .iter()
            .map(|w| {
                if is_dotted(w) {
                    w.replace('.', "")
                } else {
                    w.to_string()
                }
            })
            .collect();
        let last_dot: Vec<String> = words
            .iter()
            .map(|w| {
                if is_dotted(w) {
                    w[..w.len() - 1].to_string()
                } else {
                    w.to_string()
                }
            })
            .collect();
        out.push(undotted.join(" "));
        out.push(last_dot.join(" "));
    } else if (2..=3).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase()) {
        let dots: String = name.chars().flat_map(|c| [c, '.']).collect();
        out.push(dots[..dots.len() - 1].to_string());
        out.push(dots);
    }
    out
}

/// Plain-letter spelling of a name with Latin diacritics ("Élysée" ->
/// "Elysee", "Türkiye" -> "Turkiye"); other characters are kept.
pub(crate) fn fold(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ə' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' | 'Ə' => 'E',
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' | 'Ō' | 'Ő' => 'O',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'ş' | 'ș' | 'ś' | 'š' => 's',
            'Ş' | 'Ș' | 'Ś' | 'Š' => 'S',
            'ţ' | 'ț' => 't',
            'Ţ' | 'Ț' => 'T',
            'ğ' => 'g',
            'Ğ' => 'G',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'ł' => 'l',
            'Ł' => 'L',
            'ž' | 'ź' | 'ż' => 'z',
            'Ž' | 'Ź' | 'Ż' => 'Z',
            'ý' | 'ÿ' => 'y',
            'Ý' => 'Y',
            'ř' => 'r',
            'ď' => 'd',
            'ʻ' | 'ʼ' => '\'',
            other => other,
        })
        .collect()
}

/// The plural of a role title: the head noun takes the plural ("foreign
/// ministers", "chiefs of staff", "secretaries-general", "spokesmen").
/// `None` for abbreviations ("Gen.").
fn plural(title: &str) -> Option<String> {
    if title.ends_with('.') || title.is_empty() {
        return None;
    }
    let lower = title.to_ascii_lowercase();
    // the head noun ends where a post-modifier starts
    let mut head_end = title.len();
    for marker in [
        " of ", "-in-", " in ", "-at-", " at ", "-elect", " elect", " and ",
    ] {
        if let Some(at) = lower.find(marker) {
            head_end = head_end.min(at);
        }
    }
    if head_end == title.len() {
        for (suffix, owners) in [
            (
                "general",
                &[
                    "secretary",
                    "consul",
                    "director",
                    "attorney",
                    "prosecutor",
                    "governor",
                ][..],
            ),
            ("designate", &[][..]),
        ] {
            for sep in [" ", "-"] {
                let tail = format!("{sep}{suffix}");
                if lower.ends_with(&tail) {
                    let head = &lower[..lower.len() - tail.len()];
                    let last = head.rsplit([' ', '-']).next().unwrap_or(head);
                    if owners.is_empty() || owners.contains(&last) {
                        head_end = head.len();
                    }
                }
            }
        }
    }
    let (head, rest) = title.split_at(head_end);
    let acronym = head.bytes().filter(|b| b.is_ascii_uppercase()).count() >= 2;
    let plural_head = if acronym {
        format!("{head}s")
    } else if let Some(stem) = head.strip_suffix("man") {
        format!("{stem}men")
    } else if head.ends_with("person") {
        format!("{head}s")
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|s| head.ends_with(s))
    {
        format!("{head}es")
    } else if head.ends_with('y')
        && !head
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| "aeiou".contains(c))
    {
        format!("{}ies", &head[..head.len() - 1])
    } else {
        format!("{head}s")
    };
    Some(format!("{plural_head}{rest}"))
}

/// Display form of a role title: words capitalised except short function
/// words ("minister of foreign affairs" -> "Minister of Foreign Affairs").
pub(crate) fn title_case(title: &str) -> String {
    const SMALL: [&str; 10] = ["of", "the", "and", "for", "in", "at", "on", "to", "a", "an"];
    let mut out = String::with_capacity(title.len());
    let mut first = true;
    for piece in title.split_inclusive([' ', '-']) {
        let word = piece.trim_end_matches([' ', '-']);
        let separator = &piece[word.len()..];
        if !word.is_empty() {
            if !first && SMALL.contains(&word) {
                out.push_str(word);
            } else {
                let mut chars = word.chars();
                if let Some(c) = chars.next() {
                    out.extend(c.to_uppercase());
                    out.push_str(chars.as_str());
                }
            }
            first = false;
        }
        out.push_str(separator);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_acronyms() {
        let v = proper("U.S.");
        assert!(v.contains(&"US".to_string()) && v.contains(&"U.S".to_string()));
        let v = proper("UK");
        assert!(v.contains(&"U.K.".to_string()) && v.contains(&"U.K".to_string()));
        assert!(proper("U.S. Army").contains(&"US Army".to_string()));
        assert!(proper("NATO").iter().all(|v| !v.contains('.')));
    }

    #[test]
    fn spellings() {
        let v = proper("Côte d'Ivoire");
        for want in [
            "Cote d'Ivoire",
            "Côte d\u{2019}Ivoire",
            "Cote d\u{2019}Ivoire",
        ] {
            assert!(v.contains(&want.to_string()), "{want} in {v:?}");
        }
        assert!(proper("Guinea-Bissau").contains(&"Guinea Bissau".to_string()));
        assert_eq!(fold("Türkiye"), "Turkiye");
        assert_eq!(fold("Élysée"), "Elysee");
    }

    #[test]
    fn plurals() {
        let p = |t: &str| plural(t).unwrap();
        assert_eq!(p("foreign minister"), "foreign ministers");
        assert_eq!(p("chief of staff"), "chiefs of staff");
        assert_eq!(p("spokesman"), "spokesmen");
        assert_eq!(p("secretary-general"), "secretaries-general");
        assert_eq!(p("major general"), "major generals");
        assert_eq!(p("commander-in-chief"), "commanders-in-chief");
        assert_eq!(p("deputy"), "deputies");
        assert_eq!(p("attorney general"), "attorneys general");
        assert_eq!(p("CEO"), "CEOs");
        assert_eq!(p("spokesperson"), "spokespersons");
        assert_eq!(plural("Gen."), None);
    }

    #[test]
    fn title_cases() {
        assert_eq!(
            title_case("minister of foreign affairs"),
            "Minister of Foreign Affairs"
        );
        assert_eq!(title_case("secretary-general"), "Secretary-General");
        assert_eq!(title_case("CEO"), "CEO");
    }
}
