"""A date typed the way the activity's Datum is ("31-03-2027", "31-3-27", "31 maart
2027"), with a calendar behind the button at its end (weeks from Monday).

Unlike a QDateEdit, typing never jumps between sections or rounds a day to the month's
last: what is typed is read as a whole when the typing is done (Enter or leaving the
field), and a date that cannot be read is said in words.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from buurtdesk.domain.dutch_dates import input_date, parse_date
from buurtdesk.domain.errors import ValidationError
from buurtdesk.gui import icons, style


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QLineEdit):
    date_chosen = Signal(object)  # date: typed and done (Enter, leaving) or picked

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self._picker = QAction(icons.icon("calendar"), self.tr("Choose in the calendar"), self)
        self._picker.setToolTip(self.tr("Choose in the calendar"))
        self._picker.triggered.connect(self.open_calendar)
        self.addAction(self._picker, QLineEdit.ActionPosition.TrailingPosition)
        # Room for the whole date and the calendar button at every text size.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 40)
        self.calendar: QCalendarWidget | None = None
        self._last: date | None = None
        if day is not None:
            self.set_day(day)
        self.editingFinished.connect(self._done)

    def day(self) -> date | None:
        """The date typed, None while it cannot be read."""
        try:
            return parse_date(self.text())
        except ValidationError:
            return None

    def problem(self) -> str:
        """Why the typing is not a date (in plain Dutch), "" when it is one."""
        try:
            parse_date(self.text())
        except ValidationError as error:
            return error.message
        return ""

    def set_day(self, day: date) -> None:
        self._last = day
        self.setText(input_date(day))
        self.setCursorPosition(0)

    def _done(self) -> None:
        day = self.day()
        if day is not None and day != self._last:
            self._last = day
            self.setText(input_date(day))  # "31-3-27" written out as 31-03-2027
            self.date_chosen.emit(day)

    # ---------------------------------------------------------------- calendar
    def _make_calendar(self) -> QCalendarWidget:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName(f"{self.objectName() or 'date'}Calendar")
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        weekend = QTextCharFormat()  # weekends in the normal colour: red is for errors
        weekend.setForeground(QColor(style.TEXT))
        for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            calendar.setWeekdayTextFormat(weekday, weekend)
        metrics = calendar.fontMetrics()
        calendar.setMinimumSize(metrics.averageCharWidth() * 34, metrics.height() * 12)
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.installEventFilter(self)
        return calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the calendar closes the calendar. Without this the panel's Escape
        shortcut (Annuleren of the activity) took it: the calendar stayed open, or the
        question about unsaved changes came."""
        kind = event.type()
        if watched is not self.calendar or kind not in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            return False
        if cast(QKeyEvent, event).key() != Qt.Key.Key_Escape:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a key press for the calendar, not the panel's shortcut
            return False
        self.calendar.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        return True

    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = self._make_calendar()
        calendar = self.calendar
        day = self.day() or self._last or date.today()
        calendar.setSelectedDate(_qdate(day))
        calendar.adjustSize()
        where = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        if where.y() + calendar.height() > screen.bottom():  # no room below: above the field
            where = self.mapToGlobal(QPoint(0, -calendar.height()))
        calendar.move(where)
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, chosen: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.setText(input_date(date(chosen.year(), chosen.month(), chosen.day())))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self._done()
