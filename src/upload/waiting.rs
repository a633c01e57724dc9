//! Documents attached to an application still being written (`/case/attach`): kept on this
//! device until the application is sent, since nothing personal leaves the phone before that.
//! Each document's bytes are an entry of the browser's Cache Storage (`husly-attachments`, which
//! the service worker leaves alone); the list of them is a draft in local storage
//! (`husly-attachments`), so "Start over" forgets them with every other draft and deletes the
//! cache too (`forget_all`).
//!
//! They belong to the application being written while there is one (its draft is on the
//! device), and to the one just sent once there is none: the documents page, which the check
//! page opens once the application has gone, then sends them (`/case/documents`), each resumed
//! where the server got to (its id is kept here once started), and forgets each once the server
//! has it whole.

use chrono::NaiveDate;
use js_sys::Uint8Array;
use rules::documents::{DocumentKind, DocumentRefusal, DocumentView, MAX_DOCUMENTS, MediaType};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::Prepared;

/// The list's key in local storage (`husly-attachments`).
const KEY: &str = "attachments";
/// The cache that holds their bytes.
const CACHE: &str = "husly-attachments";

/// A document waiting on this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Waiting {
    /// This device's own number for it.
    pub number: u32,
    pub kind: DocumentKind,
    pub media_type: MediaType,
    pub size: u64,
    #[serde(with = "rules::iso_date")]
    pub added_on: NaiveDate,
    /// The server's id once sending has started: a reload goes on with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_as: Option<String>,
}

impl Waiting {
    /// As the documents page lists one: whole, since it is all here. Its id is this device's
    /// (`device-<number>`), never one the server gave.
    pub fn view(&self) -> DocumentView {
        DocumentView {
            id: format!("device-{}", self.number),
            kind: self.kind,
            media_type: Some(self.media_type),
            size: self.size,
            received: self.size,
            added_on: self.added_on,
        }
    }
}

/// How many documents wait on this device, for the resident app's pages: counted in the list's
/// text, each entry's one `"number":` (its other fields are enums, a number, a date and the
/// server's id), since reading the list as JSON there costs some 2 KB of its download.
pub fn count() -> usize {
    crate::storage::text(KEY).map_or(0, |list| list.matches("\"number\":").count())
}

/// The documents waiting on this device, in the order they were attached.
pub fn list() -> Vec<Waiting> {
    crate::storage::load(KEY).unwrap_or_default()
}

fn save(list: &Vec<Waiting>) {
    crate::storage::keep(KEY, list);
}

fn url(number: u32) -> String {
    format!("/husly-attachments/{number}")
}

async fn cache() -> Result<web_sys::Cache, ()> {
    let caches = web_sys::window().ok_or(())?.caches().map_err(drop)?;
    JsFuture::from(caches.open(CACHE))
        .await
        .map_err(drop)?
        .dyn_into()
        .map_err(drop)
}

/// Whether an application is being written on this device (its draft is kept): the documents
/// waiting here are then that one's, not the one sent last.
pub fn for_a_draft() -> bool {
    crate::storage::text(crate::routes::apply::DRAFT_KEY).is_some()
}

/// Keeps `prepared` on this device as a document of `kind`, attached on `today`; refused (the
/// message to show beside the item) past the server's limit or when the browser has no room.
pub async fn keep(
    kind: DocumentKind,
    prepared: &Prepared,
    today: NaiveDate,
) -> Result<(), &'static str> {
    let mut all = list();
    if all.len() >= MAX_DOCUMENTS {
        return Err(DocumentRefusal::TooMany.message_id());
    }
    let no_room = "documents-error-keep";
    let number = all.iter().map(|w| w.number + 1).max().unwrap_or(1);
    let body = Uint8Array::from(prepared.bytes.as_slice());
    let response =
        web_sys::Response::new_with_opt_buffer_source(Some(&body)).map_err(|_| no_room)?;
    let cache = cache().await.map_err(|()| no_room)?;
    JsFuture::from(cache.put_with_str(&url(number), &response))
        .await
        .map_err(|_| no_room)?;
    all.push(Waiting {
        number,
        kind,
        media_type: prepared.media_type,
        size: u64::try_from(prepared.bytes.len()).unwrap_or(u64::MAX),
        added_on: today,
        started_as: None,
    });
    save(&all);
    Ok(())
}

/// The bytes of document `number`, if this device still has them.
pub async fn bytes(number: u32) -> Option<Vec<u8>> {
    let found = JsFuture::from(cache().await.ok()?.match_with_str(&url(number)))
        .await
        .ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Notes that document `number` has started on the server as `id`.
pub fn started(number: u32, id: &str) {
    let mut all = list();
    if let Some(waiting) = all.iter_mut().find(|w| w.number == number) {
        waiting.started_as = Some(id.to_string());
    }
    save(&all);
}

/// Forgets document `number`: sent, removed or refused.
pub async fn forget(number: u32) {
    let mut all = list();
    all.retain(|w| w.number != number);
    // The list first: a document not listed is never sent, even if its bytes outlive this.
    save(&all);
    if let Ok(cache) = cache().await {
        let _ = JsFuture::from(cache.delete_with_str(&url(number))).await;
    }
}

/// Deletes every document waiting on this device ("Start over"; the list goes with the drafts).
pub async fn forget_all() {
    if let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) {
        let _ = JsFuture::from(caches.delete(CACHE)).await;
    }
}
