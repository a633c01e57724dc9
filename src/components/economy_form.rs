//! The household's economy as a form: where they live, who lives there, income and the home.
//! The estimates and the application's economy step show the same form over the same state.

use crate::i18n::{Tr, interpreter::t_with_norwegian, twin_text};
use leptos::prelude::*;
use leptos_fluent::tr;
use rules::{
    household::{Basis, BostotteExclusion, HomeKind, IncomeSource, Period},
    startlan::PurchaseKind,
};

use crate::{
    components::{
        amount_field::{AmountField, Quantity},
        municipality_field::MunicipalityField,
    },
    economy::{EconomyState, IncomeState, home_value},
    starting::Later,
};

/// The ids of the income fields, one per adult (element ids must be static here).
pub const INCOME_IDS: [&str; 20] = [
    "income",
    "income-2",
    "income-3",
    "income-4",
    "income-5",
    "income-6",
    "income-7",
    "income-8",
    "income-9",
    "income-10",
    "income-11",
    "income-12",
    "income-13",
    "income-14",
    "income-15",
    "income-16",
    "income-17",
    "income-18",
    "income-19",
    "income-20",
];

fn radio(
    name: String,
    value: &'static str,
    label: &'static str,
    checked: Signal<bool>,
    set: Callback<()>,
) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="radio">
            <input type="radio" id=id.clone() name=name value=value prop:checked=checked on:change=move |_| set.run(()) />
            <label for=id><Tr id=label /></label>
        </div>
    }
}

/// One adult's income: amount, per month or year, before or after tax, and its kind; for
/// alderspensjon or uføretrygd, the question that can lower the egenandel.
#[component]
fn IncomeRow(index: usize, row: IncomeState, single: Signal<bool>) -> impl IntoView {
    let id = INCOME_IDS[index.min(INCOME_IDS.len() - 1)];
    let n = index + 1;
    let suffix = if index == 0 {
        String::new()
    } else {
        format!("-{n}")
    };
    let source_id = format!("income-source{suffix}");
    let special_id = format!("income-special{suffix}");
    let special_label = move || match row.source.get() {
        IncomeSource::Pension if single.get() => Some("field-income-old-age-single"),
        IncomeSource::Uforetrygd => Some("field-income-young-disabled"),
        _ => None,
    };
    view! {
        <fieldset class="income-person" data-testid=format!("income-person-{n}")>
            <legend id=format!("income-person{suffix}-legend")>{twin_text(move |i18n| tr!(i18n, "income-person-heading", { "n" => n }))}</legend>
            <AmountField id=id label="field-income" hint="field-income-hint" value=row.amount />
            // Each group is named by its own question and the adult it is about, so no two groups
            // on the page share a name (a screen reader lists them by name).
            <fieldset class="inline" aria-labelledby=format!("income-person{suffix}-legend period{suffix}-legend")>
                <legend id=format!("period{suffix}-legend")><Tr id="words-income-period" /></legend>
                {radio(format!("period{suffix}"), "year", "period-year", Signal::derive(move || row.period.get() == Period::Year), Callback::new(move |()| row.period.set(Period::Year)))}
                {radio(format!("period{suffix}"), "month", "period-month", Signal::derive(move || row.period.get() == Period::Month), Callback::new(move |()| row.period.set(Period::Month)))}
            </fieldset>
            <fieldset class="inline" aria-labelledby=format!("income-person{suffix}-legend basis{suffix}-legend")>
                <legend id=format!("basis{suffix}-legend")><Tr id="words-income-basis" /></legend>
                {radio(format!("basis{suffix}"), "gross", "basis-gross", Signal::derive(move || row.basis.get() == Basis::Gross), Callback::new(move |()| row.basis.set(Basis::Gross)))}
                {radio(format!("basis{suffix}"), "net", "basis-net", Signal::derive(move || row.basis.get() == Basis::Net), Callback::new(move |()| row.basis.set(Basis::Net)))}
            </fieldset>
            <div class="field">
                <label for=source_id.clone()><Tr id="field-income-source" /></label>
                <select id=source_id prop:value=move || source_value(row.source.get()) on:change=move |ev| row.source.set(match event_target_value(&ev).as_str() {
                    "pension" => IncomeSource::Pension,
                    "uforetrygd" => IncomeSource::Uforetrygd,
                    "benefit" => IncomeSource::Benefit,
                    _ => IncomeSource::Wages,
                })>
                    <option value="wages">{t_with_norwegian("source-wages")}</option>
                    <option value="pension">{t_with_norwegian("source-pension")}</option>
                    <option value="uforetrygd">{t_with_norwegian("source-uforetrygd")}</option>
                    <option value="benefit">{t_with_norwegian("source-benefit")}</option>
                </select>
            </div>
            {move || special_label().map(|label| {
                let special_id = special_id.clone();
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=special_id.clone() prop:checked=move || row.special.get() on:change=move |ev| row.special.set(event_target_checked(&ev)) />
                        <label for=special_id><Tr id=label /></label>
                    </div>
                }
            })}
        </fieldset>
    }
}

fn source_value(source: IncomeSource) -> &'static str {
    match source {
        IncomeSource::Wages => "wages",
        IncomeSource::Pension => "pension",
        IncomeSource::Uforetrygd => "uforetrygd",
        IncomeSource::Benefit => "benefit",
    }
}

/// A loan: its monthly payment, or what is owed.
#[component]
fn DebtFields(
    monthly_id: &'static str,
    balance_id: &'static str,
    legend: &'static str,
    monthly: RwSignal<String>,
    balance: RwSignal<String>,
) -> impl IntoView {
    view! {
        <fieldset class="debt">
            <legend><Tr id=legend /></legend>
            <AmountField id=monthly_id label="field-debt-monthly" value=monthly />
            <AmountField id=balance_id label="field-debt-balance" hint="field-debt-balance-hint" value=balance />
        </fieldset>
    }
}

/// The economy form; with `purchase`, also the home price and own funds a startlån needs.
#[component]
pub fn EconomyForm(#[prop(optional)] purchase: bool) -> impl IntoView {
    let state = expect_context::<EconomyState>();

    let adults = Signal::derive(move || crate::economy::adults_asked(&state.adults.get()));
    let single = Signal::derive(move || !(state.couple.get() && adults.get() >= 2));
    let income_rows = move || {
        state
            .incomes
            .get_value()
            .into_iter()
            .take(adults.get())
            .enumerate()
            .map(|(index, row)| view! { <IncomeRow index=index row=row single=single /> })
            .collect_view()
    };
    let debts = state.debts;

    view! {
        <form class="estimate-form" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend><Tr id="section-where" /></legend>
                <MunicipalityField value=state.municipality />
            </fieldset>
            <fieldset>
                <legend><Tr id="section-household" /></legend>
                <AmountField id="adults" label="field-adults" value=state.adults quantity=Quantity::Adults />
                <div class="checkbox">
                    <input type="checkbox" id="couple" prop:checked=move || state.couple.get() on:change=move |ev| state.couple.set(event_target_checked(&ev)) />
                    <label for="couple"><Tr id="field-couple" /></label>
                </div>
                <AmountField id="children-0-5" label="field-children-0-5" value=state.children_0_5 quantity=Quantity::Children />
                <AmountField id="children-6-10" label="field-children-6-10" value=state.children_6_10 quantity=Quantity::Children />
                <AmountField id="children-11-17" label="field-children-11-17" value=state.children_11_17 quantity=Quantity::Children />
                <div class="field">
                    <label for="exclusion"><Tr id="field-exclusion" /></label>
                    <p class="hint" id="exclusion-hint"><Tr id="field-exclusion-hint" /></p>
                    <select id="exclusion" aria-describedby="exclusion-hint" prop:value=move || exclusion_value(state.exclusion.get()) on:change=move |ev| state.exclusion.set(match event_target_value(&ev).as_str() {
                        "student" => Some(BostotteExclusion::StudentWithoutChildren),
                        "national_service" => Some(BostotteExclusion::NationalService),
                        "institution" => Some(BostotteExclusion::Institution),
                        _ => None,
                    })>
                        <option value="none">{t_with_norwegian("exclusion-none")}</option>
                        <option value="student">{t_with_norwegian("exclusion-student")}</option>
                        <option value="national_service">{t_with_norwegian("exclusion-national-service")}</option>
                        <option value="institution">{t_with_norwegian("exclusion-institution")}</option>
                    </select>
                </div>
            </fieldset>
            // The form is long: while the app starts, drawn in three tasks (src/starting.rs).
            <Later>
            <fieldset>
                <legend><Tr id="section-income" /></legend>
                {income_rows}
                <AmountField id="wealth" label="field-wealth" hint="field-wealth-hint" value=state.wealth />
            </fieldset>
            <fieldset>
                <legend><Tr id="section-debts" /></legend>
                <p class="hint"><Tr id="section-debts-hint" /></p>
                <DebtFields monthly_id="debt-consumer-monthly" balance_id="debt-consumer-balance" legend="debt-consumer" monthly=debts.consumer_monthly balance=debts.consumer_balance />
                <DebtFields monthly_id="debt-student-monthly" balance_id="debt-student-balance" legend="debt-student" monthly=debts.student_monthly balance=debts.student_balance />
                <DebtFields monthly_id="debt-car-monthly" balance_id="debt-car-balance" legend="debt-car" monthly=debts.car_monthly balance=debts.car_balance />
                <DebtFields monthly_id="debt-other-monthly" balance_id="debt-other-balance" legend="debt-other" monthly=debts.other_monthly balance=debts.other_balance />
                <AmountField id="childcare" label="field-childcare" value=debts.childcare />
                <AmountField id="child-support" label="field-child-support" value=debts.child_support />
            </fieldset>
            </Later>
            <Later>
            <fieldset>
                <legend><Tr id="section-housing" /></legend>
                <div class="field">
                    <label for="home-kind"><Tr id="field-home-kind" /></label>
                    <select id="home-kind" prop:value=move || home_value(state.home.get()) on:change=move |ev| state.home.set(match event_target_value(&ev).as_str() {
                        "cooperative" => HomeKind::Cooperative,
                        "owned_house" => HomeKind::OwnedHouse,
                        "none" => HomeKind::None,
                        _ => HomeKind::Rented,
                    })>
                        <option value="rented">{t_with_norwegian("home-rented")}</option>
                        <option value="cooperative">{t_with_norwegian("home-cooperative")}</option>
                        <option value="owned_house">{t_with_norwegian("home-owned-house")}</option>
                        <option value="none">{t_with_norwegian("home-none")}</option>
                    </select>
                </div>
                {move || (state.home.get() != HomeKind::None).then(|| view! {
                    <AmountField id="housing-cost" label="field-housing-cost" hint="field-housing-cost-hint" value=state.housing_cost />
                })}
                <div class="checkbox">
                    <input type="checkbox" id="adapted" prop:checked=move || state.adapted.get() on:change=move |ev| state.adapted.set(event_target_checked(&ev)) />
                    <label for="adapted"><Tr id="field-adapted" /></label>
                </div>
            </fieldset>
            {purchase.then(|| view! { <fieldset>
                <legend><Tr id="section-purchase" /></legend>
                <AmountField id="home-price" label="field-home-price" hint="field-home-price-hint" value=state.home_price />
                <div class="field">
                    <label for="purchase-kind"><Tr id="field-purchase-kind" /></label>
                    <select id="purchase-kind" prop:value=move || match state.purchase_kind.get() { PurchaseKind::Borettslag => "borettslag", PurchaseKind::Selveier => "selveier" } on:change=move |ev| state.purchase_kind.set(if event_target_value(&ev) == "selveier" { PurchaseKind::Selveier } else { PurchaseKind::Borettslag })>
                        <option value="borettslag">{t_with_norwegian("purchase-borettslag")}</option>
                        <option value="selveier">{t_with_norwegian("purchase-selveier")}</option>
                    </select>
                </div>
                <AmountField id="maintenance" label="field-maintenance" hint="field-maintenance-hint" value=state.maintenance />
                <AmountField id="own-funds" label="field-own-funds" value=state.own_funds />
            </fieldset> })}
            </Later>
        </form>
    }
}

fn exclusion_value(exclusion: Option<BostotteExclusion>) -> &'static str {
    match exclusion {
        None => "none",
        Some(BostotteExclusion::StudentWithoutChildren) => "student",
        Some(BostotteExclusion::NationalService) => "national_service",
        Some(BostotteExclusion::Institution) => "institution",
    }
}
