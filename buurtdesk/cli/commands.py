"""The command modules, each with ``register(subparsers)``.

They load only when a command (or ``--help``) is asked for: opening the window must not pay
for the importers, openpyxl and the demo generator. ``NAMES`` lists the words that start a
command; a test checks it against what the modules register.
"""

from __future__ import annotations

import importlib
from types import ModuleType

MODULE_NAMES = (
    "buurtdesk.cli.demo_command",
    "buurtdesk.cli.people_io",
    "buurtdesk.cli.agenda_io",
    "buurtdesk.cli.initiatives_io",
    "buurtdesk.cli.signups_command",
)
NAMES = frozenset({"demo", "import", "export", "signups"})


def modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in MODULE_NAMES]
