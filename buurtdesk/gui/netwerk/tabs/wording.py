"""How the tabs word names, dates and periods: "Jan van der Berg", "1 jan 2024",
"sinds 1 jan 2024"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from buurtdesk.gui import formatting


def natural_name(list_name: str) -> str:
    """A list name back in speaking order: "Berg, Jan van der" -> "Jan van der Berg",
    "Ancona, Hedy d'" -> "Hedy d'Ancona"."""
    surname, comma, rest = list_name.partition(", ")
    if not comma or not rest:
        return list_name
    joiner = "" if rest.endswith("'") else " "
    return f"{rest}{joiner}{surname}"


def medium_date(day: date) -> str:
    """ "1 jan 2024": for periods, where the day of the week does not matter."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def period(since: date | None, until: date | None, today: date) -> str:
    """ "sinds 1 jan 2024", "tot 31 dec 2025", "1 jan 2024 – 31 dec 2025", "" when open;
    a period that is over says so in words."""
    if since and until:
        text = f"{medium_date(since)} – {medium_date(until)}"
    elif since:
        text = QCoreApplication.translate("Tabs", "since {date}").format(date=medium_date(since))
    elif until:
        text = QCoreApplication.translate("Tabs", "until {date}").format(date=medium_date(until))
    else:
        return ""
    if until is not None and until < today:
        text = QCoreApplication.translate("Tabs", "{period} (ended)").format(period=text)
    return text


def follow_up_when(due: date | None, today: date, *, done: bool = False) -> str:
    """When a follow-up is due, as the start screen words it: "te laat, sinds wo 25 nov
    2026", "vandaag", "uiterlijk do 3 dec 2026", "geen datum"; "afgerond" once done."""
    if done:
        return QCoreApplication.translate("Tabs", "done")
    if due is None:
        return QCoreApplication.translate("Tabs", "no date")
    if due == today:
        return QCoreApplication.translate("Tabs", "today")
    if due < today:
        return QCoreApplication.translate("Tabs", "overdue since {date}").format(
            date=formatting.short_date(due)
        )
    return QCoreApplication.translate("Tabs", "by {date}").format(date=formatting.short_date(due))
