//! Builds the app into dist/: trunk in release mode (size profile, wasm-opt -Oz), then brotli and
//! gzip copies beside each text or wasm file for the server to send when the browser accepts them.

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::Context;

use crate::{cmd, tools::Tools};

/// Files worth compressing: everything the first load and later pages fetch, except images.
const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "wasm",
    "css",
    "json",
    "svg",
    "webmanifest",
    "txt",
    "ftl",
];

/// Builds dist/; with `server` (a built husly-server) and Chromium at hand, the entry pages are
/// prerendered in every language too (crate::prerender). Without them the portal works the
/// same, each page painted when the app starts.
pub fn build(tools: &Tools, server: Option<&Path>) -> anyhow::Result<()> {
    let root = crate::root();
    // trunk's offline mode makes cargo offline too: fetch the crates first.
    cmd::run(cmd::cargo().args(["fetch", "--quiet"]))?;
    cmd::step("building the app (trunk, release, wasm-opt)");
    cmd::run(
        Command::new("trunk")
            .args(["build", "--release"])
            .current_dir(&root)
            .env("PATH", &tools.path),
    )?;
    // The other apps of the same crate, each into dist/<name>/ and served under /<name>: the
    // staff pages, so residents never download them; a resident's case after sending (the
    // decision) and renting or owning (opened from the estimates), so the journeys' download
    // does not carry them.
    for (html, name, what) in [
        ("staff.html", "staff", "the staff pages"),
        ("case.html", "case", "the case pages"),
        ("rent-or-buy.html", "rent-or-buy", "renting or owning"),
    ] {
        cmd::step(&format!("building {what} (trunk, release, wasm-opt)"));
        cmd::run(
            Command::new("trunk")
                .args([
                    "build",
                    html,
                    "--release",
                    "--dist",
                    &format!("dist/{name}"),
                    "--public-url",
                    &format!("/{name}/"),
                ])
                .current_dir(&root)
                .env("PATH", &tools.path),
        )?;
    }
    let dist = root.join("dist");
    let languages = crate::locales::write(&root.join("locales"), &dist)?;
    eprintln!("==> dist/locales/: {languages} languages, each fetched only when chosen");
    match server {
        Some(server) if crate::prerender::possible() => {
            let pages = crate::prerender::run(server, &dist)?;
            eprintln!("==> dist/prerendered/: {pages} pages, painted before the app starts");
        }
        _ => eprintln!(
            "==> the entry pages are not prerendered (that needs the server and Chromium, which \
             `cargo xtask test` installs): each page paints when the app starts"
        ),
    }
    let count = precompress(&dist)?;
    eprintln!("==> dist/ ready: {count} files compressed with brotli and gzip");
    Ok(())
}

/// Builds the bare Leptos counter (tests/fixtures/counter) exactly as the app is built, into
/// target/counter-dist/, for `size` to print beside the app; returns that directory.
pub fn build_counter(tools: &Tools) -> anyhow::Result<PathBuf> {
    let root = crate::root();
    let out = root.join("target/counter-dist");
    cmd::step("building the bare Leptos counter the same way, to compare (tests/fixtures/counter)");
    cmd::run(
        Command::new("trunk")
            .args([
                "build",
                "tests/fixtures/counter/index.html",
                "--release",
                "--dist",
            ])
            .arg(&out)
            .current_dir(&root)
            .env("PATH", &tools.path),
    )?;
    Ok(out)
}

/// Writes NAME.br and NAME.gz beside every compressible file under `dir`; returns how many.
pub fn precompress(dir: &Path) -> anyhow::Result<usize> {
    let mut count = 0;
    for file in files(dir)? {
        let compressible = file
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let bytes = fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
        fs::write(with_suffix(&file, "br"), brotli(&bytes)?)?;
        fs::write(with_suffix(&file, "gz"), gzip(&bytes)?)?;
        count += 1;
    }
    Ok(count)
}

/// Brotli at its best quality and a 4 MiB window, as served.
pub fn brotli(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes)?;
    }
    Ok(out)
}

fn gzip(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(files(&path)?);
        } else {
            found.push(path);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressible_files_get_brotli_and_gzip_copies_that_decode_to_the_original() {
        let dir = std::env::temp_dir().join(format!("husly-precompress-{}", std::process::id()));
        fs::create_dir_all(dir.join("sub")).expect("dir");
        let text = "Husly ".repeat(1000);
        fs::write(dir.join("sub/app.js"), &text).expect("write");
        fs::write(dir.join("photo.png"), [0u8; 16]).expect("write");

        assert_eq!(precompress(&dir).expect("compresses"), 1);

        let br = fs::read(dir.join("sub/app.js.br")).expect("br written");
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut br.as_slice(), &mut decoded).expect("valid brotli");
        assert_eq!(decoded, text.as_bytes());
        let gz = fs::read(dir.join("sub/app.js.gz")).expect("gz written");
        let mut decoded = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(gz.as_slice()),
            &mut decoded,
        )
        .expect("valid gzip");
        assert_eq!(decoded, text);
        assert!(!dir.join("photo.png.br").exists());
        fs::remove_dir_all(&dir).expect("cleanup");
    }
}
