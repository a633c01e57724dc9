//! A municipality's own rules and offers: who may rent a municipal home, its startlån terms, what
//! help it offers and where to turn. The municipality decides these by its own guidelines, so they
//! are data, not code: `municipalities/<number>-<name>.toml` in the repository, one file per
//! municipality with dated editions (and `national.toml`, the default for every municipality
//! without its own), each value with its source and how sure we are of it.
//!
//! The server reads and checks the files when it starts ([`ProfileFile::check`]) and serves them
//! (`GET /api/municipality-profiles`); the app fetches them, so a new edition needs no new build,
//! and picks the edition in force on the day ([`MunicipalityProfile::at`]); the server reruns the
//! rules with its own copy, never the one a client sends.

use std::{borrow::Cow, fmt};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

mod check;
#[cfg(test)]
pub(crate) mod fixture;

use crate::{
    explanation::{OwnedParameterUse, ParamValue, ParameterUse},
    needs::HelpKind,
    parameters::{Status, Unit},
};

/// How sure we are of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Checked against the municipality's own decision or guideline.
    Verified,
    /// Taken from one of the reports the product grew from (`../shared/seeds`), not yet confirmed
    /// by the municipality.
    FromSeed,
    /// Not found in any source: a usual value, to be confirmed.
    Assumed,
}

impl Certainty {
    /// The parameters' two-way status: only a verified value is verified.
    pub fn status(self) -> Status {
        match self {
            Self::Verified => Status::Verified,
            Self::FromSeed | Self::Assumed => Status::Unverified,
        }
    }
}

/// A value with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced<T> {
    pub value: T,
    /// The decision, guideline or seed document (with its section) the value is taken from, or
    /// why it is assumed.
    pub source: String,
    pub status: Certainty,
}

/// Criteria for a municipal rental home (kommunal utleiebolig).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RentalHomeCriteria {
    /// A residence permit (oppholdstillatelse) is required.
    pub residence_permit: Sourced<bool>,
    /// Years of continuous residence, registered in the municipality; absent: none required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence_years: Option<Sourced<u32>>,
    pub min_age: Sourced<u32>,
    /// Someone younger qualifies when caring for children.
    pub younger_with_children: Sourced<bool>,
    /// A lease that ends within this many months, without a right to renewal, counts as about to
    /// lose one's home.
    pub lease_ending_months: Sourced<u32>,
    /// Leaving an institution or prison within this many months, with no home to go to, counts
    /// as without a home.
    pub leaving_institution_months: Sourced<u32>,
}

/// What a startlån's living costs are measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LivingCostsNorm {
    /// SIFO's reference budget (referansebudsjettet) as the floor.
    Sifo,
    /// The state guideline rates for living costs (statens veiledende satser).
    StateGuideline,
}

/// Why a municipality may waive the saving requirement (spareevne) for startlån.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SavingWaiver {
    /// The household's children or health make a move necessary.
    ChildrenOrHealth,
    /// Refinancing so the household can stay in its home.
    RefinanceToStay,
    /// Moving for work.
    Work,
    /// Moving out frees a municipal rental home.
    FreesMunicipalHome,
}

/// A municipality's startlån terms; a term it does not set is the national one (Husbanken's
/// rate, the stress test, the term in `parameters/startlan/`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartlanTerms {
    /// Months registered in the municipality before applying; absent: none required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence_months: Option<Sourced<u32>>,
    /// The home to buy must be in the municipality.
    pub home_in_municipality: Sourced<bool>,
    /// Added to Husbanken's floating rate (a ratio per year: 0.0025 is 0.25 points).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest_margin: Option<Sourced<Decimal>>,
    /// The whole rate, when the municipality sets its own instead of Husbanken's rate plus a
    /// margin (not both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest_rate: Option<Sourced<Decimal>>,
    /// The stress test's add-on to the policy rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stress_add_on: Option<Sourced<Decimal>>,
    /// The longest normal term, in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longest_term_years: Option<Sourced<u32>>,
    /// What living costs are measured against.
    pub living_costs: Sourced<LivingCostsNorm>,
    /// The household must show it can save (spareevne).
    pub saving_requirement: Sourced<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saving_waivers: Option<Sourced<Vec<SavingWaiver>>>,
}

/// Kommunal deleie: the municipality owns part of the home, the buyer the rest with startlån.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeleieTerms {
    /// The smallest share the buyer may buy (0.5 is half).
    pub minimum_share: Sourced<Decimal>,
    /// What the buyer pays each year for the municipality's share, as a share of its value.
    pub compensation_rate: Sourced<Decimal>,
}

/// Leie til eie: rent a home and buy it in steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeieTilEieTerms {
    /// The share bought at once (0.5 is half).
    pub first_share: Sourced<Decimal>,
    /// Years after which the rest is bought.
    pub rest_after_years: Sourced<u32>,
    /// What the buyer pays each year for the share not yet bought, as a share of its value.
    pub rent_rate: Sourced<Decimal>,
}

/// The help a municipality offers. Deleie and leie til eie have their terms beside them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offers {
    pub municipal_rental_home: Sourced<bool>,
    pub startlan: Sourced<bool>,
    pub tilskudd_til_etablering: Sourced<bool>,
    pub tilvisningsavtaler: Sourced<bool>,
    pub deposit_guarantee: Sourced<bool>,
    pub housing_first: Sourced<bool>,
    pub follow_up_at_home: Sourced<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleie: Option<DeleieTerms>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leie_til_eie: Option<LeieTilEieTerms>,
}

/// Where to turn. Only what a source gives: a value not known is left out, never made up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The office that handles housing help (e.g. "Boligkontoret").
    pub office: Sourced<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Sourced<String>>,
    /// As dialled: digits, with "+" and spaces allowed (`tel:` link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<Sourced<String>>,
    /// When the office is open, day by day (the app names the days in the reader's language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<Sourced<Vec<OpeningHours>>>,
    /// An https address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<Sourced<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub books_interpreters: Option<Sourced<bool>>,
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// Open from `opens` to `closes` ("09:00", 24-hour) on the days `first_day` to `last_day`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    pub first_day: Weekday,
    pub last_day: Weekday,
    pub opens: String,
    pub closes: String,
}

/// One edition of a profile: in force from `from` until the next edition (or `until`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileEdition {
    #[serde(with = "crate::iso_date")]
    pub from: NaiveDate,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::iso_date::option"
    )]
    pub until: Option<NaiveDate>,
    /// The decision or document this edition rests on, in a line.
    pub decided: String,
    pub rental_home: RentalHomeCriteria,
    pub startlan: StartlanTerms,
    pub offers: Offers,
    /// Months within which someone found eligible is offered a home, where guaranteed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_guarantee_months: Option<Sourced<u32>>,
    pub contact: Contact,
    /// Who handles a kind of help here, where it differs from the usual (see [`recipient`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routing: Vec<Routing>,
}

/// Who decides on a kind of help and contacts the resident about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    /// The municipality's housing office (its `contact`).
    HousingOffice,
    /// The local NAV office.
    Nav,
    /// Husbanken (bostøtte).
    Husbanken,
}

/// A kind of help handled by someone else than usual in this municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routing {
    pub help: HelpKind,
    pub to: Recipient,
    pub source: String,
    pub status: Certainty,
}

/// Who handles `help`: the profile's routing where it names the help, else the usual: NAV for
/// emergency housing, the deposit guarantee and economic advice (sosialtjenesteloven), Husbanken
/// for bostøtte, the municipality's housing office for the rest.
pub fn recipient(help: HelpKind, edition: Option<&ProfileEdition>) -> Recipient {
    if let Some(r) = edition.and_then(|e| e.routing.iter().find(|r| r.help == help)) {
        return r.to;
    }
    match help {
        HelpKind::TemporaryAccommodation
        | HelpKind::DepositGuarantee
        | HelpKind::EconomicAdvice => Recipient::Nav,
        HelpKind::Bostotte => Recipient::Husbanken,
        _ => Recipient::HousingOffice,
    }
}

/// A municipality's profile with its editions, oldest first, as a file holds it and the server
/// serves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityProfile {
    /// The municipality number, or "national" for the default profile.
    pub municipality: String,
    pub name: String,
    /// The municipality's guidelines or web page the values come from, named.
    pub reference: String,
    pub href: String,
    #[serde(rename = "edition")]
    pub editions: Vec<ProfileEdition>,
}

/// The id of the national default profile.
pub const NATIONAL: &str = "national";

/// Every profile the server has: the national default and each municipality's own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSet {
    pub profiles: Vec<MunicipalityProfile>,
}

/// The edition in force for a municipality on a day, and whether it is the municipality's own.
#[derive(Debug, Clone, Copy)]
pub struct InForce<'a> {
    pub profile: &'a MunicipalityProfile,
    pub edition: &'a ProfileEdition,
}

impl InForce<'_> {
    /// The national default, used because the municipality has no profile of its own.
    pub fn is_national(&self) -> bool {
        self.profile.municipality == NATIONAL
    }

    /// A value as a figure an explanation step uses: its id names the profile and the field.
    pub fn uses(
        &self,
        field: &str,
        value: ParamValue,
        unit: Unit,
        certainty: Certainty,
        source: &str,
    ) -> ParameterUse {
        ParameterUse::Owned(OwnedParameterUse {
            id: Cow::Owned(format!("profile.{}.{field}", self.profile.municipality)),
            value,
            unit,
            valid_from: self.edition.from,
            valid_until: self.edition.until,
            status: certainty.status(),
            source: Cow::Owned(source.to_string()),
            reference: Cow::Owned(self.profile.reference.clone()),
            href: Cow::Owned(self.profile.href.clone()),
        })
    }
}

impl InForce<'_> {
    /// A profile value as a figure a step uses, with the value's own source and certainty.
    pub fn uses_value<T>(
        &self,
        field: &str,
        sourced: &Sourced<T>,
        value: Decimal,
        unit: Unit,
    ) -> ParameterUse {
        self.uses(
            field,
            ParamValue::Amount(value),
            unit,
            sourced.status,
            &sourced.source,
        )
    }

    /// A yes-or-no profile value as a figure a step uses: 1 for yes, 0 for no.
    pub fn uses_flag(&self, field: &str, sourced: &Sourced<bool>) -> ParameterUse {
        let value = if sourced.value {
            Decimal::ONE
        } else {
            Decimal::ZERO
        };
        self.uses_value(field, sourced, value, Unit::Factor)
    }
}

impl MunicipalityProfile {
    /// The edition in force on `date`: the newest that starts on or before it and has not ended.
    pub fn at(&self, date: NaiveDate) -> Option<&ProfileEdition> {
        self.editions
            .iter()
            .rev()
            .find(|e| e.from <= date)
            .filter(|e| e.until.is_none_or(|u| date <= u))
    }
}

impl ProfileSet {
    /// The profile in force for municipality `number` on `date`: its own edition if it has one
    /// for the date, else the national default's. `None` only when not even the national
    /// default has an edition for the date.
    pub fn in_force(&self, number: &str, date: NaiveDate) -> Option<InForce<'_>> {
        let find = |id: &str| {
            self.profiles
                .iter()
                .find(|p| p.municipality == id)
                .and_then(|profile| profile.at(date).map(|edition| InForce { profile, edition }))
        };
        find(number).or_else(|| find(NATIONAL))
    }
}

/// What is wrong with a profile file: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    /// The edition's `from` date, when the fault is in one.
    pub edition: Option<NaiveDate>,
    /// The field, e.g. "startlan.interest_margin".
    pub field: String,
    pub problem: String,
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.edition {
            Some(from) => write!(f, "edition from {from}: {}: {}", self.field, self.problem),
            None => write!(f, "{}: {}", self.field, self.problem),
        }
    }
}
