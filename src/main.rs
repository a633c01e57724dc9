//! Entry point of the WebAssembly app: install the panic hook, register the service worker
//! (offline use after one visit), mount the root.

fn main() {
    console_error_panic_hook::set_once();
    husly::offline::register_service_worker();
    leptos::mount::mount_to_body(husly::App);
}
