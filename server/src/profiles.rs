//! The municipality profiles (`rules::profile`), read from `municipalities/*.toml` when the
//! server starts: each file must parse, pass the profile's own checks, be named for its
//! municipality (`<number>-<name>.toml`, or `national.toml` for the default), and name a
//! municipality no other file does; the national default must be there. A fault anywhere stops
//! the start with one line naming the file, the edition and the field, so a faulty edition never
//! reaches a resident. `husly-server profiles check` lists every fault, for a reviewer.
//!
//! The municipalities' targets (`rules::overview::MunicipalityTargets`, in `targets/` beside the
//! profiles, `<number>-<name>.toml`) are read the same way, for the staff's overview only: they
//! are not in the profiles' JSON that every resident's phone fetches.
//!
//! A new edition is a reviewed change to the repository's files (ARCHITECTURE.md), taking effect
//! from its date once the server has restarted with it.

use std::{
    fmt,
    path::{Path, PathBuf},
};

use anyhow::{Context, bail};
use axum::http::HeaderValue;
use rules::{
    overview::MunicipalityTargets,
    profile::{MunicipalityProfile, NATIONAL, ProfileSet},
};
use sha2::{Digest, Sha256};

/// The profiles in force on this server: the set, and its JSON with the strong ETag that
/// `GET /api/municipality-profiles` answers with, both made once at start.
#[derive(Debug, Clone)]
pub struct Profiles {
    pub set: std::sync::Arc<ProfileSet>,
    pub json: axum::body::Bytes,
    pub etag: HeaderValue,
    /// The municipalities' targets, for the overview of need.
    pub targets: std::sync::Arc<Vec<MunicipalityTargets>>,
}

impl Profiles {
    /// The set, with its JSON and ETag.
    pub fn new(set: ProfileSet) -> anyhow::Result<Self> {
        let json = serde_json::to_vec(&set).context("cannot write the profiles as JSON")?;
        let digest = Sha256::digest(&json);
        let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        Ok(Self {
            set: std::sync::Arc::new(set),
            json: json.into(),
            etag: HeaderValue::from_str(&format!("\"{hex}\""))?,
            targets: std::sync::Arc::default(),
        })
    }

    /// Reads and checks every profile in `dir`; the first fault found, in one line, if any.
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        let report = check_dir(dir)?;
        if let Some(first) = report.faults().next() {
            let more = report.faults().count() - 1;
            let more = if more > 0 {
                format!(" (and {more} more: `husly-server profiles check` lists them)")
            } else {
                String::new()
            };
            bail!("a municipality profile is not valid: {first}{more}");
        }
        let profiles = report.files.into_iter().filter_map(|f| f.profile).collect();
        let mut loaded = Self::new(ProfileSet { profiles })?;
        loaded.targets = std::sync::Arc::new(load_targets(&dir.join("targets"))?);
        Ok(loaded)
    }

    /// The targets of `municipality` in force on `date`, if it has set any.
    pub fn targets_at(
        &self,
        municipality: &str,
        date: chrono::NaiveDate,
    ) -> Option<&rules::overview::TargetsEdition> {
        self.targets
            .iter()
            .find(|t| t.municipality == municipality)
            .and_then(|t| t.at(date))
    }
}

/// Every `*.toml` in `dir` as a municipality's targets (none when there is no such directory):
/// each must parse and be named for its municipality, its editions in order of their dates.
fn load_targets(dir: &Path) -> anyhow::Result<Vec<MunicipalityTargets>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    paths.sort();
    let mut all: Vec<MunicipalityTargets> = Vec::new();
    for path in paths {
        let fault = |what: String| {
            anyhow::anyhow!("the targets in {} are not valid: {what}", path.display())
        };
        let text = std::fs::read_to_string(&path).map_err(|e| fault(e.to_string()))?;
        let targets: MunicipalityTargets =
            toml::from_str(&text).map_err(|e| fault(e.message().to_string()))?;
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if stem.split('-').next() != Some(targets.municipality.as_str()) {
            return Err(fault(format!(
                "municipality {:?} does not match the file name (name it {}-<name>.toml)",
                targets.municipality, targets.municipality
            )));
        }
        if targets.editions.is_empty() || !targets.editions.is_sorted_by_key(|e| e.from) {
            return Err(fault(
                "editions missing, or not in order of their dates".into(),
            ));
        }
        if all.iter().any(|t| t.municipality == targets.municipality) {
            return Err(fault("another file has this municipality's targets".into()));
        }
        all.push(targets);
    }
    Ok(all)
}

/// One file, and what is wrong with it.
#[derive(Debug)]
pub struct FileReport {
    pub path: PathBuf,
    /// The profile, when the file parses.
    pub profile: Option<MunicipalityProfile>,
    pub faults: Vec<String>,
}

/// Every file in a directory, and what is wrong with the set as a whole.
#[derive(Debug)]
pub struct DirReport {
    pub dir: PathBuf,
    pub files: Vec<FileReport>,
    /// Faults of the set, not of one file (no national default).
    pub set_faults: Vec<String>,
}

/// A fault with where it is.
pub struct Fault<'a> {
    path: &'a Path,
    text: &'a str,
}

impl fmt::Display for Fault<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.text)
    }
}

impl DirReport {
    /// Every fault, each with its file (or the directory).
    pub fn faults(&self) -> impl Iterator<Item = Fault<'_>> {
        self.files
            .iter()
            .flat_map(|file| {
                file.faults.iter().map(|text| Fault {
                    path: &file.path,
                    text,
                })
            })
            .chain(self.set_faults.iter().map(|text| Fault {
                path: &self.dir,
                text,
            }))
    }

    /// Each file's faults or "ok", a line each; the set's faults after. For `profiles check`.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for file in &self.files {
            if file.faults.is_empty() {
                lines.push(format!("{}: ok", file.path.display()));
            }
            for text in &file.faults {
                lines.push(format!("{}: {text}", file.path.display()));
            }
        }
        for text in &self.set_faults {
            lines.push(format!("{}: {text}", self.dir.display()));
        }
        lines
    }
}

/// Reads every `*.toml` in `dir` (in name order) and checks each and the set; an error only when
/// the directory itself cannot be read.
pub fn check_dir(dir: &Path) -> anyhow::Result<DirReport> {
    let entries = std::fs::read_dir(dir).with_context(|| {
        format!(
            "cannot read the municipality profiles in {} (say where they are with \
             --profiles-dir or HUSLY_PROFILES_DIR)",
            dir.display()
        )
    })?;
    let mut paths = entries
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("cannot list {}", dir.display()))?;
    paths.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    paths.sort();
    let mut files: Vec<FileReport> = paths.into_iter().map(|path| check_file(&path)).collect();
    for i in 0..files.len() {
        let Some(number) = files[i].profile.as_ref().map(|p| p.municipality.clone()) else {
            continue;
        };
        let earlier = files[..i]
            .iter()
            .find(|f| f.profile.as_ref().is_some_and(|p| p.municipality == number))
            .map(|f| f.path.display().to_string());
        if let Some(earlier) = earlier {
            files[i].faults.push(format!(
                "municipality: {number:?} already has a profile in {earlier}"
            ));
        }
    }
    let mut set_faults = Vec::new();
    if files.is_empty() {
        set_faults.push("holds no profile (*.toml)".to_string());
    }
    let national = files.iter().any(|f| {
        f.profile
            .as_ref()
            .is_some_and(|p| p.municipality == NATIONAL)
    });
    if !national {
        set_faults.push(
            "no national default profile (national.toml, municipality = \"national\"): \
             every municipality without its own needs it"
                .to_string(),
        );
    }
    Ok(DirReport {
        dir: dir.to_path_buf(),
        files,
        set_faults,
    })
}

/// Reads and checks one file.
fn check_file(path: &Path) -> FileReport {
    let mut report = FileReport {
        path: path.to_path_buf(),
        profile: None,
        faults: Vec::new(),
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            report.faults.push(format!("cannot be read: {error}"));
            return report;
        }
    };
    let profile: MunicipalityProfile = match toml::from_str(&text) {
        Ok(profile) => profile,
        Err(error) => {
            report.faults.push(parse_fault(&text, &error));
            return report;
        }
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let named_for_it = if profile.municipality == NATIONAL {
        stem == NATIONAL
    } else {
        stem.strip_prefix(profile.municipality.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
    };
    if !named_for_it {
        report.faults.push(format!(
            "municipality: {:?} does not match the file name (name it {}-<name>.toml, or \
             national.toml for the national default)",
            profile.municipality, profile.municipality
        ));
    }
    report
        .faults
        .extend(profile.check().iter().map(ToString::to_string));
    report.profile = Some(profile);
    report
}

/// A TOML or shape error in one line: the edition (its `from`) and the field where it is, and
/// the parser's message.
fn parse_fault(text: &str, error: &toml::de::Error) -> String {
    let message = error.message().trim().replace('\n', " ");
    let Some(span) = error.span() else {
        return message;
    };
    let before = &text[..span.start.min(text.len())];
    let line_no = before.matches('\n').count() + 1;
    let lines: Vec<&str> = text.lines().collect();
    let upto = &lines[..line_no.min(lines.len())];
    // The table the line is in, and the key on the line itself.
    let table = upto
        .iter()
        .rev()
        .map(|l| l.trim())
        .find(|l| l.starts_with('['))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim().to_string());
    let key = upto
        .last()
        .and_then(|l| l.split_once('='))
        .map(|(k, _)| k.trim().to_string())
        .filter(|k| !k.starts_with('['));
    let field = match (table.as_deref(), key) {
        (Some(t), Some(k)) => format!("{}.{k}", t.strip_prefix("edition.").unwrap_or(t)),
        (Some(t), None) => t.strip_prefix("edition.").unwrap_or(t).to_string(),
        (None, Some(k)) => k,
        (None, None) => String::new(),
    };
    // The edition: the `from` of the last `[[edition]]` begun before the line.
    let edition = upto
        .iter()
        .rposition(|l| l.trim() == "[[edition]]")
        .and_then(|start| {
            lines[start..].iter().find_map(|l| {
                let (k, v) = l.split_once('=')?;
                (k.trim() == "from").then(|| v.trim().trim_matches('"').to_string())
            })
        });
    let place = match edition {
        Some(from) => format!("edition from {from}: "),
        None => String::new(),
    };
    let field = if field.is_empty() {
        String::new()
    } else {
        format!("{field}: ")
    };
    format!("line {line_no}: {place}{field}{message}")
}
