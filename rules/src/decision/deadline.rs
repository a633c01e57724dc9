//! The appeal deadline: three weeks from the day the decision reached the person
//! (forvaltningsloven § 29), counted as domstolloven § 148 counts a deadline, which
//! forvaltningsloven's deadlines follow: a deadline that ends on a Saturday, a Sunday, a public
//! holiday, 24 or 31 December moves to the next working day.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// How long the person has to appeal (forvaltningsloven § 29 first paragraph: three weeks).
pub const APPEAL_WEEKS: u64 = 3;

/// The last day an appeal is on time, for a decision that reached the person on `notified_on`.
pub fn appeal_deadline(notified_on: NaiveDate) -> NaiveDate {
    let mut day = notified_on + Days::new(7 * APPEAL_WEEKS);
    while !is_working_day(day) {
        day = day + Days::new(1);
    }
    day
}

/// Not a Saturday, Sunday, public holiday (lov om 1. og 17. mai som høgtidsdagar, lov om
/// helligdager og helligdagsfred § 2), 24 or 31 December.
pub fn is_working_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(day)
}

fn is_holiday(day: NaiveDate) -> bool {
    let fixed = matches!(
        (day.month(), day.day()),
        (1, 1) | (5, 1) | (5, 17) | (12, 24) | (12, 25) | (12, 26) | (12, 31)
    );
    let Some(easter) = easter_sunday(day.year()) else {
        return fixed;
    };
    // Skjærtorsdag, langfredag, 2. påskedag, Kristi himmelfartsdag, 2. pinsedag (Sundays are not
    // working days anyway).
    let moving = [-3, -2, 1, 39, 50]
        .iter()
        .any(|offset| easter.checked_add_signed(chrono::TimeDelta::days(*offset)) == Some(day));
    fixed || moving
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    #[test]
    fn easter_falls_where_the_almanac_has_it() {
        for (year, month, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
        ] {
            assert_eq!(easter_sunday(year), Some(date(year, month, day)), "{year}");
        }
    }

    #[test]
    fn three_weeks_on_a_working_day_stay_three_weeks() {
        // Thursday 3 December 2026 → Thursday 24 December is not a working day → Monday 28
        // (25, 26 are holidays, 27 a Sunday).
        assert_eq!(appeal_deadline(date(2026, 12, 3)), date(2026, 12, 28));
        // Tuesday 10 November 2026 → Tuesday 1 December.
        assert_eq!(appeal_deadline(date(2026, 11, 10)), date(2026, 12, 1));
    }

    #[test]
    fn a_deadline_on_a_weekend_or_holiday_moves_to_the_next_working_day() {
        // Saturday 9 January 2027 → Monday 11.
        assert_eq!(appeal_deadline(date(2026, 12, 19)), date(2027, 1, 11));
        // Easter 2027: Thursday 25 March (skjærtorsdag) → Tuesday 30 (after 2. påskedag).
        assert_eq!(appeal_deadline(date(2027, 3, 4)), date(2027, 3, 30));
        // 17 May 2027 is a Monday → Tuesday 18.
        assert_eq!(appeal_deadline(date(2027, 4, 26)), date(2027, 5, 18));
        // Kristi himmelfartsdag 2027: Thursday 6 May → Friday 7.
        assert_eq!(appeal_deadline(date(2027, 4, 15)), date(2027, 5, 7));
        // 31 December 2026, a Thursday → Monday 4 January 2027 (1 January, a weekend).
        assert_eq!(appeal_deadline(date(2026, 12, 10)), date(2027, 1, 4));
    }

    #[test]
    fn the_deadline_is_never_sooner_than_three_weeks_nor_on_a_day_off() {
        let mut day = date(2026, 1, 1);
        while day < date(2029, 1, 1) {
            let deadline = appeal_deadline(day);
            assert!(deadline >= day + Days::new(21), "{day}");
            assert!(deadline <= day + Days::new(21 + 6), "{day}");
            assert!(is_working_day(deadline), "{day} → {deadline}");
            day = day + Days::new(1);
        }
    }
}
