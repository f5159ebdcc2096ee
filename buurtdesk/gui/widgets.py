"""Small widgets every part uses: headings, an empty state, a field's error message."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import icons


def label(text: str = "", role: str | None = None, *, wrap: bool = False) -> QLabel:
    """A QLabel with a style role: "heading", "subheading", "muted", "small", "error"."""
    result = QLabel(text)
    if role:
        result.setProperty("role", role)
    result.setWordWrap(wrap)
    return result


def button(text: str, icon: str | None = None, *, kind: str | None = None) -> QPushButton:
    """A push button; ``kind`` "primary" (the accent) or "destructive" (red text)."""
    result = QPushButton(text)
    if icon:
        result.setIcon(icons.icon(icon, "white" if kind == "primary" else "normal"))
    if kind:
        result.setProperty("kind", kind)
    result.setAutoDefault(False)
    return result


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class EmptyState(QWidget):
    """A calm, centred invitation to the next step: icon, sentence, one button."""

    action_clicked = Signal()

    def __init__(self, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(12)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(icons.pixmap(icon, 48, "muted", self.devicePixelRatioF()))
        self.title = label("", "subheading", wrap=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("", "muted", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = button("", kind="primary")
        self.button.clicked.connect(self.action_clicked)
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_content(
        self, title: str, text: str = "", action: str = "", action_icon: str | None = None
    ) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.button.setText(action)
        self.button.setVisible(bool(action))
        if action_icon:
            self.button.setIcon(icons.icon(action_icon, "white"))


class FieldError(QWidget):
    """The message under a form field: an error icon and red text, so the state never
    depends on colour alone. Hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(6)
        self.picture = QLabel()
        self._draw_icon()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.message = label("", "error", wrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.installEventFilter(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)

    def text(self) -> str:
        return self.message.text()

    def set_margins(self, horizontal: int, vertical: int) -> None:
        self._layout.setContentsMargins(horizontal, vertical, horizontal, vertical)

    def set_text(self, text: str) -> None:
        self.message.setText(text)
        self.setAccessibleName(text)
        self._fit_height()

    def _draw_icon(self) -> None:
        size = max(16, self.fontMetrics().height() - 2)
        self.picture.setPixmap(
            icons.pixmap("circle-alert", size, "error", self.devicePixelRatioF())
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._draw_icon()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.message and event.type() == QEvent.Type.Resize:
            self._fit_height()  # the label's own width is final only once it is resized
        return False

    def _fit_height(self) -> None:
        # A form layout asks wrapped labels for their height at the wrong width and leaves a
        # gap; pinning the height to the width the text really has keeps rows tight.
        width = self.message.width()
        height = self.message.heightForWidth(width) if width > 0 and self.text() else -1
        if height > 0:
            self.message.setFixedHeight(height)
