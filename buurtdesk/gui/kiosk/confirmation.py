"""The big, friendly "Welkom, Jan!" after an entry was saved; a tap (or the timer of the
window) goes back to the start."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from buurtdesk.gui.kiosk.style import SUCCESS
from buurtdesk.gui.resources import icons_dir

ICON_SIZE = 120


def split_greeting(message: str) -> tuple[str, str]:
    """ "Welkom, Sanne! U bent aangemeld en binnengemeld." -> the greeting to show big,
    and the rest for the line under it."""
    head, mark, rest = message.partition("! ")
    if mark and rest:
        return head + "!", rest
    return message, ""


class ConfirmationScreen(QWidget):
    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Saved"))
        self.message = QLabel()
        self.message.setProperty("role", "kiosk-welcome")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.detail = QLabel(self.tr("You are in. Enjoy!"))
        self.detail.setProperty("role", "kiosk-heading")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(20)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_message(self, message: str, detail: str) -> None:
        """The greeting big; what else the service said, and ``detail``, under it."""
        if self.picture.pixmap().isNull():
            self.picture.setPixmap(_green_check(self.devicePixelRatioF()))
        message, more = split_greeting(message)
        detail = f"{more}\n{detail}" if more and detail else more or detail
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.detail.setText(detail)
        self.detail.setAccessibleName(detail)
        self.detail.setVisible(bool(detail))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()
        event.accept()


def _green_check(ratio: float) -> QPixmap:
    """Lucide's circle-check in the kiosk's green (the shared icons have no green tone)."""
    svg = (icons_dir() / "circle-check.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", SUCCESS).encode("utf-8")))
    pixmap = QPixmap(round(ICON_SIZE * ratio), round(ICON_SIZE * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
