"""Setting the coordinator's PIN: typed twice, masked. Asked before the first kiosk opens
(there is no default PIN) and from the menu ("Pincode instellen…")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import BuurtdeskError, ValidationError, ValidationErrors
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.widgets import FieldError, label, repolish
from buurtdesk.services import pins


class SetPinDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, first: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Coordinator PIN"))
        intro = (
            self.tr(
                "Before the sign-in desk opens, choose a PIN. Only with this PIN can the "
                "sign-in desk be closed again."
            )
            if first
            else self.tr("The PIN closes the sign-in desk. Choose 4 to 8 digits.")
        )
        self.intro = label(intro, wrap=True)
        self.intro.setMinimumWidth(self.intro.fontMetrics().averageCharWidth() * 45)
        self.pin = self._field(self.tr("New PIN"))
        self.again = self._field(self.tr("New PIN again"))
        self.error = FieldError()
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&New PIN (4 to 8 digits)"), self.pin)
        form.addRow(self.tr("&Again"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save PIN"))
        save.setAccessibleName(self.tr("Save PIN"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Never smaller than what it shows: the error line makes it taller.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def _field(self, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(8)
        field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        field.setAccessibleName(accessible)
        return field

    def save(self) -> None:
        """Save when both fields agree and the service accepts the PIN; else say why."""
        if self.pin.text() != self.again.text():
            self._refuse(self.tr("The two PINs are not the same. Type the same PIN twice."))
            return
        try:
            pins.set_pin(self.db, self.pin.text())
        except ValidationError as error:
            self._refuse(error.message)
            return
        except ValidationErrors as errors:
            self._refuse("\n".join(e.message for e in errors.errors))
            return
        except BuurtdeskError as error:
            self._refuse(str(error))
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error.set_text(message)
        self.error.show()
        for field in (self.pin, self.again):
            field.setProperty("invalid", True)
            repolish(field)
        self.again.clear()
        self.pin.selectAll()
        self.pin.setFocus()
        self._grow()

    def _grow(self) -> None:
        """Make room for the message (without a window manager nothing else does)."""
        layout = self.layout()
        assert layout is not None
        for widget in (self.error, self.pin, self.again):
            widget.updateGeometry()  # the red frame and the message changed their size
        layout.invalidate()
        layout.activate()
        size = self.size().expandedTo(self.sizeHint())
        if layout.hasHeightForWidth():
            size.setHeight(max(size.height(), layout.totalHeightForWidth(size.width())))
        self.resize(size)


def set_pin_dialog(context: AppContext, parent: QWidget | None, *, first: bool = False) -> bool:
    """Ask for a (new) coordinator PIN; True when one was saved."""
    dialog = SetPinDialog(context.db, parent, first=first)
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if saved:
        context.show_status(QCoreApplication.translate("SetPinDialog", "The PIN is saved."))
    return saved
