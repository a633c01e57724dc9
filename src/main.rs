//! Entry point of the WebAssembly app: install the panic hook, mount the root.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(husly::App);
}
