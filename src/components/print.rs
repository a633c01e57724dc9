//! The browser's print dialog ("Print or save as PDF"): public/styles.css says what goes on paper.

/// Opens the print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
