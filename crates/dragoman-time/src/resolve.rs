//! Normalization: from what an expression says ([`Sem`]) and the
//! publication date ([`Anchor`]) to a value, a range, a confidence and
//! flags. The rules are in the crate documentation; the one that matters
//! most is that nothing is taken from anywhere but the text and the anchor.

use crate::calendar::{
    add_days, add_months, common, days_in_month, parts, to_days, weekday_of, Parts,
};
use crate::grammar::{Cand, DateSpec, Parser, Sem, TimeOfDay, WeekShift};
use crate::lexicon::{role, Part, RefKind, Unit};
use crate::scan::TokKind;
use crate::{Anchor, Granularity, Tense, TimeFlag, Timex, TimexKind};

type Ymd = (i32, u32, u32);

/// How many sentences back a "prior" reference ("the same day", "two days
/// later") still finds its date, when the sentences between name no other
/// and only quote what was said.
const PRIOR_SENTENCES: u32 = 3;

/// How far the tense check looks on either side of an expression.
const CLAUSE_WINDOW: usize = 12;
/// How close after "two days after" its reference date must start.
const OBJECT_WINDOW: usize = 8;

/// What resolving one expression yields.
struct Outcome {
    value: Parts,
    earliest: Option<Parts>,
    latest: Option<Parts>,
    granularity: Granularity,
    kind: TimexKind,
    confidence: f32,
    flags: Vec<TimeFlag>,
}

impl Outcome {
    fn new(kind: TimexKind, granularity: Granularity, confidence: f32) -> Outcome {
        Outcome {
            value: Parts::default(),
            earliest: None,
            latest: None,
            granularity,
            kind,
            confidence,
            flags: Vec::new(),
        }
    }
}

pub(crate) fn resolve_all(
    parser: &Parser<'_>,
    text: &str,
    cands: &[Cand],
    anchor: Option<Anchor>,
) -> Vec<Timex> {
    let anchor = anchor.filter(|a| a.is_valid());
    let mut outcomes: Vec<Option<Outcome>> = Vec::with_capacity(cands.len());
    let mut tenses = Vec::with_capacity(cands.len());
    // A date standing alone on its line ("Wednesday, 14 August" over a
    // diary entry or a day of a timeline) is what the lines under it count
    // from, until the next such heading.
    let mut anchors = Vec::with_capacity(cands.len());
    let mut current = anchor;
    // Expressions that count from another event need that event's date,
    // so they come second.
    for c in cands {
        let tense = tense_of(parser, c);
        tenses.push(tense);
        anchors.push(current);
        outcomes.push(match c.sem {
            Sem::Relative {
                reference: RefKind::Object | RefKind::Prior,
                ..
            } => None,
            _ if alone_on_line(parser, text, c) => {
                // a heading is read against the publication date itself
                let o = resolve_one(c, anchor, tense);
                if let Some(day) = heading_day(&o, anchor) {
                    current = Some(day);
                }
                Some(o)
            }
            _ => Some(resolve_one(c, current, tense)),
        });
    }
    for k in 0..cands.len() {
        if outcomes[k].is_none() {
            outcomes[k] = Some(resolve_event_relative(
                parser, cands, &outcomes, &tenses, anchors[k], k,
            ));
        }
    }
    cands
        .iter()
        .zip(outcomes)
        .zip(tenses)
        .filter_map(|((c, o), tense)| {
            let o = o?;
            let start = parser.toks.get(c.start)?.start;
            let end = parser.toks.get(c.end.checked_sub(1)?)?.end;
            let text_of = text.get(start..end)?;
            Some(Timex {
                span: dragoman_core::Span::new(start, end),
                text: text_of.to_string(),
                value: o.value.pattern(),
                granularity: o.granularity,
                earliest: o.earliest.and_then(|p| p.pattern()),
                latest: o.latest.and_then(|p| p.pattern()),
                confidence: o.confidence.clamp(0.05, 1.0),
                tense,
                flags: o.flags,
                kind: o.kind,
                time: c.time.map(|t| time_text(parser, text, t)),
            })
        })
        .collect()
}

/// The day a date heading stands for: a full day no later than the
/// publication date (and, with a weekday, agreeing with it). Never without
/// a publication date to check it against.
fn heading_day(o: &Outcome, anchor: Option<Anchor>) -> Option<Anchor> {
    let (year, month, day) = o.value.full()?;
    let published = anchor?.bounds().1;
    let mismatch = o
        .flags
        .iter()
        .any(|f| matches!(f, TimeFlag::WeekdayMismatch { .. }));
    ((year, month, day) <= published && !mismatch).then_some(Anchor {
        year,
        month: Some(month),
        day: Some(day),
    })
}

/// A date that is its line's whole text, but for a weekday the expression
/// left out before it and closing punctuation ("Wednesday, 14 August").
fn alone_on_line(parser: &Parser<'_>, text: &str, c: &Cand) -> bool {
    if !matches!(c.sem, Sem::Date(_)) {
        return false;
    }
    let (Some(first), Some(last)) = (
        parser.toks.get(c.start),
        c.end.checked_sub(1).and_then(|i| parser.toks.get(i)),
    ) else {
        return false;
    };
    let before = &text[..first.start];
    let after = &text[last.end..];
    let lead = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .trim_matches(|ch: char| ch.is_whitespace() || ch == ',');
    let lead_ok = lead.is_empty()
        || lead.len() <= 10
            && lead.starts_with(char::is_uppercase)
            && lead.chars().all(char::is_alphabetic);
    lead_ok
        && after[..after.find('\n').unwrap_or(after.len())]
            .chars()
            .all(|ch| ch.is_whitespace() || matches!(ch, ':' | '.' | ',' | '—' | '–' | '-'))
}

fn time_text(parser: &Parser<'_>, text: &str, t: TimeOfDay) -> String {
    match t {
        TimeOfDay::Clock { hour, minute } => format!("{hour:02}:{minute:02}"),
        TimeOfDay::PartName(name) => name.to_string(),
        TimeOfDay::PartWord(i) => parser
            .toks
            .get(i)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
            .to_ascii_lowercase(),
    }
}

/// Future when a future cue ("will", "is to", "plans to", "next", ...)
/// stands in the clause around the expression or in the expression itself;
/// past otherwise. The clause ends at sentence ends, semicolons, colons,
/// clause words ("that", "said", "and") and, unless the expression opens
/// the sentence, commas.
fn tense_of(parser: &Parser<'_>, c: &Cand) -> Tense {
    let inherent = match c.sem {
        Sem::Weekday {
            shift: WeekShift::Next,
            ..
        } => Some(Tense::Future),
        Sem::Weekday {
            shift: WeekShift::Last,
            ..
        } => Some(Tense::Past),
        Sem::Date(DateSpec {
            year_shift: Some(s),
            ..
        })
        | Sem::Date(DateSpec {
            year_offset: Some(s),
            ..
        }) if s != 0 => Some(if s > 0 { Tense::Future } else { Tense::Past }),
        // a deadline looks ahead from the statement that sets it
        Sem::Date(DateSpec {
            part: Part::ByEnd, ..
        }) => Some(Tense::Future),
        Sem::Relative {
            reference: RefKind::Anchor,
            lo,
            part,
            ..
        } => {
            if lo > 0 || part == Part::FromAnchor {
                Some(Tense::Future)
            } else if lo < 0 || part == Part::ToAnchor {
                Some(Tense::Past)
            } else {
                None
            }
        }
        _ => None,
    };
    if let Some(t) = inherent {
        return t;
    }
    let toks = parser.toks;
    // "said on Wednesday it would summon ...": the date of the saying
    if c.start > 0
        && toks[c.start - 1].sent == toks[c.start].sent
        && toks[c.start - 1].kind == TokKind::Word
        && parser.lex.has_role(toks[c.start - 1].id, role::SPEECH)
    {
        return Tense::Past;
    }
    let opens_sentence = c.start == 0 || toks[c.start - 1].sent != toks[c.start].sent;
    let stops = |i: usize, comma_stops: bool| -> bool {
        let t = &toks[i];
        match t.kind {
            TokKind::Punct => {
                t.is_punct(';')
                    || t.is_punct(':')
                    || (comma_stops && t.is_punct(','))
                    || t.is_punct('.')
            }
            TokKind::Word => parser.lex.has_role(t.id, role::BOUNDARY),
            TokKind::Num => false,
        }
    };
    let sent = toks.get(c.start).map(|t| t.sent);
    let future_at = |i: usize| -> bool {
        parser.lex.future.get(&toks[i].id).is_some_and(|list| {
            list.iter().any(|p| {
                p.words.iter().enumerate().all(|(k, &w)| {
                    toks.get(i + k)
                        .is_some_and(|t| t.kind == TokKind::Word && t.id == w)
                })
            })
        })
    };
    // backwards
    let mut i = c.start;
    let mut steps = 0;
    while i > 0 && steps < CLAUSE_WINDOW {
        i -= 1;
        steps += 1;
        if Some(toks[i].sent) != sent || stops(i, true) {
            break;
        }
        if toks[i].kind == TokKind::Word && future_at(i) {
            return Tense::Future;
        }
    }
    // inside the expression ("next Monday" is handled above; "to be held")
    // and forwards
    let mut i = c.start;
    let mut steps = 0;
    while i < toks.len() && steps < CLAUSE_WINDOW + (c.end - c.start) {
        if Some(toks[i].sent) != sent {
            break;
        }
        if i >= c.end && stops(i, !opens_sentence && !starts_after_prep(parser, c)) {
            break;
        }
        if toks[i].kind == TokKind::Word && future_at(i) {
            return Tense::Future;
        }
        i += 1;
        steps += 1;
    }
    Tense::Past
}

/// "On Monday, ..." at the start of a sentence (the prepositional phrase
/// is the first thing in it).
fn starts_after_prep(parser: &Parser<'_>, c: &Cand) -> bool {
    let toks = parser.toks;
    c.start == 0 || toks[c.start - 1].sent != toks[c.start].sent || {
        let t = &toks[c.start];
        t.kind == TokKind::Word
            && parser.lex.has_role(t.id, role::PREP)
            && (c.start == 0 || toks[c.start - 1].sent != t.sent)
    }
}

fn resolve_one(c: &Cand, anchor: Option<Anchor>, tense: Tense) -> Outcome {
    let mut o = match c.sem {
        Sem::Date(spec) => resolve_date(spec, anchor, tense),
        Sem::Range(a, b) => resolve_range(a, b, anchor, tense),
        Sem::Weekday { weekday, shift } => resolve_weekday(weekday, shift, anchor, tense),
        Sem::Relative {
            unit,
            lo,
            hi,
            part,
            fuzzy,
            ..
        } => resolve_anchor_relative(unit, lo, hi, part, fuzzy, anchor),
        Sem::Time => Outcome::new(TimexKind::Time, Granularity::Time, 0.8),
    };
    if c.notes.two_digit_year {
        o.flags.push(TimeFlag::TwoDigitYear);
        o.confidence -= 0.05;
    }
    if c.notes.ambiguous_order {
        o.flags.push(TimeFlag::AmbiguousDayMonth);
        o.confidence = o.confidence.min(0.6);
    }
    if c.notes.invalid_day {
        o.flags.push(TimeFlag::InvalidDate);
        o.confidence = o.confidence.min(0.4);
    }
    if let Some(a) = anchor {
        check_against_anchor(&mut o, a, tense);
    }
    o
}

/// A past-tense date after the publication date, or a future one before it.
fn check_against_anchor(o: &mut Outcome, a: Anchor, tense: Tense) {
    let (first, last) = a.bounds();
    let earliest = o.earliest.and_then(|p| p.full()).or_else(|| o.value.full());
    let latest = o.latest.and_then(|p| p.full()).or_else(|| o.value.full());
    let after = match tense {
        Tense::Past => earliest.is_some_and(|e| e > last),
        Tense::Future => false,
    };
    let before = match tense {
        Tense::Future => latest.is_some_and(|l| l < first),
        Tense::Past => false,
    };
    if after {
        o.flags.push(TimeFlag::AfterAnchor);
        o.confidence -= 0.2;
    }
    if before {
        o.flags.push(TimeFlag::BeforeAnchor);
        o.confidence -= 0.2;
    }
}

/// The year of a month (and day) that the text leaves open, from the anchor:
/// the latest such date on or before the anchor in past-tense text, the
/// earliest on or after it in future-tense text; "last"/"next"/"this"
/// decide by themselves. `None` when the anchor cannot decide.
fn infer_year(
    month: u32,
    day: Option<u32>,
    shift: Option<i32>,
    a: Anchor,
    tense: Tense,
) -> Option<i32> {
    let y = a.year;
    match (shift, a.month) {
        (Some(0), _) => Some(y),
        (Some(s), Some(am)) => Some(if s < 0 {
            if month < am {
                y
            } else {
                y - 1
            }
        } else if month > am {
            y
        } else {
            y + 1
        }),
        (Some(_), None) => None,
        (None, None) => Some(y),
        (None, Some(am)) => {
            let ours = (month, day.unwrap_or(0));
            let theirs = (am, a.day.unwrap_or(0));
            if month == am && (day.is_none() || a.day.is_none()) {
                return Some(y);
            }
            Some(match tense {
                Tense::Past if ours > theirs => y - 1,
                Tense::Future if ours < theirs => y + 1,
                _ => y,
            })
        }
    }
}

/// First and last day of what `p` names (a day, a month, a year, a
/// decade), with X for what stays unknown; `None` when even that is not
/// known (February's last day without a year).
fn period(p: Parts) -> (Option<Parts>, Option<Parts>) {
    match (p.year, p.decade, p.month, p.day) {
        (_, _, Some(_), Some(_)) => (Some(p), Some(p)),
        (y, _, Some(m), None) => {
            let last = match y {
                Some(y) => Some(days_in_month(y, m)),
                None if m == 2 => None,
                None => Some(days_in_month(2001, m)),
            };
            let first = Parts { day: Some(1), ..p };
            (Some(first), last.map(|d| Parts { day: Some(d), ..p }))
        }
        (Some(y), _, None, _) => (Some(parts((y, 1, 1))), Some(parts((y, 12, 31)))),
        (None, Some((v, n)), None, _) => {
            let size = 10i32.pow(4 - n.min(3) as u32);
            (
                Some(parts((v * size, 1, 1))),
                Some(parts((v * size + size - 1, 12, 31))),
            )
        }
        _ => (None, None),
    }
}

/// Early, middle or late part of a month, year or decade.
fn narrow(
    p: Parts,
    part: Part,
    bounds: (Option<Parts>, Option<Parts>),
) -> (Option<Parts>, Option<Parts>) {
    let (first, last) = bounds;
    match part {
        Part::Whole | Part::ToAnchor | Part::FromAnchor | Part::SpanBack => (first, last),
        Part::ByEnd => (None, last),
        Part::Early | Part::Mid | Part::Late => {
            let third = match part {
                Part::Early => 0,
                Part::Mid => 1,
                _ => 2,
            };
            match (p.month, p.year, p.decade) {
                (Some(_), _, _) => {
                    let from = [1, 11, 21][third];
                    let to = [10, 20, 0][third];
                    let first = first.map(|f| Parts {
                        day: Some(from),
                        ..f
                    });
                    let last = if to == 0 {
                        last
                    } else {
                        last.map(|l| Parts { day: Some(to), ..l })
                    };
                    (first, last)
                }
                (None, Some(y), _) => {
                    let (m1, m2) = [(1, 4), (5, 8), (9, 12)][third];
                    (
                        Some(parts((y, m1, 1))),
                        Some(parts((y, m2, days_in_month(y, m2)))),
                    )
                }
                (None, None, Some((d, 3))) => {
                    let (y1, y2) = [(0, 3), (4, 6), (7, 9)][third];
                    (
                        Some(parts((d * 10 + y1, 1, 1))),
                        Some(parts((d * 10 + y2, 12, 31))),
                    )
                }
                _ => (first, last),
            }
        }
    }
}

fn granularity_of(p: Parts) -> Granularity {
    if p.day.is_some() {
        Granularity::Day
    } else if p.month.is_some() {
        Granularity::Month
    } else if p.year.is_some() {
        Granularity::Year
    } else if matches!(p.decade, Some((_, 3))) {
        Granularity::Decade
    } else {
        Granularity::Unknown
    }
}

fn resolve_date(spec: DateSpec, anchor: Option<Anchor>, tense: Tense) -> Outcome {
    let mut p = spec.parts;
    let mut o = Outcome::new(
        TimexKind::Date,
        granularity_of(p),
        if p.year.is_some() { 0.95 } else { 0.9 },
    );
    if let (Some(offset), Some(a), None) = (spec.year_offset, anchor, p.year) {
        p.year = Some(a.year + offset);
        o.flags.push(TimeFlag::YearFromAnchor);
        o.confidence = 0.8;
    }
    if p.year.is_none() && p.decade.is_none() {
        if let (Some(m), Some(a)) = (p.month, anchor) {
            if let Some(y) = infer_year(m, p.day, spec.year_shift, a, tense) {
                p.year = Some(y);
                o.flags.push(TimeFlag::YearFromAnchor);
                o.confidence = if a.month.is_some() { 0.8 } else { 0.65 };
            }
        }
    }
    if let (Some(wd), Some((y, m, d))) = (spec.weekday, p.full()) {
        let actual = weekday_of(y, m, d);
        if actual != wd {
            o.flags
                .push(TimeFlag::WeekdayMismatch { named: wd, actual });
            o.confidence -= 0.3;
        }
    }
    let (earliest, latest) = narrow(p, spec.part, period(p));
    o.value = p;
    o.earliest = earliest;
    o.latest = latest;
    o
}

fn resolve_range(a: DateSpec, b: DateSpec, anchor: Option<Anchor>, tense: Tense) -> Outcome {
    let mut pa = a.parts;
    let mut pb = b.parts;
    let mut o = Outcome::new(
        TimexKind::Range,
        granularity_of(pa),
        if pb.year.is_some() { 0.95 } else { 0.9 },
    );
    if pb.year.is_none() {
        if let (Some(mb), Some(anc)) = (pb.month, anchor) {
            // Past tense: the range ends by the anchor; future: starts after.
            let key = if tense == Tense::Past {
                (mb, pb.day)
            } else {
                (pa.month.unwrap_or(mb), pa.day)
            };
            if let Some(y) = infer_year(key.0, key.1, None, anc, tense) {
                let (ya, yb) = if tense == Tense::Past {
                    (if pa.month > pb.month { y - 1 } else { y }, y)
                } else {
                    (y, if pa.month > pb.month { y + 1 } else { y })
                };
                pa.year = Some(ya);
                pb.year = Some(yb);
                o.flags.push(TimeFlag::YearFromAnchor);
                o.confidence = 0.8;
            }
        }
    }
    let earliest = period(pa).0;
    let latest = period(pb).1;
    o.value = match (earliest, latest) {
        (Some(e), Some(l)) => common(e, l),
        _ => common(pa, pb),
    };
    o.earliest = earliest;
    o.latest = latest;
    o
}

fn resolve_weekday(wd: u32, shift: WeekShift, anchor: Option<Anchor>, tense: Tense) -> Outcome {
    let mut o = Outcome::new(TimexKind::Weekday, Granularity::Day, 0.8);
    let Some(a) = anchor.and_then(|a| a.full()) else {
        o.flags.push(TimeFlag::NeedsAnchor);
        o.confidence = 0.5;
        return o;
    };
    let today = weekday_of(a.0, a.1, a.2) as i64;
    let back = (today - wd as i64).rem_euclid(7); // 0..=6 days before
    let ahead = (wd as i64 - today).rem_euclid(7); // 0..=6 days after
    let offset = match shift {
        WeekShift::Last => {
            o.confidence = 0.7;
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        WeekShift::Next => {
            o.confidence = 0.7;
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        WeekShift::Plain | WeekShift::This => match tense {
            Tense::Past => -back,
            Tense::Future if ahead == 0 => 7,
            Tense::Future => ahead,
        },
    };
    let day = parts(add_days(a, offset));
    o.value = day;
    o.earliest = Some(day);
    o.latest = Some(day);
    o
}

/// The first and last day of the `unit` that is `k` units from the anchor.
fn unit_period(unit: Unit, a: Anchor, k: i32) -> Option<(Ymd, Ymd)> {
    match unit {
        Unit::Day => {
            let d = add_days(a.full()?, k as i64);
            Some((d, d))
        }
        Unit::Week => {
            let full = a.full()?;
            let monday = add_days(
                full,
                -(weekday_of(full.0, full.1, full.2) as i64) + 7 * k as i64,
            );
            Some((monday, add_days(monday, 6)))
        }
        Unit::Month => {
            let (y, m) = add_months(a.year, a.month?, k);
            Some(((y, m, 1), (y, m, days_in_month(y, m))))
        }
        Unit::Year => {
            let y = a.year.checked_add(k)?;
            Some(((y, 1, 1), (y, 12, 31)))
        }
    }
}

fn resolve_anchor_relative(
    unit: Unit,
    lo: i32,
    hi: i32,
    part: Part,
    fuzzy: bool,
    anchor: Option<Anchor>,
) -> Outcome {
    let kind = if part == Part::SpanBack {
        TimexKind::Duration
    } else {
        TimexKind::Relative
    };
    let mut o = Outcome::new(kind, unit.into(), if fuzzy { 0.6 } else { 0.85 });
    let resolved = anchor.and_then(|a| {
        let (first, _) = unit_period(unit, a, lo)?;
        let (_, last) = unit_period(unit, a, hi)?;
        let (a_first, a_last) = a.bounds();
        let third = |n: u32| -> (Ymd, Ymd) {
            let span = to_days(last.0, last.1, last.2) - to_days(first.0, first.1, first.2) + 1;
            let cut1 = add_days(first, span / 3);
            let cut2 = add_days(first, 2 * span / 3);
            match n {
                0 => (first, add_days(cut1, -1)),
                1 => (cut1, add_days(cut2, -1)),
                _ => (cut2, last),
            }
        };
        // (first day the value covers, earliest, latest)
        Some(match part {
            Part::Whole => (first, Some(first), last),
            Part::ToAnchor => (first, Some(first), a_last.min(last)),
            Part::FromAnchor => (a_first.max(first), Some(a_first.max(first)), last),
            Part::ByEnd => (first, None, last),
            Part::Early => third_triple(third(0)),
            Part::Mid => third_triple(third(1)),
            Part::Late => third_triple(third(2)),
            Part::SpanBack => {
                let full = a.full()?;
                let start = match unit {
                    Unit::Day => add_days(full, lo as i64),
                    Unit::Week => add_days(full, 7 * lo as i64),
                    Unit::Month | Unit::Year => {
                        let months = if unit == Unit::Month { lo } else { lo * 12 };
                        let (y, m) = add_months(full.0, full.1, months);
                        (y, m, full.2.min(days_in_month(y, m)))
                    }
                };
                (start, Some(start), full)
            }
        })
    });
    match resolved {
        Some((cover, first, last)) => {
            o.value = common(parts(cover), parts(last));
            o.earliest = first.map(parts);
            o.latest = Some(parts(last));
            if matches!(
                part,
                Part::Early | Part::Mid | Part::Late | Part::ToAnchor | Part::FromAnchor
            ) {
                o.confidence = o.confidence.min(0.75);
            }
        }
        None => {
            o.flags.push(TimeFlag::NeedsAnchor);
            o.confidence = 0.5;
        }
    }
    o
}

fn third_triple(p: (Ymd, Ymd)) -> (Ymd, Option<Ymd>, Ymd) {
    (p.0, Some(p.0), p.1)
}

/// "two days later", "just days after": counted from a date in the same
/// sentence, or unknown.
fn resolve_event_relative(
    parser: &Parser<'_>,
    cands: &[Cand],
    done: &[Option<Outcome>],
    tenses: &[Tense],
    anchor: Option<Anchor>,
    k: usize,
) -> Outcome {
    let c = &cands[k];
    let Sem::Relative {
        reference,
        unit,
        lo,
        hi,
        fuzzy,
        ..
    } = c.sem
    else {
        return Outcome::new(TimexKind::Relative, Granularity::Unknown, 0.5);
    };
    let mut o = Outcome::new(
        TimexKind::Relative,
        unit.into(),
        if fuzzy { 0.5 } else { 0.7 },
    );
    let sent = parser.toks[c.start].sent;
    // candidate `j` as a full date (a day of a month), with `counted` a
    // count from another date too once it is resolved ("Three days later,
    // X posted ... Y responded the same day")
    let day_of = |j: usize, counted: bool| -> Option<Parts> {
        let own = matches!(cands[j].sem, Sem::Date(_) | Sem::Weekday { .. });
        let count = counted && matches!(cands[j].sem, Sem::Relative { .. });
        if !(own || count) {
            return None;
        }
        let p = done[j].as_ref()?.value;
        (p.month.is_some() && p.day.is_some()).then_some(p)
    };
    let full_date = |j: usize| day_of(j, true);
    // (in its own sentence a count goes back to the date it counts from,
    // not to another count: "On Friday, ... effective the following day,
    // ... Three days later" is three days after Friday)
    let dated = |j: usize| -> Option<Parts> {
        (parser.toks[cands[j].start].sent == sent)
            .then(|| day_of(j, false))
            .flatten()
    };
    let reference_date = match reference {
        RefKind::Object => cands
            .iter()
            .enumerate()
            .skip(k + 1)
            .take_while(|(_, o)| o.start <= c.end + OBJECT_WINDOW)
            .find_map(|(j, _)| dated(j)),
        // a date earlier in the sentence, else the last one of the
        // sentence before ("... on November 6. That afternoon, ..."), or
        // of up to [`PRIOR_SENTENCES`] before when those between only
        // quote ("Kirby said on Friday ... "..." Blinken called Vucic the
        // same day")
        RefKind::Prior => (0..k)
            .rev()
            .take_while(|&j| parser.toks[cands[j].start].sent == sent)
            .find_map(dated)
            .or_else(|| {
                let last = (0..k)
                    .rev()
                    .find(|&j| parser.toks[cands[j].start].sent < sent)?;
                let from = parser.toks[cands[last].start].sent;
                // the sentences between may only quote what was said on
                // that day
                let quoting = |k: u32| {
                    parser.toks.iter().any(|t| {
                        t.sent == k
                            && t.kind == TokKind::Punct
                            && matches!(char::from_u32(t.num), Some('"' | '“' | '”'))
                    })
                };
                let gap = sent - from;
                if gap > 1 && !(from + 1..sent).all(quoting) {
                    return None;
                }
                // never a day still to come ("... is due on Friday. Trump
                // received them that afternoon"): the day must be known
                // not to lie after the publication date
                if gap > PRIOR_SENTENCES || tenses[last] == Tense::Future {
                    return None;
                }
                // (that sentence's own date before a count within it:
                // "On Friday, X imposed duties, effective the following
                // day. Three days later, ..." counts from Friday)
                let own = matches!(cands[last].sem, Sem::Relative { .. })
                    .then(|| {
                        (0..last).rev().find(|&j| {
                            parser.toks[cands[j].start].sent == from && day_of(j, false).is_some()
                        })
                    })
                    .flatten();
                let day = full_date(own.unwrap_or(last))?;
                let anchor = anchor?;
                let (Some(y), Some(m), Some(d)) = (day.year, day.month, day.day) else {
                    return None;
                };
                let (am, ad) = (anchor.month?, anchor.day?);
                ((y, m, d) <= (anchor.year, am, ad)).then_some(day)
            }),
        RefKind::Anchor => None,
    };
    // A week counted from a day is a day give or take three: which calendar
    // week it falls in is not established.
    let shifted = reference_date.and_then(|r| match unit {
        Unit::Week => Some((
            shift(r, Unit::Day, 7 * lo - 3)?,
            shift(r, Unit::Day, 7 * hi + 3)?,
        )),
        _ => Some((shift(r, unit, lo)?, shift(r, unit, hi)?)),
    });
    match shifted {
        Some((first, last)) => {
            o.value = common(first, last);
            if first.day.is_some() && last.day.is_some() {
                o.earliest = Some(first);
                o.latest = Some(last);
            }
        }
        None => {
            o.flags.push(TimeFlag::NeedsEventDate);
            o.confidence = 0.5;
        }
    }
    o
}

/// `p` moved by `k` units. Without a year, month and day are kept only when
/// they come out the same in a common and a leap year.
fn shift(p: Parts, unit: Unit, k: i32) -> Option<Parts> {
    let (m, d) = (p.month?, p.day?);
    let one = |y: i32| -> Option<Parts> {
        if d > days_in_month(y, m) {
            return None;
        }
        Some(match unit {
            Unit::Day => parts(add_days((y, m, d), k as i64)),
            Unit::Week => parts(add_days((y, m, d), 7 * k as i64)),
            Unit::Month => {
                let (y2, m2) = add_months(y, m, k);
                Parts {
                    year: Some(y2),
                    month: Some(m2),
                    ..Parts::default()
                }
            }
            Unit::Year => Parts {
                year: Some(y.checked_add(k)?),
                ..Parts::default()
            },
        })
    };
    match p.year {
        Some(y) => one(y),
        None => {
            let (a, b) = (one(2001)?, one(2004)?);
            (a.month == b.month && a.day == b.day && a.month.is_some()).then_some(Parts {
                year: None,
                decade: None,
                month: a.month,
                day: a.day,
            })
        }
    }
}

impl From<Unit> for Granularity {
    fn from(u: Unit) -> Granularity {
        match u {
            Unit::Day => Granularity::Day,
            Unit::Week => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Year => Granularity::Year,
        }
    }
}
