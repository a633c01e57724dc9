//! The needs check's answers, for [`super::estimate_input`].

use arbitrary::{Result, Unstructured};
use serde_json::{Map, Value, json};

use super::{optional, pick, small};

fn some_of(u: &mut Unstructured, names: &[&str]) -> Result<Value> {
    let mut chosen = Vec::new();
    for name in names {
        if u.ratio(1u8, 3u8)? {
            chosen.push(json!(name));
        }
    }
    Ok(Value::Array(chosen))
}

pub fn needs(u: &mut Unstructured) -> Result<Value> {
    const PLACES: &[&str] = &[
        "own_home",
        "owns",
        "rents_municipal",
        "rents_private",
        "sublets",
        "lodging",
        "with_friends_or_family",
        "with_family",
        "with_friends",
        "temporary_accommodation",
        "reception_centre",
        "institution",
        "nowhere",
    ];
    let mut n = Map::new();
    n.insert("sleeping_tonight".into(), pick(u, PLACES)?);
    for key in [
        "leaving_institution_within_months",
        "lease_ends_within_months",
        "age",
        "years_in_municipality",
    ] {
        if let Some(v) = optional(u, |u| small(u, 130))? {
            n.insert(key.into(), v);
        }
    }
    n.insert(
        "risks".into(),
        some_of(
            u,
            &[
                "eviction",
                "rent_arrears",
                "forced_sale",
                "lease_ending",
                "violence_or_threats",
            ],
        )?,
    );
    n.insert(
        "home_problems".into(),
        some_of(
            u,
            &[
                "too_small",
                "not_accessible",
                "poor_condition",
                "unsafe_neighbourhood",
                "too_expensive",
            ],
        )?,
    );
    n.insert(
        "circumstances".into(),
        some_of(
            u,
            &[
                "physical_health",
                "mental_health",
                "disability",
                "substance_use",
                "social",
            ],
        )?,
    );
    for key in ["has_residence_permit", "bank_loan_refused", "wants_to_own"] {
        n.insert(key.into(), json!(u.arbitrary::<bool>()?));
    }
    Ok(Value::Object(n))
}
