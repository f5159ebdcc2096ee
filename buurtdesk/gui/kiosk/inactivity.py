"""After a minute without input the kiosk clears itself, so the next person at the door
never sees what the previous one typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

IDLE_MS = 60_000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    """Emits ``idle`` when the application saw no key, mouse or touch input for
    ``interval_ms``. Watches the whole application while started (an event filter on it),
    so input in any widget of the kiosk counts."""

    idle = Signal()

    def __init__(self, parent: QObject, interval_ms: int = IDLE_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        self._app: QApplication | None = None

    def start(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._app is None:
            self._app = app
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.timer.start()  # restarts the minute
        return False
