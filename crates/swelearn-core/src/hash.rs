//! FNV-1a, 64-bit (the `fnv` crate): the project's one non-cryptographic hash, for card ids, the
//! spread of review intervals, the labs' keys and the catalog's cache keys. Card ids are stored
//! in users' databases, so the function and the way fields are fed to it never change.

use std::hash::Hasher as _;

use fnv::FnvHasher;

/// Where every FNV-1a hash of 64 bits starts.
pub const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

/// Ends a field: no UTF-8 text holds this byte, so ("ab", "c") and ("a", "bc") hash apart.
const FIELD_END: u8 = 0xff;

/// An FNV-1a hash being computed.
#[derive(Default)]
pub struct Fnv1a(FnvHasher);

impl Fnv1a {
    /// From the standard offset basis.
    pub fn new() -> Self {
        Self::default()
    }

    /// From another starting value (a seeded family of hashes).
    pub fn with_basis(basis: u64) -> Self {
        Fnv1a(FnvHasher::with_key(basis))
    }

    /// Feeds bytes as they are.
    pub fn write(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.write(bytes);
        self
    }

    /// Feeds one field of several: its bytes, then an end marker.
    pub fn field(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.write(bytes);
        self.0.write_u8(FIELD_END);
        self
    }

    pub fn finish(&self) -> u64 {
        self.0.finish()
    }
}

/// FNV-1a of some bytes.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    Fnv1a::new().write(bytes).finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), OFFSET_BASIS);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn fields_are_kept_apart() {
        let two = |a: &str, b: &str| {
            Fnv1a::new()
                .field(a.as_bytes())
                .field(b.as_bytes())
                .finish()
        };
        assert_ne!(two("ab", "c"), two("a", "bc"));
        assert_eq!(two("a", "bc"), fnv1a(b"a\xffbc\xff"));
    }
}
