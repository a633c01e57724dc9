use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).expect("date")
}

const HEADER: &str = "husstand;voksne;par;barn;inntekter;gjeld_per_maned;gjeld;husleie;egenkapital;fast_inntekt;samtykke";

fn problems(text: &str) -> Vec<(u64, Option<&'static str>, &'static str)> {
    read(text, today())
        .expect_err("refused")
        .into_iter()
        .map(|p| (p.line, p.column, p.message_id))
        .collect()
}

#[test]
fn a_list_as_a_norwegian_spreadsheet_saves_it_is_read() {
    let text = format!(
        "\u{FEFF}{HEADER}\r\nB-1043;2;ja;4 9;520 000 + 310000;2 500;90 000;kr 14 000;60000,00;Ja;02.11.2026\r\nB-2001;1;nei;;;0;0;11 000,-;0;nei;2026-10-30\r\n"
    );
    let rows = read(&text, today()).expect("read");
    assert_eq!(rows.len(), 2);
    let family = &rows[0];
    assert_eq!(family.key, "B-1043");
    assert_eq!(family.line, 2);
    assert_eq!(family.tenant.household.adults, 2);
    assert!(family.tenant.household.couple);
    assert_eq!(family.tenant.household.children_ages, vec![4, 9]);
    assert_eq!(
        family.tenant.incomes,
        vec![Decimal::from(520_000), Decimal::from(310_000)]
    );
    assert_eq!(family.tenant.debt.monthly, Some(Decimal::from(2_500)));
    assert_eq!(family.tenant.debt.balance, Some(Decimal::from(90_000)));
    assert_eq!(family.tenant.rent_monthly, Decimal::from(14_000));
    assert_eq!(family.tenant.own_funds, Decimal::from(60_000));
    assert!(family.tenant.income_stable);
    assert_eq!(
        family.consent_on,
        NaiveDate::from_ymd_opt(2026, 11, 2).expect("date")
    );
    let single = &rows[1];
    assert!(single.tenant.incomes.is_empty());
    assert!(single.tenant.household.children_ages.is_empty());
    assert_eq!(single.tenant.rent_monthly, Decimal::from(11_000));
    assert!(!single.tenant.income_stable);
}

#[test]
fn commas_between_the_columns_are_read_too_with_quoted_amounts() {
    let text = format!(
        "{}\nB-7,1,nei,\"3, 5\",\"420 000\",0,0,\"12 500,00\",0,ja,2026-01-15\n",
        HEADER.replace(';', ",")
    );
    let rows = read(&text, today()).expect("read");
    assert_eq!(rows[0].tenant.household.children_ages, vec![3, 5]);
    assert_eq!(rows[0].tenant.rent_monthly, Decimal::from(12_500));
}

#[test]
fn an_amount_with_two_readings_is_refused_never_guessed() {
    for (typed, id) in [
        ("11,500", "error-tenants-amount-ambiguous"),
        ("11.500", "error-tenants-amount-ambiguous"),
        ("1 15 00", "error-tenants-amount"),
        ("14000,5", "error-tenants-amount"),
        ("-500", "error-tenants-amount"),
        ("fjorten tusen", "error-tenants-amount"),
        ("", "error-tenants-amount-missing"),
    ] {
        let text = format!("{HEADER}\nB-1;1;nei;;400000;0;0;{typed};0;ja;2026-01-15\n");
        assert_eq!(problems(&text), vec![(2, Some("husleie"), id)], "{typed}");
    }
    for (typed, kroner) in [
        ("14 000", 14_000),
        ("14\u{a0}000", 14_000),
        ("14000 kr", 14_000),
        ("kr 14 000,-", 14_000),
        ("14000,00", 14_000),
    ] {
        let text = format!("{HEADER}\nB-1;1;nei;;400000;0;0;{typed};0;ja;2026-01-15\n");
        let rows = read(&text, today()).expect(typed);
        assert_eq!(
            rows[0].tenant.rent_monthly,
            Decimal::from(kroner),
            "{typed}"
        );
    }
}

#[test]
fn every_problem_is_said_with_its_line_and_column_and_nothing_is_read() {
    let text = format!(
        "{HEADER}\nB-1;0;kanskje;4 19;400000;0;0;9000;0;ja;\nB-1;1;nei;;400000;0;0;9000;0;ja;2027-01-01\nB-2;1;nei;;400000;0;0;9000;0;ja;2026-01-01\nB-2;1;nei;;400000;0;0;9000;0;ja;2026-01-01\n12345678901;1;nei;;1;0;0;1;0;ja;2026-01-01\nB-3;1;nei\n"
    );
    assert_eq!(
        problems(&text),
        vec![
            (2, Some("voksne"), "error-tenants-adults"),
            (2, Some("par"), "error-tenants-yes-no"),
            (2, Some("barn"), "error-tenants-child-age"),
            (2, Some("samtykke"), "error-tenants-consent-missing"),
            (3, Some("samtykke"), "error-tenants-consent-future"),
            (5, Some("husstand"), "error-tenants-key-twice"),
            (6, Some("husstand"), "error-tenants-key-national-id"),
            (7, None, "error-tenants-columns"),
        ]
    );
}

#[test]
fn a_file_in_another_format_is_said_once_naming_the_column_where_it_can() {
    assert_eq!(
        problems("navn;inntekt\nHawa;400000\n"),
        vec![(1, None, "error-tenants-header")]
    );
    // Eleven columns, one named as a person would write it: that one is said.
    assert_eq!(
        problems(&format!(
            "{}\nB-1;1;nei;;1;0;0;1;0;ja;2026-01-01\n",
            HEADER.replace("gjeld_per_maned", "Gjeld per måned")
        )),
        vec![(1, Some("gjeld_per_maned"), "error-tenants-header-column")]
    );
    // Capitals and spaces around the names are the same names.
    let spaced = HEADER.to_uppercase().replace(';', " ; ");
    assert!(
        read(
            &format!("{spaced}\nB-1;1;nei;;1;0;0;1;0;ja;2026-01-01\n"),
            today()
        )
        .is_ok()
    );
    assert_eq!(problems(""), vec![(0, None, "error-tenants-empty-file")]);
    assert_eq!(
        problems(" \r\n"),
        vec![(0, None, "error-tenants-empty-file")]
    );
    assert_eq!(
        problems(&format!("{HEADER}\n")),
        vec![(0, None, "error-tenants-empty")]
    );
}

#[test]
fn a_row_of_separators_alone_is_no_household_and_a_reference_is_the_same_in_any_case() {
    let text = format!(
        "{HEADER}\nB-1;1;nei;;400000;0;0;9000;0;ja;2026-01-15\n;;;;;;;;;;\nb-1;1;nei;;400000;0;0;9000;0;ja;2026-01-15\n"
    );
    assert_eq!(
        problems(&text),
        vec![(4, Some("husstand"), "error-tenants-key-twice")]
    );
}

#[test]
fn a_year_in_two_digits_or_a_couple_of_one_adult_is_refused() {
    for (consent, id) in [
        ("20.11.26", "error-tenants-consent-date"),
        ("31.11.2026", "error-tenants-consent-date"),
        ("2026-11-31", "error-tenants-consent-date"),
    ] {
        let text = format!("{HEADER}\nB-1;1;nei;;400000;0;0;9000;0;ja;{consent}\n");
        assert_eq!(
            problems(&text),
            vec![(2, Some("samtykke"), id)],
            "{consent}"
        );
    }
    let text = format!("{HEADER}\nB-1;1;nei;;400000;0;0;9000;0;ja;2.11.2026\n");
    assert_eq!(
        read(&text, today()).expect("read")[0].consent_on,
        NaiveDate::from_ymd_opt(2026, 11, 2).expect("date")
    );
    let text = format!("{HEADER}\nB-1;1;ja;;400000;0;0;9000;0;ja;2026-11-02\n");
    assert_eq!(
        problems(&text),
        vec![(2, Some("par"), "error-tenants-couple-one-adult")]
    );
}
