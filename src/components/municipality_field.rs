//! The municipality field: what a resident types ("Oslo kommune", "Baerum", "0105", "أوسلو") is
//! looked up as they type (`rules::municipality::lookup`), and the field says what it found: the
//! municipality, what an old number or name became, or, when more than one fits or the
//! municipality was divided, the candidates to choose from. It never picks one itself.

use leptos::prelude::*;
use leptos_fluent::tr;
use rules::{
    municipality::{self, Lookup},
    parameters::Municipality,
};

use crate::{
    economy::today,
    i18n::{Tr, twin_text},
    starting::Later,
};

fn label(m: &Municipality) -> String {
    format!("{} ({})", m.name, m.number)
}

/// What an old number became, with every step: "0105 → 3003 → 3105".
fn path(old: &'static Municipality) -> String {
    municipality::chain(old, today())
        .iter()
        .map(|m| m.number)
        .collect::<Vec<_>>()
        .join(" → ")
}

/// The notice that an old number or name was replaced, and by what.
pub fn replaced_notice(old: &'static Municipality, now: &'static Municipality) -> AnyView {
    let (name, new, number, old_name, path) =
        (now.name, now.number, old.number, old.name, path(old));
    let typed_number = old.name == now.name;
    twin_text(move |i18n| {
        if typed_number {
            tr!(i18n, "words-municipality-replaced-number", { "old" => number, "path" => path.clone(), "name" => name, "new" => new })
        } else {
            tr!(i18n, "words-municipality-replaced-name", { "old" => old_name, "number" => number, "path" => path.clone(), "name" => name, "new" => new })
        }
    })
    .into_any()
}

/// Every municipality in force on `date` as the `<option>`s of the field's suggestions: one
/// piece of HTML for the browser to read, rather than ~360 elements made one by one from the
/// wasm (measured: most of the time it took to draw the top of the estimates page).
fn suggestions(date: chrono::NaiveDate) -> String {
    municipality::search("", date, 400)
        .into_iter()
        .map(|m| {
            format!(
                "<option value=\"{}\"></option>",
                html_escape::encode_double_quoted_attribute(&label(m))
            )
        })
        .collect()
}

/// The municipality field of the economy form, bound to `value`.
#[component]
pub fn MunicipalityField(value: RwSignal<String>) -> impl IntoView {
    let date = today();
    let found = Memo::new(move |_| {
        value.with(|text| (!text.trim().is_empty()).then(|| municipality::lookup(text, date)))
    });
    let choices = move |list: Vec<&'static Municipality>| {
        let items = list
            .into_iter()
            .map(|m| {
                view! {
                    <li><button type="button" class="link-button" on:click=move |_| value.set(label(m))>{label(m)}</button></li>
                }
            })
            .collect_view();
        view! { <ul class="choices" data-testid="municipality-choices">{items}</ul> }
    };
    let feedback = move || {
        found.get().map(|lookup| match lookup {
            Lookup::Found(r) => match r.replaced {
                Some(old) => replaced_notice(old, r.municipality),
                None => {
                    let m = r.municipality;
                    twin_text(move |i18n| tr!(i18n, "words-municipality-found", { "name" => m.name, "number" => m.number })).into_any()
                }
            },
            Lookup::Divided { old, into } => view! {
                <p>{twin_text(move |i18n| tr!(i18n, "words-municipality-divided", { "old" => old.name, "number" => old.number }))}</p>
                {choices(into)}
            }
            .into_any(),
            Lookup::Several(list) => view! {
                <p><Tr id="words-municipality-several" /></p>
                {choices(list)}
            }
            .into_any(),
            Lookup::NotFound => view! { <Tr id="words-municipality-not-found" /> }.into_any(),
        })
    };
    view! {
        <div class="field">
            <label for="municipality"><Tr id="field-municipality" /></label>
            <p class="hint" id="municipality-hint"><Tr id="field-municipality-hint" /></p>
            <input
                id="municipality"
                name="municipality"
                type="text"
                list="municipality-list"
                autocomplete="off"
                aria-describedby="municipality-hint municipality-found"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            // The browser's suggestions, in a task of their own while the app starts.
            <Later>
                <datalist id="municipality-list" inner_html=suggestions(date) />
            </Later>
            <div id="municipality-found" class="municipality-found" aria-live="polite" data-testid="municipality-found">
                {feedback}
            </div>
        </div>
    }
}
