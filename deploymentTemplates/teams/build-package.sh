#!/usr/bin/env bash
# Builds the Teams app package: a zip with manifest.json, color.png and outline.png at its root,
# ready for Teams > Apps > Manage your apps > Upload an app.
#
# Usage: build-package.sh --app-id GUID --bot-id GUID --domain HOST [--version X.Y.Z] [--out FILE]
#   --app-id   the Teams app's own id (any GUID you keep for this app; a new GUID for a new app)
#   --bot-id   the Azure Bot's Microsoft App ID; defaults to the BotFramework__MicrosoftAppId
#              environment variable, the bot's own setting
#   --domain   the bot's public host name, such as helpbot.example.org (listed in validDomains)
#   --version  the app version, semantic versioning; raise it for every upload (default 1.0.0)
#   --out      the zip to write (default ./helpbot-teams.zip)
# Needs bash, jq and zip.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="" bot_id="${BotFramework__MicrosoftAppId:-}" domain="" version="1.0.0" out="$PWD/helpbot-teams.zip"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-id) app_id="${2:-}"; shift 2 ;;
    --bot-id) bot_id="${2:-}"; shift 2 ;;
    --domain) domain="${2:-}"; shift 2 ;;
    --version) version="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    *) echo "Unknown argument '$1'. Run with --app-id, --bot-id, --domain and optionally --version and --out." >&2; exit 2 ;;
  esac
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$app_id" =~ $guid ]] || { echo "--app-id is missing or not a GUID." >&2; exit 2; }
[[ "$bot_id" =~ $guid ]] || { echo "--bot-id is missing or not a GUID; use the Azure Bot's Microsoft App ID." >&2; exit 2; }
[[ "$domain" =~ ^[A-Za-z0-9.-]+$ ]] || { echo "--domain is missing or not a host name (no scheme, no path)." >&2; exit 2; }
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "--version must look like 1.0.0." >&2; exit 2; }
for tool in jq zip; do
  command -v "$tool" > /dev/null || { echo "$tool is not installed; install it and run again." >&2; exit 3; }
done

out_dir="$(cd "$(dirname "$out")" && pwd)" || { echo "The folder of --out does not exist." >&2; exit 2; }
out="$out_dir/$(basename "$out")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

jq --arg appId "$app_id" --arg botId "$bot_id" --arg domain "$domain" --arg version "$version" \
  '.id = $appId | .version = $version | .bots[0].botId = $botId | .validDomains = [$domain]' \
  "$here/manifest.template.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"

rm -f "$out"
(cd "$work" && zip -q -X "$out.tmp" manifest.json color.png outline.png)
mv "$out.tmp" "$out"
echo "Wrote $out"
