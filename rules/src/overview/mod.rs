//! The municipality's overview of the need for housing (lov om kommunenes ansvar på det
//! boligsosiale feltet § 5): figures made from its applications and decisions, for its yearly
//! planning. Pure: the server reads the rows, reduces each to [`CaseFacts`] (nothing that names
//! anyone) and calls [`overview`]; the staff page and the CSV show what comes back.
//!
//! No person can be recognised from a figure: a count from 1 to [`SMALLEST_SHOWN`] − 1 is
//! suppressed, and where the counts of a column add up to a known whole (urgency, household
//! type, waiting-list category), a second one is suppressed with a lone one so it cannot be
//! worked out by subtraction. A median or share over fewer cases is not given either.

mod facts;
mod suppress;
mod targets;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub use facts::{CaseFacts, HouseholdType, URGENCIES, WaitingCategory, urgency_message_id};
pub use suppress::{count, percentile, suppress_together};
use suppress::{partition, share, shown};
pub use targets::{MunicipalityTargets, TargetsEdition};

use crate::needs::{HelpKind, SleepingPlace, Urgency};

/// The smallest count shown; smaller ones (but not 0) are suppressed.
pub const SMALLEST_SHOWN: u32 = 5;

/// The longest period one overview covers, in months: the staff page refuses a longer one
/// beside its field, the server with a 400.
pub const MAX_MONTHS: i32 = 60;

/// Husbanken's evaluation (seed 003): nobody should stay in temporary accommodation longer
/// than three months. Counted in days from the application.
pub const TEMPORARY_LIMIT_DAYS: i64 = 90;

/// A count as shown: exact, or suppressed because it is small (`null` in JSON).
pub type Count = Option<u32>;

/// Counts per month, one series per key (a kind of help, an urgency, a household type).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series<K> {
    pub key: K,
    /// One count per month of [`Overview::months`].
    pub counts: Vec<Count>,
    /// The whole period's.
    pub total: Count,
}

/// Days from application to decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionTimes {
    /// Decisions made in the period.
    pub decided: Count,
    pub median_days: Option<u32>,
    pub p90_days: Option<u32>,
}

/// Applicants who were in temporary accommodation when they applied and have no decision yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Temporary {
    pub waiting: Count,
    /// Of them, those who applied more than [`TEMPORARY_LIMIT_DAYS`] ago.
    pub beyond_three_months: Count,
    pub median_days: Option<u32>,
}

/// Startlån granted in the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartlanGranted {
    pub granted: Count,
    /// To households renting a municipal home when they applied.
    pub to_municipal_tenants: Count,
    pub to_families_with_children: Count,
    /// The share to families with children, in whole per cent (Moss's target is 60).
    pub families_with_children_percent: Option<u32>,
}

/// The overview of one municipality for whole months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overview {
    pub municipality: String,
    /// The day the figures were made (the waiting list is as of this day).
    #[serde(with = "crate::iso_date")]
    pub made_on: NaiveDate,
    /// The months counted, "YYYY-MM", oldest first.
    pub months: Vec<String>,
    pub applications: Vec<Count>,
    pub applications_total: Count,
    pub by_help: Vec<Series<HelpKind>>,
    pub by_urgency: Vec<Series<Option<Urgency>>>,
    pub by_household: Vec<Series<HouseholdType>>,
    /// Waiting for a municipal rental home: applied for one, no decision yet, on `made_on`.
    pub waiting_list: Vec<(WaitingCategory, Count)>,
    pub waiting_total: Count,
    pub decision_times: DecisionTimes,
    pub temporary: Temporary,
    pub startlan: StartlanGranted,
    /// The municipality's targets in force on `made_on`, if it has set any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<TargetsEdition>,
    /// Decisions on a municipal home within the municipality's guarantee, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guarantee: Option<Guarantee>,
}

/// Decisions on a municipal home made in the period, and how many came within the
/// municipality's guarantee (months from the application). The guarantee is for the home
/// itself; Husly knows the day of the decision, not of moving in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guarantee {
    pub months: u32,
    pub decided: Count,
    pub within: Count,
    pub percent: Option<u32>,
}

/// The first day of each month from `first` to `last` (any days in them), oldest first.
pub fn months(first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut month = first.with_day(1).unwrap_or(first);
    let mut all = Vec::new();
    while month <= last && all.len() < 120 {
        all.push(month);
        month = month
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(NaiveDate::MAX);
    }
    all
}

/// The overview of `cases` for the months from `first` to `last`, as of `today`.
pub fn overview(
    municipality: &str,
    cases: &[CaseFacts],
    first: NaiveDate,
    last: NaiveDate,
    today: NaiveDate,
    targets: Option<&TargetsEdition>,
) -> Overview {
    let months = months(first, last);
    let month_of = |day: NaiveDate| {
        months
            .iter()
            .position(|m| m.year() == day.year() && m.month() == day.month())
    };
    let in_period: Vec<(usize, &CaseFacts)> = cases
        .iter()
        .filter_map(|c| month_of(c.received_on).map(|m| (m, c)))
        .collect();
    let per_month = |pick: &dyn Fn(&CaseFacts) -> bool| {
        let mut counts = vec![0u32; months.len()];
        for (m, c) in &in_period {
            if pick(c) {
                counts[*m] += 1;
            }
        }
        counts
    };
    let all = per_month(&|_| true);
    let applications = shown(&all);
    // The kinds of help overlap (one application may ask for several): each count on its own.
    let by_help = HelpKind::ALL
        .iter()
        .map(|&key| {
            let counts = per_month(&|c| c.help_wanted.contains(&key));
            Series {
                key,
                total: count(counts.iter().sum()),
                counts: shown(&counts),
            }
        })
        .collect();
    let urgencies = [
        Some(Urgency::Emergency),
        Some(Urgency::High),
        Some(Urgency::Normal),
        None,
    ];
    let by_urgency = partition(&urgencies, months.len(), |key| {
        per_month(&|c| c.urgency == *key)
    });
    let by_household = partition(&HouseholdType::ALL, months.len(), |key| {
        per_month(&|c| c.household == *key)
    });

    let waiting: Vec<&CaseFacts> = cases
        .iter()
        .filter(|c| {
            c.decided_on.is_none() && c.help_wanted.contains(&HelpKind::MunicipalRentalHome)
        })
        .collect();
    let category_counts: Vec<u32> = WaitingCategory::ALL
        .iter()
        .map(|k| waiting.iter().filter(|c| c.category == *k).count() as u32)
        .collect();
    let waiting_list = WaitingCategory::ALL
        .into_iter()
        .zip(suppress_together(&category_counts))
        .collect();

    let days: Vec<u32> = cases
        .iter()
        .filter_map(|c| {
            let decided = c.decided_on?;
            month_of(decided)?;
            u32::try_from((decided - c.received_on).num_days()).ok()
        })
        .collect();
    let temporary: Vec<i64> = cases
        .iter()
        .filter(|c| {
            c.decided_on.is_none() && c.sleeping == Some(SleepingPlace::TemporaryAccommodation)
        })
        .map(|c| (today - c.received_on).num_days().max(0))
        .collect();
    let granted_startlan: Vec<&CaseFacts> = cases
        .iter()
        .filter(|c| {
            c.decided_on.and_then(month_of).is_some() && c.granted.contains(&HelpKind::Startlan)
        })
        .collect();
    let families = granted_startlan
        .iter()
        .filter(|c| c.category == WaitingCategory::FamiliesWithChildren)
        .count() as u32;

    Overview {
        municipality: municipality.to_string(),
        made_on: today,
        months: months
            .iter()
            .map(|m| m.format("%Y-%m").to_string())
            .collect(),
        applications,
        applications_total: count(all.iter().sum()),
        by_help,
        by_urgency,
        by_household,
        waiting_list,
        waiting_total: count(waiting.len() as u32),
        decision_times: DecisionTimes {
            decided: count(days.len() as u32),
            median_days: percentile(&days, 50),
            p90_days: percentile(&days, 90),
        },
        temporary: Temporary {
            waiting: count(temporary.len() as u32),
            beyond_three_months: count(
                temporary
                    .iter()
                    .filter(|d| **d > TEMPORARY_LIMIT_DAYS)
                    .count() as u32,
            ),
            median_days: percentile(&temporary.iter().map(|d| *d as u32).collect::<Vec<_>>(), 50),
        },
        guarantee: targets
            .and_then(|t| t.allocation_guarantee_months.as_ref())
            .map(|months| guarantee(cases, &month_of, months.value)),
        targets: targets.cloned(),
        startlan: StartlanGranted {
            granted: count(granted_startlan.len() as u32),
            to_municipal_tenants: count(
                granted_startlan
                    .iter()
                    .filter(|c| c.sleeping == Some(SleepingPlace::RentsMunicipal))
                    .count() as u32,
            ),
            to_families_with_children: count(families),
            families_with_children_percent: share(families, granted_startlan.len() as u32),
        },
    }
}

/// The decisions on a municipal home in the period (`month_of` finds their month) and those
/// made within `months` of the application.
fn guarantee(
    cases: &[CaseFacts],
    month_of: &dyn Fn(NaiveDate) -> Option<usize>,
    months: u32,
) -> Guarantee {
    let decided: Vec<bool> = cases
        .iter()
        .filter(|c| c.help_wanted.contains(&HelpKind::MunicipalRentalHome))
        .filter_map(|c| {
            let on = c.decided_on.filter(|d| month_of(*d).is_some())?;
            Some(
                c.received_on
                    .checked_add_months(chrono::Months::new(months))
                    .is_some_and(|limit| on <= limit),
            )
        })
        .collect();
    let within = decided.iter().filter(|w| **w).count() as u32;
    Guarantee {
        months,
        decided: count(decided.len() as u32),
        within: count(within),
        percent: share(within, decided.len() as u32),
    }
}
