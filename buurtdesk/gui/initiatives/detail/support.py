"""Steun: the contact moments about this initiative, newest first, and the contact moment
form (the one the Netwerk uses) to add one here, about the initiative, its initiators
already filled in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QListView,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.detail import wording
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.netwerk.tabs.contact_form import ContactMomentForm, Owner
from buurtdesk.gui.netwerk.tabs.wording import follow_up_when
from buurtdesk.gui.read_only_model import ReadOnlyRowsModel
from buurtdesk.gui.widgets import button, label
from buurtdesk.services import initiatives
from buurtdesk.services.contacts import ContactMomentInput, NameRef
from buurtdesk.services.initiatives import SupportRow

INITIATIVE = "initiative"


class SupportModel(ReadOnlyRowsModel):
    """One row per contact moment: when, how and with whom; what was said; what is next."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today
        self._rows: list[SupportRow] = []
        self._headers = (QCoreApplication.translate("SupportModel", "Contact moment"),)

    def set_rows(self, rows: Sequence[SupportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def text(self, moment: SupportRow) -> str:
        first = " · ".join(
            part
            for part in (
                wording.day_of(moment.occurred_on),
                moment.channel_label,
                ", ".join(moment.people),
            )
            if part
        )
        lines = [first]
        if moment.summary_preview:
            lines.append(moment.summary_preview)
        if moment.follow_up:
            lines.append(
                QCoreApplication.translate("SupportModel", "Follow-up: {what} ({when})").format(
                    what=moment.follow_up,
                    when=follow_up_when(
                        moment.follow_up_due, self.today, done=moment.follow_up_done
                    ),
                )
            )
        return "\n".join(lines)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        moment = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(moment)
        return None


class InitiativeContactForm(ContactMomentForm):
    """The Netwerk's contact moment form, about an initiative: nobody is fixed, the
    initiators are filled in, and the moment is linked to the initiative. In the narrow
    panel beside the board a label goes above its field when both do not fit."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.save_button.setText(self.tr("Save moment"))  # fits beside Annuleren at 150 %

    def start_for(self, initiative_id: int, title: str, initiators: list[NameRef]) -> None:
        self._owner = Owner(INITIATIVE, initiative_id, title)
        self._editing = None
        self._initiative_id = initiative_id
        self.title.setText(self.tr("New contact moment"))
        today = self._context.now().date()
        data = ContactMomentInput(occurred_on=today, initiative_id=initiative_id)
        self._fill(data, initiators, [], title)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)


class SupportSection(QStackedWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportSection")
        self._context = context
        self._initiative: tuple[int, str, list[NameRef]] | None = None
        self.model = SupportModel(context.now().date())
        self.list = QListView()
        self.list.setObjectName("supportList")
        self.list.setAccessibleName(self.tr("Contact moments about this initiative, newest first"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty = label(
            self.tr(
                "No contact moments about this initiative yet. Write down each talk, call or "
                "visit: it shows who supports it and when it was last looked after."
            ),
            "muted",
            wrap=True,
        )
        self.empty.setObjectName("supportEmpty")
        self.add_button = button(self.tr("Add contact moment"), "plus")
        self.add_button.setObjectName("addSupport")
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.add_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.list_page = page
        self.form = InitiativeContactForm(context)
        self.addWidget(page)
        self.addWidget(self.form)
        self.add_button.clicked.connect(self.start_adding)
        self.form.saved.connect(self._saved)
        self.form.closed.connect(self._back)

    def set_initiative(
        self, initiative_id: int | None, title: str = "", initiators: Sequence[NameRef] = ()
    ) -> None:
        same = self._initiative is not None and self._initiative[0] == initiative_id
        if not same and self.currentWidget() is self.form:
            self.form.cancel()
        self._initiative = (
            None if initiative_id is None else (initiative_id, title, list(initiators))
        )
        self.reload()

    def form_is_open(self) -> bool:
        return self.currentWidget() is self.form

    def reload(self) -> None:
        self.model.today = self._context.now().date()
        rows: list[SupportRow] = []
        if self._initiative is not None:
            initiative_id = self._initiative[0]
            rows = (
                call(
                    lambda: initiatives.support_log(self._context.db, initiative_id),
                    refused=lambda _m: None,
                    failed=self._context.show_status,
                )
                or []
            )
        self.model.set_rows(rows)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.add_button.setEnabled(self._initiative is not None)

    def start_adding(self) -> None:
        if self._initiative is None:
            return
        initiative_id, title, initiators = self._initiative
        self.setCurrentWidget(self.form)
        self.form.start_for(initiative_id, title, initiators)

    def _saved(self, _contact_moment_id: int) -> None:
        self.setCurrentWidget(self.list_page)
        self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._context.show_status(self.tr("Contact moment added to the support log."))

    def _back(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
