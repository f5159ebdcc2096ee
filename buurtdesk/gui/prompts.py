"""The few questions buurtdesk asks in a dialog, in one place so tests can answer them.

Everything else is confirmed quietly in the status bar. Each question names what is at
stake and puts the safe answer first.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.gui import icons


class UnsavedAnswer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts(QObject):
    def unsaved_changes(self, parent: QWidget, name: str) -> UnsavedAnswer:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to {name}?").format(name=name))
        box.setInformativeText(self.tr("If you do not save them, they are lost."))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedAnswer.SAVE
        if clicked is discard:
            return UnsavedAnswer.DISCARD
        return UnsavedAnswer.CANCEL

    def confirm_delete(self, parent: QWidget, question: str, detail: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete"))
        box.setText(question)
        box.setInformativeText(detail)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setIcon(icons.icon("trash-2", "error"))
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is delete
