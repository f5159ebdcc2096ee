"""The people list's filters beyond the role: a skill or interest, and an area.

Both lists come from the services as plain rows. They are read again only when the user
opens the list after something changed (a new skill typed on a person, areas imported),
so typing in the person panel never waits for tag counts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from buurtdesk.db.engine import Database
from buurtdesk.gui import formatting
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.services import areas, tags
from buurtdesk.services.changes import Changes, Entity

AreaKey = tuple[str, int]  # ("wijk", id) or ("buurt", id)


class _LazyCombo(QComboBox):
    """A combo box that fills itself on first use and again after a change."""

    choice_changed = Signal()

    def __init__(
        self, bus: ChangeBus, entities: tuple[Entity, ...], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._entities = entities
        self._stale = True
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        bus.changed.connect(self._on_changed)
        self.currentIndexChanged.connect(lambda _index: self.choice_changed.emit())

    def _on_changed(self, changes: Changes) -> None:
        if any(changes.affects(entity) for entity in self._entities):
            self._stale = True

    def ensure_filled(self) -> None:
        if not self._stale:
            return
        self._stale = False
        chosen = self.currentData()
        self.blockSignals(True)
        try:
            self.clear()
            self.fill()
            index = self.findData(chosen)
            self.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)
        if self.currentData() != chosen:
            self.choice_changed.emit()  # what was chosen no longer exists

    def fill(self) -> None:
        raise NotImplementedError

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def _add_heading(self, text: str) -> None:
        self.addItem(text, None)
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.count() - 1)
        item.setEnabled(False)
        font = item.font()
        font.setBold(True)
        item.setFont(font)


class TagFilter(_LazyCombo):
    """ "All skills and interests", then each skill and interest with its number of people."""

    def __init__(self, *, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(bus, (Entity.TAG, Entity.PERSON), parent)
        self._db = db
        self.setObjectName("tagFilter")
        self.setAccessibleName(self.tr("Skill or interest"))
        self.ensure_filled()

    def fill(self) -> None:
        self.addItem(self.tr("Any skill or interest"), None)
        headings = {
            "vaardigheid": self.tr("Skills"),
            "interesse": self.tr("Interests"),
            "label": self.tr("Labels"),
        }
        kind = None
        for row in tags.list_tags(self._db):
            if row.kind != kind:
                kind = row.kind
                self._add_heading(headings.get(row.kind, row.kind_label))
            self.addItem(f"{row.name} ({formatting.number(row.person_count)})", row.tag_id)

    def tag_id(self) -> int | None:
        value: Any = self.currentData()
        return int(value) if value is not None else None


class AreaFilter(_LazyCombo):
    """ "All areas", then each wijk with its buurten under it."""

    def __init__(self, *, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(bus, (Entity.AREA,), parent)
        self._db = db
        self.setObjectName("areaFilter")
        self.setAccessibleName(self.tr("Area"))
        self.ensure_filled()

    def fill(self) -> None:
        self.addItem(self.tr("All areas"), None)
        buurten_by_wijk: dict[int, list[areas.BuurtRow]] = {}
        for buurt in areas.list_buurten(self._db):
            buurten_by_wijk.setdefault(buurt.wijk_id, []).append(buurt)
        for wijk in areas.list_wijken(self._db):
            self.addItem(wijk.name, ("wijk", wijk.wijk_id))
            for buurt in buurten_by_wijk.get(wijk.wijk_id, []):
                self.addItem("    " + buurt.name, ("buurt", buurt.buurt_id))

    def area(self) -> tuple[int | None, int | None]:
        """(wijk_id, buurt_id) for the people query."""
        value: Any = self.currentData()
        if not value:
            return None, None
        kind, area_id = value
        return (int(area_id), None) if kind == "wijk" else (None, int(area_id))


def has_choices(combo: QComboBox) -> bool:
    """More than the "all" entry: worth showing."""
    return combo.count() > 1
