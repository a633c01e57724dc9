//! An invitation to a meeting (samtale) about an application, and the applicant's reply.
//!
//! The caseworker calls the applicant in, often with an interpreter (seed 004: Rælingen's
//! caseworkers book interpreters for most meetings with refugees). The invitation says when,
//! where (an address, or a video link), and whether an interpreter is booked and in which
//! language; the applicant reads it on the receipt page in their own language and confirms, or
//! asks for another time and says which times suit them. A new invitation (after a request for
//! another time) replaces the one before it, and its reply with it; the audit log keeps both.
//!
//! Pure data and its checks: the server adds the day and keeps it (`server/src/storage/interviews.rs`).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{RulesError, application::check_text};

/// How far ahead a meeting may be set: a year, so a typo in the year is caught.
const FURTHEST_DAYS: u64 = 365;
/// A video link is an address, not a letter.
const MAX_LINK: usize = 500;

/// Where the meeting is: `{"in_person": {"address": …}}` or `{"video": {"link": …}}` (serde's
/// plain enum form: an internally tagged enum made the resident app's download 3.5 KB larger).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Place {
    /// At an office: the address and where inside, as the applicant will need it at the door.
    InPerson { address: String },
    /// By video: the link the applicant opens (https only).
    Video { link: String },
}

/// What the caseworker sends (`POST /api/staff/applications/{reference}/interview`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewInterview {
    #[serde(with = "crate::iso_date")]
    pub date: NaiveDate,
    /// The time of day, "HH:MM" (Norwegian time; the municipality's own).
    pub time: String,
    pub place: Place,
    /// The language of the interpreter booked for the meeting (a language code such as "ar"),
    /// none when no interpreter is booked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<String>,
}

impl NewInterview {
    /// A day from `today` to a year ahead, a real time of day, an address or an https link,
    /// and a language code for the interpreter. Field names: "interview_date",
    /// "interview_time", "interview_address", "interview_link", "interview_interpreter".
    pub fn validate(&self, today: NaiveDate) -> Result<(), RulesError> {
        let furthest = today
            .checked_add_days(Days::new(FURTHEST_DAYS))
            .unwrap_or(today);
        if self.date < today || self.date > furthest {
            return Err(RulesError::OutOfRange {
                field: "interview_date",
                min: "today",
                max: "one year ahead",
            });
        }
        if clock(&self.time).is_none() {
            return Err(RulesError::InvalidText {
                field: "interview_time",
            });
        }
        match &self.place {
            Place::InPerson { address } => check_text("interview_address", address, true)?,
            Place::Video { link } => {
                let link = link.trim();
                if link.is_empty() {
                    return Err(RulesError::Required {
                        field: "interview_link",
                    });
                }
                let host = link.strip_prefix("https://").unwrap_or_default();
                if host.is_empty()
                    || host.starts_with('/')
                    || link.len() > MAX_LINK
                    || link.chars().any(|c| c.is_whitespace() || c.is_control())
                {
                    return Err(RulesError::InvalidText {
                        field: "interview_link",
                    });
                }
            }
        }
        if let Some(language) = &self.interpreter
            && !((2..=3).contains(&language.len())
                && language.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err(RulesError::InvalidText {
                field: "interview_interpreter",
            });
        }
        Ok(())
    }

    /// The invitation as kept: trimmed, the time written "HH:MM", sent on `today`.
    pub fn kept(&self, today: NaiveDate) -> Interview {
        let (hour, minute) = clock(&self.time).unwrap_or_default();
        Interview {
            date: self.date,
            time: format!("{hour:02}:{minute:02}"),
            place: match &self.place {
                Place::InPerson { address } => Place::InPerson {
                    address: address.trim().to_string(),
                },
                Place::Video { link } => Place::Video {
                    link: link.trim().to_string(),
                },
            },
            interpreter: self.interpreter.clone(),
            invited_on: today,
            reply: None,
        }
    }
}

/// "HH:MM" or "H:MM" (also "HH.MM", as Norwegians write it) as hour and minute.
pub fn clock(text: &str) -> Option<(u8, u8)> {
    let (hour, minute) = text.trim().split_once([':', '.'])?;
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u8>().ok())
            .flatten()
    };
    let (hour, minute) = (number(hour)?, number(minute)?);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// An invitation as kept and shown to the applicant and to staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    #[serde(with = "crate::iso_date")]
    pub date: NaiveDate,
    /// "HH:MM".
    pub time: String,
    pub place: Place,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<String>,
    /// The day the invitation was sent (the server's).
    #[serde(with = "crate::iso_date")]
    pub invited_on: NaiveDate,
    /// The applicant's reply, once there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<InterviewReply>,
}

/// The applicant's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// They will come.
    Confirmed,
    /// The time does not suit: they ask for another and say which times do.
    AnotherTime,
}

impl Answer {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::AnotherTime => "another_time",
        }
    }
}

/// What the applicant sends (`POST /api/applications/{reference}/interview/reply`, with the
/// receipt's secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewInterviewReply {
    pub answer: Answer,
    /// Which days and times suit them: required when asking for another time.
    #[serde(default)]
    pub note: String,
}

impl NewInterviewReply {
    pub fn validate(&self) -> Result<(), RulesError> {
        check_text(
            "interview_note",
            &self.note,
            self.answer == Answer::AnotherTime,
        )
    }

    /// The reply as kept, on `today`.
    pub fn kept(&self, today: NaiveDate) -> InterviewReply {
        InterviewReply {
            answer: self.answer,
            note: self.note.trim().to_string(),
            on: today,
        }
    }
}

/// The applicant's reply as kept. A later reply replaces it (one who confirmed may fall ill).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewReply {
    pub answer: Answer,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(with = "crate::iso_date")]
    pub on: NaiveDate,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    fn invitation(date: NaiveDate, time: &str, place: Place) -> NewInterview {
        NewInterview {
            date,
            time: time.into(),
            place,
            interpreter: Some("ar".into()),
        }
    }

    fn office() -> Place {
        Place::InPerson {
            address: "Rådhuset, Storgata 1, 2. etasje".into(),
        }
    }

    #[test]
    fn a_time_is_read_as_people_write_it_and_nothing_else() {
        assert_eq!(clock("09:30"), Some((9, 30)));
        assert_eq!(clock("9:05"), Some((9, 5)));
        assert_eq!(clock(" 14.15 "), Some((14, 15)));
        for bad in [
            "24:00", "12:60", "12", "12:5a", "1230", "", ":30", "12:", "-1:30", "123:00",
        ] {
            assert_eq!(clock(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_invitation_is_for_a_day_ahead_at_a_real_time_and_place() {
        let today = day(2026, 12, 3);
        assert_eq!(
            invitation(day(2026, 12, 10), "10:00", office()).validate(today),
            Ok(())
        );
        assert_eq!(
            invitation(today, "8.30", office()).validate(today),
            Ok(()),
            "today itself, written with a dot"
        );
        let field = |i: NewInterview| i.validate(today).err().and_then(|e| e.field());
        assert_eq!(
            field(invitation(day(2026, 12, 2), "10:00", office())),
            Some("interview_date")
        );
        assert_eq!(
            field(invitation(day(2027, 12, 4), "10:00", office())),
            Some("interview_date")
        );
        assert_eq!(
            field(invitation(day(2026, 12, 10), "25:00", office())),
            Some("interview_time")
        );
        assert_eq!(
            field(invitation(
                day(2026, 12, 10),
                "10:00",
                Place::InPerson {
                    address: "  ".into()
                }
            )),
            Some("interview_address")
        );
        for link in [
            "",
            "http://meet.example/x",
            "https://",
            "https:///x",
            "https://a b",
            "javascript:alert(1)",
        ] {
            assert_eq!(
                field(invitation(
                    day(2026, 12, 10),
                    "10:00",
                    Place::Video { link: link.into() }
                )),
                Some("interview_link"),
                "{link}"
            );
        }
        assert_eq!(
            invitation(
                day(2026, 12, 10),
                "10:00",
                Place::Video {
                    link: " https://video.nhn.no/room/123 ".into()
                }
            )
            .validate(today),
            Ok(())
        );
        for language in ["", "arabic", "AR", "a1"] {
            let mut i = invitation(day(2026, 12, 10), "10:00", office());
            i.interpreter = Some(language.into());
            assert_eq!(field(i), Some("interview_interpreter"), "{language}");
        }
    }

    #[test]
    fn what_is_kept_is_trimmed_and_the_time_written_one_way() {
        let mut new = invitation(
            day(2026, 12, 10),
            "9.5",
            Place::InPerson {
                address: " NAV Rælingen ".into(),
            },
        );
        new.interpreter = None;
        let kept = new.kept(day(2026, 12, 3));
        assert_eq!(kept.time, "09:05");
        assert_eq!(
            kept.place,
            Place::InPerson {
                address: "NAV Rælingen".into()
            }
        );
        assert_eq!(kept.invited_on, day(2026, 12, 3));
        assert_eq!(kept.reply, None);
    }

    #[test]
    fn asking_for_another_time_says_which_times_suit() {
        let confirm = NewInterviewReply {
            answer: Answer::Confirmed,
            note: String::new(),
        };
        assert_eq!(confirm.validate(), Ok(()));
        let another = NewInterviewReply {
            answer: Answer::AnotherTime,
            note: " ".into(),
        };
        assert_eq!(
            another.validate(),
            Err(RulesError::Required {
                field: "interview_note"
            })
        );
    }

    #[test]
    fn what_the_server_reads_refuses_a_field_it_does_not_know() {
        let ok =
            r#"{"date":"2026-12-10","time":"10:00","place":{"video":{"link":"https://v.no/1"}}}"#;
        assert!(serde_json::from_str::<NewInterview>(ok).is_ok());
        let extra = r#"{"date":"2026-12-10","time":"10:00","place":{"video":{"link":"https://v.no/1"}},"invited_on":"2026-01-01"}"#;
        assert!(serde_json::from_str::<NewInterview>(extra).is_err());
        let place = r#"{"date":"2026-12-10","time":"10:00","place":{"video":{"link":"https://v.no/1","address":"x"}}}"#;
        assert!(serde_json::from_str::<NewInterview>(place).is_err());
        assert!(serde_json::from_str::<NewInterviewReply>(r#"{"answer":"confirmed"}"#).is_ok());
        assert!(
            serde_json::from_str::<NewInterviewReply>(
                r#"{"answer":"confirmed","on":"2026-01-01"}"#
            )
            .is_err()
        );
        assert!(serde_json::from_str::<NewInterviewReply>(r#"{"answer":"maybe"}"#).is_err());
    }
}
