//! Component tests in a real browser (wasm-bindgen-test in headless Chromium):
//! `cargo test --package husly --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use leptos::{prelude::*, task::tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Event, HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A message from the app's Fluent file for `locale`, as the user sees it.
fn message(ftl: &str, id: &str) -> String {
    let prefix = format!("{id} = ");
    ftl.lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no message {id}"))
        .to_string()
}

const NB: &str = include_str!("../locales/nb/main.ftl");
const AR: &str = include_str!("../locales/ar/main.ftl");

/// Mounts the app and waits until it has drawn its pages: the app builds them once the first
/// language is here, and a browser language other than Norwegian is fetched first (here it cannot
/// be: this test's page serves no language files, so the app goes on in Norwegian).
async fn mount_app() -> HtmlElement {
    let wrapper = document().create_element("section").expect("element");
    document()
        .body()
        .expect("body")
        .append_child(&wrapper)
        .expect("append");
    let wrapper: HtmlElement = wrapper.unchecked_into();
    // Leak the handle: the app stays mounted for the rest of this test.
    std::mem::forget(leptos::mount::mount_to(wrapper.clone(), husly::App));
    for _ in 0..250 {
        if wrapper.query_selector("h1").ok().flatten().is_some() {
            return wrapper;
        }
        sleep_ms(20).await;
    }
    panic!("the app drew nothing within 5 s");
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timeout");
}

async fn choose_language(wrapper: &HtmlElement, id: &str) {
    let select: HtmlSelectElement = wrapper
        .query_selector("#language-picker")
        .expect("query")
        .expect("a language picker")
        .unchecked_into();
    select.set_value(id);
    select
        .dispatch_event(&Event::new("change").expect("event"))
        .expect("dispatch");
    tick().await;
}

fn heading(wrapper: &HtmlElement) -> String {
    wrapper
        .query_selector("h1")
        .expect("query")
        .expect("a heading")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn choosing_a_language_translates_the_page_sets_lang_and_dir_and_is_remembered() {
    let wrapper = mount_app().await;
    tick().await;
    let html = document().document_element().expect("html element");

    choose_language(&wrapper, "nb").await;
    assert_eq!(heading(&wrapper), message(NB, "home-heading"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("nb"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));

    // In the app, Arabic is fetched from /locales/ar.ftl when chosen; this test's page has no such
    // file, so the catalog is given the text the fetch would bring.
    husly::i18n::catalog::add("ar", AR);
    choose_language(&wrapper, "ar").await;
    assert_eq!(heading(&wrapper), message(AR, "home-heading"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));

    let stored = window()
        .local_storage()
        .expect("storage access")
        .expect("local storage")
        .get_item(husly::i18n::LANGUAGE_STORAGE_KEY)
        .expect("read");
    assert_eq!(stored.as_deref(), Some("ar"));
}

/// The answers' income line: "1. 323 000 kr" read as 1 323 000 kr (walkthrough), so one adult's
/// line has no number and several are numbered "1)", "2)".
#[wasm_bindgen_test]
fn an_income_line_never_starts_with_a_number_that_runs_into_the_amount() {
    let with_incomes = |persons: serde_json::Value| -> rules::application::Application {
        serde_json::from_value(serde_json::json!({
            "municipality": "0301",
            "person": { "name": "Kari", "national_id": "15038500047", "phone": "912 34 567",
                        "preferred_language": "nb" },
            "household": { "adults": 2, "couple": true },
            "income": { "persons": persons },
            "housing": { "kind": "rented", "monthly_cost": "13500" },
            "help_wanted": ["bostotte"],
            "consent": true
        }))
        .expect("an application")
    };
    let income_lines = |app: &rules::application::Application| -> Vec<String> {
        let tr = |id: &str| id.to_string();
        husly::routes::apply::summary::sections(app, "nb", &[], &tr)
            .into_iter()
            .flat_map(|(_, rows)| rows)
            .find(|row| row.question == "field-income")
            .expect("an income row")
            .answer
    };
    let one = income_lines(&with_incomes(serde_json::json!([{ "amount": "323000" }])));
    assert_eq!(one.len(), 1);
    assert!(one[0].starts_with("323\u{a0}000\u{a0}kr"), "{one:?}");
    let two = income_lines(&with_incomes(
        serde_json::json!([{ "amount": "323000" }, { "amount": "120000" }]),
    ));
    assert!(two[0].starts_with("1) 323\u{a0}000\u{a0}kr"), "{two:?}");
    assert!(two[1].starts_with("2) 120\u{a0}000\u{a0}kr"), "{two:?}");
}
