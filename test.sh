#!/usr/bin/env bash
# Builds HelpBot and runs every test project. Arguments are passed to `dotnet test`, for example
#   ./test.sh --filter "Category!=Conversation"
# The tests run inside a loopback-only network namespace when this shell may create one (root),
# so browser and Node clients cannot reach anything but 127.0.0.1. Set HELPBOT_ARTIFACTS to build
# into another folder (dotnet's --artifacts-path).
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
artifacts=()
if [[ -n "${HELPBOT_ARTIFACTS:-}" ]]; then
  artifacts=(--artifacts-path "$HELPBOT_ARTIFACTS")
fi
log="$(mktemp -t helpbot-test.XXXXXX.log)"
trap 'rm -f "$log"' EXIT
started=$SECONDS

step() { printf '\n==> %s\n' "$*"; }

npm_ci() {
  if [[ ! -d "$1/node_modules" ]]; then
    step "npm ci in $1"
    (cd "$1" && npm ci --no-audit --no-fund --ignore-scripts) || return 1
  fi
}

# The tests read the shared schemas and cases from ../shared beside the repository. A clone made
# elsewhere reads them beside the repository it was cloned from, when that is a local folder.
if [[ -z "${HELPBOT_SHARED_DIR:-}" && ! -d ../shared ]]; then
  origin="$(git remote get-url origin 2>/dev/null || true)"
  if [[ -n "$origin" && -d "$origin/../shared" ]]; then
    HELPBOT_SHARED_DIR="$(cd "$origin/../shared" && pwd)"
    export HELPBOT_SHARED_DIR
    echo "Reading shared test files from $HELPBOT_SHARED_DIR."
  fi
fi

# Network is needed here: NuGet and npm restore.
npm_ci tests/clients || { echo "test.sh: npm ci failed in tests/clients" >&2; exit 1; }
npm_ci bot/ClientApp || { echo "test.sh: npm ci failed in bot/ClientApp" >&2; exit 1; }
step "dotnet build HelpBot.sln"
dotnet build HelpBot.sln "${artifacts[@]}" || { echo "test.sh: the build failed" >&2; exit 1; }

test_command=(dotnet test HelpBot.sln --no-build "${artifacts[@]}" --blame-hang-timeout 10m --blame-hang-dump-type none "$@")
step "${test_command[*]}"
if unshare -n true 2>/dev/null; then
  echo "Running the tests in a loopback-only network namespace."
  unshare -n bash -c 'ip link set lo up && exec "$@"' bash "${test_command[@]}" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
else
  echo "WARNING: cannot create a network namespace (not root?); the tests run with the machine's network." >&2
  "${test_command[@]}" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
fi

# Sum VSTest's per-assembly lines, such as "Passed!  - Failed: 0, Passed: 42, Skipped: 1, Total: 43".
read -r passed failed skipped < <(
  grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" |
    awk -F'[:,] *' '{ f += $2; p += $4; s += $6 } END { print p + 0, f + 0, s + 0 }'
)
assemblies=$(grep -Ec '(Passed|Failed)! +- Failed:' "$log")
step "Summary ($assemblies test assemblies, $((SECONDS - started)) s)"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [[ $status -ne 0 && $failed -eq 0 ]]; then
  echo "dotnet test exited with $status without a failed test: a test host crashed or hung, see above." >&2
fi
exit "$status"
