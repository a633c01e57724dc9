//! The overview's period, as a housing manager types it: two months, each read only when it has
//! one reading ("2026-03", "2026-3", "03.2026", "3/2026", "3 2026"), else refused beside its
//! field with what was typed kept. A period the page can use goes in the address, as YYYY-MM, so
//! a reload, Back and a printed page show the same months; the server checks it again.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use rules::overview::MAX_MONTHS;

use super::text::s;

/// A month typed as digits, year and month in either order; `None` for anything else (a name,
/// a two-digit year, month 13).
pub fn read_month(text: &str) -> Option<(i32, u32)> {
    let parts: Vec<&str> = text
        .trim()
        .split(['-', '.', '/', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b] = parts[..] else { return None };
    if !(a.chars().chain(b.chars())).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (year, month) = match (a.len(), b.len()) {
        (4, 1 | 2) => (a, b),
        (1 | 2, 4) => (b, a),
        _ => return None,
    };
    let (year, month): (i32, u32) = (year.parse().ok()?, month.parse().ok()?);
    ((1..=12).contains(&month) && (1900..=9999).contains(&year)).then_some((year, month))
}

/// What is wrong with the period typed, as (field id, message id), or the two months.
pub fn read_period(
    from: &str,
    until: &str,
) -> Result<(String, String), (&'static str, &'static str)> {
    let from = read_month(from).ok_or(("from", "staff-overview-month-invalid"))?;
    let until = read_month(until).ok_or(("until", "staff-overview-month-invalid"))?;
    let span = (until.0 - from.0) * 12 + until.1 as i32 - from.1 as i32;
    if span < 0 {
        return Err(("until", "staff-overview-month-order"));
    }
    if span >= MAX_MONTHS {
        return Err(("from", "staff-overview-period-too-long"));
    }
    let month = |(y, m): (i32, u32)| format!("{y:04}-{m:02}");
    Ok((month(from), month(until)))
}

/// The form: the months of the period shown, "Vis" goes to the period typed, or says beside
/// the field what is wrong with it.
#[component]
pub fn PeriodForm(
    /// The months shown now, as YYYY-MM.
    shown: Signal<(String, String)>,
    /// A problem the server found with the period in the address (message id).
    refused: Signal<Option<String>>,
) -> impl IntoView {
    let from = RwSignal::new(String::new());
    let until = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<(&'static str, String)>);
    // The fields show the period shown, until the reader types.
    Effect::new(move || {
        let (f, u) = shown.get();
        from.set(f);
        until.set(u);
        problem.set(refused.get().map(|id| ("from", id)));
    });
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match read_period(&from.get_untracked(), &until.get_untracked()) {
            Ok((f, u)) => {
                problem.set(None);
                navigate(
                    &format!("/staff/overview?from={f}&until={u}"),
                    Default::default(),
                );
            }
            Err((field, id)) => {
                problem.set(Some((field, id.to_string())));
                if let Some(input) = document().get_element_by_id(field) {
                    let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
        }
    };
    let field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        let error = move || problem.get().filter(|(at, _)| *at == id).map(|(_, m)| m);
        let error_id = format!("{id}-error");
        view! {
            <div class="field" class:field-invalid=move || error().is_some()>
                <label for=id>{s(label)}</label>
                {move || error().map(|m| view! { <p class="error-message" id=format!("{id}-error")>{s(&m)}</p> })}
                <input type="text" id=id name=id autocomplete="off" spellcheck="false"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    aria-invalid=move || error().is_some().then_some("true")
                    aria-describedby=move || if error().is_some() { format!("period-hint {error_id}") } else { "period-hint".into() } />
            </div>
        }
    };
    view! {
        <form on:submit=on_submit novalidate class="filters overview-period">
            <p class="hint" id="period-hint">{s("staff-overview-month-hint")}</p>
            {field("from", "staff-overview-from", from)}
            {field("until", "staff-overview-until", until)}
            <button type="submit" class="button">{s("staff-overview-show")}</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_is_read_as_people_type_it_and_only_with_one_reading() {
        for typed in [
            "2026-03",
            "2026-3",
            "03.2026",
            "3.2026",
            "3/2026",
            " 03 2026 ",
            "2026/03",
        ] {
            assert_eq!(read_month(typed), Some((2026, 3)), "{typed}");
        }
        for typed in [
            "",
            "mars 2026",
            "26-03",
            "03.26",
            "2026-13",
            "2026-00",
            "2026",
            "2026-03-01",
            "1.2.2026",
        ] {
            assert_eq!(read_month(typed), None, "{typed}");
        }
    }

    #[test]
    fn a_period_is_two_months_in_order_and_at_most_five_years() {
        assert_eq!(
            read_period("1.2026", "2026-6"),
            Ok(("2026-01".into(), "2026-06".into()))
        );
        assert_eq!(
            read_period("2026-12", "2026-12"),
            Ok(("2026-12".into(), "2026-12".into()))
        );
        assert_eq!(
            read_period("januar", "2026-06"),
            Err(("from", "staff-overview-month-invalid"))
        );
        assert_eq!(
            read_period("2026-09", "2026-03"),
            Err(("until", "staff-overview-month-order"))
        );
        assert_eq!(
            read_period("2020-01", "2025-01"),
            Err(("from", "staff-overview-period-too-long"))
        );
        assert!(read_period("2020-02", "2025-01").is_ok());
    }
}
