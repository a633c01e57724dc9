//! Owning a share of the home beside renting and beside a full startlån, where the municipality
//! offers kommunal deleie or leie til eie (issue 16): each choice's monthly cost, loan and what
//! is owned, and how each was calculated. The rules compute every figure (`StartlanEstimate`'s
//! `purchase`, `deleie` and `leie_til_eie`); this only lays them side by side: a table on wide
//! screens, one card per choice on a phone (the same markup, styled by width). Shown on renting
//! or owning (`src/rent_or_buy/`), not on the estimates, whose download it would weigh.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use rules::{
    explanation::Explanation,
    profile::{DeleieTerms, LeieTilEieTerms},
    startlan::StartlanEstimate,
};
use rust_decimal::Decimal;

use crate::{
    components::how_we_calculated::HowWeCalculated,
    format,
    i18n::{Tr, twin_text},
};

/// What the municipality in force offers of the two ways to own a share.
#[derive(Debug, Clone, PartialEq)]
pub struct Offered {
    pub deleie: Option<DeleieTerms>,
    pub leie_til_eie: Option<LeieTilEieTerms>,
}

impl Offered {
    /// Whether there is anything to compare.
    pub fn any(&self) -> bool {
        self.deleie.is_some() || self.leie_til_eie.is_some()
    }
}

/// The largest share a resident may choose to buy with deleie (the seed's "50–90 %").
const LARGEST_SHARE_PERCENT: u32 = 90;
/// The step between the shares offered, in percentage points.
const SHARE_STEP_PERCENT: u32 = 10;

/// The shares a resident may choose: from the municipality's minimum up to 90 %, every 10 points.
pub fn share_choices(minimum: Decimal) -> Vec<Decimal> {
    let mut choices = vec![minimum];
    let step = Decimal::new(i64::from(SHARE_STEP_PERCENT), 2);
    let largest = Decimal::new(i64::from(LARGEST_SHARE_PERCENT), 2);
    // The next whole step above the minimum, so 0.55 leads to 0.6, 0.7 ...
    let mut next = ((minimum / step).floor() + Decimal::ONE) * step;
    while next <= largest {
        choices.push(next);
        next += step;
    }
    choices
}

/// The explanation's steps for one choice: the steps every choice shares (income, living costs,
/// rate, the largest loan) and the steps of that choice's own purchase.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sections {
    pub full: Explanation,
    pub deleie: Explanation,
    pub leie_til_eie: Explanation,
}

/// Splits the startlån explanation by choice. The rules write the shared steps first, then the
/// whole home's purchase, then each share's purchase ending with its own summary step
/// (`explain-startlan-deleie…`, `explain-startlan-leie-til-eie…`).
pub fn sections(explanation: &Explanation) -> Sections {
    let mut common = Vec::new();
    let mut full = Vec::new();
    let mut pending = Vec::new();
    let (mut deleie, mut leie_til_eie) = (Vec::new(), Vec::new());
    let mut whole_priced = false;
    for step in &explanation.steps {
        let id: &str = &step.message_id;
        if id.starts_with("explain-startlan-deleie") {
            deleie.append(&mut pending);
            deleie.push(step.clone());
        } else if id.starts_with("explain-startlan-leie-til-eie") {
            leie_til_eie.append(&mut pending);
            leie_til_eie.push(step.clone());
        } else if whole_priced && id.starts_with("explain-startlan-purchase-costs") {
            // A share's purchase costs: it belongs to the share whose summary follows.
            pending.push(step.clone());
        } else if !pending.is_empty() {
            pending.push(step.clone());
        } else if id.starts_with("explain-startlan-purchase")
            || id == "explain-startlan-grant-need"
            || id == "explain-startlan-gap-too-large"
        {
            whole_priced |= id == "explain-startlan-purchase";
            full.push(step.clone());
        } else {
            common.push(step.clone());
        }
    }
    let with_common = |own: Vec<_>| Explanation {
        steps: common.iter().cloned().chain(own).collect(),
    };
    Sections {
        full: with_common(full),
        deleie: with_common(deleie),
        leie_til_eie: with_common(leie_til_eie),
    }
}

/// The comparison, or nothing where the municipality offers neither deleie nor leie til eie.
/// `renting_monthly` is what the household pays for its rented home today, if it rents.
#[component]
pub fn OwnershipComparison(
    #[prop(into)] offered: Signal<Option<Offered>>,
    #[prop(into)] startlan: Signal<Option<StartlanEstimate>>,
    #[prop(into)] renting_monthly: Signal<Option<Decimal>>,
    share: RwSignal<Option<Decimal>>,
) -> impl IntoView {
    move || {
        offered.get().filter(Offered::any).map(|o| {
            let chooser = o.deleie.as_ref().map(|d| share_chooser(share, d.minimum_share.value));
            view! {
                <section class="result ownership" aria-labelledby="ownership-heading" data-testid="ownership">
                    <h3 id="ownership-heading"><Tr id="ownership-heading" /></h3>
                    {o.deleie.is_some().then(|| view! { <p><Tr id="ownership-deleie-what" /></p> })}
                    {o.leie_til_eie.is_some().then(|| view! { <p><Tr id="ownership-leie-til-eie-what" /></p> })}
                    {chooser}
                    {move || comparison(startlan.get(), renting_monthly.get())}
                </section>
            }
        })
    }
}

/// The deleie share the resident chooses; kept while the page is open.
fn share_chooser(share: RwSignal<Option<Decimal>>, minimum: Decimal) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let options = share_choices(minimum)
        .into_iter()
        .map(|c| {
            let value = c.normalize().to_string();
            // An option holds text only: the figure in the page's language, no twin.
            view! { <option value=value>{move || percent(i18n, c)}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="deleie-share"><Tr id="ownership-share-label" /></label>
            <select
                id="deleie-share"
                data-testid="deleie-share"
                prop:value=move || share.get().unwrap_or(minimum).normalize().to_string()
                on:change=move |ev| share.set(event_target_value(&ev).parse().ok())
            >
                {options}
            </select>
        </div>
    }
}

/// One row of the comparison, with its "how we calculated".
struct Choice {
    key: &'static str,
    name: &'static str,
    monthly: Decimal,
    loan: Option<Decimal>,
    short: Decimal,
    owned: Arc<dyn Fn(I18n) -> String + Send + Sync>,
    explanation: Option<Explanation>,
}

fn comparison(s: Option<StartlanEstimate>, renting: Option<Decimal>) -> impl IntoView {
    let Some(s) = s else {
        return view! { <p class="incomplete" data-testid="ownership-incomplete"><Tr id="estimate-incomplete" /></p> }.into_any();
    };
    let Some(whole) = s.purchase.clone() else {
        return view! { <p class="incomplete" data-testid="ownership-price-missing"><Tr id="ownership-price-missing" /></p> }.into_any();
    };
    let parts = sections(&s.explanation);
    let mut choices = Vec::new();
    if let Some(rent) = renting {
        choices.push(Choice {
            key: "renting",
            name: "ownership-renting",
            monthly: rent,
            loan: None,
            short: Decimal::ZERO,
            owned: Arc::new(|i18n| tr!(i18n, "ownership-owns-nothing")),
            explanation: None,
        });
    }
    if let Some(d) = s.deleie.clone() {
        let (share, price) = (d.share, d.share_price);
        choices.push(Choice {
            key: "deleie",
            name: "ownership-deleie",
            monthly: d.monthly_total,
            loan: Some(d.purchase.loan),
            short: d.purchase.grant_need,
            owned: Arc::new(move |i18n| tr!(i18n, "ownership-owns-share", { "share" => percent(i18n, share), "value" => kr(i18n, price) })),
            explanation: Some(parts.deleie.clone()),
        });
    }
    if let Some(l) = s.leie_til_eie.clone() {
        let (share, price, rest, years) = (
            l.first_share,
            l.share_price,
            l.rest_price,
            l.rest_after_years,
        );
        choices.push(Choice {
            key: "leie-til-eie",
            name: "ownership-leie-til-eie",
            monthly: l.monthly_total,
            loan: Some(l.purchase.loan),
            short: l.purchase.grant_need,
            owned: Arc::new(move |i18n| {
                tr!(i18n, "ownership-owns-share-then-rest", {
                    "share" => percent(i18n, share),
                    "value" => kr(i18n, price),
                    "rest" => kr(i18n, rest),
                    "years" => years,
                })
            }),
            explanation: Some(parts.leie_til_eie.clone()),
        });
    }
    let price = whole.price;
    choices.push(Choice {
        key: "full-startlan",
        name: "ownership-full-startlan",
        monthly: whole.monthly_annuity,
        loan: Some(whole.loan),
        short: whole.grant_need,
        owned: Arc::new(
            move |i18n| tr!(i18n, "ownership-owns-whole", { "value" => kr(i18n, price) }),
        ),
        explanation: Some(parts.full.clone()),
    });

    let rows = choices.iter().map(row).collect_view();
    let explained = choices
        .into_iter()
        .filter_map(|c| c.explanation.map(|e| (c.key, c.name, e)))
        .map(|(key, name, e)| {
            view! {
                <div class="ownership-how" data-testid=format!("ownership-how-{key}")>
                    <h4><Tr id=name /></h4>
                    <HowWeCalculated explanation=Signal::derive(move || e.clone()) />
                </div>
            }
        })
        .collect_view();
    view! {
        <table class="ownership-table" data-testid="ownership-table">
            <caption class="visually-hidden"><Tr id="ownership-caption" /></caption>
            <thead>
                <tr>
                    <th scope="col"><Tr id="ownership-column-choice" /></th>
                    <th scope="col"><Tr id="ownership-column-monthly" /></th>
                    <th scope="col"><Tr id="ownership-column-loan" /></th>
                    <th scope="col"><Tr id="ownership-column-owned" /></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {renting.is_some().then(|| view! { <p class="small"><Tr id="ownership-renting-how" /></p> })}
        <p class="small"><Tr id="ownership-monthly-note" /></p>
        {explained}
    }
    .into_any()
}

fn row(c: &Choice) -> impl IntoView + use<> {
    let (monthly, loan, short) = (c.monthly, c.loan, c.short);
    // Each cell names its column too: on a phone the table is a stack of cards without a head.
    let label = |id: &'static str| view! { <span class="ownership-label" aria-hidden="true"><Tr id=id />": "</span> };
    let owned = c.owned.clone();
    view! {
        <tr data-testid=format!("ownership-{}", c.key)>
            <th scope="row"><Tr id=c.name /></th>
            <td data-testid="monthly">{label("ownership-column-monthly")}{twin_text(move |i18n| kr(i18n, monthly))}</td>
            <td data-testid="loan">{label("ownership-column-loan")}{twin_text(move |i18n| match loan {
                Some(l) => kr(i18n, l),
                None => tr!(i18n, "ownership-no-loan"),
            })}
                {(short > Decimal::ZERO).then(|| view! {
                    <span class="ownership-short" data-testid="short">{twin_text(move |i18n| tr!(i18n, "ownership-short", { "amount" => kr(i18n, short) }))}</span>
                })}
            </td>
            <td data-testid="owned">{label("ownership-column-owned")}{twin_text(move |i18n| owned(i18n))}</td>
        </tr>
    }
}

fn kr(i18n: I18n, value: Decimal) -> String {
    format::kroner(value, i18n.language.get().id)
}

fn percent(i18n: I18n, value: Decimal) -> String {
    format::percent(value, i18n.language.get().id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rules::{household::Household, startlan};

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    #[test]
    fn the_shares_run_from_the_minimum_to_ninety_percent_in_steps_of_ten() {
        assert_eq!(
            share_choices(d("0.5")),
            ["0.5", "0.6", "0.7", "0.8", "0.9"].map(d).to_vec()
        );
        assert_eq!(
            share_choices(d("0.55")),
            ["0.55", "0.6", "0.7", "0.8", "0.9"].map(d).to_vec()
        );
        assert_eq!(share_choices(d("0.9")), vec![d("0.9")]);
    }

    #[test]
    fn each_choice_is_explained_by_the_shared_steps_and_its_own_purchase_only() {
        let household = Household {
            adults: 1,
            couple: false,
            children_ages: vec![],
            bostotte_exclusion: None,
        };
        let input = startlan::StartlanInput {
            home_price: Some(d("2500000")),
            deleie_share: Some(d("0.5")),
            ..Default::default()
        };
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        // The e2e tests' profiles: Sarpsborg with deleie and leie til eie.
        let set: rules::profile::ProfileSet = serde_json::from_str(include_str!(
            "../../tests/e2e/fixtures/municipality-profiles.json"
        ))
        .expect("the fixture is a ProfileSet");
        let sarpsborg = set.in_force("3105", date);
        assert!(sarpsborg.is_some_and(|p| !p.is_national()));
        let s =
            startlan::estimate(&household, d("40000"), &input, sarpsborg, date).expect("estimate");
        let ids = |e: &Explanation| -> Vec<String> {
            e.steps.iter().map(|s| s.message_id.to_string()).collect()
        };
        let parts = sections(&s.explanation);
        let (full, deleie) = (ids(&parts.full), ids(&parts.deleie));
        for shared in ["explain-startlan-available", "explain-startlan-max-loan"] {
            assert!(full.iter().any(|i| i == shared), "{full:?}");
            assert!(deleie.iter().any(|i| i == shared), "{deleie:?}");
        }
        assert!(
            full.iter().any(|i| i == "explain-startlan-purchase"),
            "{full:?}"
        );
        assert!(
            !full
                .iter()
                .any(|i| i.starts_with("explain-startlan-deleie")),
            "{full:?}"
        );
        assert!(
            !deleie.iter().any(|i| i == "explain-startlan-purchase"),
            "{deleie:?}"
        );
        assert_eq!(
            deleie.last().map(String::as_str),
            Some("explain-startlan-deleie")
        );
        // The share's own purchase costs go with the share, the home's with the whole home.
        let costs = |v: &[String]| {
            v.iter()
                .filter(|i| i.starts_with("explain-startlan-purchase-costs"))
                .count()
        };
        assert_eq!((costs(&full), costs(&deleie)), (1, 1));
        let leie = ids(&parts.leie_til_eie);
        assert!(
            leie.last()
                .is_some_and(|i| i.starts_with("explain-startlan-leie-til-eie")),
            "{leie:?}"
        );
        assert!(
            !leie
                .iter()
                .any(|i| i.starts_with("explain-startlan-deleie")),
            "{leie:?}"
        );
        assert_eq!(costs(&leie), 1);
    }
}
