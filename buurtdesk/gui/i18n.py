"""The window's language: Dutch by default (``buurtdesk_nl.qm`` and Qt's own Dutch texts),
English (the source strings) with ``--lang en`` or the setting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from buurtdesk.gui.formatting import locale_for
from buurtdesk.gui.resources import translations_dir

LANGUAGES = ("nl", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for pyside6-lupdate in ``context``; translate it later with
    ``QCoreApplication.translate(context, source)``. (Qt's own returns ``object`` to mypy.)"""
    return source


DEFAULT_LANGUAGE = "nl"


def choose_language(requested: str | None, setting: str) -> str:
    for candidate in (requested, setting):
        if candidate in LANGUAGES:
            return str(candidate)
    return DEFAULT_LANGUAGE


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations for ``language`` and set the matching locale for numbers
    and dates. Returns the installed translators (owned by ``app``)."""
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return []
    installed: list[QTranslator] = []
    qt_texts = QTranslator(app)
    if qt_texts.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_texts)
        installed.append(qt_texts)
    own = QTranslator(app)
    if not own.load(str(translations_dir() / "buurtdesk_nl.qm")):
        raise FileNotFoundError("resources/translations/buurtdesk_nl.qm ontbreekt")
    app.installTranslator(own)
    installed.append(own)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
