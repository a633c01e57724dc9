//! An application for housing help, as the app sends it and the server stores it: the person,
//! their household and economy (the same types the estimates use), the help wanted, and their
//! own words, which the law requires the municipality to hear.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{
    EstimateInput, EstimateResult, RulesError,
    household::{Household, Housing, Income},
    needs::{Assessment, HelpKind, NeedsAnswers, ProfileRef, Urgency},
    startlan::{FixedCosts, StartlanInput},
};

/// The longest free text accepted, in characters.
pub const MAX_TEXT: usize = 5_000;

/// A Norwegian fødselsnummer or D-nummer: 11 digits whose two control digits check out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NationalId(String);

impl NationalId {
    /// Checks length, date digits (a D-nummer adds 4 to the first digit) and both control digits.
    pub fn parse(text: &str) -> Result<Self, RulesError> {
        let invalid = || RulesError::InvalidNationalId;
        let digits: Vec<u32> = text
            .trim()
            .chars()
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>()
            .ok_or_else(invalid)?;
        if digits.len() != 11 {
            return Err(invalid());
        }
        let day = digits[0] * 10 + digits[1];
        let day = if day > 40 { day - 40 } else { day };
        let month = digits[2] * 10 + digits[3];
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            return Err(invalid());
        }
        let control = |weights: &[u32]| {
            let sum: u32 = weights.iter().zip(&digits).map(|(w, d)| w * d).sum();
            match 11 - sum % 11 {
                11 => Some(0),
                10 => None,
                k => Some(k),
            }
        };
        let k1 = control(&[3, 7, 6, 1, 8, 9, 4, 5, 2]).ok_or_else(invalid)?;
        let k2 = control(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]).ok_or_else(invalid)?;
        if digits[9] != k1 || digits[10] != k2 {
            return Err(invalid());
        }
        Ok(Self(
            digits
                .iter()
                .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
                .collect(),
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Who applies, and how to reach them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// As typed; `Application::validate` checks it (so a wrong number is reported on its field)
    /// and `Person::national_id` gives the checked value.
    pub national_id: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    /// The language the person prefers (a locale id such as "uk").
    pub preferred_language: String,
    #[serde(default)]
    pub needs_interpreter: bool,
}

impl Person {
    pub fn national_id(&self) -> Result<NationalId, RulesError> {
        NationalId::parse(&self.national_id)
    }

    /// Checks the phone number, if one is given: digits with spaces, "+", "-" or brackets, 8 to 15
    /// digits (a Norwegian number has 8; a foreign one up to 15 with its country code).
    pub fn check_phone(&self) -> Result<(), RulesError> {
        let phone = self.phone.trim();
        if phone.is_empty() {
            return Ok(());
        }
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        let allowed = phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
        if allowed && (8..=15).contains(&digits) {
            Ok(())
        } else {
            Err(RulesError::InvalidPhone)
        }
    }

    /// Checks the e-mail address, if one is given: something@domain.tld, no spaces, at most 254
    /// characters. Only the mail itself can prove an address; this catches typing mistakes.
    pub fn check_email(&self) -> Result<(), RulesError> {
        let email = self.email.trim();
        if email.is_empty() {
            return Ok(());
        }
        let valid = email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain
                        .split_once('.')
                        .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
                    && !domain.ends_with('.')
            });
        if valid {
            Ok(())
        } else {
            Err(RulesError::InvalidEmail)
        }
    }
}

/// Everything the municipality needs to decide. A field it does not know is refused, never
/// ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// The municipality applied to (four digits).
    pub municipality: String,
    pub person: Person,
    pub household: Household,
    pub income: Income,
    pub housing: Housing,
    /// Debts, childcare and child support paid: the municipality counts them in what the
    /// household can carry.
    #[serde(default)]
    pub fixed_costs: FixedCosts,
    #[serde(default)]
    pub needs: Option<NeedsAnswers>,
    /// The forms of help wanted; at least one.
    pub help_wanted: Vec<HelpKind>,
    /// The person's own words about their situation and wishes.
    #[serde(default)]
    pub own_words: String,
    /// The person agrees that the municipality processes the application.
    pub consent: bool,
    /// On behalf of a walk-in at a front desk. Only the server decides it, from the session
    /// that sent the application: whatever a client sends here is overwritten. (Still read, so
    /// bodies waiting in an outbox since before are not refused.)
    #[serde(default)]
    pub on_behalf: bool,
    /// The estimate the resident saw when they sent it: never trusted. The server recomputes it
    /// from the answers, goes by its own, and keeps this only to flag a difference.
    #[serde(default)]
    pub estimate: Option<EstimateSummary>,
}

/// The headline figures of an estimate: what the resident was told, and what the server finds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EstimateSummary {
    /// The day the figures are for.
    #[serde(with = "crate::iso_date")]
    pub date: NaiveDate,
    pub bostotte_monthly: Decimal,
    pub startlan_max_loan: Decimal,
    #[serde(default)]
    pub vanskeligstilt: Option<Assessment>,
    #[serde(default)]
    pub urgency: Option<Urgency>,
    /// The municipality profile the needs check rested on (`NeedsResult::profile`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileRef>,
}

impl EstimateSummary {
    pub fn from_result(result: &EstimateResult) -> Self {
        Self {
            date: result.date,
            bostotte_monthly: result.bostotte.monthly,
            startlan_max_loan: result
                .startlan
                .as_ref()
                .map_or(Decimal::ZERO, |s| s.max_loan),
            vanskeligstilt: result.needs.as_ref().map(|n| n.vanskeligstilt),
            urgency: result.needs.as_ref().map(|n| n.urgency),
            profile: result.needs.as_ref().and_then(|n| n.profile.clone()),
        }
    }

    /// Whether two summaries give the same figures (on whatever day, and by whatever profile
    /// edition, each was made).
    pub fn same_figures(&self, other: &Self) -> bool {
        Self {
            date: other.date,
            profile: other.profile.clone(),
            ..self.clone()
        } == *other
    }
}

pub(crate) fn check_text(
    field: &'static str,
    value: &str,
    required: bool,
) -> Result<(), RulesError> {
    if required && value.trim().is_empty() {
        return Err(RulesError::Required { field });
    }
    if value.chars().count() > MAX_TEXT
        || value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(RulesError::InvalidText { field });
    }
    Ok(())
}

impl Application {
    /// The estimates' input for this application's household, for `date`.
    pub fn estimate_input(&self, date: NaiveDate) -> EstimateInput {
        EstimateInput {
            date,
            municipality: self.municipality.clone(),
            household: self.household.clone(),
            income: self.income.clone(),
            housing: self.housing.clone(),
            startlan: Some(StartlanInput {
                fixed_costs: self.fixed_costs,
                ..StartlanInput::default()
            }),
            needs: self.needs.clone(),
        }
    }

    /// The application as the resident answered it: without what only the server decides
    /// (`on_behalf`) or recomputes (the estimate, which carries the day it was made). Two
    /// submissions with the same answers are the same application, on whatever day each was
    /// sent: the client keeps its idempotency key and the server's fingerprint covers this.
    pub fn answers(&self) -> Self {
        Self {
            on_behalf: false,
            estimate: None,
            ..self.clone()
        }
    }

    /// Whether `self` and `other` hold the same answers (see [`Application::answers`]).
    pub fn same_answers(&self, other: &Self) -> bool {
        self.answers() == other.answers()
    }

    /// The estimate for this application on `date`, in brief, with no municipality profile.
    pub fn summarize(&self, date: NaiveDate) -> Result<EstimateSummary, RulesError> {
        self.summarize_in(date, None)
    }

    /// The estimate for this application on `date`, in brief, with the municipality's profile
    /// in force (`ProfileSet::in_force`).
    pub fn summarize_in(
        &self,
        date: NaiveDate,
        profile: Option<crate::profile::InForce<'_>>,
    ) -> Result<EstimateSummary, RulesError> {
        crate::estimate::estimate_in(&self.estimate_input(date), profile)
            .map(|r| EstimateSummary::from_result(&r))
    }

    /// Every check an application must pass before it is stored; the first problem found.
    pub fn validate(&self) -> Result<(), RulesError> {
        check_text("person.name", &self.person.name, true)?;
        self.person.national_id()?;
        check_text("person.phone", &self.person.phone, false)?;
        check_text("person.email", &self.person.email, false)?;
        self.person.check_phone()?;
        self.person.check_email()?;
        if self.person.phone.trim().is_empty() && self.person.email.trim().is_empty() {
            return Err(RulesError::Required {
                field: "person.contact",
            });
        }
        // The language to write to the person in: required (the app always sends one).
        if self.person.preferred_language.trim().is_empty() {
            return Err(RulesError::Required {
                field: "person.preferred_language",
            });
        }
        if self.person.preferred_language.len() > 16
            || !self
                .person
                .preferred_language
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'-')
        {
            return Err(RulesError::InvalidText {
                field: "person.preferred_language",
            });
        }
        check_text("own_words", &self.own_words, false)?;
        self.household.validate()?;
        self.income.validate(&self.household)?;
        self.housing.validate()?;
        self.fixed_costs.validate()?;
        if self.help_wanted.is_empty() {
            return Err(RulesError::Required {
                field: "help_wanted",
            });
        }
        if !self.consent {
            return Err(RulesError::Required { field: "consent" });
        }
        if self.municipality.len() != 4 || !self.municipality.bytes().all(|b| b.is_ascii_digit()) {
            return Err(RulesError::UnknownMunicipality {
                number: self.municipality.chars().take(8).collect(),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_fodselsnummer_and_d_nummer_are_accepted() {
        // Control digits computed independently (mod 11, weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2).
        for id in ["15038500047", "55038500030", "01017000027"] {
            assert_eq!(NationalId::parse(id).expect(id).as_str(), id);
        }
        assert!(NationalId::parse(" 15038500047 ").is_ok());
    }

    fn person(phone: &str, email: &str) -> Person {
        Person {
            name: "Kari".into(),
            national_id: "15038500047".into(),
            phone: phone.into(),
            email: email.into(),
            preferred_language: "nb".into(),
            needs_interpreter: false,
        }
    }

    #[test]
    fn phone_numbers_are_checked_for_typing_mistakes() {
        for ok in [
            "",
            "912 34 567",
            "+47 912 34 567",
            "0047-91234567",
            "(+46) 70 123 45 67",
        ] {
            assert_eq!(person(ok, "").check_phone(), Ok(()), "{ok}");
        }
        for bad in [
            "1234567",
            "912 34 567 ext 2",
            "91234567@",
            "1234567890123456",
        ] {
            assert_eq!(
                person(bad, "").check_phone(),
                Err(RulesError::InvalidPhone),
                "{bad}"
            );
        }
    }

    #[test]
    fn email_addresses_are_checked_for_typing_mistakes() {
        for ok in [
            "",
            "kari@example.no",
            " kari.nordmann+husly@post.example.com ",
        ] {
            assert_eq!(person("", ok).check_email(), Ok(()), "{ok}");
        }
        for bad in [
            "kari",
            "kari@",
            "@example.no",
            "kari@example",
            "kari@exa mple.no",
            "a@b@c.no",
            "kari@example.",
        ] {
            assert_eq!(
                person("", bad).check_email(),
                Err(RulesError::InvalidEmail),
                "{bad}"
            );
        }
    }

    #[test]
    fn wrong_numbers_are_refused_with_a_message_id() {
        for id in [
            "15038500048",
            "1503850004",
            "150385000477",
            "15o38500047",
            "",
            "32038500047",
            "15138500047",
        ] {
            let error = NationalId::parse(id).expect_err(id);
            assert_eq!(error.message_id(), "error-invalid-national-id", "{id}");
        }
    }

    #[test]
    fn the_same_answers_sent_another_day_are_the_same_application() {
        let app: Application = serde_json::from_str(
            r#"{"municipality":"3105","person":{"name":"Olena","national_id":"55038500030",
            "phone":"+47 900 00 000","preferred_language":"uk"},
            "household":{"adults":1,"children_ages":[6]},"income":{"amount":"280000"},
            "housing":{"kind":"rented","monthly_cost":"12500"},"help_wanted":["bostotte"],
            "consent":true}"#,
        )
        .expect("parses");
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).expect("a date");
        let monday = Application {
            estimate: app.summarize(day(23)).ok(),
            ..app.clone()
        };
        let tuesday = Application {
            estimate: app.summarize(day(24)).ok(),
            on_behalf: true,
            ..app.clone()
        };
        assert_ne!(monday, tuesday);
        assert!(monday.same_answers(&tuesday));
        assert_eq!(monday.answers().estimate, None);
        assert!(!tuesday.answers().on_behalf);
        let other = Application {
            own_words: "Noe mer".into(),
            ..monday.clone()
        };
        assert!(!other.same_answers(&monday));
    }

    #[test]
    fn an_empty_preferred_language_is_refused_on_its_field() {
        let with = |language: &str| -> Application {
            serde_json::from_value(serde_json::json!({
                "municipality": "0301",
                "person": { "name": "Kari", "national_id": "15038500047", "phone": "912 34 567",
                            "preferred_language": language },
                "household": { "adults": 1 },
                "income": { "amount": "310000" },
                "housing": { "kind": "rented", "monthly_cost": "13500" },
                "help_wanted": ["deposit_guarantee"],
                "consent": true
            }))
            .expect("an application")
        };
        assert_eq!(with("uk").validate(), Ok(()));
        for empty in ["", "  "] {
            let error = with(empty).validate().expect_err("refused");
            assert_eq!(error.message_id(), "error-required");
            assert_eq!(error.field(), Some("person.preferred_language"));
        }
    }
}
