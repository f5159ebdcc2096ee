"""Inline messages that wait for the coordinator instead of a popup: "call this person"
notices that stay until dismissed, and a one-line question before cancelling a sign-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from buurtdesk.gui import icons, style
from buurtdesk.gui.widgets import button, label

NOTICE_STYLE = f"""
QWidget#notice, QWidget#question {{
    background: {style.ACCENT_SOFT}; border: 1px solid {style.ACCENT}; border-radius: 6px;
}}
QWidget#notice QLabel, QWidget#question QLabel {{ background: transparent; border: none; }}
"""


def _bar(name: str, icon: str, text: str) -> tuple[QWidget, QHBoxLayout, QLabel]:
    bar = QWidget()
    bar.setObjectName(name)
    bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    bar.setStyleSheet(NOTICE_STYLE)
    picture = QLabel()
    size = max(18, bar.fontMetrics().height())
    picture.setPixmap(icons.pixmap(icon, size, "accent", bar.devicePixelRatioF()))
    picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    message = label(text, wrap=True)
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(10, 8, 8, 8)
    layout.setSpacing(10)
    layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(message, 1)
    bar.setAccessibleName(text)
    return bar, layout, message


class Notices(QWidget):
    """A stack of notices, newest at the bottom; each goes when its "Gelezen" is clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.hide()

    def add(self, text: str) -> None:
        bar, layout, _message = _bar("notice", "info", text)
        dismiss = button(self.tr("Done"), "check")
        dismiss.setObjectName("dismissNotice")
        dismiss.setToolTip(self.tr("I have read this; remove the notice"))
        dismiss.setAccessibleName(self.tr("Remove the notice: {text}").format(text=text))
        layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        dismiss.clicked.connect(lambda: self._dismiss(bar))
        self._layout.addWidget(bar)
        self.show()

    def texts(self) -> list[str]:
        """What the notices say, top to bottom."""
        result = []
        for index in range(self._layout.count()):
            item = self._layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                result.append(widget.accessibleName())
        return result

    def _dismiss(self, bar: QWidget) -> None:
        self._layout.removeWidget(bar)
        bar.hide()
        bar.deleteLater()
        if self._layout.count() == 0:
            self.hide()

    def clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.hide()


class Question(QWidget):
    """One question in a line, with a yes button that names the action and "Nee".
    Escape or "Nee" takes the question away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answer: Callable[[], None] | None = None
        bar, layout, self.message = _bar("question", "circle-alert", "")
        self.yes_button = button("", kind="primary")
        self.no_button = button(self.tr("No"))
        self.no_button.setToolTip(self.tr("Keep it as it is (Esc)"))
        layout.addWidget(self.yes_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.no_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._bar = bar
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(bar)
        self.yes_button.clicked.connect(self._yes)
        self.no_button.clicked.connect(self.dismiss)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.dismiss)
        self.hide()

    def ask(self, text: str, yes_text: str, answer: Callable[[], None]) -> None:
        self._answer = answer
        self.message.setText(text)
        self._bar.setAccessibleName(text)
        self.yes_button.setText(yes_text)
        self.show()
        self.no_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.message.text()

    def _yes(self) -> None:
        answer, self._answer = self._answer, None
        self.hide()
        if answer is not None:
            answer()

    def dismiss(self) -> None:
        self._answer = None
        self.hide()
