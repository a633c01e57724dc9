//! The entry pages as real HTML in the reader's language, so a phone paints the page before the
//! app's wasm has arrived (issue 17).
//!
//! `cargo xtask dist` renders the start page, the needs check's opening and first question, the
//! estimates and the emergency page in every language with the app itself in Chromium, and
//! writes them as `dist/prerendered/<lang><path>.html` (`/` as `index.html`). Here each request
//! for such a path gets the file in the language the app would choose: a `?lang=` link first,
//! then the reader's earlier choice (the `husly-lang` cookie the app keeps beside its local
//! storage), then the browser's languages (Accept-Language); Norwegian bokmål when none of them
//! is ours. Any other path, or a build without prerendered pages, gets the plain index.html.
//!
//! Only names found on disk at start are served: a request's path is looked up, never joined to
//! a directory.

use std::{
    collections::{BTreeSet, HashMap},
    path::{Path, PathBuf},
};

use axum::http::{HeaderMap, header};

/// The cookie the app writes when a language is chosen (src/i18n/mod.rs).
pub const LANGUAGE_COOKIE: &str = "husly-lang";
/// The language when nothing the reader sends names one of ours.
const DEFAULT_LANGUAGE: &str = "nb";

/// Every prerendered page found in dist/ at start: route path → language → file.
#[derive(Debug, Clone, Default)]
pub struct Prerendered {
    pages: HashMap<String, HashMap<String, PathBuf>>,
    languages: BTreeSet<String>,
}

/// The file to send, and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub file: PathBuf,
    pub language: String,
}

impl Prerendered {
    /// Finds `dist/prerendered/<lang>/**/*.html`; none (an older build, or one made without
    /// Chromium) is not an error: every page then paints when the app starts.
    pub fn load(dist: &Path) -> Self {
        let mut found = Self::default();
        let root = dist.join("prerendered");
        let Ok(languages) = std::fs::read_dir(&root) else {
            return found;
        };
        for entry in languages.flatten() {
            let Some(language) = entry.file_name().to_str().map(String::from) else {
                continue;
            };
            if !entry.path().is_dir() || !is_language_id(&language) {
                continue;
            }
            for file in html_files(&entry.path()) {
                let Some(route) = route_of(&entry.path(), &file) else {
                    continue;
                };
                found
                    .pages
                    .entry(route)
                    .or_default()
                    .insert(language.clone(), file);
            }
            found.languages.insert(language);
        }
        found
    }

    /// How many files were found (pages × languages).
    pub fn count(&self) -> usize {
        self.pages.values().map(HashMap::len).sum()
    }

    /// The prerendered page for `path` in the language the reader's request asks for, if this
    /// path has one in that language.
    pub fn page(&self, path: &str, query: Option<&str>, headers: &HeaderMap) -> Option<Page> {
        let by_language = self.pages.get(path)?;
        let language = self.language(query, headers);
        by_language.get(language).map(|file| Page {
            file: file.clone(),
            language: language.to_string(),
        })
    }

    /// The app's choice of language, made from what the request carries.
    pub fn language<'a>(&'a self, query: Option<&str>, headers: &HeaderMap) -> &'a str {
        let from_link = query
            .into_iter()
            .flat_map(|q| q.split('&'))
            .find_map(|pair| {
                let value = pair.strip_prefix("lang=")?;
                self.ours(value)
            });
        let from_cookie =
            || crate::cookies::named(headers, LANGUAGE_COOKIE).find_map(|value| self.ours(value));
        let from_browser = || {
            accepted_languages(headers)
                .into_iter()
                .find_map(|tag| self.ours(&tag))
        };
        from_link
            .or_else(from_cookie)
            .or_else(from_browser)
            .or_else(|| self.languages.get(DEFAULT_LANGUAGE).map(String::as_str))
            .unwrap_or(DEFAULT_LANGUAGE)
    }

    /// Our language for a BCP 47 tag, as the app reads one (src/i18n/mod.rs `supported`):
    /// "uk-UA" → uk, "fa-AF" (Dari) → prs, "no" → nb.
    fn ours(&self, tag: &str) -> Option<&str> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = match tag.as_str() {
            "fa-af" => "prs",
            "no" | "nb-no" | "no-no" => "nb",
            other => other.split(['-', '_']).next().unwrap_or(other),
        };
        self.languages.get(primary).map(String::as_str)
    }
}

/// The browser's languages, most wanted first (Accept-Language with its q-values; a language
/// with q=0 is one the reader does not want).
fn accepted_languages(headers: &HeaderMap) -> Vec<String> {
    let mut weighted: Vec<(u16, usize, String)> = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .enumerate()
        .filter_map(|(order, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), quality_in_thousandths)?;
            (!tag.is_empty() && tag != "*" && quality > 0)
                .then(|| (quality, order, tag.to_string()))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    weighted.into_iter().map(|(_, _, tag)| tag).collect()
}

/// "0.8" → 800; anything that is not a q-value → None (the entry is ignored).
fn quality_in_thousandths(value: &str) -> Option<u16> {
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

fn is_language_id(name: &str) -> bool {
    (2..=3).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase())
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(html_files(&path));
        } else if path.extension().is_some_and(|e| e == "html") {
            found.push(path);
        }
    }
    found
}

/// `<lang dir>/needs-check/tonight.html` → `/needs-check/tonight`; `index.html` → `/`.
fn route_of(language_dir: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(language_dir).ok()?.with_extension("");
    let parts: Vec<&str> = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        ["index"] => Some("/".to_string()),
        _ => Some(format!("/{}", parts.join("/"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn built() -> (tempfile::TempDir, Prerendered) {
        let dist = tempfile::tempdir().expect("temp dir");
        for lang in ["nb", "en", "ar", "prs"] {
            let dir = dist.path().join("prerendered").join(lang);
            std::fs::create_dir_all(dir.join("needs-check")).expect("dirs");
            std::fs::write(dir.join("index.html"), lang).expect("write");
            std::fs::write(dir.join("needs-check/tonight.html"), lang).expect("write");
        }
        let found = Prerendered::load(dist.path());
        (dist, found)
    }

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name, HeaderValue::from_str(value).expect("header"));
        }
        map
    }

    #[test]
    fn every_file_is_found_under_its_route() {
        let (_dist, found) = built();
        assert_eq!(found.count(), 8);
        let page = found
            .page("/needs-check/tonight", None, &HeaderMap::new())
            .expect("found");
        assert!(page.file.ends_with("nb/needs-check/tonight.html"));
        assert_eq!(
            found.page("/", None, &HeaderMap::new()).map(|p| p.language),
            Some("nb".to_string())
        );
        assert_eq!(found.page("/apply", None, &HeaderMap::new()), None);
        assert_eq!(found.page("/../index", None, &HeaderMap::new()), None);
    }

    #[test]
    fn a_link_beats_the_saved_choice_which_beats_the_browser() {
        let (_dist, found) = built();
        let both = headers(&[
            (header::COOKIE, "other=1; husly-lang=ar"),
            (header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9"),
        ]);
        assert_eq!(found.language(Some("x=1&lang=prs"), &both), "prs");
        assert_eq!(found.language(None, &both), "ar");
        let browser = headers(&[(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9")]);
        assert_eq!(found.language(None, &browser), "en");
        // A link or cookie naming no language of ours is passed over, never guessed from.
        assert_eq!(found.language(Some("lang=xx"), &browser), "en");
        let odd_cookie = headers(&[(header::COOKIE, "husly-lang=<script>")]);
        assert_eq!(found.language(None, &odd_cookie), "nb");
    }

    #[test]
    fn the_browsers_languages_are_taken_by_weight_then_order() {
        let (_dist, found) = built();
        let lang = |value: &str| {
            found
                .language(None, &headers(&[(header::ACCEPT_LANGUAGE, value)]))
                .to_string()
        };
        assert_eq!(lang("de-DE, ar;q=0.5, en;q=0.8"), "en");
        assert_eq!(lang("de, ar;q=0.5, en;q=0"), "ar");
        assert_eq!(lang("fa-AF, en"), "prs");
        assert_eq!(lang("no, en"), "nb");
        assert_eq!(lang("de, *;q=0.1"), "nb");
        assert_eq!(lang("en;q=2, ar;q=0.x"), "nb");
        assert_eq!(lang(""), "nb");
    }

    #[test]
    fn q_values_are_read_exactly() {
        assert_eq!(quality_in_thousandths("0.8"), Some(800));
        assert_eq!(quality_in_thousandths("1"), Some(1000));
        assert_eq!(quality_in_thousandths("1.000"), Some(1000));
        assert_eq!(quality_in_thousandths("0"), Some(0));
        assert_eq!(quality_in_thousandths("0.0005"), None);
        assert_eq!(quality_in_thousandths("1.5"), None);
        assert_eq!(quality_in_thousandths("-1"), None);
    }
}
