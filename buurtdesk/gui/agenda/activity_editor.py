"""The activity beside the agenda: its details to change, the chosen date to cancel or
restore, and (in the next tab) that date's sign-ups.

Saving asks inline, never in a dialog: for a recurring activity whose date, times or room
changed, which dates; for a room already taken, whether to save anyway ("Toch opslaan").
What the service refuses goes beside its field, the typing kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QTabWidget, QWidget

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.agenda import ActivityStatus
from buurtdesk.domain.dutch_dates import input_date, input_time
from buurtdesk.domain.errors import BuurtdeskError, NotFound
from buurtdesk.gui import icons
from buurtdesk.gui.agenda import choices
from buurtdesk.gui.agenda.activity_form import ActivityForm
from buurtdesk.gui.agenda.question_bar import QuestionBar
from buurtdesk.gui.agenda.saving import Dates, Save, Shown, needs_scope, plan
from buurtdesk.gui.agenda.signups.panel import OccurrencePanel
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.calls import SAVED, call, text
from buurtdesk.gui.prompts import UnsavedAnswer
from buurtdesk.gui.record_editor import Mode, RecordEditor
from buurtdesk.gui.widgets import EmptyState, button, label
from buurtdesk.services import activities, occurrences
from buurtdesk.services.activities import SavedActivity
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.room_conflicts import RoomConflicts


class ActivityEditor(RecordEditor):
    new_activity_requested = Signal()
    occurrence_saved = Signal(int, object)  # activity id, the date (date) to show
    entity = Entity.ACTIVITY

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("activityEditor")
        self._shown: Shown | None = None
        self._original = ActivityInput()
        self._pending: Save | None = None

        self.placeholder = EmptyState("calendar")
        self.placeholder.setObjectName("activityPlaceholder")
        self.placeholder.set_content(
            self.tr("Choose an activity in the agenda to see its details."),
            self.tr("Or plan a new activity."),
            self.tr("New activity"),
            "plus",
        )
        self.placeholder.action_clicked.connect(self.new_activity_requested)
        self._make_header("activity")

        self.when = label("", "muted", wrap=True)
        self.when.setObjectName("occurrenceWhen")
        self.cancel_date = button(self.tr("Cancel this date"), "ban")
        self.cancel_date.setObjectName("cancelDateButton")
        self.restore_date = button(self.tr("Restore this date"), "rotate-ccw")
        self.restore_date.setObjectName("restoreDateButton")
        self.cancel_date.clicked.connect(self.cancel_occurrence)
        self.restore_date.clicked.connect(self.restore_occurrence)
        strip = QWidget()
        strip_layout = QHBoxLayout(strip)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        strip_layout.addWidget(self.when, 1)
        strip_layout.addWidget(self.cancel_date)
        strip_layout.addWidget(self.restore_date)
        self.strip = strip
        self.conflict_bar = QuestionBar("conflictBanner", "triangle-alert", "error-banner")
        self.conflict_bar.answered.connect(self._conflict_answered)
        self.scope_bar = QuestionBar("scopeQuestion", "calendar-range", "info-banner")
        self.scope_bar.answered.connect(self._scope_answered)
        # "Bel Fatima (06 …): van de wachtlijst naar aangemeld": stays until read.
        self.call_notice = QuestionBar("callNotice", "users", "info-banner")
        self._pending_restore: int | None = None

        self.form = ActivityForm(context.db)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("activityTabs")
        self.tabs.setDocumentMode(True)
        form_scroll = self._scrolling(self.form)
        self.form_scroll = form_scroll
        self._form_viewport = form_scroll.viewport()
        self.tabs.addTab(form_scroll, icons.icon("calendar"), self.tr("Activity"))
        self.signups = OccurrencePanel(context=context)
        # Scrolls down when large text leaves too little height; never sideways: the
        # panel's narrowest layout counts in the editor's minimum width.
        holder = QScrollArea()
        holder.setObjectName("signupsScroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setWidget(self.signups)
        self.tabs.addTab(holder, icons.icon("users"), self.tr("Sign-ups"))
        buttons = self._make_buttons("activitySave", "activityCancel", "activityDelete")
        # Questions and errors come under the form, beside the buttons just pressed: the
        # fields above never move under the mouse.
        self._lay_out(
            self.placeholder,
            self.tabs,
            buttons,
            last_field=self.form.ui.statusCombo,
            extras=(self.strip,),
            below=(self.scope_bar, self.conflict_bar, self.call_notice),
            banner_below=True,
        )
        self.form.changed.connect(self._changed)
        self.form.submitted.connect(self.save)
        self.reload_choices()
        self._show_mode()
        self._form_viewport.installEventFilter(self)  # labels above the fields when narrow
        self._keep_form_width()

    def _keep_form_width(self) -> None:
        """As wide as the form needs, never cut off on the right."""
        scroll = self.tabs.widget(0)
        assert isinstance(scroll, QScrollArea)
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        buttons = sum(
            b.sizeHint().width() for b in (self.delete_button, self.cancel_button, self.save_button)
        )
        content = max(
            self.form.narrowest_width(), self.signups.minimumSizeHint().width(), buttons + 16
        )
        self.setMinimumWidth(content + scrollbar + 16 + 16 + 8)
        self.form.fit_width(scroll.viewport().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._form_viewport:
            self.form.fit_width(self._form_viewport.width())
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._keep_form_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_form_width()

    # ---------------------------------------------------------------- state
    @property
    def activity_id(self) -> int | None:
        return self._record_id

    @property
    def occurrence_id(self) -> int | None:
        shown = self._shown
        return shown.occurrence.occurrence_id if shown and shown.occurrence else None

    def is_dirty(self) -> bool:
        return self._mode is not Mode.NONE and self.form.value() != self._original

    def display_name(self) -> str:
        return self._shown.detail.title if self._shown else self.tr("the new activity")

    def reload_choices(self) -> None:
        db = self._context.db
        self.form.set_rooms(choices.rooms(db))
        self.form.set_themes(choices.themes(db))
        self.form.set_initiatives(choices.initiatives(db))

    # ---------------------------------------------------------------- showing
    def show_occurrence(self, occurrence_id: int) -> bool:
        db = self._context.db
        occurrence = self._fetched(lambda: occurrences.get_occurrence(db, occurrence_id))
        if occurrence is None:
            return False
        detail = self._fetched(lambda: activities.get_activity(db, occurrence.activity_id))
        if detail is None:
            return False
        data = ActivityInput(
            **{
                **vars(detail.data),
                "date": input_date(occurrence.starts_at.date()),
                "start": input_time(occurrence.starts_at),
                "end": input_time(occurrence.ends_at),
                "room_id": occurrence.room_id,
            }
        )
        self._show(Shown(detail, occurrence), data)
        return True

    def show_record(self, record_id: int) -> bool:
        current = self.occurrence_id
        if current is not None and self.show_occurrence(current):
            return True
        detail = self._fetched(lambda: activities.get_activity(self._context.db, record_id))
        if detail is None:
            return False
        self._show(Shown(detail, None), detail.data)
        return True

    def _show(self, shown: Shown, data: ActivityInput) -> None:
        self._mode = Mode.EXISTING
        self._record_id = shown.detail.activity_id
        self._shown = shown
        self._fill(data)
        self._show_mode()

    def start_new(self, day: date | None = None) -> None:
        self._mode = Mode.NEW
        self._record_id = None
        self._shown = None
        self._fill(ActivityInput(date=input_date(day or self._context.now().date())))
        self._show_mode()
        self.focus_form()

    def _to_top(self) -> None:
        self.form_scroll.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self._mode = Mode.NONE
        self._record_id = None
        self._shown = None
        self._fill(ActivityInput())
        self._show_mode()

    def focus_form(self) -> None:
        """The form from its top, the cursor in Titel."""
        if self._mode is not Mode.NONE:
            self.tabs.setCurrentIndex(0)
            self._to_top()
            self.form.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, data: ActivityInput) -> None:
        people, organisations = choices.organiser_names(self._context.db, data)
        self.form.fill(data, people, organisations)
        self._original = self.form.value()
        self._pending = None
        self.banner.hide()
        self.conflict_bar.hide()
        self.scope_bar.hide()
        self._changed()
        # The rows shown for this repeat settle once the layout has run: measure then.
        QTimer.singleShot(0, self._keep_form_width)

    def _show_mode(self) -> None:
        shown = self._shown
        occurrence = shown.occurrence if shown else None
        self._show_page(self.tr("New activity"), shown.detail.title if shown else None)
        self.strip.setVisible(occurrence is not None)
        self.title.setToolTip(self._number())
        if occurrence is not None:
            cancelled = occurrence.status == ActivityStatus.CANCELLED.value
            parts = [occurrence.when_text, occurrence.status_label]
            if occurrence.rule_text:
                parts.append(occurrence.rule_text)
            self.when.setText(" · ".join(parts))
            self.cancel_date.setVisible(not cancelled)
            self.restore_date.setVisible(cancelled)
        self.signups.show_occurrence(self.occurrence_id)
        self.tabs.setTabEnabled(self.tabs.count() - 1, occurrence is not None)
        self._changed()

    def _number(self) -> str:
        """ "Activiteit 41": for `buurtdesk signups 41` and when someone asks which one."""
        shown = self._shown
        if shown is None:
            return ""
        return self.tr("Activity {number}").format(number=shown.detail.activity_id)

    def _changed(self) -> None:
        self._show_unsaved(self.tr("Fill in at least the title, date and times."), self._number())
        if self.is_dirty():
            self._context.show_status("")  # "Geen wijzigingen om op te slaan." is old news

    # ---------------------------------------------------------------- saving
    def save(self) -> bool:
        if self._mode is Mode.NONE:
            return True
        typing = self.form.typing_errors()  # what the form cannot even hold
        if typing:
            self._refused(typing)
            return False
        data = self.form.value()
        if self._mode is Mode.EXISTING and data == self._original:
            self.form.errors.clear()
            self._context.show_status(self.tr("No changes to save."))
            return True
        if self._shown is not None and needs_scope(self._shown, self._original, data):
            self.scope_bar.ask(
                self.tr("This activity repeats. Which dates should change?"),
                (
                    (Dates.THIS.value, self.tr("Only this date"), "primary"),
                    (Dates.FOLLOWING.value, self.tr("This and all following"), None),
                    (Dates.ALL.value, self.tr("All dates"), None),
                    ("cancel", self.tr("Cancel"), None),
                ),
            )
            return False
        db, today = self._context.db, self._context.now().date()
        return self._run(plan(db, self._shown, self._original, data, None, today), False)

    def _scope_answered(self, key: str) -> None:
        if key == "cancel":
            return
        data = self.form.value()
        db, today = self._context.db, self._context.now().date()
        self._run(plan(db, self._shown, self._original, data, Dates(key), today), False)

    def _conflict_answered(self, key: str) -> None:
        pending, self._pending = self._pending, None
        restore, self._pending_restore = self._pending_restore, None
        if key != "save_anyway":
            return
        if pending is not None:
            self._run(pending, True)
        elif restore is not None:
            self._change_date(restore, self._restored, self.tr("Date restored."))

    def _run(self, save: Save, allow_conflicts: bool) -> bool:
        self.banner.hide()
        self.conflict_bar.hide()
        self.form.errors.clear()
        taken: list[RoomConflicts] = []

        def attempt() -> SavedActivity | None:
            try:
                return save(allow_conflicts)
            except RoomConflicts as conflicts:
                taken.append(conflicts)
                return None

        result = call(attempt, refused=self._refused, failed=self._show_banner)
        if taken:
            self._pending = save
            # Annuleren is the safe answer, and has the focus; Toch opslaan is chosen on purpose.
            self.conflict_bar.ask(
                taken[0].message,
                (
                    ("save_anyway", self.tr("Save anyway"), None),
                    ("cancel", self.tr("Cancel"), "primary"),
                ),
                default="cancel",
            )
            return False
        if result is None:
            return False
        day = self.form.start_date()
        self._mode = Mode.EXISTING
        self._record_id = result.activity_id
        self._original = self.form.value()  # shown again once the agenda has the new dates
        self._publish(result.changes)
        self._context.show_status(text(SAVED))
        if result.message:  # places freed: who moved up from the waiting list, to call
            self.call_notice.ask(result.message, (("read", self.tr("Done"), None),))
        self.saved.emit(result.activity_id)
        self.occurrence_saved.emit(result.activity_id, day)
        return True

    def _refused(self, messages: dict[str, str]) -> None:
        self._context.show_status("")  # no older message beside the new errors
        self.tabs.setCurrentIndex(0)
        self.form.errors.show(messages)
        # Once the error lines have their room: the first one and its field in view.
        QTimer.singleShot(0, self._show_first_error)

    def _show_first_error(self) -> None:
        line = self.form.first_error()
        if line is None:
            return
        self.form_scroll.ensureWidgetVisible(line, 0, 8)
        focused = self.form.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            self.form_scroll.ensureWidgetVisible(focused, 0, 8)

    def revert(self) -> None:
        """Annuleren / Escape: with unsaved changes, ask once, naming what would be lost."""
        if self._mode is Mode.NONE or not self.is_dirty():
            super().revert()
            return
        rows = ", ".join(self.form.changed_labels(self._original))
        name = f"{self.display_name()} ({rows})" if rows else self.display_name()
        answer = self._context.prompts.unsaved_changes(self, name)
        if answer is UnsavedAnswer.SAVE:
            self.save()
        elif answer is UnsavedAnswer.DISCARD:
            super().revert()

    def _restore_original(self) -> None:
        self._fill(self._original)

    # ---------------------------------------------------------------- dates and removal
    def cancel_occurrence(self) -> None:
        if self.occurrence_id is not None:
            self._change_date(
                self.occurrence_id, occurrences.cancel_occurrence, self.tr("Date cancelled.")
            )

    def restore_occurrence(self) -> None:
        if self.occurrence_id is not None:
            self._change_date(
                self.occurrence_id, occurrences.restore_occurrence, self.tr("Date restored.")
            )

    def _restored(self, db: Database, occurrence_id: int) -> Changes:
        return occurrences.restore_occurrence(db, occurrence_id, allow_conflicts=True)

    def _change_date(
        self, occurrence_id: int, change: Callable[[Database, int], Changes], done: str
    ) -> None:
        """Cancel or restore one date. A room booked meanwhile asks, as saving does."""
        self.conflict_bar.hide()
        taken: list[RoomConflicts] = []

        def attempt() -> Changes | None:
            try:
                return change(self._context.db, occurrence_id)
            except RoomConflicts as conflicts:
                taken.append(conflicts)
                return None

        result = call(
            attempt,
            refused=lambda m: self._show_banner("\n".join(m.values())),
            failed=self._show_banner,
        )
        if taken:
            self._pending, self._pending_restore = None, occurrence_id
            self.conflict_bar.ask(
                taken[0].message,
                (
                    ("save_anyway", self.tr("Restore anyway"), None),
                    ("cancel", self.tr("Cancel"), "primary"),
                ),
                default="cancel",
            )
            return
        if isinstance(result, Changes):
            self._publish(result)
            self.show_occurrence(occurrence_id)
            self._context.show_status(done)

    def delete(self) -> None:
        activity_id = self._record_id
        if self._mode is not Mode.EXISTING or activity_id is None or self._shown is None:
            return
        name = self._shown.detail.title
        question = self.tr("Delete {name} with all its dates?").format(name=name)
        detail = self.tr("Its sign-ups and shifts go with it. This cannot be undone.")
        prompts = self._context.prompts
        if not prompts.confirm_delete(self, question, detail):
            return
        db = self._context.db
        try:
            changes = activities.delete_activity(db, activity_id)
        except NotFound:
            changes = Changes.of(Entity.ACTIVITY, activity_id)
        except BuurtdeskError as refused:  # sign-ups still to come: say how many, ask again
            if not prompts.confirm_delete(self, question, str(refused)):
                return
            changes = activities.delete_activity(db, activity_id, force=True)
        self._after_delete(activity_id, name, changes)
