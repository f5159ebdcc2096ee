"""Program settings kept in the database, so every PC on a shared database agrees.

``stalled_weeks`` is how long an open initiative may go without a contact moment before
the board marks it as stalled (6 weeks unless the coordinator chose otherwise).
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.settings import AppSetting
from buurtdesk.domain.validation.text import clean_text
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity

STALLED_WEEKS: Final = "stalled_weeks"
DEFAULT_STALLED_WEEKS: Final = 6
MAX_STALLED_WEEKS: Final = 104
MAX_VALUE_LENGTH: Final = 10_000


def read_setting(session: Session, key: str) -> str | None:
    return session.execute(
        select(AppSetting.value).where(AppSetting.key == key)
    ).scalar_one_or_none()


def stalled_weeks_in(session: Session) -> int:
    """The stored number of weeks, or the default when none (or nonsense) is stored."""
    value = read_setting(session, STALLED_WEEKS)
    try:
        weeks = int(value) if value is not None else DEFAULT_STALLED_WEEKS
    except ValueError:
        return DEFAULT_STALLED_WEEKS
    return weeks if 1 <= weeks <= MAX_STALLED_WEEKS else DEFAULT_STALLED_WEEKS


@coordinator_only
def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    with db.read() as session:
        value = read_setting(session, key)
    return default if value is None else value


@coordinator_only
def set_setting(db: Database, key: str, value: str) -> Changes:
    text = clean_text(value, field="value", label="Waarde", max_length=MAX_VALUE_LENGTH)
    with db.write() as session:
        setting = session.get(AppSetting, key)
        if setting is None:
            session.add(AppSetting(key=key, value=text))
        else:
            setting.value = text
    return Changes.of(Entity.SETTING)


@coordinator_only
def get_stalled_weeks(db: Database) -> int:
    with db.read() as session:
        return stalled_weeks_in(session)


@coordinator_only
def set_stalled_weeks(db: Database, weeks: str | int) -> Changes:
    """Store the number of weeks without contact after which an initiative is stalled."""
    text = str(weeks).strip()
    hint = f"Vul een aantal weken in, van 1 tot {MAX_STALLED_WEEKS}."
    if not text:
        raise ValidationError("stalled_weeks", hint)
    if not text.isdigit() or not 1 <= int(text) <= MAX_STALLED_WEEKS:
        raise ValidationError("stalled_weeks", f"{text[:20]} kan niet. {hint}")
    set_setting(db, STALLED_WEEKS, str(int(text)))
    return Changes.of(Entity.SETTING) | Changes.of(Entity.INITIATIVE)
