"""The row of section buttons above the initiative's pages: all six in one row where they
fit, else two rows of three (never the tab bar's "Beh… Ste…")."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton

from buurtdesk.gui.agenda.signups.switcher import PageSwitcher

# The chosen button's border is 2 px instead of 1 px on each side.
CHECKED_BORDER = 2


def _checked_width(choice: QPushButton) -> int:
    """The button's width when chosen: its text bold (the style sheet's ``:checked``), which
    is wider than the plain text the size hint measures."""
    bold = QFont(choice.font())
    bold.setBold(True)
    text = choice.text()
    extra = QFontMetrics(bold).horizontalAdvance(text) - choice.fontMetrics().horizontalAdvance(
        text
    )
    return choice.sizeHint().width() + max(extra, 0) + CHECKED_BORDER


class SectionSwitcher(PageSwitcher):
    def _widest(self) -> int:
        return max((_checked_width(b) for b in self.buttons), default=0)

    def _columns_for(self, width: int) -> int:
        widest = self._widest()
        count = len(self.buttons)
        for columns in (count, 3, 2):
            if columns * widest + (columns - 1) * self._grid.spacing() <= width:
                return columns
        return 1

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(self._widest())
        return hint
