"""The start screen: a greeting with today's date, the size of the network, and the
follow-ups that need attention, overdue first. Nothing here is invented: every number
comes from the database."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui import actions, formatting
from buurtdesk.gui.context import AGENDA_PART, INITIATIVES_PART, AppContext
from buurtdesk.gui.parts import PartPage
from buurtdesk.gui.today.agenda import MAX_WEEK, AgendaList
from buurtdesk.gui.today.follow_ups import MAX_SHOWN, FollowUpList
from buurtdesk.gui.today.stalled import StalledList
from buurtdesk.gui.widgets import button, label
from buurtdesk.services import calendar, contacts, initiatives, people_search
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.people_search import PeopleQuery


def _card() -> tuple[QWidget, QVBoxLayout]:
    card = QWidget()
    card.setObjectName("panel")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(8)
    return card, layout


class TodayPage(PartPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._context = context

        self.greeting = label("", "heading")
        self.greeting.setObjectName("greeting")
        self.date_label = label("", "subheading")
        self.date_label.setObjectName("todayDate")

        network, network_layout = _card()
        self.network_size = label("", wrap=True)
        self.network_size.setObjectName("networkSize")
        to_network = button(self.tr("Go to the network"), "users")
        to_network.clicked.connect(lambda: context.navigator.show_part("netwerk"))
        add_person = button(self.tr("New person"), "user-plus", kind="primary")
        add_person.clicked.connect(context.navigator.new_person)
        network_buttons = QHBoxLayout()
        network_buttons.addWidget(to_network)
        network_buttons.addWidget(add_person)
        network_buttons.addStretch(1)
        network_layout.addWidget(label(self.tr("Network"), "subheading"))
        network_layout.addWidget(self.network_size)
        network_layout.addLayout(network_buttons)

        follow_card, follow_layout = _card()
        self.follow_up_summary = label("", "muted")
        self.follow_up_summary.setObjectName("followUpSummary")
        self.follow_ups = FollowUpList()
        self.follow_ups.person_clicked.connect(context.navigator.open_person)
        self.follow_ups.done_clicked.connect(self._mark_done)
        self.all_follow_ups = button(self.tr("All follow-ups"), "list-todo")
        self.all_follow_ups.setObjectName("allFollowUps")
        self.all_follow_ups.clicked.connect(lambda: context.navigator.show_part("vervolgacties"))
        follow_head = QHBoxLayout()
        follow_head.addWidget(label(self.tr("Follow-ups"), "subheading"), 1)
        follow_head.addWidget(self.all_follow_ups)
        follow_layout.addLayout(follow_head)
        follow_layout.addWidget(self.follow_up_summary)
        follow_layout.addWidget(self.follow_ups)

        agenda_card, agenda_layout = _card()
        self.agenda_today = AgendaList(
            "agendaToday", self.tr("Today in the agenda"), self.tr("No activities today.")
        )
        self.agenda_week = AgendaList(
            "agendaWeek", self.tr("This week"), self.tr("Nothing else planned this week.")
        )
        for listing in (self.agenda_today, self.agenda_week):
            listing.occurrence_clicked.connect(context.navigator.open_occurrence)
        to_agenda = button(self.tr("Go to the agenda"), "calendar")
        to_agenda.setObjectName("toAgenda")
        to_agenda.clicked.connect(lambda: context.navigator.show_part(AGENDA_PART))
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(to_agenda)
        agenda_buttons.addStretch(1)
        agenda_layout.addWidget(self.agenda_today)
        agenda_layout.addSpacing(8)
        agenda_layout.addWidget(self.agenda_week)
        agenda_layout.addLayout(agenda_buttons)

        stalled_card, stalled_layout = _card()
        stalled_card.setObjectName("stalledCard")
        self.stalled_summary = label("", "muted")
        self.stalled_summary.setObjectName("stalledSummary")
        self.stalled = StalledList()
        self.stalled.initiative_clicked.connect(context.navigator.open_initiative)
        to_board = button(self.tr("Go to the initiatives"), "lightbulb")
        to_board.setObjectName("toInitiatives")
        to_board.clicked.connect(lambda: context.navigator.show_part(INITIATIVES_PART))
        stalled_head = QHBoxLayout()
        stalled_head.addWidget(label(self.tr("Stalled initiatives"), "subheading"), 1)
        stalled_head.addWidget(to_board)
        stalled_layout.addLayout(stalled_head)
        stalled_layout.addWidget(self.stalled_summary)
        stalled_layout.addWidget(self.stalled)

        content = QWidget()
        content.setMaximumWidth(900)
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(16)
        column.addWidget(self.greeting)
        column.addWidget(self.date_label)
        column.addSpacing(8)
        column.addWidget(agenda_card)
        column.addWidget(follow_card)
        column.addWidget(stalled_card)
        column.addWidget(network)
        column.addStretch(1)

        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(content, 1, Qt.AlignmentFlag.AlignTop)
        holder_layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        # Filled each time the page is shown (activated), not while the window is built.
        context.bus.changed.connect(self._on_changed)

    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        # From the start screen, "new" and "find" mean a person: the network is where they go.
        return {
            actions.NEW: self._context.navigator.new_person,
            actions.FIND: self._context.navigator.find_person,
        }

    def activated(self) -> None:
        self.refresh()  # also when nothing changed: the day may have turned meanwhile

    def refresh(self) -> None:
        now = self._context.now()
        today = now.date()
        if now.hour < 12:
            self.greeting.setText(self.tr("Good morning"))
        elif now.hour < 18:
            self.greeting.setText(self.tr("Good afternoon"))
        else:
            self.greeting.setText(self.tr("Good evening"))
        self.date_label.setText(formatting.long_date(today))

        size = people_search.count(self._context.db, PeopleQuery())
        if size == 0:
            self.network_size.setText(self.tr("Nobody in the network yet. Add the first person."))
        elif size == 1:
            self.network_size.setText(self.tr("1 person in the network."))
        else:
            self.network_size.setText(
                self.tr("{count} people in the network.").format(count=formatting.number(size))
            )

        counts = contacts.count_open_follow_ups(self._context.db, today=today)
        rows = contacts.open_follow_ups(self._context.db, today=today, limit=MAX_SHOWN)
        if counts.open == 0:
            self.follow_up_summary.setText(self.tr("Nothing to follow up."))
        elif counts.overdue:
            self.follow_up_summary.setText(
                self.tr("{open} open, {overdue} of them overdue.").format(
                    open=formatting.number(counts.open), overdue=formatting.number(counts.overdue)
                )
            )
        else:
            self.follow_up_summary.setText(
                self.tr("{open} open.").format(open=formatting.number(counts.open))
            )
        self.follow_ups.show_rows(rows, counts.open, today)
        agenda = calendar.today_and_week(self._context.db, today)
        self.agenda_today.show_rows(agenda.today, with_day=False)
        self.agenda_week.show_rows(agenda.rest_of_week, with_day=True, limit=MAX_WEEK)
        stalled = initiatives.stalled(self._context.db, today=today)
        if stalled:
            self.stalled_summary.setText(
                self.tr("{count} without contact or with an overdue next step.").format(
                    count=formatting.number(len(stalled))
                )
            )
        self.stalled_summary.setVisible(bool(stalled))
        self.stalled.show_rows(stalled)

    def _mark_done(self, contact_moment_id: int) -> None:
        try:
            changes = contacts.set_follow_up_done(self._context.db, contact_moment_id)
        except BuurtdeskError as error:
            self._context.show_status(str(error))
            self.refresh()
            return
        self._context.bus.publish(changes)
        self._context.show_status(self.tr("Follow-up marked as done."))

    def _on_changed(self, changes: Changes) -> None:
        # A hidden page is refreshed when it is shown again (activated).
        shown_here = any(
            changes.affects(entity)
            for entity in (
                Entity.PERSON,
                Entity.CONTACT_MOMENT,
                Entity.ACTIVITY,
                Entity.OCCURRENCE,
                Entity.INITIATIVE,
                Entity.STAGE,
                Entity.SETTING,
            )
        )
        if shown_here and self.isVisible():
            self.refresh()
