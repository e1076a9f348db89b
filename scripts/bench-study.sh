#!/usr/bin/env bash
# Study at scale: 100,000 cards (10,000 topics x 10) and a generated history of 1,000,000
# reviews. Measures opening the database with the full damage check and without it (median), the
# first card of a review session, a durable answer (median), `stats`, `optimize`, and the database's size.
#
# Needs: hyperfine and GNU time (apt-get install hyperfine time).
# Usage: scripts/bench-study.sh [TOPICS]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
TOPICS="${1:-10000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export SWELEARN_HOME="$WORK/home" SWELEARN_NOW=1800000000

cargo build --release --quiet --example study_fixture
cargo build --release --quiet
BIN="$PWD/target/release/swelearn"
"$PWD/target/release/examples/study_fixture" "$WORK/lib" "$SWELEARN_HOME" "$TOPICS"
"$BIN" --content "$WORK/lib" stats >/dev/null # warm: catalog cache and card list
echo
echo "database: $(du -m "$SWELEARN_HOME/data/swelearn.db" | cut -f1) MB ($(du -sm "$SWELEARN_HOME/data" | cut -f1) MB with WAL)"
echo
hyperfine -N --warmup 2 --runs 10 \
  --input <(printf 'q\n') "$BIN --content $WORK/lib review" \
  "$BIN --content $WORK/lib stats" 2>/dev/null || \
hyperfine --warmup 2 --runs 10 \
  "printf 'q\n' | $BIN --content $WORK/lib review" \
  "$BIN --content $WORK/lib stats"
echo
printf 'optimize: '
/usr/bin/time -f "%e s, %M KiB peak" "$BIN" --content "$WORK/lib" optimize
