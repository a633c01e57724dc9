//! Every locale has every message, with the same variables as Norwegian bokmål (the source), and
//! every message id the app or the rules use exists. Runs natively (`cargo test`).
#![cfg(not(target_arch = "wasm32"))]

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SOURCE: &str = "nb";

/// Prefixes of message ids the app names in data (options, help kinds) rather than in `tr!`.
const DYNAMIC_PREFIXES: &[&str] = &[
    "q-",
    "tonight-",
    "risk-",
    "home-problem-",
    "circumstance-",
    "plan-",
    "help-",
    "answer-",
    "field-error-",
    "apply-",
    "criterion-",
    "outcome-",
    "certainty-",
];

/// Message id → the variables its text uses, for one locale.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables(pattern: &Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<String>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<String>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// The staff pages' own file: Norwegian only, by decision (issue 5: the staff's language).
const STAFF_FILE: &str = "staff.ftl";

/// The glossary: explanations of the Norwegian terms for readers of the other languages, so
/// Norwegian has none and the other languages' entries are checked on their own (below).
const GLOSSARY_FILE: &str = "glossary.ftl";

/// The resident app's messages in `lang` (every .ftl but the staff pages' and the glossary).
fn locale(lang: &str) -> Messages {
    locale_files(lang, |name| name != STAFF_FILE && name != GLOSSARY_FILE)
}

/// The text of `pattern`, each placeable as `{}` (a select's variants' text after it).
fn text_of(pattern: &Pattern<String>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                text.push_str("{}");
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        text.push(' ');
                        text.push_str(&text_of(&variant.value));
                    }
                }
            }
        }
    }
    text
}

/// Message id → its text, in the files of `lang` that `wanted` names.
fn texts(lang: &str, wanted: impl Fn(&str) -> bool) -> BTreeMap<String, String> {
    let dir = Path::new(ROOT).join("locales").join(lang);
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.ends_with(".ftl") || !wanted(name) {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable");
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let value = message.value.as_ref().map(text_of).unwrap_or_default();
                out.insert(message.id.name.clone(), value);
            }
        }
    }
    out
}

fn locale_files(lang: &str, wanted: impl Fn(&str) -> bool) -> Messages {
    let dir = Path::new(ROOT).join("locales").join(lang);
    let mut messages = Messages::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !wanted(name) {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable");
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables(value, &mut vars);
                }
                let id = message.id.name.clone();
                assert!(
                    messages.insert(id.clone(), vars).is_none(),
                    "{lang}: {id} is defined twice"
                );
            }
        }
    }
    messages
}

fn languages() -> Vec<(String, String, String)> {
    let text =
        fs::read_to_string(Path::new(ROOT).join("locales/languages.json")).expect("languages.json");
    serde_json::from_str(&text).expect("[[id, name, dir], …]")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals in `text` that look like message ids starting with one of `prefixes`.
fn ids_with_prefixes<'a>(text: &'a str, prefixes: &'a [&str]) -> impl Iterator<Item = &'a str> {
    text.split('"').skip(1).step_by(2).filter(|piece| {
        prefixes.iter().any(|p| piece.starts_with(p))
            && piece
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    })
}

/// The first string literal after each call of `marker` in `text`.
fn literals_after<'a>(text: &'a str, marker: &str) -> Vec<&'a str> {
    text.match_indices(marker)
        // A whole name only: `t(` but not `parse_amount(`.
        .filter(|(at, _)| {
            text[..*at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
        })
        .filter_map(|(at, _)| {
            let rest = &text[at + marker.len()..];
            let rest = rest
                .trim_start()
                .strip_prefix("i18n,")
                .unwrap_or(rest)
                .trim_start();
            let rest = rest.strip_prefix('"')?;
            rest.split_once('"').map(|(id, _)| id)
        })
        .collect()
}

#[test]
fn every_language_has_a_folder_and_a_direction() {
    for (id, name, dir) in languages() {
        assert!(
            Path::new(ROOT).join("locales").join(&id).is_dir(),
            "no locales/{id}/ for {name}"
        );
        assert!(dir == "ltr" || dir == "rtl", "{id}: direction {dir}");
    }
}

/// index.html starts fetching the reader's language before the app runs; its list of our
/// languages must be languages.json's, or a new language would wait for the app.
#[test]
fn index_html_knows_every_language() {
    let html = fs::read_to_string(Path::new(ROOT).join("index.html")).expect("index.html");
    let list = html
        .split_once("var ours = '")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(list, _)| list.split_whitespace().collect::<Vec<_>>())
        .expect("index.html: var ours = ' … ';");
    let ids: Vec<String> = languages().into_iter().map(|(id, _, _)| id).collect();
    assert_eq!(list, ids, "index.html's languages against languages.json");
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let source = locale(SOURCE);
    assert!(!source.is_empty());
    let mut problems = Vec::new();
    for (lang, _, _) in languages() {
        let messages = locale(&lang);
        for (id, vars) in &source {
            match messages.get(id) {
                None => problems.push(format!("{lang}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{lang}: {id} uses {v:?}, {SOURCE} uses {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in messages.keys().filter(|id| !source.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in {SOURCE}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_message_the_app_uses_exists() {
    let source = locale(SOURCE);
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    let mut missing = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable");
        for marker in [
            "t(",
            "tr!(",
            "<Tr id=",
            "t_with_norwegian(",
            "label=",
            "hint=",
        ] {
            for id in literals_after(&text, marker) {
                if !source.contains_key(id) {
                    missing.insert(format!("{id} ({})", file.display()));
                }
            }
        }
        // Ids the pages look up through a variable: question, answer and help names.
        for id in ids_with_prefixes(&text, DYNAMIC_PREFIXES) {
            if !source.contains_key(id) {
                missing.insert(format!("{id} ({})", file.display()));
            }
        }
    }
    let amount_errors = husly::format::AmountError::ALL.map(|e| e.message_id());
    for id in amount_errors
        .into_iter()
        .chain([husly::economy::INCOMPLETE])
    {
        if !source.contains_key(id) {
            missing.insert(id.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "messages used but not in locales/{SOURCE}: {missing:?}"
    );
}

#[test]
fn every_message_the_rules_can_give_exists() {
    let source = locale(SOURCE);
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("rules/src"), &mut files);
    let mut found = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable");
        let prefixes = [
            "explain-",
            "reason-",
            "why-",
            "help-where-",
            "bring-",
            "error-",
        ];
        found.extend(ids_with_prefixes(&text, &prefixes).map(String::from));
    }
    assert!(found.len() > 50, "the scan found only {} ids", found.len());
    let missing: Vec<&String> = found
        .iter()
        .filter(|id| !source.contains_key(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "rules message ids not in locales/{SOURCE}: {missing:?}"
    );
}

#[test]
fn every_message_the_staff_pages_use_exists_in_norwegian() {
    let norwegian = locale_files(SOURCE, |_| true);
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src/staff"), &mut files);
    let mut found = BTreeSet::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable");
        found.extend(ids_with_prefixes(&text, &["staff-", "error-"]).map(String::from));
    }
    // Message ids the server sends that the staff pages show.
    let mut server = Vec::new();
    rust_files(
        &Path::new(ROOT).join("server/src/routes/staff"),
        &mut server,
    );
    // The problems of an imported tenant list, said on the screening page.
    rust_files(&Path::new(ROOT).join("server/src/tenant_list"), &mut server);
    assert!(server.len() > 3, "the staff API's files moved");
    for file in &server {
        let text = fs::read_to_string(file).expect("readable");
        found.extend(ids_with_prefixes(&text, &["error-", "staff-csv-"]).map(String::from));
    }
    assert!(found.len() > 40, "the scan found only {} ids", found.len());
    // Class names (".error-summary" in the stylesheet) are not messages.
    let css = fs::read_to_string(Path::new(ROOT).join("public/styles.css")).expect("readable");
    let missing: Vec<&String> = found
        .iter()
        .filter(|id| !norwegian.contains_key(*id) && !css.contains(&format!(".{id}")))
        .collect();
    assert!(
        missing.is_empty(),
        "staff messages not in locales/nb: {missing:?}"
    );
}

#[test]
fn norwegian_is_compiled_in_with_every_file_of_the_resident_app() {
    // Every other language is fetched as one file that `cargo xtask dist` joins from all of its
    // .ftl files; Norwegian, compiled in, must name each of them itself.
    let catalog =
        fs::read_to_string(Path::new(ROOT).join("src/i18n/catalog.rs")).expect("readable");
    let dir = Path::new(ROOT).join("locales").join(SOURCE);
    for entry in fs::read_dir(&dir).expect("locales/nb") {
        let name = entry.expect("entry").file_name();
        let name = name.to_str().expect("utf-8");
        if name.ends_with(".ftl") && name != STAFF_FILE {
            assert!(
                catalog.contains(&format!("locales/nb/{name}")),
                "src/i18n/catalog.rs does not compile in locales/nb/{name}"
            );
        }
    }
}

/// "How we calculated" names each figure by its parameter node ("figure-node-bostotte-cost_cap"),
/// an id built at run time, so it is checked here for every node the rules have.
#[test]
fn every_parameter_node_has_a_name() {
    let nb = locale("nb");
    let missing: Vec<String> = rules::parameters::ALL
        .iter()
        .map(|node| format!("figure-node-{}", node.meta.id.replace('.', "-")))
        .filter(|id| !nb.contains_key(id))
        .collect();
    assert!(
        missing.is_empty(),
        "parameter nodes without a name in nb: {missing:?}"
    );
}

/// README.md's "Languages" table: language id → its status.
fn readme_statuses() -> BTreeMap<String, String> {
    let readme = fs::read_to_string(Path::new(ROOT).join("README.md")).expect("README.md");
    let section = readme
        .split_once("\n## Languages\n")
        .map(|(_, rest)| rest.split("\n## ").next().unwrap_or(rest))
        .expect("README.md has a \"## Languages\" section");
    let mut statuses = BTreeMap::new();
    for line in section.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if let [_, id, status] = cells[..] {
            if id == "id" || id.starts_with("---") {
                continue;
            }
            assert!(
                statuses
                    .insert(id.to_string(), status.to_string())
                    .is_none(),
                "README.md names {id} twice"
            );
        }
    }
    statuses
}

/// The statuses a language's text can have, and what the page says for each.
const STATUSES: &[&str] = &["reviewed", "team", "machine-assisted"];

#[test]
fn each_languages_translation_status_is_the_readmes() {
    let readme = readme_statuses();
    let mut problems = Vec::new();
    for (lang, _, _) in languages() {
        let status = texts(&lang, |name| name == "main.ftl")
            .remove("translation-status")
            .unwrap_or_default();
        if !STATUSES.contains(&status.as_str()) {
            problems.push(format!("{lang}: unknown translation-status {status:?}"));
        }
        match readme.get(&lang) {
            None => problems.push(format!("README.md's Languages table has no row for {lang}")),
            Some(said) if *said != status => problems.push(format!(
                "{lang}: README.md says {said:?}, locales/{lang}/main.ftl says {status:?}"
            )),
            Some(_) => {}
        }
    }
    let ids: BTreeSet<String> = languages().into_iter().map(|(id, _, _)| id).collect();
    for id in readme.keys().filter(|id| !ids.contains(*id)) {
        problems.push(format!(
            "README.md names {id}, which is not in languages.json"
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_notice_says_who_wrote_a_text_no_qualified_translator_checked() {
    use husly::components::layout::translation_notice;
    let nb = locale(SOURCE);
    assert_eq!(translation_notice("reviewed"), None);
    let team = translation_notice("team").expect("a notice for the team's text");
    let machine = translation_notice("machine-assisted").expect("a notice for machine-assisted");
    assert_ne!(team, machine, "the team's text is not machine translated");
    assert_eq!(
        translation_notice("anything else"),
        Some(machine),
        "an unknown status is not taken for reviewed"
    );
    for id in [team, machine] {
        assert!(nb.contains_key(id), "{id} is not in locales/{SOURCE}");
    }
    // English is the team's, and must not say a machine translated it.
    let en = texts("en", |name| name == "main.ftl");
    let notice = &en[translation_notice(&en["translation-status"]).expect("a notice")];
    assert!(!notice.contains("machine"), "en's notice: {notice}");
}

/// The glossary's keys, each once, in TERMS's order.
fn glossary_keys() -> Vec<&'static str> {
    let mut keys = Vec::new();
    for term in husly::i18n::terms::TERMS {
        if let Some(key) = term.gloss
            && !keys.contains(&key)
        {
            keys.push(key);
        }
    }
    keys
}

#[test]
fn every_other_language_explains_every_norwegian_term() {
    use husly::i18n::{glossary::message_id, terms};
    let keys = glossary_keys();
    assert!(keys.len() > 20, "only {} glossary keys", keys.len());
    let mut problems = Vec::new();
    for key in &keys {
        if !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            problems.push(format!("glossary key {key:?}: lower-case a-z and '-' only"));
        }
    }
    for (lang, _, _) in languages() {
        let glossary = Path::new(ROOT)
            .join("locales")
            .join(&lang)
            .join(GLOSSARY_FILE);
        if terms::is_norwegian(&lang) {
            // A Norwegian page explains no Norwegian term.
            if glossary.exists() {
                problems.push(format!(
                    "{}: Norwegian needs no glossary",
                    glossary.display()
                ));
            }
            continue;
        }
        let entries = texts(&lang, |name| name == GLOSSARY_FILE);
        for key in &keys {
            let id = message_id(key);
            let spellings: Vec<&str> = terms::TERMS
                .iter()
                .filter(|t| t.gloss == Some(*key))
                .map(|t| t.text)
                .collect();
            match entries.get(&id).map(|e| e.trim()) {
                None => problems.push(format!("{lang}: {GLOSSARY_FILE} has no {id}")),
                Some("") => problems.push(format!("{lang}: {id} is empty")),
                Some(e) if e.contains("{}") => {
                    problems.push(format!("{lang}: {id} has a placeable: {e}"))
                }
                Some(e)
                    if spellings
                        .iter()
                        .any(|s| s.to_lowercase() == e.to_lowercase()) =>
                {
                    problems.push(format!("{lang}: {id} only repeats the term"))
                }
                Some(e) => {
                    // In the reader's language: no Norwegian term inside, unexplained.
                    let inside: Vec<String> = terms::pieces(e, &lang)
                        .into_iter()
                        .filter(|(_, t)| t.is_some())
                        .map(|(p, _)| p)
                        .collect();
                    if !inside.is_empty() {
                        problems.push(format!("{lang}: {id} uses {inside:?}"));
                    }
                }
            }
        }
        for id in entries.keys() {
            if !keys.iter().any(|k| message_id(k) == *id) {
                problems.push(format!(
                    "{lang}: {id} explains no term in src/i18n/terms.rs"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Lower case, with å, ø and æ as a, o and ae: how a term's spelling goes astray ("Nav",
/// "startlan", "Bostotte").
fn folded(text: &str) -> String {
    text.to_lowercase()
        .replace('å', "a")
        .replace('ø', "o")
        .replace('æ', "ae")
}

/// Translations keep each term as Norwegian writes it: a term spelt otherwise ("Nav",
/// "startlan") is neither marked Norwegian for screen readers nor explained.
#[test]
fn translations_keep_the_terms_in_their_norwegian_spelling() {
    use husly::i18n::terms;
    let spellings: BTreeSet<String> = terms::TERMS.iter().map(|t| folded(t.text)).collect();
    let mut problems = Vec::new();
    for (lang, _, _) in languages() {
        if terms::is_norwegian(&lang) {
            continue;
        }
        for (id, text) in texts(&lang, |name| name != STAFF_FILE && name != GLOSSARY_FILE) {
            for (piece, term) in terms::pieces(&text, &lang) {
                if term.is_some() {
                    continue;
                }
                let piece = folded(&piece);
                for spelling in &spellings {
                    let astray = piece.match_indices(spelling.as_str()).any(|(at, _)| {
                        let before = piece[..at].chars().next_back();
                        let after = piece[at + spelling.len()..].chars().next();
                        before.is_none_or(|c| !c.is_alphanumeric() && c != '.')
                            && after.is_none_or(|c| !c.is_alphanumeric())
                    });
                    if astray {
                        problems.push(format!("{lang}: {id} writes {spelling:?} another way"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
