"""Tabs beside "Details" in the person panel: memberships, relationships, contact moments.

A colleague's tab is a ``PersonTab`` subclass registered here with its title and icon;
the panel creates one of each and tells it which person is shown. Nothing is registered
that does not exist yet, so the panel never shows an empty tab. Example::

    @register_person_tab(order=10, icon="building-2")  # fetch it: resources/icons/fetch.sh
    class MembershipsTab(PersonTab):
        title = QT_TRANSLATE_NOOP("PersonTabs", "Memberships")
        def set_person(self, person_id: int | None) -> None: ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from buurtdesk.gui.context import AppContext

# Modules that register person tabs when imported (one line per tab module).
PERSON_TAB_MODULES: tuple[str, ...] = (
    "buurtdesk.gui.netwerk.tabs.memberships",
    "buurtdesk.gui.netwerk.tabs.relationships",
    "buurtdesk.gui.netwerk.tabs.contact_moments",
)


class PersonTab(QWidget):
    """One tab about the shown person. ``person_id`` is None for a person not yet saved;
    the tab is disabled then."""

    title: ClassVar[str]  # English source, translated in the "PersonTabs" context

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def set_person(self, person_id: int | None) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class PersonTabSpec:
    tab: type[PersonTab]
    icon: str
    order: int


_TABS: list[PersonTabSpec] = []


def register_person_tab(*, order: int, icon: str) -> Callable[[type[PersonTab]], type[PersonTab]]:
    def register(tab: type[PersonTab]) -> type[PersonTab]:
        _TABS.append(PersonTabSpec(tab, icon, order))
        return tab

    return register


def person_tabs() -> list[PersonTabSpec]:
    import importlib

    for module in PERSON_TAB_MODULES:
        importlib.import_module(module)
    return sorted(_TABS, key=lambda spec: spec.order)
