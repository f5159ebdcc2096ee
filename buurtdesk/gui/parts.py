"""The parts of the window (Vandaag, Netwerk, …): each registers itself here.

A part is a class with an id, a title, an icon and a ``create(context)`` factory that
returns its page. A new part is a subpackage of ``gui`` with a class decorated with
``@register_part`` and one line in ``PART_MODULES``. Only parts that exist are shown:
no empty placeholders.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import ClassVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from buurtdesk.gui.context import AppContext

PART_MODULES = (
    "buurtdesk.gui.today",
    "buurtdesk.gui.netwerk",
    "buurtdesk.gui.organisations",
    "buurtdesk.gui.agenda",
    "buurtdesk.gui.initiatives",
    "buurtdesk.gui.follow_ups",
)


class PartPage(QWidget):
    """A part's page in the window. Override what the part supports; no strings here, so
    subclasses keep their own translation context."""

    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        """Handlers for the shared actions this page answers (``actions.NEW``, …)."""
        return {}

    def may_leave(self) -> bool:
        """False when the user chose to stay (e.g. cancelled on unsaved changes)."""
        return True

    def first_paint_widget(self) -> QWidget:
        """The widget whose first paint means the page is really on screen."""
        return self

    def activated(self) -> None:
        """Called each time the page is brought forward."""

    def save_state(self, settings: QSettings) -> None:
        """Remember layout choices (column widths, splitter) in the window settings."""

    def restore_state(self, settings: QSettings) -> None:
        """Take back what ``save_state`` remembered."""


class Part:
    id: ClassVar[str]
    title: ClassVar[str]  # English source text, translated in the "Parts" context
    icon: ClassVar[str]
    order: ClassVar[int]

    @classmethod
    def create(cls, context: AppContext) -> PartPage:
        raise NotImplementedError


_REGISTRY: dict[str, type[Part]] = {}


def register_part(part: type[Part]) -> type[Part]:
    _REGISTRY[part.id] = part
    return part


def load_parts() -> list[type[Part]]:
    """Every registered part, in navigation order."""
    for module in PART_MODULES:
        importlib.import_module(module)
    return sorted(_REGISTRY.values(), key=lambda part: (part.order, _module_rank(part)))


def _module_rank(part: type[Part]) -> int:
    """Parts of equal order follow ``PART_MODULES`` (not the order they were imported in)."""
    for rank, module in enumerate(PART_MODULES):
        if part.__module__ == module or part.__module__.startswith(f"{module}."):
            return rank
    return len(PART_MODULES)
