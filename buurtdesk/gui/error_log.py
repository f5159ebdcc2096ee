"""Where the details of an unexpected error go: a log file in the data folder, never the
user's screen (they get one calm sentence instead)."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from buurtdesk import config


def log_path() -> Path:
    return config.data_dir() / "logs" / "buurtdesk.log"


def record(error: BaseException) -> Path:
    """Append ``error`` with its traceback to the log; returns the log's path."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as stream:
            stream.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            stream.write("".join(traceback.format_exception(error)))
    except OSError:
        pass  # a full or read-only disk must not turn one error into two
    return path
