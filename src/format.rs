//! Numbers as people write and read them: reading what was typed ("12 000", "12000,50"; see
//! `amount` for the rule) and formatting kroner, shares and dates for the reader's language.

mod amount;
#[cfg(test)]
mod amount_tests;

pub use amount::{AmountError, parse_amount, parse_count, western_digits};
use rust_decimal::{Decimal, RoundingStrategy};

/// The thousands separator and the decimal mark of `lang`, as its readers write amounts (CLDR).
/// Digits stay Western in every language, right-to-left ones too: amounts must match the
/// Norwegian letters and documents the reader holds, and the interpreter view beside them.
fn separators(lang: &str) -> (char, char) {
    match lang {
        // Right-to-left languages with Western digits: CLDR's Latin-digit symbols.
        "en" | "so" | "ti" | "ar" | "prs" | "ps" => (',', '.'),
        "fr" => ('\u{202f}', ','),
        // nb, nn, se, uk, pl
        _ => ('\u{a0}', ','),
    }
}

fn group(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// Whole kroner with thousands grouped for `lang`: "12 345 kr" (nb), "12,345 kr" (en).
pub fn kroner(value: Decimal, lang: &str) -> String {
    let rounded = value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    let (thousands, _) = separators(lang);
    let digits = rounded.abs().trunc().to_string();
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "−"
    } else {
        ""
    };
    format!("{sign}{}\u{a0}kr", group(&digits, thousands))
}

/// A share as a percentage with up to two decimals: 0.737 → "73,7 %" (nb), "73.7%" (en).
pub fn percent(ratio: Decimal, lang: &str) -> String {
    let value = (ratio * Decimal::ONE_HUNDRED).round_dp(2).normalize();
    let (_, decimal) = separators(lang);
    let text = value.to_string().replace('.', &decimal.to_string());
    if matches!(lang, "en" | "so" | "ti") {
        format!("{text}%")
    } else {
        format!("{text}\u{a0}%")
    }
}

/// A plain number with the language's decimal mark: 1.26 → "1,26".
pub fn number(value: Decimal, lang: &str) -> String {
    let (_, decimal) = separators(lang);
    value
        .normalize()
        .to_string()
        .replace('.', &decimal.to_string())
}

/// A date as the reader's language writes it, day first: 22.11.2026 (nb, nn, se, uk, pl),
/// 22/11/2026 (en, fr, so, ti, ar, prs, ps). Without chrono's formatter, which is large in
/// WebAssembly.
pub fn date(value: chrono::NaiveDate, lang: &str) -> String {
    use chrono::Datelike;
    let separator = match lang {
        "nb" | "nn" | "se" | "uk" | "pl" => '.',
        _ => '/',
    };
    format!(
        "{:02}{separator}{:02}{separator}{}",
        value.day(),
        value.month(),
        value.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    #[test]
    fn dates_are_written_day_first() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).expect("a date");
        assert_eq!(date(day, "nb"), "05.03.2026");
        assert_eq!(date(day, "en"), "05/03/2026");
    }

    #[test]
    fn kroner_are_grouped_for_the_language() {
        assert_eq!(kroner(d("1234567.4"), "nb"), "1\u{a0}234\u{a0}567\u{a0}kr");
        assert_eq!(kroner(d("1234567"), "en"), "1,234,567\u{a0}kr");
        assert_eq!(kroner(d("999"), "nb"), "999\u{a0}kr");
        assert_eq!(kroner(d("0"), "uk"), "0\u{a0}kr");
    }

    #[test]
    fn every_language_groups_thousands_its_own_way() {
        let amount = d("1234567");
        assert_eq!(kroner(amount, "nn"), "1\u{a0}234\u{a0}567\u{a0}kr");
        assert_eq!(kroner(amount, "pl"), "1\u{a0}234\u{a0}567\u{a0}kr");
        assert_eq!(kroner(amount, "fr"), "1\u{202f}234\u{202f}567\u{a0}kr");
        assert_eq!(kroner(amount, "so"), "1,234,567\u{a0}kr");
        assert_eq!(kroner(amount, "prs"), "1,234,567\u{a0}kr");
        assert_eq!(percent(d("0.737"), "ar"), "73.7\u{a0}%");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).expect("a date");
        assert_eq!(date(day, "pl"), "05.03.2026");
        assert_eq!(date(day, "fr"), "05/03/2026");
        assert_eq!(date(day, "ps"), "05/03/2026");
    }

    #[test]
    fn shares_are_percentages() {
        assert_eq!(percent(d("0.737"), "nb"), "73,7\u{a0}%");
        assert_eq!(percent(d("0.0489"), "en"), "4.89%");
        assert_eq!(number(d("1.26"), "nb"), "1,26");
    }
}
