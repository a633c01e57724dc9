//! The app taking over a page that was prerendered at build time (issue 17).
//!
//! The server sends the start page, the needs check's opening and first question, the
//! estimates and the emergency page as real HTML in the reader's language (rendered by the app
//! itself in Chromium by `cargo xtask dist`; server/src/prerendered.rs), so the page is read
//! before the wasm has arrived. Its elements carry `data-prerendered`. When the app's first
//! page is drawn and in the document (src/starting.rs), `take_over` asks the small script in
//! index.html to take what the reader did meanwhile (typed and chosen values, the focus, a
//! pressed button), remove the prerendered page and give it all to the app's page in the same
//! frame: no flash, no shift, nothing lost.

/// Hands the prerendered page over to the app's, if this page was prerendered; otherwise
/// nothing. Call it in the task that puts the app's page in the document.
pub fn take_over() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let hand_over = js_sys::Reflect::get(&window, &"huslyTakeOver".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(hand_over) = hand_over {
        let _ = hand_over.call0(&window);
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
