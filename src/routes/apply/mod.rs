//! The application for help: one intake with what the municipality needs to decide. One
//! question per page; what the resident already told in the needs check or the estimates is
//! not asked again, only shown on the check-your-answers page with a link to change it.
//!
//! Steps: person → contact → housing situation (the needs check's questions) → economy (the
//! estimates' form) → help wanted → own words → check answers and consent → receipt. Every
//! "Continue" goes to `/apply/continue`, which opens the first step still unanswered, so a
//! change made from the check page returns straight to it.

pub mod check;
pub mod contact;
pub mod economy_step;
pub mod frame;
pub mod help;
pub mod outbox;
pub mod own_words;
pub mod person;
pub mod receipt;
pub mod start;
mod submit;
pub mod summary;

use leptos::prelude::*;
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_params_map},
};
use rules::{
    application::{Application, Person},
    needs::HelpKind,
};
use serde::{Deserialize, Serialize};

use crate::{
    economy::{EconomyState, build_input, today},
    routes::needs_check::NeedsState,
};

/// Where the application's draft is kept on the device.
pub const DRAFT_KEY: &str = "application-draft";

/// The check-your-answers page.
pub const CHECK: &str = "/apply/check";

/// The receipt page.
pub const RECEIPT: &str = "/apply/receipt";

/// The path every step continues to: the first step still unanswered.
pub const CONTINUE: &str = "/apply/continue";

/// The application's own answers, as typed. (The housing situation and the economy live in the
/// needs check's and the estimates' drafts.)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplyDraft {
    pub name: String,
    pub national_id: String,
    pub phone: String,
    pub email: String,
    /// Set when the contact page is answered.
    pub preferred_language: Option<String>,
    pub needs_interpreter: bool,
    pub help_wanted: Option<Vec<HelpKind>>,
    /// Set (perhaps to an empty text) when the own-words page is answered.
    pub own_words: Option<String>,
    pub consent: bool,
    /// The last submission tried: kept until it succeeds, so a retry of the same answers sends
    /// the same idempotency key and can never make a second application.
    pub attempt: Option<Attempt>,
}

/// One submission: its idempotency key and the exact body sent with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub key: String,
    pub body: String,
    /// The server could not be reached: the outbox sends it when the network returns.
    #[serde(default)]
    pub waiting: bool,
}

impl Attempt {
    /// Whether this attempt sent `application`'s answers: then its key is the one to retry
    /// with. Compared as answers, not as JSON text: the estimate sent along carries the day it
    /// was made, so the text of the same answers changes at midnight.
    pub fn is_for(&self, application: &Application) -> bool {
        serde_json::from_str::<Application>(&self.body)
            .is_ok_and(|sent| sent.same_answers(application))
    }
}

impl ApplyDraft {
    /// The person as the rules and the server take it: the national id without the spaces
    /// people group it with ("010190 123 45"), and both numbers in Western digits (a phone set
    /// to Arabic or Persian types ٠١٢…).
    pub fn person(&self) -> Person {
        use crate::format::western_digits;
        Person {
            name: self.name.trim().to_string(),
            national_id: western_digits(&self.national_id)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect(),
            phone: western_digits(self.phone.trim()).trim().to_string(),
            email: self.email.trim().to_string(),
            preferred_language: self.preferred_language.clone().unwrap_or_default(),
            needs_interpreter: self.needs_interpreter,
        }
    }
}

/// The application's draft, shared by its pages and saved on the device as it changes.
#[derive(Debug, Clone, Copy)]
pub struct ApplyState(pub RwSignal<ApplyDraft>);

impl ApplyState {
    /// The draft saved on the device, or a new one; saved again on every change.
    pub fn restore() -> Self {
        let draft = RwSignal::new(crate::storage::load(DRAFT_KEY).unwrap_or_default());
        Effect::new(move |_| crate::storage::keep(DRAFT_KEY, &draft.get()));
        Self(draft)
    }
}

/// The steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Person,
    Contact,
    Situation,
    Economy,
    Help,
    OwnWords,
    Check,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Person,
        Step::Contact,
        Step::Situation,
        Step::Economy,
        Step::Help,
        Step::OwnWords,
        Step::Check,
    ];

    /// Where the step is answered. The housing situation is the needs check's questions, which
    /// come back here when they are all answered.
    pub fn path(self, needs: &crate::routes::needs_check::NeedsDraft) -> String {
        match self {
            Self::Person => "/apply/person".into(),
            Self::Contact => "/apply/contact".into(),
            Self::Situation => format!("{}?return={CONTINUE}", needs.first_unanswered().path()),
            Self::Economy => "/apply/economy".into(),
            Self::Help => "/apply/help".into(),
            Self::OwnWords => "/apply/own-words".into(),
            Self::Check => "/apply/check".into(),
        }
    }

    pub fn number(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// Everything the application pages read: its own draft, the needs check's and the economy
/// (whose amounts are read in the page's language).
#[derive(Debug, Clone, Copy)]
pub struct Drafts {
    pub apply: RwSignal<ApplyDraft>,
    pub needs: RwSignal<crate::routes::needs_check::NeedsDraft>,
    pub economy: EconomyState,
    pub language: RwSignal<&'static leptos_fluent::Language>,
    /// The municipalities' profiles: the estimate sent along uses the one in force, as the
    /// server's recomputation does.
    pub profiles: crate::profiles::Profiles,
}

impl Drafts {
    pub fn get() -> Self {
        Self {
            apply: expect_context::<ApplyState>().0,
            needs: expect_context::<NeedsState>().0,
            economy: expect_context::<EconomyState>(),
            language: expect_context::<leptos_fluent::I18n>().language,
            profiles: expect_context::<crate::profiles::Profiles>(),
        }
    }

    /// The language the page is read in now (and the amounts were typed in).
    pub fn lang(&self) -> &'static str {
        self.language.get_untracked().id
    }

    fn answered(&self, step: Step) -> bool {
        let a = self.apply.get_untracked();
        match step {
            Step::Person => {
                let p = a.person();
                !p.name.is_empty() && p.national_id().is_ok()
            }
            Step::Contact => {
                let p = a.person();
                // An empty language is no answer: the server refuses it (rules: error-required).
                a.preferred_language
                    .as_deref()
                    .is_some_and(|l| !l.trim().is_empty())
                    && (!p.phone.is_empty() || !p.email.is_empty())
                    && p.check_phone().is_ok()
                    && p.check_email().is_ok()
            }
            Step::Situation => self.needs.get_untracked().answers().is_some(),
            Step::Economy => economy_problem(&self.economy, self.lang()).is_none(),
            Step::Help => a.help_wanted.is_some_and(|h| !h.is_empty()),
            Step::OwnWords => a.own_words.is_some(),
            Step::Check => false,
        }
    }

    /// The first step not yet answered (the check page once all are).
    pub fn next_step(&self) -> Step {
        Step::ALL
            .into_iter()
            .find(|s| !self.answered(*s))
            .unwrap_or(Step::Check)
    }

    /// The application as the server takes it, or the first step that is missing something.
    pub fn application(&self) -> Result<Application, Step> {
        let step = self.next_step();
        if step != Step::Check {
            return Err(step);
        }
        let a = self.apply.get_untracked();
        let input = build_input(&self.economy.draft_untracked(), today(), self.lang())
            .map_err(|_| Step::Economy)?;
        let mut application = Application {
            municipality: input.municipality,
            person: a.person(),
            household: input.household,
            income: input.income,
            housing: input.housing,
            fixed_costs: input.startlan.map(|s| s.fixed_costs).unwrap_or_default(),
            needs: self.needs.get_untracked().answers(),
            help_wanted: a.help_wanted.unwrap_or_default(),
            own_words: a.own_words.unwrap_or_default().trim().to_string(),
            consent: a.consent,
            on_behalf: false,
            estimate: None,
        };
        // What the resident is shown, sent along so the server can check it with the same rules.
        // With the municipality's profile in force, as the server reruns it.
        let date = today();
        application.estimate =
            self.profiles
                .with_in_force_untracked(&application.municipality, date, |profile| {
                    application.summarize_in(date, profile).ok()
                });
        Ok(application)
    }

    /// Forgets every answer (after a successful submission): the effects that keep the drafts
    /// then remove them from the device.
    pub fn forget(&self) {
        self.apply.set(ApplyDraft::default());
        self.needs.set(Default::default());
        self.economy.clear();
    }
}

/// What keeps the economy, typed in `lang`, from being complete: a message id, or `None` when
/// the rules accept it.
pub fn economy_problem(economy: &EconomyState, lang: &str) -> Option<&'static str> {
    match build_input(&economy.draft_untracked(), today(), lang) {
        Err(id) => Some(id),
        Ok(input) => rules::estimate(&input).err().map(|e| e.message_id()),
    }
}

/// A function that goes on to the first step still unanswered.
pub fn go_on() -> impl Fn() + Clone + 'static {
    let navigate = use_navigate();
    move || navigate(CONTINUE, NavigateOptions::default())
}

/// `/apply/<step>`: the page of each step.
#[component]
pub fn ApplyPage() -> impl IntoView {
    let params = use_params_map();
    let step = Memo::new(move |_| params.with(|p| p.get("step").unwrap_or_default()));
    move || match step.get().as_str() {
        "continue" => start::ApplyContinue().into_any(),
        "person" => person::ApplyPerson().into_any(),
        "contact" => contact::ApplyContact().into_any(),
        "economy" => economy_step::ApplyEconomy().into_any(),
        "help" => help::ApplyHelp().into_any(),
        "own-words" => own_words::ApplyOwnWords().into_any(),
        "check" => check::ApplyCheck().into_any(),
        "receipt" => receipt::ApplyReceipt().into_any(),
        _ => crate::routes::not_found::NotFound().into_any(),
    }
}
