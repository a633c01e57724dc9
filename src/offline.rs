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
