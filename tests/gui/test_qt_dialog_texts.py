"""Qt's own save dialog speaks Dutch too, also where Qt's translation has gaps."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot


def test_the_file_dialog_labels_are_dutch(qtbot: QtBot, language: str) -> None:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {
        "lookInLabel": "&Zoeken in:",
        "fileNameLabel": "Bestands&naam:",
        "fileTypeLabel": "Bestands&type:",
    }
