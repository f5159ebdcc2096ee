"""Where buurtdesk keeps its data and settings; each setting declared once with type and default."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "buurtdesk"
DB_ENV_VAR = "BUURTDESK_DB"
DATA_DIR_ENV_VAR = "BUURTDESK_DATA_DIR"


def data_dir() -> Path:
    """The user data folder (``~/.local/share/buurtdesk`` on Linux, AppData on Windows).

    ``BUURTDESK_DATA_DIR`` moves it, which tests and portable installs use.
    """
    override = os.environ.get(DATA_DIR_ENV_VAR)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def default_db_path() -> Path:
    return data_dir() / "buurtdesk.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def backup_dir() -> Path:
    return data_dir() / "backups"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def database_url(db: str | None = None) -> str:
    """Turn ``--db PATH|URL`` (or ``BUURTDESK_DB``) into a SQLAlchemy URL.

    A value with ``://`` is a URL (``postgresql+psycopg://…``); anything else is a file path.
    """
    value = db or os.environ.get(DB_ENV_VAR) or str(default_db_path())
    if "://" in value:
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


@dataclass(frozen=True)
class Settings:
    language: str = "nl"
    font_scale: float = 1.0
    backups_to_keep: int = 14
    stalled_after_weeks: int = 6

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings; a missing or damaged file gives the defaults, never an error."""
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        values: dict[str, Any] = {}
        for field in fields(cls):
            value = raw.get(field.name)
            default = getattr(cls, field.name)
            if isinstance(default, float) and type(value) in (int, float):
                values[field.name] = float(value)  # type: ignore[arg-type]
            elif type(value) is type(default):
                values[field.name] = value
        result = cls(**values)
        return result

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)


def kiosk_state_path() -> Path:
    """The open aanmeldbalie (kiosk), if any: written when it opens, removed when the
    coordinator closes it with the PIN. A restart finds it and opens the kiosk again."""
    return data_dir() / "kiosk.json"


@dataclass(frozen=True)
class KioskState:
    """Which activity's kiosk is open, since when, and on which database (its URL without
    password), so a restart at the door opens the kiosk again instead of the network."""

    database: str
    activity_id: int
    opened_at: str  # ISO 8601, local time

    @classmethod
    def load(cls, path: Path | None = None) -> KioskState | None:
        """The saved state; None when there is none or the file is damaged."""
        path = path or kiosk_state_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(raw, dict):
            return None
        database, activity_id, opened_at = (
            raw.get("database"),
            raw.get("activity_id"),
            raw.get("opened_at"),
        )
        if not (
            isinstance(database, str) and type(activity_id) is int and isinstance(opened_at, str)
        ):
            return None
        return cls(database=database, activity_id=activity_id, opened_at=opened_at)

    def save(self, path: Path | None = None) -> None:
        """Written to a temporary file first and renamed, so a kill leaves no half file."""
        path = path or kiosk_state_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)

    @staticmethod
    def clear(path: Path | None = None) -> None:
        (path or kiosk_state_path()).unlink(missing_ok=True)
