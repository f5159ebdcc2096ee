"""What the inline forms of the tabs share: error lines beside their fields, Escape to
cancel, and dates typed the Dutch way (dd-mm-jjjj) with a calendar whose weeks start on
Monday."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from buurtdesk.gui import style
from buurtdesk.gui.pickers import EntityPicker
from buurtdesk.gui.widgets import FieldError, repolish

DATE_FORMAT = "dd-MM-yyyy"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date) -> QDateEdit:
    """A date field: typed as 07-12-2026, or chosen in a calendar (weeks from Monday)."""
    edit = QDateEdit(to_qdate(day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    # Room for the whole date and the arrow: the field never clips "18-07-2023".
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00-00-0000") + 52)
    calendar = edit.calendarWidget()
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setGridVisible(True)
    # Weekends in the normal text colour: red is kept for errors.
    weekend = QTextCharFormat()
    weekend.setForeground(QColor(style.TEXT))
    for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(weekday, weekend)
    # Room for "ma di wo do vr za zo" and the week numbers at every text size.
    metrics = calendar.fontMetrics()
    calendar.setMinimumSize(metrics.averageCharWidth() * 34, metrics.height() * 12)
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a tick box ("Met datum") switches the date field on."""

    changed = Signal()

    def __init__(self, check_text: str, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.edit = date_edit(day)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _day: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()

    def set_accessible_names(self, check: str, edit: str) -> None:
        self.check.setAccessibleName(check)
        self.edit.setAccessibleName(edit)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None, fallback: date) -> None:
        self.check.setChecked(day is not None)
        self.edit.setDate(to_qdate(day or fallback))
        self.edit.setEnabled(day is not None)


class EscapeCancels(QObject):
    """Escape in any watched field calls ``cancel``, before a panel-wide shortcut (the
    person panel's "put back what was saved") can take it. An open drop-down list closes
    first, as everywhere."""

    def __init__(self, cancel: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = cancel

    def watch(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if cast(QKeyEvent, event).key() != Qt.Key.Key_Escape:
            return False
        if isinstance(watched, EntityPicker) and watched.is_popup_visible():
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver Escape as a key press here, not as the panel's shortcut
            return False
        self._cancel()
        return True


class FormErrors:
    """The error line under each row of a form, hidden until it has a message.

    ``rows`` maps a service's field name to the row's field widget (the error goes under
    it), in the order of the form; ``inputs`` to the widget that gets focus and the red
    border (the row widget itself when not named).
    """

    def __init__(
        self,
        form: QFormLayout,
        rows: Mapping[str, QWidget],
        inputs: Mapping[str, QWidget] | None = None,
        *,
        fallback: str | None = None,
    ) -> None:
        self._form = form
        self._rows = dict(rows)
        self._inputs = {field: (inputs or {}).get(field, widget) for field, widget in rows.items()}
        self._fallback = fallback
        self._lines: dict[int, FieldError] = {}
        by_widget = {id(widget): widget for widget in rows.values()}
        for widget in reversed(list(by_widget.values())):
            row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(widget))
            line = FieldError()
            line.setObjectName(f"{widget.objectName() or 'field'}Error")
            form.insertRow(row + 1, "", line)
            form.setRowVisible(line, False)
            self._lines[id(widget)] = line

    def line(self, field: str) -> FieldError:
        return self._lines[id(self._rows[field])]

    def message(self, field: str) -> str:
        """The message shown under ``field``'s row, "" when none."""
        line = self.line(field)
        return line.text() if self._form.isRowVisible(line) else ""

    def show(self, messages: Mapping[str, str]) -> None:
        """Each message under its field (unknown fields under ``fallback``); the first wrong
        field in the form gets focus, its typing left as it was."""
        self.clear()
        by_line: dict[int, list[str]] = {}
        for field, message in messages.items():
            placed = field if field in self._rows else self._fallback
            if placed is None:
                continue
            by_line.setdefault(id(self._rows[placed]), []).append(message)
            self._mark(self._inputs[placed], message)
        for key, texts in by_line.items():
            line = self._lines[key]
            line.set_text("\n".join(texts))
            self._form.setRowVisible(line, True)
        first = next((f for f in self._rows if f in messages), None)
        if first is None and self._fallback is not None and messages:
            first = self._fallback
        if first is not None:
            widget = self._inputs[first]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.deselect()

    def clear(self) -> None:
        for line in self._lines.values():
            if self._form.isRowVisible(line):
                self._form.setRowVisible(line, False)
        for widget in self._inputs.values():
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.setAccessibleDescription("")
                repolish(widget)

    @staticmethod
    def _mark(widget: QWidget, message: str) -> None:
        widget.setProperty("invalid", True)
        widget.setAccessibleDescription(message)
        repolish(widget)


def new_form() -> QFormLayout:
    """A form laid out as the person form is: labels right-aligned beside their fields."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    return form
