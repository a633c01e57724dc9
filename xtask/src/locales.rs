//! One file per language for the app to fetch when that language is chosen: `dist/locales/<id>.ftl`
//! joins `locales/<id>/*.ftl` (the staff pages' own file aside). Norwegian bokmål is compiled into
//! the app (src/i18n/catalog.rs), so it gets no file.

use std::{fs, path::Path};

use anyhow::Context;

/// The language compiled into the app.
const SOURCE: &str = "nb";
/// The staff pages' own messages: Norwegian only, and never part of the resident app.
const STAFF_FILE: &str = "staff.ftl";

/// Writes `dist/locales/<id>.ftl` for every language folder under `locales`; returns how many.
pub fn write(locales: &Path, dist: &Path) -> anyhow::Result<usize> {
    let out = dist.join("locales");
    fs::create_dir_all(&out)?;
    let mut count = 0;
    for entry in fs::read_dir(locales).with_context(|| format!("reading {}", locales.display()))? {
        let dir = entry?.path();
        let Some(lang) = dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !dir.is_dir() || lang == SOURCE {
            continue;
        }
        fs::write(out.join(format!("{lang}.ftl")), joined(&dir)?)?;
        count += 1;
    }
    Ok(count)
}

/// Every language's id, from locales/languages.json (the app's own list).
pub fn ids(locales: &Path) -> anyhow::Result<Vec<String>> {
    let path = locales.join("languages.json");
    let text = fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let list: Vec<(String, String, String)> =
        serde_json::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
    Ok(list.into_iter().map(|(id, _, _)| id).collect())
}

/// The languages whose text is inside `wasm` (each found by its `home-heading`, the start page's
/// heading): none but Norwegian may be, or every visitor downloads every language again.
pub fn compiled_in(locales: &Path, wasm: &[u8]) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(locales)? {
        let dir = entry?.path();
        let Some(lang) = dir.file_name().and_then(|n| n.to_str()).map(String::from) else {
            continue;
        };
        if !dir.is_dir() || lang == SOURCE {
            continue;
        }
        let text = joined(&dir)?;
        let heading = text
            .lines()
            .find_map(|line| line.strip_prefix("home-heading = "))
            .with_context(|| format!("locales/{lang} has no home-heading"))?;
        if wasm.windows(heading.len()).any(|w| w == heading.as_bytes()) {
            found.push(lang);
        }
    }
    Ok(found)
}

/// The language's Fluent files in name order, one after another.
fn joined(dir: &Path) -> anyhow::Result<String> {
    let mut names: Vec<_> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .filter(|p| p.file_name().is_some_and(|n| n != STAFF_FILE))
        .collect();
    names.sort();
    let mut text = String::new();
    for path in names {
        text.push_str(&fs::read_to_string(&path).with_context(|| path.display().to_string())?);
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_but_norwegian_becomes_one_file_without_the_staff_messages() {
        let root = std::env::temp_dir().join(format!("husly-locales-{}", std::process::id()));
        for (lang, file, text) in [
            ("nb", "main.ftl", "a = Hei\n"),
            ("nb", "staff.ftl", "s = Saksbehandler\n"),
            ("uk", "main.ftl", "a = Привіт"),
            ("uk", "apply.ftl", "b = Заява\n"),
        ] {
            fs::create_dir_all(root.join("locales").join(lang)).expect("dir");
            fs::write(root.join("locales").join(lang).join(file), text).expect("write");
        }
        let dist = root.join("dist");

        assert_eq!(write(&root.join("locales"), &dist).expect("writes"), 1);

        assert_eq!(
            fs::read_to_string(dist.join("locales/uk.ftl")).expect("uk.ftl"),
            "b = Заява\na = Привіт\n"
        );
        assert!(!dist.join("locales/nb.ftl").exists());
        fs::remove_dir_all(&root).expect("cleanup");
    }

    #[test]
    fn a_language_compiled_into_the_wasm_is_found_by_its_heading() {
        let root = std::env::temp_dir().join(format!("husly-compiled-in-{}", std::process::id()));
        for (lang, text) in [
            ("nb", "home-heading = Hjelp\n"),
            ("uk", "home-heading = Допомога\n"),
        ] {
            fs::create_dir_all(root.join(lang)).expect("dir");
            fs::write(root.join(lang).join("main.ftl"), text).expect("write");
        }
        let with_uk = [b"\0asm".as_slice(), "Hjelp Допомога".as_bytes()].concat();
        let without = [b"\0asm".as_slice(), "Hjelp".as_bytes()].concat();

        assert_eq!(
            compiled_in(&root, &with_uk).expect("reads"),
            vec!["uk".to_string()]
        );
        assert!(compiled_in(&root, &without).expect("reads").is_empty());
        fs::remove_dir_all(&root).expect("cleanup");
    }
}
