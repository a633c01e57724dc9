//! Documents (vedlegg) an applicant attaches after sending: what the municipality asks for
//! (the needs check's "what to bring" for the help applied for, as a checklist), what a file may
//! be, and the wire types of the upload.
//!
//! A file is taken for what its first bytes say it is, never for its name or the type the
//! browser claims: PDF, JPEG or PNG. A HEIC photo (what iPhones take) is refused with its own
//! message, as the app converts it to JPEG where the browser can read it. An upload goes in
//! parts of [`PART_BYTES`], so a dropped connection on a slow network resumes from the last part
//! the server kept (`DocumentView::received`) instead of starting again.
//!
//! Pure data and its checks: the server seals and keeps the bytes
//! (`server/src/storage/documents.rs`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::needs::HelpKind;

/// The largest document: 10 MiB (a scanned PDF of a few pages; a photo is made smaller on the
/// phone before it is sent).
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;
/// The most documents on one application (an unfinished upload counts until it is removed).
pub const MAX_DOCUMENTS: usize = 20;
/// The size of each part of an upload but the last: small enough to get through on a slow 3G
/// connection in seconds, so little is lost when it drops.
pub const PART_BYTES: usize = 256 * 1024;

/// What a document shows: the needs check's "what to bring" (each named by its message
/// `bring-…`), or something else the applicant wants the municipality to see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Id,
    Income,
    Lease,
    LeaseOffer,
    Debts,
    Bills,
    HousingCosts,
    TaxReturn,
    BankRefusal,
    HealthDocumentation,
    Other,
}

impl DocumentKind {
    /// Every kind, in the order a checklist lists them.
    pub const ALL: [DocumentKind; 11] = [
        Self::Id,
        Self::Income,
        Self::Lease,
        Self::LeaseOffer,
        Self::Debts,
        Self::Bills,
        Self::HousingCosts,
        Self::TaxReturn,
        Self::BankRefusal,
        Self::HealthDocumentation,
        Self::Other,
    ];

    /// The Fluent message that names it: the needs result's own "what to bring" line.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Id => "bring-id",
            Self::Income => "bring-income",
            Self::Lease => "bring-lease",
            Self::LeaseOffer => "bring-lease-offer",
            Self::Debts => "bring-debts",
            Self::Bills => "bring-bills",
            Self::HousingCosts => "bring-housing-costs",
            Self::TaxReturn => "bring-tax-return",
            Self::BankRefusal => "bring-bank-refusal",
            Self::HealthDocumentation => "bring-health-documentation",
            Self::Other => "document-kind-other",
        }
    }

    /// Its name in the JSON, in a download's file name and in the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Income => "income",
            Self::Lease => "lease",
            Self::LeaseOffer => "lease_offer",
            Self::Debts => "debts",
            Self::Bills => "bills",
            Self::HousingCosts => "housing_costs",
            Self::TaxReturn => "tax_return",
            Self::BankRefusal => "bank_refusal",
            Self::HealthDocumentation => "health_documentation",
            Self::Other => "other",
        }
    }

    /// The kind whose message is `bring`, none for a message that names no document.
    pub fn from_bring(bring: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.message_id() == bring)
    }
}

/// What the municipality asks for, for the help applied for: each help's "what to bring" in
/// the order the help is listed, each kind once.
pub fn checklist(help_wanted: &[HelpKind]) -> Vec<DocumentKind> {
    let mut list = Vec::new();
    for kind in help_wanted
        .iter()
        .flat_map(|h| h.bring().iter())
        .filter_map(|b| DocumentKind::from_bring(b))
    {
        if !list.contains(&kind) {
            list.push(kind);
        }
    }
    list
}

/// The types a document may be, decided from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MediaType {
    #[serde(rename = "application/pdf")]
    Pdf,
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "image/png")]
    Png,
}

impl MediaType {
    /// The content type it is served with.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
        }
    }

    /// How a page names it ("PDF"): the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Jpeg => "JPEG",
            Self::Png => "PNG",
        }
    }

    /// The file name's ending for a download.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Jpeg => "jpg",
            Self::Png => "png",
        }
    }
}

/// Why a file cannot be a document: each a Fluent message id the app shows beside the file
/// field (`field()` is "document").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum DocumentRefusal {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error("a HEIC photo: send it as JPEG")]
    Heic,
    #[error("not a PDF, JPEG or PNG file")]
    NotAllowedType,
    #[error("the application has {MAX_DOCUMENTS} documents already")]
    TooMany,
}

impl DocumentRefusal {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Empty => "error-document-empty",
            Self::TooLarge => "error-document-too-large",
            Self::Heic => "error-document-heic",
            Self::NotAllowedType => "error-document-type",
            Self::TooMany => "error-document-too-many",
        }
    }

    /// The field the message goes beside.
    pub fn field(self) -> &'static str {
        "document"
    }
}

/// What a file is, from its first bytes (at least the first 12; an upload's first part).
pub fn media_type(start: &[u8]) -> Result<MediaType, DocumentRefusal> {
    if start.is_empty() {
        return Err(DocumentRefusal::Empty);
    }
    if infer::image::is_heif(start) {
        return Err(DocumentRefusal::Heic);
    }
    if infer::archive::is_pdf(start) {
        Ok(MediaType::Pdf)
    } else if infer::image::is_jpeg(start) {
        Ok(MediaType::Jpeg)
    } else if infer::image::is_png(start) {
        Ok(MediaType::Png)
    } else {
        Err(DocumentRefusal::NotAllowedType)
    }
}

/// `POST /api/applications/{reference}/documents`: a document about to be sent, in parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewDocument {
    pub kind: DocumentKind,
    /// The whole file's size in bytes.
    pub size: u64,
}

impl NewDocument {
    /// A size from one byte to [`MAX_BYTES`].
    pub fn validate(&self) -> Result<(), DocumentRefusal> {
        match self.size {
            0 => Err(DocumentRefusal::Empty),
            size if size > MAX_BYTES => Err(DocumentRefusal::TooLarge),
            _ => Ok(()),
        }
    }
}

/// A document on an application, as its holder and staff see it: never its content, and no
/// file name (a name such as "passport_amina.jpg" is personal data nobody needs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    /// Its id in the URL of its parts and its download.
    pub id: String,
    pub kind: DocumentKind,
    /// What its content is; none until its first part has come.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<MediaType>,
    pub size: u64,
    /// The bytes the server has kept: the next part starts here. Equal to `size` once whole.
    pub received: u64,
    /// The day it was started.
    #[serde(with = "crate::iso_date")]
    pub added_on: NaiveDate,
}

impl DocumentView {
    /// Whether every byte has come.
    pub fn complete(&self) -> bool {
        self.received == self.size
    }
}

/// `GET /api/applications/{reference}/documents`: what the municipality asks for and what has
/// been attached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Documents {
    pub checklist: Vec<DocumentKind>,
    pub documents: Vec<DocumentView>,
}

impl Documents {
    /// Whether a complete document of `kind` is attached.
    pub fn has(&self, kind: DocumentKind) -> bool {
        self.documents
            .iter()
            .any(|d| d.kind == kind && d.complete())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_what_its_first_bytes_say() {
        assert_eq!(media_type(b"%PDF-1.7\n%\xe2\xe3"), Ok(MediaType::Pdf));
        assert_eq!(
            media_type(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F']),
            Ok(MediaType::Jpeg)
        );
        assert_eq!(
            media_type(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Ok(MediaType::Png)
        );
        assert_eq!(
            media_type(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Err(DocumentRefusal::Heic)
        );
        // A text or a program named "lease.pdf" is still not a PDF.
        assert_eq!(
            media_type(b"Hello, this is a lease"),
            Err(DocumentRefusal::NotAllowedType)
        );
        assert_eq!(
            media_type(b"MZ\x90\0\x03\0\0\0"),
            Err(DocumentRefusal::NotAllowedType)
        );
        assert_eq!(
            media_type(b"<svg xmlns='http://www.w3.org/2000/svg'>"),
            Err(DocumentRefusal::NotAllowedType)
        );
        assert_eq!(media_type(b""), Err(DocumentRefusal::Empty));
    }

    #[test]
    fn sizes_from_one_byte_to_the_limit() {
        let new = |size| NewDocument {
            kind: DocumentKind::Lease,
            size,
        };
        assert_eq!(new(0).validate(), Err(DocumentRefusal::Empty));
        assert_eq!(new(1).validate(), Ok(()));
        assert_eq!(new(MAX_BYTES).validate(), Ok(()));
        assert_eq!(
            new(MAX_BYTES + 1).validate(),
            Err(DocumentRefusal::TooLarge)
        );
    }

    #[test]
    fn the_checklist_is_each_helps_what_to_bring_once() {
        assert_eq!(
            checklist(&[HelpKind::MunicipalRentalHome, HelpKind::Bostotte]),
            vec![
                DocumentKind::Id,
                DocumentKind::Income,
                DocumentKind::Lease,
                DocumentKind::HousingCosts
            ]
        );
        assert!(checklist(&[]).is_empty());
        // Every "what to bring" of every help is a kind of document.
        for help in HelpKind::ALL {
            for bring in help.bring() {
                assert!(DocumentKind::from_bring(bring).is_some(), "{bring}");
            }
        }
    }

    #[test]
    fn kinds_read_and_write_as_their_names() {
        for kind in DocumentKind::ALL {
            let json = serde_json::to_string(&kind).expect("writes");
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(serde_json::from_str::<DocumentKind>(&json).ok(), Some(kind));
        }
    }
}
