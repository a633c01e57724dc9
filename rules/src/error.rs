//! What can be wrong with an input: typed, with a Fluent message id the app translates.

use chrono::NaiveDate;
use serde::Serialize;

/// An input the rules cannot work with, or a date they have no figures for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum RulesError {
    #[error("{field} cannot be negative")]
    Negative { field: &'static str },
    #[error("{field} is larger than any real household's ({limit})")]
    Absurd {
        field: &'static str,
        limit: &'static str,
    },
    #[error("the household must have at least one adult")]
    NoAdults,
    #[error("the household has more persons than the rules accept ({max})")]
    TooManyPersons { max: u32 },
    #[error("a child's age must be under 18")]
    ChildAge,
    #[error("more incomes than adults: each adult has one income")]
    MoreIncomesThanAdults,
    #[error("{number} is not a Norwegian municipality number")]
    UnknownMunicipality { number: String },
    #[error("{number} was not a municipality number on {date}")]
    MunicipalityNotInForce { number: String, date: NaiveDate },
    #[error("the municipality {number} was divided: its number names none of them")]
    MunicipalityDivided { number: String },
    #[error("no figures for {id} on {date}")]
    NoParameters { id: &'static str, date: NaiveDate },
    #[error("{field} must be between {min} and {max}")]
    OutOfRange {
        field: &'static str,
        min: &'static str,
        max: &'static str,
    },
    #[error("not a valid fødselsnummer or D-nummer")]
    InvalidNationalId,
    #[error("{field} is required")]
    Required { field: &'static str },
    #[error("{field} is too long or has characters that are not allowed")]
    InvalidText { field: &'static str },
    #[error("not a phone number")]
    InvalidPhone,
    #[error("not an e-mail address")]
    InvalidEmail,
}

impl RulesError {
    /// The Fluent message id that explains this error to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Negative { .. } => "error-negative-amount",
            Self::Absurd { .. } => "error-absurd-amount",
            Self::NoAdults => "error-no-adults",
            Self::TooManyPersons { .. } => "error-too-many-persons",
            Self::ChildAge => "error-child-age",
            Self::MoreIncomesThanAdults => "error-more-incomes-than-adults",
            Self::UnknownMunicipality { .. } => "error-unknown-municipality",
            Self::MunicipalityNotInForce { .. } => "error-municipality-not-in-force",
            Self::MunicipalityDivided { .. } => "error-municipality-divided",
            Self::NoParameters { .. } => "error-no-parameters",
            Self::OutOfRange { .. } => "error-out-of-range",
            Self::InvalidNationalId => "error-invalid-national-id",
            Self::Required { .. } => "error-required",
            Self::InvalidText { .. } => "error-invalid-text",
            Self::InvalidPhone => "error-invalid-phone",
            Self::InvalidEmail => "error-invalid-email",
        }
    }

    /// The input field the error is about, for the app to put the message beside it.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Self::Negative { field }
            | Self::Absurd { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::Required { field }
            | Self::InvalidText { field } => Some(field),
            Self::InvalidNationalId => Some("person.national_id"),
            Self::InvalidPhone => Some("person.phone"),
            Self::InvalidEmail => Some("person.email"),
            Self::NoAdults | Self::TooManyPersons { .. } | Self::ChildAge => Some("household"),
            Self::MoreIncomesThanAdults => Some("income"),
            Self::UnknownMunicipality { .. }
            | Self::MunicipalityNotInForce { .. }
            | Self::MunicipalityDivided { .. } => Some("municipality"),
            Self::NoParameters { .. } => Some("date"),
        }
    }
}
