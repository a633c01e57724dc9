//! The inbox's and the export's filters, from the query string, checked by hand: anything that
//! is not a filter we know is a 400 naming the parameter, never a database error.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rules::{
    needs::HelpKind,
    wire::{ApplicationStatus, StaffRole},
};
use serde::Deserialize;

use crate::{
    auth::Staff,
    error::ApiError,
    storage::listing::{Cursor, Filter},
};

/// The years a date filter may name: a database cannot hold every year chrono can
/// (PostgreSQL ends at 4713 BC), and no application is older than this service.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// The query string as sent: every value text, so a bad one gets our message, not axum's.
#[derive(Debug, Default, Deserialize)]
pub(super) struct RawFilters {
    /// One application (an export of one).
    reference: Option<String>,
    /// A municipality number: a front desk may serve several; a caseworker only sees their own.
    municipality: Option<String>,
    status: Option<String>,
    from: Option<String>,
    to: Option<String>,
    help: Option<String>,
    /// json or csv (export only).
    pub(super) format: Option<String>,
    /// Where the previous page ended (inbox only).
    after: Option<String>,
    /// Lines per page (inbox only).
    limit: Option<String>,
}

/// A filter problem: 400 with a message and the parameter it concerns.
fn bad(message_id: &'static str, field: &'static str) -> ApiError {
    ApiError::BadQuery { message_id, field }
}

/// Empty values ("status=") mean "any", as the inbox's "Alle" sends them.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn date(value: &Option<String>, field: &'static str) -> Result<Option<NaiveDate>, ApiError> {
    let Some(text) = given(value) else {
        return Ok(None);
    };
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|d| YEARS.contains(&d.year()))
        .map(Some)
        .ok_or_else(|| bad("error-staff-invalid-date", field))
}

/// Midnight UTC at the start of `day`.
fn start_of(day: NaiveDate) -> Option<DateTime<Utc>> {
    day.and_hms_opt(0, 0, 0).map(|t| t.and_utc())
}

impl Cursor {
    /// The cursor as the API hands it out: opaque, URL-safe.
    pub(super) fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(format!(
            "{}|{}",
            self.received_at
                .to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
            self.reference
        ))
    }

    fn decode(text: &str) -> Option<Self> {
        let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let (at, reference) = text.split_once('|')?;
        Some(Self {
            received_at: DateTime::parse_from_rfc3339(at).ok()?.with_timezone(&Utc),
            reference: reference.to_string(),
        })
    }
}

/// The filters, checked.
#[derive(Debug)]
pub(super) struct Filters {
    pub(super) filter: Filter,
    pub(super) after: Option<Cursor>,
    pub(super) limit: Option<i64>,
    described: String,
}

impl Filters {
    /// The storage filter for what `staff` may see, with these filters.
    pub(super) fn for_staff(raw: &RawFilters, staff: &Staff) -> Result<Self, ApiError> {
        let status = match given(&raw.status) {
            None => None,
            Some(text) => Some(
                ApplicationStatus::parse(text)
                    .ok_or(bad("error-staff-invalid-filter", "status"))?,
            ),
        };
        let help = match given(&raw.help) {
            None => None,
            Some(text) => {
                serde_json::from_value::<HelpKind>(serde_json::Value::String(text.into()))
                    .map_err(|_| bad("error-staff-invalid-filter", "help"))?;
                Some(text.to_string())
            }
        };
        let (from, to) = (date(&raw.from, "from")?, date(&raw.to, "to")?);
        let after = match given(&raw.after) {
            None => None,
            Some(text) => {
                Some(Cursor::decode(text).ok_or(bad("error-staff-invalid-filter", "after"))?)
            }
        };
        let limit = match given(&raw.limit) {
            None => None,
            Some(text) => Some(
                text.parse::<i64>()
                    .ok()
                    .filter(|n| (1..=200).contains(n))
                    .ok_or(bad("error-staff-invalid-filter", "limit"))?,
            ),
        };
        let mut filter = Filter {
            reference: given(&raw.reference).map(str::to_string),
            municipality: given(&raw.municipality).map(str::to_string),
            status,
            from: from.and_then(start_of),
            to: to.and_then(|d| d.succ_opt()).and_then(start_of),
            help,
            ..Filter::default()
        };
        match staff.member.role {
            StaffRole::Caseworker => {
                // Another municipality's number shows nothing rather than something else.
                if filter
                    .municipality
                    .as_ref()
                    .is_some_and(|m| *m != staff.member.municipality)
                {
                    filter.reference = Some(String::new());
                }
                filter.municipality = Some(staff.member.municipality.clone());
            }
            StaffRole::FrontDesk => filter.created_by_staff = Some(staff.member.id),
        }
        let star = |v: &Option<String>| given(v).unwrap_or("*").to_string();
        let described = format!(
            "reference={} municipality={} status={} from={} to={} help={}",
            star(&raw.reference),
            star(&raw.municipality),
            star(&raw.status),
            from.map_or("*".into(), |d| d.to_string()),
            to.map_or("*".into(), |d| d.to_string()),
            star(&raw.help),
        );
        Ok(Self {
            filter,
            after,
            limit,
            described,
        })
    }

    /// The filters for the audit log (no personal data: numbers, statuses, dates).
    pub(super) fn describe(&self) -> &str {
        &self.described
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_survives_the_round_trip_and_garbage_is_no_cursor() {
        let cursor = Cursor {
            received_at: DateTime::parse_from_rfc3339("2026-12-02T04:28:37.123456789Z")
                .expect("time")
                .with_timezone(&Utc),
            reference: "HUS-ABCDE-12345".into(),
        };
        assert_eq!(Cursor::decode(&cursor.encode()), Some(cursor));
        assert_eq!(Cursor::decode("not a cursor"), None);
        assert_eq!(Cursor::decode(&URL_SAFE_NO_PAD.encode("no bar")), None);
    }

    #[test]
    fn dates_outside_the_years_a_database_holds_are_refused() {
        let refused = |text: &str| date(&Some(text.into()), "from").is_err();
        assert!(refused("-4713-01-01"));
        assert!(refused("0001-01-01"));
        assert!(refused("2026-02-30"));
        assert!(refused("tomorrow"));
        assert!(!refused("2026-02-28"));
        assert_eq!(date(&Some(" ".into()), "from").ok(), Some(None));
    }
}
