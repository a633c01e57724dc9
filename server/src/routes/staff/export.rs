//! Export of every application the filters cover, as JSON or CSV, streamed: the rows are read
//! a chunk at a time after a cursor and sent as they are read, so an export of any size holds
//! one chunk in memory and nothing is cut off. The CSV's column names are Norwegian, from
//! locales/nb/staff.ftl, and children's ages are given as the age bands the resident answered.

use axum::{
    body::Body,
    extract::{Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use chrono::Utc;
use futures::{Stream, StreamExt, TryStreamExt, stream};

use super::{
    caseworker,
    filters::{Filters, RawFilters},
    opened,
};
use crate::{
    auth::Staff,
    error::ApiError,
    state::AppState,
    storage::{
        StoredApplication,
        listing::{Cursor, Filter},
    },
};

/// Applications read from the database at a time.
const CHUNK: i64 = 200;

/// The staff pages' Norwegian text (the CSV's column names, statuses, yes and no) and the
/// needs check's (the names of the kinds of help).
const NORWEGIAN_FTL: [&str; 2] = [
    include_str!("../../../../locales/nb/staff.ftl"),
    include_str!("../../../../locales/nb/needs.ftl"),
];

/// The Norwegian text of `id` (a plain one-line message), or the id itself.
pub(super) fn norwegian(id: &str) -> String {
    NORWEGIAN_FTL
        .iter()
        .flat_map(|ftl| ftl.lines())
        .filter_map(|line| line.split_once(" = "))
        .find(|(key, _)| key.trim() == id)
        .map_or_else(|| id.to_string(), |(_, text)| text.trim().to_string())
}

/// The CSV's columns: the message id of each column's name.
const COLUMNS: [&str; 19] = [
    "staff-csv-reference",
    "staff-csv-received",
    "staff-csv-status",
    "staff-csv-municipality",
    "staff-csv-name",
    "staff-csv-national-id",
    "staff-csv-phone",
    "staff-csv-email",
    "staff-csv-language",
    "staff-csv-interpreter",
    "staff-csv-on-behalf",
    "staff-csv-help",
    "staff-csv-adults",
    "staff-csv-children",
    "staff-csv-incomes",
    "staff-csv-net-wealth",
    "staff-csv-housing",
    "staff-csv-monthly-cost",
    "staff-csv-own-words",
];

pub(super) async fn export(
    State(state): State<AppState>,
    staff: Staff,
    Query(raw): Query<RawFilters>,
) -> Result<Response, ApiError> {
    caseworker(&staff)?;
    let filters = Filters::for_staff(&raw, &staff)?;
    let format = raw.format.as_deref().unwrap_or("json");
    if !matches!(format, "csv" | "json") {
        return Err(ApiError::BadQuery {
            message_id: "error-staff-invalid-filter",
            field: "format",
        });
    }
    let total = state.storage.count_applications(&filters.filter).await?;
    state
        .storage
        .audit(
            Some(staff.member.id),
            "export",
            None,
            &format!("{format}: {} ({total} applications)", filters.describe()),
        )
        .await?;
    let disposition = HeaderValue::from_str(&format!(
        "attachment; filename=\"husly-{}.{format}\"",
        Utc::now().format("%Y-%m-%d")
    ))
    .unwrap_or(HeaderValue::from_static("attachment"));
    let chunks = chunks(state.clone(), filters.filter);
    let (content_type, body) = if format == "csv" {
        (
            "text/csv; charset=utf-8",
            Body::from_stream(csv(state, chunks)),
        )
    } else {
        ("application/json", Body::from_stream(json(state, chunks)))
    };
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

type Rows = Vec<(String, StoredApplication)>;

/// Every application `filter` covers, newest first, `CHUNK` at a time.
fn chunks(state: AppState, filter: Filter) -> impl Stream<Item = Result<Rows, ApiError>> {
    stream::try_unfold(
        (state, filter, None::<Cursor>, false),
        |(state, filter, after, done)| async move {
            if done {
                return Ok(None);
            }
            let rows = state
                .storage
                .applications_page(&filter, after.as_ref(), CHUNK)
                .await?;
            if rows.is_empty() {
                return Ok(None);
            }
            let done = (rows.len() as i64) < CHUNK;
            let after = rows.last().map(|(reference, a)| Cursor {
                received_at: a.created_at,
                reference: reference.clone(),
            });
            Ok(Some((rows, (state, filter, after, done))))
        },
    )
    .inspect_err(|e| tracing::error!(error = %e, "the export stopped"))
}

fn json(
    state: AppState,
    chunks: impl Stream<Item = Result<Rows, ApiError>>,
) -> impl Stream<Item = Result<Vec<u8>, ApiError>> {
    let mut first = true;
    let items = chunks.map(move |rows| {
        let mut out = Vec::new();
        for (reference, stored) in rows? {
            out.extend_from_slice(if first { b"\n" } else { b",\n" });
            first = false;
            let item = serde_json::json!({
                "reference": reference,
                "received_at": stored.created_at,
                "status": stored.status,
                "municipality": stored.municipality,
                "application": opened(&state, &stored)?,
                "recomputed_estimate": stored.recomputed_estimate,
                "estimate_differs": stored.estimate_differs,
            });
            serde_json::to_writer(&mut out, &item).map_err(|e| ApiError::Internal(e.into()))?;
        }
        Ok(out)
    });
    stream::once(async { Ok(b"[".to_vec()) })
        .chain(items)
        .chain(stream::once(async { Ok(b"\n]\n".to_vec()) }))
}

fn csv(
    state: AppState,
    chunks: impl Stream<Item = Result<Rows, ApiError>>,
) -> impl Stream<Item = Result<Vec<u8>, ApiError>> {
    // A byte order mark first, so a spreadsheet on Windows reads the file as UTF-8 (æ, ø, å and
    // every script a name may be written in) instead of guessing a legacy code page.
    let header = records(vec![COLUMNS.iter().map(|id| norwegian(id)).collect()]).map(|line| {
        let mut with_bom = "\u{FEFF}".as_bytes().to_vec();
        with_bom.extend(line);
        with_bom
    });
    let rows = chunks.map(move |rows| {
        let mut lines = Vec::new();
        for (reference, stored) in rows? {
            lines.push(record(&reference, &stored, &opened(&state, &stored)?));
        }
        records(lines)
    });
    stream::once(async move { header }).chain(rows)
}

/// CSV lines, each cell safe from spreadsheets' formulas.
pub(super) fn records(lines: Vec<Vec<String>>) -> Result<Vec<u8>, ApiError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for line in lines {
        writer
            .write_record(line.iter().map(|v| cell(v)))
            .map_err(|e| ApiError::Internal(e.into()))?;
    }
    writer
        .into_inner()
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))
}

/// One application's CSV line.
fn record(reference: &str, stored: &StoredApplication, a: &serde_json::Value) -> Vec<String> {
    vec![
        reference.to_string(),
        // To the minute, with its time zone: a spreadsheet reads it, a person too.
        stored.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        norwegian(&format!(
            "staff-status-{}",
            stored.status.as_str().replace('_', "-")
        )),
        stored.municipality.clone(),
        text(&a["person"]["name"]),
        text(&a["person"]["national_id"]),
        text(&a["person"]["phone"]),
        text(&a["person"]["email"]),
        text(&a["person"]["preferred_language"]),
        yes_no(&a["person"]["needs_interpreter"]),
        yes_no(&a["on_behalf"]),
        help(&a["help_wanted"]),
        text(&a["household"]["adults"]),
        children(&a["household"]["children_ages"]),
        incomes(&a["income"]),
        text(&a["income"]["net_wealth"]),
        text(&a["housing"]["kind"]),
        text(&a["housing"]["monthly_cost"]),
        text(&a["own_words"]),
    ]
}

/// A CSV cell that a spreadsheet will not run as a formula (OWASP: CSV injection).
fn cell(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    }
}

/// "Ja" or "Nei" for a yes-or-no answer; empty when it was not given.
fn yes_no(value: &serde_json::Value) -> String {
    match value.as_bool() {
        Some(true) => norwegian("staff-csv-yes"),
        Some(false) => norwegian("staff-csv-no"),
        None => String::new(),
    }
}

/// The kinds of help wanted, by their Norwegian names ("Startlån; Bostøtte").
fn help(value: &serde_json::Value) -> String {
    match serde_json::from_value::<Vec<rules::needs::HelpKind>>(value.clone()) {
        Ok(kinds) => kinds
            .iter()
            .map(|k| norwegian(k.message_id()))
            .collect::<Vec<_>>()
            .join("; "),
        Err(_) => text(value),
    }
}

fn text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        serde_json::Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// The children as the resident gave them: how many in each age band ("0–5 år: 2; 11–17 år: 1").
/// The app sends one representative age per child of a band, so single ages would mislead.
fn children(value: &serde_json::Value) -> String {
    let Ok(ages) = serde_json::from_value::<Vec<u8>>(value.clone()) else {
        return text(value);
    };
    rules::household::CHILD_AGE_BANDS
        .iter()
        .filter_map(|&(lo, hi)| {
            let n = ages.iter().filter(|a| (lo..=hi).contains(*a)).count();
            (n > 0).then(|| format!("{}: {n}", norwegian(&format!("staff-csv-band-{lo}-{hi}"))))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Each adult's income as "amount period basis source", "; " between persons; the income of an
/// application sent before incomes were asked per person reads as one person's.
fn incomes(value: &serde_json::Value) -> String {
    let Ok(income) = serde_json::from_value::<rules::household::Income>(value.clone()) else {
        return text(value);
    };
    income
        .persons
        .iter()
        .map(|p| {
            let word = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
            format!(
                "{} {} {} {}",
                p.amount,
                word(serde_json::json!(p.period)),
                word(serde_json::json!(p.basis)),
                word(serde_json::json!(p.source)),
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_and_band_has_its_norwegian_name_in_staff_ftl() {
        for id in COLUMNS {
            assert_ne!(norwegian(id), id, "{id} missing in locales/nb/staff.ftl");
        }
        assert_eq!(norwegian("staff-csv-reference"), "Referanse");
        assert_eq!(
            children(&serde_json::json!([3, 3, 14])),
            "0–5 år: 2; 11–17 år: 1"
        );
        assert_eq!(children(&serde_json::json!([])), "");
        for status in rules::wire::ApplicationStatus::ALL {
            let id = format!("staff-status-{}", status.as_str().replace('_', "-"));
            assert_ne!(norwegian(&id), id);
        }
        assert_eq!(
            help(&serde_json::json!(["startlan", "bostotte"])),
            "Startlån; Bostøtte"
        );
        for kind in rules::needs::HelpKind::ALL {
            assert_ne!(norwegian(kind.message_id()), kind.message_id());
        }
        assert_eq!(yes_no(&serde_json::json!(true)), "Ja");
        assert_eq!(yes_no(&serde_json::json!(false)), "Nei");
    }
}
