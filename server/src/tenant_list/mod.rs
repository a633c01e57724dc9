//! The list of municipal tenant households a caseworker imports for the startlån screening
//! (issue 19), in the format docs/tenant-list.md documents: a header line naming the columns,
//! then one household a line, separated by semicolons (as a Norwegian spreadsheet saves CSV) or
//! commas. A file is used whole or not at all: every problem is said with its line and column,
//! and a value with two readings ("11,500": 11.5 or 11 500 kroner?) is refused, never guessed.

use chrono::NaiveDate;
use rules::{household::Household, screening::Tenant, startlan::Debt};
use rust_decimal::Decimal;

/// The columns, in order.
pub const COLUMNS: [&str; 11] = [
    "husstand",
    "voksne",
    "par",
    "barn",
    "inntekter",
    "gjeld_per_maned",
    "gjeld",
    "husleie",
    "egenkapital",
    "fast_inntekt",
    "samtykke",
];

/// The most households one list may hold (a large municipality has a few thousand tenants).
pub const MAX_HOUSEHOLDS: usize = 10_000;
/// The most problems said at once: past that, the file is most likely in another format.
const MAX_PROBLEMS: usize = 100;

/// One household of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct TenantRow {
    /// The municipality's own reference for the household (never a name or a national id).
    pub key: String,
    pub tenant: Tenant,
    /// The day the household's consent to the screening was recorded.
    pub consent_on: NaiveDate,
    /// The line it is on, for a problem the rules find.
    pub line: u64,
}

/// Something in the file that cannot be used: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line in the file, from 1; 0 for the file as a whole.
    pub line: u64,
    pub column: Option<&'static str>,
    pub message_id: &'static str,
}

/// A problem of the whole file, not of a line (line 0).
pub fn whole_file(message_id: &'static str) -> Problem {
    Problem {
        line: 0,
        column: None,
        message_id,
    }
}

/// Reads the list, or says every problem in it (up to `MAX_PROBLEMS`). `today` bounds the
/// consent's day.
pub fn read(text: &str, today: NaiveDate) -> Result<Vec<TenantRow>, Vec<Problem>> {
    // Line ends as Windows writes them, made plain: the reader's line numbers count "\r\n"
    // one short.
    let text = text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    if text.trim().is_empty() {
        return Err(vec![whole_file("error-tenants-empty-file")]);
    }
    let header = text.lines().next().unwrap_or_default();
    let names = |d: u8| -> Vec<String> {
        header
            .split(char::from(d))
            .map(|n| n.trim().trim_matches('"').to_lowercase())
            .collect()
    };
    let Some(delimiter) = [b';', b','].into_iter().find(|&d| names(d) == COLUMNS) else {
        // Eleven columns, one of them named otherwise: that one is said.
        let wrong = [b';', b','].into_iter().find_map(|d| {
            let found = names(d);
            (found.len() == COLUMNS.len())
                .then(|| {
                    COLUMNS
                        .iter()
                        .zip(&found)
                        .find(|(want, got)| **want != got.as_str())
                })
                .flatten()
                .map(|(want, _)| *want)
        });
        return Err(vec![Problem {
            line: 1,
            column: wrong,
            message_id: if wrong.is_some() {
                "error-tenants-header-column"
            } else {
                "error-tenants-header"
            },
        }]);
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut keys = std::collections::HashSet::new();
    for record in reader.records() {
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(Problem {
                    line,
                    column: None,
                    message_id: "error-tenants-columns",
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        // A row a spreadsheet left with only its separators is no household.
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if rows.len() + problems.len() >= MAX_HOUSEHOLDS {
            problems.push(Problem {
                line,
                column: None,
                message_id: "error-tenants-too-many",
            });
            break;
        }
        match row(&record, line, today) {
            Ok(r) if !keys.insert(r.key.to_lowercase()) => problems.push(Problem {
                line,
                column: Some("husstand"),
                message_id: "error-tenants-key-twice",
            }),
            Ok(r) => rows.push(r),
            Err(p) => problems.extend(p),
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(whole_file("error-tenants-empty"));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        problems.truncate(MAX_PROBLEMS);
        Err(problems)
    }
}

/// Column `index` of `record` (on `line`) read by `read`, or its problem added to `problems`.
fn cell<T>(
    record: &csv::StringRecord,
    line: u64,
    index: usize,
    read: impl Fn(&str) -> Result<T, &'static str>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    read(record.get(index).unwrap_or_default().trim())
        .map_err(|message_id| {
            problems.push(Problem {
                line,
                column: Some(COLUMNS[index]),
                message_id,
            })
        })
        .ok()
}

/// One line: every field read, each problem said.
fn row(record: &csv::StringRecord, line: u64, today: NaiveDate) -> Result<TenantRow, Vec<Problem>> {
    let mut p = Vec::new();
    let key = cell(record, line, 0, key, &mut p);
    let adults = cell(record, line, 1, adults, &mut p);
    let couple = cell(record, line, 2, yes_no, &mut p);
    let children_ages = cell(record, line, 3, ages, &mut p);
    let incomes = cell(record, line, 4, incomes, &mut p);
    let debt_monthly = cell(record, line, 5, amount, &mut p);
    let debt_balance = cell(record, line, 6, amount, &mut p);
    let rent_monthly = cell(record, line, 7, amount, &mut p);
    let own_funds = cell(record, line, 8, amount, &mut p);
    let income_stable = cell(record, line, 9, yes_no, &mut p);
    let consent_on = cell(record, line, 10, |v| consent(v, today), &mut p);
    if couple == Some(true) && adults.is_some_and(|a| a < 2) {
        p.push(Problem {
            line,
            column: Some("par"),
            message_id: "error-tenants-couple-one-adult",
        });
    }
    let (
        Some(key),
        Some(adults),
        Some(couple),
        Some(children_ages),
        Some(incomes),
        Some(monthly),
        Some(balance),
        Some(rent_monthly),
        Some(own_funds),
        Some(income_stable),
        Some(consent_on),
    ) = (
        key,
        adults,
        couple,
        children_ages,
        incomes,
        debt_monthly,
        debt_balance,
        rent_monthly,
        own_funds,
        income_stable,
        consent_on,
    )
    else {
        return Err(p);
    };
    if !p.is_empty() {
        return Err(p);
    }
    Ok(TenantRow {
        key,
        tenant: Tenant {
            household: Household {
                adults,
                couple,
                children_ages,
                bostotte_exclusion: None,
            },
            incomes,
            debt: Debt {
                monthly: Some(monthly),
                balance: Some(balance),
            },
            rent_monthly,
            own_funds,
            income_stable,
        },
        consent_on,
        line,
    })
}

/// The municipality's reference: letters, digits and `-_/.`, at most 40; eleven digits look
/// like a national id, which this list must not hold.
fn key(value: &str) -> Result<String, &'static str> {
    if value.is_empty() {
        return Err("error-tenants-key-missing");
    }
    if value.len() == 11 && value.bytes().all(|b| b.is_ascii_digit()) {
        return Err("error-tenants-key-national-id");
    }
    if value.chars().count() > 40
        || !value
            .chars()
            .all(|c| c.is_alphanumeric() || "-_/.".contains(c))
    {
        return Err("error-tenants-key-invalid");
    }
    Ok(value.to_string())
}

fn adults(value: &str) -> Result<u32, &'static str> {
    match value.parse::<u32>() {
        Ok(n) if (1..=20).contains(&n) && value.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err("error-tenants-adults"),
    }
}

fn yes_no(value: &str) -> Result<bool, &'static str> {
    match value.to_lowercase().as_str() {
        "ja" => Ok(true),
        "nei" => Ok(false),
        _ => Err("error-tenants-yes-no"),
    }
}

/// Children's ages, separated by spaces or commas; none: empty.
fn ages(value: &str) -> Result<Vec<u8>, &'static str> {
    value
        .split([' ', ','])
        .filter(|a| !a.is_empty())
        .map(|a| match a.parse::<u8>() {
            Ok(n) if n < 18 && a.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
            _ => Err("error-tenants-child-age"),
        })
        .collect()
}

/// Each earning adult's gross yearly income, separated by "+"; none: empty.
fn incomes(value: &str) -> Result<Vec<Decimal>, &'static str> {
    if value.is_empty() {
        return Ok(Vec::new());
    }
    value.split('+').map(|a| amount(a.trim())).collect()
}

/// Kroner: digits, thousands apart by spaces ("14 000") if at all, "kr" before or after, ",-"
/// after, and øre only as two decimals ("14000,50"). "11,500" or "11.500" has two readings: refused.
fn amount(value: &str) -> Result<Decimal, &'static str> {
    let lower = value.to_lowercase();
    let bare = lower
        .trim()
        .trim_start_matches("kr")
        .trim_end_matches("kr")
        .trim_end_matches(['.', '-'])
        .trim_end_matches(',')
        .trim();
    if bare.is_empty() {
        return Err("error-tenants-amount-missing");
    }
    let (whole, ore) = match bare.rsplit_once([',', '.']) {
        Some((whole, ore)) if ore.len() == 2 => (whole, Some(ore)),
        Some((_, ore)) if ore.len() == 3 && ore.bytes().all(|b| b.is_ascii_digit()) => {
            return Err("error-tenants-amount-ambiguous");
        }
        Some(_) => return Err("error-tenants-amount"),
        None => (bare, None),
    };
    let groups: Vec<&str> = whole.split([' ', '\u{a0}', '\u{202f}']).collect();
    let grouped = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits: String = groups.concat();
    if !grouped
        || digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || ore.is_some_and(|o| !o.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err("error-tenants-amount");
    }
    let text = match ore {
        Some(o) => format!("{digits}.{o}"),
        None => digits,
    };
    let value: Decimal = text.parse().map_err(|_| "error-tenants-amount")?;
    if value > Decimal::from(1_000_000_000) {
        return Err("error-tenants-amount");
    }
    Ok(value)
}

/// The day consent was recorded: 2026-11-02 or 02.11.2026, not after today.
fn consent(value: &str, today: NaiveDate) -> Result<NaiveDate, &'static str> {
    if value.is_empty() {
        return Err("error-tenants-consent-missing");
    }
    // Day.month.year with the year in four digits: "20.11.26" could be 1926 or 2026.
    let norwegian = || {
        let year = value.rsplit('.').next()?;
        (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
            .then(|| NaiveDate::parse_from_str(value, "%d.%m.%Y").ok())
            .flatten()
    };
    let day = rules::iso_date::parse(value)
        .or_else(norwegian)
        .ok_or("error-tenants-consent-date")?;
    if day > today {
        return Err("error-tenants-consent-future");
    }
    Ok(day)
}

#[cfg(test)]
mod tests;
