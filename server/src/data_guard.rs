//! Refuses to start, with one clear line, on data that would be lost or unreadable: a missing
//! data directory (unless this is the first start, said with `--create-data-dir`), a database
//! gone while its key remains, a key gone or replaced while the database holds data sealed with
//! it (the key check value), or a database that cannot be written.

use std::{path::PathBuf, str::FromStr};

use anyhow::{Context, bail};

use crate::{
    config::Config,
    secrets::{self, Secrets},
    storage::{self, Storage},
};

const WRONG_KEY: &str = "the secret key does not open this database's sealed data: restore the \
     key that belongs to it (from the same backup as the database); if `keys rotate` was \
     interrupted, the new key is in secret.key.new";

/// Checks the data directory before anything opens it, creates it on the first start, and
/// makes it private (0700).
pub fn prepare_data_dir(config: &Config) -> anyhow::Result<()> {
    if config.database_url.is_some() && config.secret_key.is_some() {
        return Ok(()); // Nothing lives in the data directory.
    }
    let dir = &config.data_dir;
    if !dir.exists() {
        if !config.create_data_dir {
            bail!(
                "the data directory {} does not exist: on the first start, say so with \
                 --create-data-dir (HUSLY_CREATE_DATA_DIR=true); otherwise mount it or restore \
                 it from the backup",
                dir.display()
            );
        }
        storage::create_dir(dir)?;
        tracing::info!(dir = %dir.display(), "created the data directory");
        return Ok(());
    }
    make_private(dir);
    let key = secrets::key_path(dir);
    if config.secret_key.is_none()
        && key.exists()
        && let Some(database) = sqlite_file(&config.effective_database_url())
        && !database.exists()
    {
        bail!(
            "the database {} is missing but its key {} is there: restore the database from the \
             backup (to start empty on purpose, move the key file away first)",
            database.display(),
            key.display()
        );
    }
    Ok(())
}

/// Opens the database and the key, and refuses if they do not belong together or the database
/// cannot be written. On the first start, creates the key and stores its check value.
pub async fn open(config: &Config) -> anyhow::Result<(Storage, Secrets)> {
    prepare_data_dir(config)?;
    let storage = Storage::connect(&config.effective_database_url()).await?;
    match check(config, &storage).await {
        Ok(secrets) => Ok((storage, secrets)),
        Err(error) => {
            storage.close().await;
            Err(error)
        }
    }
}

async fn check(config: &Config, storage: &Storage) -> anyhow::Result<Secrets> {
    storage.check_writable().await.context(
        "the database is not writable (check the files' owner and permissions, and free space)",
    )?;
    let stored = storage.key_check().await?;
    let key = secrets::key_path(&config.data_dir);
    if config.secret_key.is_none()
        && !key.exists()
        && (stored.is_some() || storage.any_sealed_national_id().await?.is_some())
    {
        bail!(
            "the key file {} is missing but the database holds data sealed with it: restore the \
             key from the backup (a new key could not open that data)",
            key.display()
        );
    }
    let secrets = Secrets::load(config.secret_key.as_deref(), &config.data_dir)?;
    match stored {
        Some(value) if value == secrets.key_check() => {}
        Some(_) => bail!(WRONG_KEY),
        None => {
            // The first start, or a database from before the key check: the key must open
            // what is there.
            if let Some(sealed) = storage.any_sealed_national_id().await?
                && secrets.open_national_id(&sealed).is_err()
            {
                bail!(WRONG_KEY);
            }
            storage.set_key_check(&secrets.key_check()).await?;
        }
    }
    Ok(secrets)
}

/// The file of an SQLite database URL.
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    if !url.starts_with("sqlite:") {
        return None;
    }
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(url).ok()?;
    let file = options.get_filename();
    (!file.as_os_str().is_empty() && file != std::path::Path::new(":memory:"))
        .then(|| file.to_path_buf())
}

/// Narrows the data directory to its owner (0700) if it is wider.
fn make_private(dir: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(metadata) = std::fs::metadata(dir)
            && metadata.permissions().mode() & 0o077 != 0
            && let Err(error) =
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
        {
            tracing::warn!(%error, dir = %dir.display(), "cannot make the data directory private");
        }
    }
}
