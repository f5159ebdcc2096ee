"""Two records of maybe one person side by side, with the fields that differ marked.

A differing field gets the "≠" icon in its label cell, bold values, a soft background and
"verschilt" for screen readers: the difference never rests on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from buurtdesk.db.engine import Database
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.validation.text import fold
from buurtdesk.gui import icons, style
from buurtdesk.interop.people_rows import display_phone
from buurtdesk.services import merge, people
from buurtdesk.services.merge_links import MOVERS

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FONT = Qt.ItemDataRole.FontRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_HORIZONTAL = Qt.Orientation.Horizontal

COLUMN_COUNT = 3
FIELD, SIDE_A, SIDE_B = range(COLUMN_COUNT)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Side:
    """One of the two records, as plain values."""

    person_id: int
    full_name: str
    list_name: str
    data: PersonInput
    links: dict[str, int]  # table -> rows pointing at this person (``count_links``)

    @property
    def link_count(self) -> int:
        return sum(self.links.values())


def load_side(db: Database, person_id: int) -> Side:
    """Read one record and count its links; raises ``NotFound`` when it is gone."""
    detail = people.get_person(db, person_id)
    return Side(
        person_id=person_id,
        full_name=detail.full_name,
        list_name=detail.list_name,
        data=detail.data,
        links=merge.count_links(db, person_id),
    )


def links_text(side: Side) -> str:
    """ "3 contactmomenten, 1 lidmaatschap" in the service's own Dutch words."""
    parts = []
    for table, (_columns, (one, many), _mover) in MOVERS.items():
        count = side.links.get(table, 0)
        if count:
            parts.append(f"{count} {one if count == 1 else many}")
    return ", ".join(parts)


SHOWN_CHARS = 160  # of a value (long notes) shown side by side; the tooltip has it all


def _shortened(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1].rstrip() + "…"


@dataclass(frozen=True)
class _Row:
    label: str
    a: str
    b: str
    differs: bool
    full_a: str = ""
    full_b: str = ""


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._names = ("", "")
        self._kept: int | None = None  # SIDE_A or SIDE_B
        self._marker = icons.icon("equal-not", "normal")
        self._tint = QBrush(QColor(style.ACCENT_SOFT))
        self._bold = QFont()
        self._bold.setBold(True)

    def compare(self, a: Side, b: Side) -> None:
        self.beginResetModel()
        self._names = (a.list_name, b.list_name)
        self._rows = [self._row(label, x, y) for label, x, y in self._fields(a, b)]
        self._rows.append(
            _Row(
                self.tr("Links"),
                links_text(a) or self.tr("none"),
                links_text(b) or self.tr("none"),
                False,
            )
        )
        self.endResetModel()

    def _fields(self, a: Side, b: Side) -> list[tuple[str, str, str]]:
        roles = {
            "is_resident": self.tr("resident"),
            "is_volunteer": self.tr("volunteer"),
            "is_initiator": self.tr("initiator"),
            "is_professional": self.tr("professional"),
        }

        def values(side: Side) -> dict[str, str]:
            d = side.data
            return {
                "name": side.full_name,
                "address": f"{d.straat} {d.huisnummer}".strip(),
                "place": f"{d.postcode} {d.woonplaats}".strip(),
                "phone": display_phone(d.telefoon),
                "email": d.email,
                "year": d.birth_year,
                "roles": ", ".join(name for key, name in roles.items() if getattr(d, key)),
                "skills": ", ".join(d.skills),
                "interests": ", ".join(d.interests),
                "notes": " ".join(d.notes.split()),
            }

        va, vb = values(a), values(b)
        labels = {
            "name": self.tr("Name"),
            "address": self.tr("Address"),
            "place": self.tr("Postcode and town"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "year": self.tr("Year of birth"),
            "roles": self.tr("Roles"),
            "skills": self.tr("Skills"),
            "interests": self.tr("Interests"),
            "notes": self.tr("Notes"),
        }
        # A field neither record has tells nothing about them: left out.
        return [(labels[key], va[key], vb[key]) for key in labels if va[key] or vb[key]]

    def _row(self, label: str, a: str, b: str) -> _Row:
        return _Row(label, _shortened(a), _shortened(b), fold(a) != fold(b), a, b)

    def set_kept(self, column: int | None) -> None:
        """Which column stays after the merge (its header says so)."""
        self._kept = column
        self.headerDataChanged.emit(_HORIZONTAL, SIDE_A, SIDE_B)

    def differing(self) -> list[str]:
        """The labels of the fields that differ."""
        return [row.label for row in self._rows if row.differs]

    # ---------------------------------------------------------------- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return (row.label, row.a, row.b)[column]
        if role == _TOOLTIP:
            if column == FIELD:
                return self.tr("Differs") if row.differs else None
            return (row.full_a or row.a, row.full_b or row.b)[column - 1] or None
        if role == _ACCESSIBLE:
            text = (row.label, row.a, row.b)[column]
            if column == FIELD and row.differs:
                return self.tr("{field}, differs").format(field=row.label)
            return text or self.tr("empty")
        if role == _DECORATION and column == FIELD and row.differs:
            return self._marker
        if role == _FONT and row.differs and column != FIELD:
            return self._bold
        if role == _BACKGROUND and row.differs:
            return self._tint
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != _HORIZONTAL or role != _DISPLAY or not 0 <= section < COLUMN_COUNT:
            return None
        if section == FIELD:
            return ""
        name = self._names[section - 1]
        if self._kept == section:
            return self.tr("{name} (stays)").format(name=name)
        return name

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
