"""The short check before the aanmeldbalie opens: "Aanmeldbalie openen voor: [Bingo ▾] op
vandaag, 11.00–12.30 uur". It offers today's activities, with the one the coordinator came
from chosen when it is on today; without anything today it says so and offers that
activity's next date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import ActivityStatus
from buurtdesk.domain.dutch_dates import format_time_range
from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui.widgets import label
from buurtdesk.services import calendar, kiosk


@dataclass(frozen=True)
class DoorOption:
    activity_id: int
    title: str
    when: str  # "vandaag, 11.00–12.30 uur" or "wo 2 dec 2026, 14.00–16.00 uur"
    today: bool


def door_options(db: Database, activity_id: int | None, today: date) -> list[DoorOption]:
    """Today's activities (not cancelled; one entry per activity) by time, then the given
    activity's next date when it is not on today."""
    options: list[DoorOption] = []
    for row in calendar.occurrences_between(db, today, today):
        if row.status == ActivityStatus.CANCELLED.value:
            continue
        if any(option.activity_id == row.activity_id for option in options):
            continue
        when = QCoreApplication.translate("KioskWindow", "today, {time}").format(
            time=format_time_range(row.starts_at, row.ends_at)
        )
        options.append(DoorOption(row.activity_id, row.title, when, True))
    if activity_id is not None and not any(o.activity_id == activity_id for o in options):
        try:
            info = kiosk.open_kiosk(db, activity_id, today=today)
        except BuurtdeskError:
            return options  # gone, or no date to come: only today's are offered
        options.append(DoorOption(activity_id, info.title, info.when_text, False))
    return options


class ChooseDoorDialog(QDialog):
    """Pick the activity; ``chosen()`` is its id once accepted."""

    def __init__(
        self, options: list[DoorOption], activity_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the sign-in desk"))
        self.options = options
        nothing_today = not any(option.today for option in options)
        self.notice = label(
            self.tr("There is nothing in the agenda for today.") if nothing_today else "",
            wrap=True,
        )
        self.notice.setVisible(nothing_today)
        question = QLabel(self.tr("Open the sign-in desk for:"))
        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Activity"))
        for option in options:
            self.activity.addItem(option.title, option.activity_id)
        question.setBuddy(self.activity)
        self.when = label(wrap=True)
        wanted = next(
            (i for i, o in enumerate(options) if o.activity_id == activity_id and o.today), None
        )
        first_today = next((i for i, o in enumerate(options) if o.today), 0)
        self.activity.setCurrentIndex(wanted if wanted is not None else first_today)
        self.activity.currentIndexChanged.connect(self._show_when)
        self._show_when()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        open_button.setText(self.tr("Open sign-in desk"))
        open_button.setAccessibleName(open_button.text())
        open_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(cancel.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(question)
        layout.addWidget(self.activity)
        layout.addWidget(self.when)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def _show_when(self) -> None:
        index = self.activity.currentIndex()
        text = self.tr("on {when}").format(when=self.options[index].when) if index >= 0 else ""
        self.when.setText(text)
        self.when.setAccessibleName(text)

    def chosen(self) -> int:
        return int(self.activity.currentData())


def ask_door(
    options: list[DoorOption], activity_id: int | None, parent: QWidget | None
) -> int | None:
    """The activity the coordinator chose; None when cancelled."""
    dialog = ChooseDoorDialog(options, activity_id, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.chosen()
    dialog.deleteLater()
    return chosen if accepted else None
