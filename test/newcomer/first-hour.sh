#!/usr/bin/env bash
# The newcomer's first hour, exactly as the README says, on a fresh clone and a fixed clock:
#   test/newcomer/first-hour.sh fixed:2026-11-29T10:00:00Z
# Runs the README's first-hour blocks (install, start, paste the banner's exports, seed, journey), the README's curl
# journey, the seed and the journey a second time, then stops the engine with Ctrl-C (SIGINT) and expects exit 0.
# NEWCOMER_INSTALL=full runs the real `npm install` (and checks package-lock.json is left unchanged); otherwise the
# clone borrows this checkout's node_modules through a symlink, to keep the run inside `npm test` short. A full run
# clones the committed HEAD (commit first) and takes minutes (16 on two loaded cores, 8 of them installing):
#   NEWCOMER_INSTALL=full test/newcomer/first-hour.sh fixed:2026-11-29T10:00:00Z
#   NEWCOMER_INSTALL=full npx jest --runInBand test/newcomer               # both clocks, as npm test does
set -euo pipefail
CLOCK_VALUE="${1:?usage: first-hour.sh <CLOCK value, e.g. fixed:2026-11-29T10:00:00Z>}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d)"
chmod 755 "$WORK"  # the embedded server runs initdb as its own user when we are root
ENGINE_PID=""
finish() {
  local code=$?
  if [ -n "$ENGINE_PID" ] && kill -0 "$ENGINE_PID" 2>/dev/null; then kill -INT -- "-$ENGINE_PID" 2>/dev/null || true; sleep 3; fi
  if [ $code -ne 0 ] && [ -f "$WORK/engine.log" ]; then echo "--- engine output ---"; tail -40 "$WORK/engine.log"; fi
  rm -rf "$WORK"
  exit $code
}
trap finish EXIT
# Stopped from outside (the jest test timing out): still stop the engine and remove the clone.
trap 'exit 143' TERM

git clone --quiet --no-hardlinks "$ROOT" "$WORK/clone"
cd "$WORK/clone"
# Ports the system says are free now (two runs in parallel, beside the suite's own servers, must not collide).
free_port() { node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"; }
export CLOCK="$CLOCK_VALUE" PORT="${NEWCOMER_PORT:-$(free_port)}" EMBEDDED_PG_PORT="$(free_port)"
unset DATABASE_URL API_URL NODE_ENV LOG_FORMAT

# The README's blocks between its markers, one command a line (comments and blank lines dropped).
block() { sed -n "/<!-- $1:start/,/<!-- $1:end -->/p" "$ROOT/README.md" | sed -n '/^```sh$/,/^```$/p' | grep -v '^```'; }

run_line() {
  local line="${1%%  #*}"
  case "$line" in
    'npm install')
      if [ "${NEWCOMER_INSTALL:-link}" = full ]; then
        npm install --no-audit --no-fund
        git diff --exit-code --stat package-lock.json || { echo "npm install changed package-lock.json"; exit 1; }
      else ln -s "$ROOT/node_modules" node_modules; fi ;;
    'npm start')
      setsid npm start > "$WORK/engine.log" 2>&1 &
      ENGINE_PID=$!
      for _ in $(seq 1 600); do grep -q '^export ADMIN=' "$WORK/engine.log" && break; sleep 0.5; done
      grep -q '^export ADMIN=' "$WORK/engine.log" || { echo "npm start printed no tokens"; exit 1; }
      # The banner comes last: after the token lines only its closing rule (and a blank line) may follow.
      [ "$(sed -n '/^export ADMIN=/,$p' "$WORK/engine.log" | grep -cv '^\(export ADMIN=.*\|=*\|\)$')" = 0 ] \
        || { echo "something was printed after the banner"; exit 1; }
      eval "$(grep '^export ' "$WORK/engine.log")" ;;  # what the newcomer pastes into the second terminal
    *) eval "$line" ;;
  esac
}

echo "== first hour with CLOCK=$CLOCK on port $PORT"
while IFS= read -r line; do [ -n "$line" ] && run_line "$line"; done < <(block first-hour)
echo "== the README's curl journey"
bash -euo pipefail -c "$(block curl-journey)" | tee "$WORK/curl.log"
grep -q '"status":"planned"' "$WORK/curl.log" || { echo "the curl journey did not end in a planned placement"; exit 1; }
echo "== seed and journey again (nothing doubles)"
npm run seed:demo | tee "$WORK/seed2.log"
grep -q ' 0 new referrals' "$WORK/seed2.log"
npm run demo:journey
echo "== Ctrl-C"
kill -INT -- "-$ENGINE_PID"
code=0; wait "$ENGINE_PID" || code=$?
ENGINE_PID=""
# npm answers Ctrl-C with 130; the engine itself must have closed every part without a failure.
[ "$code" = 0 ] || [ "$code" = 130 ] || { echo "npm start exited $code after Ctrl-C"; exit 1; }
if grep -q 'Closing the .* failed\|Unhandled rejection' "$WORK/engine.log"; then echo "the engine did not stop cleanly"; exit 1; fi
echo "== first hour passed with CLOCK=$CLOCK"
