//! Pieces shared by several pages.

pub mod language_picker;
pub mod layout;
