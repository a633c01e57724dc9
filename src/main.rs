//! Entry point of the WebAssembly app: install the panic hook, mount the root. (The service
//! worker, for offline use after one visit, is registered by index.html, so that a start page
//! read without the app registers it too.)

fn main() {
    console_error_panic_hook::set_once();
    // A page of the person before the last "New client", reached with Back: none of it is shown.
    if husly::front_desk::history::leave_if_stale() {
        return;
    }
    leptos::mount::mount_to_body(husly::App);
}
