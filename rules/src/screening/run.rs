//! A screening run as it crosses the wire: the households of one imported tenant list, each
//! screened, in the order a caseworker reads them, and set beside what the municipality's
//! previous run said of the same household (the yearly comparison).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Outlook, Screening, Tenant};

/// One household of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreenedHousehold {
    /// The municipality's own reference for the household.
    pub key: String,
    /// The day the household's consent to the screening was recorded.
    #[serde(with = "crate::iso_date")]
    pub consent_on: NaiveDate,
    pub tenant: Tenant,
    pub screening: Screening,
    /// What the previous run said of it, if it was in that run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Before>,
}

/// What an earlier run said of a household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Before {
    pub outlook: Outlook,
    pub max_loan: Decimal,
}

/// A run in a list of runs: when, and how many households came out how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunLine {
    pub id: i64,
    #[serde(with = "crate::iso_date")]
    pub run_on: NaiveDate,
    pub households: u32,
    pub could_buy: u32,
    pub carries_a_loan: u32,
    pub not_now: u32,
}

impl RunLine {
    pub fn of(id: i64, run_on: NaiveDate, households: &[ScreenedHousehold]) -> Self {
        let count = |outlook| {
            let n = households
                .iter()
                .filter(|h| h.screening.outlook == outlook)
                .count();
            u32::try_from(n).unwrap_or(u32::MAX)
        };
        Self {
            id,
            run_on,
            households: u32::try_from(households.len()).unwrap_or(u32::MAX),
            could_buy: count(Outlook::CouldBuy),
            carries_a_loan: count(Outlook::CarriesALoan),
            not_now: count(Outlook::NotNow),
        }
    }
}

/// A run in full.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreeningRun {
    pub line: RunLine,
    pub municipality: String,
    /// The run this one is compared with: the municipality's last before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared_with: Option<RunLine>,
    /// The references of households in that run and not in this one (moved, bought, or left
    /// out of the list), in that run's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gone: Vec<String>,
    pub households: Vec<ScreenedHousehold>,
}

impl ScreeningRun {
    /// The run `line` of `municipality`, compared with `previous` (that run's line and
    /// households), its households in reading order.
    pub fn new(
        line: RunLine,
        municipality: String,
        mut households: Vec<ScreenedHousehold>,
        previous: Option<(RunLine, Vec<ScreenedHousehold>)>,
    ) -> Self {
        let mut gone = Vec::new();
        let compared_with = previous.map(|(line, earlier)| {
            for h in &mut households {
                h.before = earlier.iter().find(|e| e.key == h.key).map(|e| Before {
                    outlook: e.screening.outlook,
                    max_loan: e.screening.max_loan,
                });
            }
            gone = earlier
                .iter()
                .filter(|e| !households.iter().any(|h| h.key == e.key))
                .map(|e| e.key.clone())
                .collect();
            line
        });
        in_reading_order(&mut households);
        Self {
            line,
            municipality,
            compared_with,
            gone,
            households,
        }
    }
}

/// Those who could buy first, then those who carry a loan, then the rest; within each, the
/// largest reach first, and the municipality's reference between equals.
pub fn in_reading_order(households: &mut [ScreenedHousehold]) {
    let rank = |o: Outlook| match o {
        Outlook::CouldBuy => 0,
        Outlook::CarriesALoan => 1,
        Outlook::NotNow => 2,
    };
    households.sort_by(|a, b| {
        rank(a.screening.outlook)
            .cmp(&rank(b.screening.outlook))
            .then(
                b.screening
                    .reach
                    .borettslag
                    .cmp(&a.screening.reach.borettslag),
            )
            .then(a.key.cmp(&b.key))
    });
}

/// A problem with a line of an imported list, as the page shows it beside the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListProblem {
    pub line: u64,
    /// The column's name in the file, when the problem is one value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    pub message_id: String,
}

/// The answer to a list that cannot be used: nothing of it was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRefused {
    pub error: String,
    pub message_id: String,
    pub problems: Vec<ListProblem>,
}
