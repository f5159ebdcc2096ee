"""The inline form the panel's tabs open under their buttons: a title, labelled rows, a
line for what went wrong, "Annuleren" and the save button. Enter saves from any field
(a person picker first takes its pick), Escape closes the form."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import cast

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import icons
from buurtdesk.gui.netwerk.tabs.forms import EscapeCancels, FormErrors, new_form
from buurtdesk.gui.netwerk.tabs.views import FORM_STYLE
from buurtdesk.gui.pickers import EntityPicker
from buurtdesk.gui.widgets import FieldError, button, label

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterSaves(QObject):
    """Enter in a watched field calls ``save``; a picker still busy choosing (its list
    open, or nothing chosen yet) handles Enter itself."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save

    def watch(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if cast(QKeyEvent, event).key() not in _ENTER:
            return False
        if isinstance(watched, EntityPicker) and (
            watched.is_popup_visible() or watched.chosen_id is None
        ):
            return False
        self._save()
        return True


def let_errors_wrap(errors: FormErrors, fields: Iterable[str]) -> None:
    """A long message under a field wraps onto more lines instead of widening the form
    (and with it the whole panel)."""
    for field in fields:
        message = errors.line(field).message
        message.setMinimumWidth(message.fontMetrics().averageCharWidth() * 20)


class InlineForm(QWidget):
    save_requested = Signal()
    closed = Signal()

    def __init__(self, title: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineForm")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(FORM_STYLE)
        self.title = label(title, "subheading")
        self.form: QFormLayout = new_form()
        self.problem = FieldError()
        self.problem.hide()
        self.save_button = button(save_text, "plus", kind="primary")
        self.save_button.setIcon(icons.icon("plus", "white"))
        self.save_button.setToolTip(self.tr("Save (Enter)"))
        self.cancel_button = button(self.tr("Cancel"), "undo-2")
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._escape = EscapeCancels(self.close_form, self)
        self._enter = EnterSaves(self.save_requested.emit, self)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.close_form)
        self.hide()

    def set_inputs(self, inputs: list[QWidget]) -> None:
        """The form's fields in tab order: Enter saves from them, Escape closes."""
        self._enter.watch(inputs)
        self._escape.watch([*inputs, self.save_button, self.cancel_button])
        chain = [*inputs, self.cancel_button, self.save_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def open_at(self, first: QWidget) -> None:
        self.problem.hide()
        self.show()
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_open(self) -> bool:
        return not self.isHidden()

    def close_form(self) -> None:
        if self.isHidden():
            return
        self.hide()
        self.closed.emit()

    def show_problem(self, message: str) -> None:
        self.problem.set_text(message)
        self.problem.show()


class FormsArea(QScrollArea):
    """Holds the open form (and questions, notices) above a list: as tall as they are,
    scrolling only when large text on a small screen leaves too little height."""

    MIN_LINES = 6

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in widgets:
            layout.addWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setWidget(content)
        content.installEventFilter(self)

    def _content_height(self) -> int:
        content = self.widget()
        return content.sizeHint().height() if content is not None else 0

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height())

    def minimumSizeHint(self) -> QSize:
        lines = self.fontMetrics().height() * self.MIN_LINES
        return QSize(super().minimumSizeHint().width(), min(self._content_height(), lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a form opened or closed: ask for its height
        return super().eventFilter(watched, event)
