//! The app's download: index.html plus every script, wasm and stylesheet it links, counted as
//! the browser receives them (brotli). Since issue 17 this is what a journey loads (the needs
//! check, the estimates, the application), not the start page, which a first visit reads
//! prerendered without the app; tests/e2e/first-load.mjs measures each page in Chromium.

use std::{fs, path::Path};

use anyhow::{Context, bail};

use crate::dist::brotli;

/// What the first load costs, in bytes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FirstLoad {
    pub rows: Vec<(String, usize, usize)>,
}

impl FirstLoad {
    pub fn raw(&self) -> usize {
        self.rows.iter().map(|r| r.1).sum()
    }
    pub fn brotli(&self) -> usize {
        self.rows.iter().map(|r| r.2).sum()
    }
}

/// Measures dist/ and prints a table (file, raw bytes, brotli bytes).
pub fn report(dist: &Path) -> anyhow::Result<FirstLoad> {
    let load = measure(dist)?;
    eprintln!("the app's download, which a journey loads (bytes):");
    for (file, raw, br) in &load.rows {
        eprintln!("  {file:<40} {raw:>9} raw {br:>8} brotli");
    }
    eprintln!(
        "  {:<40} {:>9} raw {:>8} brotli",
        "total",
        load.raw(),
        load.brotli()
    );
    Ok(load)
}

/// The app's download beside the bare Leptos counter's, built the same way: the ratio in one
/// measurement.
pub fn beside_counter(app: &FirstLoad, counter_dist: &Path) -> anyhow::Result<()> {
    let counter = measure(counter_dist)?;
    eprintln!(
        "  {:<40} {:>9} raw {:>8} brotli (Husly's app download is {:.1} times this)",
        "a bare Leptos counter, built the same way",
        counter.raw(),
        counter.brotli(),
        app.brotli() as f64 / counter.brotli().max(1) as f64
    );
    Ok(())
}

pub fn measure(dist: &Path) -> anyhow::Result<FirstLoad> {
    let index = fs::read_to_string(dist.join("index.html"))
        .with_context(|| format!("no built app in {}: run `cargo xtask dist`", dist.display()))?;
    let mut load = FirstLoad::default();
    push(&mut load, dist, "index.html")?;
    let mut linked: Vec<&str> = linked_assets(&index).collect();
    linked.sort_unstable();
    linked.dedup();
    if linked.is_empty() {
        bail!("index.html links no script, wasm or stylesheet");
    }
    for asset in linked {
        push(&mut load, dist, asset)?;
    }
    Ok(load)
}

fn push(load: &mut FirstLoad, dist: &Path, name: &str) -> anyhow::Result<()> {
    let bytes = fs::read(dist.join(name)).with_context(|| format!("reading dist/{name}"))?;
    load.rows
        .push((name.to_string(), bytes.len(), brotli(&bytes)?.len()));
    Ok(())
}

/// Local `.js`, `.wasm` and `.css` files named in href="…" or src="…" or inside the loader script.
fn linked_assets(html: &str) -> impl Iterator<Item = &str> {
    html.split(['"', '\'']).filter_map(|piece| {
        let name = piece.strip_prefix('/')?;
        let local = !name.is_empty() && !name.contains('/') && !name.contains(' ');
        let asset = [".js", ".wasm", ".css"]
            .iter()
            .any(|ext| name.ends_with(ext));
        // Trunk's content hash (`husly-1a2b3c4d5e6f7a8b.js`): the app's own files, not the
        // service worker the first script registers.
        let hashed = name
            .split('.')
            .next()
            .and_then(|stem| stem.trim_end_matches("_bg").rsplit_once('-'))
            .is_some_and(|(_, hash)| {
                hash.len() >= 8 && hash.bytes().all(|b| b.is_ascii_hexdigit())
            });
        (local && asset && hashed).then_some(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linked_assets_are_found_in_links_and_the_loader_script() {
        let html = r#"<link rel="stylesheet" href="/styles-0011223344556677.css" integrity="sha384-x"/>
<link rel="modulepreload" href="/husly-8899aabbccddeeff.js">
<script type="module">import init from '/husly-8899aabbccddeeff.js';
init({ module_or_path: '/husly-8899aabbccddeeff_bg.wasm' });</script>
<link rel="icon" href="data:,"><a href="https://example.org/x.js">
<script>navigator.serviceWorker.register('/sw.js');</script>"#;
        let mut found: Vec<&str> = linked_assets(html).collect();
        found.sort_unstable();
        found.dedup();
        assert_eq!(
            found,
            vec![
                "husly-8899aabbccddeeff.js",
                "husly-8899aabbccddeeff_bg.wasm",
                "styles-0011223344556677.css"
            ]
        );
    }
}
