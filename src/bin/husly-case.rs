//! A resident's case after sending (trunk builds it from case.html into dist/case/).

fn main() {
    console_error_panic_hook::set_once();
    // A walk-in's page from before the last "New client", reached with Back: not shown.
    if husly::front_desk::history::leave_if_stale() {
        return;
    }
    husly::front_desk::history::stamp();
    leptos::mount::mount_to_body(husly::case::CaseApp);
}
