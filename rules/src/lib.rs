//! Husly's benefit rules: the needs check, bostøtte, startlån and tax.
//!
//! Pure: no I/O, no UI, no clock (the date is always an input). It compiles to native code for
//! the server and the `estimate` tool, and to WebAssembly for the app, so estimates work offline
//! and nothing personal leaves the phone before the user submits. Every figure comes from a dated
//! parameter file with its source (`parameters/`), and every result carries its explanation.
//!
//! Start with [`estimate::estimate`]; see README.md for the input and output.

pub mod application;
pub mod bostotte;
pub mod decision;
pub mod documents;
mod error;
pub mod estimate;
pub mod explanation;
pub mod household;
pub mod interview;
pub mod iso_date;
pub mod municipality;
pub mod needs;
pub mod overview;
pub mod parameters;
pub mod profile;
pub mod rent_or_buy;
pub mod screening;
pub mod startlan;
pub mod tax;
pub mod wire;

use chrono::NaiveDate;
pub use error::RulesError;
pub use estimate::{EstimateInput, EstimateResult, estimate, estimate_in};

/// The date the bundled parameter set is valid from: the newest edition date in any parameter file.
pub fn parameters_valid_from() -> NaiveDate {
    parameters::ALL
        .iter()
        .flat_map(|node| node.editions.iter().map(|e| e.from))
        .max()
        .unwrap_or(NaiveDate::MIN)
}
