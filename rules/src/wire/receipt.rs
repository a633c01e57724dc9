//! What a resident's device hears back: the receipt for a submission, and the status its
//! secret reads later.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ApplicationStatus;
use crate::{
    needs::{HelpKind, Urgency},
    profile::{Contact, ProfileEdition, Recipient, recipient},
};

/// The answer to `POST /api/applications`: shown on the receipt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub status: ApplicationStatus,
    /// With the reference, it lets the resident read the status (an HMAC of the reference).
    pub secret: String,
    /// Who will contact the resident about which help they asked for.
    #[serde(default)]
    pub handled_by: Vec<Handler>,
}

/// The answer to `GET /api/applications/{reference}` for the holder of its receipt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApplicationStatusView {
    pub reference: String,
    pub status: ApplicationStatus,
    /// Read without chrono's parser, which would cost the resident app's download.
    #[serde(with = "crate::iso_date")]
    pub received_on: NaiveDate,
    /// Who will contact the resident about what, by the profile in force today.
    #[serde(default)]
    pub handled_by: Vec<Handler>,
    /// A written decision is there to read (`GET /api/applications/{reference}/decision`).
    #[serde(default)]
    pub has_decision: bool,
    /// An invitation to a meeting about the application, with the applicant's reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<crate::interview::Interview>,
}

/// Who decides on some of the help an application asks for, and contacts the resident about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Handler {
    pub recipient: Recipient,
    /// The kinds of help, in the order the application names them.
    pub help: Vec<HelpKind>,
    /// The housing office's contact, from the municipality's profile; none for NAV and
    /// Husbanken, whose contacts the app names itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

impl Handler {
    /// Who handles each kind of help in `help_wanted`, by the municipality's profile in force
    /// (`profile::recipient`), one handler per recipient in the order they first come up. An
    /// emergency (no bed tonight) adds NAV's temporary accommodation if it was not asked for.
    pub fn for_application(
        help_wanted: &[HelpKind],
        urgency: Option<Urgency>,
        edition: Option<&ProfileEdition>,
    ) -> Vec<Handler> {
        let emergency = (urgency == Some(Urgency::Emergency)
            && !help_wanted.contains(&HelpKind::TemporaryAccommodation))
        .then_some(HelpKind::TemporaryAccommodation);
        let mut handlers: Vec<Handler> = Vec::new();
        for &help in emergency.iter().chain(help_wanted) {
            let to = recipient(help, edition);
            match handlers.iter_mut().find(|h| h.recipient == to) {
                Some(handler) if !handler.help.contains(&help) => handler.help.push(help),
                Some(_) => {}
                None => handlers.push(Handler {
                    recipient: to,
                    help: vec![help],
                    contact: match to {
                        Recipient::HousingOffice => edition.map(|e| e.contact.clone()),
                        Recipient::Nav | Recipient::Husbanken => None,
                    },
                }),
            }
        }
        handlers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the server sent before these types were shared still reads.
    #[test]
    fn a_receipt_and_a_status_read_as_the_server_writes_them() {
        let receipt: Receipt = serde_json::from_str(
            r#"{"reference":"HUS-ABCDE-FGHJK","status":"received","secret":"s3cr3t"}"#,
        )
        .expect("reads");
        assert_eq!(receipt.status, ApplicationStatus::Received);
        let status: ApplicationStatusView = serde_json::from_str(
            r#"{"reference":"HUS-ABCDE-FGHJK","status":"in_progress","received_on":"2026-11-22"}"#,
        )
        .expect("reads");
        assert_eq!(status.status, ApplicationStatus::InProgress);
        assert_eq!(
            serde_json::to_value(&status).expect("writes")["received_on"],
            "2026-11-22"
        );
        assert!(receipt.handled_by.is_empty() && status.handled_by.is_empty());
    }

    #[test]
    fn each_help_goes_to_who_decides_it_and_an_emergency_to_nav() {
        use HelpKind::*;
        let handlers = Handler::for_application(
            &[MunicipalRentalHome, DepositGuarantee, Bostotte, Startlan],
            Some(Urgency::Emergency),
            None,
        );
        let shape: Vec<_> = handlers
            .iter()
            .map(|h| (h.recipient, h.help.clone()))
            .collect();
        assert_eq!(
            shape,
            vec![
                (
                    Recipient::Nav,
                    vec![TemporaryAccommodation, DepositGuarantee]
                ),
                (
                    Recipient::HousingOffice,
                    vec![MunicipalRentalHome, Startlan]
                ),
                (Recipient::Husbanken, vec![Bostotte]),
            ]
        );
        // Without a profile there is no contact to give.
        assert!(handlers.iter().all(|h| h.contact.is_none()));
        let calm = Handler::for_application(&[Bostotte], Some(Urgency::High), None);
        assert_eq!(calm.len(), 1);
        assert_eq!(calm[0].help, vec![Bostotte]);
    }
}
