//! Income tax 2026 on wages or pension: from gross to net, and back, so a resident can give one
//! income and both estimates work (bostøtte counts gross income, startlån what is left after tax).

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::{
    RulesError,
    explanation::{Explanation, Step},
    household::IncomeSource,
    parameters::{
        Param,
        tax::{INCOME_TAX, IncomeTax, MINIMUM_DEDUCTION, MinimumDeduction},
    },
};

/// Tax on one yearly income, in whole kroner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaxEstimate {
    pub gross_year: Decimal,
    pub minimum_deduction: Decimal,
    pub ordinary_income: Decimal,
    pub income_tax: Decimal,
    pub trygdeavgift: Decimal,
    pub trinnskatt: Decimal,
    pub total_tax: Decimal,
    pub net_year: Decimal,
    pub explanation: Explanation,
}

struct Parts {
    minimum_deduction: Decimal,
    ordinary_income: Decimal,
    income_tax: Decimal,
    trygdeavgift: Decimal,
    trinnskatt: Decimal,
}

impl Parts {
    fn total(&self) -> Decimal {
        self.income_tax + self.trygdeavgift + self.trinnskatt
    }
}

fn kroner(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// The parameters that depend on the kind of income: minimum deduction rate and cap, and the
/// trygdeavgift rate.
fn by_source<'a>(
    source: IncomeSource,
    t: &'a IncomeTax,
    m: &'a MinimumDeduction,
) -> (&'a Param, &'a Param, &'a Param) {
    match source {
        IncomeSource::Wages => (&m.wage_rate, &m.wage_max, &t.trygdeavgift_wage_rate),
        IncomeSource::Pension => (
            &m.pension_rate,
            &m.pension_max,
            &t.trygdeavgift_pension_rate,
        ),
    }
}

fn parts(gross: Decimal, source: IncomeSource, t: &IncomeTax, m: &MinimumDeduction) -> Parts {
    let (rate, max, avgift_rate) = by_source(source, t, m);
    let (rate, max, avgift_rate) = (rate.value, max.value, avgift_rate.value);
    let minimum_deduction = kroner((gross * rate).min(max));
    let ordinary_income =
        (gross - minimum_deduction - t.personal_allowance.value).max(Decimal::ZERO);
    let income_tax = kroner(ordinary_income * t.ordinary_rate.value);
    let trygdeavgift = if gross <= t.trygdeavgift_floor.value {
        Decimal::ZERO
    } else {
        kroner(
            (gross * avgift_rate)
                .min((gross - t.trygdeavgift_floor.value) * t.trygdeavgift_phase_in.value),
        )
    };
    let brackets = [
        (t.trinn_1_from.value, t.trinn_1_rate.value),
        (t.trinn_2_from.value, t.trinn_2_rate.value),
        (t.trinn_3_from.value, t.trinn_3_rate.value),
        (t.trinn_4_from.value, t.trinn_4_rate.value),
        (t.trinn_5_from.value, t.trinn_5_rate.value),
    ];
    let mut trinnskatt = Decimal::ZERO;
    for (i, (from, rate)) in brackets.iter().enumerate() {
        let to = brackets.get(i + 1).map(|b| b.0);
        if gross > *from {
            let top = to.map_or(gross, |t| gross.min(t));
            trinnskatt += (top - from) * rate;
        }
    }
    Parts {
        minimum_deduction,
        ordinary_income,
        income_tax,
        trygdeavgift,
        trinnskatt: kroner(trinnskatt),
    }
}

/// Tax and net income for a gross yearly income on `date`.
pub fn from_gross(
    gross_year: Decimal,
    source: IncomeSource,
    date: NaiveDate,
) -> Result<TaxEstimate, RulesError> {
    let t = INCOME_TAX.at(date)?;
    let m = MINIMUM_DEDUCTION.at(date)?;
    let gross = kroner(gross_year.max(Decimal::ZERO));
    let p = parts(gross, source, t, m);
    let (rate, max, avgift_rate) = by_source(source, t, m);
    let mut explanation = Explanation::default();
    explanation.push(
        Step::new("explain-tax-minimum-deduction")
            .kr("gross", gross)
            .kr("deduction", p.minimum_deduction)
            .uses(rate)
            .uses(max),
    );
    explanation.push(
        Step::new("explain-tax-ordinary-income")
            .kr("ordinary_income", p.ordinary_income)
            .kr("tax", p.income_tax)
            .uses(&t.personal_allowance)
            .uses(&t.ordinary_rate),
    );
    explanation.push(
        Step::new("explain-tax-trygdeavgift")
            .kr("trygdeavgift", p.trygdeavgift)
            .uses(avgift_rate)
            .uses(&t.trygdeavgift_floor)
            .uses(&t.trygdeavgift_phase_in),
    );
    explanation.push(
        Step::new("explain-tax-trinnskatt")
            .kr("trinnskatt", p.trinnskatt)
            .uses(&t.trinn_1_from)
            .uses(&t.trinn_1_rate)
            .uses(&t.trinn_2_from)
            .uses(&t.trinn_2_rate)
            .uses(&t.trinn_3_from)
            .uses(&t.trinn_3_rate)
            .uses(&t.trinn_4_from)
            .uses(&t.trinn_4_rate)
            .uses(&t.trinn_5_from)
            .uses(&t.trinn_5_rate),
    );
    let total_tax = p.total();
    let net_year = gross - total_tax;
    explanation.push(
        Step::new("explain-tax-net")
            .kr("total_tax", total_tax)
            .kr("net", net_year),
    );
    Ok(TaxEstimate {
        gross_year: gross,
        minimum_deduction: p.minimum_deduction,
        ordinary_income: p.ordinary_income,
        income_tax: p.income_tax,
        trygdeavgift: p.trygdeavgift,
        trinnskatt: p.trinnskatt,
        total_tax,
        net_year,
        explanation,
    })
}

/// The smallest whole-krone gross yearly income whose net is at least `net_year`.
pub fn gross_from_net(
    net_year: Decimal,
    source: IncomeSource,
    date: NaiveDate,
) -> Result<Decimal, RulesError> {
    let t = INCOME_TAX.at(date)?;
    let m = MINIMUM_DEDUCTION.at(date)?;
    let target = kroner(net_year.max(Decimal::ZERO));
    let net = |g: Decimal| g - parts(g, source, t, m).total();
    // Net income rises with gross (no marginal rate reaches 100 %), so bisect on whole kroner.
    let (mut low, mut high) = (target, target * Decimal::from(3) + Decimal::from(1000));
    while high - low > Decimal::ONE {
        let mid = ((low + high) / Decimal::TWO).floor();
        if net(mid) >= target {
            high = mid;
        } else {
            low = mid;
        }
    }
    Ok(if net(low) >= target { low } else { high })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    #[test]
    fn a_low_income_below_the_allowances_pays_no_tax() {
        let t = from_gross(Decimal::from(90_000), IncomeSource::Wages, day()).expect("tax");
        assert_eq!(t.total_tax, Decimal::ZERO);
        assert_eq!(t.net_year, Decimal::from(90_000));
    }

    #[test]
    fn wages_of_500_000_in_2026() {
        // Minimum deduction 46 % capped at 95 700; ordinary income 500 000 − 95 700 − 114 540 =
        // 289 760, at 22 % = 63 747; trygdeavgift 7.6 % = 38 000; trinnskatt 1.7 % × 92 200 +
        // 4.0 % × 181 700 = 1 567.4 + 7 268 = 8 835.4 → 8 835. Total 110 582, net 389 418.
        let t = from_gross(Decimal::from(500_000), IncomeSource::Wages, day()).expect("tax");
        assert_eq!(t.minimum_deduction, Decimal::from(95_700));
        assert_eq!(t.income_tax, Decimal::from(63_747));
        assert_eq!(t.trygdeavgift, Decimal::from(38_000));
        assert_eq!(t.trinnskatt, Decimal::from(8_835));
        assert_eq!(t.net_year, Decimal::from(389_418));
    }

    #[test]
    fn trygdeavgift_is_phased_in_just_above_the_floor() {
        // 110 000: 7.6 % would be 8 360, but 25 % of (110 000 − 99 650) = 2 587.5 → 2 588.
        let t = from_gross(Decimal::from(110_000), IncomeSource::Wages, day()).expect("tax");
        assert_eq!(t.trygdeavgift, Decimal::from(2_588));
    }

    #[test]
    fn gross_from_net_inverts_from_gross() {
        for gross in [0, 150_000, 389_000, 500_000, 1_200_000] {
            let net = from_gross(Decimal::from(gross), IncomeSource::Pension, day())
                .expect("tax")
                .net_year;
            let back = gross_from_net(net, IncomeSource::Pension, day()).expect("inverse");
            let again = from_gross(back, IncomeSource::Pension, day())
                .expect("tax")
                .net_year;
            assert!(
                again >= net && back <= Decimal::from(gross),
                "gross {gross}: back {back}"
            );
        }
    }

    #[test]
    fn before_2026_there_are_no_tax_figures() {
        let old = NaiveDate::from_ymd_opt(2025, 6, 1).expect("date");
        assert_eq!(
            from_gross(Decimal::ONE, IncomeSource::Wages, old)
                .expect_err("none")
                .message_id(),
            "error-no-parameters"
        );
    }
}
