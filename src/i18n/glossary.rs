//! The glossary: a Norwegian term that a translation keeps in Norwegian (`terms`) is explained in
//! the reader's language the first time it appears on a page, "startlån (a loan from the
//! municipality to buy a home)", and not again further down. The explanations are messages
//! (`glossary-<key>` in locales/<lang>/glossary.ftl), fetched with the rest of the language; a
//! Norwegian page, and the Norwegian half of the interpreter view, show none.
//!
//! The layout provides one registry per page (`provide`). Each text block (`twin_text`) is a
//! [`Block`]; once its text is on the page it tells the registry which terms it holds, and for
//! each term the block that comes first on the page explains it. A block keeps its place across
//! its own re-renders, so an explanation neither jumps nor vanishes while its text updates; when
//! a block goes (another page, a result that disappears) the next appearance explains the term.
//! A language change starts again: only blocks in the page's language count. Text in a closed
//! `<details>` counts once it is opened.
//!
//! Only running text explains: a heading, a label, a button, a link or a table's header names
//! something, and an explanation there would make its name (what a screen reader says on every
//! visit) long. A term that the text itself already translates, "housing allowance (bostøtte)",
//! counts as explained there and gets nothing more.

use std::{cell::Cell, collections::HashMap};

use leptos::{either::Either, html, prelude::*};
use leptos_fluent::I18n;

use super::terms::{self, Term};

/// Where a term names something rather than explains it (see the module's notes).
const NOT_RUNNING_TEXT: &str = "h1,h2,h3,h4,h5,h6,[role=heading],label,legend,button,a,summary,\
                                option,th,dt,caption,[aria-hidden=true]";

/// The message that explains the term with `key` in the reader's language.
pub fn message_id(key: &str) -> String {
    format!("glossary-{key}")
}

/// One piece of a text: plain, or a Norwegian term and whether its explanation goes right after
/// it (its first appearance in the text, unless the text translates it there itself).
#[derive(Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub term: Option<&'static Term>,
    pub explain_here: bool,
}

/// `text` in `lang` as pieces, and the glossary keys of the terms it holds (each once, in order).
pub fn plan(text: &str, lang: &str) -> (Vec<Piece>, Vec<&'static str>) {
    let split = terms::pieces(text, lang);
    let mut keys: Vec<&'static str> = Vec::new();
    let mut pieces = Vec::with_capacity(split.len());
    for (i, (piece, term)) in split.iter().enumerate() {
        let key = term.and_then(|t| t.gloss);
        let first = key.is_some_and(|k| !keys.contains(&k));
        if let Some(k) = key.filter(|_| first) {
            keys.push(k);
        }
        let before = i.checked_sub(1).map_or("", |b| split[b].0.as_str());
        let after = split.get(i + 1).map_or("", |a| a.0.as_str());
        pieces.push(Piece {
            text: piece.clone(),
            term: *term,
            explain_here: first && !translated_in_place(before, after),
        });
    }
    (pieces, keys)
}

/// Whether a term stands in brackets, "housing allowance (bostøtte)" or "(«vedtak»)": the text
/// has explained it itself.
fn translated_in_place(before: &str, after: &str) -> bool {
    const QUOTES: &[char] = &['«', '»', '"', '“', '”', '„', '\'', '‘', '’'];
    before.trim_end_matches(QUOTES).ends_with('(')
        && after.trim_start_matches(QUOTES).starts_with(')')
}

/// For each glossary key, the block that explains it: of the blocks that hold the key, the one
/// that comes first on the page (`precedes`).
pub fn first_appearances<'a>(
    blocks: impl IntoIterator<Item = (u64, &'a [&'static str])>,
    precedes: impl Fn(u64, u64) -> bool,
) -> HashMap<&'static str, u64> {
    let mut first: HashMap<&'static str, u64> = HashMap::new();
    for (block, keys) in blocks {
        for key in keys {
            first
                .entry(key)
                .and_modify(|holder| {
                    if precedes(block, *holder) {
                        *holder = block;
                    }
                })
                .or_insert(block);
        }
    }
    first
}

/// A block that holds terms in running text on the page.
struct Member {
    block: u64,
    lang: &'static str,
    keys: Vec<&'static str>,
    anchor: web_sys::Element,
}

/// The page's registry of terms and the blocks that hold them.
#[derive(Clone, Copy)]
struct Glossary {
    members: RwSignal<Vec<Member>, LocalStorage>,
    /// Glossary key → the block that explains it, for the page's language.
    explains: Memo<HashMap<&'static str, u64>>,
}

/// Provides the page's glossary: the layout calls it once, around every page.
pub fn provide() {
    let i18n = expect_context::<I18n>();
    let members = RwSignal::new_local(Vec::<Member>::new());
    let toggled = details_toggled();
    let explains = Memo::new(move |_| {
        let lang = i18n.language.get().id;
        toggled.track();
        members.with(|members| {
            // Text in a closed <details> ("How we calculated") is not read until it is opened.
            let here: Vec<&Member> = members
                .iter()
                .filter(|m| m.lang == lang && m.anchor.is_connected())
                .filter(|m| m.anchor.closest(CLOSED).ok().flatten().is_none())
                .collect();
            let anchor = |block: u64| here.iter().find(|m| m.block == block).map(|m| &m.anchor);
            first_appearances(
                here.iter().map(|m| (m.block, m.keys.as_slice())),
                |a, b| match (anchor(a), anchor(b)) {
                    (Some(a), Some(b)) => {
                        a.compare_document_position(b) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING
                            != 0
                    }
                    _ => false,
                },
            )
        })
    });
    provide_context(Glossary { members, explains });
}

/// Where text is out of sight until the reader opens it.
const CLOSED: &str = "details:not([open])";

/// Fires whenever a <details> on the page opens or closes (the event does not bubble, so it is
/// caught on its way down).
fn details_toggled() -> ArcTrigger {
    use wasm_bindgen::{JsCast, closure::Closure};
    let toggled = ArcTrigger::new();
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let on_toggle = Closure::<dyn Fn()>::new({
            let toggled = toggled.clone();
            move || toggled.notify()
        });
        let _ = document.add_event_listener_with_callback_and_bool(
            "toggle",
            on_toggle.as_ref().unchecked_ref(),
            true,
        );
        // The layout, and so the listener, lasts as long as the app.
        on_toggle.forget();
    }
    toggled
}

thread_local! {
    static NEXT_BLOCK: Cell<u64> = const { Cell::new(0) };
}

/// A text block on the page, the same across its re-renders (and both halves of the interpreter
/// view, of which only the reader's language's holds terms).
#[derive(Clone, Copy)]
pub struct Block {
    id: u64,
    glossary: Option<Glossary>,
    /// A term of the block's text as last drawn: where the block is on the page.
    anchor: NodeRef<html::Span>,
}

impl Block {
    /// A new block; it leaves the registry when its owner is cleaned up (it leaves the page).
    pub fn new() -> Self {
        let id = NEXT_BLOCK.with(|next| {
            let id = next.get();
            next.set(id + 1);
            id
        });
        let glossary = use_context::<Glossary>();
        if let Some(glossary) = glossary {
            on_cleanup(move || glossary.set(id, None));
        }
        Self {
            id,
            glossary,
            anchor: NodeRef::new(),
        }
    }

    /// Once the text just drawn is on the page: the block holds `keys` in `lang` there.
    fn holds(self, lang: &'static str, keys: Vec<&'static str>) {
        let Some(glossary) = self.glossary else {
            return;
        };
        let Block { id, anchor, .. } = self;
        queue_microtask(move || {
            let member = anchor
                .get_untracked()
                .map(web_sys::Element::from)
                .filter(|el| !keys.is_empty() && el.is_connected())
                .filter(|el| el.closest(NOT_RUNNING_TEXT).ok().flatten().is_none())
                .map(|anchor| Member {
                    block: id,
                    lang,
                    keys,
                    anchor,
                });
            glossary.set(id, member);
        });
    }

    /// The explanation of `key` right after the term, while this block is where it is explained.
    fn explanation(self, key: &'static str, i18n: I18n) -> Option<impl IntoView + use<>> {
        let explains = self.glossary?.explains;
        let id = message_id(key);
        let text = i18n.tr(&id);
        // A language without the entry falls back to Norwegian, which has none: no explanation.
        if text.trim().is_empty() || text.contains(&id) {
            return None;
        }
        let block = self.id;
        Some(move || {
            explains.with(|e| e.get(key) == Some(&block)).then(|| {
                view! { <span class="gloss" data-gloss=key>{format!(" ({text})")}</span> }
            })
        })
    }
}

impl Default for Block {
    fn default() -> Self {
        Self::new()
    }
}

impl Glossary {
    /// Puts `block`'s membership (or its absence) in the registry, telling the page only of a change.
    fn set(self, block: u64, member: Option<Member>) {
        let changed = self.members.try_update_untracked(|members| {
            let at = members.iter().position(|m| m.block == block);
            match (at, member) {
                (Some(at), Some(new)) => {
                    let old = &members[at];
                    let same =
                        old.lang == new.lang && old.keys == new.keys && old.anchor == new.anchor;
                    members[at] = new;
                    !same
                }
                (Some(at), None) => {
                    members.swap_remove(at);
                    true
                }
                (None, Some(new)) => {
                    members.push(new);
                    true
                }
                (None, None) => false,
            }
        });
        if changed == Some(true) {
            self.members.notify();
        }
    }
}

/// `text` in the language of `i18n`, each Norwegian term in it marked `lang="nb"` (so a screen
/// reader says it as Norwegian and the browser does not translate it), and explained after it
/// where `block` is the first on the page to hold it.
pub fn marked(text: &str, i18n: I18n, block: Block) -> impl IntoView + use<> {
    let lang = i18n.language.get().id;
    let (pieces, keys) = plan(text, lang);
    // The Norwegian half of the interpreter view holds no terms and leaves the block's place be.
    if !terms::is_norwegian(lang) {
        block.holds(lang, keys);
    }
    pieces
        .into_iter()
        .map(|piece| match piece.term {
            Some(term) => {
                let explanation = term
                    .gloss
                    .filter(|_| piece.explain_here)
                    .and_then(|key| block.explanation(key, i18n));
                Either::Left(view! {
                    <span lang="nb" translate="no" node_ref=block.anchor>
                        {piece.text}
                    </span>
                    {explanation}
                })
            }
            None => Either::Right(piece.text),
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explained(text: &str, lang: &str) -> Vec<String> {
        plan(text, lang)
            .0
            .into_iter()
            .filter(|p| p.explain_here)
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn a_term_is_explained_at_its_first_appearance_in_a_text_only() {
        let text = "Søk om startlån hos kommunen. Med startlån og bostøtte fra Husbanken …";
        assert_eq!(explained(text, "en"), ["startlån", "bostøtte", "Husbanken"]);
        assert_eq!(
            plan(text, "en").1,
            ["startlan", "bostotte", "husbanken"],
            "the keys the text holds, each once"
        );
    }

    #[test]
    fn two_spellings_of_a_term_are_one_term() {
        let text = "Sosialtjenesteloven § 27 … sosialtjenesteloven";
        assert_eq!(explained(text, "uk"), ["Sosialtjenesteloven"]);
        assert_eq!(plan(text, "uk").1, ["sosialtjenesteloven"]);
    }

    #[test]
    fn norwegian_text_explains_nothing() {
        for lang in ["nb", "nn"] {
            let (pieces, keys) = plan("Søk om startlån og bostøtte hos NAV", lang);
            assert!(keys.is_empty(), "{lang}");
            assert!(pieces.iter().all(|p| p.term.is_none() && !p.explain_here));
        }
    }

    #[test]
    fn a_term_the_text_translates_itself_counts_as_explained_there() {
        let text = "Housing allowance (bostøtte) is paid monthly. Apply for bostøtte …";
        assert!(explained(text, "en").is_empty());
        assert_eq!(plan(text, "en").1, ["bostotte"], "still the block's term");
        assert!(explained("(«vanskeligstilt på boligmarkedet»)", "fr").is_empty());
        // Brackets that hold more than the term are no translation of it.
        assert_eq!(explained("(ring NAV)", "en"), ["NAV"]);
    }

    #[test]
    fn a_web_address_has_no_entry() {
        let (pieces, keys) = plan("Read more at husbanken.no.", "en");
        assert!(keys.is_empty());
        assert!(
            pieces.iter().any(|p| p.term.is_some()),
            "still marked Norwegian"
        );
        assert!(pieces.iter().all(|p| !p.explain_here));
    }

    #[test]
    fn the_first_block_on_the_page_explains_each_term() {
        // Blocks 7, 3 and 9, on the page in the order 3, 9, 7.
        let place = |block: u64| [3, 9, 7].iter().position(|b| *b == block);
        let precedes = |a: u64, b: u64| place(a) < place(b);
        let blocks: [(u64, &[&str]); 3] = [
            (7, &["startlan", "nav"]),
            (3, &["bostotte"]),
            (9, &["nav", "bostotte"]),
        ];
        let first = first_appearances(blocks, precedes);
        assert_eq!(first.get("startlan"), Some(&7));
        assert_eq!(first.get("bostotte"), Some(&3));
        assert_eq!(first.get("nav"), Some(&9));
        assert_eq!(first.len(), 3);

        // Block 3 re-renders and still holds bostøtte: it keeps it. When it goes, 9 has it.
        let again = first_appearances(
            [(9, &["nav", "bostotte"][..]), (3, &["bostotte"][..])],
            precedes,
        );
        assert_eq!(again.get("bostotte"), Some(&3));
        let gone = first_appearances([(7, &["nav"][..]), (9, &["nav", "bostotte"][..])], precedes);
        assert_eq!(gone.get("bostotte"), Some(&9));
        assert_eq!(gone.get("nav"), Some(&9));
    }
}
