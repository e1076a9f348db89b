//! The bundled library, embedded at build time from `content/` (see build.rs).

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bytes of a bundled file by name.
pub fn get(name: &str) -> Option<&'static [u8]> {
    BUNDLED.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}
