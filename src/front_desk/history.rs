//! After "New client" (or "Start over"), the browser's Back button must reach no page of the
//! person before: not the resident pages, not the staff pages of the front-desk employee signed
//! in on the device (whose inbox lists the walk-ins it helped). A page cannot take entries out
//! of the browser's history, so each entry is stamped with when it was first shown (in its
//! `history.state`), "New client" notes its own time on the device, and both apps check at
//! start: an entry from before the last "New client", reached with Back or Forward, shows
//! nothing and becomes the start page instead. Back then steps over each old entry in turn.
//! A page the browser keeps whole in its back-forward cache is checked when it is shown again.

use wasm_bindgen::{JsCast, JsValue, closure::Closure};

/// Where "New client" notes its time (ms since the epoch). Not a `husly-` key, so the wipe
/// that "New client" does keeps it.
const CLEARED: &str = "husly.new-client";
/// The property of a history entry's state that says when the entry was first shown.
const SHOWN: &str = "huslyShown";

fn cleared() -> f64 {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(CLEARED).ok().flatten())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

/// Called by "New client" and "Start over" just before they leave the page: every history
/// entry shown before now belongs to the person before.
pub fn forget_earlier_pages() {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(CLEARED, &js_sys::Date::now().to_string());
    }
    // The page that follows in this entry is the next person's (a browser may keep an entry's
    // state when the same address is loaded again).
    restamp();
}

/// Stamps the current entry as shown now, whatever it said before.
fn restamp() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let stamped = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&stamped, &SHOWN.into(), &js_sys::Date::now().into());
        let _ = history.replace_state(&stamped, "");
    }
}

fn shown(state: &JsValue) -> Option<f64> {
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(state, &SHOWN.into()).ok()?.as_f64()
}

/// Stamps the current history entry with the time it is first shown (keeping the router's own
/// state): called at start and after every change of page within an app.
pub fn stamp() {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = history.state().unwrap_or(JsValue::NULL);
    if shown(&state).is_some() {
        return;
    }
    let stamped: JsValue = if state.is_object() {
        state
    } else {
        js_sys::Object::new().into()
    };
    let _ = js_sys::Reflect::set(&stamped, &SHOWN.into(), &js_sys::Date::now().into());
    let _ = history.replace_state(&stamped, "");
}

/// Whether the browser came to this page with Back or Forward
/// (`performance.getEntriesByType("navigation")[0].type`).
fn back_or_forward() -> bool {
    let get = |target: &JsValue, name: &str| js_sys::Reflect::get(target, &name.into()).ok();
    let Some(window) = web_sys::window() else {
        return false;
    };
    let entries = get(&window, "performance")
        .and_then(|p| {
            let by_type = get(&p, "getEntriesByType")?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            by_type.call1(&p, &"navigation".into()).ok()
        })
        .and_then(|list| list.dyn_into::<js_sys::Array>().ok());
    entries
        .map(|list| list.get(0))
        .and_then(|entry| get(&entry, "type"))
        .and_then(|t| t.as_string())
        .is_some_and(|t| t == "back_forward")
}

/// Whether this page is a history entry from before the last "New client": stamped before it,
/// or not stamped at all and reached with Back or Forward.
fn stale() -> bool {
    let cleared = cleared();
    if cleared == 0.0 {
        return false;
    }
    let state = web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .unwrap_or(JsValue::NULL);
    match shown(&state) {
        Some(at) => at < cleared,
        None => back_or_forward(),
    }
}

/// Leaves for the start page in this history entry, which from now on is the start page's.
fn to_start() {
    restamp();
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace("/");
    }
}

/// At the start of each app, before anything is shown: true when this page belongs to the
/// person before the last "New client" and the browser is on its way to the start page instead
/// (then show nothing). Otherwise stamps the entry, and watches for the back-forward cache.
pub fn leave_if_stale() -> bool {
    if stale() {
        to_start();
        return true;
    }
    stamp();
    let loaded = js_sys::Date::now();
    if let Some(window) = web_sys::window() {
        // A page kept whole by the browser and shown again: it was loaded before "New client".
        let on_show = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let persisted = js_sys::Reflect::get(&event, &"persisted".into())
                .ok()
                .and_then(|p| p.as_bool())
                .unwrap_or(false);
            if persisted && loaded < cleared() {
                to_start();
            }
        });
        let _ =
            window.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
        // Lasts as long as the page.
        on_show.forget();
    }
    false
}
