//! One full estimate from one household: income resolved through tax, bostøtte, startlån and the
//! needs check, each with its explanation. This is what the app runs on every keystroke, what the
//! server reruns to verify a submission, and what the `estimate` tool prints.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{
    RulesError, bostotte,
    explanation::{Explanation, OutOfPeriod, Step},
    household::{Basis, Household, Housing, Income},
    municipality, needs, startlan,
    tax::{self, HouseholdTax},
};

/// Everything the estimates need; `startlan` and `needs` are optional parts. A field the rules
/// do not know is refused, never ignored: a misspelt one would silently change the answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EstimateInput {
    /// The day the estimate is for: parameters are chosen by it.
    #[serde(with = "crate::iso_date")]
    pub date: NaiveDate,
    /// The municipality number (four digits), e.g. "0301" for Oslo.
    pub municipality: String,
    pub household: Household,
    pub income: Income,
    pub housing: Housing,
    #[serde(default)]
    pub startlan: Option<startlan::StartlanInput>,
    #[serde(default)]
    pub needs: Option<needs::NeedsAnswers>,
}

/// The municipality as resolved for the date, and the old number if one was given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityInfo {
    pub number: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_number: Option<String>,
}

/// All results, each with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EstimateResult {
    #[serde(with = "crate::iso_date")]
    pub date: NaiveDate,
    pub municipality: MunicipalityInfo,
    pub income: IncomeResolution,
    pub tax: HouseholdTax,
    pub bostotte: bostotte::BostotteEstimate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startlan: Option<startlan::StartlanEstimate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs: Option<needs::NeedsResult>,
    /// True when any figure used is not yet confirmed against its primary source.
    pub rests_on_unverified: bool,
    /// The newest valid-from date among the figures used.
    #[serde(default, with = "crate::iso_date::option")]
    pub parameters_valid_from: Option<NaiveDate>,
    /// Figures used although their period ended before `date` (the newest we have): the app says
    /// which, and from when, so no estimate silently rests on another period's figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures_from_another_period: Vec<OutOfPeriod>,
}

/// The household's income both before and after tax, per year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncomeResolution {
    pub gross_year: Decimal,
    pub net_year: Decimal,
    pub explanation: Explanation,
}

/// Checks every input and runs every estimate for `input.date`, with no municipality profile
/// (its criteria unknown, the national startlån terms).
pub fn estimate(input: &EstimateInput) -> Result<EstimateResult, RulesError> {
    estimate_in(input, None)
}

/// Checks every input and runs every estimate for `input.date` with the municipality's profile
/// in force (`ProfileSet::in_force`): its criteria, offers and startlån terms.
pub fn estimate_in(
    input: &EstimateInput,
    profile: Option<crate::profile::InForce<'_>>,
) -> Result<EstimateResult, RulesError> {
    input.household.validate()?;
    input.income.validate(&input.household)?;
    input.housing.validate()?;
    if let Some(s) = &input.startlan {
        s.validate()?;
    }
    let date = input.date;
    let resolved = municipality::resolve(&input.municipality, date)?;
    let (tax, income_explanation) = household_tax(&input.income, date)?;
    let income = IncomeResolution {
        gross_year: tax.gross_year,
        net_year: tax.net_year,
        explanation: income_explanation,
    };

    let bostotte = bostotte::estimate(
        &input.household,
        &input.income,
        tax.gross_year,
        &input.housing,
        &resolved,
        date,
    )?;
    let startlan = input
        .startlan
        .as_ref()
        .map(|s| {
            startlan::estimate(
                &input.household,
                tax.net_year / Decimal::from(12),
                s,
                profile,
                date,
            )
        })
        .transpose()?;
    let needs = input
        .needs
        .as_ref()
        .map(|answers| {
            let hints = needs::EconomyHints {
                bostotte_monthly_positive: bostotte.monthly > Decimal::ZERO,
                startlan_possible: startlan
                    .as_ref()
                    .is_some_and(|s| s.max_loan > Decimal::ZERO),
                grant_need: startlan
                    .as_ref()
                    .and_then(|s| s.purchase.as_ref())
                    .is_some_and(|p| p.grant_need > Decimal::ZERO && p.grant_realistic),
                low_income: bostotte.monthly > Decimal::ZERO,
            };
            needs::assess(answers, hints, profile, date)
        })
        .transpose()?;

    let explanations = [
        Some(&income.explanation),
        Some(&bostotte.explanation),
        startlan.as_ref().map(|s| &s.explanation),
        needs.as_ref().map(|n| &n.explanation),
    ];
    let rests_on_unverified = explanations
        .iter()
        .flatten()
        .any(|e| e.rests_on_unverified());
    let parameters_valid_from = explanations
        .iter()
        .flatten()
        .filter_map(|e| e.parameters_valid_from())
        .max();
    let mut figures_from_another_period: Vec<OutOfPeriod> = explanations
        .iter()
        .flatten()
        .flat_map(|e| e.out_of_period(date))
        .collect();
    figures_from_another_period.sort_by(|a, b| a.id.cmp(&b.id));
    figures_from_another_period.dedup();
    Ok(EstimateResult {
        date,
        municipality: MunicipalityInfo {
            number: resolved.municipality.number.to_string(),
            name: resolved.municipality.name.to_string(),
            replaced_number: resolved.replaced.map(|m| m.number.to_string()),
        },
        income,
        tax,
        bostotte,
        startlan,
        needs,
        rests_on_unverified,
        parameters_valid_from,
        figures_from_another_period,
    })
}

/// Each adult's tax, from what they gave (gross or net, by month or year), the household's sums,
/// and the steps that explain them.
pub fn household_tax(
    income: &Income,
    date: NaiveDate,
) -> Result<(HouseholdTax, Explanation), RulesError> {
    let mut explanation = Explanation::default();
    let mut persons = Vec::with_capacity(income.persons.len());
    for (i, person) in income.persons.iter().enumerate() {
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let yearly = person.yearly();
        let gross = match person.basis {
            Basis::Gross => yearly,
            Basis::Net => tax::gross_from_net(yearly, person.source, date)?,
        };
        let t = tax::from_gross(gross, person.source, date)?;
        tax::explain(number, &t, date, &mut explanation)?;
        explanation.push(
            Step::new(match person.basis {
                Basis::Gross => "explain-income-gross-given",
                Basis::Net => "explain-income-net-given",
            })
            .kr("gross", t.gross_year)
            .kr("net", t.net_year),
        );
        persons.push(t);
    }
    let gross_year = persons.iter().map(|t| t.gross_year).sum();
    let total_tax = persons.iter().map(|t| t.total_tax).sum();
    let net_year = persons.iter().map(|t| t.net_year).sum();
    if persons.len() > 1 {
        explanation.push(
            Step::new("explain-income-household")
                .kr("gross", gross_year)
                .kr("total_tax", total_tax)
                .kr("net", net_year),
        );
    }
    Ok((
        HouseholdTax {
            persons,
            gross_year,
            total_tax,
            net_year,
        },
        explanation,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(extra_household: &str, extra_income: &str, extra_top: &str) -> String {
        format!(
            r#"{{ "date": "2026-11-22", "municipality": "0301", {extra_top}
                "household": {{ "adults": 1 {extra_household} }},
                "income": {{ "persons": [{{ "amount": "300000" {extra_income} }}] }},
                "housing": {{ "kind": "rented", "monthly_cost": "9000" }} }}"#
        )
    }

    #[test]
    fn a_misspelt_or_unknown_field_is_refused_and_named() {
        assert!(serde_json::from_str::<EstimateInput>(&json("", "", "")).is_ok());
        for (household, income, top, field) in [
            (r#", "coupel": true"#, "", "", "coupel"),
            ("", r#", "sourse": "pension""#, "", "sourse"),
            ("", "", r#""wealth": "5","#, "wealth"),
            ("", "", r#""startlan": { "own_fund": "5" },"#, "own_fund"),
        ] {
            let error = serde_json::from_str::<EstimateInput>(&json(household, income, top))
                .expect_err(field)
                .to_string();
            assert!(error.contains(&format!("`{field}`")), "{error}");
        }
    }

    #[test]
    fn the_single_income_form_of_earlier_applications_still_reads() {
        let old: Income = serde_json::from_str(
            r#"{ "amount": "300000", "period": "month", "basis": "net", "net_wealth": "10" }"#,
        )
        .expect("reads");
        assert_eq!(old.persons.len(), 1);
        assert_eq!(old.persons[0].period, crate::household::Period::Month);
        let both = r#"{ "amount": "1", "persons": [] }"#;
        assert!(serde_json::from_str::<Income>(both).is_err());
    }

    #[test]
    fn figures_past_their_period_are_named_with_their_dates() {
        let mut input: EstimateInput = serde_json::from_str(&json("", "", "")).expect("input");
        // March 2026: the 2022-23 cost caps are the newest before June 2026's.
        input.date = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
        let result = estimate(&input).expect("estimate");
        let caps: Vec<_> = result
            .figures_from_another_period
            .iter()
            .filter(|f| f.id == "bostotte.cost_cap")
            .collect();
        assert!(!caps.is_empty(), "{:?}", result.figures_from_another_period);
        assert!(
            caps.iter()
                .all(|f| f.valid_until.to_string() == "2023-06-30")
        );
        // In 2027 the 2026 tax figures are used, and said to be from 2026.
        input.date = NaiveDate::from_ymd_opt(2027, 2, 1).expect("date");
        let result = estimate(&input).expect("estimate");
        assert!(
            result
                .figures_from_another_period
                .iter()
                .any(|f| f.id == "tax.income_tax")
        );
    }
}
