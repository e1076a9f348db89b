//! The types Rust references use (`use crate::prelude::*;`), the same text every Rust harness
//! carries, and their conversions to and from test values.

include!("../../swelearn-core/src/problem/harness/rust_prelude.rs");
