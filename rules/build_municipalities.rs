//! Turns data/municipalities*.csv (numbers, names, periods, successors) and
//! data/municipality-names-other-scripts.csv (names in other scripts) into `MUNICIPALITIES` and
//! `MUNICIPALITY_NAMES_OTHER_SCRIPTS`, refusing a row that is malformed or names a number that
//! is not in the list.

use std::{collections::BTreeMap, fmt::Write as _, fs, path::Path};

use super::parse_date;

struct Row {
    name: String,
    others: Vec<String>,
    from: String,
    to: String,
    successors: Vec<String>,
    at: String,
}

fn bad(at: &str, why: &str) -> ! {
    panic!("\n\n{at}: {why}\n");
}

fn is_number(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
}

fn list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn read_rows(file: &Path, rows: &mut BTreeMap<String, Row>) {
    let text = fs::read_to_string(file)
        .unwrap_or_else(|_| bad(&file.display().to_string(), "cannot read"));
    let label = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("csv")
        .to_string();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let at = format!("data/{label} line {}", n + 1);
        let cols: Vec<&str> = line.split(';').collect();
        if cols.len() != 6 {
            bad(&at, "expected 6 columns");
        }
        let [number, name, others, from, to, successors] =
            [cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]];
        if !is_number(number) {
            bad(&at, "number must be 4 digits");
        }
        if name.is_empty() {
            bad(&at, "no name");
        }
        if from != "-" && parse_date(from).is_none() {
            bad(&at, "valid_from is neither a date nor -");
        }
        if !to.is_empty() && parse_date(to).is_none() {
            bad(&at, "valid_to is not a date");
        }
        let successors = list(successors);
        if successors.iter().any(|s| !is_number(s)) {
            bad(&at, "replaced_by must be 4-digit numbers separated by |");
        }
        if !successors.is_empty() && to.is_empty() {
            bad(&at, "a replaced number needs valid_to");
        }
        let row = Row {
            name: name.to_string(),
            others: list(others),
            from: from.to_string(),
            to: to.to_string(),
            successors,
            at: at.clone(),
        };
        if rows.insert(number.to_string(), row).is_some() {
            bad(&at, &format!("number {number} appears twice"));
        }
    }
}

/// Emits the municipalities and the names in other scripts into `out`.
pub fn emit(out: &mut String, data: &Path) {
    let mut rows = BTreeMap::new();
    read_rows(&data.join("municipalities.csv"), &mut rows);
    read_rows(&data.join("municipalities-before-2020.csv"), &mut rows);
    for row in rows.values() {
        for s in &row.successors {
            if !rows.contains_key(s) {
                bad(&row.at, &format!("successor {s} is not in the list"));
            }
        }
    }
    // One compact line per number, parsed once at run time (`parameters::municipality_rows`):
    // smaller in the download than a struct literal per row. Periods run whole years.
    let mut rows_text = String::new();
    for (number, r) in &rows {
        let from = if r.from == "-" {
            "-".to_string()
        } else if r.from.ends_with("-01-01") {
            r.from[..4].to_string()
        } else {
            bad(&r.at, "valid_from must be a 1 January (or -)")
        };
        let to = if r.to.is_empty() {
            String::new()
        } else if r.to.ends_with("-12-31") {
            r.to[..4].to_string()
        } else {
            bad(&r.at, "valid_to must be a 31 December")
        };
        if r.name.contains(['|', '\n']) || r.others.iter().any(|o| o.contains('\n')) {
            bad(&r.at, "a name may not hold | or a line break");
        }
        writeln!(
            rows_text,
            "{number};{};{};{from};{to};{}",
            r.name,
            r.others.join("|"),
            r.successors.join("|")
        )
        .ok();
    }
    writeln!(
        out,
        "/// Every municipality number, current and replaced, one line each, sorted by number:\n\
         /// number;name;other names (|);first year (- before the data);last year;successors (|).\n\
         static MUNICIPALITY_ROWS: &str = {rows_text:?};\n\
         /// Every municipality number, current and replaced, sorted by number.\n\
         pub static MUNICIPALITIES: std::sync::LazyLock<Vec<Municipality>> =\n    \
         std::sync::LazyLock::new(|| municipality_rows(MUNICIPALITY_ROWS));"
    )
    .ok();

    let file = data.join("municipality-names-other-scripts.csv");
    let text = fs::read_to_string(&file)
        .unwrap_or_else(|_| bad("data/municipality-names-other-scripts.csv", "cannot read"));
    writeln!(out, "/// Names of municipalities in other scripts (number, language, name).\npub static MUNICIPALITY_NAMES_OTHER_SCRIPTS: &[(&str, &str, &str)] = &[").ok();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let at = format!("data/municipality-names-other-scripts.csv line {}", n + 1);
        let cols: Vec<&str> = line.split(';').collect();
        if cols.len() != 3 || cols[1].is_empty() || cols[2].is_empty() {
            bad(&at, "expected number;language;name");
        }
        match rows.get(cols[0]) {
            Some(r) if r.to.is_empty() => {}
            _ => bad(&at, "the number is not a municipality in force"),
        }
        writeln!(out, "    ({:?}, {:?}, {:?}),", cols[0], cols[1], cols[2]).ok();
    }
    writeln!(out, "];").ok();
}
