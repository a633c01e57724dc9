//! The server's secret key and what it protects: the receipt secret that lets a resident read
//! their application's status (HMAC-SHA256 of the reference, so nothing needs storing and a
//! retry gets the same one), the national id at rest (ChaCha20-Poly1305), and the fingerprint
//! that recognises a retried submission without keeping the national id in clear.
//!
//! The key comes from `HUSLY_SECRET_KEY` (32 bytes, base64) or, by default, from `secret.key` in
//! the data directory, created on first run with permissions 0600. Losing it means the stored
//! national ids can no longer be read: back it up with the database. The database keeps a key
//! check value (`data_guard`), so a start with the wrong key is refused; after a key rotation,
//! receipts given out before are recognised by the SHA-256 digest of their secret.

use std::path::Path;

use anyhow::{Context, bail};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chacha20poly1305::{
    ChaCha20Poly1305, KeyInit, Nonce,
    aead::{Aead, Payload},
};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Bytes of HMAC kept in a receipt secret: 160 bits, 27 characters.
const RECEIPT_SECRET_BYTES: usize = 20;
/// What the national id's ciphertext is bound to, so it cannot be moved to another use.
const NATIONAL_ID_AAD: &[u8] = b"husly national id v1";
/// What a document's wrapped key is bound to, with the document's id after it.
const DOCUMENT_KEY_AAD: &[u8] = b"husly document key v1 ";

/// The keys derived from the server's secret key, one per purpose.
#[derive(Clone)]
pub struct Secrets {
    check: [u8; 32],
    receipt: [u8; 32],
    fingerprint: [u8; 32],
    national_id: ChaCha20Poly1305,
    /// Wraps each document's own key (`documents_sealed::DocumentKey`).
    document_key: ChaCha20Poly1305,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets(..)")
    }
}

impl Secrets {
    /// Derives the keys from a 32-byte master key (HKDF-SHA256, one label per purpose).
    pub fn from_master(master: &[u8; 32]) -> Self {
        let hkdf = Hkdf::<Sha256>::new(Some(b"husly"), master);
        let derive = |label: &[u8]| {
            let mut key = [0u8; 32];
            // 32 bytes is far below HKDF-SHA256's limit of 8 160: this cannot fail.
            hkdf.expand(label, &mut key).map(|()| key)
        };
        let (Ok(check), Ok(receipt), Ok(fingerprint), Ok(national_id), Ok(document_key)) = (
            derive(b"key check"),
            derive(b"receipt secret"),
            derive(b"content fingerprint"),
            derive(b"national id"),
            derive(b"document key"),
        ) else {
            unreachable!("HKDF-SHA256 gives 32 bytes");
        };
        Self {
            check,
            receipt,
            fingerprint,
            national_id: ChaCha20Poly1305::new(&national_id.into()),
            document_key: ChaCha20Poly1305::new(&document_key.into()),
        }
    }

    /// The key from `value` (base64 of 32 bytes), or from `dir/secret.key`, created if missing.
    pub fn load(value: Option<&str>, dir: &Path) -> anyhow::Result<Self> {
        let master = match value {
            Some(text) => {
                decode_key(text).context("HUSLY_SECRET_KEY must be 32 bytes in base64")?
            }
            None => key_file(&dir.join("secret.key"))?,
        };
        Ok(Self::from_master(&master))
    }

    /// A value the database keeps to recognise this key: an HKDF output of its own label, which
    /// says nothing about the other derived keys.
    pub fn key_check(&self) -> String {
        URL_SAFE_NO_PAD.encode(&self.check[..16])
    }

    /// The digest kept for the receipt secret of `reference` when this key is rotated away.
    pub fn receipt_digest(&self, reference: &str) -> String {
        let tag = self.receipt_mac(reference).finalize().into_bytes();
        digest(&tag[..RECEIPT_SECRET_BYTES])
    }

    /// Whether `secret` is one of the receipt secrets whose digests are in `digests`
    /// (space-separated, as key rotations keep them).
    pub fn verify_receipt_digest(secret: &str, digests: &str) -> bool {
        let Ok(bytes) = URL_SAFE_NO_PAD.decode(secret.trim()) else {
            return false;
        };
        let wanted = digest(&bytes);
        bytes.len() == RECEIPT_SECRET_BYTES && digests.split(' ').any(|d| d == wanted)
    }

    /// The secret printed on the receipt of `reference`.
    pub fn receipt_secret(&self, reference: &str) -> String {
        let tag = self.receipt_mac(reference).finalize().into_bytes();
        URL_SAFE_NO_PAD.encode(&tag[..RECEIPT_SECRET_BYTES])
    }

    /// Whether `secret` is the receipt secret of `reference`, compared in constant time.
    pub fn verify_receipt(&self, reference: &str, secret: &str) -> bool {
        let Ok(bytes) = URL_SAFE_NO_PAD.decode(secret.trim()) else {
            return false;
        };
        bytes.len() == RECEIPT_SECRET_BYTES
            && self
                .receipt_mac(reference)
                .verify_truncated_left(&bytes)
                .is_ok()
    }

    fn receipt_mac(&self, reference: &str) -> HmacSha256 {
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.receipt)
            .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
        mac.update(reference.as_bytes());
        mac
    }

    /// What makes a retry "the same application": a keyed fingerprint of its answers, the
    /// national id included, and nothing the server decides or recomputes (`on_behalf`, the
    /// dated estimate), so the same answers sent again a day later are one application. The
    /// submission and a key rotation both use this, so they cannot drift apart.
    pub fn application_fingerprint(
        &self,
        application: &rules::application::Application,
    ) -> anyhow::Result<String> {
        let content = serde_json::to_vec(&application.answers())
            .context("cannot serialise an application's answers")?;
        Ok(self.fingerprint(&content))
    }

    /// A keyed fingerprint of exact content: equal for a retry, different for any change, and
    /// useless for guessing the national id inside it without the key.
    pub fn fingerprint(&self, content: &[u8]) -> String {
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.fingerprint)
            .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
        mac.update(content);
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    /// The national id encrypted: a random 12-byte nonce, then the ciphertext with its tag.
    pub fn seal_national_id(&self, national_id: &str) -> anyhow::Result<Vec<u8>> {
        seal(&self.national_id, national_id.as_bytes(), NATIONAL_ID_AAD)
    }

    /// The national id from what `seal_national_id` made; an error if it was altered or sealed
    /// with another key.
    pub fn open_national_id(&self, sealed: &[u8]) -> anyhow::Result<String> {
        let plain = open(&self.national_id, sealed, NATIONAL_ID_AAD)
            .context("the national id cannot be opened with this key")?;
        String::from_utf8(plain).context("a sealed national id is not text")
    }

    /// A document's own key (32 bytes) wrapped for keeping beside it, bound to its id.
    pub fn wrap_document_key(&self, document_id: &str, key: &[u8; 32]) -> anyhow::Result<Vec<u8>> {
        seal(&self.document_key, key, &document_aad(document_id))
    }

    /// The document key `wrap_document_key` wrapped; an error if it was altered, belongs to
    /// another document or was wrapped with another key.
    pub fn unwrap_document_key(
        &self,
        document_id: &str,
        wrapped: &[u8],
    ) -> anyhow::Result<[u8; 32]> {
        let plain = open(&self.document_key, wrapped, &document_aad(document_id))
            .context("a document's key cannot be opened with this key")?;
        plain
            .try_into()
            .map_err(|_| anyhow::anyhow!("a document's key is not 32 bytes"))
    }
}

fn document_aad(document_id: &str) -> Vec<u8> {
    [DOCUMENT_KEY_AAD, document_id.as_bytes()].concat()
}

/// `plain` encrypted under `cipher`, bound to `aad`: a random 12-byte nonce, then the
/// ciphertext with its tag.
pub fn seal(cipher: &ChaCha20Poly1305, plain: &[u8], aad: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut nonce = [0u8; 12];
    getrandom::fill(&mut nonce).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let sealed = cipher
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain, aad })
        .map_err(|_| anyhow::anyhow!("cannot encrypt"))?;
    Ok([nonce.as_slice(), &sealed].concat())
}

/// What `seal` made, opened; an error if it was altered, bound to something else or sealed
/// under another key.
pub fn open(cipher: &ChaCha20Poly1305, sealed: &[u8], aad: &[u8]) -> anyhow::Result<Vec<u8>> {
    if sealed.len() < 12 + 16 {
        bail!("sealed data too short");
    }
    let (nonce, ciphertext) = sealed.split_at(12);
    cipher
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad,
            },
        )
        .map_err(|_| anyhow::anyhow!("cannot be opened"))
}

/// SHA-256 of a receipt secret's bytes, in base64: 160 random bits cannot be found from it.
fn digest(bytes: &[u8]) -> String {
    use sha2::Digest;
    URL_SAFE_NO_PAD.encode(Sha256::digest(bytes))
}

/// The key file in the data directory.
pub fn key_path(dir: &Path) -> std::path::PathBuf {
    dir.join("secret.key")
}

/// A 32-byte key from base64 (standard or URL-safe).
pub fn decode_key(text: &str) -> anyhow::Result<[u8; 32]> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .or_else(|_| URL_SAFE_NO_PAD.decode(text.trim()))
        .context("not base64")?;
    bytes
        .try_into()
        .map_err(|b: Vec<u8>| anyhow::anyhow!("{} bytes, not 32", b.len()))
}

/// Reads the key file, or creates it (0600) with a new random key.
fn key_file(path: &Path) -> anyhow::Result<[u8; 32]> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            decode_key(&text).with_context(|| format!("{} is not a valid key", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut key = [0u8; 32];
            getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
            write_private(path, &base64::engine::general_purpose::STANDARD.encode(key))
                .with_context(|| format!("cannot write the key file {}", path.display()))?;
            tracing::info!(path = %path.display(), "created a new secret key");
            Ok(key)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read the key file {}", path.display())),
    }
}

/// Writes `key` (base64) to a new file at `path`, readable by its owner only.
pub fn write_key_file(path: &Path, key: &[u8; 32]) -> std::io::Result<()> {
    write_private(path, &base64::engine::general_purpose::STANDARD.encode(key))
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::{io::Write, os::unix::fs::OpenOptionsExt};
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets() -> Secrets {
        Secrets::from_master(&[7u8; 32])
    }

    #[test]
    fn a_receipt_secret_opens_its_own_reference_only() {
        let s = secrets();
        let secret = s.receipt_secret("HUS-AAAAA-BBBBB");
        assert_eq!(secret.len(), 27);
        assert_eq!(
            secret,
            s.receipt_secret("HUS-AAAAA-BBBBB"),
            "the same every time"
        );
        assert!(s.verify_receipt("HUS-AAAAA-BBBBB", &secret));
        assert!(!s.verify_receipt("HUS-AAAAA-BBBBC", &secret));
        assert!(!s.verify_receipt("HUS-AAAAA-BBBBB", "not base64 at all!"));
        assert!(!s.verify_receipt("HUS-AAAAA-BBBBB", &secret[..20]));
        let other = Secrets::from_master(&[8u8; 32]);
        assert!(!other.verify_receipt("HUS-AAAAA-BBBBB", &secret));
    }

    #[test]
    fn a_national_id_is_sealed_differently_each_time_and_opens_only_with_the_key() {
        let s = secrets();
        let a = s.seal_national_id("15038500047").expect("seals");
        let b = s.seal_national_id("15038500047").expect("seals");
        assert_ne!(a, b, "a fresh nonce each time");
        assert!(!a.windows(11).any(|w| w == b"15038500047"));
        assert_eq!(s.open_national_id(&a).expect("opens"), "15038500047");
        let mut altered = a.clone();
        altered[20] ^= 1;
        assert!(s.open_national_id(&altered).is_err());
        assert!(
            Secrets::from_master(&[8u8; 32])
                .open_national_id(&a)
                .is_err()
        );
        assert!(s.open_national_id(&a[..10]).is_err());
    }

    #[test]
    fn the_key_file_is_created_private_once_and_read_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = Secrets::load(None, dir.path()).expect("creates");
        let second = Secrets::load(None, dir.path()).expect("reads");
        assert_eq!(first.receipt_secret("R"), second.receipt_secret("R"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("secret.key"))
                .expect("exists")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(
            Secrets::load(Some("c2hvcnQ="), dir.path()).is_err(),
            "5 bytes is not a key"
        );
    }

    #[test]
    fn the_key_check_tells_keys_apart_and_a_receipt_digest_outlives_its_key() {
        let (old, new) = (secrets(), Secrets::from_master(&[8u8; 32]));
        assert_eq!(old.key_check(), secrets().key_check());
        assert_ne!(old.key_check(), new.key_check());
        let secret = old.receipt_secret("HUS-AAAAA-BBBBB");
        let digests = format!(
            "{} {}",
            new.receipt_digest("X"),
            old.receipt_digest("HUS-AAAAA-BBBBB")
        );
        assert!(!new.verify_receipt("HUS-AAAAA-BBBBB", &secret));
        assert!(Secrets::verify_receipt_digest(&secret, &digests));
        assert!(!Secrets::verify_receipt_digest(
            &new.receipt_secret("HUS-AAAAA-BBBBB"),
            &digests
        ));
        assert!(!Secrets::verify_receipt_digest("", ""));
        assert!(!Secrets::verify_receipt_digest("not base64!", &digests));
    }
}
