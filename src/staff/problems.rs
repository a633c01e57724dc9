//! The problems a staff form found when it was sent, each named beside the field it is about:
//! the element's id and the message id. One non-generic set of views for every form that keeps
//! its problems this way (the invitation, Statsforvalteren's decision), instead of a copy of the
//! same closures in each.

use leptos::prelude::*;

use super::text::s;

/// A form's problems: (the element it is about, its message id), in the form's order.
#[derive(Debug, Clone, Copy)]
pub struct Problems(RwSignal<Vec<(&'static str, &'static str)>>);

impl Problems {
    pub fn new() -> Self {
        Self(RwSignal::new(Vec::new()))
    }

    /// Replaces the problems with `found` (none: the form is clean).
    pub fn set(self, found: Vec<(&'static str, &'static str)>) {
        self.0.set(found);
    }

    /// The message id of `element`'s problem, if it has one (tracked).
    pub fn of(self, element: &'static str) -> Option<&'static str> {
        self.0
            .with(|all| all.iter().find(|(e, _)| *e == element).map(|(_, id)| *id))
    }

    /// The message beside `element` while it has a problem, with the id `{element}-error` that
    /// [`Self::described`] names.
    pub fn message(self, element: &'static str) -> impl IntoView + use<> {
        move || {
            self.of(element).map(|id| {
                view! { <p class="error-message" id=format!("{element}-error")>{s(id)}</p> }
            })
        }
    }

    /// `element`'s `aria-describedby` while it has a problem: its message's id.
    pub fn described(self, element: &'static str) -> impl Fn() -> Option<String> + Copy + use<> {
        move || self.of(element).map(|_| format!("{element}-error"))
    }
}

impl Default for Problems {
    fn default() -> Self {
        Self::new()
    }
}
