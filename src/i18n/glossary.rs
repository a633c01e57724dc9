//! The glossary: a Norwegian term that a translation keeps in Norwegian (`terms`) is explained in
//! the reader's language the first time it appears on a page, "startlån (a loan from the
//! municipality to buy a home)", and not again further down. The explanations are messages
//! (`glossary-<key>` in locales/<lang>/glossary.ftl), fetched with the rest of the language; a
//! Norwegian page, and the Norwegian half of the interpreter view, show none.
//!
//! The layout turns the glossary on (`provide`): one registry for the page. Each text block
//! (`twin_text`) is a [`Block`]; once its text is on the page it tells the registry which terms
//! it holds, and for each term the block that comes first on the page explains it, inside the
//! term's own element, so the explanation goes with the term when the block redraws its text.
//! A block keeps its place across its own re-renders, so an explanation neither jumps nor
//! vanishes while its text updates; when a block goes (another page, a result that disappears)
//! the next appearance explains the term. A language change starts again: only blocks in the
//! page's language count. Text in a closed `<details>` counts once it is opened.
//!
//! Only running text explains: a heading, a label, a button, a link or a table's header names
//! something, and an explanation there would make its name (what a screen reader says on every
//! visit) long. A term that the text itself already translates, "housing allowance (bostøtte)",
//! counts as explained there and gets nothing more.
//!
//! It works on the page's elements directly rather than through signals: a reactive version
//! cost 6 KB of brotli in the download (measured), over the first-load budget.

use std::cell::{Cell, RefCell};

use leptos::{either::Either, prelude::*};
use leptos_fluent::I18n;
use wasm_bindgen::JsCast;

use super::terms::{self, Term};

/// Where a term names something rather than explains it (see the module's notes).
const NOT_RUNNING_TEXT: &str = "h1,h2,h3,h4,h5,h6,[role=heading],label,legend,button,a,summary,\
                                option,th,dt,caption,[aria-hidden=true]";

/// Where text is out of sight until the reader opens it.
const CLOSED: &str = "details:not([open])";

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
        // A law cited with its section in brackets, "(forvaltningsloven § 11 a)", is a citation,
        // not a translation: only the bare term stands for its own translation there.
        let bare = term.is_some_and(|t| t.text == piece);
        pieces.push(Piece {
            text: piece.clone(),
            term: *term,
            explain_here: first && !(bare && translated_in_place(before, after)),
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
) -> Vec<(&'static str, u64)> {
    let mut first: Vec<(&'static str, u64)> = Vec::new();
    for (block, keys) in blocks {
        for key in keys {
            match first.iter_mut().find(|(k, _)| k == key) {
                Some((_, holder)) => {
                    if precedes(block, *holder) {
                        *holder = block;
                    }
                }
                None => first.push((key, block)),
            }
        }
    }
    first
}

/// A block that holds terms in running text on the page: its terms' elements, and for those
/// where an explanation may go, the key and the explanation in the block's language.
struct Member {
    block: u64,
    lang: &'static str,
    keys: Vec<&'static str>,
    anchor: web_sys::Element,
    terms: Vec<(web_sys::Element, Option<(&'static str, String)>)>,
}

thread_local! {
    /// Whether the layout turned the glossary on.
    static ON: Cell<bool> = const { Cell::new(false) };
    static NEXT_BLOCK: Cell<u64> = const { Cell::new(0) };
    /// The page's language, as its blocks last drew themselves.
    static LANG: Cell<&'static str> = const { Cell::new("") };
    static MEMBERS: RefCell<Vec<Member>> = const { RefCell::new(Vec::new()) };
    /// Whether a refresh is already on its way.
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Turns the glossary on for the pages inside the layout, which calls it once.
pub fn provide() {
    ON.set(true);
    // A <details> opened or closed: what the reader can see has changed. The event does not
    // bubble, so it is caught on its way down.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let on_toggle = wasm_bindgen::closure::Closure::<dyn Fn()>::new(schedule_refresh);
        let _ = document.add_event_listener_with_callback_and_bool(
            "toggle",
            on_toggle.as_ref().unchecked_ref(),
            true,
        );
        // The layout, and so the listener, lasts as long as the app.
        on_toggle.forget();
    }
}

/// Puts each explanation where it belongs now: after the first appearance of its term in the
/// running text the reader can see, in the page's language, and nowhere else.
fn refresh() {
    let lang = LANG.get();
    MEMBERS.with_borrow(|members| {
        let here: Vec<&Member> = members
            .iter()
            .filter(|m| m.lang == lang && m.anchor.is_connected())
            .filter(|m| m.anchor.closest(CLOSED).ok().flatten().is_none())
            .collect();
        let anchor = |block: u64| here.iter().find(|m| m.block == block).map(|m| &m.anchor);
        let first =
            first_appearances(
                here.iter().map(|m| (m.block, m.keys.as_slice())),
                |a, b| match (anchor(a), anchor(b)) {
                    (Some(a), Some(b)) => {
                        a.compare_document_position(b) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING
                            != 0
                    }
                    _ => false,
                },
            );
        for member in members {
            let shown = here.iter().any(|m| m.block == member.block);
            for (term, explainable) in &member.terms {
                let text = explainable
                    .as_ref()
                    .filter(|(key, _)| shown && first.contains(&(*key, member.block)))
                    .map(|(_, text)| text.as_str());
                explain(term, text, lang);
            }
        }
    });
}

/// Shows `text` as the explanation inside the term's element, or none.
fn explain(term: &web_sys::Element, text: Option<&str>, lang: &str) {
    let current = term.last_element_child();
    match (current, text) {
        (Some(_), Some(_)) | (None, None) => {}
        (Some(gloss), None) => gloss.remove(),
        (None, Some(text)) => {
            let Some(gloss) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_element("span").ok())
            else {
                return;
            };
            // The reader's language again inside the Norwegian term, for screen readers.
            let _ = gloss.set_attribute("lang", lang);
            let _ = gloss.set_attribute("class", "gloss");
            gloss.set_text_content(Some(&format!(" ({text})")));
            let _ = term.append_child(&gloss);
        }
    }
}

/// Puts `block`'s membership (or its absence) in the registry, and the explanations in place
/// once the blocks drawn together have all said what they hold.
fn set(block: u64, member: Option<Member>) {
    MEMBERS.with_borrow_mut(|members| {
        members.retain(|m| m.block != block);
        if let Some(member) = member {
            LANG.set(member.lang);
            members.push(member);
        }
    });
    schedule_refresh();
}

/// Puts the explanations in place again, once the current work is done: also when the app's
/// first page has moved into the document (src/starting.rs), as only what is there counts.
pub fn schedule_refresh() {
    if !PENDING.replace(true) {
        queue_microtask(|| {
            PENDING.set(false);
            refresh();
        });
    }
}

/// A text block on the page, the same across its re-renders (and both halves of the interpreter
/// view, of which only the reader's language's holds terms).
#[derive(Clone, Copy)]
pub struct Block(Option<u64>);

impl Block {
    /// A new block; it leaves the registry when its owner is cleaned up (it leaves the page).
    pub fn new() -> Self {
        if !ON.get() {
            return Self(None);
        }
        let id = NEXT_BLOCK.get();
        NEXT_BLOCK.set(id + 1);
        on_cleanup(move || set(id, None));
        Self(Some(id))
    }

    /// Once the text just drawn is on the page: the block holds `keys` in `lang` there, with
    /// `texts` the explanations of the ones it may explain.
    fn holds(
        self,
        lang: &'static str,
        keys: Vec<&'static str>,
        texts: Vec<(&'static str, String)>,
    ) {
        let Self(Some(id)) = self else { return };
        // Most blocks hold no term: nothing to look up on the page for them (a query per block
        // cost the estimates page its Lighthouse score), only a claim to give up, if any.
        if keys.is_empty() {
            if MEMBERS.with_borrow(|members| members.iter().any(|m| m.block == id)) {
                set(id, None);
            }
            return;
        }
        queue_microtask(move || {
            // The block's terms: the first of them, and the elements beside it that are its.
            let attribute = id.to_string();
            let first = crate::starting::query_selector(&format!("[data-block=\"{id}\"]"));
            let elements: Vec<web_sys::Element> =
                std::iter::successors(first, web_sys::Element::next_element_sibling)
                    .filter(|el| el.get_attribute("data-block").as_deref() == Some(&attribute))
                    .collect();
            let member = elements
                .first()
                .filter(|_| !keys.is_empty())
                .filter(|el| el.closest(NOT_RUNNING_TEXT).ok().flatten().is_none())
                .map(|anchor| Member {
                    block: id,
                    lang,
                    anchor: anchor.clone(),
                    terms: elements
                        .iter()
                        .map(|el| {
                            let key = el.get_attribute("data-gloss");
                            let explainable = texts
                                .iter()
                                .find(|(k, _)| key.as_deref() == Some(*k))
                                .map(|(k, text)| (*k, text.clone()));
                            (el.clone(), explainable)
                        })
                        .collect(),
                    keys,
                });
            set(id, member);
        });
    }
}

impl Default for Block {
    fn default() -> Self {
        Self::new()
    }
}

/// The explanation of `key` in the language of `i18n`, if it has one (a language without the
/// entry falls back to Norwegian, which has none).
fn explanation(key: &str, i18n: I18n) -> Option<String> {
    let id = message_id(key);
    let text = i18n.tr(&id);
    (!text.trim().is_empty() && !text.contains(&id)).then_some(text)
}

/// `text` in the language of `i18n`, each Norwegian term in it marked `lang="nb"` (so a screen
/// reader says it as Norwegian and the browser does not translate it), and explained after it
/// where `block` is the first on the page to hold it.
pub fn marked(text: &str, i18n: I18n, block: Block) -> impl IntoView + use<> {
    let lang = i18n.language.get().id;
    let (pieces, keys) = plan(text, lang);
    let id = block.0.map(|id| id.to_string());
    let mut texts = Vec::new();
    let view = pieces
        .into_iter()
        .map(|piece| match piece.term {
            Some(term) => {
                let key = term
                    .gloss
                    .filter(|_| piece.explain_here && block.0.is_some());
                if let Some(key) = key
                    && let Some(text) = explanation(key, i18n)
                {
                    texts.push((key, text));
                }
                Either::Left(view! {
                    <span lang="nb" translate="no" data-block=id.clone() data-gloss=key>
                        {piece.text}
                    </span>
                })
            }
            None => Either::Right(piece.text),
        })
        .collect_view();
    // The Norwegian half of the interpreter view holds no terms and leaves the block's place be.
    if !terms::is_norwegian(lang) {
        block.holds(lang, keys, texts);
    }
    view
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
    fn a_law_cited_in_brackets_is_explained_a_term_translated_in_brackets_is_not() {
        assert_eq!(
            explained("رسالة (forvaltningsloven § 11 a).", "ar"),
            ["forvaltningsloven § 11 a"]
        );
        assert!(explained("housing allowance (bostøtte)", "en").is_empty());
    }

    #[test]
    fn two_spellings_of_a_term_are_one_term() {
        let text = "Sosialtjenesteloven § 27 … sosialtjenesteloven";
        // (With its section: the reference is part of the marked piece.)
        assert_eq!(explained(text, "uk"), ["Sosialtjenesteloven § 27"]);
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
        assert_eq!(first, [("startlan", 7), ("nav", 9), ("bostotte", 3)]);

        // Block 3 re-renders and still holds bostøtte: it keeps it. When it goes, 9 has it.
        let again = first_appearances(
            [(9, &["nav", "bostotte"][..]), (3, &["bostotte"][..])],
            precedes,
        );
        assert_eq!(again, [("nav", 9), ("bostotte", 3)]);
        let gone = first_appearances([(7, &["nav"][..]), (9, &["nav", "bostotte"][..])], precedes);
        assert_eq!(gone, [("nav", 9), ("bostotte", 9)]);
    }
}
