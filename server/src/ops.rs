//! The operator's commands besides serving: `backup --to DIR` and `keys rotate`.

use std::path::Path;

use anyhow::{Context, bail};

use crate::{
    config::Config,
    data_guard,
    secrets::{self, Secrets},
    storage::{Resealed, SealedRow, Storage},
};

/// Copies the SQLite database (a consistent snapshot, `VACUUM INTO`, safe while the server runs)
/// and the key file into `to`, a new directory readable by its owner only.
pub async fn backup(config: &Config, to: &Path) -> anyhow::Result<String> {
    if to.exists() {
        bail!(
            "{} exists already: back up into a new directory",
            to.display()
        );
    }
    let url = config.effective_database_url();
    if data_guard::sqlite_file(&url).is_none() {
        bail!(
            "backup copies SQLite databases; for PostgreSQL use pg_dump (see the README) and copy \
             the key"
        );
    }
    let (storage, _secrets) = data_guard::open(config).await?;
    crate::storage::create_dir(to)?;
    let database = to.join("husly.sqlite3");
    let copied = storage.vacuum_into(&database).await;
    storage.close().await;
    copied.with_context(|| format!("cannot write {}", database.display()))?;
    make_private(&database)?;
    if config.secret_key.is_some() {
        return Ok(format!(
            "backed up the database to {}; the key is HUSLY_SECRET_KEY: keep a copy of it with \
             this backup",
            to.display()
        ));
    }
    let key = secrets::key_path(&config.data_dir);
    std::fs::copy(&key, secrets::key_path(to))
        .with_context(|| format!("cannot copy the key file {}", key.display()))?;
    make_private(&secrets::key_path(to))?;
    Ok(format!(
        "backed up the database and its key to {}",
        to.display()
    ))
}

/// Re-seals every application under `new_key` (base64) in one transaction, then puts the new
/// key in place of secret.key (or asks for HUSLY_SECRET_KEY to be changed).
pub async fn rotate(config: &Config, new_key: &str) -> anyhow::Result<String> {
    let new_master =
        secrets::decode_key(new_key).context("the new key must be 32 bytes in base64")?;
    let (storage, old) = data_guard::open(config).await?;
    let new = Secrets::from_master(&new_master);
    let result = rotate_open(config, &storage, &old, &new, &new_master).await;
    storage.close().await;
    result
}

async fn rotate_open(
    config: &Config,
    storage: &Storage,
    old: &Secrets,
    new: &Secrets,
    new_master: &[u8; 32],
) -> anyhow::Result<String> {
    if old.key_check() == new.key_check() {
        bail!("the new key is the key in use");
    }
    // The new key is on disk before any data depends on it.
    let key = secrets::key_path(&config.data_dir);
    let pending = config.data_dir.join("secret.key.new");
    if config.secret_key.is_none() {
        let _ = std::fs::remove_file(&pending);
        secrets::write_key_file(&pending, new_master)
            .with_context(|| format!("cannot write {}", pending.display()))?;
    }
    let count = storage
        .reseal_all(
            |row| reseal(row, old, new),
            |document_id, wrapped| {
                let key = old
                    .unwrap_document_key(document_id, wrapped)
                    .with_context(|| format!("document {document_id}"))?;
                new.wrap_document_key(document_id, &key)
            },
            &new.key_check(),
        )
        .await
        .context("the rotation was rolled back; the old key still holds")?;
    if config.secret_key.is_some() {
        return Ok(format!(
            "re-sealed {count} applications: set HUSLY_SECRET_KEY to the new key before the next \
             start"
        ));
    }
    std::fs::rename(&pending, &key)
        .with_context(|| format!("cannot move {} to {}", pending.display(), key.display()))?;
    Ok(format!(
        "re-sealed {count} applications under the new key in {}",
        key.display()
    ))
}

/// One application under the new key: its national id sealed again, its fingerprint computed
/// again (so a retry is still recognised), and the digest of its receipt secret under the old
/// key kept (so the resident's receipt still works).
fn reseal(row: &SealedRow, old: &Secrets, new: &Secrets) -> anyhow::Result<Resealed> {
    let national_id = row
        .national_id_sealed
        .as_deref()
        .map(|sealed| old.open_national_id(sealed))
        .transpose()
        .with_context(|| format!("application {}", row.reference))?;
    let fingerprint = match &national_id {
        Some(id) => fingerprint(row, id, new),
        None => None,
    };
    let national_id_sealed = national_id
        .as_deref()
        .map(|id| new.seal_national_id(id))
        .transpose()?;
    let old_digest = old.receipt_digest(&row.reference);
    let receipt_digests = match row.receipt_digests.as_deref() {
        Some(digests) if !digests.is_empty() => format!("{digests} {old_digest}"),
        _ => old_digest,
    };
    Ok(Resealed {
        national_id_sealed,
        fingerprint,
        receipt_digests,
    })
}

/// The fingerprint the submission computed: the stored application with its national id back.
fn fingerprint(row: &SealedRow, national_id: &str, new: &Secrets) -> Option<String> {
    let mut application: rules::application::Application =
        serde_json::from_value(row.payload.clone()).ok()?;
    application.person.national_id = national_id.to_string();
    new.application_fingerprint(&application).ok()
}

fn make_private(path: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("cannot make {} private", path.display()))?;
    }
    Ok(())
}
