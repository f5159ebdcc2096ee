"""The live counts above the panel's tabs, in words: "Verwacht 18 · Aanwezig 11 ·
Inlopers 2 · Wachtlijst 3 · Vrij 2 van 20"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from buurtdesk.gui import icons
from buurtdesk.gui.agenda.signups.section import Section
from buurtdesk.gui.agenda.signups.wording import counts_text
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.widgets import label
from buurtdesk.services import signups
from buurtdesk.services.changes import Entity


class CountsLine(Section):
    entities = (
        Entity.SIGNUP,
        Entity.ATTENDANCE,
        Entity.REGULAR,
        Entity.OCCURRENCE,
        Entity.ACTIVITY,
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("countsLine")
        picture = QLabel()
        size = max(18, self.fontMetrics().height())
        picture.setPixmap(icons.pixmap("users", size, "muted", self.devicePixelRatioF()))
        picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.text = label("", "subheading", wrap=True)
        self.text.setObjectName("counts")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(8)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def reload(self) -> None:
        shown = self.shown
        if shown is None:
            self.text.setText("")
        else:
            self.text.setText(
                counts_text(signups.occurrence_counts(self.context.db, shown.occurrence_id))
            )
        self.setAccessibleName(self.text.text())
