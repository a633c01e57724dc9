//! Entry point of the WebAssembly app: install the panic hook, register the service worker
//! (offline use after one visit), mount the root.

fn main() {
    console_error_panic_hook::set_once();
    // A page of the person before the last "New client", reached with Back: none of it is shown.
    if husly::front_desk::history::leave_if_stale() {
        return;
    }
    husly::offline::register_service_worker();
    leptos::mount::mount_to_body(husly::App);
}
