//! The built app: precompressed files, cache rules, and the single-page-app fallback.
//!
//! The scripts, wasm and stylesheets that index.html links carry trunk's content hash in their
//! names, so they never change under one name and are cached for a year; everything else
//! (index.html first) is revalidated on every use.

use std::{
    collections::HashSet,
    convert::Infallible,
    path::{Path, PathBuf},
    sync::Arc,
};

use axum::{
    Router,
    body::Body,
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
};
use tower::{ServiceExt, service_fn};
use tower_http::services::{ServeDir, ServeFile};

use crate::prerendered::{Page, Prerendered};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";
/// The staff pages: never kept, not even whole in the back-forward cache, so Back runs them
/// again (and they check the session and the device's "New client": front_desk/history.rs).
const NEVER: &str = "no-store";

/// The apps beside the resident's, each a second entry of the same crate built into
/// `dist/<name>/` and answering every path under `/<name>`, so the resident's download carries
/// none of them: the staff pages, a resident's case after sending (the decision), and renting
/// or owning (opened from the estimates).
pub const OTHER_APPS: [&str; 3] = ["staff", "case", "rent-or-buy"];

/// Whether `path` is under the app `name` (`/staff`, `/staff/…`).
fn under(path: &str, name: &str) -> bool {
    path.strip_prefix('/')
        .and_then(|p| p.strip_prefix(name))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Serves `dist`: `.br` or `.gz` beside a file when the browser accepts it, an entry page
/// prerendered in the reader's language where the build made one (`prerendered`), and
/// index.html for any other path without a file extension, so client-side routes survive a
/// reload (`<name>/index.html` under `/<name>` for each of `other_apps` that is built: its name
/// and its index.html).
pub fn router(
    dist: &Path,
    index_html: &str,
    other_apps: &[(&'static str, String)],
    prerendered: Prerendered,
) -> Router {
    let hashed: Arc<HashSet<String>> = Arc::new(
        linked_assets(index_html)
            .chain(other_apps.iter().flat_map(|(_, html)| linked_assets(html)))
            .map(String::from)
            .collect(),
    );
    let index = dist.join("index.html");
    let indexes: Arc<Vec<(&'static str, PathBuf)>> = Arc::new(
        other_apps
            .iter()
            .map(|(name, _)| (*name, dist.join(name).join("index.html")))
            .collect(),
    );
    let fallback = service_fn(move |request: Request| {
        let path = request.uri().path();
        let page = indexes
            .iter()
            .find(|(name, _)| under(path, name))
            .map_or_else(|| index.clone(), |(_, page)| page.clone());
        spa_fallback(page, request)
    });
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(fallback);
    let prerendered = Arc::new(prerendered);
    let pages = service_fn(move |request: Request| {
        let files = files.clone();
        let prerendered = prerendered.clone();
        async move {
            let uri = request.uri();
            match prerendered.page(uri.path(), uri.query(), request.headers()) {
                Some(page) => prerendered_page(page, request).await,
                None => match files.oneshot(request).await {
                    Ok(response) => Ok(response.map(Body::new)),
                    Err(never) => match never {},
                },
            }
        }
    });
    Router::new()
        .fallback_service(pages)
        .layer(middleware::from_fn_with_state(hashed, cache_control))
}

async fn spa_fallback(index: PathBuf, request: Request) -> Result<Response, Infallible> {
    if looks_like_a_file(request.uri().path()) {
        return Ok((StatusCode::NOT_FOUND, "not found").into_response());
    }
    let file = ServeFile::new(index)
        .precompressed_br()
        .precompressed_gzip();
    match file.oneshot(request).await {
        Ok(response) => Ok(response.map(Body::new)),
        Err(never) => match never {},
    }
}

/// A prerendered page, saying its language; caches must key on what chose it.
async fn prerendered_page(page: Page, request: Request) -> Result<Response, Infallible> {
    let file = ServeFile::new(page.file)
        .precompressed_br()
        .precompressed_gzip();
    let mut response = match file.oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    };
    let headers = response.headers_mut();
    if let Ok(language) = HeaderValue::from_str(&page.language) {
        headers.insert(header::CONTENT_LANGUAGE, language);
    }
    headers.append(
        header::VARY,
        HeaderValue::from_static("accept-language, cookie"),
    );
    Ok(response)
}

fn looks_like_a_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

async fn cache_control(
    State(hashed): State<Arc<HashSet<String>>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let immutable = hashed.contains(path);
    let staff = under(path, "staff");
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        let value = match (immutable, staff) {
            (true, _) => IMMUTABLE,
            (false, true) => NEVER,
            (false, false) => REVALIDATE,
        };
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
        // The same URL may be answered with brotli, gzip or plain bytes: caches must key on it.
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}

/// The local scripts, wasm and stylesheets index.html names (in href, src or the loader script)
/// with trunk's content hash in their names, as absolute paths: `/husly-1a2b3c4d5e6f7a8b_bg.wasm`.
/// Others it names (`/sw.js`, registered by its first script) change under one name and are
/// revalidated like any page.
pub fn linked_assets(index_html: &str) -> impl Iterator<Item = &str> {
    index_html.split(['"', '\'']).filter(|piece| {
        let local = piece.starts_with('/') && !piece.starts_with("//") && !piece.contains(' ');
        local
            && [".js", ".wasm", ".css"]
                .iter()
                .any(|ext| piece.ends_with(ext))
            && content_hashed(piece)
    })
}

/// `/husly-1a2b3c4d5e6f7a8b_bg.wasm`: a name with a dash and at least eight hex digits before
/// its extension (and the `_bg` wasm-bindgen adds), as trunk writes them.
fn content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() >= 8 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"<link rel="stylesheet" href="/styles-a27a4617de38a71.css" integrity="sha384-x"/>
<script type="module">import init from '/husly-8899aabbccddeeff.js';
init({ module_or_path: '/husly-8899aabbccddeeff_bg.wasm' });</script>
<link rel="icon" href="data:,"><a href="//cdn.example/x.js"></a><a href="/apply">
<script>navigator.serviceWorker.register('/sw.js');</script>"#;

    #[test]
    fn the_assets_index_html_links_are_the_hashed_ones() {
        let mut found: Vec<&str> = linked_assets(INDEX).collect();
        found.sort_unstable();
        found.dedup();
        assert_eq!(
            found,
            vec![
                "/husly-8899aabbccddeeff.js",
                "/husly-8899aabbccddeeff_bg.wasm",
                "/styles-a27a4617de38a71.css"
            ]
        );
    }

    #[test]
    fn paths_with_an_extension_are_files_not_routes() {
        assert!(looks_like_a_file("/missing.js"));
        assert!(!looks_like_a_file("/estimates"));
        assert!(!looks_like_a_file("/apply/person"));
    }

    #[test]
    fn an_app_answers_its_own_paths_only() {
        assert!(under("/case", "case"));
        assert!(under("/case/decision", "case"));
        assert!(!under("/casework", "case"));
        assert!(!under("/apply/case", "case"));
        assert!(under("/staff/applications/HUS-1", "staff"));
    }
}
