//! Income tax 2026 on wages, pension, uføretrygd and benefits, per person: from gross to net, and
//! back, so a resident can give each adult's income either way and both estimates work (bostøtte
//! counts gross income, startlån what is left after tax).
//!
//! Every part is computed exactly and the total is rounded once, to whole kroner: net income then
//! never falls when gross income rises (the marginal rate is below 100 %, so the exact total rises
//! by less than 1 kr per krone, and rounding it once moves it by at most that). The parts shown are
//! rounded too, the last one taking the rounding, so they add up to the total.

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::{
    RulesError,
    explanation::{Arg, Explanation, Step},
    household::IncomeSource,
    parameters::{
        Param,
        tax::{INCOME_TAX, IncomeTax, MINIMUM_DEDUCTION, MinimumDeduction},
    },
};

/// Tax on one person's yearly income, in whole kroner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaxEstimate {
    pub source: IncomeSource,
    pub gross_year: Decimal,
    pub minimum_deduction: Decimal,
    pub ordinary_income: Decimal,
    pub income_tax: Decimal,
    pub trygdeavgift: Decimal,
    pub trinnskatt: Decimal,
    pub total_tax: Decimal,
    pub net_year: Decimal,
}

/// The household's tax: each person's, and the sums (explained in the result's `income`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HouseholdTax {
    pub persons: Vec<TaxEstimate>,
    pub gross_year: Decimal,
    pub total_tax: Decimal,
    pub net_year: Decimal,
}

/// The exact parts, before rounding.
struct Parts {
    minimum_deduction: Decimal,
    ordinary_income: Decimal,
    income_tax: Decimal,
    trygdeavgift: Decimal,
    trinnskatt: Decimal,
}

impl Parts {
    fn total(&self) -> Decimal {
        kroner(self.income_tax + self.trygdeavgift + self.trinnskatt)
    }
}

fn kroner(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// How a kind of income is taxed: minimum deduction rate and cap, and the trygdeavgift rate
/// (`None`: not personinntekt, so neither trygdeavgift nor trinnskatt).
fn by_source<'a>(
    source: IncomeSource,
    t: &'a IncomeTax,
    m: &'a MinimumDeduction,
) -> (&'a Param, &'a Param, Option<&'a Param>) {
    match source {
        IncomeSource::Wages => (&m.wage_rate, &m.wage_max, Some(&t.trygdeavgift_wage_rate)),
        IncomeSource::Uforetrygd => (
            &m.wage_rate,
            &m.wage_max,
            Some(&t.trygdeavgift_pension_rate),
        ),
        IncomeSource::Pension => (
            &m.pension_rate,
            &m.pension_max,
            Some(&t.trygdeavgift_pension_rate),
        ),
        IncomeSource::Benefit => (&m.wage_rate, &m.wage_max, None),
    }
}

fn parts(gross: Decimal, source: IncomeSource, t: &IncomeTax, m: &MinimumDeduction) -> Parts {
    let (rate, max, avgift_rate) = by_source(source, t, m);
    let minimum_deduction = (gross * rate.value).min(max.value);
    let ordinary_income =
        (gross - minimum_deduction - t.personal_allowance.value).max(Decimal::ZERO);
    let income_tax = ordinary_income * t.ordinary_rate.value;
    let Some(avgift_rate) = avgift_rate else {
        return Parts {
            minimum_deduction,
            ordinary_income,
            income_tax,
            trygdeavgift: Decimal::ZERO,
            trinnskatt: Decimal::ZERO,
        };
    };
    let trygdeavgift = if gross <= t.trygdeavgift_floor.value {
        Decimal::ZERO
    } else {
        (gross * avgift_rate.value)
            .min((gross - t.trygdeavgift_floor.value) * t.trygdeavgift_phase_in.value)
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
        trinnskatt,
    }
}

/// Tax and net income of one person with a gross yearly income on `date`.
pub fn from_gross(
    gross_year: Decimal,
    source: IncomeSource,
    date: NaiveDate,
) -> Result<TaxEstimate, RulesError> {
    let t = INCOME_TAX.at(date)?;
    let m = MINIMUM_DEDUCTION.at(date)?;
    let gross = kroner(gross_year.max(Decimal::ZERO));
    let p = parts(gross, source, t, m);
    let total_tax = p.total();
    // The parts shown in whole kroner add up to the total: the largest takes the rounding.
    let mut shown = [
        (p.income_tax, kroner(p.income_tax)),
        (p.trygdeavgift, kroner(p.trygdeavgift)),
        (p.trinnskatt, kroner(p.trinnskatt)),
    ];
    let rest = total_tax - shown.iter().map(|(_, s)| *s).sum::<Decimal>();
    if let Some(largest) = shown.iter_mut().max_by_key(|(exact, _)| *exact) {
        largest.1 += rest;
    }
    let [(_, income_tax), (_, trygdeavgift), (_, trinnskatt)] = shown;
    Ok(TaxEstimate {
        source,
        gross_year: gross,
        minimum_deduction: kroner(p.minimum_deduction),
        ordinary_income: kroner(p.ordinary_income),
        income_tax,
        trygdeavgift,
        trinnskatt,
        total_tax,
        net_year: gross - total_tax,
    })
}

/// The steps that explain one person's tax; `person` counts from 1.
pub fn explain(
    person: u32,
    tax: &TaxEstimate,
    date: NaiveDate,
    explanation: &mut Explanation,
) -> Result<(), RulesError> {
    let t = INCOME_TAX.at(date)?;
    let m = MINIMUM_DEDUCTION.at(date)?;
    let (rate, max, avgift_rate) = by_source(tax.source, t, m);
    let source = Arg::Message(
        match tax.source {
            IncomeSource::Wages => "source-wages",
            IncomeSource::Pension => "source-pension",
            IncomeSource::Uforetrygd => "source-uforetrygd",
            IncomeSource::Benefit => "source-benefit",
        }
        .into(),
    );
    explanation.push(
        Step::new("explain-tax-person")
            .arg("person", Arg::Count(person))
            .arg("source", source),
    );
    explanation.push(
        Step::new("explain-tax-minimum-deduction")
            .kr("gross", tax.gross_year)
            .kr("deduction", tax.minimum_deduction)
            .uses(rate)
            .uses(max),
    );
    explanation.push(
        Step::new("explain-tax-ordinary-income")
            .kr("ordinary_income", tax.ordinary_income)
            .kr("tax", tax.income_tax)
            .uses(&t.personal_allowance)
            .uses(&t.ordinary_rate),
    );
    match avgift_rate {
        None => explanation.push(Step::new("explain-tax-not-personinntekt")),
        Some(avgift_rate) => {
            explanation.push(
                Step::new("explain-tax-trygdeavgift")
                    .kr("trygdeavgift", tax.trygdeavgift)
                    .uses(avgift_rate)
                    .uses(&t.trygdeavgift_floor)
                    .uses(&t.trygdeavgift_phase_in),
            );
            explanation.push(
                Step::new("explain-tax-trinnskatt")
                    .kr("trinnskatt", tax.trinnskatt)
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
        }
    }
    if tax.source == IncomeSource::Pension {
        // Not yet in the rules: its 2026 figures are not in the reference. Said, so a pensioner
        // knows the tax shown may be too high (and the net income, for startlån, too low).
        explanation.push(Step::new("explain-tax-pension-deduction-not-included"));
    }
    explanation.push(
        Step::new("explain-tax-net")
            .kr("total_tax", tax.total_tax)
            .kr("net", tax.net_year),
    );
    Ok(())
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
        // 4.0 % × 181 700 = 1 567.4 + 7 268 = 8 835.4. Exact total 110 582.6, rounded once:
        // 110 583, net 389 417. Shown parts 63 747 + 38 000 + 8 835 = 110 582: the largest part,
        // the income tax (exactly 63 747.2), takes the missing krone.
        let t = from_gross(Decimal::from(500_000), IncomeSource::Wages, day()).expect("tax");
        assert_eq!(t.minimum_deduction, Decimal::from(95_700));
        assert_eq!(t.income_tax, Decimal::from(63_748));
        assert_eq!(t.trygdeavgift, Decimal::from(38_000));
        assert_eq!(t.trinnskatt, Decimal::from(8_835));
        assert_eq!(t.total_tax, Decimal::from(110_583));
        assert_eq!(t.net_year, Decimal::from(389_417));
    }

    #[test]
    fn each_kind_of_income_is_taxed_its_own_way() {
        // 300 000 kr. Uføretrygd: wage deduction 95 700 (46 % capped), ordinary 89 760 × 22 % =
        // 19 747.2; trygdeavgift at the pension rate 5.1 % = 15 300; trinnskatt 1.7 % × 73 900 =
        // 1 256.3; total 36 303.5 → 36 304.
        let u = from_gross(Decimal::from(300_000), IncomeSource::Uforetrygd, day()).expect("tax");
        assert_eq!(u.trygdeavgift, Decimal::from(15_300));
        assert_eq!(u.total_tax, Decimal::from(36_304));
        // Introduksjonsstønad: only the 22 % on ordinary income, 19 747.2 → 19 747.
        let b = from_gross(Decimal::from(300_000), IncomeSource::Benefit, day()).expect("tax");
        assert_eq!(
            (b.trygdeavgift, b.trinnskatt),
            (Decimal::ZERO, Decimal::ZERO)
        );
        assert_eq!(b.total_tax, Decimal::from(19_747));
        // Pension: deduction 40 % capped at 75 400; ordinary 110 060 × 22 % = 24 213.2;
        // 5.1 % = 15 300; trinnskatt 1 256.3; total 40 769.5 → 40 770.
        let p = from_gross(Decimal::from(300_000), IncomeSource::Pension, day()).expect("tax");
        assert_eq!(p.minimum_deduction, Decimal::from(75_400));
        assert_eq!(p.total_tax, Decimal::from(40_770));
        for t in [u, b, p] {
            assert_eq!(t.income_tax + t.trygdeavgift + t.trinnskatt, t.total_tax);
        }
    }

    #[test]
    fn more_gross_never_gives_less_net_at_one_krone_steps() {
        for source in [
            IncomeSource::Wages,
            IncomeSource::Pension,
            IncomeSource::Uforetrygd,
            IncomeSource::Benefit,
        ] {
            // Around every threshold, where rounding each part used to make net fall.
            for start in [99_000, 110_000, 180_000, 226_000, 318_000, 725_000, 980_000] {
                let mut last = Decimal::MIN;
                for gross in start..start + 1_500 {
                    let net = from_gross(Decimal::from(gross), source, day())
                        .expect("tax")
                        .net_year;
                    assert!(net >= last, "{source:?}: net falls at {gross}");
                    last = net;
                }
            }
        }
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
