//! The app taking over a page that was prerendered at build time (issue 17).
//!
//! The server sends the start page, the needs check's opening and first question, the
//! estimates and the emergency page as real HTML in the reader's language (rendered by the app
//! itself in Chromium by `cargo xtask dist`; server/src/prerendered.rs), so the page is read
//! before the wasm has arrived. Its elements carry `data-prerendered`. When the app's first
//! page is drawn (outside the document, src/starting.rs), `take_over` asks the small script in
//! index.html to take what the reader did meanwhile (typed and chosen values, the focus, a
//! pressed button), remove the prerendered page, put the app's in and give it all to it, in one
//! task: no flash, no shift, nothing lost.

/// Hands the prerendered page over to the app's: index.html's script removes the prerendered
/// page, calls `put_in` (which puts the app's page in the document) and hands over what the
/// reader did, in this task. Without the script (a page not prerendered), only `put_in` runs.
pub fn take_over(put_in: impl FnOnce() + 'static) {
    use wasm_bindgen::{JsCast, closure::Closure};
    let hand_over = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"huslyTakeOver".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match hand_over {
        Some(hand_over) => {
            let _ = hand_over.call1(
                &wasm_bindgen::JsValue::UNDEFINED,
                &Closure::once_into_js(put_in),
            );
        }
        None => put_in(),
    }
}

/// Whether the app is drawing a page for `cargo xtask dist` to keep (tests/e2e/prerender.mjs
/// sets `window.huslyPrerendering`), rather than for a reader: what only a prerendered page
/// needs is drawn then alone.
pub fn rendering_for_the_build() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"huslyPrerendering".into()).ok())
        .is_some_and(|flag| flag.is_truthy())
}
