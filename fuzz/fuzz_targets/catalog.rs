//! Any bytes as the catalog cache file.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let _ = swelearn::invariants::catalog(bytes);
});
