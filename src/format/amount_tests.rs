//! The amount rule as a table: for each of the twelve languages, what its readers type and what
//! it is read as, or why it is refused; and everything the app prints reads back the same.

use rust_decimal::{Decimal, RoundingStrategy};

use super::{AmountError, kroner, number, parse_amount, parse_count};
use AmountError::*;

const LANGUAGES: [&str; 12] = [
    "nb", "nn", "se", "en", "uk", "pl", "fr", "so", "ti", "ar", "prs", "ps",
];
/// Comma groups, point decimals.
const POINT: [&str; 6] = ["en", "so", "ti", "ar", "prs", "ps"];
/// Space groups, comma decimals.
const COMMA: [&str; 6] = ["nb", "nn", "se", "uk", "pl", "fr"];

fn d(s: &str) -> Decimal {
    s.parse().expect("decimal")
}

fn accepts(langs: &[&str], cases: &[(&str, &str)]) {
    for lang in langs {
        for (typed, value) in cases {
            assert_eq!(
                parse_amount(typed, lang),
                Ok(Some(d(value))),
                "{lang}: {typed:?} should read as {value}"
            );
        }
    }
}

fn refuses(langs: &[&str], cases: &[(&str, AmountError)]) {
    for lang in langs {
        for (typed, error) in cases {
            assert_eq!(
                parse_amount(typed, lang),
                Err(*error),
                "{lang}: {typed:?} should be refused"
            );
        }
    }
}

#[test]
fn every_language_reads_what_anyone_would_type() {
    accepts(
        &LANGUAGES,
        &[
            ("0", "0"),
            ("11500", "11500"),
            ("11 500", "11500"),
            ("11\u{a0}500", "11500"),
            ("11\u{202f}500", "11500"),
            ("1 234 567", "1234567"),
            ("  11 500  ", "11500"),
            ("11500 kr", "11500"),
            ("11500kr", "11500"),
            ("kr 11500", "11500"),
            ("kr. 11 500", "11500"),
            // Copied from a right-to-left page, or typed with direction marks.
            ("\u{2066}11 500\u{a0}kr\u{2069}", "11500"),
            ("\u{200f}11500\u{200e}", "11500"),
            ("11 500 kr.", "11500"),
            ("11500 NOK", "11500"),
            ("NOK 11500", "11500"),
            ("12 000,-", "12000"),
            ("kr 12 000,-", "12000"),
            ("12'000", "12000"),
            ("١١٥٠٠", "11500"),
            ("۱۱۵۰۰", "11500"),
            ("١١٬٥٠٠", "11500"),
            ("١١٥٠٠٫٥", "11500.5"),
            ("١١ ٥٠٠ kr", "11500"),
        ],
    );
    assert_eq!(parse_amount("", "nb"), Ok(None));
    assert_eq!(parse_amount("   ", "ar"), Ok(None));
}

#[test]
fn every_language_refuses_what_cannot_be_read() {
    refuses(
        &LANGUAGES,
        &[
            ("tolv", NotANumber),
            ("1e6", NotANumber),
            ("1E6", NotANumber),
            ("12 000 kr/mnd", NotANumber),
            ("ca. 12 000", NotANumber),
            ("+5", NotANumber),
            ("0x10", NotANumber),
            ("-5", Negative),
            ("−5 000", Negative),
            ("- 12", Negative),
            ("-", NotANumber),
        ],
    );
    refuses(
        &LANGUAGES,
        &[
            ("1 00 000", Separators),
            ("12 34", Separators),
            ("1 2345", Separators),
            ("1234 567", Separators),
            ("0 500", Separators),
            ("11500٫505", TooManyDecimals),
            ("1 000 '000", Separators),
            ("12 500.'50", Separators),
        ],
    );
}

#[test]
fn spaces_in_a_row_count_as_one() {
    for lang in LANGUAGES {
        assert_eq!(
            parse_amount("12  000", lang),
            Ok(Some(d("12000"))),
            "{lang}"
        );
    }
}

#[test]
fn comma_languages_read_a_decimal_comma_and_refuse_a_comma_before_thousands() {
    accepts(
        &COMMA,
        &[
            ("11 500,50", "11500.50"),
            ("11500,5", "11500.5"),
            ("0,50", "0.50"),
            ("1,5", "1.5"),
            // A point before one or two digits can only be decimals.
            ("11500.50", "11500.50"),
            ("12.5", "12.5"),
            // Points more than once, or before a decimal comma, can only be thousands.
            ("1.234.567", "1234567"),
            ("12.500,50", "12500.50"),
            ("12 000,50 kr", "12000.50"),
        ],
    );
    refuses(
        &COMMA,
        &[
            // The resident may mean 11 500 (an English comma) or 11,5 (a Norwegian one).
            ("11,500", Ambiguous),
            ("320,000", Ambiguous),
            // The resident may mean 12 500 (a thousands point) or 12.5.
            ("12.500", Ambiguous),
            ("1.500", Ambiguous),
            ("11,500,000", Separators),
            ("1,234,567", Separators),
            ("1.234,5,0", Separators),
            ("12.34.56", Separators),
            ("12 500.500", TooManyDecimals),
            ("11500,505", TooManyDecimals),
            ("0,500", TooManyDecimals),
            ("1,2345", TooManyDecimals),
            ("12,", Separators),
            (",50", NotANumber),
            ("12,,5", Separators),
            ("12, 500", Separators),
        ],
    );
}

#[test]
fn point_languages_read_comma_groups_and_refuse_a_point_before_thousands() {
    accepts(
        &POINT,
        &[
            ("11,500", "11500"),
            ("320,000", "320000"),
            ("1,234,567", "1234567"),
            ("11,500.50", "11500.50"),
            ("11500.5", "11500.5"),
            ("11 500.50", "11500.50"),
            ("0.50", "0.50"),
            ("11،500", "11500"),
            ("١١،٥٠٠", "11500"),
            ("١١٬٥٠٠٫٥٠", "11500.50"),
        ],
    );
    refuses(
        &POINT,
        &[
            // The resident may mean 11 500 (a European point) or 11.5.
            ("11.500", Ambiguous),
            ("1.500", Ambiguous),
            ("1,00,000", Separators),
            ("12,34", Separators),
            ("12,3456", Separators),
            ("1,234,56", Separators),
            ("1 234,567", Separators),
            ("1.234.567", Separators),
            ("12.500,50", Separators),
            ("11,500.505", TooManyDecimals),
            ("0.500", TooManyDecimals),
            ("12.", Separators),
        ],
    );
}

#[test]
fn what_the_app_prints_reads_back_the_same() {
    let values = [
        "0", "1", "999", "1000", "11500", "320000", "1234567", "12000.5", "99999999",
    ];
    for lang in LANGUAGES {
        for value in values {
            let value = d(value);
            let whole = value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
            let printed = kroner(value, lang);
            assert_eq!(
                parse_amount(&printed, lang),
                Ok(Some(whole)),
                "{lang}: {printed}"
            );
            let bare = printed
                .trim_matches(['\u{2066}', '\u{2069}'])
                .trim_end_matches("kr")
                .trim_end();
            assert_eq!(parse_amount(bare, lang), Ok(Some(whole)), "{lang}: {bare}");
            let plain = number(value, lang);
            assert_eq!(
                parse_amount(&plain, lang),
                Ok(Some(value)),
                "{lang}: {plain}"
            );
        }
    }
}

#[test]
fn counts_are_whole_numbers() {
    for lang in LANGUAGES {
        assert_eq!(parse_count("2", lang), Ok(Some(2)), "{lang}");
        assert_eq!(parse_count(" 3 ", lang), Ok(Some(3)), "{lang}");
        assert_eq!(parse_count("٣", lang), Ok(Some(3)), "{lang}");
        assert_eq!(parse_count("۴", lang), Ok(Some(4)), "{lang}");
        assert_eq!(parse_count("0", lang), Ok(Some(0)), "{lang}");
        assert_eq!(parse_count("", lang), Ok(None), "{lang}");
        assert_eq!(parse_count("1.5", lang), Err(NotWhole), "{lang}");
        assert!(parse_count("2,0", lang).is_err(), "{lang}");
        assert_eq!(parse_count("-1", lang), Err(Negative), "{lang}");
        assert_eq!(parse_count("two", lang), Err(NotANumber), "{lang}");
        assert_eq!(parse_count("2 kr", lang), Err(NotANumber), "{lang}");
        assert_eq!(
            parse_count("99999999999", lang),
            Ok(Some(u32::MAX)),
            "{lang}"
        );
    }
    assert_eq!(parse_count("1,5", "nb"), Err(NotWhole));
    assert_eq!(parse_count("1,5", "en"), Err(Separators));
}

#[test]
fn every_error_has_its_own_message() {
    let mut ids: Vec<&str> = AmountError::ALL.iter().map(|e| e.message_id()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), AmountError::ALL.len());
}
