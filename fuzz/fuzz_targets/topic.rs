//! Any bytes as a topic file: parsed, rendered every way, never a control character out.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| swelearn::invariants::topic(bytes));
