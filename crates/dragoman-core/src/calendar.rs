//! Calendar arithmetic shared by the stages that read dates (proleptic
//! Gregorian calendar, no clock).

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Day of the week, Monday = 0 (proleptic Gregorian calendar).
pub fn weekday_of(y: i32, m: u32, d: u32) -> u32 {
    // days since 1970-01-01 (a Thursday) by the civil-from-days inverse
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    ((days + 3).rem_euclid(7)) as u32
}

/// Whether two date patterns (`YYYY-MM-DD` with `X` for unknown digits)
/// can name the same day: every digit both state is equal.
pub fn patterns_compatible(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .all(|(x, y)| x == b'X' || y == b'X' || x == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2023, 13), 0);
        assert!(is_leap(2000) && !is_leap(1900));
        assert_eq!(weekday_of(2023, 12, 6), 2); // Wednesday
    }
}
