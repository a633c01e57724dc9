//! Each fault is found and named by its field. The base is the repository's national default,
//! which must itself pass; each test breaks one thing and expects that one fault only.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::profile::{
    Certainty, DeleieTerms, MunicipalityProfile, OpeningHours, ProfileError, Sourced, Weekday,
};

fn valid() -> MunicipalityProfile {
    let profile: MunicipalityProfile =
        toml::from_str(include_str!("../../../../municipalities/national.toml"))
            .expect("national.toml parses");
    assert_eq!(profile.check(), Vec::new(), "the base profile is valid");
    profile
}

fn sourced<T>(value: T) -> Sourced<T> {
    Sourced {
        value,
        source: "a test".into(),
        status: Certainty::Assumed,
    }
}

fn deleie(minimum_share: Decimal) -> DeleieTerms {
    DeleieTerms {
        minimum_share: sourced(minimum_share),
        compensation_rate: sourced(Decimal::new(464, 4)),
    }
}

/// The profile's only fault is in `field`, in the edition from `edition`; returns it.
fn only_fault(
    profile: &MunicipalityProfile,
    field: &str,
    edition: Option<NaiveDate>,
) -> ProfileError {
    let faults = profile.check();
    assert_eq!(
        faults.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(),
        [field],
        "{faults:?}"
    );
    assert_eq!(faults[0].edition, edition, "{faults:?}");
    faults[0].clone()
}

fn first_day(profile: &MunicipalityProfile) -> Option<NaiveDate> {
    Some(profile.editions[0].from)
}

#[test]
fn a_value_without_a_source() {
    let mut p = valid();
    p.editions[0].rental_home.min_age.source = "  ".into();
    let fault = only_fault(&p, "rental_home.min_age", first_day(&p));
    assert!(fault.problem.contains("no source"), "{fault}");
}

#[test]
fn a_margin_and_a_whole_rate_both_given() {
    let mut p = valid();
    p.editions[0].startlan.interest_margin = Some(sourced(Decimal::new(25, 4)));
    p.editions[0].startlan.interest_rate = Some(sourced(Decimal::new(5, 2)));
    only_fault(&p, "startlan.interest_rate", first_day(&p));
}

#[test]
fn editions_out_of_order() {
    let mut p = valid();
    let mut earlier = p.editions[0].clone();
    earlier.from = p.editions[0].from - Days::new(1);
    p.editions.push(earlier.clone());
    only_fault(&p, "from", Some(earlier.from));
}

#[test]
fn an_edition_that_ends_after_the_next_begins() {
    let mut p = valid();
    let mut next = p.editions[0].clone();
    next.from = p.editions[0].from + Days::new(365);
    p.editions[0].until = Some(next.from);
    p.editions.push(next);
    only_fault(&p, "until", first_day(&p));
    // The day before the next edition is fine.
    p.editions[0].until = p.editions[1].from.pred_opt();
    assert_eq!(p.check(), Vec::new());
}

#[test]
fn an_unknown_municipality_number() {
    let mut p = valid();
    p.municipality = "9999".into();
    only_fault(&p, "municipality", None);
    // Rælingen's number before 2024 is no longer in force on the edition's dates.
    p.municipality = "3027".into();
    p.editions[0].from = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    only_fault(&p, "municipality", None);
    p.municipality = "3224".into();
    assert_eq!(p.check(), Vec::new());
}

#[test]
fn a_phone_number_with_letters() {
    let mut p = valid();
    p.editions[0].contact.phone = Some(sourced("55 55 33 3X".into()));
    only_fault(&p, "contact.phone", first_day(&p));
}

#[test]
fn a_web_address_that_is_not_https() {
    let mut p = valid();
    p.editions[0].contact.web = Some(sourced("http://www.nav.no".into()));
    only_fault(&p, "contact.web", first_day(&p));
}

#[test]
fn deleie_offered_without_startlan() {
    let mut p = valid();
    p.editions[0].offers.deleie = Some(deleie(Decimal::new(5, 1)));
    assert_eq!(p.check(), Vec::new(), "deleie beside startlån is fine");
    p.editions[0].offers.startlan.value = false;
    only_fault(&p, "offers.startlan", first_day(&p));
}

#[test]
fn a_share_above_the_whole() {
    let mut p = valid();
    p.editions[0].offers.deleie = Some(deleie(Decimal::new(12, 1)));
    let fault = only_fault(&p, "offers.deleie.minimum_share", first_day(&p));
    assert!(fault.problem.contains("1.2"), "{fault}");
}

#[test]
fn opening_hours_that_close_before_they_open() {
    let mut p = valid();
    let hours = |opens: &str, closes: &str| OpeningHours {
        first_day: Weekday::Monday,
        last_day: Weekday::Friday,
        opens: opens.into(),
        closes: closes.into(),
    };
    p.editions[0].contact.opening_hours = Some(sourced(vec![hours("09:00", "15:00")]));
    assert_eq!(p.check(), Vec::new(), "09:00-15:00 is fine");
    p.editions[0].contact.opening_hours = Some(sourced(vec![hours("15:00", "09:00")]));
    only_fault(&p, "contact.opening_hours", first_day(&p));
}
