"""How the initiative panel words and pictures a need, its status, and its days: the same
word with the same icon everywhere ("Vrijwilligers" with people, "Geregeld" with a tick)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from buurtdesk.domain.initiatives import NeedKind, NeedStatus
from buurtdesk.gui import icons
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.netwerk.tabs.wording import medium_date

CONTEXT = "InitiativeWords"

_KINDS: dict[NeedKind, tuple[str, str]] = {
    NeedKind.VOLUNTEERS: (QT_TRANSLATE_NOOP("InitiativeWords", "Volunteers"), "users"),
    NeedKind.PLACE: (QT_TRANSLATE_NOOP("InitiativeWords", "A place"), "map-pin"),
    NeedKind.MONEY: (QT_TRANSLATE_NOOP("InitiativeWords", "Money"), "euro"),
    NeedKind.PERMITS: (QT_TRANSLATE_NOOP("InitiativeWords", "Permit"), "stamp"),
    NeedKind.PUBLICITY: (QT_TRANSLATE_NOOP("InitiativeWords", "Publicity"), "megaphone"),
    NeedKind.OTHER: (QT_TRANSLATE_NOOP("InitiativeWords", "Other"), "ellipsis"),
}
_STATUSES: dict[NeedStatus, tuple[str, str]] = {
    NeedStatus.OPEN: (QT_TRANSLATE_NOOP("InitiativeWords", "Open"), "circle-dashed"),
    NeedStatus.IN_PROGRESS: (QT_TRANSLATE_NOOP("InitiativeWords", "In progress"), "hourglass"),
    NeedStatus.MET: (QT_TRANSLATE_NOOP("InitiativeWords", "Arranged"), "circle-check"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kinds() -> list[tuple[str, str]]:
    """(stored value, word) of every kind of need, in the domain's order."""
    return [(kind.value, _tr(text)) for kind, (text, _icon) in _KINDS.items()]


def statuses() -> list[tuple[str, str]]:
    return [(status.value, _tr(text)) for status, (text, _icon) in _STATUSES.items()]


def kind_text(kind: str) -> str:
    try:
        return _tr(_KINDS[NeedKind(kind)][0])
    except ValueError:
        return kind


def kind_icon(kind: str) -> QIcon:
    try:
        return icons.icon(_KINDS[NeedKind(kind)][1])
    except ValueError:
        return icons.icon("ellipsis")


def status_text(status: str) -> str:
    try:
        return _tr(_STATUSES[NeedStatus(status)][0])
    except ValueError:
        return status


def status_icon(status: str) -> QIcon:
    try:
        name = _STATUSES[NeedStatus(status)][1]
    except ValueError:
        name = "circle-dashed"
    return icons.icon(name, "accent" if status == NeedStatus.MET.value else "normal")


def days(count: int) -> str:
    """ "1 dag", "12 dagen"."""
    if count == 1:
        return QCoreApplication.translate("InitiativeWords", "1 day")
    return QCoreApplication.translate("InitiativeWords", "{count} days").format(count=count)


def day_of(moment: datetime | date) -> str:
    """ "3 mrt 2026"."""
    return medium_date(moment.date() if isinstance(moment, datetime) else moment)
