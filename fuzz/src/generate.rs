//! A structured `EstimateInput`, as JSON, from the fuzzer's bytes: every field the rules read,
//! mostly of the right shape, with amounts and dates drawn toward the edges (zero, the limits and
//! one past them, the largest decimal, 28 decimal places, the first and last dates chrono has).
//! Now and then a field gets a wrong shape, so the parser's refusals are met as well.

use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

mod needs;
pub use needs::needs;

/// The municipality numbers the rules know, old ones and divided ones included.
fn municipality_numbers() -> &'static [String] {
    static NUMBERS: OnceLock<Vec<String>> = OnceLock::new();
    NUMBERS.get_or_init(|| {
        [
            include_str!("../../rules/data/municipalities.csv"),
            include_str!("../../rules/data/municipalities-before-2020.csv"),
        ]
        .iter()
        .flat_map(|text| text.lines())
        .filter_map(|line| line.split(';').next())
        .filter(|n| n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_string)
        .collect()
    })
}

pub fn pick(u: &mut Unstructured, names: &[&str]) -> Result<Value> {
    Ok(json!(u.choose(names)?))
}

/// Mostly a chosen value; one time in 32 whatever JSON the bytes make instead.
fn or_junk(u: &mut Unstructured, value: Value) -> Result<Value> {
    if u.ratio(1u8, 32u8)? {
        junk(u)
    } else {
        Ok(value)
    }
}

fn junk(u: &mut Unstructured) -> Result<Value> {
    Ok(match u.int_in_range(0..=4u8)? {
        0 => Value::Null,
        1 => json!(u.arbitrary::<bool>()?),
        2 => json!(u.arbitrary::<i64>()?),
        3 => json!(u.arbitrary::<f64>()?),
        _ => json!(u.arbitrary::<String>()?),
    })
}

/// An amount in kroner as the app sends it (a string): mostly up to `typical`; one time in 32
/// an edge ([`odd_decimal`]).
pub fn amount(u: &mut Unstructured, typical: u64) -> Result<Value> {
    if u.ratio(1u8, 32u8)? {
        return odd_decimal(u);
    }
    let kroner = u.int_in_range(0..=typical)?;
    Ok(if u.ratio(1u8, 4u8)? {
        json!(format!("{kroner}.{:02}", u.int_in_range(0..=99u8)?))
    } else {
        json!(kroner.to_string())
    })
}

/// A rate or share: mostly between 0 and `max_tenths` tenths, up to six places; one time in 32
/// an edge.
pub fn rate(u: &mut Unstructured, max_tenths: i64) -> Result<Value> {
    if u.ratio(1u8, 32u8)? {
        return odd_decimal(u);
    }
    let mantissa = u.int_in_range(0..=max_tenths * 100_000)?;
    Ok(json!(Decimal::new(mantissa, 6).normalize().to_string()))
}

/// Zero, the limits and one past them, the largest decimal, any of 96 bits with 0 to 28 places,
/// a rate with 28 places, a JSON number, or junk.
pub fn odd_decimal(u: &mut Unstructured) -> Result<Value> {
    const EDGES: &[&str] = &[
        "0",
        "-0",
        "1",
        "-1",
        "0.5",
        "0.0000000000000000000000000001",
        "-0.0000000000000000000000000001",
        "79228162514264337593543950335",
        "-79228162514264337593543950335",
        "7922816251426433759354395033.5",
        "1000000",
        "1000001",
        "8333333.33",
        "8333334",
        "20000000",
        "100000000",
        "100000001",
        "200000000",
        "1000000000",
        "1000000001",
        "0.3",
        "0.3000000000000000000000000001",
    ];
    let text = match u.int_in_range(0..=9u8)? {
        0..=3 => (*u.choose(EDGES)?).to_string(),
        4..=6 => {
            // Any decimal: 96 bits of mantissa, 0 to 28 places.
            let mantissa = u.arbitrary::<i128>()? % (1i128 << 96);
            let scale = u.int_in_range(0..=28u32)?;
            Decimal::try_from_i128_with_scale(mantissa, scale)
                .map_or_else(|_| "0".to_string(), |d| d.to_string())
        }
        7 => {
            // Between 0 and 1, with up to 28 places.
            let scale = u.int_in_range(0..=28u32)?;
            let mantissa = u.int_in_range(0..=10i128.pow(scale))?;
            Decimal::try_from_i128_with_scale(mantissa, scale)
                .map_or_else(|_| "0".to_string(), |d| d.to_string())
        }
        8 => return Ok(json!(u.arbitrary::<f64>()?)),
        _ => return junk(u),
    };
    Ok(json!(text))
}

pub(crate) fn optional(
    u: &mut Unstructured,
    make: impl FnOnce(&mut Unstructured) -> Result<Value>,
) -> Result<Option<Value>> {
    if u.arbitrary()? {
        Ok(Some(make(u)?))
    } else {
        Ok(None)
    }
}

/// A day for the estimate: mostly around the parameters' years, sometimes any day chrono has.
pub fn date(u: &mut Unstructured) -> Result<Value> {
    let days = match u.int_in_range(0..=31u8)? {
        0..=23 => u.int_in_range(739_617..=740_712i32)?, // 2026 to 2028
        24..=27 => u.int_in_range(737_425..=743_398i32)?, // 2020 to 2035
        28 => *u.choose(&[
            NaiveDate::MIN.num_days_from_ce(),
            NaiveDate::MAX.num_days_from_ce(),
            1,
            0,
        ])?,
        29 | 30 => u.arbitrary::<i32>()?,
        _ => return junk(u),
    };
    Ok(NaiveDate::from_num_days_from_ce_opt(days)
        .map_or_else(|| json!("2026-11-22"), |d| json!(d.to_string())))
}

use chrono::Datelike as _;

/// A day as `YYYY-MM-DD` (the form an application's estimate date must have): mostly in the
/// parameters' years, one time in 8 any day from year 0 to 9999.
pub fn iso_date(u: &mut Unstructured) -> Result<Value> {
    let date = if u.ratio(1u8, 8u8)? {
        NaiveDate::from_ymd_opt(
            u.int_in_range(0..=9999)?,
            u.int_in_range(1..=12)?,
            u.int_in_range(1..=31)?,
        )
    } else {
        NaiveDate::from_num_days_from_ce_opt(u.int_in_range(739_617..=740_712i32)?)
    };
    Ok(json!(date.map_or_else(
        || "2026-11-22".to_string(),
        |d| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    )))
}

pub(crate) fn small(u: &mut Unstructured, max: u32) -> Result<Value> {
    if u.ratio(1u8, 16u8)? {
        Ok(json!(u.arbitrary::<u32>()?))
    } else {
        Ok(json!(u.int_in_range(0..=max)?))
    }
}

fn household(u: &mut Unstructured) -> Result<(Value, u32)> {
    // Mostly a household the rules accept; now and then one at or past the limits.
    let (adults, children) = if u.ratio(1u8, 16u8)? {
        (u.int_in_range(0..=22u32)?, u.int_in_range(0..=22usize)?)
    } else {
        (u.int_in_range(1..=4u32)?, u.int_in_range(0..=6usize)?)
    };
    let adults = if u.ratio(1u8, 64u8)? {
        u.arbitrary()?
    } else {
        adults
    };
    let ages = (0..children)
        .map(|_| {
            Ok(if u.ratio(1u8, 64u8)? {
                u.arbitrary::<u8>()?
            } else {
                u.int_in_range(0..=17u8)?
            })
        })
        .collect::<Result<Vec<u8>>>()?;
    let mut h = Map::new();
    h.insert("adults".into(), json!(adults));
    h.insert("couple".into(), json!(u.arbitrary::<bool>()?));
    h.insert("children_ages".into(), json!(ages));
    if let Some(e) = optional(u, |u| {
        pick(
            u,
            &[
                "student_without_children",
                "national_service",
                "institution",
            ],
        )
    })? {
        h.insert("bostotte_exclusion".into(), e);
    }
    Ok((Value::Object(h), adults))
}

fn person_income(u: &mut Unstructured) -> Result<Value> {
    let mut p = Map::new();
    p.insert("amount".into(), amount(u, 1_000_000)?);
    p.insert("period".into(), pick(u, &["month", "year"])?);
    p.insert("basis".into(), pick(u, &["gross", "net"])?);
    p.insert(
        "source".into(),
        pick(u, &["wages", "pension", "uforetrygd", "benefit"])?,
    );
    if let Some(g) = optional(u, |u| {
        pick(u, &["single_old_age_pensioner", "young_disabled"])
    })? {
        p.insert("egenandel_group".into(), g);
    }
    Ok(Value::Object(p))
}

fn income(u: &mut Unstructured, adults: u32) -> Result<Value> {
    let mut i = Map::new();
    if u.ratio(1u8, 8u8)? {
        // The older single-amount form.
        i.insert("amount".into(), amount(u, 1_000_000)?);
        i.insert("period".into(), pick(u, &["month", "year"])?);
        i.insert("basis".into(), pick(u, &["gross", "net"])?);
    } else {
        let most = if u.ratio(1u8, 16u8)? {
            adults.saturating_add(1)
        } else {
            adults
        };
        let count = u.int_in_range(0..=most.min(22))?;
        let persons = (0..count)
            .map(|_| person_income(u))
            .collect::<Result<Vec<_>>>()?;
        i.insert("persons".into(), Value::Array(persons));
    }
    if u.arbitrary()? {
        i.insert("net_wealth".into(), amount(u, 5_000_000)?);
    }
    Ok(Value::Object(i))
}

fn debt(u: &mut Unstructured) -> Result<Value> {
    let mut d = Map::new();
    if let Some(m) = optional(u, |u| amount(u, 20_000))? {
        d.insert("monthly".into(), m);
    }
    if let Some(b) = optional(u, |u| amount(u, 2_000_000))? {
        d.insert("balance".into(), b);
    }
    Ok(Value::Object(d))
}

pub fn fixed_costs(u: &mut Unstructured) -> Result<Value> {
    Ok(json!({
        "consumer_debt": debt(u)?,
        "student_loan": debt(u)?,
        "car_loan": debt(u)?,
        "other_loans": debt(u)?,
        "childcare_monthly": amount(u, 10_000)?,
        "child_support_paid_monthly": amount(u, 10_000)?,
    }))
}

fn startlan(u: &mut Unstructured) -> Result<Value> {
    let mut s = Map::new();
    let put = |s: &mut Map<String, Value>, key: &str, v: Option<Value>| {
        if let Some(v) = v {
            s.insert(key.into(), v);
        }
    };
    put(
        &mut s,
        "living_costs_monthly",
        optional(u, |u| amount(u, 30_000))?,
    );
    put(&mut s, "fixed_costs", optional(u, fixed_costs)?);
    put(
        &mut s,
        "maintenance_monthly",
        optional(u, |u| amount(u, 10_000))?,
    );
    put(&mut s, "home_price", optional(u, |u| amount(u, 8_000_000))?);
    put(
        &mut s,
        "purchase_kind",
        optional(u, |u| pick(u, &["borettslag", "selveier"]))?,
    );
    put(
        &mut s,
        "purchase_costs",
        optional(u, |u| amount(u, 300_000))?,
    );
    put(&mut s, "own_funds", optional(u, |u| amount(u, 1_000_000))?);
    put(
        &mut s,
        "repayment",
        optional(u, |u| pick(u, &["annuity", "serial"]))?,
    );
    let long_term = json!({
        "income_permanently_low": u.arbitrary::<bool>()?,
        "home_suits_long_term": u.arbitrary::<bool>()?,
        "renting_unsuitable_or_dearer": u.arbitrary::<bool>()?,
        "shorter_term_not_sound": u.arbitrary::<bool>()?,
        "low_but_predictable_income": u.arbitrary::<bool>()?,
        "at_risk_of_losing_home": u.arbitrary::<bool>()?,
    });
    s.insert("long_term".into(), long_term);
    put(&mut s, "deleie_share", optional(u, |u| rate(u, 10))?);
    Ok(Value::Object(s))
}

/// A whole `EstimateInput` as JSON.
pub fn estimate_input(u: &mut Unstructured) -> Result<Value> {
    let municipality = match u.int_in_range(0..=15u8)? {
        0 => json!(format!("{:04}", u.int_in_range(0..=9999u16)?)),
        1 => junk(u)?,
        _ => json!(u.choose(municipality_numbers())?),
    };
    let (household, adults) = household(u)?;
    let housing = json!({
        "kind": pick(u, &["rented", "cooperative", "owned_house", "none"])?,
        "monthly_cost": amount(u, 30_000)?,
        "adapted_for_disability": u.arbitrary::<bool>()?,
    });
    let mut input = Map::new();
    input.insert("date".into(), date(u)?);
    input.insert("municipality".into(), municipality);
    input.insert("household".into(), or_junk(u, household)?);
    input.insert("income".into(), income(u, adults)?);
    input.insert("housing".into(), or_junk(u, housing)?);
    if let Some(s) = optional(u, startlan)? {
        input.insert("startlan".into(), s);
    }
    if let Some(n) = optional(u, needs)? {
        input.insert("needs".into(), n);
    }
    Ok(Value::Object(input))
}
