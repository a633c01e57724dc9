//! Parameters by date, generated from `parameters/**/*.toml` by build.rs (see parameters/README.md).
//!
//! `bostotte::COST_CAP.at(date)` gives the values in force on `date`; each value is a [`Param`]
//! that knows its id, the date it is valid from, its source and whether it is verified, so every
//! result can say which figures it used.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::RulesError;

/// Whether a figure has been checked against its primary source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Verified,
    Unverified,
}

/// What a figure counts: it decides how the figure is written ("92 234 kr a year", "73.7 %").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Kroner,
    KronerPerYear,
    KronerPerMonth,
    /// A share: 0.737 is 73.7 %.
    Ratio,
    /// A yearly rate: 0.0489 is 4.89 % a year.
    RatioPerYear,
    Years,
    Months,
    /// A plain number.
    #[default]
    Factor,
    /// A list of codes (municipality numbers).
    Codes,
}

/// What a parameter node is, and the law or document it comes from.
#[derive(Debug)]
pub struct Meta {
    pub id: &'static str,
    pub description: &'static str,
    pub unit: &'static str,
    pub reference: &'static str,
    pub href: &'static str,
}

/// One figure, as in force on the date asked for.
#[derive(Debug, Clone, Copy)]
pub struct Param {
    pub id: &'static str,
    pub value: Decimal,
    pub unit: Unit,
    pub from: NaiveDate,
    /// The last day the figure is known to be valid, where its period is known to end.
    pub until: Option<NaiveDate>,
    pub status: Status,
    pub source: &'static str,
    pub node: &'static Meta,
}

/// A list of codes (municipality numbers), as in force on the date asked for.
#[derive(Debug, Clone, Copy)]
pub struct ListParam {
    pub id: &'static str,
    pub codes: &'static [&'static str],
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    pub status: Status,
    pub source: &'static str,
    pub node: &'static Meta,
}

/// The values of a node from one date until the next edition; `None` when abolished.
#[derive(Debug)]
pub struct Edition<T: 'static> {
    pub from: NaiveDate,
    pub status: Status,
    pub source: &'static str,
    pub note: &'static str,
    pub values: Option<T>,
}

/// A node's history: editions sorted by date.
#[derive(Debug)]
pub struct Series<T: 'static> {
    pub meta: &'static Meta,
    pub editions: &'static [Edition<T>],
}

impl<T> Series<T> {
    /// The values in force on `date`: from the latest edition that starts on or before it.
    pub fn at(&self, date: NaiveDate) -> Result<&T, RulesError> {
        self.editions
            .iter()
            .rev()
            .find(|e| e.from <= date)
            .and_then(|e| e.values.as_ref())
            .ok_or(RulesError::NoParameters {
                id: self.meta.id,
                date,
            })
    }
}

/// A node's editions as text, for listings (`estimate --parameters`) and code-health tests.
#[derive(Debug)]
pub struct NodeSummary {
    pub meta: &'static Meta,
    pub editions: &'static [EditionSummary],
}

#[derive(Debug)]
pub struct EditionSummary {
    pub from: NaiveDate,
    pub status: Status,
    pub source: &'static str,
    pub note: &'static str,
    pub values: &'static [(&'static str, &'static str)],
}

/// A municipality number with the period it is valid for; a replaced number names its successor,
/// or several when the municipality was divided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Municipality {
    pub number: &'static str,
    pub name: &'static str,
    /// Its official Sámi and Kven parallel names, if any.
    pub other_names: &'static [&'static str],
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
    pub replaced_by: &'static [&'static str],
}

/// The municipality rows `build.rs` wrote (validated there), read once: a line is
/// number;name;other names (|);first year (- before the data);last year;successors (|).
fn municipality_rows(text: &'static str) -> Vec<Municipality> {
    fn list(s: &'static str) -> &'static [&'static str] {
        if s.is_empty() {
            &[]
        } else {
            s.split('|').collect::<Vec<_>>().leak()
        }
    }
    fn year(s: &str, month: u32, day: u32) -> Option<NaiveDate> {
        s.parse()
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
    }
    text.lines()
        .filter_map(|line| {
            let mut cols = line.split(';');
            let mut next = || cols.next().unwrap_or_default();
            let (number, name, others, from, to, successors) =
                (next(), next(), next(), next(), next(), next());
            Some(Municipality {
                number,
                name,
                other_names: list(others),
                valid_from: year(from, 1, 1).unwrap_or(date(1900, 1, 1)),
                valid_to: if to.is_empty() {
                    None
                } else {
                    Some(year(to, 12, 31)?)
                },
                replaced_by: list(successors),
            })
        })
        .collect()
}

const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("invalid date in a parameter file"),
    }
}

include!(concat!(env!("OUT_DIR"), "/parameters.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_has_a_description_a_reference_and_dated_sourced_editions() {
        assert!(!ALL.is_empty());
        for node in ALL {
            assert!(!node.meta.description.is_empty(), "{}", node.meta.id);
            assert!(!node.meta.reference.is_empty(), "{}", node.meta.id);
            assert!(node.meta.href.starts_with("https://"), "{}", node.meta.id);
            assert!(!node.editions.is_empty(), "{}", node.meta.id);
            for pair in node.editions.windows(2) {
                assert!(
                    pair[0].from < pair[1].from,
                    "{}: editions out of order",
                    node.meta.id
                );
            }
            for edition in node.editions {
                assert!(
                    !edition.source.trim().is_empty(),
                    "{} {}: no source",
                    node.meta.id,
                    edition.from
                );
            }
        }
    }

    #[test]
    fn the_edition_in_force_is_the_latest_that_started() {
        let june_2026 = date(2026, 6, 1);
        let cap = bostotte::COST_CAP.at(june_2026).expect("in force");
        assert_eq!(cap.persons_1.value, Decimal::from(92_234));
        assert_eq!(cap.persons_1.from, june_2026);
        let day_before = bostotte::COST_CAP
            .at(date(2026, 5, 31))
            .expect("older edition");
        assert_eq!(day_before.persons_1.value, Decimal::from(78_237));
        assert_eq!(day_before.persons_1.status, Status::Unverified);
    }

    #[test]
    fn a_date_before_any_edition_is_a_typed_error() {
        let error = bostotte::COST_CAP
            .at(date(1999, 1, 1))
            .expect_err("nothing then");
        assert_eq!(error.message_id(), "error-no-parameters");
    }

    #[test]
    fn there_are_357_municipalities_in_force_from_2024() {
        let current = MUNICIPALITIES
            .iter()
            .filter(|m| m.valid_to.is_none())
            .count();
        assert_eq!(current, 357);
        assert!(MUNICIPALITIES.windows(2).all(|w| w[0].number < w[1].number));
    }
}
