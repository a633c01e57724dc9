//! The staff inbox's and the export's reading of applications: any filter, newest first, one
//! page at a time after a cursor (keyset on received time and reference, so a page costs the
//! same however deep it is and nothing is skipped or repeated while new applications arrive),
//! and how many the filter covers in all.

use chrono::{DateTime, Utc};

use rules::wire::ApplicationStatus;

use super::{APPLICATION_COLUMNS, ApplicationRow, Storage, StoredApplication, on_both};

/// Which applications a list or an export covers.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub reference: Option<String>,
    pub municipality: Option<String>,
    pub created_by_staff: Option<i64>,
    pub status: Option<ApplicationStatus>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    /// A kind of help wanted, as its JSON name ("deposit_guarantee").
    pub help: Option<String>,
}

/// Where a page ends: the last application's received time and reference. The next page starts
/// after it (older, or as old with a smaller reference).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub received_at: DateTime<Utc>,
    pub reference: String,
}

impl Storage {
    /// "The application asks for this kind of help", in this database's JSON functions.
    fn help_condition(&self) -> &'static str {
        match self {
            Self::Sqlite(..) => {
                "(CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM \
                 json_each(payload, '$.help_wanted') AS h WHERE h.value = ?))"
            }
            Self::Postgres(_) => {
                "(CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM \
                 jsonb_array_elements_text(payload -> 'help_wanted') AS h(value) \
                 WHERE h.value = ?))"
            }
        }
    }

    /// The WHERE clause every listing shares. Each condition is "the parameter is NULL or the
    /// column matches", so one statement serves every combination of filters.
    fn filter_sql(&self) -> String {
        format!(
            "(CAST(? AS TEXT) IS NULL OR reference = ?) AND \
             (CAST(? AS TEXT) IS NULL OR municipality = ?) AND \
             (CAST(? AS BIGINT) IS NULL OR created_by_staff = ?) AND \
             (CAST(? AS TEXT) IS NULL OR status = ?) AND \
             (? IS NULL OR created_at >= ?) AND \
             (? IS NULL OR created_at < ?) AND {}",
            self.help_condition()
        )
    }

    /// One page of the applications `filter` covers, newest first: at most `limit`, after
    /// `after` (from the start without one).
    pub async fn applications_page(
        &self,
        filter: &Filter,
        after: Option<&Cursor>,
        limit: i64,
    ) -> Result<Vec<(String, StoredApplication)>, sqlx::Error> {
        let sql = format!(
            "SELECT {APPLICATION_COLUMNS} FROM applications WHERE {} AND \
             (? IS NULL OR created_at < ? OR (created_at = ? AND reference < ?)) \
             ORDER BY created_at DESC, reference DESC LIMIT ?",
            self.filter_sql()
        );
        let at = after.map(|c| c.received_at);
        let reference = after.map(|c| c.reference.as_str());
        let rows: Vec<ApplicationRow> = on_both!(
            self,
            sqlx::query_as::<_, ApplicationRow>,
            &sql,
            fetch_all,
            |q| bind_filter(q, filter)
                .bind(at)
                .bind(at)
                .bind(at)
                .bind(reference)
                .bind(limit)
        )?;
        rows.into_iter().map(ApplicationRow::into_parts).collect()
    }

    /// How many applications `filter` covers.
    pub async fn count_applications(&self, filter: &Filter) -> Result<i64, sqlx::Error> {
        let sql = format!(
            "SELECT COUNT(*) FROM applications WHERE {}",
            self.filter_sql()
        );
        let (count,): (i64,) = on_both!(self, sqlx::query_as::<_, (i64,)>, &sql, fetch_one, |q| {
            bind_filter(q, filter)
        })?;
        Ok(count)
    }
}

/// Binds `filter`'s values in the order of `filter_sql`'s placeholders.
fn bind_filter<'q, DB, O>(
    q: sqlx::query::QueryAs<'q, DB, O, <DB as sqlx::Database>::Arguments<'q>>,
    filter: &'q Filter,
) -> sqlx::query::QueryAs<'q, DB, O, <DB as sqlx::Database>::Arguments<'q>>
where
    DB: sqlx::Database,
    Option<&'q str>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<DateTime<Utc>>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    q.bind(filter.reference.as_deref())
        .bind(filter.reference.as_deref())
        .bind(filter.municipality.as_deref())
        .bind(filter.municipality.as_deref())
        .bind(filter.created_by_staff)
        .bind(filter.created_by_staff)
        .bind(filter.status.map(ApplicationStatus::as_str))
        .bind(filter.status.map(ApplicationStatus::as_str))
        .bind(filter.from)
        .bind(filter.from)
        .bind(filter.to)
        .bind(filter.to)
        .bind(filter.help.as_deref())
        .bind(filter.help.as_deref())
}
