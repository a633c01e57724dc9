//! One full estimate (needs check, tax, bostøtte, startlån with a purchase) for a typical household:
//! what the app recomputes on every keystroke. `cargo bench -p husly-rules`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{Criterion, black_box};

    const HOUSEHOLD: &str = r#"{
        "date": "2026-11-22", "municipality": "3105",
        "household": { "adults": 2, "couple": true, "children_ages": [4, 12] },
        "income": { "amount": "420000" },
        "housing": { "kind": "rented", "monthly_cost": "11000" },
        "startlan": { "maintenance_monthly": "2500", "home_price": "3200000", "own_funds": "50000" },
        "needs": { "sleeping_tonight": "own_home", "risks": ["lease_ending"], "wants_to_own": true }
    }"#;

    pub fn full_estimate(c: &mut Criterion) {
        let input: rules::EstimateInput = serde_json::from_str(HOUSEHOLD).expect("valid input");
        c.bench_function("full estimate (needs, tax, bostøtte, startlån)", |b| {
            b.iter(|| rules::estimate(black_box(&input)).expect("estimates"))
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::full_estimate);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
