//! The municipality's overview of the need for housing (law § 5), for a caseworker's own
//! municipality: `GET /api/staff/overview?from=YYYY-MM&until=YYYY-MM[&format=csv]`, the last
//! twelve months by default. The figures are `rules::overview`'s, small counts suppressed; the
//! CSV has one line per figure, month and group, in Norwegian. Every reading is audited.

use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use chrono::{Datelike, Months, NaiveDate, Utc};
use rules::{
    application::Application,
    overview::{CaseFacts, Count, Overview, overview, urgency_message_id},
};
use serde::Deserialize;

use super::{
    caseworker,
    export::{norwegian, records},
};
use crate::{
    auth::Staff,
    error::ApiError,
    state::AppState,
    storage::listing::{Cursor, Filter},
};

/// Applications read from the database at a time.
const CHUNK: i64 = 200;

#[derive(Debug, Deserialize)]
pub(super) struct Period {
    from: Option<String>,
    until: Option<String>,
    format: Option<String>,
}

/// "2026-03" as the first day of that month.
fn month(text: Option<&str>, field: &'static str) -> Result<Option<NaiveDate>, ApiError> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let day = text
        .split_once('-')
        .filter(|(year, month)| year.len() == 4 && month.len() == 2)
        .and_then(|(year, month)| {
            NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)
        });
    day.map(Some).ok_or(ApiError::BadQuery {
        message_id: "error-staff-invalid-filter",
        field,
    })
}

pub(super) async fn overview_of_need(
    State(state): State<AppState>,
    staff: Staff,
    Query(period): Query<Period>,
) -> Result<Response, ApiError> {
    caseworker(&staff)?;
    let today = Utc::now().date_naive();
    let this_month = today.with_day(1).unwrap_or(today);
    let until = month(period.until.as_deref(), "until")?.unwrap_or(this_month);
    let from = month(period.from.as_deref(), "from")?.unwrap_or_else(|| until - Months::new(11));
    let span = (until.year() - from.year()) * 12 + until.month() as i32 - from.month() as i32;
    if !(0..rules::overview::MAX_MONTHS).contains(&span) {
        return Err(ApiError::BadQuery {
            message_id: "error-staff-invalid-period",
            field: "from",
        });
    }
    let csv = match period.format.as_deref().unwrap_or("json") {
        "json" => false,
        "csv" => true,
        _ => {
            return Err(ApiError::BadQuery {
                message_id: "error-staff-invalid-filter",
                field: "format",
            });
        }
    };
    let last = (until + Months::new(1)).pred_opt().unwrap_or(until);
    let municipality = &staff.member.municipality;
    let targets = state.profiles.targets_at(municipality, today);
    let figures = overview(
        municipality,
        &facts(&state, municipality).await?,
        from,
        last,
        today,
        targets,
    );
    state
        .storage
        .audit(
            Some(staff.member.id),
            "overview",
            None,
            &format!(
                "{municipality} {}..{}",
                figures.months[0],
                figures.months[figures.months.len() - 1]
            ),
        )
        .await?;
    if !csv {
        return Ok(Json(figures).into_response());
    }
    let disposition = format!(
        "attachment; filename=\"husly-oversikt-{municipality}-{}-{}.csv\"",
        figures.months[0],
        figures.months[figures.months.len() - 1]
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        to_csv(&figures)?,
    )
        .into_response())
}

/// Every application to `municipality`, reduced to what the overview counts as it is read.
/// The national id is not opened: the overview counts no one by name.
async fn facts(state: &AppState, municipality: &str) -> Result<Vec<CaseFacts>, ApiError> {
    let decisions = state.storage.decisions_in(municipality).await?;
    let filter = Filter {
        municipality: Some(municipality.to_string()),
        ..Filter::default()
    };
    let mut all = Vec::new();
    let mut after: Option<Cursor> = None;
    loop {
        let rows = state
            .storage
            .applications_page(&filter, after.as_ref(), CHUNK)
            .await?;
        let done = (rows.len() as i64) < CHUNK;
        for (reference, stored) in &rows {
            let mut payload = stored.payload.clone();
            payload["person"]["national_id"] = serde_json::Value::String(String::new());
            let application: Application =
                serde_json::from_value(payload).map_err(|e| ApiError::Internal(e.into()))?;
            let urgency = stored.recomputed_estimate.as_ref().and_then(|e| e.urgency);
            all.push(CaseFacts::of(
                &application,
                stored.created_at.date_naive(),
                urgency,
                decisions.get(reference),
            ));
        }
        after = rows.last().map(|(reference, a)| Cursor {
            received_at: a.created_at,
            reference: reference.clone(),
        });
        if done || after.is_none() {
            return Ok(all);
        }
    }
}

/// The overview as CSV, as the export writes it (a byte order mark, commas, Norwegian): one
/// line per figure, group and month (or the whole period); a suppressed count is "<5".
fn to_csv(o: &Overview) -> Result<Vec<u8>, ApiError> {
    let shown = |c: &Count| {
        c.map_or_else(
            || format!("<{}", rules::overview::SMALLEST_SHOWN),
            |n| n.to_string(),
        )
    };
    let days = |d: Option<u32>| d.map_or_else(String::new, |d| d.to_string());
    let mut lines = vec![
        [
            "staff-overview-csv-figure",
            "staff-overview-csv-group",
            "staff-overview-csv-month",
            "staff-overview-csv-value",
        ]
        .map(norwegian)
        .to_vec(),
    ];
    let mut line = |figure: &str, group: &str, month: &str, value: String| {
        lines.push(vec![
            norwegian(figure),
            group.to_string(),
            month.to_string(),
            value,
        ]);
    };
    let period = format!("{}..{}", o.months[0], o.months[o.months.len() - 1]);
    let months = o
        .months
        .iter()
        .enumerate()
        .map(|(m, month)| (Some(m), month.as_str()));
    for (m, month) in months.chain([(None, period.as_str())]) {
        let at = |counts: &[Count], total: &Count| shown(m.map_or(total, |m| &counts[m]));
        line(
            "staff-overview-applications",
            "",
            month,
            at(&o.applications, &o.applications_total),
        );
        for s in &o.by_help {
            line(
                "staff-overview-by-help",
                &norwegian(s.key.message_id()),
                month,
                at(&s.counts, &s.total),
            );
        }
        for s in &o.by_urgency {
            let group = norwegian(urgency_message_id(s.key));
            line(
                "staff-overview-by-urgency",
                &group,
                month,
                at(&s.counts, &s.total),
            );
        }
        for s in &o.by_household {
            let group = norwegian(s.key.message_id());
            line(
                "staff-overview-by-household",
                &group,
                month,
                at(&s.counts, &s.total),
            );
        }
    }
    let today = o.made_on.to_string();
    for (category, count) in &o.waiting_list {
        line(
            "staff-overview-waiting-list",
            &norwegian(category.message_id()),
            &today,
            shown(count),
        );
    }
    // One figure each, for the period or as of today.
    let t = &o.decision_times;
    let (temporary, startlan) = (&o.temporary, &o.startlan);
    let mut single = vec![
        (
            "staff-overview-waiting-total",
            &today,
            shown(&o.waiting_total),
        ),
        ("staff-overview-decided", &period, shown(&t.decided)),
        ("staff-overview-median-days", &period, days(t.median_days)),
        ("staff-overview-p90-days", &period, days(t.p90_days)),
        (
            "staff-overview-temporary-waiting",
            &today,
            shown(&temporary.waiting),
        ),
        (
            "staff-overview-temporary-beyond",
            &today,
            shown(&temporary.beyond_three_months),
        ),
        (
            "staff-overview-temporary-median-days",
            &today,
            days(temporary.median_days),
        ),
        (
            "staff-overview-startlan-granted",
            &period,
            shown(&startlan.granted),
        ),
        (
            "staff-overview-startlan-tenants",
            &period,
            shown(&startlan.to_municipal_tenants),
        ),
        (
            "staff-overview-startlan-families",
            &period,
            shown(&startlan.to_families_with_children),
        ),
        (
            "staff-overview-startlan-families-percent",
            &period,
            days(startlan.families_with_children_percent),
        ),
    ];
    if let Some(g) = &o.guarantee {
        single.push((
            "staff-overview-guarantee-decided",
            &period,
            shown(&g.decided),
        ));
        single.push(("staff-overview-guarantee-within", &period, shown(&g.within)));
        single.push(("staff-overview-guarantee-percent", &period, days(g.percent)));
    }
    for (id, when, value) in single {
        line(id, "", when, value);
    }
    if let Some(t) = &o.targets {
        let from = t.from.to_string();
        let value = |v: Option<u32>| v.map(|v| v.to_string());
        let targets = [
            (
                "staff-overview-csv-target-waiting",
                value(t.waiting_list_below.as_ref().map(|v| v.value)),
            ),
            (
                "staff-overview-csv-target-families",
                value(
                    t.startlan_families_with_children_percent
                        .as_ref()
                        .map(|v| v.value),
                ),
            ),
            (
                "staff-overview-csv-target-tenants",
                t.startlan_municipal_tenants_percent
                    .as_ref()
                    .map(|v| format!("{}–{}", v.value[0], v.value[1])),
            ),
            (
                "staff-overview-csv-target-guarantee",
                value(t.allocation_guarantee_months.as_ref().map(|v| v.value)),
            ),
        ];
        for (id, value) in targets {
            if let Some(value) = value {
                line(id, "", &from, value);
            }
        }
    }
    let mut out = "\u{FEFF}".as_bytes().to_vec();
    out.extend(records(lines)?);
    Ok(out)
}
