"""Texts of Qt's own dialogs that Qt's Dutch translation (qtbase_nl) lacks.

The save dialog's labels carry keyboard accelerators ("&Look in:") that qtbase_nl has only
without them, so a Dutch window showed "Look in:" and "Files of type:" in English. Listed
here so pyside6-lupdate keeps them in buurtdesk_nl.ts; buurtdesk's translator is installed
after Qt's and is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
