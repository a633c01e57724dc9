//! Reading an amount as a person of the page's language types it, or refusing it.
//!
//! **The rule.** An amount is read only when it has exactly one plausible reading in the page's
//! language; otherwise it is refused with a message that says what to type. A misread amount
//! (11 500 kr taken as 11,5 kr) gives a wrong estimate with no warning, so refusing is the safe
//! side: the resident keeps what they typed and is told how to write it.
//!
//! What is taken away before reading, in any language: spaces at either end, "kr", "kr." or
//! "NOK" before or after, and a Norwegian ",-" at the end ("12 000,-"). Arabic-Indic (٠-٩) and
//! Extended Arabic-Indic/Persian (۰-۹) digits are read as 0-9, the Arabic comma (،) as a
//! comma. Invisible direction marks (U+200E, U+2066 … U+2069 and the like) are dropped.
//!
//! What is left must be digit runs with one mark between each two; each mark is then
//! - a **group mark** (between thousands): a space of any kind (also U+00A0, U+202F), the
//!   apostrophe, the Arabic thousands separator U+066C, and the language's own group mark (the
//!   comma in en, so, ti, ar, prs, ps);
//! - a **decimal mark**: the Arabic decimal separator U+066B and the language's own decimal mark
//!   (the comma in nb, nn, se, uk, pl, fr; the point in en, so, ti, ar, prs, ps);
//! - **either**, by its place: the point in the comma languages, where Norwegians and many
//!   Europeans write thousands ("12.500") and others decimals ("12.50"). It is a group mark when
//!   it comes more than once or before a decimal comma ("1.234.567", "12.500,50"), otherwise a
//!   decimal mark.
//!
//! Then:
//! 1. Groups: the first run has 1-3 digits and every later run before the decimal mark exactly
//!    3, all with the same kind of group mark ("1,00,000" and "12,34" in English are refused).
//! 2. At most one decimal mark, after every group mark ("1,5,0" is refused).
//! 3. At most two decimals (øre). Three decimals after a mark that someone else reads as a
//!    group mark ("11,500" in Norwegian, "11.500" in English or "12.500" in Norwegian) have
//!    two readings a thousand times apart: refused as ambiguous. Three or more otherwise:
//!    refused as too many decimals.
//! 4. A minus in front is refused as negative; anything else (letters, "1e6", "+5") as not a
//!    number.

use rust_decimal::Decimal;

/// Why a typed amount or count could not be read; each is a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    /// Letters, exponents, or anything but digits and marks.
    NotANumber,
    /// Less than zero.
    Negative,
    /// A mark that reads as decimals in this language and as thousands in others.
    Ambiguous,
    /// Group marks in the wrong places, mixed, or more than one decimal mark.
    Separators,
    /// More than two decimals.
    TooManyDecimals,
    /// A count with decimals.
    NotWhole,
}

impl AmountError {
    /// Every error, for the locale checks.
    pub const ALL: [Self; 6] = [
        Self::NotANumber,
        Self::Negative,
        Self::Ambiguous,
        Self::Separators,
        Self::TooManyDecimals,
        Self::NotWhole,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Self::NotANumber => "field-error-not-a-number",
            Self::Negative => "field-error-negative",
            Self::Ambiguous => "amount-error-ambiguous",
            Self::Separators => "amount-error-separators",
            Self::TooManyDecimals => "amount-error-decimals",
            Self::NotWhole => "count-error-whole",
        }
    }
}

/// The most decimals an amount of kroner has (øre).
const MAX_DECIMALS: usize = 2;

/// What a mark between two digit runs can mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Between thousands; the char tells kinds apart (every space is ' ').
    Group(char),
    /// Before the decimals; `foreign` when readers of other languages take it for a group mark.
    Decimal { foreign: bool },
    /// Either, decided by its place (the point in the comma languages).
    Either,
}

/// The point is the decimal mark in these languages (and the comma the group mark).
fn point_decimal(lang: &str) -> bool {
    super::separators(lang).1 == '.'
}

fn mark(c: char, lang: &str) -> Option<Mark> {
    Some(match c {
        ' ' | '\'' | '\u{66c}' => Mark::Group(c),
        '\u{66b}' => Mark::Decimal { foreign: false },
        ',' if point_decimal(lang) => Mark::Group(','),
        ',' => Mark::Decimal { foreign: true },
        '.' if point_decimal(lang) => Mark::Decimal { foreign: true },
        '.' => Mark::Either,
        _ => return None,
    })
}

/// `c` as a Western digit or mark: Arabic-Indic and Persian digits, the Arabic comma, and every
/// kind of space as a plain space.
fn western(c: char) -> char {
    match c {
        '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
        '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
        '\u{60c}' => ',',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// Whether `c` only steers the direction of text (marks, embeddings, isolates): invisible, and
/// in a pasted amount ("350,000 kr" copied from a right-to-left page) or typed by a
/// right-to-left keyboard, never part of the number.
fn bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with Western digits and without direction marks, for any field of digits (national
/// id, phone).
pub fn western_digits(text: &str) -> String {
    text.chars()
        .filter(|c| !bidi_control(*c))
        .map(western)
        .collect()
}

/// `text` (in lower case) without a currency before or after it, nor a ",-" at the end.
fn without_currency(text: &str) -> &str {
    let mut rest = text.trim();
    for _ in 0..2 {
        for suffix in [",-", ".-", "kr.", "kr", "nok"] {
            if let Some(cut) = rest.strip_suffix(suffix) {
                rest = cut.trim_end();
            }
        }
    }
    for prefix in ["kr.", "kr", "nok"] {
        if let Some(cut) = rest.strip_prefix(prefix) {
            return cut.trim_start();
        }
    }
    rest
}

/// An amount as typed on a page in `lang` (see the module's rule). An empty field is `None`.
pub fn parse_amount(text: &str, lang: &str) -> Result<Option<Decimal>, AmountError> {
    let text = western_digits(text).to_ascii_lowercase();
    read(without_currency(&text), lang)
}

/// A whole count (persons, children) as typed on a page in `lang`: digits only (Arabic ones
/// too), no decimals, no currency. An empty field is `None`.
pub fn parse_count(text: &str, lang: &str) -> Result<Option<u32>, AmountError> {
    let text = western_digits(text);
    match read(text.trim(), lang)? {
        None => Ok(None),
        Some(value) if value.scale() > 0 => Err(AmountError::NotWhole),
        Some(value) => Ok(Some(u32::try_from(value.mantissa()).unwrap_or(u32::MAX))),
    }
}

/// Reads `text`, already in Western digits and without currency.
fn read(text: &str, lang: &str) -> Result<Option<Decimal>, AmountError> {
    if text.is_empty() {
        return Ok(None);
    }
    if let Some(rest) = text.strip_prefix(['-', '\u{2212}', '\u{2010}', '\u{2013}']) {
        // Negative if what follows is a number at all; otherwise simply not a number.
        return match read(rest.trim_start(), lang) {
            Ok(Some(_)) | Err(AmountError::Ambiguous | AmountError::TooManyDecimals) => {
                Err(AmountError::Negative)
            }
            _ => Err(AmountError::NotANumber),
        };
    }

    // The digits, the length of each run of them, and the mark after each run but the last.
    let mut digits = String::new();
    let mut runs = vec![0_usize];
    let mut marks: Vec<Mark> = Vec::new();
    for c in text.chars() {
        let run = runs.len() - 1;
        if c.is_ascii_digit() {
            digits.push(c);
            runs[run] += 1;
        } else if c == ' ' && runs[run] == 0 && marks.last() == Some(&Mark::Group(' ')) {
            // Spaces in a row count as one.
        } else {
            let m = mark(c, lang).ok_or(AmountError::NotANumber)?;
            if runs[run] == 0 {
                // A mark first, or two marks in a row.
                return Err(if marks.is_empty() {
                    AmountError::NotANumber
                } else {
                    AmountError::Separators
                });
            }
            marks.push(m);
            runs.push(0);
        }
    }
    if runs.last() == Some(&0) {
        return Err(AmountError::Separators);
    }

    // The point in the comma languages: a group mark when it comes more than once or before a
    // decimal mark, otherwise a decimal mark.
    let eithers = marks.iter().filter(|m| **m == Mark::Either).count();
    let mut decimal_after = false;
    for m in marks.iter_mut().rev() {
        if *m == Mark::Either {
            *m = if eithers > 1 || decimal_after {
                Mark::Group('.')
            } else {
                Mark::Decimal { foreign: true }
            };
        }
        decimal_after |= matches!(m, Mark::Decimal { .. });
    }

    // At most one decimal mark, and the last mark; thousands well grouped before it.
    let decimal_at = marks.iter().position(|m| matches!(m, Mark::Decimal { .. }));
    let groups = decimal_at.unwrap_or(marks.len());
    if groups + 1 < marks.len() {
        return Err(AmountError::Separators);
    }
    let leading_zero = digits.starts_with('0');
    if !well_grouped(&runs[..=groups], &marks[..groups], leading_zero) {
        return Err(AmountError::Separators);
    }
    if let Some(at) = decimal_at {
        let decimals = runs[at + 1];
        if decimals > MAX_DECIMALS {
            // Would the mark alone, read as a group mark, make a well-grouped whole number?
            let as_group =
                decimals == 3 && at == 0 && well_grouped(&runs, &[Mark::Group(',')], leading_zero);
            return Err(
                if as_group && marks[at] == (Mark::Decimal { foreign: true }) {
                    AmountError::Ambiguous
                } else {
                    AmountError::TooManyDecimals
                },
            );
        }
        digits.insert(digits.len() - decimals, '.');
    }
    digits
        .parse::<Decimal>()
        .map(Some)
        .map_err(|_| AmountError::NotANumber)
}

/// Whether digit runs (their lengths) joined by group marks are thousands: a first run of 1-3
/// digits (not a lone leading zero before a group), then runs of exactly 3, all marks of one
/// kind.
fn well_grouped(runs: &[usize], marks: &[Mark], leading_zero: bool) -> bool {
    let Some((first, rest)) = runs.split_first() else {
        return false;
    };
    marks.is_empty()
        || (marks.windows(2).all(|w| w[0] == w[1])
            && (1..=3).contains(first)
            && !leading_zero
            && rest.iter().all(|r| *r == 3))
}
