//! Properties that must hold for every text and anchor: an anchor only adds
//! digits, no digit appears that the text and anchor do not give, no input
//! makes the scanner panic, and no clock is consulted.

mod common;

use dragoman_time::{at_least_as_specific, Anchor, TimeFinder, Timex};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn random_anchor(rng: &mut Rng) -> Anchor {
    let year = 1990 + rng.below(40) as i32;
    let month = 1 + rng.below(12) as u32;
    let last = match month {
        2 if year % 4 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let day = 1 + rng.below(last as usize) as u32;
    match rng.below(4) {
        0 => Anchor {
            year,
            month: None,
            day: None,
        },
        1 => Anchor {
            year,
            month: Some(month),
            day: None,
        },
        _ => Anchor {
            year,
            month: Some(month),
            day: Some(day),
        },
    }
}

const SUBJECTS: &[&str] = &[
    "The ministers",
    "Negotiators from both sides",
    "The central bank",
    "Rebel commanders",
    "The two presidents",
];
const VERBS: &[&str] = &[
    "met",
    "will meet",
    "are expected to meet",
    "said they had agreed",
    "plan to sign the accord",
    "signed the accord",
];
const EXPRESSIONS: &[&str] = &[
    "on Monday",
    "on Tuesday morning",
    "last Friday",
    "next Sunday",
    "on September 27",
    "on Sept. 27, 2022",
    "on 9 May",
    "in March",
    "in March 2023",
    "in 2021",
    "yesterday",
    "today",
    "tomorrow",
    "last week",
    "this week",
    "next month",
    "last year",
    "earlier this year",
    "later this month",
    "late last month",
    "two days ago",
    "a few weeks ago",
    "just days after the vote",
    "two days after the May 2 vote",
    "on June 1, and two days later",
    "from 5 to 7 March",
    "between May 2 and May 4",
    "by the end of September",
    "in early December",
    "last March",
    "next May",
    "on Thursday, December 7",
    "on Friday, 8 December 2023",
    "on 06.12.2023 at 09:34",
    "on 04/05/2023",
    "at 10:00 GMT",
    "the following day",
    "the past two weeks",
    "on Dec 31",
    "on Feb. 29",
    "in the 1990s",
];

fn generated_sentences(rng: &mut Rng, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| {
            let mut s = format!(
                "{} {} {}",
                rng.pick(SUBJECTS),
                rng.pick(VERBS),
                rng.pick(EXPRESSIONS)
            );
            if rng.below(2) == 0 {
                s.push_str(&format!(
                    ", and {} {}",
                    rng.pick(VERBS),
                    rng.pick(EXPRESSIONS)
                ));
            }
            s.push('.');
            s
        })
        .collect()
}

fn all_sentences(rng: &mut Rng) -> Vec<String> {
    let mut out: Vec<String> = common::cases().into_iter().map(|c| c.sentence).collect();
    out.extend(generated_sentences(rng, 3000));
    out
}

fn describe(t: &Timex) -> String {
    format!("{:?}={}", t.text, t.value.as_deref().unwrap_or("null"))
}

/// Removing the publication date never makes any value more specific: every
/// digit known without an anchor is known, and equal, with one. The spans
/// do not depend on the anchor at all.
#[test]
fn an_anchor_only_adds_digits() {
    let finder = TimeFinder::default();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let sentences = all_sentences(&mut rng);
    let mut compared = 0;
    for sentence in &sentences {
        let bare = finder.find(sentence, None);
        for _ in 0..6 {
            let anchor = random_anchor(&mut rng);
            let anchored = finder.find(sentence, Some(anchor));
            assert_eq!(
                bare.iter().map(|t| t.span).collect::<Vec<_>>(),
                anchored.iter().map(|t| t.span).collect::<Vec<_>>(),
                "spans differ for {sentence:?} with anchor {}",
                anchor.iso()
            );
            for (b, a) in bare.iter().zip(&anchored) {
                assert!(
                    at_least_as_specific(a.value.as_deref(), b.value.as_deref()),
                    "{sentence:?}: without an anchor {} but with {} {}",
                    describe(b),
                    anchor.iso(),
                    describe(a)
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 10_000, "only {compared} comparisons");
}

/// A value never holds a year unless the text writes one (four digits, or
/// two after an apostrophe or in a numeric date), and a text without any
/// digit yields at most a month (from a month name).
#[test]
fn no_digit_comes_from_nowhere() {
    let finder = TimeFinder::default();
    let mut rng = Rng(0x0dd_ba11_f00d);
    let sentences = all_sentences(&mut rng);
    for sentence in &sentences {
        let bytes = sentence.as_bytes();
        let has_four_digits = bytes.windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
        let has_two_digit_year = sentence.contains('\'')
            || sentence.contains('\u{2019}')
            || sentence.contains('/')
            || sentence.contains('.');
        let has_digit = bytes.iter().any(u8::is_ascii_digit);
        for t in finder.find(sentence, None) {
            let Some(v) = t.value.as_deref() else {
                continue;
            };
            let year_known = v[..4].bytes().any(|b| b.is_ascii_digit());
            assert!(
                !year_known || has_four_digits || (has_digit && has_two_digit_year),
                "{sentence:?}: {} has a year the text does not give",
                describe(&t)
            );
            if !has_digit {
                assert!(
                    v.starts_with("XXXX-") && v.ends_with("-XX"),
                    "{sentence:?}: {} has digits the text does not give",
                    describe(&t)
                );
            }
        }
    }
}

/// Random text (letters, digits, punctuation, month and weekday names,
/// non-ASCII) never makes the finder panic, and every span is a valid,
/// ordered, non-overlapping slice of the input.
#[test]
fn random_text_never_breaks_the_scanner() {
    const PIECES: &[&str] = &[
        "Monday",
        "Sept.",
        "27",
        "2022",
        "-",
        "–",
        ".",
        ",",
        "'",
        "’",
        "22",
        "on",
        "in",
        "the",
        "end",
        "of",
        "from",
        "to",
        "between",
        "and",
        "a",
        "few",
        "days",
        "after",
        "later",
        "last",
        "next",
        "week",
        "at",
        "10",
        ":",
        "00",
        "p",
        "m",
        "May",
        "March",
        "9",
        "31",
        "12",
        "/",
        "(",
        ")",
        "ağ",
        "日本",
        "\n",
        "  ",
        "1990s",
        "99999999999",
        "0",
        "29",
        "February",
        "this",
        "year",
        "earlier",
        "by",
        "about",
        "two",
        "ago",
        "s",
        "th",
        "Dec",
        "Tue",
    ];
    let finder = TimeFinder::default();
    let mut rng = Rng(0xfeed_beef_cafe_0042);
    for round in 0..4000 {
        let mut text = String::new();
        for _ in 0..rng.below(40) {
            let piece = rng.pick(PIECES);
            text.push_str(piece);
            if rng.below(3) > 0 {
                text.push(' ');
            }
        }
        if round % 5 == 0 {
            // raw random characters too
            for _ in 0..rng.below(30) {
                let c = char::from_u32((rng.next() % 0x3000) as u32).unwrap_or('?');
                text.push(c);
            }
        }
        let anchor = if round % 2 == 0 {
            Some(random_anchor(&mut rng))
        } else {
            None
        };
        let found = finder.find(&text, anchor);
        let mut last_end = 0;
        for t in &found {
            assert!(
                t.span.start >= last_end && t.span.start < t.span.end,
                "{text:?}: {t:?}"
            );
            assert_eq!(
                text.get(t.span.start..t.span.end),
                Some(t.text.as_str()),
                "{text:?}"
            );
            if let Some(v) = &t.value {
                assert_eq!(v.len(), 10, "{text:?}: {v}");
            }
            last_end = t.span.end;
        }
    }
    // extreme anchors and empty input
    for anchor in [
        Anchor {
            year: 1,
            month: Some(1),
            day: Some(1),
        },
        Anchor {
            year: 9999,
            month: Some(12),
            day: Some(31),
        },
    ] {
        let found = finder.find(
            "The talks began last week and will end next year, on Monday, 99 years ago.",
            Some(anchor),
        );
        assert!(!found.is_empty());
    }
    assert!(finder.find("", None).is_empty());
}

/// The crate never reads the machine's clock: resolution depends on the
/// text and the anchor alone.
#[test]
fn no_clock_in_the_sources() {
    let forbidden = [
        concat!("System", "Time"),
        concat!("Instant", "::now"),
        concat!("Local", "::now"),
        concat!("Utc", "::now"),
        concat!("chr", "ono"),
        concat!("time", "::OffsetDateTime"),
        concat!("UNIX", "_EPOCH"),
    ];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for dir in ["src", "resources"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("crate directory is readable") {
            let path = entry.expect("directory entry").path();
            let text = std::fs::read_to_string(&path).expect("source is UTF-8");
            for word in forbidden {
                assert!(!text.contains(word), "{} mentions {word}", path.display());
            }
            checked += 1;
        }
    }
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("Cargo.toml");
    assert!(
        !manifest.contains(forbidden[4]),
        "Cargo.toml depends on a clock crate"
    );
    assert!(checked >= 6);
}
