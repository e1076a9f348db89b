//! The catalog's cache file: a header (magic, format version, the sources' fingerprint, a CRC-32
//! of the rest), then the catalog encoded with serde in postcard's compact binary form. The
//! derived encoding follows the structs, so the file can never drift from them; the version
//! names the format, and the checksum catches a file damaged on disk. The bytes are untrusted (a
//! damaged, foreign or planted file): whatever does not match is an error and the caller
//! rebuilds, and a catalog whose ids, titles or tags could not have come from the parser, or
//! whose index does not hold together, is refused. No count read from the file sizes an
//! allocation beyond what serde allows for (a megabyte at most).

use super::{Catalog, DocMeta};
use crate::sanitize;

/// The first bytes of every catalog cache.
const MAGIC: &[u8; 8] = b"SWLCAT\0\0";
/// The format version: raise it whenever `Catalog` or anything in it changes shape.
pub const VERSION: u32 = 6;
/// Magic, version, fingerprint, checksum.
const HEADER_BYTES: usize = 8 + 4 + 8 + 4;

/// Why a cache file was not used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CacheError {
    #[error("not a catalog cache")]
    NotACache,
    #[error("a catalog cache of format {found}, not {VERSION}")]
    OtherVersion { found: u32 },
    #[error("a catalog cache of other topic files")]
    OtherSources,
    #[error("the catalog cache is damaged (its checksum does not match)")]
    Damaged,
    #[error("the catalog cache cannot be decoded: {0}")]
    Undecodable(String),
    #[error("the catalog cache holds what no topic file could give")]
    Implausible,
    #[error("the catalog cannot be encoded: {0}")]
    Unencodable(String),
}

pub fn encode(catalog: &Catalog, fingerprint: u64) -> Result<Vec<u8>, CacheError> {
    let payload =
        postcard::to_stdvec(catalog).map_err(|e| CacheError::Unencodable(e.to_string()))?;
    Ok(seal(&payload, fingerprint))
}

/// A cache file holding `payload`: the header for it, then the payload. (`encode` uses it, and
/// so do the fuzz checks, to reach the decoder behind the checksum with any bytes.)
pub fn seal(payload: &[u8], fingerprint: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_BYTES + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&fingerprint.to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// The fingerprint a cache file's header names, if it has a header.
pub fn fingerprint_of(bytes: &[u8]) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(12..20)?.try_into().ok()?))
}

pub fn decode(bytes: &[u8], fingerprint: u64) -> Result<Catalog, CacheError> {
    if bytes.len() < HEADER_BYTES || &bytes[..8] != MAGIC {
        return Err(CacheError::NotACache);
    }
    let word =
        |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    let found = word(8);
    if found != VERSION {
        return Err(CacheError::OtherVersion { found });
    }
    if fingerprint_of(bytes) != Some(fingerprint) {
        return Err(CacheError::OtherSources);
    }
    let payload = &bytes[HEADER_BYTES..];
    if crc32fast::hash(payload) != word(20) {
        return Err(CacheError::Damaged);
    }
    let (catalog, rest): (Catalog, &[u8]) =
        postcard::take_from_bytes(payload).map_err(|e| CacheError::Undecodable(e.to_string()))?;
    if !rest.is_empty() {
        return Err(CacheError::Undecodable(format!(
            "{} bytes after the catalog",
            rest.len()
        )));
    }
    if !plausible(&catalog) {
        return Err(CacheError::Implausible);
    }
    Ok(catalog)
}

/// Whether a catalog could have come from the parser and the index builder: valid ids, titles
/// and tags without control characters (they are printed as they are), and an index over
/// exactly its documents.
fn plausible(c: &Catalog) -> bool {
    let doc = |d: &DocMeta| {
        crate::front_matter::is_valid_id(&d.id)
            && !d.title.is_empty()
            && !sanitize::has_controls(&d.title)
            && d.tags.iter().all(|t| !sanitize::has_controls(t))
    };
    c.index.doc_len.len() == c.docs.len()
        && c.index.is_consistent()
        && c.index.doc_len.iter().all(|l| l.is_finite() && *l >= 0.0)
        && c.docs.iter().all(doc)
}

/// A value encoded as the payload is (for tests that build payloads by hand).
#[cfg(test)]
pub fn payload<T: serde::Serialize>(value: &T) -> Vec<u8> {
    postcard::to_stdvec(value).expect("encodes")
}
