//! One screening run on `/staff/screening`: what it found in a sentence, compared with the run
//! before, and each household's largest loan, reach, payment, rent and obstacles in a table that
//! scrolls in its own region on a phone; the run deleted when no longer needed.

use leptos::{prelude::*, task::spawn_local};
use rules::screening::{Before, Obstacle, Outlook, ScreenedHousehold, ScreeningRun};
use rust_decimal::Decimal;

use super::{
    Session, api,
    pages::grouped,
    text::{s, s_with},
};
use crate::format;

fn kr(value: Decimal) -> String {
    format::kroner(value, "nb")
}

fn outlook(o: Outlook) -> String {
    s(match o {
        Outlook::CouldBuy => "staff-screening-outlook-could-buy",
        Outlook::CarriesALoan => "staff-screening-outlook-carries",
        Outlook::NotNow => "staff-screening-outlook-not-now",
    })
}

fn obstacle(o: &Obstacle) -> String {
    match o {
        Obstacle::NoRoomForALoan => s("staff-screening-obstacle-no-room"),
        Obstacle::IncomeNotStable => s("staff-screening-obstacle-unstable"),
        Obstacle::TemporaryBenefit => s("staff-screening-obstacle-temporary-benefit"),
        Obstacle::Debts { lowers_loan_by } => s_with(
            "staff-screening-obstacle-debts",
            &[("amount", kr(*lowers_loan_by))],
        ),
        Obstacle::ReachBelowPrice { short_by } => s_with(
            "staff-screening-obstacle-short",
            &[("amount", kr(*short_by))],
        ),
    }
}

/// What the run before said, marked where the outlook changed since.
fn before(b: Option<Before>, now: Outlook, compared: bool) -> AnyView {
    match b {
        Some(b) if b.outlook != now => {
            let text = s_with(
                "staff-screening-before-changed",
                &[("outlook", outlook(b.outlook)), ("loan", kr(b.max_loan))],
            );
            view! { <strong>{text}</strong> }.into_any()
        }
        Some(b) => s_with(
            "staff-screening-before",
            &[("outlook", outlook(b.outlook)), ("loan", kr(b.max_loan))],
        )
        .into_any(),
        None if compared => s("staff-screening-new").into_any(),
        None => ().into_any(),
    }
}

/// An amount, or a dash where there is none (no loan, nothing it reaches).
fn or_dash(value: Decimal, text: impl FnOnce() -> String) -> String {
    if value.is_zero() {
        "–".into()
    } else {
        text()
    }
}

fn row(h: ScreenedHousehold, compared: bool) -> impl IntoView {
    let sc = h.screening;
    let now = sc.outlook;
    let obstacles = sc
        .obstacles
        .iter()
        .map(|o| view! { <li>{obstacle(o)}</li> })
        .collect_view();
    view! {
        <tr>
            <th scope="row" translate="no">{h.key}</th>
            <td>{outlook(sc.outlook)}</td>
            <td>{or_dash(sc.max_loan, || s_with("staff-screening-loan", &[
                ("loan", kr(sc.max_loan)),
                ("years", sc.term_years.to_string()),
                ("rate", format::percent(sc.interest_rate, "nb")),
            ]))}</td>
            <td>{or_dash(sc.reach.borettslag, || s_with("staff-screening-reach", &[("borettslag", kr(sc.reach.borettslag)), ("selveier", kr(sc.reach.selveier))]))}</td>
            <td>{or_dash(sc.loan_payment_monthly, || kr(sc.loan_payment_monthly))}</td>
            <td>{s_with("staff-screening-rent", &[("rent", kr(sc.rent_monthly)), ("bostotte", kr(sc.bostotte_monthly))])}</td>
            <td><ul class="plain">{obstacles}</ul></td>
            <td>{before(h.before, now, compared)}</td>
        </tr>
    }
}

#[component]
pub fn RunShown(run: ScreeningRun, on_deleted: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let id = run.line.id;
    let date = format::date(run.line.run_on, "nb");
    let l = &run.line;
    let summary = s_with(
        "staff-screening-summary",
        &[
            ("households", grouped(l.households.into())),
            ("could_buy", grouped(l.could_buy.into())),
            ("carries", grouped(l.carries_a_loan.into())),
            ("not_now", grouped(l.not_now.into())),
        ],
    );
    let compared = run.compared_with.as_ref().map_or_else(
        || s("staff-screening-first"),
        |c| {
            s_with(
                "staff-screening-compared",
                &[
                    ("date", format::date(c.run_on, "nb")),
                    ("number", c.id.to_string()),
                ],
            )
        },
    );
    let gone = (!run.gone.is_empty()).then(|| {
        let keys = run.gone.join(", ");
        view! { <p data-testid="screening-gone">{s_with("staff-screening-gone", &[("households", keys)])}</p> }
    });
    let no_price = (l.carries_a_loan > 0).then(|| view! { <p>{s("staff-screening-no-price")}</p> });
    let is_compared = run.compared_with.is_some();
    let rows = run
        .households
        .into_iter()
        .map(|h| row(h, is_compared))
        .collect_view();
    let failed = RwSignal::new(None::<String>);
    let heading = s_with(
        "staff-screening-run-heading",
        &[("date", date.clone()), ("number", id.to_string())],
    );
    let question = s_with(
        "staff-screening-delete-confirm",
        &[("date", date), ("number", id.to_string())],
    );
    let delete = move |_| {
        let asked = window().confirm_with_message(&question).unwrap_or(false);
        if !asked {
            return;
        }
        let csrf = session.csrf();
        spawn_local(async move {
            match api::delete_screening(id, &csrf).await {
                Ok(()) => _ = on_deleted.try_run(()),
                Err(api::Failed(message)) => failed.set(Some(message)),
            }
        });
    };
    view! {
        <section data-testid="screening-run">
            <h2 id="screening-run-heading" tabindex="-1">{heading.clone()}</h2>
            <p data-testid="screening-summary">{summary}</p>
            <p data-testid="screening-compared">{compared}</p>
            {gone}
            <p>{s("staff-screening-assumptions")}</p>
            {no_price}
            <div class="table-scroll" role="region" tabindex="0" aria-label=heading>
                <table class="screening-households" data-testid="screening-households">
                    <thead><tr>
                        <th scope="col">{s("staff-screening-col-household")}</th>
                        <th scope="col">{s("staff-screening-col-outlook")}</th>
                        <th scope="col">{s("staff-screening-col-loan")}</th>
                        <th scope="col">{s("staff-screening-col-reach")}</th>
                        <th scope="col">{s("staff-screening-col-payment")}</th>
                        <th scope="col">{s("staff-screening-col-rent")}</th>
                        <th scope="col">{s("staff-screening-col-obstacles")}</th>
                        <th scope="col">{s("staff-screening-col-before")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {move || failed.get().map(|m| view! { <p role="alert">{s(&m)}</p> })}
            <p><button type="button" class="button secondary" on:click=delete data-testid="screening-delete">{s("staff-screening-delete")}</button></p>
        </section>
    }
}
