//! Tool versions, pinned in one place: Trunk.toml. wasm-bindgen-cli must equal Cargo.lock's
//! wasm-bindgen, or the app and its JavaScript glue disagree.

use std::path::Path;

use anyhow::{Context, bail};
use serde::Deserialize;

/// The versions of the app's build tools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pins {
    /// trunk, e.g. "0.21.14".
    pub trunk: String,
    /// wasm-bindgen-cli, e.g. "0.2.130".
    pub wasm_bindgen: String,
    /// binaryen's wasm-opt major version, e.g. "132".
    pub wasm_opt: String,
}

#[derive(Deserialize)]
struct TrunkToml {
    #[serde(rename = "trunk-version")]
    trunk_version: String,
    tools: TrunkTools,
}

#[derive(Deserialize)]
struct TrunkTools {
    wasm_bindgen: String,
    wasm_opt: String,
}

#[derive(Deserialize)]
struct CargoLock {
    package: Vec<LockedPackage>,
}

#[derive(Deserialize)]
struct LockedPackage {
    name: String,
    version: String,
}

impl Pins {
    /// Reads Trunk.toml and Cargo.lock in `root` and checks that they agree.
    pub fn read(root: &Path) -> anyhow::Result<Self> {
        let trunk_toml =
            std::fs::read_to_string(root.join("Trunk.toml")).context("reading Trunk.toml")?;
        let cargo_lock =
            std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
        Self::from_texts(&trunk_toml, &cargo_lock)
    }

    fn from_texts(trunk_toml: &str, cargo_lock: &str) -> anyhow::Result<Self> {
        let trunk: TrunkToml = toml::from_str(trunk_toml).context("parsing Trunk.toml")?;
        let lock: CargoLock = toml::from_str(cargo_lock).context("parsing Cargo.lock")?;
        let pins = Self {
            trunk: exact(&trunk.trunk_version, "trunk-version")?,
            wasm_bindgen: trunk.tools.wasm_bindgen,
            wasm_opt: trunk
                .tools
                .wasm_opt
                .strip_prefix("version_")
                .context("Trunk.toml: [tools] wasm_opt must look like \"version_132\"")?
                .to_string(),
        };
        let locked = lock
            .package
            .iter()
            .find(|p| p.name == "wasm-bindgen")
            .context("Cargo.lock has no wasm-bindgen")?;
        if locked.version != pins.wasm_bindgen {
            bail!(
                "Trunk.toml pins wasm-bindgen {} but Cargo.lock has {}: set [tools] wasm_bindgen = \"{}\"",
                pins.wasm_bindgen,
                locked.version,
                locked.version
            );
        }
        Ok(pins)
    }
}

fn exact(requirement: &str, key: &str) -> anyhow::Result<String> {
    match requirement.strip_prefix('=') {
        Some(version) => Ok(version.trim().to_string()),
        None => bail!("Trunk.toml: {key} must be an exact version such as \"=0.21.14\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "trunk-version = \"=0.21.14\"\n[tools]\nwasm_bindgen = \"0.2.130\"\nwasm_opt = \"version_132\"\n";

    fn lock(version: &str) -> String {
        format!("version = 4\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"{version}\"\n")
    }

    #[test]
    fn the_repository_pins_agree_with_cargo_lock() {
        let pins = Pins::read(&crate::root()).expect("Trunk.toml and Cargo.lock agree");
        assert!(!pins.trunk.is_empty());
    }

    #[test]
    fn pins_are_read_from_trunk_toml() {
        let pins = Pins::from_texts(TRUNK, &lock("0.2.130")).expect("valid");
        assert_eq!(
            pins,
            Pins {
                trunk: "0.21.14".into(),
                wasm_bindgen: "0.2.130".into(),
                wasm_opt: "132".into()
            }
        );
    }

    #[test]
    fn a_wasm_bindgen_pin_that_differs_from_cargo_lock_is_an_error() {
        let error = Pins::from_texts(TRUNK, &lock("0.2.131")).expect_err("mismatch");
        assert!(
            error.to_string().contains("Cargo.lock has 0.2.131"),
            "{error}"
        );
    }

    #[test]
    fn a_loose_trunk_version_is_an_error() {
        let loose = TRUNK.replace("=0.21.14", "^0.21");
        assert!(Pins::from_texts(&loose, &lock("0.2.130")).is_err());
    }
}
