//! The municipality's answer to a request for help: an individual decision (enkeltvedtak) that
//! says whether the person is vanskeligstilt, what help is given and why (seed 000; the 2023
//! law), written as forvaltningsloven §§ 24-25 and 27 require: the facts, the rules applied, the
//! reasons, the right to appeal with its deadline and where to send it, the right to see the case
//! documents, and Statsforvalteren as the appeal instance.
//!
//! A caseworker sends a [`NewDecision`]; the server checks it against the application
//! ([`NewDecision::validate`]), adds what only it may decide (the day, the municipality's criteria
//! as its own run of the rules finds them, the appeal instance, who handles forwarded help) and
//! keeps the [`Decision`], which the staff pages and the resident's decision page show in
//! Norwegian and the resident's language side by side. Pure data: no I/O here.

mod appeal;
mod appeal_instance;
mod deadline;
mod instance_decision;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use appeal::{Appeal, AppealOutcome, AppealResult, NewAppeal, NewAppealOutcome, review_by};
pub use appeal_instance::statsforvalter;
pub use deadline::{APPEAL_WEEKS, appeal_deadline, is_working_day};
pub use instance_decision::{InstanceDecision, InstanceResult, NewInstanceDecision};

use crate::{
    RulesError,
    application::check_text,
    needs::{CriterionCheck, HelpKind, ProfileRef},
    profile::{Contact, Recipient},
};

/// What the municipality decided on one kind of help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Granted,
    PartlyGranted,
    Refused,
    /// Not the municipality's to decide: sent on to whoever decides it (forvaltningsloven § 7).
    Forwarded,
}

impl Verdict {
    pub const ALL: [Self; 4] = [
        Self::Granted,
        Self::PartlyGranted,
        Self::Refused,
        Self::Forwarded,
    ];

    /// The text sent in JSON and stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Granted => "granted",
            Self::PartlyGranted => "partly_granted",
            Self::Refused => "refused",
            Self::Forwarded => "forwarded",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == text)
    }

    /// The Fluent message that names it (`locales/<lang>/decision.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Granted => "decision-verdict-granted",
            Self::PartlyGranted => "decision-verdict-partly-granted",
            Self::Refused => "decision-verdict-refused",
            Self::Forwarded => "decision-verdict-forwarded",
        }
    }

    /// Whether the person got less than they asked for: then the reasons are required
    /// (forvaltningsloven § 24; a full grant may go without, and help sent on is explained by
    /// the letter itself: who decides it instead).
    pub fn needs_reason(self) -> bool {
        matches!(self, Self::PartlyGranted | Self::Refused)
    }
}

/// The caseworker's decision on one kind of help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecidedHelp {
    pub help: HelpKind,
    pub verdict: Verdict,
    /// The reasons in the caseworker's words (Norwegian): what was weighed and why.
    #[serde(default)]
    pub reason: String,
}

/// `POST /api/staff/applications/{reference}/decision`: what a caseworker decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewDecision {
    /// The municipality's own assessment (the rules' suggestion is only that).
    pub vanskeligstilt: bool,
    /// The facts the decision rests on (forvaltningsloven § 25 second paragraph).
    pub facts: String,
    /// How the person's own wishes were heard (brukermedvirkning, seed 000).
    pub heard: String,
    /// One line for each kind of help asked for, and any the municipality offers besides.
    pub items: Vec<DecidedHelp>,
}

/// The field a missing or faulty reason is reported on, one per kind of help.
pub fn reason_field(help: HelpKind) -> &'static str {
    match help {
        HelpKind::TemporaryAccommodation => "reason.temporary_accommodation",
        HelpKind::MunicipalRentalHome => "reason.municipal_rental_home",
        HelpKind::HousingFirst => "reason.housing_first",
        HelpKind::DepositGuarantee => "reason.deposit_guarantee",
        HelpKind::EconomicAdvice => "reason.economic_advice",
        HelpKind::FollowUpAtHome => "reason.follow_up_at_home",
        HelpKind::Bostotte => "reason.bostotte",
        HelpKind::Startlan => "reason.startlan",
        HelpKind::TilskuddTilEtablering => "reason.tilskudd_til_etablering",
        HelpKind::AdaptedHome => "reason.adapted_home",
        HelpKind::AdviceAndGuidance => "reason.advice_and_guidance",
    }
}

impl NewDecision {
    /// Every check before a decision is kept: the facts and how the person was heard written,
    /// every kind of help asked for decided once (and no kind twice), reasons wherever the person
    /// gets less than they asked for, and no text too long or with control characters.
    pub fn validate(&self, help_wanted: &[HelpKind]) -> Result<(), RulesError> {
        check_text("facts", &self.facts, true)?;
        check_text("heard", &self.heard, true)?;
        if self.items.is_empty() {
            return Err(RulesError::Required { field: "items" });
        }
        for (i, item) in self.items.iter().enumerate() {
            if self.items[..i].iter().any(|o| o.help == item.help) {
                return Err(RulesError::InvalidText { field: "items" });
            }
            check_text(
                reason_field(item.help),
                &item.reason,
                item.verdict.needs_reason(),
            )?;
        }
        if let Some(missing) = help_wanted
            .iter()
            .find(|h| !self.items.iter().any(|i| i.help == **h))
        {
            return Err(RulesError::Required {
                field: reason_field(*missing),
            });
        }
        Ok(())
    }
}

/// One kind of help as decided, with what only the server adds: the law it rests on and, when
/// it is forwarded, to whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionItem {
    pub help: HelpKind,
    pub verdict: Verdict,
    #[serde(default)]
    pub reason: String,
    /// Who decides it instead, when forwarded (`profile::recipient`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forwarded_to: Option<Recipient>,
}

impl DecisionItem {
    /// The law this kind of help is given under: Fluent message ids.
    pub fn legal_basis(&self) -> &'static [&'static str] {
        legal_basis(self.help)
    }
}

/// The law each kind of help is given under, as Fluent message ids (the explanation's own where
/// they exist, so the needs check and the decision cite the same words).
pub fn legal_basis(help: HelpKind) -> &'static [&'static str] {
    match help {
        HelpKind::TemporaryAccommodation => &["explain-law-temporary-accommodation"],
        HelpKind::DepositGuarantee => &["decision-law-economic-assistance"],
        HelpKind::EconomicAdvice => &["decision-law-advice"],
        HelpKind::Bostotte => &["decision-law-bostotte"],
        HelpKind::Startlan => &["decision-law-startlan"],
        HelpKind::TilskuddTilEtablering => &["decision-law-tilskudd"],
        HelpKind::MunicipalRentalHome
        | HelpKind::HousingFirst
        | HelpKind::FollowUpAtHome
        | HelpKind::AdaptedHome
        | HelpKind::AdviceAndGuidance => &["explain-law-individual-help"],
    }
}

/// An enkeltvedtak as kept and shown: what the caseworker decided and what the server added.
/// The staff pages read it within the application; the resident reads it with the receipt's
/// secret (`GET /api/applications/{reference}/decision`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub reference: String,
    /// The day it was made (the server's).
    #[serde(with = "crate::iso_date")]
    pub decided_on: NaiveDate,
    /// To whom: the applicant's name as the application gave it.
    pub applicant: String,
    /// The language the applicant asked to be written to in (the second half of the letter).
    pub language: String,
    /// The municipality number, and its name on the day.
    pub municipality: String,
    pub municipality_name: String,
    /// The caseworker who made it (their user name).
    pub decided_by: String,
    pub vanskeligstilt: bool,
    pub facts: String,
    pub heard: String,
    pub items: Vec<DecisionItem>,
    /// The municipality's criteria for a rental home, as the server's run of the rules on the
    /// application found them on the day, with their sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<CriterionCheck>,
    /// The municipality profile the criteria come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileRef>,
    /// Where to send an appeal and ask questions: the housing office, from the profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<Contact>,
    /// Who decides an appeal the municipality does not grant itself.
    pub appeal_instance: String,
    /// The day the decision reached the applicant: the first day they opened it with the
    /// receipt's secret. The appeal deadline runs from it; none until then.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::iso_date::option"
    )]
    pub notified_on: Option<NaiveDate>,
}

impl Decision {
    /// The last day an appeal is on time; none until the decision has reached the applicant.
    pub fn appeal_deadline(&self) -> Option<NaiveDate> {
        self.notified_on.map(appeal_deadline)
    }

    /// Whether an appeal sent on `day` comes after the deadline (never before the decision has
    /// reached the applicant: the deadline has not begun).
    pub fn appeal_is_late(&self, day: NaiveDate) -> bool {
        self.appeal_deadline().is_some_and(|last| day > last)
    }
}

/// `GET /api/applications/{reference}/decision`: the decision as its applicant reads it, with
/// their appeal and what came of it, once there is one. The decision's own fields sit at the top
/// level, as they are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseDecision {
    #[serde(flatten)]
    pub decision: Decision,
    /// The server's day, by which the page tells whether an appeal sent now is late (a phone's
    /// clock may be wrong, and the server decides).
    #[serde(with = "crate::iso_date")]
    pub today: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appeal: Option<Appeal>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(items: Vec<DecidedHelp>) -> NewDecision {
        NewDecision {
            vanskeligstilt: true,
            facts: "Bor hos venner, leieavtale mangler.".into(),
            heard: "Samtale 1. desember; ønsker å bo nær skolen.".into(),
            items,
        }
    }

    fn item(help: HelpKind, verdict: Verdict, reason: &str) -> DecidedHelp {
        DecidedHelp {
            help,
            verdict,
            reason: reason.into(),
        }
    }

    #[test]
    fn a_full_decision_on_what_was_asked_passes() {
        let d = decision(vec![
            item(HelpKind::MunicipalRentalHome, Verdict::Granted, ""),
            item(HelpKind::Bostotte, Verdict::Forwarded, ""),
        ]);
        assert_eq!(
            d.validate(&[HelpKind::Bostotte, HelpKind::MunicipalRentalHome]),
            Ok(())
        );
    }

    #[test]
    fn less_than_asked_needs_its_reasons_and_every_help_asked_is_decided() {
        let refused = decision(vec![item(
            HelpKind::MunicipalRentalHome,
            Verdict::Refused,
            " ",
        )]);
        assert_eq!(
            refused.validate(&[HelpKind::MunicipalRentalHome]),
            Err(RulesError::Required {
                field: "reason.municipal_rental_home"
            })
        );
        let missing = decision(vec![item(
            HelpKind::MunicipalRentalHome,
            Verdict::Granted,
            "",
        )]);
        assert_eq!(
            missing.validate(&[HelpKind::MunicipalRentalHome, HelpKind::Startlan]),
            Err(RulesError::Required {
                field: "reason.startlan"
            })
        );
        let twice = decision(vec![
            item(HelpKind::Startlan, Verdict::Granted, ""),
            item(HelpKind::Startlan, Verdict::Refused, "Nei."),
        ]);
        assert!(twice.validate(&[HelpKind::Startlan]).is_err());
        let none = decision(vec![]);
        assert_eq!(
            none.validate(&[]),
            Err(RulesError::Required { field: "items" })
        );
    }

    #[test]
    fn the_facts_and_how_the_person_was_heard_are_required_and_clean() {
        let mut d = decision(vec![item(HelpKind::Startlan, Verdict::Granted, "")]);
        d.facts = "  ".into();
        assert_eq!(
            d.validate(&[HelpKind::Startlan]),
            Err(RulesError::Required { field: "facts" })
        );
        d.facts = "ok".into();
        d.heard = "a\u{0}b".into();
        assert_eq!(
            d.validate(&[HelpKind::Startlan]),
            Err(RulesError::InvalidText { field: "heard" })
        );
    }

    #[test]
    fn what_the_server_reads_refuses_a_field_it_does_not_know() {
        let ok = r#"{"vanskeligstilt":true,"facts":"f","heard":"h","items":[{"help":"startlan","verdict":"granted"}]}"#;
        assert!(serde_json::from_str::<NewDecision>(ok).is_ok());
        let extra = r#"{"vanskeligstilt":true,"facts":"f","heard":"h","items":[],"decided_on":"2026-01-01"}"#;
        assert!(serde_json::from_str::<NewDecision>(extra).is_err());
        let bad_verdict = r#"{"vanskeligstilt":true,"facts":"f","heard":"h","items":[{"help":"startlan","verdict":"maybe"}]}"#;
        assert!(serde_json::from_str::<NewDecision>(bad_verdict).is_err());
    }

    #[test]
    fn every_kind_of_help_has_its_law_and_every_verdict_its_name() {
        for help in HelpKind::ALL {
            assert!(!legal_basis(help).is_empty(), "{help:?}");
        }
        for v in Verdict::ALL {
            assert_eq!(Verdict::parse(v.as_str()), Some(v));
            assert_eq!(
                serde_json::to_string(&v).expect("writes"),
                format!("\"{}\"", v.as_str())
            );
        }
    }
}
