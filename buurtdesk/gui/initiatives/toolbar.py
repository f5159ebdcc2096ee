"""The bar above the board: search (Ctrl+F), "Nieuw initiatief", "Verplaatsen naar…", and the
filters by theme, area (buurt), initiator and stage."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from buurtdesk.db.engine import Database
from buurtdesk.gui import actions, icons
from buurtdesk.gui.master_detail import SearchField
from buurtdesk.gui.pickers import PersonPicker
from buurtdesk.gui.widgets import button, label
from buurtdesk.services.areas import BuurtRow
from buurtdesk.services.initiatives import BoardQuery
from buurtdesk.services.stages import StageRow
from buurtdesk.services.themes import ThemeRow


def _combo(name: str, accessible: str, chars: int) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _fill(combo: QComboBox, everything: str, items: Sequence[tuple[str, int]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for text, item_id in items:
            combo.addItem(text, item_id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
    finally:
        combo.blockSignals(False)


class BoardToolbar(QWidget):
    query_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardToolbar")
        self.search = SearchField()
        self.search.setObjectName("initiativeSearch")
        self.search.setPlaceholderText(self.tr("Search title, initiator, theme, area or step"))
        self.search.setAccessibleName(self.tr("Search initiatives"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icons.icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.textChanged.connect(lambda _t: self.query_changed.emit())
        self.new_button = button(self.tr("New initiative"), "plus", kind="primary")
        self.new_button.setObjectName("newInitiativeButton")
        self.new_button.setToolTip(
            self.tr("New initiative ({shortcut})").format(
                shortcut=actions.shortcut_text(actions.NEW)
            )
        )
        self.move_button = button(self.tr("Move to…"), "arrow-right-left")
        self.move_button.setObjectName("moveToButton")
        self.move_button.setToolTip(
            self.tr("Move the chosen initiative to another stage (Ctrl+Right / Ctrl+Left)")
        )

        # Short minimums (the lists drop down wider): the bar must fit a 1366 px screen
        # beside the navigation, also at 150 % text.
        self.theme = _combo("themeFilter", self.tr("Theme"), 7)
        self.area = _combo("areaFilter", self.tr("Area"), 8)
        self.stage = _combo("stageFilter", self.tr("Stage"), 7)
        self.initiator = PersonPicker(db)
        self.initiator.setObjectName("initiatorFilter")
        self.initiator.describe(self.tr("Initiator…"), self.tr("Initiator"))
        self.initiator.setMinimumWidth(self.fontMetrics().averageCharWidth() * 9)
        for combo in (self.theme, self.area, self.stage):
            combo.currentIndexChanged.connect(lambda _i: self.query_changed.emit())
        self.initiator.chosen.connect(lambda _id: self.query_changed.emit())
        self.clear_button = button(self.tr("Show all"), "rotate-ccw")
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.status = label("", "muted", wrap=True)
        self.status.setObjectName("boardCount")
        # May wrap onto two lines: the count must never make the window wider than a
        # 1366 px laptop screen.
        self.status.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        top.addWidget(self.move_button)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.theme)
        bottom.addWidget(self.area)
        bottom.addWidget(self.initiator)
        bottom.addWidget(self.stage)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._show_clear()
        self.query_changed.connect(self._show_clear)

    def set_choices(
        self, themes: Sequence[ThemeRow], areas: Sequence[BuurtRow], stages: Sequence[StageRow]
    ) -> None:
        _fill(self.theme, self.tr("All themes"), [(t.name, t.theme_id) for t in themes])
        _fill(self.area, self.tr("All areas"), [(a.name, a.buurt_id) for a in areas])
        _fill(self.stage, self.tr("All stages"), [(s.name, s.stage_id) for s in stages])

    @staticmethod
    def _id(combo: QComboBox) -> int | None:
        value = combo.currentData()
        return int(value) if value is not None else None

    def query(self) -> BoardQuery:
        return BoardQuery(
            text=self.search.text().strip(),
            theme_id=self._id(self.theme),
            buurt_id=self._id(self.area),
            person_id=self.initiator.chosen_id,
            stage_id=self._id(self.stage),
        )

    def is_filtered(self) -> bool:
        return self.query() != BoardQuery()

    def clear(self) -> None:
        """Show every initiative: no search, no filter."""
        widgets = (self.search, self.theme, self.area, self.stage, self.initiator)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            for combo in (self.theme, self.area, self.stage):
                combo.setCurrentIndex(0)
            self.initiator.set_choice(None)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.query_changed.emit()

    def _show_clear(self) -> None:
        self.clear_button.setEnabled(self.is_filtered())
