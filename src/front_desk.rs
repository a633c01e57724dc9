//! Front-desk mode: on a shared device at a NAV or municipal front desk, after a front-desk
//! employee has signed in on the staff pages. The app then says so, offers "New client"
//! prominently, turns off the browser's form memory, and keeps nothing of a walk-in once their
//! application is sent (the receipt lives in memory only, to be printed) or "New client" is
//! pressed. The server, not this flag, decides that an application is made on someone's behalf
//! (from the staff session cookie); the flag only changes what this device keeps and shows.

pub mod history;

use leptos::prelude::*;

/// Where the staff pages note the signed-in front-desk employee. Not a `husly-` key, so that
/// "New client", which wipes those, keeps the device in front-desk mode.
pub const KEY: &str = "husly.front-desk";

/// The front-desk employee signed in on this device, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontDesk(pub Option<String>);

impl FrontDesk {
    /// Reads the flag once, at start.
    pub fn detect() -> Self {
        Self(
            web_sys::window()
                .and_then(|w| w.local_storage().ok().flatten())
                .and_then(|s| s.get_item(KEY).ok().flatten())
                .filter(|name| !name.is_empty()),
        )
    }

    pub fn on(&self) -> bool {
        self.0.is_some()
    }

    /// Whether front-desk mode is on (false outside the app, e.g. in component tests).
    pub fn active() -> bool {
        use_context::<Self>().is_some_and(|f| f.on())
    }

    /// Notes (or, with None, forgets) the signed-in front-desk employee: called by the staff pages.
    pub fn remember(username: Option<&str>) {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = match username {
                Some(name) => storage.set_item(KEY, name),
                None => storage.remove_item(KEY),
            };
        }
    }
}
