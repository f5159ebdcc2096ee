"""How the sign-up panel words things: a sign-up's status (word and icon, never colour
alone), the live counts, and hours the Dutch way ("2,5")."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from buurtdesk.domain.agenda import SignUpStatus
from buurtdesk.gui import formatting
from buurtdesk.services.signups_types import REGULAR_STATUS, Counts, DoorRow


def status_text(row: DoorRow) -> str:
    """ "aangemeld", "wachtlijst (plaats 2)", "vaste deelnemer", "inloper", "afgemeld"."""
    status = str(row.status)
    if status == SignUpStatus.CANCELLED:
        return QCoreApplication.translate("Signups", "cancelled")
    if status == SignUpStatus.WAITING:
        return QCoreApplication.translate("Signups", "waiting list (place {position})").format(
            position=row.position
        )
    if row.is_walk_in:
        return QCoreApplication.translate("Signups", "walk-in")
    if status == REGULAR_STATUS or row.signup_id is None:
        return QCoreApplication.translate("Signups", "regular")
    return QCoreApplication.translate("Signups", "signed up")


def status_icon(row: DoorRow) -> str:
    status = str(row.status)
    if status == SignUpStatus.CANCELLED:
        return "x"
    if status == SignUpStatus.WAITING:
        return "list-todo"
    if row.is_walk_in:
        return "user-plus"
    if status == REGULAR_STATUS or row.signup_id is None:
        return "users"
    return "circle-check"


def counts_text(counts: Counts) -> str:
    """ "Verwacht 18 · Aanwezig 11 · Inlopers 2 · Wachtlijst 3 · Vrij 2 van 20"."""
    n = formatting.number
    parts = [
        QCoreApplication.translate("Signups", "Expected {n}").format(n=n(counts.expected)),
        QCoreApplication.translate("Signups", "Present {n}").format(n=n(counts.present)),
        QCoreApplication.translate("Signups", "Walk-ins {n}").format(n=n(counts.walk_ins)),
        QCoreApplication.translate("Signups", "Waiting list {n}").format(n=n(counts.waiting)),
    ]
    if counts.capacity is not None and counts.free is not None:
        parts.append(
            QCoreApplication.translate("Signups", "Free {free} of {capacity}").format(
                free=n(counts.free), capacity=n(counts.capacity)
            )
        )
    else:
        parts.append(QCoreApplication.translate("Signups", "No maximum"))
    return " · ".join(parts)


def hours_text(hours: Decimal) -> str:
    """ "2,5", "3", "0,25": no trailing zeros, the locale's decimal sign."""
    text = format(hours.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())
