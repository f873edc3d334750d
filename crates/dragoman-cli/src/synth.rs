//! Synthetic wire reports for benchmarks.
//!
//! [`Synth`] writes plausible news articles from the vocabulary in
//! `resources/synthetic.txt` (invented officials of real countries,
//! report templates, background sentences, page chrome): a publication
//! line, a headline, a byline, a dateline and twelve to eighteen sentences,
//! about 300 words. Article `i` is the same on every run and machine (a
//! fixed-seed generator, no clock), and no two articles are identical, so
//! a benchmark can stream any number of them without holding them.

use anyhow::{bail, Result};
use dragoman_ingest::{Format, RawDoc};

const VOCABULARY: &str = include_str!("../resources/synthetic.txt");

struct Country<'a> {
    name: &'a str,
    adjective: &'a str,
    capital: &'a str,
    head: &'a str,
    minister: &'a str,
}

/// The article generator.
pub struct Synth<'a> {
    countries: Vec<Country<'a>>,
    headlines: Vec<&'a str>,
    leads: Vec<&'a str>,
    quotes: Vec<&'a str>,
    background: Vec<&'a str>,
    chrome: Vec<&'a str>,
    outlets: Vec<&'a str>,
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
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
];

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'b>(&mut self, v: &[&'b str]) -> &'b str {
        v[self.below(v.len())]
    }
}

impl Synth<'static> {
    /// The generator over the built-in vocabulary.
    pub fn builtin() -> Result<Synth<'static>> {
        Synth::parse(VOCABULARY)
    }
}

impl<'a> Synth<'a> {
    fn parse(text: &'a str) -> Result<Synth<'a>> {
        let mut s = Synth {
            countries: Vec::new(),
            headlines: Vec::new(),
            leads: Vec::new(),
            quotes: Vec::new(),
            background: Vec::new(),
            chrome: Vec::new(),
            outlets: Vec::new(),
        };
        let mut section = "";
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            match section {
                "countries" => {
                    let f: Vec<&str> = line.split('|').map(str::trim).collect();
                    let [name, adjective, capital, head, minister] = f[..] else {
                        bail!("synthetic.txt line {}: expected 5 fields", n + 1);
                    };
                    s.countries.push(Country {
                        name,
                        adjective,
                        capital,
                        head,
                        minister,
                    });
                }
                "headlines" => s.headlines.push(line),
                "leads" => s.leads.push(line),
                "quotes" => s.quotes.push(line),
                "background" => s.background.push(line),
                "chrome" => s.chrome.push(line),
                "outlets" => s.outlets.push(line),
                other => bail!("synthetic.txt line {}: unknown section [{other}]", n + 1),
            }
        }
        if s.countries.len() < 2
            || [
                &s.headlines,
                &s.leads,
                &s.quotes,
                &s.background,
                &s.chrome,
                &s.outlets,
            ]
            .iter()
            .any(|v| v.is_empty())
        {
            bail!("synthetic.txt: a section is empty");
        }
        Ok(s)
    }

    /// Article number `i`.
    pub fn article(&self, i: u64) -> RawDoc {
        let mut r = Rng(i.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0x5EED);
        let a = r.below(self.countries.len());
        let b = (a + 1 + r.below(self.countries.len() - 1)) % self.countries.len();
        let (ca, cb) = (&self.countries[a], &self.countries[b]);
        let month = r.below(12);
        let day = 1 + r.below(28);
        let year = 2019 + r.below(6);
        let fill = |t: &str, r: &mut Rng| -> String {
            t.replace("{Aadj}", ca.adjective)
                .replace("{Badj}", cb.adjective)
                .replace("{Acap}", ca.capital)
                .replace("{Bcap}", cb.capital)
                .replace("{Ahead}", ca.head)
                .replace("{Bhead}", cb.head)
                .replace("{Afm}", ca.minister)
                .replace("{Bfm}", cb.minister)
                .replace("{A}", ca.name)
                .replace("{B}", cb.name)
                .replace("{day}", DAYS[r.below(7)])
                .replace(
                    "{date}",
                    &format!("{} {}", MONTHS[r.below(12)], 1 + r.below(28)),
                )
                .replace("{n}", &(2 + r.below(400)).to_string())
        };
        let outlet = r.pick(&self.outlets);
        let mut out = String::with_capacity(2400);
        if r.below(2) == 0 {
            out.push_str(r.pick(&self.chrome));
            out.push('\n');
        }
        out.push_str(&fill(r.pick(&self.headlines), &mut r));
        out.push('\n');
        out.push_str(&format!("By {outlet} staff\n"));
        out.push_str(&format!("Published {year}-{:02}-{day:02}\n\n", month + 1));
        out.push_str(&format!(
            "{}, {} {day} ({outlet}) — {}",
            ca.capital.to_uppercase(),
            MONTHS[month],
            fill(r.pick(&self.leads), &mut r)
        ));
        let sentences = 12 + r.below(7);
        let mut paragraph = 1;
        for k in 1..sentences {
            let t = match k % 5 {
                1 => r.pick(&self.quotes),
                3 => r.pick(&self.leads),
                _ => r.pick(&self.background),
            };
            if paragraph > r.below(3) {
                out.push_str("\n\n");
                paragraph = 0;
            } else {
                out.push(' ');
            }
            out.push_str(&fill(t, &mut r));
            paragraph += 1;
        }
        out.push_str("\n\n");
        for _ in 0..r.below(3) {
            out.push_str(r.pick(&self.chrome));
            out.push('\n');
        }
        RawDoc {
            id: format!("synthetic-{i:06}"),
            source: format!("synthetic:{i}"),
            format: Format::Text,
            content: out,
            title: None,
            url: None,
            published: None,
            warnings: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_stable_distinct_and_news_sized() {
        let s = Synth::builtin().expect("vocabulary parses");
        let a = s.article(7);
        assert_eq!(a.content, s.article(7).content);
        assert_ne!(a.content, s.article(8).content);
        let words: usize = (0..200)
            .map(|i| s.article(i).content.split_whitespace().count())
            .sum();
        let mean = words / 200;
        assert!((180..=500).contains(&mean), "mean words {mean}");
        assert!(a.content.contains("Published 20"));
        assert!(
            !a.content.contains('{'),
            "unfilled placeholder: {}",
            a.content
        );
    }

    #[test]
    fn a_bad_vocabulary_is_an_error() {
        assert!(Synth::parse("[countries]\nA | B\n").is_err());
        assert!(Synth::parse("[nonsense]\nx\n").is_err());
        assert!(Synth::parse("").is_err());
    }
}
