//! A made-up municipality's profile for unit tests (`tests/fixtures/profile.json`), changed a
//! field at a time.

use serde_json::{Value, json};

use super::{InForce, MunicipalityProfile};

/// The fixture, changed by `change` (its edition is `json["edition"][0]`).
pub(crate) fn profile(change: impl FnOnce(&mut Value)) -> MunicipalityProfile {
    let mut value: Value =
        serde_json::from_str(include_str!("../../tests/fixtures/profile.json")).expect("fixture");
    change(&mut value);
    serde_json::from_value(value).expect("a profile")
}

/// A value with a source, as a profile holds it.
pub(crate) fn sourced(value: Value) -> Value {
    json!({ "value": value, "source": "Test fixture", "status": "assumed" })
}

/// The fixture's only edition, in force.
pub(crate) fn in_force(profile: &MunicipalityProfile) -> InForce<'_> {
    InForce {
        profile,
        edition: &profile.editions[0],
    }
}
