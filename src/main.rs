//! Entry point of the WebAssembly app: install the panic hook, mount the root in a task of its
//! own, after the one that instantiated the wasm (src/starting.rs). (The service
//! worker, for offline use after one visit, is registered by index.html, so that a start page
//! read without the app registers it too.)

fn main() {
    console_error_panic_hook::set_once();
    // A page of the person before the last "New client", reached with Back: none of it is shown.
    if husly::front_desk::history::leave_if_stale() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        husly::starting::next_task().await;
        husly::starting::mount(husly::App);
    });
}
