//! Owning a share of the home where the municipality offers it: kommunal deleie (buy a share
//! with startlån and pay the municipality a compensation for the rest) and leie til eie (buy the
//! first share now, rent the rest and buy it after some years). Both on the municipality's terms
//! from its profile, with the same arithmetic as a whole purchase.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{LoanTerms, Purchase, StartlanInput, kroner, price_purchase};
use crate::{
    RulesError,
    explanation::{Arg, Explanation, Step},
    parameters::Unit,
    profile::{DeleieTerms, InForce, LeieTilEieTerms},
};

/// Buying a share of the home with startlån and paying the municipality for the rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deleie {
    pub share: Decimal,
    pub share_price: Decimal,
    pub monthly_compensation: Decimal,
    pub max_loan: Decimal,
    pub purchase: Purchase,
    pub monthly_total: Decimal,
}

/// Leie til eie: buy the first share now with startlån, rent the rest, buy it after some years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeieTilEie {
    pub first_share: Decimal,
    pub share_price: Decimal,
    /// Rent for the share not yet bought, per month.
    pub monthly_rent_on_rest: Decimal,
    pub max_loan: Decimal,
    pub purchase: Purchase,
    /// The loan's payment and the rent, per month, until the rest is bought.
    pub monthly_total: Decimal,
    pub rest_after_years: u32,
    /// What the rest costs at today's price.
    pub rest_price: Decimal,
}

/// What a share is bought with: the household's answers, what is left each month for a loan,
/// and the loan's terms.
pub(super) struct ShareTerms<'a> {
    pub input: &'a StartlanInput,
    pub available: Decimal,
    pub terms: LoanTerms,
    pub date: NaiveDate,
}

/// A share of the home at `price`, whole kroner, and the rest.
fn split(price: Decimal, share: Decimal) -> (Decimal, Decimal) {
    let share_price = kroner(price * share);
    (share_price, price - share_price)
}

/// A share bought with startlån while paying `rate` a year on the rest: what deleie and leie til
/// eie have in common.
struct ShareBought {
    share_price: Decimal,
    rest_price: Decimal,
    /// Compensation (deleie) or rent (leie til eie) on the rest, per month.
    monthly_on_rest: Decimal,
    max_loan: Decimal,
    purchase: Purchase,
    monthly_total: Decimal,
}

impl ShareTerms<'_> {
    /// Buys `share` of `price` with startlån from what is left after paying `rate` on the rest.
    fn buy_share(
        &self,
        price: Decimal,
        share: Decimal,
        rate: Decimal,
        explanation: &mut Explanation,
    ) -> Result<ShareBought, RulesError> {
        let (share_price, rest_price) = split(price, share);
        let monthly_on_rest = kroner(rest_price * rate / Decimal::from(12));
        let left = self.available - monthly_on_rest;
        let purchase = price_purchase(
            share_price,
            self.input,
            left,
            self.terms,
            self.date,
            explanation,
        )?;
        Ok(ShareBought {
            share_price,
            rest_price,
            monthly_on_rest,
            max_loan: self.terms.capacity(left),
            monthly_total: purchase.monthly_annuity + monthly_on_rest,
            purchase,
        })
    }
}

impl ShareTerms<'_> {
    /// Kommunal deleie on the municipality's terms: the share asked for (its minimum when not
    /// given), the compensation on the rest, and the loan for the share from what is left.
    pub fn deleie(
        &self,
        price: Decimal,
        p: &InForce<'_>,
        offer: &DeleieTerms,
        explanation: &mut Explanation,
    ) -> Result<Deleie, RulesError> {
        let minimum = offer.minimum_share.value;
        let share = self.input.deleie_share.unwrap_or(minimum);
        if share < minimum {
            return Err(RulesError::OutOfRange {
                field: "deleie_share",
                min: "offers.deleie.minimum_share",
                max: "1",
            });
        }
        let rate = offer.compensation_rate.value;
        let ShareBought {
            share_price,
            monthly_on_rest: monthly_compensation,
            max_loan,
            purchase,
            monthly_total,
            ..
        } = self.buy_share(price, share, rate, explanation)?;
        explanation.push(
            Step::new("explain-startlan-deleie")
                .arg("share", Arg::Ratio(share))
                .kr("share_price", share_price)
                .kr("compensation", monthly_compensation)
                .kr("loan", purchase.loan)
                .kr("grant_need", purchase.grant_need)
                .kr("monthly_total", monthly_total)
                .uses(p.uses_value(
                    "offers.deleie.minimum_share",
                    &offer.minimum_share,
                    minimum,
                    Unit::Ratio,
                ))
                .uses(p.uses_value(
                    "offers.deleie.compensation_rate",
                    &offer.compensation_rate,
                    rate,
                    Unit::RatioPerYear,
                )),
        );
        Ok(Deleie {
            share,
            share_price,
            monthly_compensation,
            max_loan,
            purchase,
            monthly_total,
        })
    }

    /// Leie til eie on the municipality's terms: the first share bought now with startlån as in
    /// deleie, rent on the rest until it is bought after the years set, at today's price.
    pub fn leie_til_eie(
        &self,
        price: Decimal,
        p: &InForce<'_>,
        offer: &LeieTilEieTerms,
        explanation: &mut Explanation,
    ) -> Result<LeieTilEie, RulesError> {
        let first_share = offer.first_share.value;
        let rent_rate = offer.rent_rate.value;
        let ShareBought {
            share_price,
            rest_price,
            monthly_on_rest: monthly_rent_on_rest,
            max_loan,
            purchase,
            monthly_total,
        } = self.buy_share(price, first_share, rent_rate, explanation)?;
        let rest_after_years = offer.rest_after_years.value;
        explanation.push(
            Step::new("explain-startlan-leie-til-eie")
                .arg("share", Arg::Ratio(first_share))
                .kr("share_price", share_price)
                .kr("rent", monthly_rent_on_rest)
                .kr("loan", purchase.loan)
                .kr("grant_need", purchase.grant_need)
                .kr("monthly_total", monthly_total)
                .arg("years", Arg::Count(rest_after_years))
                .kr("rest_price", rest_price)
                .uses(p.uses_value(
                    "offers.leie_til_eie.first_share",
                    &offer.first_share,
                    first_share,
                    Unit::Ratio,
                ))
                .uses(p.uses_value(
                    "offers.leie_til_eie.rent_rate",
                    &offer.rent_rate,
                    rent_rate,
                    Unit::RatioPerYear,
                ))
                .uses(p.uses_value(
                    "offers.leie_til_eie.rest_after_years",
                    &offer.rest_after_years,
                    Decimal::from(rest_after_years),
                    Unit::Years,
                )),
        );
        Ok(LeieTilEie {
            first_share,
            share_price,
            monthly_rent_on_rest,
            max_loan,
            purchase,
            monthly_total,
            rest_after_years,
            rest_price,
        })
    }
}
