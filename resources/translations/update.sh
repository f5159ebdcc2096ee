#!/usr/bin/env bash
# Refresh the Dutch translation after changing texts in the window:
#   bash resources/translations/update.sh
# 1. pyside6-lupdate collects every tr()/translate() text from buurtdesk/app.py,
#    buurtdesk/gui/**/*.py and ui/*.ui into buurtdesk_nl.ts (existing translations kept,
#    texts that are gone marked obsolete and dropped);
# 2. translate the new ("unfinished") entries: Qt Linguist (uv run pyside6-linguist
#    resources/translations/buurtdesk_nl.ts) or any text editor, plain B1 Dutch, the
#    glossary words of PRODUCT.md;
# 3. run this script again: pyside6-lrelease compiles buurtdesk_nl.qm. Commit both files.
# The English source texts are the English version; there is no English .ts.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
mapfile -t sources < <(
    { echo buurtdesk/app.py; find buurtdesk/gui -name '*.py' -not -path '*/forms/*'; find ui -name '*.ui'; } | sort
)
uv run pyside6-lupdate -no-obsolete -locations none "${sources[@]}" -target-language nl_NL -ts resources/translations/buurtdesk_nl.ts
uv run pyside6-lrelease resources/translations/buurtdesk_nl.ts -qm resources/translations/buurtdesk_nl.qm
if grep -q 'type="unfinished"' resources/translations/buurtdesk_nl.ts; then
    echo "Nog niet vertaald (type=\"unfinished\"):" >&2
    grep -c 'type="unfinished"' resources/translations/buurtdesk_nl.ts >&2
fi
