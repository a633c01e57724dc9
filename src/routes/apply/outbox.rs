//! The outbox: an application the server could not be reached for waits on the device and is
//! sent by itself when the network returns, with the resident told what happened.
//!
//! Pressing "Send" keeps the exact body and its idempotency key in the draft ([`Attempt`]) before
//! anything goes out. When the server cannot be reached (no network, or no answer), the attempt
//! is marked as waiting and the outbox tries again, with the same key and body, when the browser
//! says it is back online, every half minute while it is online, and on the next start of the app
//! (a reload, or Husly opened again days later). The key makes every try the same application on
//! the server, so however many tries it takes, at most one application is made. While offline
//! nothing is tried at all. What is sent is what the resident confirmed: answers changed later
//! (say, an estimate tried while waiting) are not slipped in, and are kept on the device.

use leptos::{prelude::*, task::spawn_local};
use rules::application::Application;

use super::{
    Attempt, Drafts,
    receipt::{ReceiptInMemory, SavedReceipt},
    submit::{self, SubmitError},
};

/// How often a waiting application is tried again while the browser says it is online.
const RETRY_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// Where the resident's submission is.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    /// Nothing sent, or nothing more to say about it.
    Idle,
    /// A request is on its way.
    Sending,
    /// The server could not be reached; the application waits on the device.
    Waiting,
    /// The server refused it or failed: the resident must change something or try again.
    Failed(SubmitError),
    /// Sent by the outbox; the receipt is kept. Shown until the resident has seen the receipt.
    Sent,
}

/// The app's one outbox, in the context of every page.
#[derive(Debug, Clone, Copy)]
pub struct Outbox {
    pub delivery: RwSignal<Delivery>,
    drafts: Drafts,
    in_memory: Option<ReceiptInMemory>,
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

impl Outbox {
    /// The outbox, provided to every page: picks up an application left waiting on this device,
    /// sends it when it can, and listens for the network to return. Called once, inside the
    /// router's frame.
    pub fn provide() -> Self {
        let drafts = Drafts::get();
        let waiting = drafts
            .apply
            .with_untracked(|a| a.attempt.as_ref().is_some_and(|t| t.waiting));
        let outbox = Self {
            delivery: RwSignal::new(if waiting {
                Delivery::Waiting
            } else {
                Delivery::Idle
            }),
            drafts,
            in_memory: crate::front_desk::FrontDesk::active()
                .then(use_context::<ReceiptInMemory>)
                .flatten(),
        };
        provide_context(outbox);
        if waiting {
            outbox.send();
        }
        let retry = move || {
            if outbox.delivery.get_untracked() == Delivery::Waiting {
                outbox.send();
            }
        };
        let handle = window_event_listener(leptos::ev::online, move |_| retry());
        let interval = set_interval_with_handle(retry, RETRY_EVERY).ok();
        on_cleanup(move || {
            handle.remove();
            if let Some(interval) = interval {
                interval.clear();
            }
        });
        outbox
    }

    pub fn get() -> Self {
        expect_context()
    }

    /// Sends the draft's attempt, unless one is on its way already; offline, it waits.
    pub fn send(self) {
        if self.delivery.get_untracked() == Delivery::Sending {
            return;
        }
        let Some(attempt) = self.drafts.apply.with_untracked(|a| a.attempt.clone()) else {
            self.delivery.set(Delivery::Idle);
            return;
        };
        if !online() {
            self.wait();
            return;
        }
        self.delivery.set(Delivery::Sending);
        spawn_local(async move {
            match submit::send(&attempt.key, &attempt.body).await {
                Ok(receipt) => {
                    self.delivered(&attempt, receipt);
                    self.delivery.set(Delivery::Sent);
                }
                Err(SubmitError::Unreachable) => self.wait(),
                Err(e) => {
                    self.mark_waiting(false);
                    self.delivery.set(Delivery::Failed(e));
                }
            }
        });
    }

    fn wait(self) {
        self.mark_waiting(true);
        self.delivery.set(Delivery::Waiting);
    }

    fn mark_waiting(self, waiting: bool) {
        self.drafts.apply.update(|a| {
            if let Some(attempt) = a.attempt.as_mut() {
                attempt.waiting = waiting;
            }
        });
    }

    /// Keeps the receipt of what was sent and forgets the application. The needs check's and the
    /// economy's answers go too, unless the resident has changed them since pressing "Send".
    fn delivered(self, attempt: &Attempt, receipt: rules::wire::Receipt) {
        let current = self.drafts.application().ok();
        let sent = serde_json::from_str::<Application>(&attempt.body).ok();
        // The same answers, whatever day the estimate in each was made.
        let unchanged = current
            .as_ref()
            .zip(sent.as_ref())
            .is_some_and(|(now, sent)| now.same_answers(sent));
        if let Some(sent) = sent.or(current) {
            SavedReceipt::keep(receipt, &sent, self.in_memory);
        }
        if unchanged {
            self.drafts.forget();
        } else {
            self.drafts.apply.set(Default::default());
        }
    }
}
