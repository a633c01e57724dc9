//! A structured application, as JSON, from the fuzzer's bytes: the estimate's household, income
//! and housing from [`crate::generate`], and a person whose national id, phone and e-mail are
//! mostly well formed (a valid fødselsnummer or D-nummer is made, not guessed), with texts at
//! and past the length limit and control characters now and then.

use arbitrary::{Result, Unstructured};
use serde_json::{Map, Value, json};

use crate::generate::{amount, estimate_input, fixed_costs, iso_date, pick};

/// A fødselsnummer or D-nummer (a D-nummer adds 4 to the first digit) with both control digits
/// right; one time in 16 one with a wrong control digit, one time in 16 any text.
fn national_id(u: &mut Unstructured) -> Result<Value> {
    if u.ratio(1u8, 16u8)? {
        return text(u);
    }
    let day = u.int_in_range(1..=28u32)? + if u.ratio(1u8, 4u8)? { 40 } else { 0 };
    let month = u.int_in_range(1..=12u32)?;
    let start = u.int_in_range(0..=99_000u32)?; // two year digits and three individual digits
    let wrong = u.ratio(1u8, 16u8)?;
    // About one number in six has a control digit of 10, which no real number has: the next
    // individual number is taken instead.
    let id = (start..start + 100)
        .filter_map(|rest| with_control_digits(&format!("{day:02}{month:02}{rest:05}")))
        .next()
        .unwrap_or_else(|| "15038500047".to_string());
    Ok(json!(if wrong {
        format!("{}{}", &id[..10], (id.as_bytes()[10] - b'0' + 1) % 10)
    } else {
        id
    }))
}

/// The nine digits with their two control digits (weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3
/// 2, mod 11), or `None` when one would be 10.
fn with_control_digits(nine: &str) -> Option<String> {
    let mut digits: Vec<u32> = nine.chars().filter_map(|c| c.to_digit(10)).collect();
    for weights in [
        &[3, 7, 6, 1, 8, 9, 4, 5, 2][..],
        &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2][..],
    ] {
        let sum: u32 = weights.iter().zip(&digits).map(|(w, d)| w * d).sum();
        digits.push(match 11 - sum % 11 {
            11 => 0,
            10 => return None,
            k => k,
        });
    }
    Some(digits.iter().map(u32::to_string).collect())
}

/// Mostly an ordinary text; now and then an empty one, any string, one at or one past the 5 000
/// characters allowed, or one with a control character.
fn text(u: &mut Unstructured) -> Result<Value> {
    const ORDINARY: &[&str] = &[
        "Olena Kovalenko",
        "Kari Nordmann",
        "Ánne Márjá Sara",
        "محمد علي",
        "Leiekontrakten går ut i mars.\nBarna går på skole her.",
    ];
    Ok(json!(match u.int_in_range(0..=63u8)? {
        0..=55 => (*u.choose(ORDINARY)?).to_string(),
        56 => String::new(),
        57 => " \t ".to_string(),
        58..=59 => u.arbitrary::<String>()?,
        60 => "ø".repeat(rules::application::MAX_TEXT),
        61 => "x".repeat(rules::application::MAX_TEXT + 1),
        _ => format!("a{}b", char::from(u.int_in_range(0..=31u8)?)),
    }))
}

/// Mostly one of the `good` values; one time in 8 one of the `bad`, one time in 16 any text.
fn good_bad_or_text(u: &mut Unstructured, good: &[&str], bad: &[&str]) -> Result<Value> {
    if u.ratio(1u8, 16u8)? {
        text(u)
    } else if u.ratio(1u8, 8u8)? {
        pick(u, bad)
    } else {
        pick(u, good)
    }
}

fn person(u: &mut Unstructured) -> Result<Value> {
    let mut p = Map::new();
    p.insert("name".into(), text(u)?);
    p.insert("national_id".into(), national_id(u)?);
    let phone = good_bad_or_text(
        u,
        &[
            "+47 900 00 000",
            "91234567",
            "(+46) 70 123 45 67",
            "0047-91234567",
            "",
        ],
        &["900 00", "912 34 567 ext 2", "1234567890123456"],
    )?;
    let email = good_bad_or_text(
        u,
        &[
            "kari@example.no",
            "o.k+husly@post.example.com",
            " k@e.no ",
            "",
        ],
        &["olena@", "a@b@c.no", "kari@example.", "kari@exa mple.no"],
    )?;
    if phone == json!("") && email == json!("") && !u.ratio(1u8, 8u8)? {
        p.insert("phone".into(), json!("91234567"));
    } else {
        p.insert("phone".into(), phone);
    }
    p.insert("email".into(), email);
    let language = good_bad_or_text(
        u,
        &[
            "nb", "nn", "uk", "ar", "so", "ti", "en", "se", "pl", "fa-AF",
        ],
        &["", "a-very-long-language-tag", "nb_NO", "ру"],
    )?;
    p.insert("preferred_language".into(), language);
    p.insert("needs_interpreter".into(), json!(u.arbitrary::<bool>()?));
    Ok(Value::Object(p))
}

fn summary(u: &mut Unstructured) -> Result<Value> {
    let mut s = Map::new();
    s.insert("date".into(), iso_date(u)?);
    s.insert("bostotte_monthly".into(), amount(u, 20_000)?);
    s.insert("startlan_max_loan".into(), amount(u, 5_000_000)?);
    if u.arbitrary()? {
        s.insert("vanskeligstilt".into(), pick(u, &["yes", "maybe", "no"])?);
    }
    if u.arbitrary()? {
        s.insert("urgency".into(), pick(u, &["emergency", "high", "normal"])?);
    }
    Ok(Value::Object(s))
}

/// A whole application as JSON.
pub fn application(u: &mut Unstructured) -> Result<Value> {
    const HELP: &[&str] = &[
        "temporary_accommodation",
        "municipal_rental_home",
        "housing_first",
        "deposit_guarantee",
        "economic_advice",
        "follow_up_at_home",
        "bostotte",
        "startlan",
        "tilskudd_til_etablering",
        "adapted_home",
        "advice_and_guidance",
    ];
    let Value::Object(mut a) = estimate_input(u)? else {
        return Ok(Value::Null);
    };
    a.remove("date");
    a.remove("startlan");
    a.insert("person".into(), person(u)?);
    if u.arbitrary()? {
        a.insert("fixed_costs".into(), fixed_costs(u)?);
    }
    let help: Vec<Value> = HELP
        .iter()
        .filter_map(|kind| match u.ratio(1u8, 4u8) {
            Ok(true) => Some(json!(kind)),
            _ => None,
        })
        .collect();
    a.insert("help_wanted".into(), Value::Array(help));
    a.insert("own_words".into(), text(u)?);
    a.insert("consent".into(), json!(!u.ratio(1u8, 16u8)?));
    a.insert("on_behalf".into(), json!(u.arbitrary::<bool>()?));
    if u.arbitrary()? {
        a.insert("estimate".into(), summary(u)?);
    }
    Ok(Value::Object(a))
}
