//! Getting a document (the applicant's on the case pages, or one a staff member attaches for them) from the phone to the server: what the file is (by its first bytes, as
//! the server will judge it), a photo made smaller on the device (a 12-megapixel photo of a
//! payslip is 4 MB on a slow 3G line; 2 000 pixels on its longest side is legible and a tenth of
//! that), a HEIC photo converted to JPEG where the browser can read it, and the bytes sent in
//! parts that resume where the server says after a dropped connection. Documents attached
//! before the application is sent wait on the device meanwhile: [`waiting`].

pub mod waiting;

use std::sync::Arc;

use js_sys::{Promise, Uint8Array};
use rules::{
    documents::{
        DocumentKind, DocumentRefusal, DocumentView, Documents, MAX_BYTES, MediaType, NewDocument,
        PART_BYTES, media_type,
    },
    wire::ErrorBody,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A photo's longest side after it is made smaller.
const LONGEST_SIDE: u32 = 2000;
/// A photo larger than this is made smaller (a smaller one is sent as it is).
const SMALLER_ABOVE: f64 = 1_000_000.0;
/// JPEG quality of a photo made smaller: text stays sharp.
const JPEG_QUALITY: f64 = 0.85;

/// A file ready to send: its bytes and what they are.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub bytes: Arc<Vec<u8>>,
    pub media_type: MediaType,
}

pub async fn bytes_of(blob: &web_sys::Blob) -> Result<Vec<u8>, ()> {
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(drop)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// `file` as a JPEG at most [`LONGEST_SIDE`] pixels on its longest side, the right way up;
/// an error where the browser cannot read the image (a HEIC photo outside Safari).
async fn as_smaller_jpeg(file: &web_sys::Blob) -> Result<Vec<u8>, ()> {
    let window = web_sys::window().ok_or(())?;
    let document = window.document().ok_or(())?;
    let bitmap: web_sys::ImageBitmap =
        JsFuture::from(window.create_image_bitmap_with_blob(file).map_err(drop)?)
            .await
            .map_err(drop)?
            .dyn_into()
            .map_err(drop)?;
    let (width, height) = (bitmap.width(), bitmap.height());
    let longest = width.max(height).max(1);
    let (w, h) = if longest > LONGEST_SIDE {
        (
            u32::try_from(u64::from(width) * u64::from(LONGEST_SIDE) / u64::from(longest))
                .unwrap_or(LONGEST_SIDE),
            u32::try_from(u64::from(height) * u64::from(LONGEST_SIDE) / u64::from(longest))
                .unwrap_or(LONGEST_SIDE),
        )
    } else {
        (width, height)
    };
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(drop)?
        .dyn_into()
        .map_err(drop)?;
    canvas.set_width(w.max(1));
    canvas.set_height(h.max(1));
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(drop)?
        .ok_or(())?
        .dyn_into()
        .map_err(drop)?;
    // A photo of a PNG with transparency would turn black in a JPEG: paper is white.
    context.set_fill_style_str("#fff");
    context.fill_rect(0.0, 0.0, f64::from(w), f64::from(h));
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, f64::from(w), f64::from(h))
        .map_err(drop)?;
    bitmap.close();
    let made = Promise::new(&mut |resolve, _| {
        let _ = canvas.to_blob_with_type_and_encoder_options(
            &resolve,
            "image/jpeg",
            &JsValue::from_f64(JPEG_QUALITY),
        );
    });
    let blob: web_sys::Blob = JsFuture::from(made)
        .await
        .map_err(drop)?
        .dyn_into()
        .map_err(drop)?;
    bytes_of(&blob).await
}

/// What to send for `file`: a PDF, JPEG or PNG as it is, a large photo made smaller, a HEIC
/// photo converted where the browser can; refused as the server would refuse it, before
/// anything is sent.
pub async fn prepare(file: &web_sys::File) -> Result<Prepared, DocumentRefusal> {
    let head = file
        .slice_with_i32_and_i32(0, 64)
        .map_err(|_| DocumentRefusal::NotAllowedType)?;
    let head = bytes_of(&head)
        .await
        .map_err(|_| DocumentRefusal::NotAllowedType)?;
    let (bytes, media) = match media_type(&head) {
        Err(DocumentRefusal::Heic) => (
            as_smaller_jpeg(file)
                .await
                .map_err(|()| DocumentRefusal::Heic)?,
            MediaType::Jpeg,
        ),
        Err(refusal) => return Err(refusal),
        Ok(media @ (MediaType::Jpeg | MediaType::Png)) if file.size() > SMALLER_ABOVE => {
            let original = bytes_of(file)
                .await
                .map_err(|_| DocumentRefusal::NotAllowedType)?;
            match as_smaller_jpeg(file).await {
                Ok(smaller) if smaller.len() < original.len() => (smaller, MediaType::Jpeg),
                _ => (original, media),
            }
        }
        Ok(media) => (
            bytes_of(file)
                .await
                .map_err(|_| DocumentRefusal::NotAllowedType)?,
            media,
        ),
    };
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > MAX_BYTES {
        return Err(DocumentRefusal::TooLarge);
    }
    // What was made must still be what it says (a canvas that gave nothing, say).
    if media_type(&bytes) != Ok(media) {
        return Err(DocumentRefusal::NotAllowedType);
    }
    Ok(Prepared {
        bytes: Arc::new(bytes),
        media_type: media,
    })
}

/// Who reads and adds documents, and how they show it: the applicant with the receipt's
/// secret, or a signed-in staff member (the session's cookie, and its CSRF token on changes).
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    base: String,
    header: (&'static str, String),
}

impl Holder {
    /// The applicant, with the receipt of `reference`.
    pub fn receipt(reference: &str, secret: &str) -> Self {
        Self {
            base: format!("/api/applications/{reference}/documents"),
            header: ("Authorization", format!("Bearer {secret}")),
        }
    }

    /// A staff member who may see `reference`, for the applicant.
    pub fn staff(reference: &str, csrf: &str) -> Self {
        Self {
            base: format!("/api/staff/applications/{reference}/documents"),
            header: ("X-CSRF-Token", csrf.to_string()),
        }
    }

    fn url(&self, tail: &str) -> String {
        format!("{}{tail}", self.base)
    }

    fn with(&self, request: gloo_net::http::RequestBuilder) -> gloo_net::http::RequestBuilder {
        request.header(self.header.0, &self.header.1)
    }
}

/// Why sending stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// No answer (offline, a dropped connection, the server away): try again from where the
    /// server got to.
    Unreachable,
    /// Refused, with the message to show beside the field.
    Refused(&'static str),
}

fn refusal_from(body: Option<ErrorBody>) -> Stopped {
    let id = body.map(|b| b.message_id);
    let known = [
        DocumentRefusal::Empty,
        DocumentRefusal::TooLarge,
        DocumentRefusal::Heic,
        DocumentRefusal::NotAllowedType,
        DocumentRefusal::TooMany,
    ]
    .into_iter()
    .map(DocumentRefusal::message_id)
    .chain(["error-no-document", "error-application-not-found"])
    .find(|known| id.as_deref() == Some(*known));
    Stopped::Refused(known.unwrap_or("documents-error-send"))
}

async fn answer<T: serde::de::DeserializeOwned>(
    sent: Result<gloo_net::http::Response, gloo_net::Error>,
) -> Result<T, Stopped> {
    let response = sent.map_err(|_| Stopped::Unreachable)?;
    match response.status() {
        200 | 201 => response.json().await.map_err(|_| Stopped::Unreachable),
        // A proxy's or the server's own trouble: worth another try.
        502..=504 | 500 => Err(Stopped::Unreachable),
        _ => Err(refusal_from(response.json::<ErrorBody>().await.ok())),
    }
}

/// The checklist and what is attached.
pub async fn list(holder: &Holder) -> Result<Documents, Stopped> {
    answer(
        holder
            .with(gloo_net::http::Request::get(&holder.url("")))
            .send()
            .await,
    )
    .await
}

/// Starts a document of `kind` and `size` bytes: its id.
pub async fn start(
    holder: &Holder,
    kind: DocumentKind,
    size: u64,
) -> Result<DocumentView, Stopped> {
    let request = holder
        .with(gloo_net::http::Request::post(&holder.url("")))
        .json(&NewDocument { kind, size })
        .map_err(|_| Stopped::Refused("documents-error-send"))?;
    answer(request.send().await).await
}

/// Removes a document.
pub async fn remove(holder: &Holder, id: &str) -> Result<(), Stopped> {
    let response = holder
        .with(gloo_net::http::Request::delete(
            &holder.url(&format!("/{id}")),
        ))
        .send()
        .await
        .map_err(|_| Stopped::Unreachable)?;
    match response.status() {
        204 | 404 => Ok(()),
        _ => Err(Stopped::Unreachable),
    }
}

/// Document `id` as the server has it now: where the next part starts.
async fn as_kept(holder: &Holder, id: &str) -> Result<DocumentView, Stopped> {
    list(holder)
        .await?
        .documents
        .into_iter()
        .find(|d| d.id == id)
        .ok_or(Stopped::Refused("error-no-document"))
}

/// Sends `bytes` of document `id` from where the server got to, a part at a time, telling
/// `progress` the bytes the server has after each; the document once whole.
pub async fn send_rest(
    holder: &Holder,
    id: &str,
    bytes: &[u8],
    progress: impl Fn(u64),
) -> Result<DocumentView, Stopped> {
    // Where the server got to: after a drop, the part may have arrived or not.
    let mut received = as_kept(holder, id).await?.received;
    loop {
        progress(received);
        let start = usize::try_from(received).unwrap_or(usize::MAX);
        if start >= bytes.len() {
            break;
        }
        let end = bytes.len().min(start + PART_BYTES);
        let body = Uint8Array::from(&bytes[start..end]);
        let request = holder
            .with(gloo_net::http::Request::put(
                &holder.url(&format!("/{id}/parts/{start}")),
            ))
            .header("Content-Type", "application/octet-stream")
            .body(body)
            .map_err(|_| Stopped::Refused("documents-error-send"))?;
        let sent = request.send().await;
        // 409: this part got there before (a retry after a lost answer): ask where to go on.
        if sent.as_ref().is_ok_and(|r| r.status() == 409) {
            received = as_kept(holder, id).await?.received;
            continue;
        }
        let view: DocumentView = answer(sent).await?;
        received = view.received;
        if view.complete() {
            progress(received);
            return Ok(view);
        }
    }
    as_kept(holder, id).await
}
