//! Who lives in the home, what they earn, and what the home costs: the inputs every estimate shares.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::RulesError;

/// The most persons the rules accept in one household.
pub const MAX_PERSONS: u32 = 20;

/// The people who live together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Household {
    /// Persons aged 18 or over, the applicant included.
    pub adults: u32,
    /// Two of the adults are married, registered partners or cohabitants.
    #[serde(default)]
    pub couple: bool,
    /// The age of each child under 18.
    #[serde(default)]
    pub children_ages: Vec<u8>,
    /// A situation that excludes the household from bostøtte (bustøttelova §§ 3-5).
    #[serde(default)]
    pub bostotte_exclusion: Option<BostotteExclusion>,
}

/// Why a household cannot get bostøtte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BostotteExclusion {
    /// A student entitled to support from Lånekassen, without children of their own.
    StudentWithoutChildren,
    /// Someone doing national (military or civilian) service.
    NationalService,
    /// Living in an institution that charges an income-based fee.
    Institution,
}

impl Household {
    pub fn persons(&self) -> u32 {
        self.adults.saturating_add(self.children())
    }

    pub fn children(&self) -> u32 {
        u32::try_from(self.children_ages.len()).unwrap_or(u32::MAX)
    }

    pub fn validate(&self) -> Result<(), RulesError> {
        if self.adults == 0 {
            return Err(RulesError::NoAdults);
        }
        if self.adults > MAX_PERSONS || self.persons() > MAX_PERSONS {
            return Err(RulesError::TooManyPersons { max: MAX_PERSONS });
        }
        if self.children_ages.iter().any(|&age| age >= 18) {
            return Err(RulesError::ChildAge);
        }
        Ok(())
    }
}

/// Where the income comes from: it decides the minimum deduction and the trygdeavgift rate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeSource {
    #[default]
    Wages,
    Pension,
}

/// Whether an amount is before or after tax.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    #[default]
    Gross,
    Net,
}

/// Per month or per year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    #[default]
    Year,
}

/// The household's income, as the resident knows it: one amount, gross or net, by month or year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Income {
    pub amount: Decimal,
    #[serde(default)]
    pub period: Period,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub source: IncomeSource,
    /// Net wealth (savings and other assets less debt), for bostøtte.
    #[serde(default)]
    pub net_wealth: Decimal,
}

/// The kind of home and what it costs each month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Housing {
    pub kind: HomeKind,
    /// Rent; or common costs, interest, instalments and fees on the home loan.
    pub monthly_cost: Decimal,
    #[serde(default)]
    pub adapted_for_disability: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HomeKind {
    /// A rented home.
    Rented,
    /// An owned flat in a borettslag or sameie.
    Cooperative,
    /// An owned house.
    OwnedHouse,
    /// No home of one's own.
    None,
}

/// Checks an amount: not negative, not beyond `limit` kroner.
pub fn check_amount(
    field: &'static str,
    value: Decimal,
    limit: u64,
    limit_text: &'static str,
) -> Result<(), RulesError> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(RulesError::Negative { field });
    }
    if value > Decimal::from(limit) {
        return Err(RulesError::Absurd {
            field,
            limit: limit_text,
        });
    }
    Ok(())
}

impl Income {
    pub fn validate(&self) -> Result<(), RulesError> {
        check_amount("income", self.amount, 100_000_000, "100 000 000")?;
        check_amount(
            "net_wealth",
            self.net_wealth,
            1_000_000_000,
            "1 000 000 000",
        )
    }

    /// The amount per year.
    pub fn yearly(&self) -> Decimal {
        match self.period {
            Period::Year => self.amount,
            Period::Month => self.amount * Decimal::from(12),
        }
    }
}

impl Housing {
    pub fn validate(&self) -> Result<(), RulesError> {
        check_amount("monthly_cost", self.monthly_cost, 1_000_000, "1 000 000")
    }
}
