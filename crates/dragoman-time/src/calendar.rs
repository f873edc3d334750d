//! Calendar arithmetic on whole dates and the `YYYY-MM-DD`-with-X notation
//! of partial ones. Month lengths and weekdays come from `dragoman-clean`.

pub(crate) use dragoman_core::calendar::{days_in_month, weekday_of};

/// A calendar date whose parts may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Parts {
    pub year: Option<i32>,
    /// The leading digits of an otherwise unknown year and how many there
    /// are: `(199, 3)` for "the 1990s", `(20, 2)` for 2019 to 2021.
    pub decade: Option<(i32, u8)>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Parts {
    pub fn ymd(y: i32, m: u32, d: u32) -> Parts {
        Parts {
            year: Some(y),
            decade: None,
            month: Some(m),
            day: Some(d),
        }
    }

    pub fn full(&self) -> Option<(i32, u32, u32)> {
        Some((self.year?, self.month?, self.day?))
    }

    /// `YYYY-MM-DD` with `X` for every unknown digit; `None` when nothing is known.
    pub fn pattern(&self) -> Option<String> {
        if self.year.is_none()
            && self.decade.is_none()
            && self.month.is_none()
            && self.day.is_none()
        {
            return None;
        }
        let mut s = String::with_capacity(10);
        match (self.year, self.decade) {
            (Some(y), _) if (0..=9999).contains(&y) => s.push_str(&format!("{y:04}")),
            (None, Some((v, n @ 1..=3))) if v >= 0 && v < 10i32.pow(n as u32) => {
                s.push_str(&format!("{v:0width$}", width = n as usize));
                s.push_str(&"XXX"[..4 - n as usize]);
            }
            _ => s.push_str("XXXX"),
        }
        match self.month {
            Some(m) => s.push_str(&format!("-{m:02}")),
            None => s.push_str("-XX"),
        }
        match self.day {
            Some(d) => s.push_str(&format!("-{d:02}")),
            None => s.push_str("-XX"),
        }
        Some(s)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub(crate) fn to_days(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y as i64 - 1 } else { y as i64 };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (m as i64 + 9) % 12; // March = 0
    let day_of_year = (153 * shifted_month + 2) / 5 + d as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01.
pub(crate) fn from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let d = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let m = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let y = year_of_era + era * 400 + i64::from(m <= 2);
    (y.clamp(i32::MIN as i64, i32::MAX as i64) as i32, m, d)
}

pub(crate) fn add_days(date: (i32, u32, u32), n: i64) -> (i32, u32, u32) {
    from_days(to_days(date.0, date.1, date.2) + n)
}

/// `(year, month)` shifted by `n` months.
pub(crate) fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let index = y as i64 * 12 + (m as i64 - 1) + n as i64;
    (
        index.div_euclid(12) as i32,
        (index.rem_euclid(12) + 1) as u32,
    )
}

pub(crate) fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// The value that covers every day from `a` to `b`: each part that both
/// ends share, the year digit by digit ("199X" for a decade), month and
/// day only when every earlier part is shared too.
pub(crate) fn common(a: Parts, b: Parts) -> Parts {
    let mut out = Parts::default();
    match (a.year, b.year) {
        (Some(x), Some(y)) if x == y => out.year = Some(x),
        (Some(x), Some(y)) => {
            out.decade = common_prefix(x, y);
            return out;
        }
        (None, None) if a.decade.is_some() && a.decade == b.decade => {
            out.decade = a.decade;
            return out;
        }
        // Both years unknown: month and day may still be shared.
        (None, None) if a.decade.is_none() && b.decade.is_none() => {}
        _ => return out,
    }
    if a.month.is_some() && a.month == b.month {
        out.month = a.month;
        if a.day.is_some() && a.day == b.day {
            out.day = a.day;
        }
    }
    out
}

/// The leading digits two four-digit years share, if any.
fn common_prefix(x: i32, y: i32) -> Option<(i32, u8)> {
    if !(0..=9999).contains(&x) || !(0..=9999).contains(&y) {
        return None;
    }
    (1..=3u8)
        .rev()
        .map(|n| (n, 10i32.pow(4 - n as u32)))
        .find(|&(_, div)| x / div == y / div)
        .map(|(n, div)| (x / div, n))
}

/// The date of a `(y, m, d)` triple as `Parts`.
pub(crate) fn parts(date: (i32, u32, u32)) -> Parts {
    Parts::ymd(date.0, date.1, date.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(to_days(1970, 1, 1), 0);
        assert_eq!(weekday_of(2023, 12, 6), 2);
        for days in -800_000..800_000i64 {
            let (y, m, d) = from_days(days);
            assert!(valid(y, m, d));
            assert_eq!(to_days(y, m, d), days);
        }
        assert_eq!(add_days((2023, 12, 6), -1), (2023, 12, 5));
        assert_eq!(add_days((2024, 2, 28), 1), (2024, 2, 29));
        assert_eq!(add_months(2023, 1, -1), (2022, 12));
        assert_eq!(add_months(2023, 12, 1), (2024, 1));
    }

    #[test]
    fn patterns() {
        assert_eq!(Parts::default().pattern(), None);
        let sept27 = Parts {
            month: Some(9),
            day: Some(27),
            ..Parts::default()
        };
        assert_eq!(sept27.pattern().as_deref(), Some("XXXX-09-27"));
        assert_eq!(
            common(parts((1990, 1, 1)), parts((1999, 12, 31)))
                .pattern()
                .as_deref(),
            Some("199X-XX-XX")
        );
        assert_eq!(
            common(parts((2019, 1, 1)), parts((2021, 12, 31)))
                .pattern()
                .as_deref(),
            Some("20XX-XX-XX")
        );
        assert_eq!(
            common(parts((1999, 1, 1)), parts((2001, 12, 31))).pattern(),
            None
        );
        assert_eq!(
            common(parts((2023, 11, 27)), parts((2023, 12, 3)))
                .pattern()
                .as_deref(),
            Some("2023-XX-XX")
        );
    }
}
