//! The household's economy as a form: where they live, who lives there, income and the home.
//! The estimates and the application's economy step show the same form over the same state.

use crate::i18n::{Tr, interpreter::t_with_norwegian};
use leptos::prelude::*;
use rules::{
    household::{Basis, HomeKind, IncomeSource, Period},
    municipality,
};

use crate::{
    components::amount_field::{AmountField, Quantity},
    economy::{EconomyState, home_value, today},
};

/// The economy form; with `purchase`, also the home price and own funds a startlån needs.
#[component]
pub fn EconomyForm(#[prop(optional)] purchase: bool) -> impl IntoView {
    let state = expect_context::<EconomyState>();
    let date = today();
    let municipalities = municipality::search("", date, 400)
        .into_iter()
        .map(|m| view! { <option value=format!("{} ({})", m.name, m.number) /> })
        .collect_view();

    let radio = move |name: &'static str,
                      value: &'static str,
                      label: &'static str,
                      checked: Signal<bool>,
                      set: Callback<()>| {
        let id = format!("{name}-{value}");
        view! {
            <div class="radio">
                <input type="radio" id=id.clone() name=name value=value prop:checked=checked on:change=move |_| set.run(()) />
                <label for=id><Tr id=label /></label>
            </div>
        }
    };

    view! {
        <form class="estimate-form" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend><Tr id="section-where" /></legend>
                <div class="field">
                    <label for="municipality"><Tr id="field-municipality" /></label>
                    <p class="hint" id="municipality-hint"><Tr id="field-municipality-hint" /></p>
                    <input
                        id="municipality"
                        name="municipality"
                        type="text"
                        list="municipality-list"
                        autocomplete="off"
                        aria-describedby="municipality-hint"
                        prop:value=move || state.municipality.get()
                        on:input=move |ev| state.municipality.set(event_target_value(&ev))
                    />
                    <datalist id="municipality-list">{municipalities}</datalist>
                </div>
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
            </fieldset>
            <fieldset>
                <legend><Tr id="section-income" /></legend>
                <AmountField id="income" label="field-income" hint="field-income-hint" value=state.income />
                <fieldset class="inline">
                    <legend><Tr id="field-income-period" /></legend>
                    {radio("period", "year", "period-year", Signal::derive(move || state.period.get() == Period::Year), Callback::new(move |()| state.period.set(Period::Year)))}
                    {radio("period", "month", "period-month", Signal::derive(move || state.period.get() == Period::Month), Callback::new(move |()| state.period.set(Period::Month)))}
                </fieldset>
                <fieldset class="inline">
                    <legend><Tr id="field-income-basis" /></legend>
                    {radio("basis", "gross", "basis-gross", Signal::derive(move || state.basis.get() == Basis::Gross), Callback::new(move |()| state.basis.set(Basis::Gross)))}
                    {radio("basis", "net", "basis-net", Signal::derive(move || state.basis.get() == Basis::Net), Callback::new(move |()| state.basis.set(Basis::Net)))}
                </fieldset>
                <fieldset class="inline">
                    <legend><Tr id="field-income-source" /></legend>
                    {radio("source", "wages", "source-wages", Signal::derive(move || state.source.get() == IncomeSource::Wages), Callback::new(move |()| state.source.set(IncomeSource::Wages)))}
                    {radio("source", "pension", "source-pension", Signal::derive(move || state.source.get() == IncomeSource::Pension), Callback::new(move |()| state.source.set(IncomeSource::Pension)))}
                </fieldset>
                <AmountField id="wealth" label="field-wealth" hint="field-wealth-hint" value=state.wealth />
            </fieldset>
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
                <AmountField id="housing-cost" label="field-housing-cost" hint="field-housing-cost-hint" value=state.housing_cost />
                <div class="checkbox">
                    <input type="checkbox" id="adapted" prop:checked=move || state.adapted.get() on:change=move |ev| state.adapted.set(event_target_checked(&ev)) />
                    <label for="adapted"><Tr id="field-adapted" /></label>
                </div>
            </fieldset>
            {purchase.then(|| view! { <fieldset>
                <legend><Tr id="section-purchase" /></legend>
                <AmountField id="home-price" label="field-home-price" hint="field-home-price-hint" value=state.home_price />
                <AmountField id="own-funds" label="field-own-funds" value=state.own_funds />
            </fieldset> })}
        </form>
    }
}
