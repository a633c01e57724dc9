//! The app's first drawing, in short tasks (issue 17).
//!
//! Drawn in one go, the start was one task of 230-340 ms on a phone four times slower than a
//! laptop (measured in Chromium with its CPU slowed 4x, the estimates page): compiling the wasm
//! functions as they are first called, making the contexts, reading the Norwegian messages,
//! drawing the frame and then the page. Nothing answers a tap meanwhile, and Lighthouse counts
//! all of it above 50 ms as blocking time. Instead the start goes in parts, each its own task:
//! the contexts and the language (main.rs waits one task after the wasm is instantiated), the
//! Norwegian messages, the frame (`i18n::drawn_once_in`), then each part of the page wrapped in
//! [`Later`]. Between parts the browser paints and answers input.
//!
//! While the start goes on, a page prerendered at build time stays on screen and the app draws
//! into an element outside the document ([`mount`]), so neither readers nor their tools ever
//! meet two copies of the page; once the last part is drawn, the app's page replaces the
//! prerendered one in one task ([`crate::prerendered::take_over`]). On the plain index.html
//! the parts appear as they are drawn. After the start, [`Later`] draws at once, so a page
//! opened later is drawn as before.

use std::{
    cell::{Cell, RefCell},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
};

use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::JsCast;

thread_local! {
    /// Until the first drawing is done.
    static STARTING: Cell<bool> = const { Cell::new(true) };
    /// Parts of the first drawing not drawn yet.
    static PENDING: Cell<usize> = const { Cell::new(0) };
    /// Where the app draws while a prerendered page is on screen: outside the document.
    static ASIDE: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
    /// What the app's page focuses on arrival, while it is drawn outside the document.
    static TO_FOCUS: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

/// The first element of the app's page matching `selector`, in the document or, while the app
/// draws beside it, there.
pub fn query_selector(selector: &str) -> Option<web_sys::Element> {
    let aside = ASIDE.with_borrow(Clone::clone);
    match aside {
        Some(aside) => aside.query_selector(selector).ok().flatten(),
        None => web_sys::window()?
            .document()?
            .query_selector(selector)
            .ok()
            .flatten(),
    }
}

/// Focuses `element` (a page's heading on arrival); while the app draws beside the document,
/// where nothing can take focus, once its page is in.
pub fn focus(element: &web_sys::HtmlElement) {
    if ASIDE.with_borrow(Option::is_some) {
        TO_FOCUS.set(Some(element.clone()));
    } else {
        let _ = element.focus();
    }
}

/// Mounts the app: into the body at once on the plain index.html; beside the document on a
/// prerendered page, whose place it takes when the first drawing is done.
pub fn mount<N: IntoView + 'static>(app: impl FnOnce() -> N + 'static) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let prerendered = document
        .document_element()
        .is_some_and(|html| html.has_attribute("data-prerendered"));
    let aside = prerendered
        .then(|| document.create_element("div").ok())
        .flatten()
        .and_then(|div| div.dyn_into::<web_sys::HtmlElement>().ok());
    match aside {
        Some(aside) => {
            ASIDE.set(Some(aside.clone()));
            leptos::mount::mount_to(aside, app).forget();
        }
        None => leptos::mount::mount_to_body(app),
    }
}

/// The app's page, drawn beside the document, takes the prerendered page's place.
fn show() {
    let Some(aside) = ASIDE.take() else { return };
    crate::prerendered::take_over(move || {
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            while let Some(node) = aside.first_child() {
                if body.append_child(&node).is_err() {
                    break;
                }
            }
        }
    });
    // The heading's focus on arrival, unless the reader had focused something on the
    // prerendered page (handed over above).
    if let Some(element) = TO_FOCUS.take() {
        let nothing_focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_none_or(|active| active.tag_name() == "BODY");
        if nothing_focused {
            let _ = element.focus();
        }
    }
    crate::i18n::glossary::schedule_refresh();
}

/// Whether the app is still drawing its first page.
pub fn is_starting() -> bool {
    STARTING.get()
}

/// Resolves in a new task of the browser's event loop (`setTimeout(0)`), after the current task,
/// its microtasks and, where due, a paint.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().map(|window| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
        });
        if !matches!(queued, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A part of the first drawing has begun: the start is not done until [`part_drawn`].
pub fn part_begun() {
    PENDING.set(PENDING.get() + 1);
}

/// A part of the first drawing is drawn (or will never be: taken down before it was). When no
/// part is left, the start ends in the next task: by then a part begun by what was just drawn
/// (a route's page is chosen only once the frame is mounted) has counted itself.
pub fn part_drawn() {
    PENDING.set(PENDING.get().saturating_sub(1));
    if PENDING.get() == 0 && STARTING.get() {
        spawn_local(async {
            next_task().await;
            if PENDING.get() == 0 && STARTING.replace(false) {
                show();
                drawn();
            }
        });
    }
}

/// Says when the first drawing was done (`performance.now()`, as `window.huslyDrawn`), for the
/// build's prerendering (tests/e2e/prerender.mjs) and the end-to-end tests.
fn drawn() {
    if let Some(window) = web_sys::window() {
        let now = window.performance().map_or(1.0, |p| p.now().max(1.0));
        let _ = js_sys::Reflect::set(&window, &"huslyDrawn".into(), &now.into());
    }
}

/// Draws its children in a task of their own while the app starts; at once afterwards. Wrap a
/// part of a page that takes long to draw (measured: the estimates' results), and not a small
/// one: each part costs a task switch and a few ms.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    if !is_starting() {
        return children().into_any();
    }
    part_begun();
    let ready = RwSignal::new(false);
    let done = Arc::new(AtomicBool::new(false));
    // Taken down before it was drawn (the reader left the page): the start need not wait for it.
    on_cleanup({
        let done = Arc::clone(&done);
        move || {
            if !done.swap(true, Ordering::Relaxed) {
                part_drawn();
            }
        }
    });
    spawn_local(async move {
        next_task().await;
        ready.try_set(true);
    });
    let children = RefCell::new(Some(children));
    (move || {
        if !ready.get() {
            return None;
        }
        let drawn = untrack(|| children.borrow_mut().take().map(|c| c()));
        if !done.swap(true, Ordering::Relaxed) {
            part_drawn();
        }
        drawn
    })
    .into_any()
}
