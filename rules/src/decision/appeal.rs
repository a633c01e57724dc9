//! An appeal (klage) on a decision, and what the municipality does with it.
//!
//! The applicant writes it in their own words and language from the decision page, within three
//! weeks of getting the decision (forvaltningsloven § 29; [`super::appeal_deadline`]). After the
//! deadline they can still send it with the reason it is late, asking for it to be heard all the
//! same (§ 31). The municipality reviews it first and may reverse its own decision (§ 33 second
//! paragraph); otherwise it forwards the appeal with its assessment to Statsforvalteren, which
//! decides (§ 33 fourth paragraph; the 2023 law's appeal instance, seed 000). Either way the
//! applicant gets a letter ([`AppealOutcome`]).
//!
//! The law sets no deadline for the municipality's own review, only that it is done without
//! undue delay; a case that cannot be answered within one month must get a preliminary answer
//! (§ 11 a third paragraph). [`review_by`] is that month: the day the caseworker sees counted down.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{RulesError, application::check_text};

/// What the applicant sends (`POST /api/applications/{reference}/appeal`, with the receipt's
/// secret). The server adds the day, whether it is late, and the language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAppeal {
    /// What the applicant thinks is wrong and what they want changed, in their own words.
    pub text: String,
    /// Why it comes after the deadline: required then, ignored before (forvaltningsloven § 31).
    #[serde(default)]
    pub late_reason: String,
}

impl NewAppeal {
    /// The appeal written, the reason for lateness written when it is late, and no text too
    /// long or with control characters.
    pub fn validate(&self, late: bool) -> Result<(), RulesError> {
        check_text("appeal_text", &self.text, true)?;
        check_text("late_reason", &self.late_reason, late)
    }
}

/// An appeal as kept and shown to the applicant and to staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appeal {
    /// The day it reached the municipality (the server's).
    #[serde(with = "crate::iso_date")]
    pub received_on: NaiveDate,
    /// The applicant's words, in `language`.
    pub text: String,
    /// The language it is written in: the one the applicant chose for the letter.
    pub language: String,
    /// Sent after the deadline, asking to be heard all the same (forvaltningsloven § 31).
    pub late: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub late_reason: String,
    /// Sent by a front-desk employee for the applicant (their user name), none when the
    /// applicant sent it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_by_staff: Option<String>,
    /// What the municipality did with it, once it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<AppealOutcome>,
    /// What Statsforvalteren decided on it, once a forwarded appeal is decided and recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_decision: Option<super::InstanceDecision>,
}

impl Appeal {
    /// The day the municipality's own review should be done by.
    pub fn review_by(&self) -> NaiveDate {
        review_by(self.received_on)
    }
}

/// One month after the appeal came (forvaltningsloven § 11 a third paragraph); the day itself
/// when a month on has no such day (31 January → 28 February).
pub fn review_by(received_on: NaiveDate) -> NaiveDate {
    received_on
        .checked_add_months(Months::new(1))
        .unwrap_or(received_on)
}

/// What the municipality did with an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealResult {
    /// The municipality agreed and changed its decision (forvaltningsloven § 33 second paragraph).
    Reversed,
    /// The municipality kept its decision and sent the appeal on to Statsforvalteren, which
    /// decides (§ 33 fourth paragraph).
    Forwarded,
}

impl AppealResult {
    pub const ALL: [Self; 2] = [Self::Reversed, Self::Forwarded];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reversed => "reversed",
            Self::Forwarded => "forwarded",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// What a caseworker sends (`POST /api/staff/applications/{reference}/appeal/outcome`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAppealOutcome {
    pub result: AppealResult,
    /// Reversed: what is changed and why. Forwarded: the municipality's assessment of the
    /// appeal, which goes to Statsforvalteren with the case.
    pub reason: String,
}

impl NewAppealOutcome {
    pub fn validate(&self) -> Result<(), RulesError> {
        check_text("outcome_reason", &self.reason, true)
    }
}

/// What the municipality did with an appeal, as kept and shown in the letter to the applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppealOutcome {
    pub result: AppealResult,
    pub reason: String,
    /// The day (the server's).
    #[serde(with = "crate::iso_date")]
    pub on: NaiveDate,
    /// The caseworker (their user name).
    pub by: String,
    /// Where a forwarded appeal went: the decision's appeal instance.
    pub appeal_instance: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    #[test]
    fn the_review_is_due_a_month_after_the_appeal_came() {
        assert_eq!(review_by(day(2026, 12, 3)), day(2027, 1, 3));
        assert_eq!(review_by(day(2027, 1, 31)), day(2027, 2, 28));
        assert_eq!(review_by(day(2028, 1, 31)), day(2028, 2, 29));
    }

    #[test]
    fn an_appeal_needs_its_words_and_a_late_one_its_reason() {
        let appeal = NewAppeal {
            text: "Jeg bor hos venner og trenger en bolig.".into(),
            late_reason: String::new(),
        };
        assert_eq!(appeal.validate(false), Ok(()));
        assert_eq!(
            appeal.validate(true),
            Err(RulesError::Required {
                field: "late_reason"
            })
        );
        let empty = NewAppeal {
            text: " \n ".into(),
            late_reason: "Jeg var på sykehus.".into(),
        };
        assert_eq!(
            empty.validate(true),
            Err(RulesError::Required {
                field: "appeal_text"
            })
        );
        let control = NewAppeal {
            text: "a\u{7}b".into(),
            late_reason: String::new(),
        };
        assert_eq!(
            control.validate(false),
            Err(RulesError::InvalidText {
                field: "appeal_text"
            })
        );
    }

    #[test]
    fn what_the_server_reads_refuses_a_field_it_does_not_know() {
        assert!(serde_json::from_str::<NewAppeal>(r#"{"text":"t"}"#).is_ok());
        assert!(serde_json::from_str::<NewAppeal>(r#"{"text":"t","late":false}"#).is_err());
        assert!(
            serde_json::from_str::<NewAppealOutcome>(r#"{"result":"reversed","reason":"r"}"#)
                .is_ok()
        );
        assert!(
            serde_json::from_str::<NewAppealOutcome>(
                r#"{"result":"reversed","reason":"r","on":"2026-01-01"}"#
            )
            .is_err()
        );
        assert!(
            serde_json::from_str::<NewAppealOutcome>(r#"{"result":"granted","reason":"r"}"#)
                .is_err()
        );
        for r in AppealResult::ALL {
            assert_eq!(AppealResult::parse(r.as_str()), Some(r));
        }
    }

    #[test]
    fn an_outcome_has_its_reasons() {
        let outcome = NewAppealOutcome {
            result: AppealResult::Forwarded,
            reason: " ".into(),
        };
        assert_eq!(
            outcome.validate(),
            Err(RulesError::Required {
                field: "outcome_reason"
            })
        );
    }
}
