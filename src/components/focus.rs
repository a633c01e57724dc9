//! Moving the focus to an element by its id: the first field with a problem after a refused
//! send, or a heading that says what just happened.

/// Focuses the element `id` (which scrolls it into view); nothing if there is none.
pub fn by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
