//! Municipality numbers by date: the 357 municipalities from 1 January 2024, the numbers they
//! replaced since 2018 (some still unverified: see data/municipalities-before-2020.csv), and what a
//! resident may type for one: a number, "Oslo (0301)", a name in any case with or without æ, ø,
//! å and Sámi letters, "Oslo kommune", a Sámi or Kven parallel name, or a name in another script.

mod fold;

use chrono::NaiveDate;

pub use fold::{fold, key};

use crate::{
    RulesError,
    parameters::{MUNICIPALITIES, MUNICIPALITY_NAMES_OTHER_SCRIPTS, Municipality},
};

/// The municipality a number names on `date`; a number replaced before then resolves to its
/// successor, which the caller should tell the user about (`replaced` is then the old number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub municipality: &'static Municipality,
    pub replaced: Option<&'static Municipality>,
}

/// Where a number led: one municipality in force, or several when one on the way was divided.
enum Successor {
    One(&'static Municipality),
    Divided {
        divided: &'static Municipality,
        into: Vec<&'static Municipality>,
    },
}

/// Follows `start`'s successors to what is in force on `date` (a chain such as 0105 -> 3003 ->
/// 3105 is followed to its end); `None` if the number was not in force yet or ended without one.
fn follow(start: &'static Municipality, date: NaiveDate) -> Option<Successor> {
    if start.valid_from > date {
        return None;
    }
    let mut current = start;
    // Every step goes to a later period, so the chain is short; the bound is only a guard.
    for _ in 0..8 {
        match current.valid_to {
            Some(to) if to < date => match current.replaced_by {
                [] => return None,
                [one] => current = find(one)?,
                several => {
                    return Some(Successor::Divided {
                        divided: current,
                        into: several.iter().filter_map(|n| find(n)).collect(),
                    });
                }
            },
            _ => return Some(Successor::One(current)),
        }
    }
    None
}

/// Finds `number` (four digits) as in force on `date`.
pub fn resolve(number: &str, date: NaiveDate) -> Result<Resolved, RulesError> {
    let found = find(number).ok_or_else(|| RulesError::UnknownMunicipality {
        number: number.chars().take(8).collect(),
    })?;
    let not_in_force = || RulesError::MunicipalityNotInForce {
        number: number.to_string(),
        date,
    };
    match follow(found, date).ok_or_else(not_in_force)? {
        Successor::One(m) => Ok(Resolved {
            municipality: m,
            replaced: (m.number != found.number).then_some(found),
        }),
        Successor::Divided { .. } => Err(RulesError::MunicipalityDivided {
            number: number.to_string(),
        }),
    }
}

fn find(number: &str) -> Option<&'static Municipality> {
    MUNICIPALITIES
        .binary_search_by(|m| m.number.cmp(number))
        .ok()
        .map(|i| &MUNICIPALITIES[i])
}

/// The numbers `old` went through to reach what is in force on `date`, `old` first: 0105,
/// 3003, 3105.
pub fn chain(old: &'static Municipality, date: NaiveDate) -> Vec<&'static Municipality> {
    let mut steps = vec![old];
    let mut current = old;
    while let (Some(to), [one]) = (current.valid_to, current.replaced_by) {
        if to >= date || steps.len() > 8 {
            break;
        }
        match find(one) {
            Some(next) => {
                steps.push(next);
                current = next;
            }
            None => break,
        }
    }
    steps
}

fn in_force(m: &Municipality, date: NaiveDate) -> bool {
    m.valid_from <= date && m.valid_to.is_none_or(|to| to >= date)
}

/// Every name `m` goes by: its Norwegian name, its Sámi and Kven names, and its names in the
/// scripts of the app's languages.
pub fn names(m: &'static Municipality) -> impl Iterator<Item = &'static str> {
    std::iter::once(m.name)
        .chain(m.other_names.iter().copied())
        .chain(
            MUNICIPALITY_NAMES_OTHER_SCRIPTS
                .iter()
                .filter(move |(number, _, _)| *number == m.number)
                .map(|(_, _, name)| *name),
        )
}

/// What typed text names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// One municipality in force; `replaced` when the text named an old number or an old name.
    Found(Resolved),
    /// An old number or name of a municipality that was divided: the user must say which.
    Divided {
        old: &'static Municipality,
        into: Vec<&'static Municipality>,
    },
    /// Several municipalities fit, or the text is the start of some names: the user must choose.
    Several(Vec<&'static Municipality>),
    /// Nothing fits.
    NotFound,
}

/// At most this many candidates are offered.
const CANDIDATES: usize = 8;

/// What `text` names on `date`: a four-digit number (three digits read with a leading 0, so
/// "301" is Oslo), a name, or nothing. Never guesses: when more than one municipality fits, or
/// the text only begins a name, it offers the candidates.
pub fn lookup(text: &str, date: NaiveDate) -> Lookup {
    let digits = fold::digits(text);
    if !digits.is_empty() {
        let number = match digits.len() {
            3 => format!("0{digits}"),
            4 => digits,
            _ => return Lookup::NotFound,
        };
        return match find(&number).and_then(|m| follow(m, date).map(|s| (m, s))) {
            Some((m, Successor::One(now))) => Lookup::Found(Resolved {
                municipality: now,
                replaced: (now.number != m.number).then_some(m),
            }),
            Some((_, Successor::Divided { divided, into })) => {
                Lookup::Divided { old: divided, into }
            }
            None => Lookup::NotFound,
        };
    }
    let wanted = key(text);
    if wanted.is_empty() {
        return Lookup::NotFound;
    }
    let exact: Vec<&'static Municipality> = MUNICIPALITIES
        .iter()
        .filter(|m| m.valid_from <= date && names(m).any(|n| key(n) == wanted))
        .collect();
    if exact.is_empty() {
        return by_prefix(&wanted, date);
    }
    // An exact name: in force, or an old one followed to what it became.
    let mut now: Vec<&'static Municipality> = Vec::new();
    let mut divided = None;
    for m in &exact {
        match follow(m, date) {
            Some(Successor::One(x)) => now.push(x),
            Some(Successor::Divided { divided: d, into }) => {
                divided = Some(d);
                now.extend(into);
            }
            None => {}
        }
    }
    now.sort_by_key(|m| m.number);
    now.dedup_by_key(|m| m.number);
    if let [one] = now[..] {
        let direct = exact.iter().any(|m| m.number == one.number);
        return Lookup::Found(Resolved {
            municipality: one,
            replaced: (!direct).then_some(exact[0]),
        });
    }
    // The old name of a divided municipality, even when one of its parts kept the name
    // ("Ålesund": 1507 became Ålesund 1508 and Haram 1580): say it was divided, and ask which.
    let only_its_parts = |old: &Municipality| {
        exact.iter().all(|m| {
            old.replaced_by.contains(&m.number)
                || matches!(follow(m, date), Some(Successor::Divided { divided, .. }) if divided.number == old.number)
        })
    };
    match divided {
        Some(old) if only_its_parts(old) => Lookup::Divided { old, into: now },
        _ if now.is_empty() => Lookup::NotFound,
        _ => Lookup::Several(now),
    }
}

/// Municipalities in force whose name, or a word of it, begins with `wanted` (folded).
fn by_prefix(wanted: &str, date: NaiveDate) -> Lookup {
    let found: Vec<&'static Municipality> = MUNICIPALITIES
        .iter()
        .filter(|m| in_force(m, date))
        .filter(|m| {
            names(m).any(|n| {
                let k = key(n);
                k.starts_with(wanted) || k.split(' ').any(|w| w.starts_with(wanted))
            })
        })
        .take(CANDIDATES)
        .collect();
    if found.is_empty() {
        Lookup::NotFound
    } else {
        Lookup::Several(found)
    }
}

/// Municipalities in force on `date` whose number starts with, or whose name (any of its
/// names, folded) contains, `query`, for a search box; at most `limit`.
pub fn search(query: &str, date: NaiveDate, limit: usize) -> Vec<&'static Municipality> {
    let wanted = key(query);
    let digits = fold::digits(query);
    MUNICIPALITIES
        .iter()
        .filter(|m| in_force(m, date))
        .filter(|m| {
            (wanted.is_empty() && digits.is_empty())
                || (!digits.is_empty() && m.number.starts_with(&digits))
                || (!wanted.is_empty() && names(m).any(|n| key(n).contains(&wanted)))
        })
        .take(limit)
        .collect()
}
