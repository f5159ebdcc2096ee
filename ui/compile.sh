#!/usr/bin/env bash
# Compile the Qt Designer forms in ui/ into buurtdesk/gui/forms/*_ui.py.
# Run after editing a .ui file:  bash ui/compile.sh
# The generated files are committed; ruff and mypy skip buurtdesk/gui/forms.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
for form in ui/*.ui; do
    name="$(basename "$form" .ui)"
    out="buurtdesk/gui/forms/${name}_ui.py"
    {
        echo "# GENERATED FILE: made by pyside6-uic from ${form} (bash ui/compile.sh)."
        echo "# Do not edit; change the .ui file in Qt Designer and compile again."
        uv run pyside6-uic "$form"
    } > "$out.tmp"
    mv "$out.tmp" "$out"
    echo "$form -> $out"
done
