//! What the municipality's overview (`routes/staff/overview.rs`) reads: every decision on its
//! applications, by reference. The applications themselves are read a page at a time through
//! `listing`.

use std::collections::HashMap;

use rules::decision::Decision;

use super::{Storage, on_both};

impl Storage {
    /// Every decision on an application to `municipality`, by the application's reference.
    pub async fn decisions_in(
        &self,
        municipality: &str,
    ) -> Result<HashMap<String, Decision>, sqlx::Error> {
        type Row = (String, sqlx::types::Json<serde_json::Value>);
        let rows: Vec<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT d.reference, d.body FROM decisions d \
             JOIN applications a ON a.reference = d.reference WHERE a.municipality = ?",
            fetch_all,
            |q| q.bind(municipality)
        )?;
        rows.into_iter()
            .map(|(reference, body)| {
                let decision: Decision = serde_json::from_value(body.0).map_err(|e| {
                    sqlx::Error::Decode(format!("a stored decision does not read: {e}").into())
                })?;
                Ok((reference, decision))
            })
            .collect()
    }
}
