"""What every tab of the occurrence panel shares: the date it shows, reading its rows when
on screen (only noting they are stale while another tab is in front), and reading again
when the change bus says something it shows has changed, wherever that was done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from buurtdesk.gui.context import AppContext
from buurtdesk.services.changes import Changes, Entity


@dataclass(frozen=True)
class Shown:
    """The date the panel shows: the occurrence and its activity."""

    occurrence_id: int
    activity_id: int
    recurring: bool
    day: date | None = None  # the date's day


class Section(QWidget):
    entities: tuple[Entity, ...] = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.shown: Shown | None = None
        self._stale = False
        context.bus.changed.connect(self._on_changed)

    # ---------------------------------------------------------------- for subclasses
    def reload(self) -> None:
        """Read the rows of ``self.shown`` (or show nothing when it is None)."""
        raise NotImplementedError

    def leave(self) -> None:
        """Another date comes: close forms and questions about the old one."""

    # ---------------------------------------------------------------- showing
    def set_shown(self, shown: Shown | None) -> None:
        if shown != self.shown:
            self.leave()
            self.shown = shown
        self.refresh()

    def refresh(self) -> None:
        """Read now when on screen, else when shown next."""
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.shown is not None and any(changes.affects(e) for e in self.entities):
            self.refresh()
