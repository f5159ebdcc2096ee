"""The Agenda page: the bar on top, the month / week / list beside the chosen activity."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui import actions
from buurtdesk.gui.agenda.activity_editor import ActivityEditor
from buurtdesk.gui.agenda.source import AgendaSource, OccurrenceRow
from buurtdesk.gui.agenda.toolbar import LIST, MONTH, WEEK, AgendaToolbar
from buurtdesk.gui.agenda.views import AgendaViews
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.detail_splitter import DetailSplitter
from buurtdesk.gui.parts import PartPage
from buurtdesk.gui.record_editor import Mode
from buurtdesk.services import calendar, locations, occurrences
from buurtdesk.services.changes import Changes, Entity

EDITOR_WIDTH_KEY = "agenda/editor_width"
VIEW_KEY = "agenda/view"
SHOWN = (Entity.ACTIVITY, Entity.OCCURRENCE, Entity.SIGNUP, Entity.ROOM, Entity.LOCATION)
FIND_AHEAD = timedelta(days=62)  # where a saved activity's first date is looked for
EDITOR_SHARE = 0.38  # the activity beside the calendar, at first; the calendar gets the rest


CALENDAR_MIN_WIDTH = 560  # px: about 70 per day and the week numbers


class AgendaPage(PartPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self._context = context
        self._day: date = context.now().date()
        self.source = AgendaSource(context.db, self._day)
        self.toolbar = AgendaToolbar()
        self.toolbar.set_rooms(locations.list_rooms(context.db))
        self.views = AgendaViews(self.source, self._day)
        self.editor = ActivityEditor(context)

        views_panel = QWidget()
        views_layout = QVBoxLayout(views_panel)
        views_layout.setContentsMargins(16, 0, 8, 12)
        views_layout.addWidget(self.views)
        editor_panel = QWidget()
        editor_panel.setObjectName("panel")
        editor_layout = QVBoxLayout(editor_panel)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor)
        # The calendar never shrinks to nothing beside a wide editor: seven days must stay
        # readable (a dragged splitter stops there).
        self.splitter = DetailSplitter(
            views_panel,
            editor_panel,
            name="agendaSplitter",
            settings_key=EDITOR_WIDTH_KEY,
            detail_share=EDITOR_SHARE,
            main_min_width=CALENDAR_MIN_WIDTH,
        )
        bar = QWidget()
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(16, 14, 12, 10)
        bar_layout.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)

        bar_ = self.toolbar
        bar_.view_changed.connect(self.set_view)
        bar_.previous_clicked.connect(lambda: self._step(-1))
        bar_.next_clicked.connect(lambda: self._step(1))
        bar_.today_clicked.connect(self.go_to_today)
        bar_.room_changed.connect(self._room_changed)
        bar_.text_changed.connect(self._text_changed)
        bar_.new_button.clicked.connect(self.new_activity)
        bar_.kiosk_button.clicked.connect(self.open_kiosk)
        bar_.rooms_button.clicked.connect(self.manage_rooms)
        bar_.search.to_results.connect(self.views.focus)
        self.views.occurrence_selected.connect(self._selected)
        self.views.occurrence_activated.connect(self._activated)
        self.views.day_selected.connect(self._day_picked)
        self.editor.new_activity_requested.connect(self.new_activity)
        self.editor.occurrence_saved.connect(self._saved)
        context.navigator.occurrence_requested.connect(self.open_occurrence)
        context.bus.changed.connect(self._on_changed)
        self.set_view(MONTH)

    # ---------------------------------------------------------------- PartPage
    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        return {
            actions.NEW: self.new_activity,
            actions.FIND: self.focus_search,
            actions.SAVE: self._save,
            actions.OPEN_KIOSK: self.open_kiosk,
            actions.LOCATIONS: self.manage_rooms,
        }

    def _save(self) -> None:
        self.editor.save()

    def may_leave(self) -> bool:
        return self.editor.resolve_unsaved()

    def first_paint_widget(self) -> QWidget:
        return self.views.month.viewport()

    def save_state(self, settings: QSettings) -> None:
        self.splitter.save_state(settings)
        settings.setValue(VIEW_KEY, self.views.view)

    def restore_state(self, settings: QSettings) -> None:
        self.splitter.restore_state(settings)
        view = settings.value(VIEW_KEY)
        if view in (MONTH, WEEK, LIST):
            self.set_view(str(view))

    # ---------------------------------------------------------------- period and filters
    def set_view(self, view: str) -> None:
        self.toolbar.set_view(view)
        self.views.show_view(view)
        self._show_title()

    def _step(self, direction: int) -> None:
        self.views.step(direction)
        self._show_title()

    def go_to_today(self) -> None:
        self.views.go_to(self._context.now().date())
        self._show_title()

    def _show_title(self) -> None:
        self.toolbar.title.setText(self.views.title())

    def _room_changed(self, room_id: int | None) -> None:
        self.source.room_id = room_id
        self.views.refresh()

    def _text_changed(self, text: str) -> None:
        self.source.text = text
        self.views.refresh()

    def focus_search(self) -> None:
        self._context.navigator.show_part("agenda")
        self.toolbar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.toolbar.search.selectAll()

    def _day_picked(self, day: date) -> None:
        self._day = day

    # ---------------------------------------------------------------- selection
    def _selected(self, occurrence_id: int | None) -> None:
        if occurrence_id == self.editor.occurrence_id:
            return
        if not self.editor.resolve_unsaved():
            self.views.month.select_occurrence(self.editor.occurrence_id, tell=False)
            self.views.week.select_occurrence(self.editor.occurrence_id, tell=False)
            return
        if occurrence_id is None:
            if self.editor.mode is Mode.EXISTING:
                self.editor.clear()
        else:
            self.editor.show_occurrence(occurrence_id)
        self._show_title()

    def _activated(self, occurrence_id: int) -> None:
        self._selected(occurrence_id)
        if self.editor.occurrence_id == occurrence_id:
            self.editor.focus_form()

    def open_occurrence(self, occurrence_id: int) -> None:
        """Show one date, selected, with its activity (asked for from Vandaag)."""
        if occurrence_id != self.editor.occurrence_id and not self.editor.resolve_unsaved():
            return
        try:
            found = occurrences.get_occurrence(self._context.db, occurrence_id)
        except BuurtdeskError as error:
            self._context.show_status(str(error))
            return
        day = found.starts_at.date()
        row = self._row(day, day, lambda r: r.occurrence_id == occurrence_id)
        if row is not None:
            self.views.show_occurrence(row)
        self.editor.show_occurrence(occurrence_id)
        self._show_title()

    def _row(
        self, first: date, last: date, wanted: Callable[[OccurrenceRow], bool]
    ) -> OccurrenceRow | None:
        rows = calendar.occurrences_between(self._context.db, first, last)
        return next((row for row in rows if wanted(row)), None)

    def new_activity(self) -> None:
        if self.editor.mode is not Mode.NONE and not self.editor.resolve_unsaved():
            return
        self._context.navigator.show_part("agenda")
        chosen = self.views.month.current_day() if self.views.view == MONTH else None
        self.views.month.select_occurrence(None, tell=False)
        self.editor.start_new(chosen or self._day)

    def _saved(self, activity_id: int, day: object) -> None:
        first = day if isinstance(day, date) else self._day
        row = self._row(first, first + FIND_AHEAD, lambda r: r.activity_id == activity_id)
        if row is None:
            self.editor.show_record(activity_id)
            return
        self.views.show_occurrence(row)
        self.editor.show_occurrence(row.occurrence_id)
        self._show_title()

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects(Entity.ROOM) or changes.affects(Entity.LOCATION):
            self.toolbar.set_rooms(locations.list_rooms(self._context.db))
            self.editor.reload_choices()
        if any(changes.affects(entity) for entity in SHOWN):
            self.views.refresh()

    # ---------------------------------------------------------------- door and rooms
    def open_kiosk(self) -> None:
        """The door's kiosk: the chosen activity when it is on today, else today's first
        (the kiosk asks which)."""
        # The kiosk's modules load only when a coordinator opens one.
        from buurtdesk.gui.kiosk.launch import open_kiosk

        activity_id = self.editor.activity_id
        open_kiosk(context=self._context, activity_id=activity_id, parent=self.window())

    def manage_rooms(self) -> None:
        from buurtdesk.gui.agenda.rooms_dialog import RoomsDialog

        RoomsDialog(self._context, self).exec()
