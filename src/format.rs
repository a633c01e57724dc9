//! Numbers as people write and read them: reading what was typed ("12 000", "12000,50"; see
//! `amount` for the rule) and formatting kroner, shares and dates for the reader's language.
//!
//! **Direction.** Every value formatted here runs left to right, also inside right-to-left
//! text: in an Arabic sentence "350,000 kr" would otherwise show as "kr 350,000", "73.7 %" as
//! "% 73.7", and "+47 912 34 567" as "567 34 912 47+". For a right-to-left language each comes
//! isolated left to right ([`ltr`]: U+2066 … U+2069, the plain-text twin of `<bdi dir="ltr">`),
//! so it holds together wherever the text goes: a Fluent message, a line joined by hand, an
//! attribute, the printout. In markup, a whole value (a phone number, a reference) is isolated
//! by `components::ltr::Ltr` instead.

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

/// The languages written right to left (locales/languages.json; a test keeps them equal).
pub const RIGHT_TO_LEFT: [&str; 3] = ["ar", "prs", "ps"];

/// `text`, which runs left to right (digits, an amount with its "kr", a phone number, an
/// e-mail address), isolated as such when it stands in text of `lang` that runs right to left:
/// between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE. In a left-to-right language it
/// is left as it is, so Norwegian and English text hold no invisible characters.
pub fn ltr(text: String, lang: &str) -> String {
    if RIGHT_TO_LEFT.contains(&lang) && !text.is_empty() {
        format!("\u{2066}{text}\u{2069}")
    } else {
        text
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
    ltr(format!("{sign}{}\u{a0}kr", group(&digits, thousands)), lang)
}

/// A share as a percentage with up to two decimals: 0.737 → "73,7 %" (nb), "73.7%" (en).
pub fn percent(ratio: Decimal, lang: &str) -> String {
    let value = (ratio * Decimal::ONE_HUNDRED).round_dp(2).normalize();
    let (_, decimal) = separators(lang);
    let text = value.to_string().replace('.', &decimal.to_string());
    if matches!(lang, "en" | "so" | "ti") {
        format!("{text}%")
    } else {
        ltr(format!("{text}\u{a0}%"), lang)
    }
}

/// A plain number with the language's decimal mark: 1.26 → "1,26".
pub fn number(value: Decimal, lang: &str) -> String {
    let (_, decimal) = separators(lang);
    let text = value
        .normalize()
        .to_string()
        .replace('.', &decimal.to_string());
    ltr(text, lang)
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
    let text = format!(
        "{:02}{separator}{:02}{separator}{}",
        value.day(),
        value.month(),
        value.year()
    );
    ltr(text, lang)
}

/// The BCP 47 tag the browser's formatters know `lang` by, if they know it (Chromium lacks some of
/// ours); digits stay Latin, as everywhere in the app.
fn browser_locale(lang: &str) -> Option<String> {
    let base = match lang {
        "nb" => "nb-NO",
        "nn" => "nn-NO",
        // Day before month, as `date` writes English too ("Friday 4 December 2026").
        "en" => "en-GB",
        "se" => "se-NO",
        "prs" => "fa-AF",
        other => other,
    };
    let locale = format!("{base}-u-nu-latn");
    let wanted = js_sys::Array::of1(&locale.as_str().into());
    let known = js_sys::Intl::DateTimeFormat::supported_locales_of(&wanted, &js_sys::Object::new());
    (known.length() > 0).then_some(locale)
}

fn options(pairs: &[(&str, &str)]) -> js_sys::Object {
    let options = js_sys::Object::new();
    for (key, setting) in pairs {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*setting).into());
    }
    options
}

/// A day in words with its weekday, as the reader's language writes it ("torsdag 10. desember
/// 2026", "Thursday 10 December 2026"), for a day someone must turn up on. The browser's own
/// formatter (no tables in the download); `date` where the browser does not know the language.
pub fn long_date(value: chrono::NaiveDate, lang: &str) -> String {
    use chrono::Datelike;
    let Some(locale) = browser_locale(lang) else {
        return date(value, lang);
    };
    let day = js_sys::Date::new_with_year_month_day(
        u32::try_from(value.year()).unwrap_or_default(),
        i32::try_from(value.month0()).unwrap_or_default(),
        i32::try_from(value.day()).unwrap_or_default(),
    );
    let options = options(&[
        ("weekday", "long"),
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
    ]);
    day.to_locale_date_string(&locale, &options).into()
}

/// The name of the language `code` (one of ours) in `lang` ("arabisk" in nb, "Arabic" in en),
/// by the browser's own names; none where the browser does not know `lang`.
pub fn language_name(code: &str, lang: &str) -> Option<String> {
    let locale = browser_locale(lang)?;
    let code = if code == "prs" { "fa-AF" } else { code };
    let names = js_sys::Intl::DisplayNames::new(
        &js_sys::Array::of1(&locale.as_str().into()),
        &options(&[("type", "language")]),
    );
    names.of(code).map(String::from)
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
        assert_eq!(kroner(amount, "prs"), "\u{2066}1,234,567\u{a0}kr\u{2069}");
        assert_eq!(percent(d("0.737"), "ar"), "\u{2066}73.7\u{a0}%\u{2069}");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).expect("a date");
        assert_eq!(date(day, "pl"), "05.03.2026");
        assert_eq!(date(day, "fr"), "05/03/2026");
        assert_eq!(date(day, "ps"), "\u{2066}05/03/2026\u{2069}");
    }

    #[test]
    fn values_are_isolated_left_to_right_in_right_to_left_text() {
        const PHONE: &str = "+47 912 34 567";
        for lang in RIGHT_TO_LEFT {
            assert_eq!(ltr(PHONE.into(), lang), "\u{2066}+47 912 34 567\u{2069}");
            assert_eq!(kroner(d("350000"), lang), "\u{2066}350,000\u{a0}kr\u{2069}");
            assert_eq!(number(d("1.26"), lang), "\u{2066}1.26\u{2069}");
        }
        // Nothing invisible in left-to-right text, and nothing around nothing.
        assert_eq!(ltr(PHONE.into(), "nb"), PHONE);
        assert_eq!(ltr(String::new(), "ar"), "");
        assert_eq!(kroner(d("350000"), "en"), "350,000\u{a0}kr");
    }

    #[test]
    fn the_right_to_left_languages_are_those_of_languages_json() {
        let list: Vec<(String, String, String)> =
            serde_json::from_str(include_str!("../locales/languages.json"))
                .expect("languages.json");
        let rtl: Vec<&str> = list
            .iter()
            .filter(|(_, _, dir)| dir == "rtl")
            .map(|(id, _, _)| id.as_str())
            .collect();
        assert_eq!(rtl, RIGHT_TO_LEFT);
    }

    #[test]
    fn shares_are_percentages() {
        assert_eq!(percent(d("0.737"), "nb"), "73,7\u{a0}%");
        assert_eq!(percent(d("0.0489"), "en"), "4.89%");
        assert_eq!(number(d("1.26"), "nb"), "1,26");
    }
}
