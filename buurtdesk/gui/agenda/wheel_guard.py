"""Choice lists and number fields in a scrolling form leave the mouse wheel to the form
until they are clicked or tabbed into: scrolling past them never changes a value."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            # Not taken: Qt hands the wheel on to the parents, so the form scrolls.
            event.ignore()
            return True
        return super().eventFilter(watched, event)


def _guard() -> _WheelGuard:
    app = QApplication.instance()
    assert app is not None
    found = app.findChild(_WheelGuard, "wheelGuard")
    if found is None:
        found = _WheelGuard(app)
        found.setObjectName("wheelGuard")
    return found


def guard_wheel(*widgets: QWidget) -> None:
    """``widgets`` change their value by the wheel only while they have the focus."""
    guard = _guard()
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)
