"""How an activity repeats: not, every N weeks on chosen weekdays, monthly on the nth
weekday, or monthly on the same day number; until a date or a number of times."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.recurrence import MAX_COUNT, MAX_INTERVAL, Repeat, RepeatInput
from buurtdesk.gui.agenda import dates
from buurtdesk.gui.netwerk.tabs.forms import date_edit, from_qdate, to_qdate
from buurtdesk.gui.widgets import label

NO_END, UNTIL, COUNT = "none", "until", "count"
_NTH = (1, 2, 3, 4, -1)


class RepeatEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatEditor")
        self.kind = QComboBox()
        self.kind.setObjectName("repeatKind")
        self.kind.setAccessibleName(self.tr("Repeat"))
        for kind, text in (
            (Repeat.NONE, self.tr("Does not repeat")),
            (Repeat.WEEKLY, self.tr("Weekly")),
            (Repeat.MONTHLY_WEEKDAY, self.tr("Monthly, on a weekday")),
            (Repeat.MONTHLY_DAY, self.tr("Monthly, on the same date")),
        ):
            self.kind.addItem(text, kind.value)
        self.interval = QSpinBox()
        self.interval.setObjectName("repeatInterval")
        self.interval.setRange(1, MAX_INTERVAL)
        self.interval.setAccessibleName(self.tr("Every how many weeks or months"))
        self.interval_unit = label("")
        self.nth = QComboBox()
        self.nth.setObjectName("repeatNth")
        self.nth.setAccessibleName(self.tr("Which week of the month"))
        for nth, text in zip(
            _NTH,
            (
                self.tr("first"),
                self.tr("second"),
                self.tr("third"),
                self.tr("fourth"),
                self.tr("last"),
            ),
            strict=True,
        ):
            self.nth.addItem(text, nth)
        self.weekday_checks: list[QCheckBox] = []
        days = QHBoxLayout()
        days.setSpacing(6)
        for weekday in range(dates.DAYS):
            check = QCheckBox(dates.weekday_short(weekday))
            check.setObjectName(f"repeatDay{weekday}")
            check.setAccessibleName(dates.weekday_short(weekday))
            days.addWidget(check)
            self.weekday_checks.append(check)
        days.addStretch(1)
        self.days = QWidget()
        self.days.setLayout(days)
        days.setContentsMargins(0, 0, 0, 0)
        self.end = QComboBox()
        self.end.setObjectName("repeatEnd")
        self.end.setAccessibleName(self.tr("Until"))
        self.end.addItem(self.tr("No end"), NO_END)
        self.end.addItem(self.tr("Until the date"), UNTIL)
        self.end.addItem(self.tr("Number of times"), COUNT)
        self.until: QDateEdit = date_edit(date.today())
        self.until.setObjectName("repeatUntil")
        self.until.setAccessibleName(self.tr("Last date"))
        self.count = QSpinBox()
        self.count.setObjectName("repeatCount")
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(10)
        self.count.setAccessibleName(self.tr("Number of times"))

        every = QHBoxLayout()
        every.setSpacing(8)
        self.every_label = label(self.tr("every"))
        every.addWidget(self.every_label)
        every.addWidget(self.interval)
        every.addWidget(self.interval_unit)
        every.addWidget(self.nth)
        every.addStretch(1)
        ending = QHBoxLayout()
        ending.setSpacing(8)
        ending.addWidget(self.end)
        ending.addWidget(self.until)
        ending.addWidget(self.count)
        ending.addStretch(1)
        self.ending = QWidget()
        self.ending.setLayout(ending)
        ending.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.kind)
        layout.addLayout(every)
        layout.addWidget(self.days)
        layout.addWidget(self.ending)

        for combo in (self.kind, self.nth, self.end):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.interval, self.count):
            spin.valueChanged.connect(self._changed)
        for check in self.weekday_checks:
            check.toggled.connect(self._changed)
        self.until.dateChanged.connect(self._changed)
        self._show_parts()

    def _changed(self) -> None:
        self._show_parts()
        self.changed.emit()

    def _show_parts(self) -> None:
        kind = Repeat(self.kind.currentData())
        repeating = kind is not Repeat.NONE
        weekly = kind is Repeat.WEEKLY
        for widget in (self.every_label, self.interval, self.interval_unit, self.ending):
            widget.setVisible(repeating)
        self.interval_unit.setText(self.tr("weeks") if weekly else self.tr("months"))
        self.days.setVisible(weekly)
        self.nth.setVisible(kind is Repeat.MONTHLY_WEEKDAY)
        end = self.end.currentData()
        self.until.setVisible(repeating and end == UNTIL)
        self.count.setVisible(repeating and end == COUNT)

    # ---------------------------------------------------------------- values
    def value(self, start: date | None) -> RepeatInput:
        """The repeat as chosen; a monthly weekday repeat falls on ``start``'s weekday."""
        kind = Repeat(self.kind.currentData())
        if kind is Repeat.NONE:
            return RepeatInput()
        weekdays = tuple(n for n, check in enumerate(self.weekday_checks) if check.isChecked())
        if kind is Repeat.MONTHLY_WEEKDAY:
            weekdays = (start.weekday(),) if start is not None else ()
        elif kind is Repeat.MONTHLY_DAY:
            weekdays = ()
        end = self.end.currentData()
        return RepeatInput(
            kind=kind,
            interval=self.interval.value(),
            weekdays=weekdays,
            nth=int(self.nth.currentData()) if kind is Repeat.MONTHLY_WEEKDAY else 1,
            until=from_qdate(self.until.date()) if end == UNTIL else None,
            count=self.count.value() if end == COUNT else None,
        )

    def set_value(self, repeat: RepeatInput, start: date) -> None:
        self.blockSignals(True)
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(repeat.kind.value)))
            self.interval.setValue(repeat.interval)
            chosen = set(repeat.weekdays) or {start.weekday()}
            for number, check in enumerate(self.weekday_checks):
                check.setChecked(number in chosen)
            self.nth.setCurrentIndex(max(0, self.nth.findData(repeat.nth)))
            end = UNTIL if repeat.until else COUNT if repeat.count else NO_END
            self.end.setCurrentIndex(self.end.findData(end))
            self.until.setDate(to_qdate(repeat.until or start))
            self.count.setValue(repeat.count or 10)
        finally:
            self.blockSignals(False)
        self._show_parts()
