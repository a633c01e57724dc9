//! One full estimate from one household: income resolved through tax, bostøtte, startlån and the
//! needs check, each with its explanation. This is what the app runs on every keystroke, what the
//! server reruns to verify a submission, and what the `estimate` tool prints.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{
    RulesError, bostotte,
    explanation::{Explanation, Step},
    household::{Basis, Household, Housing, Income},
    municipality, needs, startlan, tax,
};

/// Everything the estimates need; `startlan` and `needs` are optional parts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EstimateInput {
    /// The day the estimate is for: parameters are chosen by it.
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
    pub date: NaiveDate,
    pub municipality: MunicipalityInfo,
    pub income: IncomeResolution,
    pub tax: tax::TaxEstimate,
    pub bostotte: bostotte::BostotteEstimate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startlan: Option<startlan::StartlanEstimate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs: Option<needs::NeedsResult>,
    /// True when any figure used is not yet confirmed against its primary source.
    pub rests_on_unverified: bool,
    /// The newest valid-from date among the figures used.
    pub parameters_valid_from: Option<NaiveDate>,
}

/// The household's income both before and after tax, per year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncomeResolution {
    pub gross_year: Decimal,
    pub net_year: Decimal,
    pub explanation: Explanation,
}

/// Checks every input and runs every estimate for `input.date`.
pub fn estimate(input: &EstimateInput) -> Result<EstimateResult, RulesError> {
    input.household.validate()?;
    input.income.validate()?;
    input.housing.validate()?;
    if let Some(s) = &input.startlan {
        s.validate()?;
    }
    let date = input.date;
    let resolved = municipality::resolve(&input.municipality, date)?;

    let yearly = input.income.yearly();
    let gross = match input.income.basis {
        Basis::Gross => yearly,
        Basis::Net => tax::gross_from_net(yearly, input.income.source, date)?,
    };
    let tax = tax::from_gross(gross, input.income.source, date)?;
    let mut income_explanation = Explanation::default();
    income_explanation.push(
        Step::new(match input.income.basis {
            Basis::Gross => "explain-income-gross-given",
            Basis::Net => "explain-income-net-given",
        })
        .kr("gross", tax.gross_year)
        .kr("net", tax.net_year),
    );
    let income = IncomeResolution {
        gross_year: tax.gross_year,
        net_year: tax.net_year,
        explanation: income_explanation,
    };

    let bostotte = bostotte::estimate(
        &input.household,
        tax.gross_year,
        input.income.net_wealth,
        &input.housing,
        &resolved,
        date,
    )?;
    let startlan = input
        .startlan
        .as_ref()
        .map(|s| startlan::estimate(&input.household, tax.net_year / Decimal::from(12), s, date))
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
                    .is_some_and(|p| p.grant_need > Decimal::ZERO),
                low_income: bostotte.monthly > Decimal::ZERO,
            };
            needs::assess(answers, hints, date)
        })
        .transpose()?;

    let explanations = [
        Some(&tax.explanation),
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
    })
}
