//! The page: what staying costs a month against owning with startlån, what stands in the way,
//! and what to do next, each figure with how it was calculated (`rules::rent_or_buy`). Where the
//! municipality offers deleie or leie til eie, the comparison of owning a share follows
//! (`components/ownership_comparison.rs`).

use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use rules::{
    rent_or_buy::{IncomeLasts, NextStep, Owning, RentOrBuy, Staying, compare},
    screening::{Obstacle, Outlook},
};
use rust_decimal::Decimal;

use crate::{
    components::{
        contact_card::tel_href,
        figures_notices::FiguresNotices,
        how_we_calculated::HowWeCalculated,
        ownership_comparison::{Offered, OwnershipComparison},
    },
    economy::{EconomyState, build_input, today},
    format,
    i18n::{Tr, interpreter::page_title, twin_id, twin_text},
    profiles::{Loaded, Profiles},
};

/// Where the answer "will the income last?" is kept on the device ("yes", "no"; else not said).
/// A `husly-` key: "Start over" wipes it.
const INCOME_KEY: &str = "husly-income-lasts";

/// NAV's økonomi- og gjeldsrådgivning, free advice on debt and money by phone
/// (nav.no/okonomi-og-gjeld, "Ring NAVs økonomirådgivning på 55 55 33 39").
const DEBT_ADVICE_PHONE: &str = "55 55 33 39";

const HUSBANKEN_BOSTOTTE: &str = "https://www.husbanken.no/bostotte/";

/// Whose startlån terms the comparison used.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Terms {
    /// The municipality's own profile.
    Own,
    /// The national default: the municipality has no profile of its own.
    National,
    /// The profiles could not be read (offline before the first visit): the national terms.
    Unavailable,
}

fn lasts_from(kept: &str) -> IncomeLasts {
    match kept {
        "yes" => IncomeLasts::Yes,
        "no" => IncomeLasts::No,
        _ => IncomeLasts::NotSaid,
    }
}

/// The page.
#[component]
pub fn RentOrBuyPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let state = expect_context::<EconomyState>();
    let profiles = expect_context::<Profiles>();
    let date = today();
    let lasts = RwSignal::new(crate::storage::load::<String>(INCOME_KEY).unwrap_or_default());
    Effect::new(move |_| crate::storage::keep(INCOME_KEY, &lasts.get()));
    // The deleie share the resident chooses (the municipality's minimum until then).
    let share = RwSignal::new(None::<Decimal>);
    let input = Memo::new(move |_| build_input(&state.draft(), date, i18n.language.get().id));
    let answered = Memo::new(move |_| input.with(Result::is_ok));
    let compared = Memo::new(move |_| {
        let input = input.get().map_err(str::to_string)?;
        let loaded = profiles.loaded();
        if loaded.with(|l| matches!(l, Loaded::Loading)) {
            return Ok(None);
        }
        profiles.with_in_force(&input.municipality, date, |in_force| {
            let offered = in_force.map(|p| Offered {
                deleie: p.edition.offers.deleie.clone(),
                leie_til_eie: p.edition.offers.leie_til_eie.clone(),
            });
            let mut input = input.clone();
            if let (Some(s), Some(d)) = (
                input.startlan.as_mut(),
                offered.as_ref().and_then(|o| o.deleie.as_ref()),
            ) {
                s.deleie_share = Some(share.get().unwrap_or(d.minimum_share.value));
            }
            let terms = match in_force {
                Some(p) if p.is_national() => Terms::National,
                Some(_) => Terms::Own,
                None => Terms::Unavailable,
            };
            compare(&input, in_force, lasts_from(&lasts.get()))
                .map(|c| Some((c, offered, terms)))
                .map_err(|e| e.message_id().to_string())
        })
    });

    view! {
        <Title text=page_title("rent-or-buy-page-title", false) />
        <h1><Tr id="rent-or-buy-heading" /></h1>
        <p class="lead"><Tr id="rent-or-buy-lead" /></p>
        {move || (!answered.get()).then(|| view! {
            <div class="notice" data-testid="rent-or-buy-no-answers">
                <p><Tr id="rent-or-buy-no-answers" /></p>
                <p><a href="/estimates" rel="external" class="button"><Tr id="rent-or-buy-to-estimates" /></a></p>
            </div>
        })}
        {move || answered.get().then(|| income_question(lasts))}
        <section class="results" aria-labelledby="rent-or-buy-monthly" aria-live="polite">
            <h2 id="rent-or-buy-monthly"><Tr id="rent-or-buy-monthly-heading" /></h2>
            {move || match compared.get() {
                Err(id) => view! { <p class="incomplete" data-testid="rent-or-buy-incomplete">{twin_id(id)}</p> }.into_any(),
                Ok(None) => view! { <p data-testid="rent-or-buy-loading"><Tr id="estimates-terms-loading" /></p> }.into_any(),
                Ok(Some((c, offered, terms))) => result(c, offered, terms, share).into_any(),
            }}
        </section>
        <p><a href="/estimates" rel="external" data-testid="rent-or-buy-change"><Tr id="rent-or-buy-change-answers" /></a></p>
    }
}

/// "Will the income last?": three answers, kept on the device.
fn income_question(lasts: RwSignal<String>) -> impl IntoView {
    let radio = |value: &'static str, label: &'static str| {
        let id = format!(
            "income-lasts-{}",
            if value.is_empty() { "not-said" } else { value }
        );
        view! {
            <div class="radio">
                <input type="radio" id=id.clone() name="income-lasts" value=value
                    prop:checked=move || lasts.with(|l| l == value)
                    on:change=move |_| lasts.set(value.to_string()) />
                <label for=id><Tr id=label /></label>
            </div>
        }
    };
    view! {
        <fieldset data-testid="income-lasts" aria-describedby="income-lasts-hint">
            <legend><Tr id="rent-or-buy-income-legend" /></legend>
            <p class="hint" id="income-lasts-hint"><Tr id="rent-or-buy-income-hint" /></p>
            {radio("yes", "rent-or-buy-income-yes")}
            {radio("no", "rent-or-buy-income-no")}
            {radio("", "rent-or-buy-income-not-said")}
        </fieldset>
    }
}

fn kr(i18n: I18n, value: Decimal) -> String {
    format::kroner(value, i18n.language.get().id)
}

fn result(
    c: RentOrBuy,
    offered: Option<Offered>,
    terms: Terms,
    share: RwSignal<Option<Decimal>>,
) -> impl IntoView {
    let difference = match (&c.staying, &c.owning) {
        (Some(s), Some(o)) => {
            let (dearer, amount) = if o.net_monthly > s.net_monthly {
                (true, o.net_monthly - s.net_monthly)
            } else {
                (false, s.net_monthly - o.net_monthly)
            };
            Some(view! {
                <p class="amount" data-testid="rent-or-buy-difference">{twin_text(move |i18n| if dearer {
                    tr!(i18n, "rent-or-buy-owning-dearer", { "amount" => kr(i18n, amount) })
                } else {
                    tr!(i18n, "rent-or-buy-owning-cheaper", { "amount" => kr(i18n, amount) })
                })}</p>
            })
        }
        _ => None,
    };
    // The largest loan the household can carry, whatever the home compared.
    let loan = c.startlan.max_loan;
    let outlook = twin_text(move |i18n| match c.outlook {
        Outlook::CouldBuy => tr!(i18n, "rent-or-buy-outlook-could-buy"),
        Outlook::CarriesALoan => {
            tr!(i18n, "rent-or-buy-outlook-carries", { "loan" => kr(i18n, loan) })
        }
        Outlook::NotNow => tr!(i18n, "rent-or-buy-outlook-not-now"),
    });
    let outlook_key = match c.outlook {
        Outlook::CouldBuy => "could-buy",
        Outlook::CarriesALoan => "carries-a-loan",
        Outlook::NotNow => "not-now",
    };
    let obstacles = if c.obstacles.is_empty() {
        view! { <p data-testid="rent-or-buy-no-obstacles"><Tr id="rent-or-buy-obstacles-none" /></p> }.into_any()
    } else {
        let items = c
            .obstacles
            .iter()
            .map(|o| view! { <li>{obstacle(*o)}</li> })
            .collect_view();
        view! { <ul data-testid="rent-or-buy-obstacles">{items}</ul> }.into_any()
    };
    let steps = c
        .next_steps
        .iter()
        .map(|s| view! { <li>{next_step(*s)}</li> })
        .collect_view();
    let startlan = Some(c.startlan.clone());
    let renting = c.staying.as_ref().map(|s| s.rent_monthly);
    let comparison = c.explanation.clone();
    let owner_bostotte = c.owning.as_ref().map(|o| o.bostotte_explanation.clone());
    let startlan_explanation = c.startlan.explanation.clone();
    let municipality = c.estimate.municipality.name.clone();
    let terms = twin_text(move |i18n| match terms {
        Terms::Own => {
            tr!(i18n, "rent-or-buy-terms-own", { "municipality" => municipality.clone() })
        }
        Terms::National => {
            tr!(i18n, "estimates-terms-national", { "municipality" => municipality.clone() })
        }
        Terms::Unavailable => tr!(i18n, "estimates-terms-unavailable"),
    });
    view! {
        {c.staying.is_none().then(|| view! { <p data-testid="rent-or-buy-not-renting"><Tr id="rent-or-buy-not-renting" /></p> })}
        <ul class="rent-or-buy-choices">
            {c.staying.clone().map(staying_card)}
            {owning_card(c.owning.clone())}
        </ul>
        {difference}
        <p class="rent-or-buy-outlook" data-testid="rent-or-buy-outlook" data-outlook=outlook_key><strong>{outlook}</strong></p>
        <h2><Tr id="rent-or-buy-obstacles-heading" /></h2>
        {obstacles}
        <h2><Tr id="rent-or-buy-next-heading" /></h2>
        <ol class="rent-or-buy-next" data-testid="rent-or-buy-next">{steps}</ol>
        <OwnershipComparison
            offered=Signal::derive(move || offered.clone())
            startlan=Signal::derive(move || startlan.clone())
            renting_monthly=Signal::derive(move || renting)
            share=share
        />
        <h2><Tr id="rent-or-buy-how-heading" /></h2>
        <div class="ownership-how" data-testid="rent-or-buy-how">
            <h3><Tr id="rent-or-buy-how-comparison" /></h3>
            <HowWeCalculated explanation=Signal::derive(move || comparison.clone()) />
            {owner_bostotte.map(|e| view! {
                <h3><Tr id="rent-or-buy-how-owner-bostotte" /></h3>
                <HowWeCalculated explanation=Signal::derive(move || e.clone()) />
            })}
            <h3><Tr id="rent-or-buy-how-startlan" /></h3>
            <HowWeCalculated explanation=Signal::derive(move || startlan_explanation.clone()) />
        </div>
        <p class="warning"><Tr id="estimates-disclaimer" /></p>
        <p class="small" data-testid="rent-or-buy-terms">{terms}</p>
        <FiguresNotices result=c.estimate />
    }
}

fn staying_card(s: Staying) -> impl IntoView {
    view! {
        <li class="result" data-testid="rent-or-buy-staying">
            <h3><Tr id="rent-or-buy-staying" /></h3>
            <p class="amount" data-testid="monthly">{twin_text(move |i18n| kr(i18n, s.net_monthly))}</p>
            <p class="small">{twin_text(move |i18n| tr!(i18n, "rent-or-buy-staying-detail", {
                "rent" => kr(i18n, s.rent_monthly),
                "bostotte" => kr(i18n, s.bostotte_monthly),
            }))}</p>
        </li>
    }
}

fn owning_card(o: Option<Owning>) -> impl IntoView {
    let body = match o {
        None => view! { <p data-testid="rent-or-buy-no-loan"><Tr id="rent-or-buy-no-loan" /></p> }
            .into_any(),
        Some(o) => {
            let home = o.clone();
            // Left out, common costs make owning look cheaper than it is: say so.
            let no_common_costs = o.common_costs_monthly.is_zero();
            // Savings typed as wealth only are not counted toward the purchase: say so.
            let no_own_funds = o.own_funds.is_zero();
            view! {
                <p class="amount" data-testid="monthly">{twin_text(move |i18n| kr(i18n, o.net_monthly))}</p>
                <p class="small">{twin_text(move |i18n| tr!(i18n, "rent-or-buy-owning-detail", {
                    "payment" => kr(i18n, o.loan_payment_monthly),
                    "common" => kr(i18n, o.common_costs_monthly),
                    "bostotte" => kr(i18n, o.bostotte_monthly),
                }))}</p>
                <p data-testid="rent-or-buy-home">{twin_text(move |i18n| {
                    let (price, loan) = (kr(i18n, home.price), kr(i18n, home.loan));
                    if home.price_given {
                        tr!(i18n, "rent-or-buy-home-given", { "price" => price, "loan" => loan })
                    } else {
                        tr!(i18n, "rent-or-buy-home-reached", { "price" => price, "loan" => loan })
                    }
                })}</p>
                {no_own_funds.then(|| view! {
                    <p class="small" data-testid="rent-or-buy-own-funds-missing"><Tr id="rent-or-buy-own-funds-missing" /></p>
                })}
                {no_common_costs.then(|| view! {
                    <p class="warning" data-testid="rent-or-buy-common-costs-missing"><Tr id="startlan-maintenance-missing" /></p>
                })}
            }
            .into_any()
        }
    };
    view! {
        <li class="result" data-testid="rent-or-buy-owning">
            <h3><Tr id="rent-or-buy-owning" /></h3>
            {body}
        </li>
    }
}

fn obstacle(o: Obstacle) -> AnyView {
    match o {
        Obstacle::NoRoomForALoan => twin_id("rent-or-buy-obstacle-no-room").into_any(),
        Obstacle::IncomeNotStable => twin_id("rent-or-buy-obstacle-unstable").into_any(),
        Obstacle::TemporaryBenefit => twin_id("rent-or-buy-obstacle-temporary-benefit").into_any(),
        Obstacle::Debts { lowers_loan_by } => twin_text(move |i18n| {
            tr!(i18n, "rent-or-buy-obstacle-debts", { "amount" => kr(i18n, lowers_loan_by) })
        })
        .into_any(),
        Obstacle::ReachBelowPrice { short_by } => twin_text(move |i18n| {
            tr!(i18n, "rent-or-buy-obstacle-short", { "amount" => kr(i18n, short_by) })
        })
        .into_any(),
    }
}

fn next_step(s: NextStep) -> AnyView {
    match s {
        NextStep::ApplyForStartlan => view! {
            <span data-testid="next-apply">{twin_id("rent-or-buy-next-apply")}</span>" "
            <a href="/apply" rel="external" class="button"><Tr id="rent-or-buy-next-apply-link" /></a>
        }
        .into_any(),
        NextStep::AskForTilskudd { amount } => view! {
            <span data-testid="next-tilskudd">{twin_text(move |i18n| tr!(i18n, "rent-or-buy-next-tilskudd", { "amount" => kr(i18n, amount) }))}</span>
        }
        .into_any(),
        NextStep::LookCheaperOrSave { reach, short_by } => view! {
            <span data-testid="next-cheaper">{twin_text(move |i18n| tr!(i18n, "rent-or-buy-next-cheaper", {
                "reach" => kr(i18n, reach),
                "amount" => kr(i18n, short_by),
            }))}</span>
        }
        .into_any(),
        NextStep::AskAboutOwningAShare => view! { <span data-testid="next-share">{twin_id("rent-or-buy-next-share")}</span> }.into_any(),
        NextStep::PayDownDebts { raises_loan_by } => view! {
            <span data-testid="next-debts">{twin_text(move |i18n| tr!(i18n, "rent-or-buy-next-debts", { "amount" => kr(i18n, raises_loan_by) }))}</span>
        }
        .into_any(),
        NextStep::DebtAdvice => view! {
            <span data-testid="next-debt-advice">{twin_text(move |i18n| tr!(i18n, "rent-or-buy-next-debt-advice", {
                "phone" => format::ltr(DEBT_ADVICE_PHONE.to_string(), i18n.language.get().id),
            }))}</span>" "
            <bdi><a href=tel_href(DEBT_ADVICE_PHONE) dir="ltr" data-testid="debt-advice-phone">{DEBT_ADVICE_PHONE}</a></bdi>
        }
        .into_any(),
        NextStep::AskAgainWithLastingIncome => view! { <span data-testid="next-lasting-income">{twin_id("rent-or-buy-next-lasting-income")}</span> }.into_any(),
        NextStep::ApplyForBostotte => view! {
            <span data-testid="next-bostotte">{twin_id("rent-or-buy-next-bostotte")}</span>" "
            <a href=HUSBANKEN_BOSTOTTE rel="external noopener"><Tr id="rent-or-buy-next-bostotte-link" /></a>
        }
        .into_any(),
    }
}
