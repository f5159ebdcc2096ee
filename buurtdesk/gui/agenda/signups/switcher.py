"""The row of buttons above the occurrence panel's pages ("Aanmeldingen", "Vaste
deelnemers", …) in place of tabs: the whole title is always read, in one row where it
fits and two rows in a narrow panel (tabs would shorten them to "Aan… Vaste…")."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from buurtdesk.gui import style


class PageSwitcher(QWidget):
    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageSwitcher")
        self._tabs = tabs
        tabs.tabBar().hide()
        # The page shown: the accent border and bold text, not colour alone.
        self.setStyleSheet(
            f"QPushButton:checked {{ background: {style.ACCENT_SOFT}; "
            f"border: 2px solid {style.ACCENT}; color: {style.ACCENT}; font-weight: bold; }}"
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for index in range(tabs.count()):
            choice = QPushButton(tabs.tabIcon(index), tabs.tabText(index))
            choice.setObjectName(f"pageButton{index}")
            choice.setCheckable(True)
            choice.setAutoDefault(False)
            choice.setToolTip(tabs.tabToolTip(index))
            choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(choice, index)
            self.buttons.append(choice)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._show_current)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        # The width comes from the panel; the buttons are placed to fit it (see below).
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.columns = 0
        self._place(len(self.buttons))
        self._show_current(tabs.currentIndex())

    def _show_current(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for choice in self.buttons:
            self._grid.removeWidget(choice)
        for number, choice in enumerate(self.buttons):
            self._grid.addWidget(choice, number // columns, number % columns)
        for column in range(len(self.buttons)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _columns_for(self, width: int) -> int:
        widest = max((b.sizeHint().width() for b in self.buttons), default=0)
        count = len(self.buttons)
        for columns in (count, 2):
            if columns * widest + (columns - 1) * self._grid.spacing() <= width:
                return columns
        return 1

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest button: one under the other at the narrowest."""
        hint = super().minimumSizeHint()
        hint.setWidth(max((b.sizeHint().width() for b in self.buttons), default=0))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._columns_for(event.size().width()))
