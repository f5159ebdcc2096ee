"""The door's kiosk (``gui.kiosk.launch``), built alongside the agenda: looked up in this
one place, so the agenda works without it in a build that lacks it."""

from __future__ import annotations

import importlib
from typing import Protocol, cast

from PySide6.QtWidgets import QWidget

from buurtdesk.gui.context import AppContext


class OpenKiosk(Protocol):
    def __call__(self, *, context: AppContext, activity_id: int, parent: QWidget) -> object: ...


def _find(module: str, name: str) -> object | None:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError as error:
        if error.name is not None and module.startswith(error.name):
            return None  # the module is not there
        raise


def kiosk_opener() -> OpenKiosk | None:
    """H5's ``open_kiosk``, or None."""
    found = _find("buurtdesk.gui.kiosk.launch", "open_kiosk")
    return cast(OpenKiosk, found) if found is not None else None
