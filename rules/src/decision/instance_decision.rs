//! What Statsforvalteren decided on an appeal the municipality forwarded (forvaltningsloven § 34),
//! as the caseworker records it from Statsforvalteren's letter, so that the case file ends where
//! the case ends and the applicant reads the outcome beside the decision and the appeal.
//!
//! Statsforvalteren may uphold the decision, change it, repeal it and send the case back to the
//! municipality to decide again (§ 34 fourth paragraph), or dismiss the appeal without hearing
//! it (§ 34 first paragraph: too late without reason to hear it all the same, or from someone
//! without the right to appeal). Its decision cannot be appealed (§ 28 third paragraph).
//! Statsforvalteren's own letter is the binding text; Husly keeps its result, its day and the
//! caseworker's summary of it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{RulesError, application::check_text};

/// What Statsforvalteren decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstanceResult {
    /// The municipality's decision stands (stadfestet).
    Upheld,
    /// Statsforvalteren changed the decision itself (endret).
    Changed,
    /// The decision is repealed and the municipality decides the case again (opphevet).
    Repealed,
    /// The appeal was not heard (avvist).
    Dismissed,
}

impl InstanceResult {
    pub const ALL: [Self; 4] = [Self::Upheld, Self::Changed, Self::Repealed, Self::Dismissed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Upheld => "upheld",
            Self::Changed => "changed",
            Self::Repealed => "repealed",
            Self::Dismissed => "dismissed",
        }
    }
}

/// What a caseworker sends once Statsforvalteren's letter has come
/// (`POST /api/staff/applications/{reference}/appeal/instance-decision`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewInstanceDecision {
    pub result: InstanceResult,
    /// The day Statsforvalteren decided, as its letter says.
    #[serde(with = "crate::iso_date")]
    pub decided_on: NaiveDate,
    /// What Statsforvalteren decided and why, in the caseworker's words (Norwegian).
    pub summary: String,
}

impl NewInstanceDecision {
    /// The summary written, and the day no earlier than the day the municipality forwarded the
    /// appeal and no later than `today`. Field names: "instance_decided_on",
    /// "instance_summary".
    pub fn validate(&self, forwarded_on: NaiveDate, today: NaiveDate) -> Result<(), RulesError> {
        if self.decided_on < forwarded_on || self.decided_on > today {
            return Err(RulesError::OutOfRange {
                field: "instance_decided_on",
                min: "the day the appeal was forwarded",
                max: "today",
            });
        }
        check_text("instance_summary", &self.summary, true)
    }

    /// As kept: the summary trimmed, recorded on `today` by `by`.
    pub fn kept(&self, today: NaiveDate, by: &str) -> InstanceDecision {
        InstanceDecision {
            result: self.result,
            decided_on: self.decided_on,
            summary: self.summary.trim().to_string(),
            recorded_on: today,
            by: by.to_string(),
        }
    }
}

/// Statsforvalteren's decision as kept and shown to the applicant and to staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceDecision {
    pub result: InstanceResult,
    #[serde(with = "crate::iso_date")]
    pub decided_on: NaiveDate,
    pub summary: String,
    /// The day it was recorded (the server's).
    #[serde(with = "crate::iso_date")]
    pub recorded_on: NaiveDate,
    /// The caseworker who recorded it (their user name).
    pub by: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    fn new(decided_on: NaiveDate, summary: &str) -> NewInstanceDecision {
        NewInstanceDecision {
            result: InstanceResult::Repealed,
            decided_on,
            summary: summary.into(),
        }
    }

    #[test]
    fn the_day_lies_between_the_forwarding_and_today() {
        let (forwarded, today) = (day(2026, 12, 10), day(2027, 2, 1));
        let summary = "Kommunen må vurdere saken på nytt.";
        assert_eq!(new(forwarded, summary).validate(forwarded, today), Ok(()));
        assert_eq!(new(today, summary).validate(forwarded, today), Ok(()));
        for outside in [day(2026, 12, 9), day(2027, 2, 2)] {
            assert_eq!(
                new(outside, summary).validate(forwarded, today),
                Err(RulesError::OutOfRange {
                    field: "instance_decided_on",
                    min: "the day the appeal was forwarded",
                    max: "today",
                })
            );
        }
    }

    #[test]
    fn the_summary_is_required_and_plain_text() {
        let (forwarded, today) = (day(2026, 12, 10), day(2027, 2, 1));
        assert_eq!(
            new(today, " \n").validate(forwarded, today),
            Err(RulesError::Required {
                field: "instance_summary"
            })
        );
        assert_eq!(
            new(today, "a\u{0}b").validate(forwarded, today),
            Err(RulesError::InvalidText {
                field: "instance_summary"
            })
        );
        let kept = new(today, "  Opphevet.  ").kept(today, "saksbehandler");
        assert_eq!(kept.summary, "Opphevet.");
        assert_eq!(
            (kept.recorded_on, kept.by.as_str()),
            (today, "saksbehandler")
        );
    }

    #[test]
    fn what_the_server_reads_is_exactly_the_form() {
        let ok = r#"{"result":"upheld","decided_on":"2027-01-05","summary":"s"}"#;
        assert!(serde_json::from_str::<NewInstanceDecision>(ok).is_ok());
        let extra = r#"{"result":"upheld","decided_on":"2027-01-05","summary":"s","by":"x"}"#;
        assert!(serde_json::from_str::<NewInstanceDecision>(extra).is_err());
        let unknown = r#"{"result":"granted","decided_on":"2027-01-05","summary":"s"}"#;
        assert!(serde_json::from_str::<NewInstanceDecision>(unknown).is_err());
        let no_day = r#"{"result":"upheld","decided_on":"5.1.2027","summary":"s"}"#;
        assert!(serde_json::from_str::<NewInstanceDecision>(no_day).is_err());
        for r in InstanceResult::ALL {
            let json = serde_json::to_string(&r).expect("a result writes");
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
    }
}
