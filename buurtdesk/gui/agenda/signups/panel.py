"""The coordinator's panel for one date of an activity: the live counts above, and tabs for
the sign-ups at the door, the activity's regulars, the volunteers' shifts and their hours.

    panel = OccurrencePanel(context=context)
    panel.show_occurrence(occurrence_id)   # None: nothing chosen

Every tab reads its rows when it comes on screen and again when the change bus reports a
change to what it shows (a sign-up made in the kiosk, a shift added on another tab).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui import icons
from buurtdesk.gui.agenda.signups.counts_line import CountsLine
from buurtdesk.gui.agenda.signups.door import DoorSection
from buurtdesk.gui.agenda.signups.hours import HoursSection
from buurtdesk.gui.agenda.signups.regulars import RegularsSection
from buurtdesk.gui.agenda.signups.section import Section, Shown
from buurtdesk.gui.agenda.signups.shifts import ShiftsSection
from buurtdesk.gui.agenda.signups.switcher import PageSwitcher
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.widgets import EmptyState
from buurtdesk.services import occurrences


class OccurrencePanel(QWidget):
    def __init__(self, *, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("occurrencePanel")
        self.context = context
        self.occurrence_id: int | None = None
        self.counts = CountsLine(context)
        self.door = DoorSection(context)
        self.regulars = RegularsSection(context)
        self.shifts = ShiftsSection(context)
        self.hours = HoursSection(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("occurrenceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.door, icons.icon("users"), self.tr("Sign-ups"))
        self.tabs.addTab(self.regulars, icons.icon("user-round"), self.tr("Regulars"))
        self.tabs.addTab(self.shifts, icons.icon("heart-handshake"), self.tr("Volunteers"))
        self.tabs.addTab(self.hours, icons.icon("calendar-clock"), self.tr("Hours"))
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index))
        self.tabs.setTabToolTip(3, self.tr("Hours per volunteer over a period"))
        # Buttons instead of the tabs: whole titles, in two rows when the panel is narrow.
        self.switcher = PageSwitcher(self.tabs)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        body_layout.addWidget(self.counts)
        body_layout.addWidget(self.switcher)
        body_layout.addWidget(self.tabs, 1)
        self.empty = EmptyState("calendar-clock")
        self.empty.setObjectName("occurrenceEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(body)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show_empty(self.tr("Choose a date in the agenda to see its sign-ups."))

    @property
    def sections(self) -> tuple[Section, ...]:
        return (self.counts, self.door, self.regulars, self.shifts, self.hours)

    def show_occurrence(self, occurrence_id: int | None) -> None:
        """Show the sign-ups, regulars and shifts of this date (None: none)."""
        self.occurrence_id = occurrence_id
        shown: Shown | None = None
        if occurrence_id is not None:
            try:
                detail = occurrences.get_occurrence(self.context.db, occurrence_id)
            except BuurtdeskError as error:
                self._show_empty(str(error))
                self._set_shown(None)
                return
            shown = Shown(
                occurrence_id, detail.activity_id, detail.is_recurring, detail.starts_at.date()
            )
        if shown is None:
            self._show_empty(self.tr("Choose a date in the agenda to see its sign-ups."))
        else:
            self.stack.setCurrentIndex(0)
        self._set_shown(shown)

    def _set_shown(self, shown: Shown | None) -> None:
        for section in self.sections:
            section.set_shown(shown)

    def _show_empty(self, text: str) -> None:
        self.empty.set_content(text)
        self.stack.setCurrentIndex(1)
