"""One stage of the board: its name and count on top ("Plan · 7"), its cards below.

A closed stage (Geborgd, Gestopt) says so with an icon and can be folded to its header, so
the open work keeps the room; cards still move into it by keyboard and by the move menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from buurtdesk.gui import formatting, icons
from buurtdesk.gui.initiatives.card_delegate import CardDelegate
from buurtdesk.gui.initiatives.card_list import CardList
from buurtdesk.gui.initiatives.column_model import ColumnModel
from buurtdesk.gui.widgets import label
from buurtdesk.services.stages import StageRow

COLUMN_CHARS = 36  # a column's width in average character widths: follows the font
FOLDED_CHARS = 14


class BoardColumn(QWidget):
    fold_changed = Signal()

    def __init__(self, stage: StageRow, delegate: CardDelegate, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("boardColumn")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.stage = stage
        self.model = ColumnModel(stage.stage_id, self)
        self.cards = CardList(self.model, delegate)
        self.cards.setObjectName(f"cards_{stage.stage_id}")
        self.cards.setAccessibleName(stage.name)
        self.heading = label("", "subheading")
        self.heading.setObjectName("columnHeading")
        self.picture = QLabel()
        self.fold_button = QToolButton()
        self.fold_button.setAutoRaise(True)
        self.fold_button.setCheckable(True)
        self.fold_button.setVisible(stage.is_closed)
        self.fold_button.toggled.connect(self.set_folded)
        self.empty = label(self.tr("No initiatives here."), "muted", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

        head = QHBoxLayout()
        head.setContentsMargins(10, 8, 6, 4)
        head.setSpacing(6)
        head.addWidget(self.picture)
        head.addWidget(self.heading, 1)
        head.addWidget(self.fold_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addWidget(self.cards, 1)
        if stage.is_closed:
            self.picture.setPixmap(
                icons.pixmap("circle-check", 16, "muted", self.devicePixelRatioF())
            )
            self.picture.setToolTip(self.tr("A closed stage: the initiative has ended"))
        else:
            self.picture.hide()
        self.model.modelReset.connect(self._show_count)
        self._show_count()
        self._show_fold()
        self._fit_width()

    def folded(self) -> bool:
        return self.fold_button.isChecked()

    def set_folded(self, folded: bool) -> None:
        if self.fold_button.isChecked() != folded:
            self.fold_button.setChecked(folded)  # comes back here through toggled
            return
        self.cards.setVisible(not folded)
        self.empty.setVisible(not folded and self.model.rowCount() == 0)
        self._show_fold()
        self._fit_width()
        self.fold_changed.emit()

    def _show_fold(self) -> None:
        folded = self.folded()
        self.fold_button.setIcon(icons.icon("chevron-right" if folded else "chevron-left"))
        text = self.tr("Show the cards") if folded else self.tr("Fold this stage")
        self.fold_button.setToolTip(text)
        self.fold_button.setAccessibleName(text)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.heading.setText(f"{self.stage.name} · {formatting.number(count)}")
        self.heading.setAccessibleName(
            self.tr("{stage}: {count} initiatives").format(stage=self.stage.name, count=count)
        )
        self.empty.setVisible(count == 0 and not self.folded())

    def _fit_width(self) -> None:
        chars = FOLDED_CHARS if self.folded() else COLUMN_CHARS
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * chars + 24)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
