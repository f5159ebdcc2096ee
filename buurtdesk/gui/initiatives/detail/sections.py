"""The row of section buttons above the initiative's pages: all six in one row where they
fit, else two rows of three (never the tab bar's "Beh… Ste…")."""

from __future__ import annotations

from buurtdesk.gui.agenda.signups.switcher import PageSwitcher


class SectionSwitcher(PageSwitcher):
    def _columns_for(self, width: int) -> int:
        widest = max((b.sizeHint().width() for b in self.buttons), default=0)
        count = len(self.buttons)
        for columns in (count, 3, 2):
            if columns * widest + (columns - 1) * self._grid.spacing() <= width:
                return columns
        return 1
