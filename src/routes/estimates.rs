//! Estimates of bostøtte and startlån. The rules run in the browser on every change, so results
//! follow the typing, work offline, and nothing typed here leaves the phone.

use crate::i18n::{Tr, twin_id, twin_text};
use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use rules::{
    EstimateInput, EstimateResult,
    household::{Basis, Income, IncomeSource, Period, PersonIncome},
};
use rust_decimal::Decimal;

use crate::{
    components::{
        bostotte_chart::{BostotteChart, Point},
        economy_form::EconomyForm,
        figures_notices::FiguresNotices,
        how_we_calculated::HowWeCalculated,
        municipality_field::replaced_notice,
    },
    economy::{EconomyState, build_input, today},
    format,
    profiles::{Loaded, Profiles},
    starting::Later,
};

/// Whose startlån terms and offers an estimate used.
#[derive(Debug, Clone, PartialEq)]
enum TermsUsed {
    /// The municipality's own profile: its name and the day its edition took effect.
    Own {
        name: String,
        from: chrono::NaiveDate,
    },
    /// The national default: the municipality has no profile of its own.
    National,
    /// The profiles are still on their way.
    Loading,
    /// The profiles could not be read (offline before the first visit, or the server failed).
    Unavailable,
}

/// Bostøtte at 24 household incomes from zero to twice the household's (at least 600 000 kr).
/// Bostøtte counts the household's gross income together, so each point is one gross income
/// (keeping any lower egenandel the household has).
fn curve(input: &EstimateInput, gross: Decimal) -> Vec<Point> {
    let top = (gross * Decimal::TWO).max(Decimal::from(600_000));
    let group = input.income.persons.iter().find_map(|p| p.egenandel_group);
    (0..=24)
        .filter_map(|i| {
            let income = top * Decimal::from(i) / Decimal::from(24);
            let mut at = input.clone();
            at.income = Income {
                persons: vec![PersonIncome {
                    amount: income,
                    period: Period::Year,
                    basis: Basis::Gross,
                    source: IncomeSource::Wages,
                    egenandel_group: group,
                }],
                net_wealth: at.income.net_wealth,
            };
            at.startlan = None;
            rules::estimate(&at).ok().map(|r| Point {
                income,
                monthly: r.bostotte.monthly,
            })
        })
        .collect()
}

/// The estimates page.
#[component]
pub fn Estimates() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let state = expect_context::<EconomyState>();
    let date = today();
    let input = Memo::new(move |_| build_input(&state.draft(), date, i18n.language.get().id));
    let profiles = expect_context::<Profiles>();
    // The estimate with the profile in force for the municipality on the day, run again when
    // the profiles arrive, and whose terms they are.
    let estimate = Memo::new(move |_| {
        let input = match input.get() {
            Ok(input) => input,
            Err(id) => return (Err(id.to_string()), None),
        };
        let loading = profiles.loaded().with(|l| matches!(l, Loaded::Loading));
        profiles.with_in_force(&input.municipality, date, |in_force| {
            let used = match in_force {
                Some(p) if p.is_national() => TermsUsed::National,
                Some(p) => TermsUsed::Own {
                    name: p.profile.name.clone(),
                    from: p.edition.from,
                },
                None if loading => TermsUsed::Loading,
                None => TermsUsed::Unavailable,
            };
            let result = rules::estimate::estimate_in(&input, in_force)
                .map_err(|e| e.message_id().to_string());
            (result, Some(used))
        })
    });
    let result: Memo<Result<EstimateResult, String>> =
        Memo::new(move |_| estimate.with(|e| e.0.clone()));
    let terms_used = Memo::new(move |_| estimate.with(|e| e.1.clone()));
    let points = Memo::new(move |_| match (input.get(), result.get()) {
        (Ok(input), Ok(r)) => (
            curve(&input, r.income.gross_year),
            Some(Point {
                income: r.income.gross_year,
                monthly: r.bostotte.monthly,
            }),
        ),
        _ => (Vec::new(), None),
    });
    // Memoised, so the chart is drawn again only when it appears or goes, not on every keystroke.
    let chart_shown = Memo::new(move |_| {
        points.with(|(curve, _)| curve.iter().any(|p| p.monthly > Decimal::ZERO))
    });

    view! {
        <Title text=crate::i18n::interpreter::page_title("estimates-page-title", false) />
        <h1><Tr id="estimates-heading" /></h1>
        <p class="lead"><Tr id="estimates-lead" /></p>
        <EconomyForm purchase=true />

        // In a task of its own while the app starts: the form and the results are each about as
        // long to draw (src/starting.rs).
        <Later>
        <section class="results" aria-labelledby="results-heading" aria-live="polite">
            <h2 id="results-heading"><Tr id="results-heading" /></h2>
            <p class="warning"><Tr id="estimates-disclaimer" /></p>
            {move || match result.get() {
                Err(id) => view! { <p class="incomplete" data-testid="estimate-incomplete">{twin_id(id)}</p> }.into_any(),
                Ok(r) => {
                    let b = r.bostotte.clone();
                    let s = r.startlan.clone();
                    let bostotte_text = {
                        let b = b.clone();
                        move |i18n: I18n| if !b.eligible {
                            b.ineligible_reason.as_deref().map(|id| i18n.tr(id)).unwrap_or_default()
                        } else if b.monthly.is_zero() {
                            tr!(i18n, "bostotte-none")
                        } else {
                            tr!(i18n, "bostotte-result", { "amount" => kr(i18n, b.monthly) })
                        }
                    };
                    let bostotte_explanation = b.explanation.clone();
                    let income_explanation = r.income.explanation.clone();
                    let (net_year, persons) = (r.income.net_year, r.tax.persons.len());
                    view! {
                        <article class="result" data-testid="income-result">
                            <h3><Tr id="income-heading" /></h3>
                            <p class="amount">{twin_text(move |i18n| tr!(i18n, "income-result", {
                                "year" => kr(i18n, net_year),
                                "month" => kr(i18n, net_year / Decimal::from(12)),
                                "persons" => persons,
                            }))}</p>
                            <HowWeCalculated explanation=Signal::derive(move || income_explanation.clone()) />
                        </article>
                        {r.municipality.replaced_number.as_deref()
                            .and_then(|old| rules::municipality::resolve(old, r.date).ok())
                            .and_then(|found| found.replaced.map(|old| (old, found.municipality)))
                            .map(|(old, now)| view! { <p class="notice">{replaced_notice(old, now)}</p> })}
                        <article class="result" data-testid="bostotte-result">
                            <h3><Tr id="bostotte-heading" /></h3>
                            <p class="amount">{twin_text(bostotte_text)}</p>
                            <HowWeCalculated explanation=Signal::derive(move || bostotte_explanation.clone()) />
                            // A line at zero says nothing: the chart shows only where bostøtte is paid.
                            {move || chart_shown.get().then(|| view! {
                                <BostotteChart curve=Signal::derive(move || points.get().0) you=Signal::derive(move || points.get().1) />
                            })}
                            <p><a href="https://www.husbanken.no/bostotte/" rel="external noopener"><Tr id="official-calculator-bostotte" /></a></p>
                        </article>
                        {s.map(|s| {
                            let explanation = s.explanation.clone();
                            let purchase = s.purchase.clone().map(|p| view! {
                                <p data-testid="startlan-payment">{twin_text(move |i18n| tr!(i18n, "startlan-purchase-payment", { "amount" => kr(i18n, p.monthly_annuity), "loan" => kr(i18n, p.loan) }))}</p>
                                {p.grant_need.is_zero().then(|| view! {
                                    <p class="amount" data-testid="startlan-fits"><Tr id="startlan-fits" /></p>
                                })}
                                // Common costs left out make every home look affordable: say so.
                                {move || state.maintenance.with(|m| m.trim().is_empty()).then(|| view! {
                                    <p class="warning" data-testid="startlan-maintenance-missing"><Tr id="startlan-maintenance-missing" /></p>
                                })}
                                {(p.grant_need > Decimal::ZERO && p.grant_realistic).then(|| view! {
                                    <p data-testid="startlan-grant">{twin_text(move |i18n| tr!(i18n, "startlan-grant-need", { "amount" => kr(i18n, p.grant_need) }))}</p>
                                })}
                                {(!p.grant_realistic).then(|| view! {
                                    <p class="warning" data-testid="startlan-gap">{twin_text(move |i18n| tr!(i18n, "startlan-gap-too-large", { "amount" => kr(i18n, p.grant_need), "price" => kr(i18n, p.affordable_price) }))}</p>
                                })}
                                {p.purchase_costs_estimated.then(|| view! {
                                    <p class="small" data-testid="startlan-purchase-costs">{twin_text(move |i18n| tr!(i18n, "startlan-purchase-costs-estimated", { "amount" => kr(i18n, p.purchase_costs) }))}</p>
                                })}
                            });
                            view! {
                                <article class="result" data-testid="startlan-result">
                                    <h3><Tr id="startlan-heading" /></h3>
                                    <p class="amount">{twin_text(move |i18n| if s.max_loan.is_zero() {
                                        tr!(i18n, "startlan-no-capacity")
                                    } else {
                                        tr!(i18n, "startlan-result", { "amount" => kr(i18n, s.max_loan_normal_term), "years" => s.normal_term_years })
                                    })}</p>
                                    <p>{twin_text(move |i18n| tr!(i18n, "startlan-long-term", { "amount" => kr(i18n, s.max_loan_long_term), "years" => s.long_term_years }))}</p>
                                    {purchase}
                                    <HowWeCalculated explanation=Signal::derive(move || explanation.clone()) />
                                    // Renting against owning, deleie and leie til eie with it, is a
                                    // page of its own with its own download (src/rent_or_buy/).
                                    <p><a href="/rent-or-buy/" rel="external" class="button secondary" data-testid="open-rent-or-buy"><Tr id="rent-or-buy-open" /></a></p>
                                    <p><a href="https://www.husbanken.no/startlan/" rel="external noopener"><Tr id="official-calculator-startlan" /></a></p>
                                </article>
                            }
                        })}
                    }.into_any()
                }
            }}
            {move || result.with(Result::is_ok).then(|| terms_used.get().map(|used| view! {
                <p class="small" data-testid="terms-used">{twin_text(move |i18n| match &used {
                    TermsUsed::Own { name, from } => tr!(i18n, "estimates-terms-own", {
                        "municipality" => name.clone(),
                        "date" => format::date(*from, i18n.language.get().id),
                    }),
                    TermsUsed::National => tr!(i18n, "estimates-terms-national", {
                        "municipality" => result.with(|r| r.as_ref().map(|r| r.municipality.name.clone()).unwrap_or_default()),
                    }),
                    TermsUsed::Loading => tr!(i18n, "estimates-terms-loading"),
                    TermsUsed::Unavailable => tr!(i18n, "estimates-terms-unavailable"),
                })}</p>
            }))}
            {move || result.get().ok().map(|r| view! { <FiguresNotices result=r /> })}
        </section>
        </Later>
    }
}

/// Whole kroner for the language of `i18n`.
fn kr(i18n: I18n, value: Decimal) -> String {
    format::kroner(value, i18n.language.get().id)
}
