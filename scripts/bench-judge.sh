#!/usr/bin/env bash
# The coding judge: overhead per test in each language (process start, input and harness on a
# trivial problem, one test alone and per test in a batch), compile time against a cache hit,
# and the time to judge whole Python and Rust submissions of the sample problems (cold: empty
# cache and first calibration; warm: both cached).
#
# Needs the toolchains (python3, rustc, g++, a JDK, node, go); a missing one is skipped.
# Usage: scripts/bench-judge.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
cargo build --release --quiet -p swelearn --example judge_bench
exec "$PWD/target/release/examples/judge_bench" "$PWD/target/release/swelearn" "$PWD"
