//! Any bytes as a file for `swelearn import`, into a fresh store, then exported and re-imported.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    swelearn::invariants::import(bytes);
});
