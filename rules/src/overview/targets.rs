//! What a municipality has set itself to reach, from its own plans: the figures the overview
//! sets its counts beside. Data, not code, as the profiles are (`municipalities/targets/`), and
//! kept apart from them: the profiles go to every resident's phone, targets only to staff.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::profile::Sourced;

/// A municipality's targets, in dated editions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityTargets {
    /// The municipality number.
    pub municipality: String,
    #[serde(rename = "edition")]
    pub editions: Vec<TargetsEdition>,
}

impl MunicipalityTargets {
    /// The edition in force on `date`.
    pub fn at(&self, date: NaiveDate) -> Option<&TargetsEdition> {
        self.editions.iter().rev().find(|e| e.from <= date)
    }
}

/// The targets from a day on. Each one is optional: a municipality sets the ones it has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetsEdition {
    #[serde(with = "crate::iso_date")]
    pub from: NaiveDate,
    /// The plan or decision the targets are from.
    pub decided: String,
    /// Fewer than this many households on the waiting list for a municipal home.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting_list_below: Option<Sourced<u32>>,
    /// At least this share of startlån granted to families with children, in per cent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startlan_families_with_children_percent: Option<Sourced<u32>>,
    /// The share of the municipality's tenants granted startlån each year, from and to, in per
    /// cent (Moss: 7-10). Husly does not know how many tenants there are: shown beside the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startlan_municipal_tenants_percent: Option<Sourced<[u32; 2]>>,
    /// A municipal home allocated within this many months of the application (a guarantee).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_guarantee_months: Option<Sourced<u32>>,
    /// The price of a modest home for a tenant household, costs of buying included, that the
    /// screening of tenants compares a loan's reach with (`rules::screening`). Without it, the
    /// screening says what a loan reaches and never that a household could buy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modest_home_price: Option<Sourced<Decimal>>,
}
