"""Calling a service from a tab: what it refused goes beside the fields, anything else is
said in one calm sentence, and the same words are used for the same outcome everywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from buurtdesk.domain.errors import BuurtdeskError, ValidationError, ValidationErrors
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
T = TypeVar("T")
CONTEXT = "Tabs"

SAVED = QT_TRANSLATE_NOOP("Tabs", "Changes saved")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Tabs",
    "The database cannot be reached right now, so nothing was saved. "
    "Your typing is still here; try again in a moment.",
)


def text(source: str) -> str:
    """``source`` (marked with QT_TRANSLATE_NOOP in the "Tabs" context) in the window's
    language."""
    return QCoreApplication.translate(CONTEXT, source)


def call(
    action: Callable[[], T],
    *,
    refused: Callable[[dict[str, str]], None],
    failed: Callable[[str], None],
) -> T | None:
    """Run ``action`` (one service call); None when it did not happen.

    ``refused`` gets the validation messages by field, ``failed`` one sentence for anything
    else that stopped it (gone meanwhile, the database away).
    """
    try:
        return action()
    except ValidationError as error:
        refused({error.field: error.message})
    except ValidationErrors as errors:
        refused(errors.by_field())
    except BuurtdeskError as error:
        failed(str(error))
    except SQLAlchemyError:
        log.exception("a service call from a tab failed")
        failed(text(UNREACHABLE))
    return None
