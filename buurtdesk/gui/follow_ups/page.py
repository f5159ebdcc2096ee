"""The Vervolgacties page: every open follow-up, overdue first, with a filter for the overdue
ones; under the list, the chosen follow-up with a link to each person and organisation.

Keyboard: Space ticks the chosen follow-up off (or on again), Enter opens its first person
or organisation, Tab reaches the links to the others.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import formatting
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.follow_ups.model import ABOUT, DONE, MOMENT, WHAT, WHEN, FollowUpsModel
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.netwerk.tabs.views import RowsTable
from buurtdesk.gui.organisations.navigation import open_organisation
from buurtdesk.gui.parts import PartPage
from buurtdesk.gui.widgets import EmptyState, button, label, repolish
from buurtdesk.services import contacts
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.contacts import FollowUpRow

_COLUMN_CHARS = {WHEN: 31, WHAT: 34, ABOUT: 26, MOMENT: 30}


class FollowUpsPage(PartPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self._context = context
        self.model = FollowUpsModel(db=context.db, today=lambda: context.now().date())

        self.heading = label(self.tr("Follow-ups"), "heading")
        self.summary = label("", "muted")
        self.summary.setObjectName("followUpsSummary")
        self.only_overdue = QCheckBox(self.tr("Only overdue"))
        self.only_overdue.setObjectName("onlyOverdue")
        self.only_overdue.setToolTip(self.tr("Show only the follow-ups whose date has passed"))

        self.table = RowsTable(self.model)
        self.table.setObjectName("followUpsTable")
        self.table.setAccessibleName(self.tr("Open follow-ups, overdue first"))
        self.table.installEventFilter(self)
        self.empty = EmptyState("list-todo")
        self.empty.setObjectName("followUpsEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        # The chosen follow-up: its people and organisations as links, and what was said.
        self.detail = QWidget()
        self.detail.setObjectName("panel")
        self.detail.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.detail_title = label("", "subheading", wrap=True)
        self.detail_title.setObjectName("followUpTitle")
        self.detail_when = label("", wrap=True)
        self.detail_moment = label("", "muted", wrap=True)
        self.links = QHBoxLayout()
        self.links.setSpacing(10)
        self.done_button = button(self.tr("Done"), "check")
        self.done_button.setObjectName("followUpDone")
        self.done_button.setToolTip(self.tr("Tick this follow-up off (Space)"))
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(18, 12, 18, 14)
        detail_layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.detail_title, 1)
        top.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.detail_when)
        detail_layout.addLayout(self.links)
        detail_layout.addWidget(self.detail_moment)

        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.summary, 1)
        header.addWidget(self.only_overdue)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.detail)

        self.only_overdue.toggled.connect(lambda _on: self._start())
        self.model.toggle_requested.connect(self.set_done)
        self.model.modelReset.connect(self._rows_changed)
        self.model.dataChanged.connect(lambda *_args: self._show_detail())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_detail()
        )
        self.table.link_activated.connect(lambda row, _column: self.open_subject(row))
        self.table.row_activated.connect(self.open_subject)
        self.done_button.clicked.connect(self.toggle_current)
        context.bus.changed.connect(self._on_changed)
        self._size_columns()
        self._show_detail()

    # ---------------------------------------------------------------- PartPage
    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        return {}

    def first_paint_widget(self) -> QWidget:
        return self.table.viewport()

    def activated(self) -> None:
        self._start()  # each visit starts fresh: what was ticked last time is gone now
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- loading
    def _start(self) -> None:
        self.model.start(only_overdue=self.only_overdue.isChecked())
        if self.model.rowCount():
            self.table.select_row(0)
        self._show_summary()

    def _on_changed(self, changes: Changes) -> None:
        touched = any(
            changes.affects(e) for e in (Entity.CONTACT_MOMENT, Entity.PERSON, Entity.ORGANISATION)
        )
        if not touched:
            return
        if self.isVisible():
            kept = self._current_id()
            self.model.reload()
            if kept is not None and (row := self.model.row_of(kept)) is not None:
                self.table.select_row(row)
            self._show_summary()
        # A hidden page starts afresh when it is shown again (activated).

    def _show_summary(self) -> None:
        counts = contacts.count_open_follow_ups(self._context.db, today=self._context.now().date())
        if counts.open == 0:
            text = self.tr("Nothing to follow up.")
        elif counts.overdue:
            text = self.tr("{open} open, {overdue} of them overdue.").format(
                open=formatting.number(counts.open), overdue=formatting.number(counts.overdue)
            )
        else:
            text = self.tr("{open} open.").format(open=formatting.number(counts.open))
        self.summary.setText(text)

    def _rows_changed(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
        else:
            if self.model.only_overdue:
                self.empty.set_content(
                    self.tr("Nothing overdue."), self.tr("Every follow-up is still on time.")
                )
            else:
                self.empty.set_content(
                    self.tr("Nothing to follow up."),
                    self.tr(
                        "A follow-up is written with a contact moment, in the panel of a "
                        "person or an organisation."
                    ),
                )
            self.stack.setCurrentWidget(self.empty)
        self._show_detail()

    # ---------------------------------------------------------------- the chosen row
    def _current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _current_id(self) -> int | None:
        row = self._current_row()
        return self.model.follow_up(row).contact_moment_id if row is not None else None

    def _show_detail(self) -> None:
        row = self._current_row()
        clear_layout(self.links)
        if row is None:
            self.detail.hide()
            return
        self.detail.show()
        follow_up = self.model.follow_up(row)
        done = self.model.is_done(row)
        self.detail_title.setText(" ".join(follow_up.follow_up.split()))
        when = self.model.index(row, WHEN).data()
        self.detail_when.setText(self.tr("When: {when}").format(when=when))
        self.detail_when.setProperty("role", "error" if follow_up.overdue and not done else "")
        repolish(self.detail_when)
        self.detail_moment.setText(self.model.index(row, MOMENT).data())
        self.done_button.setText(self.tr("Open again") if done else self.tr("Done"))
        self._add_links(follow_up)

    def _add_links(self, follow_up: FollowUpRow) -> None:
        self.links.addWidget(label(self.tr("About:"), "small"))
        navigator = self._context.navigator
        for ref in follow_up.people:
            self.links.addWidget(self._link(ref.name, partial(navigator.open_person, ref.id)))
        for ref in follow_up.organisations:
            self.links.addWidget(
                self._link(ref.name, partial(open_organisation, navigator, ref.id))
            )
        self.links.addStretch(1)

    def _link(self, name: str, opened: Callable[[], None]) -> QWidget:
        link = button(name)
        link.setProperty("kind", "link")
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        link.setToolTip(self.tr("Open {name}").format(name=name))
        link.clicked.connect(lambda _checked=False: opened())
        return link

    def open_subject(self, row: int) -> None:
        """Open the follow-up's first person, or else its first organisation."""
        follow_up = self.model.follow_up(row)
        if follow_up.people:
            self._context.navigator.open_person(follow_up.people[0].id)
        elif follow_up.organisations:
            open_organisation(self._context.navigator, follow_up.organisations[0].id)

    # ---------------------------------------------------------------- done
    def toggle_current(self) -> None:
        row = self._current_row()
        if row is not None:
            self.set_done(self.model.follow_up(row).contact_moment_id, not self.model.is_done(row))

    def set_done(self, contact_moment_id: int, done: bool) -> None:
        changes = call(
            lambda: contacts.set_follow_up_done(self._context.db, contact_moment_id, done),
            refused=lambda messages: self._context.show_status(" ".join(messages.values())),
            failed=self._context.show_status,
        )
        if changes is None:
            self.model.reload()
            return
        self.model.set_done(contact_moment_id, done)
        self._context.bus.publish(changes)
        self._context.show_status(
            self.tr("Follow-up marked as done. Untick it to undo.")
            if done
            else self.tr("Follow-up open again.")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle_current()
            return True
        return False

    # ---------------------------------------------------------------- layout
    def _size_columns(self) -> None:
        """Widths that follow the font size; the follow-up itself takes what is left."""
        width = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        bold = QFont(header.font())
        bold.setBold(True)
        title = str(self.model.headerData(DONE, Qt.Orientation.Horizontal))
        self.table.setColumnWidth(DONE, QFontMetrics(bold).horizontalAdvance(title) + 28)
        for column, chars in _COLUMN_CHARS.items():
            self.table.setColumnWidth(column, chars * width)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
