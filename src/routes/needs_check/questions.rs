//! The choice questions, one a page: each answer a radio button or a checkbox, "none of these"
//! last; an answer missing is shown in an error summary that takes focus.

use leptos::{ev::SubmitEvent, html, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use rules::needs::{Circumstance, HomeProblem, Risk, SleepingPlace};

use super::{
    NeedsDraft, NeedsState, Plan, Question, path_with_return, progress, question_ids, return_to,
};
use crate::i18n::Tr;
use crate::routes::apply::frame::BackLink;
use crate::routes::emergency;

impl Question {
    /// (value, message id) of each option; the last of a checkbox question is "none of these".
    fn options(self) -> &'static [(&'static str, &'static str)] {
        match self {
            // The answers people give, each kind of renting and of staying apart; the rules
            // say which of them count as without a home of one's own.
            Self::Tonight => &[
                ("rents_private", "tonight-rents-private"),
                ("rents_municipal", "tonight-rents-municipal"),
                ("sublets", "tonight-sublets"),
                ("lodging", "tonight-lodging"),
                ("owns", "tonight-owns"),
                ("with_family", "tonight-with-family"),
                ("with_friends", "tonight-with-friends"),
                ("temporary_accommodation", "tonight-temporary"),
                ("reception_centre", "tonight-reception-centre"),
                ("institution", "tonight-institution"),
                ("nowhere", "tonight-nowhere"),
            ],
            Self::Risks => &[
                ("eviction", "risk-eviction"),
                ("rent_arrears", "risk-rent-arrears"),
                ("forced_sale", "risk-forced-sale"),
                ("lease_ending", "risk-lease-ending"),
                ("violence_or_threats", "risk-violence"),
                ("none", "answer-none-of-these"),
            ],
            Self::Home => &[
                ("too_small", "home-problem-too-small"),
                ("not_accessible", "home-problem-not-accessible"),
                ("poor_condition", "home-problem-poor-condition"),
                ("unsafe_neighbourhood", "home-problem-unsafe"),
                ("too_expensive", "home-problem-too-expensive"),
                ("none", "answer-none-of-these"),
            ],
            Self::Circumstances => &[
                ("physical_health", "circumstance-physical-health"),
                ("mental_health", "circumstance-mental-health"),
                ("disability", "circumstance-disability"),
                ("substance_use", "circumstance-substance-use"),
                ("social", "circumstance-social"),
                ("none", "answer-none-of-these"),
            ],
            Self::Plans => &[
                ("bank_loan_refused", "plan-bank-refused"),
                ("wants_to_own", "plan-wants-to-own"),
                ("none", "answer-none-of-these"),
            ],
            // Numbers and yes or no, on a page of its own (`about`).
            Self::About => &[],
        }
    }

    fn single_choice(self) -> bool {
        self == Self::Tonight
    }

    fn chosen(self, d: &NeedsDraft) -> Vec<&'static str> {
        match self {
            Self::Tonight => d
                .tonight
                .map(|t| vec![tonight_value(t)])
                .unwrap_or_default(),
            Self::Risks => listed(&d.risks, risk_value),
            Self::Home => listed(&d.home_problems, problem_value),
            Self::Circumstances => listed(&d.circumstances, circumstance_value),
            Self::Plans => listed(&d.plans, plan_value),
            Self::About => Vec::new(),
        }
    }

    fn store(self, d: &mut NeedsDraft, values: &[String]) {
        let real = || values.iter().filter(|v| v.as_str() != "none");
        match self {
            Self::Tonight => d.tonight = values.first().and_then(|v| parse_tonight(v)),
            Self::Risks => d.risks = Some(real().filter_map(|v| parse_risk(v)).collect()),
            Self::Home => d.home_problems = Some(real().filter_map(|v| parse_problem(v)).collect()),
            Self::Circumstances => {
                d.circumstances = Some(real().filter_map(|v| parse_circumstance(v)).collect())
            }
            Self::Plans => d.plans = Some(real().filter_map(|v| parse_plan(v)).collect()),
            Self::About => {}
        }
    }

    /// The message ids of the answers chosen, answers no longer offered included.
    pub(super) fn chosen_labels(self, d: &NeedsDraft) -> Vec<&'static str> {
        let chosen = self.chosen(d);
        let before = if self == Question::Tonight {
            TONIGHT_BEFORE
        } else {
            &[]
        };
        self.options()
            .iter()
            .chain(before)
            .filter(|(value, _)| chosen.contains(value))
            .map(|(_, label)| *label)
            .collect()
    }
}

/// The values of a checkbox answer: "none" when answered with none of these, nothing when not
/// answered yet.
fn listed<T: Copy>(answer: &Option<Vec<T>>, value: fn(T) -> &'static str) -> Vec<&'static str> {
    match answer {
        None => Vec::new(),
        Some(items) if items.is_empty() => vec!["none"],
        Some(items) => items.iter().map(|i| value(*i)).collect(),
    }
}

macro_rules! value_map {
    ($to:ident, $from:ident, $ty:ty, $($variant:ident => $value:literal),+ $(,)?) => {
        fn $to(v: $ty) -> &'static str { match v { $(<$ty>::$variant => $value),+ } }
        fn $from(s: &str) -> Option<$ty> { match s { $($value => Some(<$ty>::$variant),)+ _ => None } }
    };
}

value_map!(tonight_value, parse_tonight, SleepingPlace,
    OwnHome => "own_home", Owns => "owns", RentsMunicipal => "rents_municipal",
    RentsPrivate => "rents_private", Sublets => "sublets", Lodging => "lodging",
    WithFriendsOrFamily => "with_friends_or_family", WithFamily => "with_family",
    WithFriends => "with_friends", TemporaryAccommodation => "temporary_accommodation",
    ReceptionCentre => "reception_centre", Institution => "institution", Nowhere => "nowhere");

/// Answers no longer offered that applications sent before may hold, with their text, so the
/// check page and the staff view still show them.
const TONIGHT_BEFORE: &[(&str, &str)] = &[
    ("own_home", "tonight-own-home"),
    ("with_friends_or_family", "tonight-friends-family"),
];
value_map!(risk_value, parse_risk, Risk,
    Eviction => "eviction", RentArrears => "rent_arrears", ForcedSale => "forced_sale",
    LeaseEnding => "lease_ending", ViolenceOrThreats => "violence_or_threats");
value_map!(problem_value, parse_problem, HomeProblem,
    TooSmall => "too_small", NotAccessible => "not_accessible", PoorCondition => "poor_condition",
    UnsafeNeighbourhood => "unsafe_neighbourhood", TooExpensive => "too_expensive");
value_map!(plan_value, parse_plan, Plan,
    BankLoanRefused => "bank_loan_refused", WantsToOwn => "wants_to_own");
value_map!(circumstance_value, parse_circumstance, Circumstance,
    PhysicalHealth => "physical_health", MentalHealth => "mental_health", Disability => "disability",
    SubstanceUse => "substance_use", Social => "social");

/// One question page.
#[component]
pub fn NeedsQuestion(question: Question) -> impl IntoView {
    let NeedsState(draft) = expect_context::<NeedsState>();
    let selected = RwSignal::new(question.chosen(&draft.get_untracked()));
    let error = RwSignal::new(false);
    let summary_ref = NodeRef::<html::Div>::new();
    let heading_ref = NodeRef::<html::H1>::new();
    let navigate = use_navigate();
    let (title_id, hint_id) = question_ids(question);
    let back_to = return_to();
    let with_return = move |path: &str| path_with_return(&back_to, path);
    let previous = with_return(question.previous());

    // Focus follows the user: to the question's heading on arrival, to the error summary when an
    // answer is missing (after it is shown: a hidden element cannot take focus).
    Effect::new(move |_| {
        if let Some(h) = heading_ref.get() {
            crate::starting::focus(&h);
        }
    });
    Effect::new(move |_| {
        if error.get()
            && let Some(s) = summary_ref.get()
        {
            let _ = s.focus();
        }
    });

    let toggle = move |value: &'static str, on: bool| {
        selected.update(|s| {
            if question.single_choice() {
                *s = vec![value];
            } else if value == "none" {
                *s = if on { vec!["none"] } else { Vec::new() };
            } else {
                s.retain(|v| *v != "none" && *v != value);
                if on {
                    s.push(value);
                }
            }
        });
        error.set(false);
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let values: Vec<String> = selected
            .get_untracked()
            .iter()
            .map(|v| v.to_string())
            .collect();
        if values.is_empty() {
            error.set(true);
            return;
        }
        draft.update(|d| question.store(d, &values));
        // Nowhere to sleep tonight: the emergency help first, before any other question. From
        // the application: back to it once all is answered (at once, for a change made from its
        // check page); otherwise on through the questions.
        let no_bed = question == Question::Tonight
            && draft.with_untracked(|d| d.tonight == Some(SleepingPlace::Nowhere));
        let target = match return_to() {
            _ if no_bed => with_return(emergency::PATH),
            Some(r) if draft.with_untracked(|d| d.answers().is_some()) => r,
            _ => with_return(question.next()),
        };
        navigate(&target, Default::default());
    };

    let input_type = if question.single_choice() {
        "radio"
    } else {
        "checkbox"
    };
    let first_id = format!("answer-{}", question.options()[0].0);
    let options = question
        .options()
        .iter()
        .map(|(value, label)| {
            let id = format!("answer-{value}");
            let value: &'static str = value;
            let label: &'static str = label;
            view! {
                <div class=input_type>
                    <input
                        type=input_type
                        id=id.clone()
                        name="answer"
                        value=value
                        prop:checked=move || selected.get().contains(&value)
                        on:change=move |ev| toggle(value, event_target_checked(&ev))
                    />
                    <label for=id><Tr id=label /></label>
                </div>
            }
        })
        .collect_view();

    view! {
        <Title text=crate::i18n::interpreter::page_title(title_id, true) />
        <BackLink href=previous />
        <div class="error-summary" role="alert" tabindex="-1" node_ref=summary_ref hidden=move || !error.get()>
            <h2><Tr id="error-summary-title" /></h2>
            <ul>
                <li><a href=format!("#{first_id}")><Tr id="needs-error-choose" /></a></li>
            </ul>
        </div>
        <form on:submit=on_submit novalidate>
            <fieldset aria-describedby=hint_id>
                <legend>
                    <span class="progress">{progress(question)}</span>
                    <h1 tabindex="-1" node_ref=heading_ref><Tr id=title_id /></h1>
                </legend>
                <p class="hint" id=hint_id><Tr id=hint_id /></p>
                {move || error.get().then(|| view! { <p class="error-message"><Tr id="needs-error-choose" /></p> })}
                {options}
            </fieldset>
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
    }
}
