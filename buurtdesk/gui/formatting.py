"""Numbers and dates the way the window's language writes them: "1.234",
"maandag 30 november 2026", "ma 7 dec 2026". The language's QLocale is set at start-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def number(value: int) -> str:
    return QLocale().toString(value)


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
