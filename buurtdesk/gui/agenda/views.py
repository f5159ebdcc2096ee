"""The three ways to see the agenda, stacked: month, week by room, and the list of coming
dates. They share one source (room filter and search) and tell the page which date was
picked or opened."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QWidget

from buurtdesk.gui.agenda import dates
from buurtdesk.gui.agenda.list_model import ACTIVITY, UpcomingModel
from buurtdesk.gui.agenda.month_model import MonthModel
from buurtdesk.gui.agenda.month_view import MonthView
from buurtdesk.gui.agenda.source import AgendaSource, OccurrenceRow
from buurtdesk.gui.agenda.toolbar import LIST, MONTH, WEEK
from buurtdesk.gui.agenda.week_model import WeekModel
from buurtdesk.gui.agenda.week_view import WeekView

# Column widths in average characters: as wide as wanted, and as narrow as they may get
# when the list is narrow (the activity's title takes what is left, at least its own).
LIST_COLUMNS = {0: 16, 1: 15, 3: 22, 4: 18, 5: 11}
LIST_NARROWEST = {0: 15, 1: 15, 3: 8, 4: 7, 5: 9}
TITLE_NARROWEST = 14


def shared_widths(wanted: dict[int, int], narrowest: dict[int, int], room: int) -> dict[int, int]:
    """``wanted`` widths made smaller, each in proportion to what it can give up, until they
    fit in ``room`` (never under ``narrowest``)."""
    over = sum(wanted.values()) - room
    give = {c: wanted[c] - narrowest[c] for c in wanted}
    spare = sum(give.values())
    if over <= 0 or spare <= 0:
        return dict(wanted)
    share = min(1.0, over / spare)
    return {c: wanted[c] - int(give[c] * share + 0.999) for c in wanted}


class UpcomingTable(QTableView):
    def __init__(self, model: UpcomingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upcomingList")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(ACTIVITY, QHeaderView.ResizeMode.Stretch)
        # Fitted to the width: never a sideways scroll to reach the status.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        wanted = {column: chars * char for column, chars in LIST_COLUMNS.items()}
        narrowest = {column: chars * char for column, chars in LIST_NARROWEST.items()}
        room = self.viewport().width() - TITLE_NARROWEST * char
        for column, width in shared_widths(wanted, narrowest, room).items():
            self.setColumnWidth(column, width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class AgendaViews(QStackedWidget):
    occurrence_selected = Signal(object)  # int | None
    occurrence_activated = Signal(int)
    day_selected = Signal(object)  # date

    def __init__(self, source: AgendaSource, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.view = MONTH
        self.anchor = today
        self.month_model = MonthModel(source, today=today, parent=self)
        self.month = MonthView(self.month_model)
        self.month.setAccessibleName(self.tr("Month"))
        self.week_model = WeekModel(source, monday=today, parent=self)
        self.week = WeekView(self.week_model)
        self.week.setAccessibleName(self.tr("Week by room"))
        self.list_model = UpcomingModel(source, parent=self)
        self.list = UpcomingTable(self.list_model)
        self.list.setAccessibleName(self.tr("Coming dates"))
        for widget in (self.month, self.week, self.list):
            self.addWidget(widget)
        for view in (self.month, self.week):
            view.occurrence_selected.connect(self.occurrence_selected)
            view.occurrence_activated.connect(self.occurrence_activated)
        self.month.day_selected.connect(self._day_picked)
        self.list.selectionModel().currentRowChanged.connect(self._list_moved)
        self.list.doubleClicked.connect(
            lambda index: self.occurrence_activated.emit(self.list_model.occurrence_id(index.row()))
        )
        self._stale = {WEEK, LIST}

    # ---------------------------------------------------------------- period
    def title(self) -> str:
        if self.view == MONTH:
            return dates.month_title(self.month_model.year, self.month_model.month)
        if self.view == WEEK:
            return dates.week_title(self.week_model.monday)
        return self.tr("Coming dates")

    def show_view(self, view: str) -> None:
        self.view = view
        self.setCurrentWidget({MONTH: self.month, WEEK: self.week, LIST: self.list}[view])
        self.go_to(self.anchor)

    def step(self, direction: int) -> None:
        if self.view == MONTH:
            year, month = dates.add_months(self.anchor.year, self.anchor.month, direction)
            self.go_to(date(year, month, 1))
        elif self.view == WEEK:
            self.go_to(self.anchor + timedelta(weeks=direction))

    def go_to(self, day: date) -> None:
        """Show the period holding ``day`` (fetching only when the period changes)."""
        self.anchor = day
        if self.view == MONTH:
            model = self.month_model
            if (model.year, model.month) != (day.year, day.month) or MONTH in self._stale:
                model.set_month(day.year, day.month)
            self._stale.discard(MONTH)
            self.month.select_day(day)
        elif self.view == WEEK:
            if self.week_model.monday != dates.monday_of(day) or WEEK in self._stale:
                self.week_model.set_week(day)
            self._stale.discard(WEEK)
        elif LIST in self._stale:
            self.list_model.refresh()
            self._stale.discard(LIST)

    def refresh(self) -> None:
        """Fetch again what is shown; the hidden views when they are shown next."""
        self._stale = {MONTH, WEEK, LIST}
        self.go_to(self.anchor)

    def _day_picked(self, day: date) -> None:
        self.anchor = day
        self.day_selected.emit(day)

    # ---------------------------------------------------------------- selection
    def show_occurrence(self, row: OccurrenceRow) -> None:
        """Bring ``row``'s period forward with ``row`` selected (asked for from outside)."""
        self.go_to(row.starts_at.date())
        if self.view == MONTH:
            self.month.show_occurrence(row)
        elif self.view == WEEK:
            self.week.show_occurrence(row)
        else:
            self.select_in_list(row.occurrence_id)

    def select_in_list(self, occurrence_id: int) -> None:
        found = self.list_model.row_of(occurrence_id)
        selection = self.list.selectionModel()
        if found is None:
            selection.clearSelection()
            return
        index = self.list_model.index(found, 0)
        self.list.blockSignals(True)
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.list.blockSignals(False)
        self.list.scrollTo(index)

    def _list_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.occurrence_selected.emit(self.list_model.occurrence_id(current.row()))

    def selected_id(self) -> int | None:
        if self.view == MONTH:
            return self.month.selected_id
        if self.view == WEEK:
            return self.week.selected_id
        index = self.list.currentIndex()
        return self.list_model.occurrence_id(index.row()) if index.isValid() else None

    def focus(self) -> None:
        current = self.currentWidget()
        if current is not None:
            current.setFocus(Qt.FocusReason.OtherFocusReason)
