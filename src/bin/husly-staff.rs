//! The staff pages' entry point (trunk builds it from staff.html into dist/staff/).

fn main() {
    console_error_panic_hook::set_once();
    // The inbox as it was before the last "New client", reached with Back: not shown.
    if husly::front_desk::history::leave_if_stale() {
        return;
    }
    leptos::mount::mount_to_body(husly::staff::StaffApp);
}
