//! A document's content at rest. Each document has a key of its own (32 random bytes) that seals
//! each part of its content with ChaCha20-Poly1305, bound to the document's id and the part's
//! offset, so a part cannot be moved within a document or to another one unnoticed. The key is
//! kept only wrapped by the server's document key (`Secrets::wrap_document_key`), beside the
//! document: a key rotation unwraps and wraps those 60-byte keys again and never touches the
//! content, however many megabytes it is.

use chacha20poly1305::{ChaCha20Poly1305, KeyInit};

use crate::secrets::{self, Secrets};

/// What each part's ciphertext is bound to, with the document's id and the part's offset after.
const PART_AAD: &[u8] = b"husly document part v1 ";

/// One document's own key.
pub struct DocumentKey(ChaCha20Poly1305);

impl DocumentKey {
    /// A new random key for the document `document_id`, and that key wrapped to keep.
    pub fn new(secrets: &Secrets, document_id: &str) -> anyhow::Result<(Self, Vec<u8>)> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
        let wrapped = secrets.wrap_document_key(document_id, &key)?;
        Ok((Self(ChaCha20Poly1305::new(&key.into())), wrapped))
    }

    /// The key of `document_id` from its wrapped form.
    pub fn open(secrets: &Secrets, document_id: &str, wrapped: &[u8]) -> anyhow::Result<Self> {
        let key = secrets.unwrap_document_key(document_id, wrapped)?;
        Ok(Self(ChaCha20Poly1305::new(&key.into())))
    }

    /// The part of `document_id` that starts at byte `offset`, sealed.
    pub fn seal_part(
        &self,
        document_id: &str,
        offset: u64,
        part: &[u8],
    ) -> anyhow::Result<Vec<u8>> {
        secrets::seal(&self.0, part, &part_aad(document_id, offset))
    }

    /// A part `seal_part` sealed, opened; an error if it was altered or moved.
    pub fn open_part(
        &self,
        document_id: &str,
        offset: u64,
        sealed: &[u8],
    ) -> anyhow::Result<Vec<u8>> {
        secrets::open(&self.0, sealed, &part_aad(document_id, offset))
    }
}

fn part_aad(document_id: &str, offset: u64) -> Vec<u8> {
    [
        PART_AAD,
        document_id.as_bytes(),
        b" ",
        offset.to_string().as_bytes(),
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_open_only_where_they_were_sealed_and_under_the_servers_key() {
        let secrets = Secrets::from_master(&[7; 32]);
        let (key, wrapped) = DocumentKey::new(&secrets, "doc-a").expect("a key");
        let sealed = key.seal_part("doc-a", 0, b"%PDF-1.7").expect("seals");
        assert!(!sealed.windows(8).any(|w| w == b"%PDF-1.7"), "not in clear");
        let again = DocumentKey::open(&secrets, "doc-a", &wrapped).expect("unwraps");
        assert_eq!(
            again.open_part("doc-a", 0, &sealed).expect("opens"),
            b"%PDF-1.7"
        );
        // Moved to another offset or document, it does not open.
        assert!(again.open_part("doc-a", 262_144, &sealed).is_err());
        assert!(again.open_part("doc-b", 0, &sealed).is_err());
        // The wrapped key belongs to its document and to the server's key.
        assert!(DocumentKey::open(&secrets, "doc-b", &wrapped).is_err());
        let other = Secrets::from_master(&[8; 32]);
        assert!(DocumentKey::open(&other, "doc-a", &wrapped).is_err());
    }
}
