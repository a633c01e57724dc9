//! The error summary (GOV.UK pattern): at the top of a form after a failed "Continue", taking
//! focus so it is read out, with a link to each field in error that moves focus to it.

use leptos::{html, prelude::*};

use crate::i18n::Tr;

/// A field in error: the id of its input and the message id that explains the problem.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

/// The message for `field` among `errors`, if it has one.
pub fn error_for(
    errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
) -> Signal<Option<&'static str>> {
    Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == field).map(|e| e.message)))
}

/// Moves focus to the element with `id` (and scrolls it into view).
pub fn focus_field(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// Shows `errors` when there are any; takes focus each time they are set anew.
#[component]
pub fn ErrorSummary(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if !errors.with(Vec::is_empty)
            && let Some(s) = summary.get()
        {
            // After the next frame: the summary is shown by then (a hidden element cannot take
            // focus, and effects may run before the DOM is updated).
            request_animation_frame(move || {
                let _ = s.focus();
            });
        }
    });
    view! {
        <div
            class="error-summary"
            role="alert"
            tabindex="-1"
            node_ref=summary
            hidden=move || errors.with(Vec::is_empty)
            data-testid="error-summary"
        >
            <h2><Tr id="error-summary-title" /></h2>
            <ul>
                {move || {
                    errors
                        .get()
                        .into_iter()
                        .map(|e| {
                            let field = e.field;
                            view! {
                                <li>
                                    <a
                                        href=format!("#{field}")
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_field(field);
                                        }
                                    >
                                        <Tr id=e.message />
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
