//! Offline use: the service worker (public/sw.js, registered by index.html) keeps the app shell
//! after one visit, so the needs check and the estimates work with no network. Where the
//! browser has no service workers (or the page is not served over HTTPS or from localhost), the
//! app simply works online.

/// Has the service worker keep `url` (the page's language's text, just fetched) for offline
/// use. On a first visit that text comes before the service worker takes the page, so the
/// worker never sees it, and a reload offline showed the page in Norwegian (found walking it as
/// a new user in Arabic). So the worker is told, now or when it takes the page, to keep the copy
/// in the browser's HTTP cache (`public/sw.js`, "message"): nothing is downloaded twice.
pub fn keep_for_offline(url: String) {
    use wasm_bindgen::{JsCast, closure::Closure};
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let tell = move |container: &web_sys::ServiceWorkerContainer| {
        if let Some(worker) = container.controller() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"keep".into(), &url.as_str().into());
            let _ = worker.post_message(&message);
        }
    };
    if container.controller().is_some() {
        tell(&container);
        return;
    }
    let waiting = container.clone();
    let on_change = Closure::once_into_js(move || tell(&waiting));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = container.add_event_listener_with_callback_and_add_event_listener_options(
        "controllerchange",
        on_change.unchecked_ref(),
        &options,
    );
}
