//! Security headers on every response, including a Content-Security-Policy with no
//! 'unsafe-inline' script: trunk's one inline loader script is allowed by its SHA-256 hash.
//! Behind a TLS-terminating proxy that is trusted to set `X-Forwarded-Proto` (configured with
//! `--hsts`), answers to requests that came over TLS also carry Strict-Transport-Security.

use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, header},
    middleware::Next,
    response::Response,
};
use base64::{Engine, engine::general_purpose::STANDARD};
use sha2::{Digest, Sha256};

/// The headers added to every response, computed once at start-up.
#[derive(Clone, Debug)]
pub struct SecurityHeaders {
    headers: HeaderMap,
    hsts: bool,
}

/// One year, subdomains included: browsers then never try plain HTTP for the site.
const HSTS: &str = "max-age=31536000; includeSubDomains";

impl SecurityHeaders {
    /// Builds the header set for an app whose index.html is `index_html`.
    pub fn for_index_html(index_html: &str) -> anyhow::Result<Self> {
        let csp = content_security_policy(index_html);
        let pairs: [(HeaderName, String); 7] = [
            (header::CONTENT_SECURITY_POLICY, csp),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".into()),
            (header::X_FRAME_OPTIONS, "DENY".into()),
            (header::REFERRER_POLICY, "no-referrer".into()),
            (
                HeaderName::from_static("permissions-policy"),
                "camera=(), microphone=(), geolocation=(), payment=(), usb=()".into(),
            ),
            (
                HeaderName::from_static("cross-origin-opener-policy"),
                "same-origin".into(),
            ),
            (
                HeaderName::from_static("cross-origin-resource-policy"),
                "same-origin".into(),
            ),
        ];
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(name, HeaderValue::from_str(&value)?);
        }
        Ok(Self {
            headers,
            hsts: false,
        })
    }

    /// Adds Strict-Transport-Security to answers to requests a trusted proxy says came over TLS.
    #[must_use]
    pub fn with_hsts(mut self, hsts: bool) -> Self {
        self.hsts = hsts;
        self
    }
}

/// Whether the proxy in front says the request came over TLS.
fn over_tls(request: &Request) -> bool {
    request
        .headers()
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"))
}

/// `default-src 'self'`, scripts only from here plus the hashes of index.html's inline scripts, and
/// WebAssembly compilation ('wasm-unsafe-eval', which allows no JavaScript eval).
pub fn content_security_policy(index_html: &str) -> String {
    let hashes: String = inline_scripts(index_html)
        .map(|body| {
            format!(
                " 'sha256-{}'",
                STANDARD.encode(Sha256::digest(body.as_bytes()))
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
         worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// The text of each `<script>` element without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, after) = rest.split_once('>')?;
        let (body, _) = after.split_once("</script>")?;
        (!attributes.contains("src=")).then_some(body)
    })
}

/// Middleware: adds the headers unless a handler already set one of them.
pub async fn add(State(headers): State<SecurityHeaders>, request: Request, next: Next) -> Response {
    let tls = headers.hsts && over_tls(&request);
    let mut response = next.run(request).await;
    if tls {
        response
            .headers_mut()
            .entry(header::STRICT_TRANSPORT_SECURITY)
            .or_insert(HeaderValue::from_static(HSTS));
    }
    for (name, value) in &headers.headers {
        response
            .headers_mut()
            .entry(name)
            .or_insert_with(|| value.clone());
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<html><head><script type=\"module\">import init from '/a.js';\
                         init();</script><script src=\"/b.js\"></script></head></html>";

    #[test]
    fn inline_scripts_are_allowed_by_hash_and_nothing_else_inline() {
        let csp = content_security_policy(INDEX);
        let expected = STANDARD.encode(Sha256::digest(b"import init from '/a.js';init();"));
        assert!(csp.contains(&format!("'sha256-{expected}'")), "{csp}");
        assert_eq!(
            csp.matches("'sha256-").count(),
            1,
            "external scripts need no hash"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert!(csp.contains("'wasm-unsafe-eval'"));
    }

    #[test]
    fn a_page_without_inline_scripts_gets_no_hashes() {
        assert!(!content_security_policy("<html></html>").contains("sha256"));
    }
}
