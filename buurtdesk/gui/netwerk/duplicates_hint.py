"""The person panel's "Lijkt op: Berg, Jan van der (zelfde telefoonnummer)" line.

Shown under the name when ``duplicates_of`` finds someone who may be the same person,
with a link that opens the merge view for those pairs. The lookup takes 5–30 ms at a
million people; it runs in the worker a moment after the panel settles on someone, so
moving through the list with the arrow keys never waits for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from buurtdesk.db.engine import Database
from buurtdesk.gui import icons, style
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.duplicates_model import DismissedPairs
from buurtdesk.gui.widgets import button, label
from buurtdesk.gui.worker import Job, JobControl, Worker
from buurtdesk.services.changes import Changes, Entity

if TYPE_CHECKING:
    from buurtdesk.services.duplicate_scoring import DuplicatePair

LOOKUP_DELAY_MS = 200
SAME = "zelfde "  # how the duplicate service words a shared value ("zelfde adres")


def _lookup(db: Database, person_id: int, _control: JobControl) -> list[DuplicatePair]:
    from buurtdesk.services.duplicates import duplicates_of  # rapidfuzz: when first used

    return duplicates_of(db, person_id)


def short_reasons(pair: DuplicatePair) -> str:
    """What the two share, said once: "zelfde adres, telefoonnummer en e-mail"; else how
    the names are alike ("lijkt op elkaar: Jansen / Janssen")."""
    same = [reason for reason in pair.reasons if reason.startswith(SAME)]
    if not same:
        return ", ".join(pair.reasons[:1])
    things = [reason.removeprefix(SAME) for reason in same]
    listed = things[0] if len(things) == 1 else f"{', '.join(things[:-1])} en {things[-1]}"
    return SAME + listed


class DuplicateHint(QWidget):
    compare_requested = Signal(object)  # list[DuplicatePair], the shown person first
    looked_up = Signal()  # after each lookup, shown or not (tests wait for it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateHint")
        self._context = context
        self._worker = Worker(self, threads=1)
        self._job: Job | None = None
        self._person_id: int | None = None
        self._pairs: list[DuplicatePair] = []
        self._dismissed: DismissedPairs | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)

        self.picture = QLabel()
        self.picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.picture.setPixmap(icons.pixmap("users", 16, "accent", self.devicePixelRatioF()))
        self.text = label("", wrap=True)
        self.text.setObjectName("duplicateHintText")
        self.link = button(self.tr("Compare…"))
        self.link.setObjectName("duplicateHintLink")
        self.link.setProperty("kind", "link")
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link.clicked.connect(self._compare)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"QWidget#duplicateHint {{ background: {style.ACCENT_SOFT}; border-radius: 6px; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.link, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        context.bus.changed.connect(self._on_changed)

    def set_dismissed(self, dismissed: DismissedPairs) -> None:
        """Leave out the pairs marked "Geen dubbel" in this session."""
        self._dismissed = dismissed
        dismissed.changed.connect(self._refresh_shown)

    @property
    def pairs(self) -> list[DuplicatePair]:
        return list(self._pairs)

    def set_person(self, person_id: int | None) -> None:
        """The panel shows ``person_id`` now (None: nobody, or a new person)."""
        if person_id != self._person_id:
            self._pairs = []
            self.hide()
        self._person_id = person_id
        if self._job is not None and self._job.running:
            self._job.cancel()
        if person_id is None:
            self._timer.stop()
        else:
            self._timer.start()

    def look_up(self) -> Job | None:
        """Ask ``duplicates_of`` now (normally the timer does, a moment after a change)."""
        self._timer.stop()
        person_id = self._person_id
        if person_id is None:
            return None
        db = self._context.db
        self._job = self._worker.start(
            lambda control: _lookup(db, person_id, control),
            on_success=lambda pairs: self._found(person_id, pairs),
            on_failure=lambda _message: self._found(person_id, []),
        )
        return self._job

    def _found(self, person_id: int, pairs: list[DuplicatePair]) -> None:
        if person_id != self._person_id:
            return  # the panel moved on while we looked
        self._pairs = pairs
        self._refresh_shown()
        self.looked_up.emit()

    def _refresh_shown(self) -> None:
        pairs = self._dismissed.keep(self._pairs) if self._dismissed is not None else self._pairs
        if not pairs:
            self.hide()
            return
        first = pairs[0]
        text = self.tr("Looks like: {name} ({reasons})").format(
            name=first.name_b, reasons=short_reasons(first)
        )
        if len(pairs) == 2:
            text += " " + self.tr("and 1 other")
        elif len(pairs) > 2:
            text += " " + self.tr("and {count} others").format(count=len(pairs) - 1)
        self.text.setText(text)
        self.link.setAccessibleName(
            self.tr("Compare with {name} and merge").format(name=first.name_b)
        )
        self.link.setToolTip(self.link.accessibleName())
        self.setAccessibleName(text)
        self.show()

    def _compare(self) -> None:
        pairs = self._dismissed.keep(self._pairs) if self._dismissed is not None else self._pairs
        if pairs:
            self.compare_requested.emit(pairs)

    def _on_changed(self, changes: Changes) -> None:
        if self._person_id is not None and changes.affects(Entity.PERSON):
            self._timer.start()  # a merge or an import may have made or ended a likeness
