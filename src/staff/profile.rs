//! `/staff/profile`: the rules and offers the staff member's municipality goes by in Husly (its
//! own profile, or the national default where it has none, said so): the edition in force with
//! every value, its source and how sure it is, and the history of editions, a future one marked
//! with the day it takes effect. Read-only: a new edition is a reviewed change to the
//! repository's `municipalities/` (ARCHITECTURE.md).

use leptos::{prelude::*, task::spawn_local};
use leptos_router::components::A;
use rules::wire::StaffProfile;

use super::{
    api,
    profile_rows::{certainty, sections},
    text::{s, s_with},
};
use crate::format;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let loaded = RwSignal::new(None::<Result<StaffProfile, api::Failed>>);
    spawn_local(async move { loaded.set(Some(api::municipality_profile().await)) });
    move || match loaded.get() {
        None => view! { <p>{s("staff-loading")}</p> }.into_any(),
        Some(Err(api::Failed(id))) => view! {
            <h1>{s("staff-profile-heading")}</h1>
            <p role="alert">{s(&id)}</p>
        }
        .into_any(),
        Some(Ok(p)) => page(p).into_any(),
    }
}

fn page(p: StaffProfile) -> impl IntoView {
    let name = rules::municipality::resolve(&p.municipality, p.today).map_or_else(
        |_| p.municipality.clone(),
        |r| r.municipality.name.to_string(),
    );
    let whose = if p.national {
        s_with(
            "staff-profile-national",
            &[("municipality", name), ("number", p.municipality.clone())],
        )
    } else {
        s_with(
            "staff-profile-own",
            &[("municipality", name), ("number", p.municipality.clone())],
        )
    };
    let date = |d| format::date(d, "nb");
    let in_force = p
        .in_force_from
        .and_then(|from| p.profile.editions.iter().find(|e| e.from == from));
    let current = match in_force {
        Some(edition) => {
            let tables = sections(edition)
                .into_iter()
                .map(|(heading, rows)| {
                    let rows = rows
                        .into_iter()
                        .map(|r| {
                            view! {
                                <tr>
                                    <th scope="row">{s(r.label)}</th>
                                    <td>{r.value}</td>
                                    <td>{certainty(r.status)}</td>
                                    <td class="source">{r.source}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{s(heading)}</h3>
                        <div class="table-scroll" role="region" tabindex="0" aria-label=s(heading)><table class="profile-values">
                            <thead><tr>
                                <th scope="col">{s("staff-profile-col-what")}</th>
                                <th scope="col">{s("staff-profile-col-value")}</th>
                                <th scope="col">{s("staff-profile-col-status")}</th>
                                <th scope="col">{s("staff-profile-col-source")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table></div>
                    }
                })
                .collect_view();
            view! {
                <h2>{s_with("staff-profile-in-force", &[("from", date(edition.from))])}</h2>
                <p>{s("staff-profile-decided")}" "{edition.decided.clone()}</p>
                <p>{s("staff-profile-left-out")}</p>
                <div data-testid="profile-in-force">{tables}</div>
            }
            .into_any()
        }
        None => view! { <p role="status">{s("staff-profile-none-in-force")}</p> }.into_any(),
    };
    let today = p.today;
    let history = p
        .profile
        .editions
        .iter()
        .map(|e| {
            let state = if Some(e.from) == p.in_force_from {
                s("staff-profile-state-in-force")
            } else if e.from > today {
                s_with("staff-profile-state-future", &[("from", date(e.from))])
            } else {
                s("staff-profile-state-past")
            };
            view! {
                <tr>
                    <td>{date(e.from)}</td>
                    <td>{e.until.map(date).unwrap_or_default()}</td>
                    <td>{e.decided.clone()}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <A href="/staff" attr:class="back-link">{s("staff-to-inbox")}</A>
        <h1>{s("staff-profile-heading")}</h1>
        <p data-testid="profile-whose" class={if p.national { "notice" } else { "" }}>{whose}</p>
        <p>
            {s("staff-profile-reference")}" "
            <a href=p.profile.href.clone() rel="noopener">{p.profile.reference.clone()}</a>
        </p>
        {current}
        <h2>{s("staff-profile-history")}</h2>
        <div class="table-scroll" role="region" tabindex="0" aria-label=s("staff-profile-history")><table class="profile-history" data-testid="profile-history">
            <thead><tr>
                <th scope="col">{s("staff-profile-col-from")}</th>
                <th scope="col">{s("staff-profile-col-until")}</th>
                <th scope="col">{s("staff-profile-col-decided")}</th>
                <th scope="col">{s("staff-profile-col-state")}</th>
            </tr></thead>
            <tbody>{history}</tbody>
        </table></div>
        <p>{s("staff-profile-how-to-change")}</p>
    }
}
