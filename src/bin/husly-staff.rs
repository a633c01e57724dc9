//! The staff pages' entry point (trunk builds it from staff.html into dist/staff/).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(husly::staff::StaffApp);
}
