"""The bar above the agenda: month, week or list; back, today, forward and the period's
name; a room filter, the search field and the buttons for a new activity, the door
(aanmeldbalie) and the rooms."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import actions, icons
from buurtdesk.gui.master_detail import SearchField
from buurtdesk.gui.widgets import button, label
from buurtdesk.services.locations import RoomRow

MONTH, WEEK, LIST = "month", "week", "list"


class AgendaToolbar(QWidget):
    view_changed = Signal(str)
    previous_clicked = Signal()
    today_clicked = Signal()
    next_clicked = Signal()
    room_changed = Signal(object)  # int | None
    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaToolbar")
        self.views = QButtonGroup(self)
        self.views.setExclusive(True)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        self.view_buttons: dict[str, QToolButton] = {}
        for view, text, icon in (
            (MONTH, self.tr("Month"), "calendar-days"),
            (WEEK, self.tr("Week"), "calendar-range"),
            (LIST, self.tr("List"), "list"),
        ):
            choice = QToolButton()
            choice.setObjectName(f"{view}Button")
            choice.setText(text)
            choice.setIcon(icons.icon(icon))
            choice.setToolButtonStyle(choice.toolButtonStyle().ToolButtonTextBesideIcon)
            choice.setCheckable(True)
            choice.setAccessibleName(self.tr("Show as {view}").format(view=text.lower()))
            choice.clicked.connect(lambda _c=False, v=view: self.view_changed.emit(v))
            self.views.addButton(choice)
            switch.addWidget(choice)
            self.view_buttons[view] = choice

        self.previous_button = self._step("chevron-left", self.tr("Previous"), "previousButton")
        self.today_button = button(self.tr("Today"))
        self.today_button.setObjectName("todayButton")
        self.next_button = self._step("chevron-right", self.tr("Next"), "nextButton")
        self.previous_button.clicked.connect(self.previous_clicked)
        self.today_button.clicked.connect(self.today_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.title = label("", "subheading")
        self.title.setObjectName("periodTitle")
        self.title.setAccessibleName(self.tr("Period shown"))
        # A long week title at large text gives way before the window grows past the screen.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)

        self.rooms_button = button(self.tr("Locations and rooms…"), "map-pin")
        self.rooms_button.setObjectName("roomsButton")
        self.kiosk_button = button(self.tr("Open sign-up desk…"), "monitor-check")
        self.kiosk_button.setObjectName("kioskButton")
        self.kiosk_button.setToolTip(
            self.tr("The chosen activity on a full screen at the door, for volunteers")
        )

        self.room = QComboBox()
        self.room.setObjectName("roomFilter")
        self.room.setAccessibleName(self.tr("Room"))
        self.room.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.room.setMinimumContentsLength(14)
        self.room.addItem(self.tr("All rooms"), None)
        self.room.currentIndexChanged.connect(lambda _i: self.room_changed.emit(self.room_id()))
        self.search = SearchField()
        self.search.setObjectName("agendaSearch")
        self.search.setPlaceholderText(self.tr("Search activities"))
        self.search.setAccessibleName(self.tr("Search activities"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icons.icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.textChanged.connect(self.text_changed)
        self.new_button = button(self.tr("New activity"), "plus", kind="primary")
        self.new_button.setObjectName("newActivityButton")
        self.new_button.setToolTip(
            self.tr("New activity ({shortcut})").format(shortcut=actions.shortcut_text(actions.NEW))
        )

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addLayout(switch)
        top.addSpacing(12)
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addWidget(self.title, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.room)
        bottom.addWidget(self.search, 1)
        bottom.addWidget(self.rooms_button)
        bottom.addWidget(self.kiosk_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def _step(self, icon: str, text: str, name: str) -> QPushButton:
        step = button("", icon)
        step.setObjectName(name)
        step.setToolTip(text)
        step.setAccessibleName(text)
        return step

    def set_view(self, view: str) -> None:
        self.view_buttons[view].setChecked(True)
        stepping = view != LIST
        for widget in (self.previous_button, self.today_button, self.next_button):
            widget.setVisible(stepping)

    def set_rooms(self, rooms: list[RoomRow]) -> None:
        chosen = self.room_id()
        self.room.blockSignals(True)
        try:
            self.room.clear()
            self.room.addItem(self.tr("All rooms"), None)
            for room in rooms:
                self.room.addItem(room.label, room.room_id)
            found = self.room.findData(chosen)
            self.room.setCurrentIndex(max(found, 0))
        finally:
            self.room.blockSignals(False)
        if self.room_id() != chosen:
            self.room_changed.emit(self.room_id())

    def room_id(self) -> int | None:
        value = self.room.currentData()
        return int(value) if value is not None else None
