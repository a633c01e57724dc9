//! The last question's answers through the draft and onto the check page.

use super::about::{Permit, about_rows};
use crate::routes::needs_check::NeedsDraft;
use rules::needs::NeedsAnswers;
use rules::needs::{Risk, SleepingPlace};

fn answers() -> NeedsAnswers {
    NeedsAnswers {
        sleeping_tonight: SleepingPlace::RentsPrivate,
        risks: vec![Risk::LeaseEnding],
        lease_ends_within_months: Some(3),
        age: Some(17),
        years_in_municipality: Some(2),
        has_residence_permit: Some(false),
        cares_for_children: Some(true),
        ..NeedsAnswers::nowhere_tonight()
    }
}

#[test]
fn answers_already_sent_come_back_whole_through_the_draft() {
    let sent = answers();
    let draft = NeedsDraft::from(&sent);
    assert_eq!(draft.answers(), Some(sent));
    assert_eq!(draft.about_typed.years, "2");
    assert_eq!(draft.about_typed.permit, Some(Permit::No));
    // Nothing asked, nothing answered: the rules see every criterion unknown.
    let unknown = NeedsAnswers {
        age: None,
        years_in_municipality: None,
        has_residence_permit: None,
        cares_for_children: None,
        lease_ends_within_months: None,
        ..answers()
    };
    assert_eq!(NeedsDraft::from(&unknown).answers(), Some(unknown));
}

#[test]
fn the_summary_shows_only_the_answers_given() {
    let tr = |id: &str| id.to_string();
    let rows = about_rows(&answers(), &tr);
    assert_eq!(
        rows,
        vec![
            ("q-about-years", "2".to_string()),
            ("q-about-permit", "answer-no".to_string()),
            ("q-about-age", "17".to_string()),
            ("q-about-children", "answer-yes".to_string()),
            ("q-about-lease", "3".to_string()),
        ]
    );
    let none = NeedsAnswers::nowhere_tonight();
    assert!(about_rows(&none, &tr).is_empty());
}
