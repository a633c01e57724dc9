//! The built app: index.html revalidated, hashed assets cached for a year, precompressed
//! variants when accepted, client-side routes falling back to index.html.

use crate::helpers::{
    HASHED_JS, HASHED_JS_BODY, HASHED_JS_BROTLI, INDEX_HTML, spawn_app, spawn_app_configured,
};

#[tokio::test]
async fn index_html_is_served_and_never_cached_without_revalidation() {
    let app = spawn_app().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-cache");
    assert_eq!(response.text().await.expect("body"), INDEX_HTML);
}

#[tokio::test]
async fn client_side_routes_fall_back_to_index_html() {
    let app = spawn_app().await;
    for path in ["/apply", "/estimates", "/needs-check/question/2"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert_eq!(response.text().await.expect("body"), INDEX_HTML, "{path}");
    }
}

#[tokio::test]
async fn a_missing_file_is_a_404_not_the_app() {
    let app = spawn_app().await;
    let response = app.get("/husly-ffffffffffffffff.js").await;
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn hashed_assets_are_immutable_for_a_year() {
    let app = spawn_app().await;
    let response = app.get(&format!("/{HASHED_JS}")).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.text().await.expect("body"), HASHED_JS_BODY);
}

#[tokio::test]
async fn brotli_is_served_when_the_browser_accepts_it() {
    let app = spawn_app().await;
    let response = app
        .get_with(&format!("/{HASHED_JS}"), "accept-encoding", "gzip, br")
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert!(
        response.headers()["vary"]
            .to_str()
            .expect("ascii")
            .contains("accept-encoding")
    );
    assert_eq!(
        response.bytes().await.expect("body").as_ref(),
        HASHED_JS_BROTLI
    );
}

#[tokio::test]
async fn the_plain_file_is_served_when_brotli_is_not_accepted() {
    let app = spawn_app().await;
    let response = app
        .get_with(&format!("/{HASHED_JS}"), "accept-encoding", "identity")
        .await;
    assert!(response.headers().get("content-encoding").is_none());
    assert_eq!(response.text().await.expect("body"), HASHED_JS_BODY);
}

#[tokio::test]
async fn a_file_index_html_does_not_link_is_revalidated_not_cached_for_a_year() {
    let app = spawn_app().await;
    let response = app.get("/robots.txt").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-cache");
}

#[tokio::test]
async fn the_staff_pages_are_never_stored_not_even_for_back() {
    let app = spawn_app().await;
    for path in ["/staff", "/staff/applications/HUS-ABCDE-12345"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
    }
    assert_eq!(
        app.get("/staffing").await.headers()["cache-control"],
        "no-cache"
    );
}

/// The app with the start page and the estimates prerendered in Norwegian, English and Arabic.
async fn spawn_app_prerendered() -> crate::helpers::TestApp {
    spawn_app_configured(|config| {
        for lang in ["nb", "en", "ar"] {
            let dir = config.dist_dir.join("prerendered").join(lang);
            std::fs::create_dir_all(&dir).expect("dir");
            std::fs::write(dir.join("index.html"), format!("start page in {lang}")).expect("page");
            std::fs::write(dir.join("estimates.html"), format!("estimates in {lang}"))
                .expect("page");
        }
    })
    .await
}

#[tokio::test]
async fn an_entry_page_comes_prerendered_in_the_readers_language() {
    let app = spawn_app_prerendered().await;
    let cases = [
        ("/", None, "start page in nb"),
        (
            "/",
            Some(("accept-language", "ar-SY,ar;q=0.9,en;q=0.5")),
            "start page in ar",
        ),
        (
            "/estimates",
            Some(("accept-language", "de-DE, en;q=0.7")),
            "estimates in en",
        ),
        (
            "/estimates",
            Some(("cookie", "husly-lang=ar")),
            "estimates in ar",
        ),
        (
            "/estimates?lang=en",
            Some(("cookie", "husly-lang=ar")),
            "estimates in en",
        ),
        (
            "/?lang=de",
            Some(("accept-language", "de")),
            "start page in nb",
        ),
    ];
    for (path, header, expected) in cases {
        let response = match header {
            Some((name, value)) => app.get_with(path, name, value).await,
            None => app.get(path).await,
        };
        assert_eq!(response.status(), 200, "{path} {header:?}");
        let lang = &expected[expected.len() - 2..];
        assert_eq!(
            response.headers()["content-language"],
            lang,
            "{path} {header:?}"
        );
        assert_eq!(response.headers()["cache-control"], "no-cache");
        // Caches keep one copy per language, and per encoding.
        let vary: Vec<&str> = response
            .headers()
            .get_all("vary")
            .iter()
            .map(|v| v.to_str().expect("ascii"))
            .collect();
        assert!(
            vary.iter().any(|v| v.contains("accept-language")),
            "{vary:?}"
        );
        assert!(vary.iter().any(|v| v.contains("cookie")), "{vary:?}");
        assert!(
            vary.iter().any(|v| v.contains("accept-encoding")),
            "{vary:?}"
        );
        assert_eq!(
            response.text().await.expect("body"),
            expected,
            "{path} {header:?}"
        );
    }
}

#[tokio::test]
async fn pages_not_prerendered_are_the_plain_app() {
    let app = spawn_app_prerendered().await;
    for path in ["/apply", "/needs-check/tonight", "/index.html"] {
        let response = app.get_with(path, "accept-language", "ar").await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            response.headers().get("content-language").is_none(),
            "{path}"
        );
        assert_eq!(response.text().await.expect("body"), INDEX_HTML, "{path}");
    }
}
