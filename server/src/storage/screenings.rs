//! The startlån screening runs of a municipality's tenants (issue 19): a run kept whole with its
//! audit line in one transaction, the runs listed, one read (with the run before it, for the
//! yearly comparison), and a run deleted with its audit line.

use chrono::{DateTime, Utc};
use rules::screening::{RunLine, ScreenedHousehold};
use sqlx::types::Json;

use super::{Storage, on_both, staff::audit_on};

/// A run's line as the table keeps it.
type LineRow = (i64, DateTime<Utc>, i64, i64, i64, i64);

fn line_of(row: LineRow) -> RunLine {
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    RunLine {
        id: row.0,
        run_on: row.1.date_naive(),
        households: count(row.2),
        could_buy: count(row.3),
        carries_a_loan: count(row.4),
        not_now: count(row.5),
    }
}

const LINE: &str = "id, run_at, household_count, could_buy, carries_a_loan, not_now";

impl Storage {
    /// Keeps the run of `municipality` made by `staff_id` now, with its audit line; its line.
    pub async fn keep_screening(
        &self,
        municipality: &str,
        staff_id: i64,
        households: &[ScreenedHousehold],
    ) -> Result<RunLine, sqlx::Error> {
        let now = Utc::now();
        let line = RunLine::of(0, now.date_naive(), households);
        let n = |count: u32| i64::from(count);
        super::staff::in_transaction!(self, |conn| {
            let (id,): (i64,) = on_both!(
                conn: &mut conn,
                sqlx::query_as::<_, (i64,)>,
                "INSERT INTO screenings (municipality, run_at, staff_id, household_count, \
                 could_buy, carries_a_loan, not_now, households) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                fetch_one,
                |q| q
                    .bind(municipality)
                    .bind(now)
                    .bind(staff_id)
                    .bind(n(line.households))
                    .bind(n(line.could_buy))
                    .bind(n(line.carries_a_loan))
                    .bind(n(line.not_now))
                    .bind(Json(households))
            )?;
            audit_on(
                &mut conn,
                now,
                Some(staff_id),
                "screening",
                &format!("screening-{id}"),
                &format!("{municipality}, {} households", line.households),
            )
            .await?;
            RunLine { id, ..line }
        })
    }

    /// The runs of `municipality`, newest first.
    pub async fn screenings(&self, municipality: &str) -> Result<Vec<RunLine>, sqlx::Error> {
        let sql = format!("SELECT {LINE} FROM screenings WHERE municipality = ? ORDER BY id DESC");
        let rows: Vec<LineRow> =
            on_both!(self, sqlx::query_as::<_, LineRow>, &sql, fetch_all, |q| q
                .bind(municipality))?;
        Ok(rows.into_iter().map(line_of).collect())
    }

    /// Run `id` of `municipality` (none of another's), and the run of the same municipality
    /// before it, each with its households.
    pub async fn screening(
        &self,
        municipality: &str,
        id: i64,
    ) -> Result<Option<(Run, Option<Run>)>, sqlx::Error> {
        let Some(run) = self.run(municipality, "id = ?", id).await? else {
            return Ok(None);
        };
        Ok(Some((run, self.screening_before(municipality, id).await?)))
    }

    /// The run of `municipality` made before run `id`, with its households: what `id` is
    /// compared with.
    pub async fn screening_before(
        &self,
        municipality: &str,
        id: i64,
    ) -> Result<Option<Run>, sqlx::Error> {
        self.run(municipality, "id < ?", id).await
    }

    /// The latest run of `municipality` whose id meets `condition` on `id`.
    async fn run(
        &self,
        municipality: &str,
        condition: &str,
        id: i64,
    ) -> Result<Option<Run>, sqlx::Error> {
        type Row = (
            i64,
            DateTime<Utc>,
            i64,
            i64,
            i64,
            i64,
            Json<Vec<ScreenedHousehold>>,
        );
        let sql = format!(
            "SELECT {LINE}, households FROM screenings WHERE municipality = ? AND {condition} \
             ORDER BY id DESC LIMIT 1"
        );
        let row: Option<Row> =
            on_both!(self, sqlx::query_as::<_, Row>, &sql, fetch_optional, |q| q
                .bind(municipality)
                .bind(id))?;
        Ok(row.map(|r| Run {
            line: line_of((r.0, r.1, r.2, r.3, r.4, r.5)),
            households: r.6.0,
        }))
    }

    /// Deletes run `id` of `municipality` with its audit line; false if there is none.
    pub async fn delete_screening(
        &self,
        municipality: &str,
        id: i64,
        staff_id: i64,
    ) -> Result<bool, sqlx::Error> {
        let now = Utc::now();
        super::staff::in_transaction!(self, |conn| {
            let deleted = on_both!(
                conn: &mut conn,
                sqlx::query,
                "DELETE FROM screenings WHERE id = ? AND municipality = ?",
                execute,
                |q| q.bind(id).bind(municipality)
            )?;
            if deleted == 0 {
                return Ok(false);
            }
            audit_on(
                &mut conn,
                now,
                Some(staff_id),
                "screening-delete",
                &format!("screening-{id}"),
                municipality,
            )
            .await?;
            true
        })
    }
}

/// A run with its households.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub line: RunLine,
    pub households: Vec<ScreenedHousehold>,
}
