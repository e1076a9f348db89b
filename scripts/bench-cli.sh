#!/usr/bin/env bash
# Whole-process benchmarks of the swelearn binary (hyperfine), with peak memory from GNU time.
#
#   1. `list` and `show database-replication --plain` on the bundled library, against `tldr tar`
#      (tealdeer rendering one offline page).
#   2. `search quorum` and `list` on a 10,000-topic library from ../shared/tools/gen-library,
#      against `rg -il quorum` over the same files; the search results are checked against the
#      generator's needles first.
#
# Needs: hyperfine, ripgrep, tealdeer, GNU time (apt-get install hyperfine ripgrep tealdeer time).
# Usage: scripts/bench-cli.sh [N]   (N topics for the large library, default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
GEN="${GEN_LIBRARY:-../shared/tools/gen-library}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet
BIN="$PWD/target/release/swelearn"
export SWELEARN_HOME="$WORK/home"

# tealdeer refuses to run without a page cache and fetching one needs the network, so give it a
# one-page cache of its own (a short page written here) to render offline.
export TEALDEER_CACHE_DIR="$WORK/tldr"
mkdir -p "$TEALDEER_CACHE_DIR/tldr-pages/pages/common"
cat > "$TEALDEER_CACHE_DIR/tldr-pages/pages/common/tar.md" <<'PAGE'
# tar

> Archive files, optionally compressed.

- Create a gzip-compressed archive of a folder:

`tar czf {{archive.tar.gz}} {{folder}}`

- Extract an archive into the current folder:

`tar xf {{archive.tar.gz}}`

- List what an archive holds:

`tar tf {{archive.tar}}`
PAGE

peak() { # prints the peak resident memory of a command, in MiB
  /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f MiB", $1 / 1024}'
}

echo "## Bundled library ($("$BIN" list --json | grep -c '"id"') topics)"
"$BIN" list >/dev/null # build the catalog cache once
hyperfine -N --warmup 5 --export-markdown "$WORK/bundled.md" \
  "$BIN list" "$BIN show database-replication --plain" "tldr tar"
cat "$WORK/bundled.md"

echo
echo "## $N-topic library from gen-library"
"$GEN" "$N" "$WORK/lib"
found=$("$BIN" --content "$WORK/lib" search quorum --limit 0 --json | grep -c '"id": "topic-')
want=$(( (N - 1) / 7 + 1 ))
needle=$("$BIN" --content "$WORK/lib" search zyzzyva --json | grep '"id"')
printf 'needles: quorum in %s topics (generator: %s); zyzzyva -> %s\n' "$found" "$want" "$needle"
[ "$found" -eq "$want" ] || { echo "search missed quorum needles" >&2; exit 1; }
printf 'first search (builds the index): '
rm -rf "$SWELEARN_HOME/cache"
/usr/bin/time -f "%e s, %M KiB peak" "$BIN" --content "$WORK/lib" search quorum >/dev/null
hyperfine -N --warmup 3 --export-markdown "$WORK/large.md" \
  "$BIN --content $WORK/lib search quorum" \
  "$BIN --content $WORK/lib list" \
  "rg -il quorum $WORK/lib"
cat "$WORK/large.md"
echo
echo "peak memory: search $(peak "$BIN" --content "$WORK/lib" search quorum), list $(peak "$BIN" --content "$WORK/lib" list), rg $(peak rg -il quorum "$WORK/lib")"
