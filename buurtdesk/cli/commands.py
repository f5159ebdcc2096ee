"""The list of command modules; each has ``register(subparsers)``."""

from __future__ import annotations

from types import ModuleType

from buurtdesk.cli import demo_command, people_io

MODULES: list[ModuleType] = [
    demo_command,
    people_io,
]
