//! The needs check with a municipality's profile: each criterion met, not met and unknown, the
//! questions asked, the offers, the routing and the national default.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::*;
use crate::{
    explanation::Arg,
    profile::{
        MunicipalityProfile,
        fixture::{in_force, profile, sourced},
    },
};

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

/// Staying with friends, 30, a residence permit and 5 years in the municipality: meets the
/// fixture's criteria (3 years, 18, a permit).
fn answers() -> NeedsAnswers {
    NeedsAnswers {
        sleeping_tonight: SleepingPlace::WithFriends,
        age: Some(30),
        years_in_municipality: Some(5),
        has_residence_permit: Some(true),
        ..NeedsAnswers::nowhere_tonight()
    }
}

fn run(answers: &NeedsAnswers, p: &MunicipalityProfile) -> NeedsResult {
    assess(answers, EconomyHints::default(), Some(in_force(p)), date()).expect("assesses")
}

fn check_of(result: &NeedsResult, criterion: Criterion) -> &CriterionCheck {
    result
        .criteria
        .iter()
        .find(|c| c.criterion == criterion)
        .unwrap_or_else(|| panic!("{criterion:?} checked: {:?}", result.criteria))
}

fn rental_home_why(result: &NeedsResult) -> &str {
    let help = result
        .help
        .iter()
        .find(|h| h.kind == HelpKind::MunicipalRentalHome);
    help.expect("a rental home suggested").why[0].as_ref()
}

fn arg<'a>(step: &'a Step, name: &str) -> Option<&'a Arg> {
    step.args.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

#[test]
fn years_in_the_municipality_met_not_met_and_unknown_with_the_figure_and_its_source() {
    let p = profile(|_| {});
    for (years, outcome, id, why) in [
        (
            Some(3),
            Outcome::Met,
            "criterion-residence-years-met",
            "why-rental-home-criteria-met",
        ),
        (
            Some(2),
            Outcome::NotMet,
            "criterion-residence-years-not-met",
            "why-rental-home-criterion-not-met",
        ),
        (
            None,
            Outcome::Unknown,
            "criterion-residence-years-unknown",
            "why-rental-home-ask-municipality",
        ),
    ] {
        let result = run(
            &NeedsAnswers {
                years_in_municipality: years,
                ..answers()
            },
            &p,
        );
        let c = check_of(&result, Criterion::ResidenceYears);
        assert_eq!((c.outcome, c.step.message_id.as_ref()), (outcome, id));
        assert_eq!(arg(&c.step, "years"), Some(&Arg::Count(3)));
        assert_eq!(arg(&c.step, "answered"), years.map(Arg::Count).as_ref());
        assert_eq!(
            arg(&c.step, "municipality"),
            Some(&Arg::Text("Testkommune".into()))
        );
        let used = c.step.parameters[0].to_owned_use();
        assert_eq!(used.id, "profile.0301.rental_home.residence_years");
        assert_eq!(used.source, "Test fixture: not any municipality's figure");
        assert_eq!(rental_home_why(&result), why);
        assert!(
            result.explanation.steps.contains(&c.step),
            "the step is explained"
        );
    }
}

#[test]
fn a_residence_permit_is_checked_only_where_required() {
    let p = profile(|_| {});
    for (permit, outcome) in [
        (Some(true), Outcome::Met),
        (Some(false), Outcome::NotMet),
        (None, Outcome::Unknown),
    ] {
        let result = run(
            &NeedsAnswers {
                has_residence_permit: permit,
                ..answers()
            },
            &p,
        );
        assert_eq!(
            check_of(&result, Criterion::ResidencePermit).outcome,
            outcome
        );
    }
    let not_required = profile(|j| {
        j["edition"][0]["rental_home"]["residence_permit"] = sourced(json!(false));
    });
    let a = NeedsAnswers {
        has_residence_permit: None,
        ..answers()
    };
    let result = run(&a, &not_required);
    assert!(
        result
            .criteria
            .iter()
            .all(|c| c.criterion != Criterion::ResidencePermit)
    );
    assert!(
        !criteria_asked(&a, Some(&not_required.editions[0])).contains(&Criterion::ResidencePermit)
    );
    assert_eq!(rental_home_why(&result), "why-rental-home-criteria-met");
}

#[test]
fn the_lowest_age_and_the_exception_for_caring_for_children() {
    let with_exception = profile(|_| {});
    let without = profile(|j| {
        j["edition"][0]["rental_home"]["younger_with_children"] = sourced(json!(false));
    });
    for (p, age, children, outcome, id) in [
        (
            &with_exception,
            Some(18),
            None,
            Outcome::Met,
            "criterion-min-age-met",
        ),
        (
            &with_exception,
            Some(17),
            Some(true),
            Outcome::Met,
            "criterion-min-age-met-caring-for-children",
        ),
        (
            &with_exception,
            Some(17),
            Some(false),
            Outcome::NotMet,
            "criterion-min-age-not-met",
        ),
        (
            &with_exception,
            Some(17),
            None,
            Outcome::Unknown,
            "criterion-min-age-unknown-children",
        ),
        (
            &without,
            Some(17),
            Some(true),
            Outcome::NotMet,
            "criterion-min-age-not-met",
        ),
        (
            &with_exception,
            None,
            None,
            Outcome::Unknown,
            "criterion-min-age-unknown",
        ),
    ] {
        let a = NeedsAnswers {
            age,
            cares_for_children: children,
            ..answers()
        };
        let result = run(&a, p);
        let c = check_of(&result, Criterion::MinAge);
        assert_eq!(
            (c.outcome, c.step.message_id.as_ref()),
            (outcome, id),
            "{age:?} {children:?}"
        );
        assert_eq!(arg(&c.step, "age"), Some(&Arg::Count(18)));
    }
}

#[test]
fn a_lease_ending_counts_as_at_risk_only_within_the_municipality_s_months() {
    let p = profile(|_| {});
    for (months, outcome, at_risk) in [
        (Some(6), Outcome::Met, true),
        (Some(7), Outcome::NotMet, false),
        (None, Outcome::Unknown, true),
    ] {
        let a = NeedsAnswers {
            sleeping_tonight: SleepingPlace::RentsPrivate,
            risks: vec![Risk::LeaseEnding],
            lease_ends_within_months: months,
            ..answers()
        };
        let result = run(&a, &p);
        assert_eq!(check_of(&result, Criterion::LeaseEnding).outcome, outcome);
        assert_eq!(
            result
                .reasons
                .iter()
                .any(|r| r == "reason-at-risk-of-losing-home"),
            at_risk,
            "{months:?}"
        );
    }
}

#[test]
fn leaving_an_institution_counts_as_without_a_home_only_within_the_municipality_s_months() {
    let p = profile(|_| {});
    for (months, outcome, homeless) in [
        (Some(6), Outcome::Met, true),
        (Some(7), Outcome::NotMet, false),
        (None, Outcome::Unknown, false),
    ] {
        let a = NeedsAnswers {
            sleeping_tonight: SleepingPlace::Institution,
            leaving_institution_within_months: months,
            ..answers()
        };
        let result = run(&a, &p);
        let c = check_of(&result, Criterion::LeavingInstitution);
        assert_eq!(c.outcome, outcome);
        assert_eq!(
            c.step.parameters[0].id(),
            "profile.0301.rental_home.leaving_institution_months"
        );
        assert_eq!(
            result.reasons.iter().any(|r| r == "reason-without-home"),
            homeless
        );
    }
    // Without a profile the national definition (2 months) decides.
    let a = NeedsAnswers {
        sleeping_tonight: SleepingPlace::Institution,
        leaving_institution_within_months: Some(6),
        ..answers()
    };
    let national = assess(&a, EconomyHints::default(), None, date()).expect("assesses");
    assert!(!national.reasons.iter().any(|r| r == "reason-without-home"));
    assert!(national.criteria.is_empty() && national.profile.is_none());
}

#[test]
fn only_what_the_municipality_s_criteria_need_is_asked_and_only_where_a_rental_home_fits() {
    let p = profile(|_| {});
    let edition = Some(&p.editions[0]);
    assert!(
        criteria_asked(&answers(), None).is_empty(),
        "no profile, no criteria"
    );
    let at_home = NeedsAnswers {
        sleeping_tonight: SleepingPlace::Owns,
        ..answers()
    };
    assert!(
        criteria_asked(&at_home, edition).is_empty(),
        "a home of one's own and no risk"
    );
    assert_eq!(
        criteria_asked(&answers(), edition),
        [
            Criterion::ResidencePermit,
            Criterion::ResidenceYears,
            Criterion::MinAge
        ]
    );
    let leasing = NeedsAnswers {
        sleeping_tonight: SleepingPlace::RentsPrivate,
        risks: vec![Risk::LeaseEnding],
        ..answers()
    };
    assert!(criteria_asked(&leasing, edition).contains(&Criterion::LeaseEnding));
    assert!(!criteria_asked(&leasing, edition).contains(&Criterion::LeavingInstitution));
    let inside = NeedsAnswers {
        sleeping_tonight: SleepingPlace::Institution,
        ..answers()
    };
    assert!(criteria_asked(&inside, edition).contains(&Criterion::LeavingInstitution));
    let no_years = profile(|j| {
        j["edition"][0]["rental_home"]
            .as_object_mut()
            .expect("table")
            .remove("residence_years");
    });
    assert_eq!(
        criteria_asked(&answers(), Some(&no_years.editions[0])),
        [Criterion::ResidencePermit, Criterion::MinAge]
    );
}

#[test]
fn help_the_municipality_does_not_offer_is_not_suggested_and_the_explanation_says_so() {
    let a = NeedsAnswers {
        circumstances: vec![Circumstance::SubstanceUse],
        ..answers()
    };
    let offered = run(&a, &profile(|_| {}));
    assert!(
        offered
            .help
            .iter()
            .any(|h| h.kind == HelpKind::HousingFirst)
    );
    let p = profile(|j| j["edition"][0]["offers"]["housing_first"] = sourced(json!(false)));
    let result = run(&a, &p);
    assert!(result.help.iter().all(|h| h.kind != HelpKind::HousingFirst));
    let step = result
        .explanation
        .steps
        .iter()
        .find(|s| s.message_id == "explain-needs-help-not-offered")
        .expect("said");
    assert_eq!(
        arg(step, "help"),
        Some(&Arg::Message("help-housing-first".into()))
    );
    assert_eq!(step.parameters[0].id(), "profile.0301.offers.housing_first");
}

#[test]
fn each_help_goes_to_its_recipient_and_is_applied_for_there() {
    let a = NeedsAnswers {
        sleeping_tonight: SleepingPlace::Nowhere,
        ..answers()
    };
    let usual = run(&a, &profile(|_| {}));
    let deposit = |r: &NeedsResult| {
        r.help
            .iter()
            .find(|h| h.kind == HelpKind::DepositGuarantee)
            .cloned()
            .expect("deposit")
    };
    assert_eq!(deposit(&usual).recipient, Recipient::Nav);
    assert_eq!(deposit(&usual).where_to_apply, "help-where-nav");
    let routed = profile(|j| {
        j["edition"][0]["routing"] = json!([{
            "help": "deposit_guarantee", "to": "housing_office",
            "source": "Test fixture", "status": "assumed"
        }]);
    });
    let result = run(&a, &routed);
    assert_eq!(deposit(&result).recipient, Recipient::HousingOffice);
    assert_eq!(deposit(&result).where_to_apply, "help-where-municipality");
}

#[test]
fn the_national_default_says_its_criteria_are_the_usual_ones() {
    let p = profile(|j: &mut Value| {
        j["municipality"] = json!("national");
        j["name"] = json!("Nasjonal standard");
    });
    let result = run(&answers(), &p);
    assert!(
        result
            .explanation
            .steps
            .iter()
            .any(|s| s.message_id == "criteria-national-default")
    );
    let c = check_of(&result, Criterion::ResidenceYears);
    assert_eq!(
        arg(&c.step, "municipality"),
        Some(&Arg::Message("criteria-national-municipality".into()))
    );
    let profile_ref = result.profile.expect("named");
    assert!(profile_ref.national);
    assert_eq!(profile_ref.municipality, "national");
    let own = run(&answers(), &profile(|_| {})).profile.expect("named");
    assert_eq!((own.municipality.as_str(), own.national), ("0301", false));
}

#[test]
fn a_residence_permit_answered_before_it_could_be_left_open_still_reads() {
    let read = |extra: &str| -> NeedsAnswers {
        serde_json::from_str(&format!(r#"{{ "sleeping_tonight": "nowhere" {extra} }}"#))
            .expect("reads")
    };
    assert_eq!(
        read(r#", "has_residence_permit": true"#).has_residence_permit,
        Some(true)
    );
    assert_eq!(
        read(r#", "has_residence_permit": false"#).has_residence_permit,
        Some(false)
    );
    assert_eq!(read("").has_residence_permit, None);
    assert_eq!(NeedsAnswers::nowhere_tonight().has_residence_permit, None);
}
