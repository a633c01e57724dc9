//! An application as a list of questions and answers: on the check-your-answers page (with a
//! link to change each) and on the receipt (to print).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use leptos::prelude::*;
use leptos_fluent::I18n;
use rules::{
    application::Application,
    household::{Basis, EgenandelGroup, HomeKind, IncomeSource, Period},
};

use super::CHECK;
use crate::{
    components::ltr::{ltr, own_words},
    format,
    i18n::{
        Tr, Twin,
        interpreter::{resident_text, resident_words},
    },
    routes::needs_check::{NeedsDraft, Question, about_rows, answered, help_name},
};

/// One row: the question's message id, the answer as shown, and where to change it.
pub struct Row {
    pub question: &'static str,
    pub answer: Vec<String>,
    pub change: &'static str,
    pub change_href: String,
}

/// Sections of rows, each with its heading, in the language `lang` that `tr` translates to;
/// `languages` names each language (id, own name). The staff pages call it twice, for
/// Norwegian and for the applicant's language, and show the two side by side.
pub fn sections(
    app: &Application,
    lang: &str,
    languages: &[(&str, &str)],
    tr: &dyn Fn(&str) -> String,
) -> Vec<(&'static str, Vec<Row>)> {
    let kr = |v| format::kroner(v, lang);
    let row = |question, answer: Vec<String>, href: &str| Row {
        question,
        answer,
        change: question,
        change_href: href.to_string(),
    };
    let p = &app.person;
    let language = languages
        .iter()
        .find(|(id, _)| *id == p.preferred_language)
        .map_or_else(
            || p.preferred_language.clone(),
            |(_, name)| name.to_string(),
        );
    let yes_no = |b: bool| tr(if b { "answer-yes" } else { "answer-no" });
    let person = vec![
        row("apply-name", vec![p.name.clone()], "/apply/person"),
        row(
            "apply-national-id",
            vec![p.national_id.clone()],
            "/apply/person",
        ),
        row("apply-phone", vec![p.phone.clone()], "/apply/contact"),
        row("apply-email", vec![p.email.clone()], "/apply/contact"),
        row("apply-language", vec![language], "/apply/contact"),
        row(
            "apply-interpreter",
            vec![yes_no(p.needs_interpreter)],
            "/apply/contact",
        ),
    ];

    let situation = app
        .needs
        .as_ref()
        .map(|n| {
            let about = format!("{}?return={CHECK}", Question::About.path());
            answered(&NeedsDraft::from(n))
                .into_iter()
                .map(|(q, title, labels)| {
                    let answer = labels.into_iter().map(tr).collect();
                    row(title, answer, &format!("{}?return={CHECK}", q.path()))
                })
                .chain(
                    about_rows(n, tr)
                        .into_iter()
                        .map(|(title, answer)| row(title, vec![answer], &about)),
                )
                .collect()
        })
        .unwrap_or_default();

    let date = crate::economy::today();
    let municipality = rules::municipality::resolve(&app.municipality, date).map_or_else(
        |_| app.municipality.clone(),
        |m| format!("{} ({})", m.municipality.name, m.municipality.number),
    );
    // A Norwegian name and its number: left to right as a whole, "Oslo (0301)".
    let municipality = format::ltr(municipality, lang);
    let h = &app.household;
    let band = |lo: u8, hi: u8| {
        h.children_ages
            .iter()
            .filter(|a| (lo..=hi).contains(*a))
            .count()
    };
    let i = &app.income;
    // One line per adult. Numbered only when there are several, and as "1)": "1. 323 000 kr"
    // read as 1 323 000 kr (walkthrough).
    let several = i.persons.len() > 1;
    let incomes: Vec<String> = i
        .persons
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let mut words: Vec<String> =
                several.then(|| format!("{})", n + 1)).into_iter().collect();
            words.extend([
                kr(p.amount),
                tr(match p.period {
                    Period::Year => "period-year",
                    Period::Month => "period-month",
                }),
                tr(match p.basis {
                    Basis::Gross => "basis-gross",
                    Basis::Net => "basis-net",
                }),
                format!("({})", tr(source_id(p.source))),
            ]);
            if let Some(group) = p.egenandel_group {
                words.push(format!(
                    "({})",
                    tr(match group {
                        EgenandelGroup::SingleOldAgePensioner => "egenandel-group-single-old-age",
                        EgenandelGroup::YoungDisabled => "egenandel-group-young-disabled",
                    })
                ));
            }
            words.join(" ")
        })
        .collect();
    let f = &app.fixed_costs;
    let mut costs: Vec<String> = [
        ("debt-consumer", f.consumer_debt),
        ("debt-student", f.student_loan),
        ("debt-car", f.car_loan),
        ("debt-other", f.other_loans),
    ]
    .into_iter()
    .flat_map(|(kind, debt)| {
        let monthly = debt
            .monthly
            .map(|v| format!("{}: {} ({})", tr(kind), kr(v), tr("field-debt-monthly")));
        let balance = debt
            .balance
            .map(|v| format!("{}: {} ({})", tr(kind), kr(v), tr("field-debt-balance")));
        monthly.into_iter().chain(balance)
    })
    .collect();
    for (id, value) in [
        ("field-childcare", f.childcare_monthly),
        ("field-child-support", f.child_support_paid_monthly),
    ] {
        if !value.is_zero() {
            costs.push(format!("{}: {}", tr(id), kr(value)));
        }
    }
    if costs.is_empty() {
        costs.push(tr("answer-none"));
    }
    let economy = vec![
        row("field-municipality", vec![municipality], "/apply/economy"),
        row("field-adults", vec![h.adults.to_string()], "/apply/economy"),
        row("field-couple", vec![yes_no(h.couple)], "/apply/economy"),
        row(
            "field-children-0-5",
            vec![band(0, 5).to_string()],
            "/apply/economy",
        ),
        row(
            "field-children-6-10",
            vec![band(6, 10).to_string()],
            "/apply/economy",
        ),
        row(
            "field-children-11-17",
            vec![band(11, 17).to_string()],
            "/apply/economy",
        ),
        row("field-income", incomes, "/apply/economy"),
        row("field-wealth", vec![kr(i.net_wealth)], "/apply/economy"),
        row("section-debts", costs, "/apply/economy"),
        row(
            "field-home-kind",
            vec![tr(match app.housing.kind {
                HomeKind::Rented => "home-rented",
                HomeKind::Cooperative => "home-cooperative",
                HomeKind::OwnedHouse => "home-owned-house",
                HomeKind::None => "home-none",
            })],
            "/apply/economy",
        ),
        row(
            "field-housing-cost",
            vec![kr(app.housing.monthly_cost)],
            "/apply/economy",
        ),
        row(
            "field-adapted",
            vec![yes_no(app.housing.adapted_for_disability)],
            "/apply/economy",
        ),
    ];

    let help = vec![row(
        "apply-help-heading",
        app.help_wanted.iter().map(|k| tr(help_name(*k))).collect(),
        "/apply/help",
    )];
    let words = if app.own_words.is_empty() {
        tr("apply-own-words-empty")
    } else {
        app.own_words.clone()
    };
    let own = vec![row(
        "apply-own-words-label",
        vec![words],
        "/apply/own-words",
    )];

    vec![
        ("apply-section-person", person),
        ("apply-section-situation", situation),
        ("apply-section-economy", economy),
        ("apply-section-help", help),
        ("apply-section-own-words", own),
    ]
}

/// Questions whose answers are written left to right in every language (numbers and an
/// address): each is isolated left to right, so a right-to-left page does not reorder
/// "+47 912 34 567" into "567 34 912 47+".
const LEFT_TO_RIGHT: [&str; 3] = ["apply-national-id", "apply-phone", "apply-email"];

/// Questions answered in the resident's own words, in any script: each answer is isolated with
/// its own direction, so an Arabic name on a Norwegian page stays whole, and the reverse, and a
/// phone number inside Arabic words keeps its order (`ltr::own_words`).
const TYPED: [&str; 2] = ["apply-name", "apply-own-words-label"];

/// One line of the answer to `question`, isolated as its kind of answer needs (amounts inside
/// the other answers come isolated from `format`). The check page, the receipt and the staff
/// pages all show answers through it.
pub fn answer_line(question: &str, text: String) -> AnyView {
    let line = if LEFT_TO_RIGHT.contains(&question) {
        ltr(text).into_any()
    } else if TYPED.contains(&question) {
        own_words(&text).into_any()
    } else {
        text.into_any()
    };
    view! { <span class="summary-line">{line}</span> }.into_any()
}

/// Questions whose answer is what the resident typed: shown once, as typed, not twinned
/// (`interpreter::resident_text`).
const SHOWN_ONCE: [&str; 5] = [
    "apply-name",
    "apply-national-id",
    "apply-phone",
    "apply-email",
    "apply-own-words-label",
];

/// The answer lines of every row of every section, in one language.
type AnswerLines = Vec<Vec<Vec<String>>>;

/// An application's answers in each language it is shown in, computed once per language for one
/// rendering of the summary and shared by all its rows (the interpreter view shows two).
#[derive(Clone)]
struct Answers {
    app: Application,
    by_language: Arc<Mutex<HashMap<&'static str, Arc<AnswerLines>>>>,
}

impl Answers {
    fn new(app: Application) -> Self {
        Self {
            app,
            by_language: Arc::default(),
        }
    }

    /// The lines of row `row` of section `section`, in the language of `i18n`.
    fn lines(&self, i18n: I18n, section: usize, row: usize) -> Vec<String> {
        let lang = i18n.language.get().id;
        let all = {
            let mut cache = self.by_language.lock().unwrap_or_else(|e| e.into_inner());
            cache
                .entry(lang)
                .or_insert_with(|| {
                    let languages: Vec<(&str, &str)> =
                        i18n.languages.iter().map(|l| (l.id, l.name)).collect();
                    let tr = |id: &str| i18n.tr(id);
                    Arc::new(
                        sections(&self.app, lang, &languages, &tr)
                            .into_iter()
                            .map(|(_, rows)| {
                                rows.into_iter()
                                    .map(|r| {
                                        r.answer.into_iter().filter(|a| !a.is_empty()).collect()
                                    })
                                    .collect()
                            })
                            .collect(),
                    )
                })
                .clone()
        };
        all.get(section)
            .and_then(|rows| rows.get(row))
            .cloned()
            .unwrap_or_default()
    }
}

/// The answers of `app`, with a change link on each row when `changeable`. In the interpreter
/// view each question and answer has its Norwegian beside it.
#[component]
pub fn ApplicationSummary(
    app: Signal<Option<Application>>,
    #[prop(optional)] changeable: bool,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    move || {
        app.get().map(|app| {
            let languages: Vec<(&str, &str)> =
                i18n.languages.iter().map(|l| (l.id, l.name)).collect();
            let tr = |id: &str| i18n.tr(id);
            let answers = Answers::new(app.clone());
            sections(&app, i18n.language.get().id, &languages, &tr)
                .into_iter()
                .enumerate()
                .map(|(section, (heading, rows))| {
                    let rows = rows
                        .into_iter()
                        .enumerate()
                        // An optional answer left empty (the e-mail, say) is left out.
                        .filter(|(_, r)| r.answer.iter().any(|a| !a.is_empty()))
                        .map(|(row, r)| {
                            let answers = answers.clone();
                            let question = r.question;
                            // What the resident typed, once; "no own words" is the app's text.
                            let as_typed = (SHOWN_ONCE.contains(&r.question)
                                && !(r.question == "apply-own-words-label" && app.own_words.is_empty()))
                                .then(|| r.answer.concat());
                            let answer = if let Some(as_typed) = as_typed {
                                let shown = if LEFT_TO_RIGHT.contains(&question) {
                                    ltr(resident_text(as_typed)).into_any()
                                } else {
                                    resident_words(as_typed).into_any()
                                };
                                view! { <span class="summary-line">{shown}</span> }.into_any()
                            } else { view! {
                                <Twin>
                                    {
                                        let (i18n, answers) = (expect_context::<I18n>(), answers.clone());
                                        move || {
                                            answers.lines(i18n, section, row)
                                                .into_iter()
                                                .map(|a| answer_line(question, a))
                                                .collect_view()
                                        }
                                    }
                                </Twin>
                            }.into_any() };
                            view! {
                                <div class="summary-row">
                                    <dt><Tr id=r.question /></dt>
                                    <dd class="summary-answer">{answer}</dd>
                                    {changeable.then(|| view! {
                                        <dd class="summary-change">
                                            <a href=r.change_href.clone()>
                                                <Tr id="apply-change" />
                                                <span class="visually-hidden">{" "}{i18n.tr(r.change)}</span>
                                            </a>
                                        </dd>
                                    })}
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <h2><Tr id=heading /></h2>
                        <dl class="summary-list">{rows}</dl>
                    }
                })
                .collect_view()
        })
    }
}

/// The number as it is kept on a receipt: the birth date and the rest hidden.
pub fn masked_national_id(id: &str) -> String {
    let shown: String = id.chars().take(6).collect();
    format!("{shown} *****")
}

/// The message id that names a kind of income.
pub fn source_id(source: IncomeSource) -> &'static str {
    match source {
        IncomeSource::Wages => "source-wages",
        IncomeSource::Pension => "source-pension",
        IncomeSource::Uforetrygd => "source-uforetrygd",
        IncomeSource::Benefit => "source-benefit",
    }
}
