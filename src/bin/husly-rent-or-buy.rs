//! Renting or owning, opened from the estimates (trunk builds it from rent-or-buy.html into
//! dist/rent-or-buy/). Its Norwegian messages are compiled into this app alone.

fn main() {
    console_error_panic_hook::set_once();
    // A walk-in's page from before the last "New client", reached with Back: not shown.
    if husly::front_desk::history::leave_if_stale() {
        return;
    }
    husly::i18n::catalog::add_norwegian(include_str!("../../locales/nb/rent-or-buy.ftl"));
    wasm_bindgen_futures::spawn_local(async {
        husly::starting::next_task().await;
        husly::starting::mount(husly::rent_or_buy::RentOrBuyApp);
    });
}
