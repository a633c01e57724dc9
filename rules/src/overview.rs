//! The municipality's overview of the need for housing (lov om kommunenes ansvar på det
//! boligsosiale feltet § 5): figures made from its applications and decisions, for its yearly
//! planning. Pure: the server reads the rows, reduces each to [`CaseFacts`] (nothing that names
//! anyone) and calls [`overview`]; the staff page and the CSV show what comes back.
//!
//! No person can be recognised from a figure: a count from 1 to [`SMALLEST_SHOWN`] − 1 is
//! suppressed, and where the counts of a column add up to a known whole (urgency, household
//! type, waiting-list category), a second one is suppressed with a lone one so it cannot be
//! worked out by subtraction. A median or share over fewer cases is not given either.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{
    application::Application,
    decision::{Decision, Verdict},
    needs::{Circumstance, HelpKind, HomeProblem, SleepingPlace, Urgency},
};

/// The smallest count shown; smaller ones (but not 0) are suppressed.
pub const SMALLEST_SHOWN: u32 = 5;

/// Husbanken's evaluation (seed 003): nobody should stay in temporary accommodation longer
/// than three months. Counted in days from the application.
pub const TEMPORARY_LIMIT_DAYS: i64 = 90;

/// One application as the overview sees it: what it counts, nothing that names anyone.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseFacts {
    pub received_on: NaiveDate,
    pub help_wanted: Vec<HelpKind>,
    /// The server's own urgency (None for rows from before it was kept, or without a needs check).
    pub urgency: Option<Urgency>,
    pub household: HouseholdType,
    pub sleeping: Option<SleepingPlace>,
    pub category: WaitingCategory,
    /// The day of the written decision, if there is one.
    pub decided_on: Option<NaiveDate>,
    /// The help granted in it, in full or in part.
    pub granted: Vec<HelpKind>,
}

impl CaseFacts {
    /// The facts of an application received on `received_on`, with the server's urgency and
    /// its decision, if any.
    pub fn of(
        application: &Application,
        received_on: NaiveDate,
        urgency: Option<Urgency>,
        decision: Option<&Decision>,
    ) -> Self {
        let household = &application.household;
        let children = !household.children_ages.is_empty();
        let needs = application.needs.as_ref();
        let circumstance = |c| needs.is_some_and(|n| n.circumstances.contains(&c));
        let category = if children {
            WaitingCategory::FamiliesWithChildren
        } else if application.help_wanted.contains(&HelpKind::AdaptedHome)
            || application.housing.adapted_for_disability
            || circumstance(Circumstance::Disability)
            || needs.is_some_and(|n| n.home_problems.contains(&HomeProblem::NotAccessible))
        {
            WaitingCategory::AdaptedHome
        } else if circumstance(Circumstance::MentalHealth)
            || circumstance(Circumstance::SubstanceUse)
        {
            WaitingCategory::MentalHealthOrSubstanceUse
        } else {
            WaitingCategory::Other
        };
        let household = match (household.adults >= 2, household.couple, children) {
            (_, true, true) => HouseholdType::CoupleWithChildren,
            (_, true, false) => HouseholdType::Couple,
            (false, _, true) => HouseholdType::SingleWithChildren,
            (false, _, false) => HouseholdType::Single,
            (true, false, _) => HouseholdType::OtherAdults,
        };
        Self {
            received_on,
            help_wanted: application.help_wanted.clone(),
            urgency,
            household,
            sleeping: needs.map(|n| n.sleeping_tonight),
            category,
            decided_on: decision.map(|d| d.decided_on),
            granted: decision
                .map(|d| {
                    d.items
                        .iter()
                        .filter(|i| matches!(i.verdict, Verdict::Granted | Verdict::PartlyGranted))
                        .map(|i| i.help)
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// Who the household is, as the overview groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HouseholdType {
    Single,
    SingleWithChildren,
    Couple,
    CoupleWithChildren,
    /// Two or more adults who are not a couple (siblings, a grown child, friends).
    OtherAdults,
}

impl HouseholdType {
    pub const ALL: [Self; 5] = [
        Self::Single,
        Self::SingleWithChildren,
        Self::Couple,
        Self::CoupleWithChildren,
        Self::OtherAdults,
    ];

    /// Its name on the staff pages and in the CSV (`locales/nb/staff.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Single => "staff-overview-household-single",
            Self::SingleWithChildren => "staff-overview-household-single-children",
            Self::Couple => "staff-overview-household-couple",
            Self::CoupleWithChildren => "staff-overview-household-couple-children",
            Self::OtherAdults => "staff-overview-household-other",
        }
    }
}

/// The waiting list's categories as Moss reports them (seed 002), in this order of precedence:
/// a family with children who also needs an adapted home counts as a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaitingCategory {
    FamiliesWithChildren,
    AdaptedHome,
    MentalHealthOrSubstanceUse,
    Other,
}

impl WaitingCategory {
    pub const ALL: [Self; 4] = [
        Self::FamiliesWithChildren,
        Self::AdaptedHome,
        Self::MentalHealthOrSubstanceUse,
        Self::Other,
    ];

    /// Its name on the staff pages and in the CSV (`locales/nb/staff.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::FamiliesWithChildren => "staff-overview-category-families",
            Self::AdaptedHome => "staff-overview-category-adapted",
            Self::MentalHealthOrSubstanceUse => "staff-overview-category-mental-substance",
            Self::Other => "staff-overview-category-other",
        }
    }
}

/// An urgency's name on the staff pages and in the CSV; `None`: not known (no needs check).
pub fn urgency_message_id(urgency: Option<Urgency>) -> &'static str {
    match urgency {
        Some(Urgency::Emergency) => "staff-overview-urgency-emergency",
        Some(Urgency::High) => "staff-overview-urgency-high",
        Some(Urgency::Normal) => "staff-overview-urgency-normal",
        None => "staff-overview-urgency-unknown",
    }
}

/// The urgencies as the overview lists them, the unknown last.
pub const URGENCIES: [Option<Urgency>; 4] = [
    Some(Urgency::Emergency),
    Some(Urgency::High),
    Some(Urgency::Normal),
    None,
];

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

/// `part` of `whole` in whole per cent, given only when neither `part` nor the rest of `whole`
/// is a suppressed count (else the share would tell it).
fn share(part: u32, whole: u32) -> Option<u32> {
    let shown = count(part).is_some() && count(whole - part).is_some() && whole > 0;
    shown.then(|| (part * 100 + whole / 2) / whole)
}

/// A count as shown: `None` from 1 to `SMALLEST_SHOWN` − 1.
pub fn count(n: u32) -> Count {
    (n == 0 || n >= SMALLEST_SHOWN).then_some(n)
}

fn shown(counts: &[u32]) -> Vec<Count> {
    counts.iter().map(|n| count(*n)).collect()
}

/// Counts that add up to a known whole: each small one suppressed, and when only one is, the
/// smallest other non-zero one with it, so the small one cannot be had by subtraction.
pub fn suppress_together(counts: &[u32]) -> Vec<Count> {
    let mut shown = shown(counts);
    if shown.iter().filter(|c| c.is_none()).count() == 1 {
        let second = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| **n > 0 && shown[*i].is_some())
            .min_by_key(|(_, n)| **n)
            .map(|(i, _)| i);
        if let Some(i) = second {
            shown[i] = None;
        }
    }
    shown
}

/// Series whose counts add up, month by month, to the month's applications: each month's
/// column suppressed together, and the period's totals too.
fn partition<K: Copy>(
    keys: &[K],
    months: usize,
    counts: impl Fn(&K) -> Vec<u32>,
) -> Vec<Series<K>> {
    let raw: Vec<Vec<u32>> = keys.iter().map(&counts).collect();
    let mut series: Vec<Series<K>> = keys
        .iter()
        .map(|&key| Series {
            key,
            counts: Vec::with_capacity(months),
            total: None,
        })
        .collect();
    let totals: Vec<u32> = raw.iter().map(|r| r.iter().sum()).collect();
    for (s, total) in series.iter_mut().zip(suppress_together(&totals)) {
        s.total = total;
    }
    for m in 0..months {
        let column: Vec<u32> = raw.iter().map(|r| r[m]).collect();
        for (s, c) in series.iter_mut().zip(suppress_together(&column)) {
            s.counts.push(c);
        }
    }
    series
}

/// The `p`th percentile by nearest rank, or `None` over fewer than `SMALLEST_SHOWN` values.
pub fn percentile(values: &[u32], p: usize) -> Option<u32> {
    if values.len() < SMALLEST_SHOWN as usize {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}
