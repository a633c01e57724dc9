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

/// The profiles for this visit, provided by the app.
#[derive(Debug, Clone, Copy)]
pub struct Profiles(pub RwSignal<Loaded>);

impl Profiles {
    /// Starts fetching the profiles; the signal changes when they arrive or cannot.
    pub fn fetch() -> Self {
        let loaded = RwSignal::new(Loaded::Loading);
        leptos::task::spawn_local(async move {
            let answer = match Request::get(PATH).send().await {
                Ok(response) if response.ok() => response.json::<ProfileSet>().await.ok(),
                _ => None,
            };
            loaded.set(answer.map_or(Loaded::Unavailable, Loaded::Ready));
        });
        Self(loaded)
    }

    /// Runs `f` with the profile in force for `number` on `date` (the national default where
    /// the municipality has none; `None` while loading or unavailable). Tracks the signal.
    pub fn with_in_force<R>(
        &self,
        number: &str,
        date: NaiveDate,
        f: impl FnOnce(Option<InForce<'_>>) -> R,
    ) -> R {
        self.0.with(|loaded| match loaded {
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
        self.0.with_untracked(|loaded| match loaded {
            Loaded::Ready(set) => f(set.in_force(number, date)),
            Loaded::Loading | Loaded::Unavailable => f(None),
        })
    }
}
