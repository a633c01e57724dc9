//! Who lives in the home, what they earn, and what the home costs: the inputs every estimate shares.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::RulesError;

/// The most persons the rules accept in one household.
pub const MAX_PERSONS: u32 = 20;

/// The age bands children are asked in (the youngest and oldest age of each): the app sends one
/// representative age per child of a band, and staff see the bands, not those ages.
pub const CHILD_AGE_BANDS: [(u8, u8); 3] = [(0, 5), (6, 10), (11, 17)];

/// The people who live together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// Where an income comes from: it decides the minimum deduction, trygdeavgift and trinnskatt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeSource {
    /// Wages, and benefits taxed as wages (sykepenger, arbeidsavklaringspenger, dagpenger).
    #[default]
    Wages,
    /// Old-age pension (alderspensjon, AFP) and other pensions.
    Pension,
    /// Uføretrygd: taxed as wages, with trygdeavgift at the pension rate.
    Uforetrygd,
    /// Introduksjonsstønad, kvalifiseringsstønad: ordinary income, not personinntekt (no
    /// trygdeavgift, no trinnskatt).
    Benefit,
}

/// A situation that gives the household a lower egenandel in bostøtte (forskrift om bustøtte § 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EgenandelGroup {
    /// Gets alderspensjon from folketrygden and is single (no spouse or cohabitant at home).
    SingleOldAgePensioner,
    /// Gets uføretrygd with the rights of "ung ufør" (folketrygdloven § 12-13).
    YoungDisabled,
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

/// The most any one income may be, per year, after a monthly amount is made yearly.
pub const MAX_INCOME_YEAR: u64 = 100_000_000;

/// One adult's own income, as they know it: one amount, gross or net, by month or year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonIncome {
    pub amount: Decimal,
    #[serde(default)]
    pub period: Period,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub source: IncomeSource,
    /// Where it lowers the egenandel in bostøtte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egenandel_group: Option<EgenandelGroup>,
}

impl PersonIncome {
    /// The amount per year.
    pub fn yearly(&self) -> Decimal {
        match self.period {
            Period::Year => self.amount,
            Period::Month => self.amount * Decimal::from(12),
        }
    }
}

/// The household's income: each adult's own (tax is per person), and the household's wealth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "IncomeWire")]
pub struct Income {
    /// One entry per adult with an income, in the order the adults were asked about.
    pub persons: Vec<PersonIncome>,
    /// Net wealth (savings and other assets less debt), for bostøtte.
    #[serde(default)]
    pub net_wealth: Decimal,
}

/// `Income` on the wire: either the per-person form, or the single-amount form applications
/// were sent in before incomes were asked per person (still read, so stored ones stay readable).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IncomeWire {
    #[serde(default)]
    persons: Option<Vec<PersonIncome>>,
    #[serde(default)]
    amount: Option<Decimal>,
    #[serde(default)]
    period: Option<Period>,
    #[serde(default)]
    basis: Option<Basis>,
    #[serde(default)]
    source: Option<IncomeSource>,
    #[serde(default)]
    net_wealth: Decimal,
}

impl TryFrom<IncomeWire> for Income {
    type Error = String;

    fn try_from(w: IncomeWire) -> Result<Self, String> {
        let single = w.period.is_some() || w.basis.is_some() || w.source.is_some();
        let persons = match (w.persons, w.amount) {
            (Some(persons), None) if !single => persons,
            (None, Some(amount)) => vec![PersonIncome {
                amount,
                period: w.period.unwrap_or_default(),
                basis: w.basis.unwrap_or_default(),
                source: w.source.unwrap_or_default(),
                egenandel_group: None,
            }],
            (None, None) if !single => {
                return Err("missing field `persons`".into());
            }
            _ => {
                return Err(
                    "give either `persons` or the single-income fields `amount`, `period`, `basis`, `source`, not both"
                        .into(),
                );
            }
        };
        Ok(Self {
            persons,
            net_wealth: w.net_wealth,
        })
    }
}

/// The kind of home and what it costs each month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// Each income at most `MAX_INCOME_YEAR` a year (a monthly one counted twelve times), at most
    /// one income per adult.
    pub fn validate(&self, household: &Household) -> Result<(), RulesError> {
        if self.persons.len() > household.adults as usize {
            return Err(RulesError::MoreIncomesThanAdults);
        }
        for person in &self.persons {
            check_amount("income", person.amount, MAX_INCOME_YEAR, "100 000 000")?;
            check_amount("income", person.yearly(), MAX_INCOME_YEAR, "100 000 000")?;
        }
        check_amount(
            "net_wealth",
            self.net_wealth,
            1_000_000_000,
            "1 000 000 000",
        )
    }
}

impl Housing {
    pub fn validate(&self) -> Result<(), RulesError> {
        check_amount("monthly_cost", self.monthly_cost, 1_000_000, "1 000 000")
    }
}
