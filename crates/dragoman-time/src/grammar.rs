//! Recognition: which tokens form a temporal expression and what it says,
//! before any publication date is consulted. Every rule looks ahead a
//! bounded number of tokens, so the whole pass is linear in the text.
//!
//! The result of a match is a [`Cand`]: its token range and a [`Sem`], the
//! meaning as written ("September 27", "two days after", "last Monday"),
//! which `resolve` turns into a value.

use crate::calendar::{days_in_month, valid, Parts};
use crate::lexicon::{
    role, Hedge, Item, Lexicon, Offset, Part, RefKind, Unit, WordId, WordInfo, NO_WORD,
};
use crate::scan::{Tok, TokKind};

/// A date as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DateSpec {
    pub parts: Parts,
    /// A weekday printed with the date ("Tuesday, September 27").
    pub weekday: Option<u32>,
    pub part: Part,
    /// "last March" (-1), "this March" (0), "next March" (+1).
    pub year_shift: Option<i32>,
    /// "April last year" (-1), "May this year" (0): the calendar year
    /// counted from the publication year.
    pub year_offset: Option<i32>,
}

impl DateSpec {
    fn new(parts: Parts) -> DateSpec {
        DateSpec {
            parts,
            weekday: None,
            part: Part::Whole,
            year_shift: None,
            year_offset: None,
        }
    }

    fn level(&self) -> u8 {
        if self.parts.day.is_some() {
            3
        } else if self.parts.month.is_some() {
            2
        } else {
            1
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WeekShift {
    Plain,
    Last,
    Next,
    This,
}

impl WeekShift {
    /// Years from the reference: "last" -1, "next" +1, otherwise 0.
    fn years(self) -> i32 {
        match self {
            WeekShift::Last => -1,
            WeekShift::Next => 1,
            _ => 0,
        }
    }
}

/// The meaning of an expression as written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Sem {
    Date(DateSpec),
    Range(DateSpec, DateSpec),
    Weekday {
        weekday: u32,
        shift: WeekShift,
    },
    Relative {
        reference: RefKind,
        unit: Unit,
        lo: i32,
        hi: i32,
        part: Part,
        fuzzy: bool,
    },
    /// A clock time alone ("at 10:00").
    Time,
}

/// A time of day attached to an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeOfDay {
    Clock {
        hour: u8,
        minute: u8,
    },
    /// A part of the day, named by the token at this index.
    PartWord(usize),
    PartName(&'static str),
}

/// Notes the recognizer makes for the resolver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Notes {
    pub two_digit_year: bool,
    /// A numeric date whose day and month could be read either way.
    pub ambiguous_order: bool,
    /// The day does not exist in that month.
    pub invalid_day: bool,
}

/// A recognized expression: tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Cand {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub time: Option<TimeOfDay>,
    pub notes: Notes,
}

struct Core {
    spec: DateSpec,
    end: usize,
    notes: Notes,
}

/// How far the relative-pattern matcher may look for a count's words.
const MAX_COUNT_WORDS: usize = 4;

pub(crate) struct Parser<'a> {
    pub lex: &'a Lexicon,
    pub toks: &'a [Tok],
}

impl<'a> Parser<'a> {
    // ----- token helpers -------------------------------------------------

    fn word(&self, i: usize) -> WordId {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Word => t.id,
            _ => NO_WORD,
        }
    }

    fn is(&self, i: usize, w: WordId) -> bool {
        w != NO_WORD && self.word(i) == w
    }

    fn info(&self, i: usize) -> Option<&'a WordInfo> {
        let lex: &'a Lexicon = self.lex;
        match self.word(i) {
            NO_WORD => None,
            id => lex.info(id),
        }
    }

    fn role(&self, i: usize, flag: u32) -> bool {
        self.info(i).is_some_and(|w| w.roles & flag != 0)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    fn dash(&self, i: usize) -> bool {
        self.punct(i, '-') || self.punct(i, '\u{2013}')
    }

    fn adjacent(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Num => Some((t.num, t.digits)),
            _ => None,
        }
    }

    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.sent == b.sent,
            _ => false,
        }
    }

    fn prev_role(&self, i: usize, flag: u32) -> bool {
        i > 0 && self.same_sentence(i - 1, i) && self.role(i - 1, flag)
    }

    /// A number continues past `i` ("5,000", "1.5", "10:30", "2.3.4").
    fn number_continues(&self, i: usize) -> bool {
        (self.punct(i, ',') || self.punct(i, '.') || self.punct(i, ':') || self.punct(i, '/'))
            && self.adjacent(i)
            && self.num(i + 1).is_some()
            && self.adjacent(i + 1)
    }

    /// Like [`Parser::number_continues`], and a hyphen joins numbers too.
    fn numeric_tail(&self, i: usize) -> bool {
        self.number_continues(i)
            || (self.dash(i)
                && self.adjacent(i)
                && self.num(i + 1).is_some()
                && self.adjacent(i + 1))
    }

    /// A number that continues one before `i` ("1.5" seen from "5").
    fn number_precedes(&self, i: usize) -> bool {
        i >= 2
            && self.adjacent(i)
            && (self.punct(i - 1, ',')
                || self.punct(i - 1, '.')
                || self.punct(i - 1, ':')
                || self.punct(i - 1, '/'))
            && self.adjacent(i - 1)
            && self.num(i - 2).is_some()
    }

    // ----- pieces of dates -----------------------------------------------

    /// A capitalized month name (abbreviations with their period): month,
    /// abbreviated?, next token.
    fn month_at(&self, i: usize) -> Option<(u32, bool, usize)> {
        let (m, abbrev) = self.info(i)?.month?;
        if !self.cap(i) {
            return None;
        }
        let next = if abbrev && self.punct(i + 1, '.') && self.adjacent(i + 1) {
            i + 2
        } else {
            i + 1
        };
        Some((m, abbrev, next))
    }

    /// A day of the month, with an optional ordinal suffix ("27", "27th").
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let (d, digits) = self.num(i)?;
        if digits > 2 || !(1..=31).contains(&d) || self.number_precedes(i) {
            return None;
        }
        let mut next = i + 1;
        if self.adjacent(next) && self.lex.kw.ordinals.contains(&self.word(next)) {
            next += 1;
        } else if self.number_continues(next) || (self.adjacent(next) && self.word(next) != NO_WORD)
        {
            return None;
        }
        Some((d, next))
    }

    /// A year: four digits, or an apostrophe and two ("'22").
    fn year_at(&self, i: usize) -> Option<(i32, bool, usize)> {
        if let Some((y, 4)) = self.num(i) {
            if self.number_continues(i + 1) || (self.adjacent(i + 1) && self.word(i + 1) != NO_WORD)
            {
                return None;
            }
            return Some((y as i32, false, i + 1));
        }
        if (self.punct(i, '\'') || self.punct(i, '\u{2019}')) && self.adjacent(i + 1) {
            if let Some((y, 2)) = self.num(i + 1) {
                if self.number_continues(i + 2) {
                    return None;
                }
                return Some((two_digit_year(y), true, i + 2));
            }
        }
        None
    }

    /// A year after an optional comma ("September 27, 2022").
    fn year_after(&self, i: usize) -> Option<(i32, bool, usize)> {
        self.year_at(i).or_else(|| {
            if self.punct(i, ',') {
                self.year_at(i + 1)
            } else {
                None
            }
        })
    }

    /// The core date forms. `cue`: a bare month or year is acceptable here.
    fn date_core(&self, i: usize, cue: bool) -> Option<Core> {
        if let Some((n, digits)) = self.num(i) {
            return self.numeric_core(i, n, digits, cue);
        }
        let (m, abbrev, j) = self.month_at(i)?;
        let mut notes = Notes::default();
        // Month Day [, Year]
        if let Some((d, k)) = self.day_at(j) {
            let mut parts = Parts {
                month: Some(m),
                day: Some(d),
                ..Parts::default()
            };
            let mut end = k;
            if let Some((y, two, e)) = self.year_after(k) {
                parts.year = Some(y);
                notes.two_digit_year = two;
                end = e;
            }
            return Some(checked(parts, end, notes));
        }
        // Month [of] Year
        let k = if self.is(j, self.lex.kw.of) { j + 1 } else { j };
        if let Some((y, two, e)) = self.year_after(k) {
            notes.two_digit_year = two;
            let parts = Parts {
                year: Some(y),
                month: Some(m),
                ..Parts::default()
            };
            return Some(Core {
                spec: DateSpec::new(parts),
                end: e,
                notes,
            });
        }
        let cue = cue || self.prev_role(i, role::MONTH_CUE | role::PART);
        if abbrev || !cue {
            return None;
        }
        Some(Core {
            spec: DateSpec::new(Parts {
                month: Some(m),
                ..Parts::default()
            }),
            end: j,
            notes,
        })
    }

    fn numeric_core(&self, i: usize, n: u32, digits: u8, cue: bool) -> Option<Core> {
        if self.number_precedes(i) {
            return None;
        }
        let mut notes = Notes::default();
        // 2022-09-27
        if digits == 4
            && self.dash(i + 1)
            && self.adjacent(i + 1)
            && self.adjacent(i + 2)
            && self.adjacent(i + 4)
        {
            if let (Some((m, 1..=2)), true, Some((d, 1..=2))) = (
                self.num(i + 2),
                self.dash(i + 3) && self.adjacent(i + 3),
                self.num(i + 4),
            ) {
                if valid(n as i32, m, d) && !self.numeric_tail(i + 5) {
                    return Some(checked(Parts::ymd(n as i32, m, d), i + 5, notes));
                }
            }
        }
        // 06.12.2023, 27/09/22, 09.Dec.2025
        if digits <= 2
            && self.adjacent(i + 1)
            && self.adjacent(i + 2)
            && self.adjacent(i + 3)
            && self.adjacent(i + 4)
        {
            let sep = self.toks.get(i + 1).map(|t| t.num).unwrap_or(0);
            let sep_ok = [b'.' as u32, b'/' as u32, b'-' as u32].contains(&sep);
            let same = self
                .toks
                .get(i + 3)
                .is_some_and(|t| t.kind == TokKind::Punct && t.num == sep);
            if sep_ok && same && !self.numeric_tail(i + 5) {
                let year = match self.num(i + 4) {
                    Some((y, 4)) => Some((y as i32, false)),
                    Some((y, 2)) => Some((two_digit_year(y), true)),
                    _ => None,
                };
                if let Some((y, two)) = year {
                    notes.two_digit_year = two;
                    if let Some((b, 1..=2)) = self.num(i + 2) {
                        return self.ordered_numeric(n, b, y, sep, i + 5, notes);
                    }
                    if let Some((m, _)) = self.info(i + 2).and_then(|w| w.month) {
                        if (1..=31).contains(&n) && self.toks[i + 4].kind == TokKind::Num {
                            let parts = Parts {
                                year: Some(y),
                                month: Some(m),
                                day: Some(n),
                                decade: None,
                            };
                            return Some(checked(parts, i + 5, notes));
                        }
                    }
                }
            }
        }
        // 1990s
        if digits == 4 && n % 10 == 0 && self.adjacent(i + 1) {
            let s = self.lex.kw.s;
            let end = if self.is(i + 1, s) {
                Some(i + 2)
            } else if (self.punct(i + 1, '\'') || self.punct(i + 1, '\u{2019}'))
                && self.is(i + 2, s)
            {
                Some(i + 3)
            } else {
                None
            };
            if let Some(end) = end {
                let parts = Parts {
                    decade: Some((n as i32 / 10, 3)),
                    ..Parts::default()
                };
                return Some(Core {
                    spec: DateSpec::new(parts),
                    end,
                    notes,
                });
            }
        }
        // 27 September [2022], 27th of September
        if let Some((d, j)) = self.day_at(i) {
            let ordinal = j > i + 1;
            let j = if ordinal && self.is(j, self.lex.kw.of) {
                j + 1
            } else {
                j
            };
            if let Some((m, _, k)) = self.month_at(j) {
                let mut parts = Parts {
                    month: Some(m),
                    day: Some(d),
                    ..Parts::default()
                };
                let mut end = k;
                if let Some((y, two, e)) = self.year_after(k) {
                    parts.year = Some(y);
                    notes.two_digit_year = two;
                    end = e;
                }
                return Some(checked(parts, end, notes));
            }
        }
        // a bare year after a cue word ("in 2021")
        if digits == 4 && (cue || self.prev_role(i, role::YEAR_CUE)) && (1800..=2199).contains(&n) {
            if let Some((y, _, end)) = self.year_at(i) {
                return Some(Core {
                    spec: DateSpec::new(Parts {
                        year: Some(y),
                        ..Parts::default()
                    }),
                    end,
                    notes,
                });
            }
        }
        None
    }

    /// Orders the two numbers of `a.b.yyyy`: a number above 12 fixes the
    /// order; otherwise dotted dates are read day first (the convention
    /// wherever dots are used, as `dragoman-clean` does for date lines) and
    /// marked ambiguous, and other separators keep only the year.
    fn ordered_numeric(
        &self,
        a: u32,
        b: u32,
        y: i32,
        sep: u32,
        end: usize,
        mut notes: Notes,
    ) -> Option<Core> {
        let (day, month) = match (a, b) {
            (1..=31, 1..=12) if a > 12 || a == b => (Some(a), Some(b)),
            (1..=12, 13..=31) => (Some(b), Some(a)),
            (1..=12, 1..=12) if sep == b'.' as u32 => {
                notes.ambiguous_order = true;
                (Some(a), Some(b))
            }
            (1..=12, 1..=12) => {
                notes.ambiguous_order = true;
                (None, None)
            }
            _ => return None,
        };
        let parts = Parts {
            year: Some(y),
            month,
            day,
            decade: None,
        };
        Some(checked(parts, end, notes))
    }

    // ----- whole expressions -------------------------------------------

    /// Dates, date ranges and parts of months and years starting at `i`.
    fn date_expr(&self, i: usize) -> Option<Cand> {
        let kw = &self.lex.kw;
        // Tuesday, September 27, 2022 / Tuesday (Sept. 27)
        if let Some((wd, _)) = self.info(i).and_then(|w| w.weekday) {
            if self.cap(i) {
                let mut j = i + 1;
                let paren = self.punct(j, '(');
                if self.punct(j, ',') || paren {
                    j += 1;
                }
                if let Some(core) = self
                    .date_core(j, false)
                    .filter(|c| c.spec.parts.day.is_some())
                {
                    let mut end = core.end;
                    if paren && self.punct(end, ')') {
                        end += 1;
                    }
                    let mut spec = core.spec;
                    spec.weekday = Some(wd);
                    return Some(self.cand(i, end, Sem::Date(spec), core.notes));
                }
            }
        }
        // from ... to ..., between ... and ...
        if self.is(i, kw.from) || self.is(i, kw.between) {
            if let Some(c) = self.range_at(i + 1, self.is(i, kw.between), true) {
                if matches!(c.sem, Sem::Range(..)) {
                    return Some(Cand { start: i, ..c });
                }
            }
        }
        // by the end of September
        if self.role(i, role::DEADLINE)
            && self.is(i + 1, kw.the)
            && self.is(i + 2, kw.end)
            && self.is(i + 3, kw.of)
        {
            if let Some(core) = self.date_core(i + 4, true).filter(|c| c.spec.level() < 3) {
                let mut spec = core.spec;
                spec.part = Part::ByEnd;
                return Some(self.cand(i, core.end, Sem::Date(spec), core.notes));
            }
        }
        // the end of September, end of 2022, the beginning of March
        let (j, the) = if self.is(i, kw.the) {
            (i + 1, true)
        } else {
            (i, false)
        };
        if let Some(part) = self.part_at(j) {
            let noun = self
                .lex
                .info(self.word(j))
                .is_some_and(|w| w.roles & role::PART != 0);
            if noun && self.is(j + 1, kw.of) {
                if let Some(core) = self.date_core(j + 2, true).filter(|c| c.spec.level() < 3) {
                    let mut spec = core.spec;
                    spec.part = part;
                    return Some(self.cand(i, core.end, Sem::Date(spec), core.notes));
                }
            }
            // early March, mid-March, late 2022, end-September
            if !the {
                let k = if self.dash(j + 1) && self.adjacent(j + 1) {
                    j + 2
                } else {
                    j + 1
                };
                if let Some(core) = self.date_core(k, true).filter(|c| c.spec.level() < 3) {
                    let mut spec = core.spec;
                    spec.part = part;
                    return Some(self.cand(i, core.end, Sem::Date(spec), core.notes));
                }
            }
        }
        // last March, next May, this September
        if let Some(shift) = self.shift_at(i) {
            if let Some((m, false, j)) = self.month_at(i + 1) {
                if self.day_at(j).is_none() && self.year_after(j).is_none() {
                    let mut spec = DateSpec::new(Parts {
                        month: Some(m),
                        ..Parts::default()
                    });
                    spec.year_shift = Some(shift.years());
                    return Some(self.cand(i, j, Sem::Date(spec), Notes::default()));
                }
            }
        }
        // April last year, August of last year, March next year
        if let Some((m, false, j)) = self.month_at(i) {
            if self.day_at(j).is_none() {
                let k = if self.is(j, kw.of) { j + 1 } else { j };
                if let Some(shift) = self.shift_at(k).filter(|_| self.is(k + 1, kw.year)) {
                    let mut spec = DateSpec::new(Parts {
                        month: Some(m),
                        ..Parts::default()
                    });
                    spec.year_offset = Some(shift.years());
                    return Some(self.cand(i, k + 2, Sem::Date(spec), Notes::default()));
                }
            }
        }
        self.range_at(i, false, false)
    }

    /// A date, or a range of two, starting at `i`. `and_ok`: "and" joins
    /// the two ends (after "between"); `cue`: a bare month or year is fine.
    fn range_at(&self, i: usize, and_ok: bool, cue: bool) -> Option<Cand> {
        // 5 to 7 March, 2-4 May, between 2 and 4 May
        if let Some((d1, j)) = self.day_at(i) {
            let k = self.connector(j, and_ok).filter(|&k| self.num(k).is_some());
            if let Some(core) = k.and_then(|k| self.date_core(k, true)) {
                let second = core.spec;
                if second.parts.month.is_some() && second.parts.day.is_some_and(|d2| d2 > d1) {
                    let mut first = second;
                    first.parts.day = Some(d1);
                    return Some(self.cand(i, core.end, Sem::Range(first, second), core.notes));
                }
            }
        }
        let core = self.date_core(i, cue)?;
        let mut notes = core.notes;
        let first = core.spec;
        if let Some(k) = self.connector(core.end, and_ok) {
            // May 2-4 [, 2022]
            if first.parts.day.is_some() && first.parts.year.is_none() {
                if let Some((d2, e)) = self.day_at(k) {
                    if self.month_at(e).is_none() && d2 > first.parts.day.unwrap_or(0) {
                        let mut a = first;
                        let mut b = first;
                        b.parts.day = Some(d2);
                        let mut end = e;
                        if let Some((y, two, e2)) = self.year_after(e) {
                            a.parts.year = Some(y);
                            b.parts.year = Some(y);
                            notes.two_digit_year |= two;
                            end = e2;
                        }
                        return Some(self.cand(i, end, Sem::Range(a, b), notes));
                    }
                }
            }
            if let Some(second) = self.date_core(k, true) {
                if second.spec.level() == first.level() && first.parts.decade.is_none() {
                    let mut a = first;
                    let b = second.spec;
                    if a.parts.month.is_none() && a.parts.day.is_none() && b.parts.month.is_none() {
                        // two years
                    } else if a.parts.month.is_none() {
                        a.parts.month = b.parts.month;
                    }
                    if a.parts.year.is_none() {
                        if let Some(y) = b.parts.year {
                            let wraps = a.parts.month > b.parts.month;
                            a.parts.year = Some(if wraps { y - 1 } else { y });
                        }
                    }
                    let ordered = match (a.parts.full(), b.parts.full()) {
                        (Some(x), Some(y)) => x < y,
                        _ => true,
                    };
                    if ordered {
                        notes.two_digit_year |= second.notes.two_digit_year;
                        notes.ambiguous_order |= second.notes.ambiguous_order;
                        return Some(self.cand(i, second.end, Sem::Range(a, b), notes));
                    }
                }
            }
        }
        Some(self.cand(i, core.end, Sem::Date(first), notes))
    }

    /// The token after a range connector at `i` ("-", "to", "through", "and").
    fn connector(&self, i: usize, and_ok: bool) -> Option<usize> {
        let kw = &self.lex.kw;
        let w = self.word(i);
        let ok = self.dash(i)
            || (w != NO_WORD && (w == kw.to || w == kw.through || w == kw.until || w == kw.till))
            || (and_ok && w == kw.and);
        ok.then_some(i + 1)
    }

    fn part_at(&self, i: usize) -> Option<Part> {
        let roles = self.info(i)?.roles;
        if roles & role::PART_EARLY != 0 {
            Some(Part::Early)
        } else if roles & role::PART_MID != 0 {
            Some(Part::Mid)
        } else if roles & role::PART_LATE != 0 {
            Some(Part::Late)
        } else {
            None
        }
    }

    fn shift_at(&self, i: usize) -> Option<WeekShift> {
        let roles = self.info(i)?.roles;
        if roles & role::SHIFT_LAST != 0 {
            Some(WeekShift::Last)
        } else if roles & role::SHIFT_NEXT != 0 {
            Some(WeekShift::Next)
        } else if roles & role::SHIFT_THIS != 0 {
            Some(WeekShift::This)
        } else {
            None
        }
    }

    /// "Monday", "last Monday", "next Tuesday".
    fn weekday_expr(&self, i: usize) -> Option<Cand> {
        let (shift, j) = match self.shift_at(i) {
            Some(s) => (s, i + 1),
            None => (WeekShift::Plain, i),
        };
        let (wd, abbrev) = self.info(j)?.weekday?;
        if abbrev || !self.cap(j) {
            return None;
        }
        // "this past Monday"
        let start =
            if shift == WeekShift::Last && i > 0 && self.shift_at(i - 1) == Some(WeekShift::This) {
                i - 1
            } else {
                i
            };
        Some(self.cand(
            start,
            j + 1,
            Sem::Weekday { weekday: wd, shift },
            Notes::default(),
        ))
    }

    /// A relative expression from `relative.txt`, with an optional hedge.
    fn relative_expr(&self, i: usize) -> Option<Cand> {
        let lex = self.lex;
        let mut hedge = None;
        let mut j = i;
        if let Some(list) = lex.hedges.get(&self.word(i)) {
            if let Some(p) = list.iter().find(|p| self.phrase_at(i, &p.words)) {
                hedge = Some(p.value);
                j = i + p.words.len();
            }
        }
        let mut best: Option<Cand> = None;
        let mut consider = |k: usize| {
            if let Some(c) = self.match_pattern(k, j, hedge) {
                if best.as_ref().is_none_or(|b| c.end > b.end) {
                    best = Some(Cand { start: i, ..c });
                }
            }
        };
        if hedge.is_none() {
            if let Some(list) = lex.patterns_by_word.get(&self.word(j)) {
                list.iter().for_each(|&k| consider(k));
            }
        }
        let counts_here = self.num(j).is_some()
            || lex.counts.contains_key(&self.word(j))
            || self.info(j).is_some_and(|w| w.unit.is_some());
        if counts_here {
            lex.count_patterns.iter().for_each(|&k| consider(k));
        }
        best
    }

    fn phrase_at(&self, i: usize, words: &[WordId]) -> bool {
        words.iter().enumerate().all(|(k, &w)| self.is(i + k, w))
    }

    /// Counts at `i`: (lowest, highest, next token), longest first.
    fn counts_at(&self, i: usize) -> impl Iterator<Item = (i32, i32, usize)> + '_ {
        let digits = self.num(i).filter(|&(n, digits)| {
            digits <= 3 && n >= 1 && !self.number_continues(i + 1) && !self.number_precedes(i)
        });
        let words = self.lex.counts.get(&self.word(i)).into_iter().flatten();
        digits
            .map(|(n, _)| (n as i32, n as i32, i + 1))
            .into_iter()
            .chain(
                words
                    .filter(move |p| {
                        p.words.len() <= MAX_COUNT_WORDS && self.phrase_at(i, &p.words)
                    })
                    .map(move |p| (p.value.0, p.value.1, i + p.words.len())),
            )
    }

    fn match_pattern(&self, k: usize, start: usize, hedge: Option<Hedge>) -> Option<Cand> {
        let pattern = &self.lex.patterns[k];
        // A hedge goes only before a count.
        if hedge.is_some() && !matches!(pattern.items.first(), Some(Item::Count { .. })) {
            return None;
        }
        let mut pos = start;
        let mut count: Option<(i32, i32)> = None;
        let mut unit: Option<(Unit, bool)> = None;
        let mut items = pattern.items.iter().peekable();
        while let Some(item) = items.next() {
            match *item {
                Item::Word(w) => {
                    if !self.is(pos, w) {
                        return None;
                    }
                    pos += 1;
                }
                Item::Unit => {
                    unit = Some(self.info(pos)?.unit?);
                    pos += 1;
                }
                Item::Count { optional } => {
                    // the count must be followed by a unit of the right number
                    let next_is_unit = matches!(items.peek(), Some(Item::Unit));
                    let mut chosen = None;
                    for (lo, hi, after) in self.counts_at(pos) {
                        if !next_is_unit {
                            chosen = Some((lo, hi, after));
                            break;
                        }
                        if let Some((_, plural)) = self.info(after).and_then(|w| w.unit) {
                            if plural == (hi > 1) {
                                chosen = Some((lo, hi, after));
                                break;
                            }
                        }
                    }
                    match chosen {
                        Some((lo, hi, after)) => {
                            count = Some((lo, hi));
                            pos = after;
                        }
                        None if optional => {
                            let plural =
                                self.info(pos).and_then(|w| w.unit).is_some_and(|(_, p)| p);
                            if !plural || hedge.is_some_and(|h| h != Hedge::Exact) {
                                return None;
                            }
                            count = Some(self.lex.bare_count);
                        }
                        None => return None,
                    }
                }
            }
        }
        let unit = pattern.unit.or(unit.map(|u| u.0))?;
        let (mut lo, mut hi) = count.unwrap_or((1, 1));
        match hedge {
            Some(Hedge::About) => {
                let slack = (hi + 3) / 4;
                lo = (lo - slack).max(1);
                hi += slack;
            }
            Some(Hedge::More) => hi *= 2,
            Some(Hedge::Less) => lo = 0,
            Some(Hedge::Exact) | None => {}
        }
        let fuzzy = lo != hi;
        let (lo, hi) = match pattern.offset {
            Offset::Fixed(n) => (n, n),
            Offset::Count(sign) if sign < 0 => (-hi, -lo),
            Offset::Count(_) => (lo, hi),
        };
        let mut c = self.cand(
            start,
            pos,
            Sem::Relative {
                reference: pattern.reference,
                unit,
                lo,
                hi,
                part: pattern.part,
                fuzzy,
            },
            Notes::default(),
        );
        if let Some(name) = pattern.day_part {
            c.time = Some(TimeOfDay::PartName(name));
        }
        Some(c)
    }

    /// A clock time at `i`: time, next token, and whether it carries
    /// a.m./p.m. or a time zone (then it needs no cue word).
    fn clock_at(&self, i: usize) -> Option<(TimeOfDay, usize, bool)> {
        let kw = &self.lex.kw;
        if self.is(i, kw.noon) {
            return Some((
                TimeOfDay::Clock {
                    hour: 12,
                    minute: 0,
                },
                i + 1,
                false,
            ));
        }
        if self.is(i, kw.midnight) {
            return Some((TimeOfDay::Clock { hour: 0, minute: 0 }, i + 1, false));
        }
        let (h, digits) = self.num(i)?;
        if digits > 2 || h > 24 || self.number_precedes(i) {
            return None;
        }
        let (mut hour, mut minute, mut j) = (h, 0, i + 1);
        let mut colon = false;
        if self.punct(j, ':') && self.adjacent(j) && self.adjacent(j + 1) {
            if let Some((m, 2)) = self.num(j + 1) {
                if m > 59 || self.number_continues(j + 2) {
                    return None;
                }
                minute = m;
                j += 2;
                colon = true;
            }
        }
        let mut strong = false;
        if let Some((pm, e)) = self.meridiem_at(j) {
            if !(1..=12).contains(&hour) {
                return None;
            }
            hour = match (pm, hour) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            j = e;
            strong = true;
        } else if !colon {
            return None;
        }
        if let Some(list) = self.lex.timezones.get(&self.word(j)) {
            if let Some(p) = list.iter().find(|p| self.phrase_at(j, &p.words)) {
                j += p.words.len();
                strong = true;
            }
        }
        let hour = hour.min(24) as u8;
        Some((
            TimeOfDay::Clock {
                hour,
                minute: minute as u8,
            },
            j,
            strong,
        ))
    }

    /// "am", "pm", "a.m.", "p.m.": (is pm, next token).
    fn meridiem_at(&self, i: usize) -> Option<(bool, usize)> {
        let kw = &self.lex.kw;
        if self.is(i, kw.am) || self.is(i, kw.pm) {
            return Some((self.is(i, kw.pm), i + 1));
        }
        if (self.is(i, kw.a) || self.is(i, kw.p))
            && self.punct(i + 1, '.')
            && self.adjacent(i + 1)
            && self.is(i + 2, kw.m)
            && self.adjacent(i + 2)
        {
            let end = if self.punct(i + 3, '.') && self.adjacent(i + 3) {
                i + 4
            } else {
                i + 3
            };
            return Some((self.is(i, kw.p), end));
        }
        None
    }

    fn time_expr(&self, i: usize) -> Option<Cand> {
        let (time, end, strong) = self.clock_at(i)?;
        if !strong && !self.prev_role(i, role::TIME_CUE) {
            return None;
        }
        let mut c = self.cand(i, end, Sem::Time, Notes::default());
        c.time = Some(time);
        Some(c)
    }

    fn cand(&self, start: usize, end: usize, sem: Sem, notes: Notes) -> Cand {
        Cand {
            start,
            end,
            sem,
            time: None,
            notes,
        }
    }

    /// A part of the day or a clock time after a day ("Monday morning",
    /// "06.12.2023 09:34", "on Monday at 10:00").
    fn extend_time(&self, c: &mut Cand) {
        let day_level = match c.sem {
            Sem::Date(s) => s.parts.day.is_some(),
            Sem::Weekday { .. } => true,
            Sem::Relative { unit, .. } => unit == Unit::Day && c.time.is_none(),
            _ => false,
        };
        if !day_level || !self.same_sentence(c.start, c.end) {
            return;
        }
        if self.role(c.end, role::DAYPART) {
            c.time = Some(TimeOfDay::PartWord(c.end));
            c.end += 1;
            return;
        }
        let mut j = c.end;
        if self.punct(j, ',') && self.is(j + 1, self.lex.kw.at) {
            j += 1;
        }
        let at = self.is(j, self.lex.kw.at);
        if at {
            j += 1;
        }
        if let Some((time, end, strong)) = self.clock_at(j) {
            if at || strong || j == c.end {
                c.time = Some(time);
                c.end = end;
            }
        }
    }

    /// The longest expression starting at token `i`.
    pub(crate) fn best_at(&self, i: usize) -> Option<Cand> {
        let tok = self.toks.get(i)?;
        // Every expression starts with a word or a number.
        if tok.kind == TokKind::Punct {
            return None;
        }
        if tok.kind == TokKind::Word && tok.id == NO_WORD {
            return None;
        }
        let mut best: Option<Cand> = None;
        for c in [
            self.date_expr(i),
            self.weekday_expr(i),
            self.relative_expr(i),
            self.time_expr(i),
        ]
        .into_iter()
        .flatten()
        {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        let mut c = best?;
        self.extend_time(&mut c);
        if c.start > 0 && self.prev_role(c.start, role::PREP) {
            c.start -= 1;
        }
        Some(c)
    }

    /// All expressions, left to right, never overlapping.
    pub(crate) fn candidates(&self) -> Vec<Cand> {
        let mut out: Vec<Cand> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.best_at(i) {
                Some(mut c) if c.end > i => {
                    // a widened start never reaches into the previous expression
                    c.start = c.start.max(out.last().map_or(0, |p| p.end));
                    i = c.end;
                    out.push(c);
                }
                _ => i += 1,
            }
        }
        out
    }
}

fn two_digit_year(y: u32) -> i32 {
    if y < 70 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

/// A core date whose day may not exist in its month (February 30): the
/// day is dropped and the date noted as invalid.
fn checked(mut parts: Parts, end: usize, mut notes: Notes) -> Core {
    if let (Some(m), Some(d)) = (parts.month, parts.day) {
        let max = match parts.year {
            Some(y) => days_in_month(y, m),
            None if m == 2 => 29,
            None => days_in_month(2001, m),
        };
        if d > max {
            parts.day = None;
            notes.invalid_day = true;
        }
    }
    Core {
        spec: DateSpec::new(parts),
        end,
        notes,
    }
}
