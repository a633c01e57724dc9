//! One application as the overview counts it, and the groups it counts it in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    application::Application,
    decision::{Decision, Verdict},
    needs::{Circumstance, HelpKind, HomeProblem, SleepingPlace, Urgency},
};

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
