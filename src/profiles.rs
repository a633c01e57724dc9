//! The municipalities' own rules and offers (`rules::profile`), as the server serves them from
//! `municipalities/*.toml`: fetched once per visit, kept by the service worker for offline use.
//! Not compiled into the app, so a new edition needs no new build. The request names no
//! municipality: every profile comes in one small answer, so which one the resident chose stays
//! on the device.

use chrono::NaiveDate;
use gloo_net::http::Request;
use leptos::prelude::*;
use rules::profile::{InForce, ProfileSet};

/// Where the server serves every profile.
pub const PATH: &str = "/api/municipality-profiles";

/// Whether the profiles have arrived.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Loading,
    Ready(ProfileSet),
    /// Not reachable and not kept by the service worker: the pages say the municipality's own
    /// criteria could not be read, and the rules treat them as unknown.
    Unavailable,
}

/// The profiles for this visit, provided by the app. Fetched when a page first asks for them
/// (the needs check's last question and result, the estimates, the application), not on the start
/// page: its first paint does not wait for them. The app asks for them a few seconds after it
/// starts too (`prefetch_soon`), so that a visit that only saw the start page still finds them
/// offline later.
#[derive(Debug, Clone, Copy)]
pub struct Profiles {
    loaded: RwSignal<Loaded>,
    requested: StoredValue<bool>,
}

impl Default for Profiles {
    fn default() -> Self {
        Self::new()
    }
}

impl Profiles {
    /// Nothing fetched yet.
    pub fn new() -> Self {
        Self {
            loaded: RwSignal::new(Loaded::Loading),
            requested: StoredValue::new(false),
        }
    }

    /// Whether the profiles have arrived, starting the fetch on the first call; the signal
    /// changes when they arrive or cannot.
    pub fn loaded(&self) -> RwSignal<Loaded> {
        if !self.requested.get_value() {
            self.requested.set_value(true);
            let loaded = self.loaded;
            leptos::task::spawn_local(async move {
                let answer = match Request::get(PATH).send().await {
                    Ok(response) if response.ok() => response.json::<ProfileSet>().await.ok(),
                    _ => None,
                };
                loaded.set(answer.map_or(Loaded::Unavailable, Loaded::Ready));
            });
        }
        self.loaded
    }

    /// Fetches the profiles a few seconds from now, after the first paint, unless a page has
    /// already asked for them.
    pub fn prefetch_soon(self) {
        leptos::prelude::set_timeout(
            move || {
                self.loaded();
            },
            std::time::Duration::from_secs(4),
        );
    }

    /// Runs `f` with the profile in force for `number` on `date` (the national default where
    /// the municipality has none; `None` while loading or unavailable). Tracks the signal.
    pub fn with_in_force<R>(
        &self,
        number: &str,
        date: NaiveDate,
        f: impl FnOnce(Option<InForce<'_>>) -> R,
    ) -> R {
        self.loaded().with(|loaded| match loaded {
            Loaded::Ready(set) => f(set.in_force(number, date)),
            Loaded::Loading | Loaded::Unavailable => f(None),
        })
    }

    /// As [`Self::with_in_force`], without tracking (for an event handler).
    pub fn with_in_force_untracked<R>(
        &self,
        number: &str,
        date: NaiveDate,
        f: impl FnOnce(Option<InForce<'_>>) -> R,
    ) -> R {
        self.loaded().with_untracked(|loaded| match loaded {
            Loaded::Ready(set) => f(set.in_force(number, date)),
            Loaded::Loading | Loaded::Unavailable => f(None),
        })
    }
}
