"""The sign-ups of one date as the coordinator works them at the door: sign up someone
from the network, add a walk-in, check people in and out, cancel a sign-up (and hear
whom to call when someone moves up from the waiting list)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from buurtdesk.domain.agenda import SignUpStatus
from buurtdesk.gui import icons
from buurtdesk.gui.agenda.signups.calls import call, joined
from buurtdesk.gui.agenda.signups.door_model import DoorListModel, door_key
from buurtdesk.gui.agenda.signups.door_table import DoorTable
from buurtdesk.gui.agenda.signups.inline_form import FormsArea
from buurtdesk.gui.agenda.signups.notices import Notices, Question
from buurtdesk.gui.agenda.signups.register_form import RegisterForm
from buurtdesk.gui.agenda.signups.section import Section
from buurtdesk.gui.agenda.signups.walk_in_form import WalkInForm
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.widgets import button, label
from buurtdesk.services import signups
from buurtdesk.services.changes import Entity
from buurtdesk.services.signups_types import CancelResult, DoorRow, Promoted


class DoorSection(Section):
    entities = (Entity.SIGNUP, Entity.ATTENDANCE, Entity.REGULAR, Entity.PERSON)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("doorSection")
        self.model = DoorListModel(self)

        self.register_button = button(self.tr("Sign up"), "user-round")
        self.register_button.setToolTip(self.tr("Sign up someone from the network"))
        self.walk_in_button = button(self.tr("Add walk-in"), "user-plus")
        self.walk_in_button.setToolTip(self.tr("Add someone who is not in the network yet"))
        self.cancel_button = button(self.tr("Cancel sign-up"), "x", kind="destructive")
        self.cancel_button.setIcon(icons.icon("x", "error"))
        self.cancel_button.setToolTip(self.tr("Cancel the selected sign-up (Del)"))
        for widget in (self.register_button, self.walk_in_button, self.cancel_button):
            widget.setAccessibleName(widget.toolTip())
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.register_button)
        toolbar.addWidget(self.walk_in_button)
        toolbar.addStretch(1)

        self.question = Question()
        self.notices = Notices()
        self.register_form = RegisterForm(context)
        self.walk_in_form = WalkInForm(context)

        self.search = QLineEdit()
        self.search.setObjectName("doorSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icons.icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.setPlaceholderText(self.tr("Search by name or phone number (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the door list"))
        self.table = DoorTable(self.model)
        self.empty = label("", "muted", wrap=True)
        self.empty.setObjectName("doorEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        # Questions, notices and the open form scroll when large text on a small screen
        # leaves too little height; the list keeps room for a few rows.
        forms = FormsArea([self.question, self.notices, self.register_form, self.walk_in_form])
        forms.setObjectName("doorForms")
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 10, 2, 4)
        layout.setSpacing(8)
        layout.addLayout(toolbar)
        layout.addWidget(forms)
        # Cancelling works on the list's selection: it sits on the list's own row, which
        # also keeps the panel narrow enough to sit beside the agenda.
        list_bar = QHBoxLayout()
        list_bar.setSpacing(8)
        list_bar.addWidget(self.search, 1)
        list_bar.addWidget(self.cancel_button)
        layout.addLayout(list_bar)
        layout.addWidget(self.stack, 1)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.register_button.clicked.connect(self.start_register)
        self.walk_in_button.clicked.connect(self.start_walk_in)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.table.presence_toggled.connect(self.toggle_presence)
        self.table.delete_requested.connect(lambda _row: self.ask_cancel())
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self.update_buttons()
        )
        self.search.textChanged.connect(self._filter)
        self.update_buttons()

    # ---------------------------------------------------------------- Section
    def reload(self) -> None:
        kept = self.selected_key()
        shown = self.shown
        occurrence_id = shown.occurrence_id if shown is not None else None
        self.register_form.occurrence_id = occurrence_id
        self.walk_in_form.occurrence_id = occurrence_id
        rows = [] if occurrence_id is None else signups.door_list(self.context.db, occurrence_id)
        self.model.set_door_rows(rows)
        if kept is not None:
            self.select_key(kept)
        self._show_rows()

    def leave(self) -> None:
        self.register_form.close_form()
        self.walk_in_form.close_form()
        self.question.dismiss()
        self.notices.clear()
        self.search.clear()

    def _show_rows(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentIndex(0)
        else:
            self.empty.setText(
                self.tr("Nobody matches “{text}”.").format(text=self.search.text().strip())
                if self.model.total
                else self.tr(
                    "Nobody has signed up yet. Sign up someone from the network, or add a "
                    "walk-in at the door."
                )
            )
            self.stack.setCurrentIndex(1)
        self.update_buttons()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._show_rows()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---------------------------------------------------------------- selection
    def selected(self) -> DoorRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        if not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.door_row(index.row())

    def selected_key(self) -> int | None:
        row = self.selected()
        return door_key(row) if row is not None else None

    def select_key(self, key: int) -> None:
        row = self.model.row_of(key)
        if row is not None:
            self.table.select_row(row)

    def update_buttons(self) -> None:
        row = self.selected()
        # A sign-up, or a regular without one ("komt deze keer niet").
        cancellable = row is not None and row.status != SignUpStatus.CANCELLED
        self.cancel_button.setEnabled(cancellable)
        has_date = self.shown is not None
        self.register_button.setEnabled(has_date)
        self.walk_in_button.setEnabled(has_date)

    # ---------------------------------------------------------------- forms
    def start_register(self) -> None:
        self.walk_in_form.close_form()
        self.register_form.start()

    def start_walk_in(self) -> None:
        self.register_form.close_form()
        self.walk_in_form.start()

    # ---------------------------------------------------------------- presence
    def toggle_presence(self, row: int) -> None:
        shown = self.shown
        if shown is None or not 0 <= row < self.model.rowCount():
            return
        door = self.model.door_row(row)
        self.table.select_row(row)
        signup_id = door.signup_id
        person_id = None if signup_id is not None else door.person_id
        action = signups.undo_check_in if door.present else signups.check_in
        result = call(
            lambda: action(
                self.context.db, shown.occurrence_id, signup_id=signup_id, person_id=person_id
            ),
            refused=lambda messages: self.context.show_status(joined(messages)),
            failed=self.context.show_status,
        )
        if result is None:
            return
        self.context.bus.publish(result.changes)
        self.context.show_status(result.message)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- cancelling
    def ask_cancel(self) -> None:
        row, shown = self.selected(), self.shown
        if row is None or shown is None or row.status == SignUpStatus.CANCELLED:
            return
        signup_id, person_id = row.signup_id, row.person_id
        if signup_id is not None:
            self.question.ask(
                self.tr("Cancel the sign-up of {name}?").format(name=row.name),
                self.tr("Yes, cancel sign-up"),
                lambda: self.cancel(signup_id),
            )
        elif person_id is not None:  # a regular who will not come this time
            occurrence_id = shown.occurrence_id
            self.question.ask(
                self.tr("{name} will not come to this date?").format(name=row.name),
                self.tr("Yes, not this time"),
                lambda: self._run_cancel(
                    lambda: signups.cancel_regular(self.context.db, occurrence_id, person_id)
                ),
            )

    def cancel(self, signup_id: int) -> None:
        self._run_cancel(lambda: signups.cancel_signup(self.context.db, signup_id))

    def _run_cancel(self, action: Callable[[], CancelResult]) -> None:
        result = call(
            action,
            refused=lambda messages: self.context.show_status(joined(messages)),
            failed=self.context.show_status,
        )
        if result is None:
            return
        for promoted in result.promoted:
            self.notices.add(self.call_text(promoted))
        self.context.bus.publish(result.changes)
        self.context.show_status(result.message)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def call_text(self, promoted: Promoted) -> str:
        """ "Bel Fatima El Amrani (06 12345678): zij is van de wachtlijst naar aangemeld
        gegaan." — how to reach them, or that nothing is known."""
        if promoted.phone:
            return self.tr(
                "Call {name} ({phone}): they moved from the waiting list to signed up."
            ).format(name=promoted.name, phone=promoted.phone)
        if promoted.email:
            return self.tr(
                "E-mail {name} ({email}): they moved from the waiting list to signed up."
            ).format(name=promoted.name, email=promoted.email)
        return self.tr(
            "{name} moved from the waiting list to signed up. No phone number or e-mail "
            "address is known: let them know another way."
        ).format(name=promoted.name)
