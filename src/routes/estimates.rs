//! Estimates of bostøtte and startlån. The rules run in the browser on every change, so results
//! follow the typing, work offline, and nothing typed here leaves the phone.

use crate::i18n::t;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use rules::{
    EstimateInput, EstimateResult,
    household::{Basis, HomeKind, Household, Housing, Income, IncomeSource, Period},
    municipality,
    startlan::StartlanInput,
};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{
    components::{
        bostotte_chart::{BostotteChart, Point},
        how_we_calculated::HowWeCalculated,
    },
    format::{self, AmountError, parse_amount, parse_count},
};

/// Today, from the browser's clock (the rules never read a clock).
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(NaiveDate::MIN)
}

/// What the user typed, kept as typed so nothing is lost while it is being corrected.
#[derive(Debug, Clone, Copy)]
struct Fields {
    municipality: RwSignal<String>,
    adults: RwSignal<String>,
    couple: RwSignal<bool>,
    children_0_5: RwSignal<String>,
    children_6_10: RwSignal<String>,
    children_11_17: RwSignal<String>,
    income: RwSignal<String>,
    period: RwSignal<Period>,
    basis: RwSignal<Basis>,
    source: RwSignal<IncomeSource>,
    wealth: RwSignal<String>,
    home: RwSignal<HomeKind>,
    housing_cost: RwSignal<String>,
    adapted: RwSignal<bool>,
    home_price: RwSignal<String>,
    own_funds: RwSignal<String>,
}

/// The fields as saved on the device between visits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EstimateDraft {
    municipality: String,
    adults: String,
    couple: bool,
    children_0_5: String,
    children_6_10: String,
    children_11_17: String,
    income: String,
    period: Period,
    basis: Basis,
    source: IncomeSource,
    wealth: String,
    home: HomeKind,
    housing_cost: String,
    adapted: bool,
    home_price: String,
    own_funds: String,
}

impl Default for EstimateDraft {
    fn default() -> Self {
        Self {
            municipality: String::new(),
            adults: "1".into(),
            couple: false,
            children_0_5: String::new(),
            children_6_10: String::new(),
            children_11_17: String::new(),
            income: String::new(),
            period: Period::Year,
            basis: Basis::Gross,
            source: IncomeSource::Wages,
            wealth: String::new(),
            home: HomeKind::Rented,
            housing_cost: String::new(),
            adapted: false,
            home_price: String::new(),
            own_funds: String::new(),
        }
    }
}

/// Where the estimates' draft is kept on the device.
pub const DRAFT_KEY: &str = "estimates-draft";

impl Fields {
    fn from_draft(d: EstimateDraft) -> Self {
        Self {
            municipality: RwSignal::new(d.municipality),
            adults: RwSignal::new(d.adults),
            couple: RwSignal::new(d.couple),
            children_0_5: RwSignal::new(d.children_0_5),
            children_6_10: RwSignal::new(d.children_6_10),
            children_11_17: RwSignal::new(d.children_11_17),
            income: RwSignal::new(d.income),
            period: RwSignal::new(d.period),
            basis: RwSignal::new(d.basis),
            source: RwSignal::new(d.source),
            wealth: RwSignal::new(d.wealth),
            home: RwSignal::new(d.home),
            housing_cost: RwSignal::new(d.housing_cost),
            adapted: RwSignal::new(d.adapted),
            home_price: RwSignal::new(d.home_price),
            own_funds: RwSignal::new(d.own_funds),
        }
    }

    /// Reads every field (so an effect that calls it follows all of them).
    fn draft(&self) -> EstimateDraft {
        EstimateDraft {
            municipality: self.municipality.get(),
            adults: self.adults.get(),
            couple: self.couple.get(),
            children_0_5: self.children_0_5.get(),
            children_6_10: self.children_6_10.get(),
            children_11_17: self.children_11_17.get(),
            income: self.income.get(),
            period: self.period.get(),
            basis: self.basis.get(),
            source: self.source.get(),
            wealth: self.wealth.get(),
            home: self.home.get(),
            housing_cost: self.housing_cost.get(),
            adapted: self.adapted.get(),
            home_price: self.home_price.get(),
            own_funds: self.own_funds.get(),
        }
    }
}

fn home_value(kind: HomeKind) -> &'static str {
    match kind {
        HomeKind::Rented => "rented",
        HomeKind::Cooperative => "cooperative",
        HomeKind::OwnedHouse => "owned_house",
        HomeKind::None => "none",
    }
}

/// The municipality number in what was typed: "0301", "Oslo (0301)" or a name.
fn municipality_number(text: &str, date: NaiveDate) -> Option<String> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 4 {
        return Some(digits);
    }
    let name = text.trim().to_lowercase();
    municipality::search(&name, date, 400)
        .into_iter()
        .find(|m| {
            m.name.to_lowercase() == name
                || m.official_name.is_some_and(|o| o.to_lowercase() == name)
        })
        .map(|m| m.number.to_string())
}

/// The message shown until the estimate has what it needs.
pub const INCOMPLETE: &str = "estimate-incomplete";

/// A representative age for each band, so the rules get the living-cost rate of that band.
const BAND_AGES: [u8; 3] = [3, 8, 14];

/// The rules' input from the fields as typed, or the message id of what is missing or wrong.
pub fn build_input(f: &EstimateDraft, date: NaiveDate) -> Result<EstimateInput, &'static str> {
    let amount = |s: &str| parse_amount(s).map_err(AmountError::message_id);
    let count = |s: &str| parse_count(s).map_err(AmountError::message_id);
    let number = municipality_number(&f.municipality, date).ok_or(INCOMPLETE)?;
    let mut children = Vec::new();
    for (field, age) in [&f.children_0_5, &f.children_6_10, &f.children_11_17]
        .into_iter()
        .zip(BAND_AGES)
    {
        let n = count(field)?.unwrap_or(0).min(20);
        children.extend(std::iter::repeat_n(age, n as usize));
    }
    let income = amount(&f.income)?.ok_or(INCOMPLETE)?;
    let cost = amount(&f.housing_cost)?.ok_or(INCOMPLETE)?;
    let price = amount(&f.home_price)?;
    Ok(EstimateInput {
        date,
        municipality: number,
        household: Household {
            adults: count(&f.adults)?.unwrap_or(1),
            couple: f.couple,
            children_ages: children,
            bostotte_exclusion: None,
        },
        income: Income {
            amount: income,
            period: f.period,
            basis: f.basis,
            source: f.source,
            net_wealth: amount(&f.wealth)?.unwrap_or_default(),
        },
        housing: Housing {
            kind: f.home,
            monthly_cost: cost,
            adapted_for_disability: f.adapted,
        },
        startlan: Some(StartlanInput {
            home_price: price,
            own_funds: amount(&f.own_funds)?.unwrap_or_default(),
            ..Default::default()
        }),
        needs: None,
    })
}

/// The estimate saved on this device, if its fields are complete: lets other pages use what the
/// resident already told, instead of asking again.
pub fn saved_estimate_input(date: NaiveDate) -> Option<EstimateInput> {
    crate::storage::load::<EstimateDraft>(DRAFT_KEY).and_then(|d| build_input(&d, date).ok())
}

/// Bostøtte at 24 incomes from zero to twice the household's (at least 600 000 kr).
fn curve(input: &EstimateInput, gross: Decimal) -> Vec<Point> {
    let top = (gross * Decimal::TWO).max(Decimal::from(600_000));
    (0..=24)
        .filter_map(|i| {
            let income = top * Decimal::from(i) / Decimal::from(24);
            let mut at = input.clone();
            at.income = Income {
                amount: income,
                period: Period::Year,
                basis: Basis::Gross,
                ..at.income
            };
            at.startlan = None;
            rules::estimate(&at).ok().map(|r| Point {
                income,
                monthly: r.bostotte.monthly,
            })
        })
        .collect()
}

/// A labelled text input whose error, if any, is shown with it and announced.
#[component]
fn AmountField(
    id: &'static str,
    label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    value: RwSignal<String>,
    #[prop(default = "decimal")] inputmode: &'static str,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let error = move || {
        parse_amount(&value.get())
            .err()
            .map(|e| i18n.tr(e.message_id()))
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error().is_some()>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {move || error().map(|e| view! { <p class="error-message" id=error_id.clone()>{e}</p> })}
            <input
                id=id
                name=id
                type="text"
                inputmode=inputmode
                autocomplete="off"
                aria-describedby=described
                aria-invalid=move || error().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}

/// The estimates page.
#[component]
pub fn Estimates() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let f = Fields::from_draft(crate::storage::load(DRAFT_KEY).unwrap_or_default());
    Effect::new(move |_| crate::storage::keep(DRAFT_KEY, &f.draft()));
    let date = today();
    let input = Memo::new(move |_| build_input(&f.draft(), date));
    let result: Memo<Result<EstimateResult, String>> = Memo::new(move |_| match input.get() {
        Ok(input) => rules::estimate(&input).map_err(|e| e.message_id().to_string()),
        Err(id) => Err(id.to_string()),
    });
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
    let lang = move || i18n.language.get().id;
    let kr = move |v: Decimal| format::kroner(v, lang());

    let municipalities = municipality::search("", date, 400)
        .into_iter()
        .map(|m| view! { <option value=format!("{} ({})", m.name, m.number) /> })
        .collect_view();

    let radio = move |name: &'static str,
                      value: &'static str,
                      label: Signal<String>,
                      checked: Signal<bool>,
                      set: Callback<()>| {
        let id = format!("{name}-{value}");
        view! {
            <div class="radio">
                <input type="radio" id=id.clone() name=name value=value prop:checked=checked on:change=move |_| set.run(()) />
                <label for=id>{label}</label>
            </div>
        }
    };

    view! {
        <Title text=move || tr!(i18n, "estimates-page-title") />
        <h1>{t("estimates-heading")}</h1>
        <p class="lead">{t("estimates-lead")}</p>
        <form class="estimate-form" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{t("section-where")}</legend>
                <div class="field">
                    <label for="municipality">{t("field-municipality")}</label>
                    <p class="hint" id="municipality-hint">{t("field-municipality-hint")}</p>
                    <input
                        id="municipality"
                        name="municipality"
                        type="text"
                        list="municipality-list"
                        autocomplete="off"
                        aria-describedby="municipality-hint"
                        prop:value=move || f.municipality.get()
                        on:input=move |ev| f.municipality.set(event_target_value(&ev))
                    />
                    <datalist id="municipality-list">{municipalities}</datalist>
                </div>
            </fieldset>
            <fieldset>
                <legend>{t("section-household")}</legend>
                <AmountField id="adults" label=t("field-adults") value=f.adults inputmode="numeric" />
                <div class="checkbox">
                    <input type="checkbox" id="couple" prop:checked=move || f.couple.get() on:change=move |ev| f.couple.set(event_target_checked(&ev)) />
                    <label for="couple">{t("field-couple")}</label>
                </div>
                <AmountField id="children-0-5" label=t("field-children-0-5") value=f.children_0_5 inputmode="numeric" />
                <AmountField id="children-6-10" label=t("field-children-6-10") value=f.children_6_10 inputmode="numeric" />
                <AmountField id="children-11-17" label=t("field-children-11-17") value=f.children_11_17 inputmode="numeric" />
            </fieldset>
            <fieldset>
                <legend>{t("section-income")}</legend>
                <AmountField id="income" label=t("field-income") hint=t("field-income-hint") value=f.income />
                <fieldset class="inline">
                    <legend>{t("field-income-period")}</legend>
                    {radio("period", "year", t("period-year"), Signal::derive(move || f.period.get() == Period::Year), Callback::new(move |()| f.period.set(Period::Year)))}
                    {radio("period", "month", t("period-month"), Signal::derive(move || f.period.get() == Period::Month), Callback::new(move |()| f.period.set(Period::Month)))}
                </fieldset>
                <fieldset class="inline">
                    <legend>{t("field-income-basis")}</legend>
                    {radio("basis", "gross", t("basis-gross"), Signal::derive(move || f.basis.get() == Basis::Gross), Callback::new(move |()| f.basis.set(Basis::Gross)))}
                    {radio("basis", "net", t("basis-net"), Signal::derive(move || f.basis.get() == Basis::Net), Callback::new(move |()| f.basis.set(Basis::Net)))}
                </fieldset>
                <fieldset class="inline">
                    <legend>{t("field-income-source")}</legend>
                    {radio("source", "wages", t("source-wages"), Signal::derive(move || f.source.get() == IncomeSource::Wages), Callback::new(move |()| f.source.set(IncomeSource::Wages)))}
                    {radio("source", "pension", t("source-pension"), Signal::derive(move || f.source.get() == IncomeSource::Pension), Callback::new(move |()| f.source.set(IncomeSource::Pension)))}
                </fieldset>
                <AmountField id="wealth" label=t("field-wealth") hint=t("field-wealth-hint") value=f.wealth />
            </fieldset>
            <fieldset>
                <legend>{t("section-housing")}</legend>
                <div class="field">
                    <label for="home-kind">{t("field-home-kind")}</label>
                    <select id="home-kind" prop:value=move || home_value(f.home.get()) on:change=move |ev| f.home.set(match event_target_value(&ev).as_str() {
                        "cooperative" => HomeKind::Cooperative,
                        "owned_house" => HomeKind::OwnedHouse,
                        "none" => HomeKind::None,
                        _ => HomeKind::Rented,
                    })>
                        <option value="rented">{t("home-rented")}</option>
                        <option value="cooperative">{t("home-cooperative")}</option>
                        <option value="owned_house">{t("home-owned-house")}</option>
                        <option value="none">{t("home-none")}</option>
                    </select>
                </div>
                <AmountField id="housing-cost" label=t("field-housing-cost") hint=t("field-housing-cost-hint") value=f.housing_cost />
                <div class="checkbox">
                    <input type="checkbox" id="adapted" prop:checked=move || f.adapted.get() on:change=move |ev| f.adapted.set(event_target_checked(&ev)) />
                    <label for="adapted">{t("field-adapted")}</label>
                </div>
            </fieldset>
            <fieldset>
                <legend>{t("section-purchase")}</legend>
                <AmountField id="home-price" label=t("field-home-price") hint=t("field-home-price-hint") value=f.home_price />
                <AmountField id="own-funds" label=t("field-own-funds") value=f.own_funds />
            </fieldset>
        </form>

        <section class="results" aria-labelledby="results-heading" aria-live="polite">
            <h2 id="results-heading">{t("results-heading")}</h2>
            <p class="warning">{t("estimates-disclaimer")}</p>
            {move || match result.get() {
                Err(id) => view! { <p class="incomplete" data-testid="estimate-incomplete">{i18n.tr(&id)}</p> }.into_any(),
                Ok(r) => {
                    let b = r.bostotte.clone();
                    let s = r.startlan.clone();
                    let bostotte_text = if !b.eligible {
                        b.ineligible_reason.as_deref().map(|id| i18n.tr(id)).unwrap_or_default()
                    } else if b.monthly.is_zero() {
                        tr!(i18n, "bostotte-none")
                    } else {
                        tr!(i18n, "bostotte-result", { "amount" => kr(b.monthly) })
                    };
                    let bostotte_explanation = b.explanation.clone();
                    view! {
                        {r.municipality.replaced_number.clone().map(|old| view! {
                            <p class="notice">{tr!(i18n, "municipality-replaced", { "old" => old, "new" => r.municipality.number.clone(), "name" => r.municipality.name.clone() })}</p>
                        })}
                        <article class="result" data-testid="bostotte-result">
                            <h3>{t("bostotte-heading")}</h3>
                            <p class="amount">{bostotte_text}</p>
                            <HowWeCalculated explanation=Signal::derive(move || bostotte_explanation.clone()) />
                            <BostotteChart curve=Signal::derive(move || points.get().0) you=Signal::derive(move || points.get().1) />
                            <p><a href="https://www.husbanken.no/bostotte/" rel="external noopener">{t("official-calculator-bostotte")}</a></p>
                        </article>
                        {s.map(|s| {
                            let explanation = s.explanation.clone();
                            let purchase = s.purchase.clone().map(|p| view! {
                                <p data-testid="startlan-payment">{tr!(i18n, "startlan-purchase-payment", { "amount" => kr(p.monthly_annuity), "loan" => kr(p.loan) })}</p>
                                {(p.grant_need > Decimal::ZERO).then(|| view! {
                                    <p data-testid="startlan-grant">{tr!(i18n, "startlan-grant-need", { "amount" => kr(p.grant_need) })}</p>
                                })}
                            });
                            view! {
                                <article class="result" data-testid="startlan-result">
                                    <h3>{t("startlan-heading")}</h3>
                                    <p class="amount">{if s.max_loan.is_zero() {
                                        tr!(i18n, "startlan-no-capacity")
                                    } else {
                                        tr!(i18n, "startlan-result", { "amount" => kr(s.max_loan_normal_term), "years" => s.normal_term_years })
                                    }}</p>
                                    <p>{tr!(i18n, "startlan-long-term", { "amount" => kr(s.max_loan_long_term), "years" => s.long_term_years })}</p>
                                    {purchase}
                                    <HowWeCalculated explanation=Signal::derive(move || explanation.clone()) />
                                    <p><a href="https://www.husbanken.no/startlan/" rel="external noopener">{t("official-calculator-startlan")}</a></p>
                                </article>
                            }
                        })}
                        {r.rests_on_unverified.then(|| view! { <p class="notice">{t("unverified-notice")}</p> })}
                        {r.parameters_valid_from.map(|d| view! { <p class="small">{tr!(i18n, "parameters-date", { "date" => d.to_string() })}</p> })}
                    }.into_any()
                }
            }}
        </section>
    }
}
