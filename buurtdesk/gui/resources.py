"""Where the files beside the code live: icons and translations under ``resources/``."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources`` folder: beside the package in a checkout (``uv run``), inside the
    package in a wheel, or in the unpacked bundle of a PyInstaller build."""
    package = Path(__file__).resolve().parent.parent
    candidates = [package.parent / "resources", package / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(
        "buurtdesk kan zijn map 'resources' niet vinden; installeer het programma opnieuw."
    )


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"
