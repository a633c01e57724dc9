//! Pieces shared by several pages.

pub mod amount_field;
pub mod appeal_letter;
pub mod bostotte_chart;
pub mod contact_card;
pub mod decision_letter;
pub mod economy_form;
pub mod error_summary;
pub mod figures_notices;
pub mod focus;
pub mod how_we_calculated;
pub mod instance_letter;
pub mod language_picker;
pub mod layout;
pub mod ltr;
pub mod municipality_field;
pub mod ownership_comparison;
pub mod print;
pub mod text_field;
