//! What keeps the stored data from being lost by accident: the key check value, the proof that
//! a write would succeed, the SQLite file's presence and permissions.

use std::path::{Path, PathBuf};

use sqlx::sqlite::SqlitePool;

use super::{Storage, on_both};

impl Storage {
    /// The key check value stored at the first start, if any.
    pub async fn key_check(&self) -> Result<Option<String>, sqlx::Error> {
        on_both!(
            self,
            sqlx::query_scalar::<_, String>,
            "SELECT value FROM key_check WHERE id = 1",
            fetch_optional,
            |q| q
        )
    }

    /// Stores the key check value (replacing one before, after a key rotation).
    pub async fn set_key_check(&self, value: &str) -> Result<(), sqlx::Error> {
        on_both!(
            self,
            sqlx::query,
            "INSERT INTO key_check (id, value) VALUES (1, ?) \
             ON CONFLICT (id) DO UPDATE SET value = excluded.value",
            execute,
            |q| q.bind(value)
        )
        .map(drop)
    }

    /// One sealed national id, if the database holds any: what the key must open.
    pub async fn any_sealed_national_id(&self) -> Result<Option<Vec<u8>>, sqlx::Error> {
        on_both!(
            self,
            sqlx::query_scalar::<_, Vec<u8>>,
            "SELECT national_id_sealed FROM applications \
             WHERE national_id_sealed IS NOT NULL LIMIT 1",
            fetch_optional,
            |q| q
        )
    }

    /// An error unless a write would succeed now: the SQLite file is still where it was opened
    /// (a deleted data directory keeps answering through open files, and loses everything at
    /// the restart), and a row can be written (then rolled back).
    pub async fn check_writable(&self) -> anyhow::Result<()> {
        if let Self::Sqlite(pool, _) = self
            && let Some(missing) = missing_file(pool)
        {
            anyhow::bail!("the database file {} is gone", missing.display());
        }
        let now = chrono::Utc::now();
        match self {
            Self::Sqlite(pool, _) => {
                let mut tx = crate::storage::begin_write(pool).await?;
                sqlx::query("INSERT INTO write_probe (at) VALUES (?)")
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.rollback().await?;
            }
            Self::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                sqlx::query("INSERT INTO write_probe (at) VALUES ($1)")
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.rollback().await?;
            }
        }
        Ok(())
    }

    /// A consistent copy of the SQLite database in a new file, taken while others may write.
    pub async fn vacuum_into(&self, path: &Path) -> anyhow::Result<()> {
        let Self::Sqlite(pool, _) = self else {
            anyhow::bail!("only an SQLite database can be copied this way");
        };
        sqlx::query("VACUUM INTO ?")
            .bind(path.to_string_lossy().into_owned())
            .execute(pool)
            .await?;
        Ok(())
    }

    /// The receipt digests kept for `reference` by key rotations (space-separated).
    pub async fn receipt_digests(&self, reference: &str) -> Result<Option<String>, sqlx::Error> {
        on_both!(
            self,
            sqlx::query_scalar::<_, Option<String>>,
            "SELECT receipt_digests FROM applications WHERE reference = ?",
            fetch_optional,
            |q| q.bind(reference)
        )
        .map(Option::flatten)
    }
}

/// The SQLite file of `pool`, if it no longer exists.
pub(super) fn missing_file(pool: &SqlitePool) -> Option<PathBuf> {
    let options = pool.connect_options();
    let file = options.get_filename();
    (!file.as_os_str().is_empty() && !file.exists()).then(|| file.to_path_buf())
}

/// Creates an empty database file readable by its owner only, before SQLite opens it (SQLite
/// gives its -wal and -shm files the database file's permissions).
pub(super) fn create_private_file(path: &Path) -> anyhow::Result<()> {
    if path.exists() || path.as_os_str().is_empty() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map(drop)
            .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Makes the database file and its -wal and -shm files private (0600), for databases made
/// before this was done at creation.
pub(super) fn make_files_private(path: &Path) {
    #[cfg(unix)]
    for suffix in ["", "-wal", "-shm"] {
        use std::os::unix::fs::PermissionsExt;
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let file = PathBuf::from(name);
        let Ok(metadata) = std::fs::metadata(&file) else {
            continue;
        };
        if metadata.permissions().mode() & 0o077 != 0
            && let Err(error) =
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
        {
            tracing::warn!(%error, file = %file.display(), "cannot make the file private");
        }
    }
}
