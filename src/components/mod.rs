//! Pieces shared by several pages.

pub mod bostotte_chart;
pub mod how_we_calculated;
pub mod language_picker;
pub mod layout;
