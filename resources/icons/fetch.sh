#!/usr/bin/env bash
# Copy Lucide icons (ISC licence) into resources/icons from the npm package lucide-static.
#   bash resources/icons/fetch.sh building-2 link message-square
# Names are Lucide's (https://lucide.dev/icons). Only copy icons the program uses; load them
# with buurtdesk.gui.icons.icon("name"). The version is pinned so every icon matches.
set -euo pipefail
VERSION=1.62.0
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "lucide-static@${VERSION}" >/dev/null && tar xzf lucide-static-*.tgz)
for name in "$@"; do
    cp "$work/package/icons/${name}.svg" "./${name}.svg"
    echo "resources/icons/${name}.svg"
done
cp "$work/package/LICENSE" ./LICENSE
