//! The needs check: is the person "vanskeligstilt på boligmarkedet" (lov om kommunenes ansvar på
//! det boligsosiale feltet, 2023), how urgent is it, and which help fits, each with why.
//!
//! The law: someone who cannot look after their own interests in the housing market because of
//! financial, social, health or care-related circumstances. Three situations (seed 003): without
//! a home, at risk of losing it, or living in an unsuitable home or neighbourhood.
//!
//! Nowhere to sleep tonight is decided at once: the person is without a home in the national
//! definition ("mangler tak over hodet kommende natt", seed 004; regjeringen.no, "Vanskeligstilte
//! på boligmarkedet"), the need for help decides and not its cause (Prop. 132 L (2021–2022),
//! chapter 9), and the municipality must find them somewhere to stay (sosialtjenesteloven § 27,
//! seed 003). So the answer is yes and an emergency, whatever else is told or not told.
//!
//! The legal basis goes into the explanation as steps, the ones in [`LEGAL_BASIS`].
//! Only sections confirmed in a source are named: sosialtjenesteloven § 27 (seed 003; KS's
//! summary of the law) and boligsosialloven § 6, individually adapted help (Statsforvalteren i
//! Rogaland, "Boligsosial lov", 19.09.2023). The section that defines "vanskeligstilt" is not
//! confirmed, so that step names the law and not a section.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    explanation::{Explanation, Step},
    profile::Recipient,
};

mod assess;
mod criteria;
#[cfg(test)]
mod tests;

pub use assess::assess;
pub use criteria::criteria_asked;

/// Where the person lives now, or will sleep tonight, in the words people use. `OwnHome` and
/// `WithFriendsOrFamily` are no longer offered (owning and each way of renting, and family and
/// friends, are asked apart) but still read, so applications sent before keep their answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SleepingPlace {
    /// A home of one's own, owned or rented (the answer before the kinds were asked apart).
    OwnHome,
    /// Owns the home (also a share in a housing cooperative).
    Owns,
    /// Rents a municipal rental home (kommunal utleiebolig).
    RentsMunicipal,
    /// Rents from a private landlord.
    RentsPrivate,
    /// Sublets, or rents a room in someone else's home (fremleie).
    Sublets,
    /// Rents a bedsit or lodging (hybel).
    Lodging,
    /// With friends or family for a while (the answer before the two were asked apart).
    WithFriendsOrFamily,
    /// Staying with family for a while.
    WithFamily,
    /// Staying with friends or acquaintances for a while.
    WithFriends,
    /// Temporary accommodation: a hostel, camping, a hotel paid by NAV, a crisis centre.
    TemporaryAccommodation,
    /// An asylum reception centre (asylmottak).
    ReceptionCentre,
    Institution,
    Nowhere,
}

impl SleepingPlace {
    /// Without a home of one's own, as the national definition of homelessness counts it: no
    /// owned or rented home, in temporary accommodation, staying for a while with family,
    /// friends or acquaintances, or with nowhere to sleep tonight. A reception centre is
    /// temporary accommodation too: the person has no home of their own. Renting, also a room
    /// or a sublet, is a home of one's own.
    pub fn without_own_home(self) -> bool {
        match self {
            Self::Nowhere
            | Self::WithFriendsOrFamily
            | Self::WithFamily
            | Self::WithFriends
            | Self::TemporaryAccommodation
            | Self::ReceptionCentre => true,
            Self::OwnHome
            | Self::Owns
            | Self::RentsMunicipal
            | Self::RentsPrivate
            | Self::Sublets
            | Self::Lodging
            | Self::Institution => false,
        }
    }
}

/// Why the home may be lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    Eviction,
    RentArrears,
    ForcedSale,
    LeaseEnding,
    ViolenceOrThreats,
}

/// What is wrong with the home or where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HomeProblem {
    TooSmall,
    NotAccessible,
    PoorCondition,
    UnsafeNeighbourhood,
    TooExpensive,
}

/// Circumstances the law names as causes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Circumstance {
    PhysicalHealth,
    MentalHealth,
    Disability,
    SubstanceUse,
    Social,
}

/// The answers, in plain terms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedsAnswers {
    pub sleeping_tonight: SleepingPlace,
    /// Leaving prison or an institution within this many months, with no home to go to.
    #[serde(default)]
    pub leaving_institution_within_months: Option<u32>,
    #[serde(default)]
    pub risks: Vec<Risk>,
    #[serde(default)]
    pub lease_ends_within_months: Option<u32>,
    #[serde(default)]
    pub home_problems: Vec<HomeProblem>,
    #[serde(default)]
    pub circumstances: Vec<Circumstance>,
    #[serde(default)]
    pub age: Option<u32>,
    #[serde(default)]
    pub years_in_municipality: Option<u32>,
    /// Has a residence permit (oppholdstillatelse); `None`: not asked or not answered. An
    /// answer sent before it could be left open (`true` or `false`) still reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_residence_permit: Option<bool>,
    /// Cares for children: where the municipality lets someone younger than its lowest age rent
    /// a home when caring for children. `None`: not asked or not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cares_for_children: Option<bool>,
    /// A bank has said no to a (large enough) mortgage.
    #[serde(default)]
    pub bank_loan_refused: bool,
    /// Wants to own rather than rent, if it can be made to work.
    #[serde(default)]
    pub wants_to_own: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    Yes,
    Maybe,
    No,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// No bed tonight: emergency help from NAV now (sosialtjenesteloven § 27).
    Emergency,
    /// Homeless or about to lose the home.
    High,
    Normal,
}

/// A form of help the person may get.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HelpKind {
    TemporaryAccommodation,
    MunicipalRentalHome,
    HousingFirst,
    DepositGuarantee,
    EconomicAdvice,
    FollowUpAtHome,
    Bostotte,
    Startlan,
    TilskuddTilEtablering,
    AdaptedHome,
    AdviceAndGuidance,
}

impl HelpKind {
    /// The Fluent message that names this help (`locales/<lang>/needs.ftl`): the app's pages
    /// and the staff export name it the same way.
    pub fn message_id(self) -> &'static str {
        match self {
            HelpKind::TemporaryAccommodation => "help-temporary-accommodation",
            HelpKind::MunicipalRentalHome => "help-municipal-rental-home",
            HelpKind::HousingFirst => "help-housing-first",
            HelpKind::DepositGuarantee => "help-deposit-guarantee",
            HelpKind::EconomicAdvice => "help-economic-advice",
            HelpKind::FollowUpAtHome => "help-follow-up-at-home",
            HelpKind::Bostotte => "help-bostotte",
            HelpKind::Startlan => "help-startlan",
            HelpKind::TilskuddTilEtablering => "help-tilskudd",
            HelpKind::AdaptedHome => "help-adapted-home",
            HelpKind::AdviceAndGuidance => "help-advice",
        }
    }

    /// Every form of help, in the order a list offers them: homes first, then money, then support.
    pub const ALL: [HelpKind; 11] = [
        HelpKind::MunicipalRentalHome,
        HelpKind::TemporaryAccommodation,
        HelpKind::HousingFirst,
        HelpKind::DepositGuarantee,
        HelpKind::Startlan,
        HelpKind::TilskuddTilEtablering,
        HelpKind::Bostotte,
        HelpKind::AdaptedHome,
        HelpKind::FollowUpAtHome,
        HelpKind::EconomicAdvice,
        HelpKind::AdviceAndGuidance,
    ];

    /// Where to apply where no profile routes it elsewhere: a Fluent message id.
    pub fn where_to_apply(self) -> &'static str {
        where_to_apply(crate::profile::recipient(self, None))
    }

    /// What to bring: Fluent message ids.
    pub fn bring(self) -> &'static [&'static str] {
        match self {
            Self::TemporaryAccommodation => &["bring-id"],
            Self::MunicipalRentalHome | Self::HousingFirst => {
                &["bring-id", "bring-income", "bring-lease"]
            }
            Self::DepositGuarantee => &["bring-id", "bring-lease-offer", "bring-income"],
            Self::EconomicAdvice => &["bring-id", "bring-income", "bring-debts", "bring-bills"],
            Self::Bostotte => &["bring-income", "bring-lease", "bring-housing-costs"],
            Self::Startlan | Self::TilskuddTilEtablering => &[
                "bring-id",
                "bring-income",
                "bring-tax-return",
                "bring-debts",
                "bring-bank-refusal",
            ],
            Self::AdaptedHome => &["bring-id", "bring-health-documentation"],
            Self::FollowUpAtHome | Self::AdviceAndGuidance => &["bring-id"],
        }
    }
}

/// One form of help that fits, with the reasons in the order they matter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Help {
    pub kind: HelpKind,
    pub why: Vec<Cow<'static, str>>,
    pub where_to_apply: Cow<'static, str>,
    pub bring: Vec<Cow<'static, str>>,
    /// Who decides on it and contacts the resident (`profile::recipient`).
    #[serde(default = "housing_office")]
    pub recipient: Recipient,
}

fn housing_office() -> Recipient {
    Recipient::HousingOffice
}

/// Where to apply to `recipient`: a Fluent message id.
pub fn where_to_apply(recipient: Recipient) -> &'static str {
    match recipient {
        Recipient::HousingOffice => "help-where-municipality",
        Recipient::Nav => "help-where-nav",
        Recipient::Husbanken => "help-where-husbanken",
    }
}

/// A criterion for a municipal rental home, as a municipality's profile sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// A residence permit (oppholdstillatelse).
    ResidencePermit,
    /// Years registered and living in the municipality.
    ResidenceYears,
    /// The lowest age, and whether caring for children makes up for it.
    MinAge,
    /// A lease ending soon enough, without a right to renewal, to count as losing one's home.
    LeaseEnding,
    /// Leaving an institution or prison soon enough to count as without a home.
    LeavingInstitution,
}

/// Whether the answers meet a criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    NotMet,
    /// Not answered, or the municipality's criteria could not be read.
    Unknown,
}

/// One criterion of the municipality's, checked against the answers: the step says it in words
/// with the municipality's figure and uses the profile's value (its source and certainty).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionCheck {
    pub criterion: Criterion,
    pub outcome: Outcome,
    pub step: Step,
}

/// The profile a result rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRef {
    /// The municipality number, or "national".
    pub municipality: String,
    pub name: String,
    /// The national default: the municipality has no profile of its own in Husly.
    pub national: bool,
    /// The edition's first day.
    #[serde(with = "crate::iso_date")]
    pub from: NaiveDate,
}

/// What the other estimates say, where the person gave enough to compute them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EconomyHints {
    pub bostotte_monthly_positive: bool,
    pub startlan_possible: bool,
    pub grant_need: bool,
    pub low_income: bool,
}

impl NeedsAnswers {
    /// Nowhere to sleep tonight, and nothing else told yet: what the emergency help rests on,
    /// before any other question.
    pub fn nowhere_tonight() -> Self {
        Self {
            sleeping_tonight: SleepingPlace::Nowhere,
            leaving_institution_within_months: None,
            risks: Vec::new(),
            lease_ends_within_months: None,
            home_problems: Vec::new(),
            circumstances: Vec::new(),
            age: None,
            years_in_municipality: None,
            has_residence_permit: None,
            cares_for_children: None,
            bank_loan_refused: false,
            wants_to_own: false,
        }
    }
}

/// The explanation steps that name the law a result rests on.
pub const LEGAL_BASIS: [&str; 3] = [
    "explain-law-vanskeligstilt",
    "explain-law-individual-help",
    "explain-law-temporary-accommodation",
];

/// The needs check's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedsResult {
    pub vanskeligstilt: Assessment,
    /// Message ids, each tied to the law's wording.
    pub reasons: Vec<Cow<'static, str>>,
    pub urgency: Urgency,
    pub help: Vec<Help>,
    /// The municipality's criteria for a rental home, where it fits; empty when no rental home
    /// is suggested.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<CriterionCheck>,
    /// The profile the criteria and offers come from; `None` when none could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileRef>,
    pub explanation: Explanation,
}

impl NeedsResult {
    /// The steps of the explanation that name the law behind the result, in order.
    pub fn legal_basis(&self) -> impl Iterator<Item = &Step> {
        self.explanation
            .steps
            .iter()
            .filter(|s| LEGAL_BASIS.contains(&s.message_id.as_ref()))
    }
}
