//! The entry pages rendered at build time by the app itself (issue 17): the real server serves
//! the fresh dist/, tests/e2e/prerender.mjs opens each page in each language in Chromium and
//! writes what the app drew into dist/prerendered/<lang><path>.html. The server then sends
//! those pages in the reader's language (server/src/prerendered.rs), painted before the wasm
//! arrives.

use std::{
    fs,
    path::{Path, PathBuf},
};

use anyhow::{Context, bail};

use crate::{cmd, e2e, tools};

/// The pages a visit may begin on: the one list, handed to tests/e2e/prerender.mjs.
pub const PAGES: &[&str] = &[
    "/",
    "/needs-check",
    "/needs-check/tonight",
    "/needs-check/emergency",
    "/estimates",
];

/// Where a page's file is under its language's directory (the server's own mapping back:
/// server/src/prerendered.rs): `/` is index.html, `/needs-check/tonight` needs-check/tonight.html.
fn file_of(page: &str) -> String {
    match page {
        "/" => "index.html".to_string(),
        _ => format!("{}.html", page.trim_start_matches('/')),
    }
}

/// Whether this machine can prerender: Chromium and the end-to-end tests' npm packages
/// (`cargo xtask test` installs both; `cargo xtask run` does without).
pub fn possible() -> bool {
    Path::new(tools::CHROMIUM).exists()
        && crate::root()
            .join("tests/e2e/node_modules/@playwright/test")
            .exists()
}

/// Renders every page in every language into `dist`; returns how many files were written.
pub fn run(server_binary: &Path, dist: &Path) -> anyhow::Result<usize> {
    cmd::step("prerendering the entry pages in every language (the app itself, in Chromium)");
    let out = dist.join("prerendered");
    // An earlier build's pages must not be served while this one's are made.
    if out.exists() {
        fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
    }
    e2e::on_a_fresh_server(server_binary, dist, |server| {
        cmd::run(
            e2e::node_script(server, "prerender.mjs")
                .env("HUSLY_DIST", dist)
                .env("HUSLY_PAGES", PAGES.join(" ")),
        )
    })?;
    check(&out)
}

/// Every page in every language is there, in its language, with a page to read and the notice
/// for an app that could not be loaded.
fn check(out: &Path) -> anyhow::Result<usize> {
    let languages = crate::locales::ids(&crate::root().join("locales"))?;
    let mut count = 0;
    for lang in &languages {
        for page in PAGES {
            let file: PathBuf = out.join(lang).join(file_of(page));
            let html = fs::read_to_string(&file)
                .with_context(|| format!("{} was not prerendered", file.display()))?;
            if !html.contains(&format!("data-prerendered=\"{lang}\""))
                || !html.contains("<main")
                || !html.contains("<h1")
                || !html.contains("data-app-not-loaded")
            {
                bail!("{} is not a page in {lang}", file.display());
            }
            count += 1;
        }
    }
    Ok(count)
}
