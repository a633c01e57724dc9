//! Offline use: the service worker (public/sw.js) keeps the app shell after one visit, so the
//! needs check and the estimates work with no network. Where the browser has no service workers
//! (or the page is not served over HTTPS or from localhost), the app simply works online.

/// Registers /sw.js for the whole site; failures are not the user's concern.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // `serviceWorker` is missing on insecure origins; asking for it then would throw.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let _ = navigator.service_worker().register("/sw.js");
}

/// Has the service worker keep `url` (the page's language's text) for offline use. On a first
/// visit that text is fetched before the service worker takes the page, so the worker never
/// sees it and a reload offline showed the page in Norwegian (found walking it as a new user in
/// Arabic). So, when the worker takes the page, `url` is fetched again, through it. Call it
/// before fetching `url` the first time, so the moment cannot slip past in between.
pub fn keep_for_offline(url: String) {
    use wasm_bindgen::{JsCast, closure::Closure};
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let fetch_again = Closure::<dyn FnMut()>::new(move || {
        let url = url.clone();
        leptos::task::spawn_local(async move {
            let _ = gloo_net::http::Request::get(&url).send().await;
        });
    });
    let _ = navigator
        .service_worker()
        .add_event_listener_with_callback("controllerchange", fetch_again.as_ref().unchecked_ref());
    // Lives as long as the page: it may be needed whenever the worker takes it.
    fetch_again.forget();
}
