#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine, first installing what the tests need when it is missing:
# Debian's Chromium (browser tests) and the npm interop peers (tests/peers).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ ! -d tests/peers/node_modules ] || [ tests/peers/package-lock.json -nt tests/peers/node_modules/.package-lock.json ]; then
  echo "Installing the npm interop peers..."
  (cd tests/peers && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet build OnlineService.sln -c Release --nologo -clp:ErrorsOnly

results=$(mktemp -d)
status=0
dotnet test OnlineService.sln -c Release --no-build --nologo --results-directory "$results" \
  --logger "trx" --logger "console;verbosity=normal" "$@" || status=$?

# One closing line over all test assemblies.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
