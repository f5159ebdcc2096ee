"""Behoeften: the initiative's needs with their status, added and removed here; for an open
need "Koppelen" shows who could help (``MatchView``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import icons
from buurtdesk.gui.agenda.wheel_guard import guard_wheel
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.detail import wording
from buurtdesk.gui.initiatives.detail.matching_view import MatchView
from buurtdesk.gui.initiatives.detail.needs_model import DESCRIPTION, KIND, STATUS, NeedsModel
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services import initiatives
from buurtdesk.services.initiatives import NeedRow


class NeedsSection(QStackedWidget):
    """The list of needs, or in its place the Koppelen view for one of them."""

    changed = Signal(object)  # Changes made here, for the change bus

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needsSection")
        self._context = context
        self._initiative_id: int | None = None

        self.model = NeedsModel()
        self.table = QTableView()
        self.table.setObjectName("needsTable")
        self.table.setAccessibleName(self.tr("Needs of this initiative"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = label(
            self.tr(
                "No needs yet. Add what the initiative needs: volunteers, a place, money, "
                "a permit or publicity."
            ),
            "muted",
            wrap=True,
        )
        self.empty.setObjectName("needsEmpty")

        self.status = QComboBox()
        self.status.setObjectName("needStatus")
        self.status.setAccessibleName(self.tr("Status of the chosen need"))
        for value, text in wording.statuses():
            self.status.addItem(wording.status_icon(value), text, value)
        self.match_button = button(self.tr("Find help"), "link")
        self.match_button.setObjectName("matchButton")
        self.match_button.setToolTip(
            self.tr("Koppelen: people and organisations that could help with this need")
        )
        self.remove_button = button(self.tr("Remove"), "trash-2", kind="destructive")
        self.remove_button.setIcon(icons.icon("trash-2", "error"))
        self.remove_button.setObjectName("removeNeed")
        self.remove_button.setToolTip(self.tr("Remove the chosen need…"))
        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        status_label = label(self.tr("Status"))
        status_label.setBuddy(self.status)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        chosen = QHBoxLayout()
        chosen.setSpacing(8)
        chosen.addWidget(self.match_button)
        chosen.addWidget(self.remove_button)
        chosen.addStretch(1)

        self.kind = QComboBox()
        self.kind.setObjectName("newNeedKind")
        self.kind.setAccessibleName(self.tr("What is needed"))
        for value, text in wording.kinds():
            self.kind.addItem(wording.kind_icon(value), text, value)
        self.description = QLineEdit()
        self.description.setObjectName("newNeedDescription")
        self.description.setAccessibleName(self.tr("What exactly is needed"))
        self.description.setPlaceholderText(self.tr("What exactly? e.g. four cooks"))
        self.add_button = button(self.tr("Add"), "plus")
        self.add_button.setObjectName("addNeed")
        self.add_button.setToolTip(self.tr("Add this need (Enter)"))
        self.problem = FieldError()
        self.problem.setObjectName("needProblem")
        self.problem.hide()
        adding = QHBoxLayout()
        adding.setSpacing(8)
        adding.addWidget(self.kind)
        adding.addWidget(self.description, 1)
        adding.addWidget(self.add_button)
        guard_wheel(self.status, self.kind)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(status_row)
        layout.addLayout(chosen)
        layout.addSpacing(6)
        layout.addWidget(label(self.tr("New need"), "subheading"))
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        self.list_page = page
        self.match = MatchView(context)
        self.addWidget(page)
        self.addWidget(self.match)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda _index: self.open_match())
        self.status.activated.connect(lambda _index: self._status_chosen())
        self.match_button.clicked.connect(self.open_match)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add)
        self.description.returnPressed.connect(self.add)
        self.match.back.connect(self._back)
        self.match.introduced.connect(self.changed)
        self._update()

    # ---------------------------------------------------------------- showing
    def set_initiative(self, initiative_id: int | None) -> None:
        if initiative_id != self._initiative_id:
            self.setCurrentWidget(self.list_page)
            self.description.clear()
            self.problem.hide()
        self._initiative_id = initiative_id
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self._selected_id()
        rows: list[NeedRow] = []
        if self._initiative_id is not None:
            found = call(
                lambda: initiatives.needs_of(self._context.db, self._initiative_id or 0),
                refused=lambda _m: None,
                failed=self._context.show_status,
            )
            rows = found or []
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update()

    def selected(self) -> NeedRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.need(rows[0].row()) if rows else None

    def _selected_id(self) -> int | None:
        need = self.selected()
        return need.need_id if need else None

    def select_need(self, need_id: int) -> None:
        row = self.model.row_of(need_id)
        if row is not None:
            self.table.selectRow(row)

    def _update(self) -> None:
        need = self.selected()
        for widget in (self.status, self.remove_button):
            widget.setEnabled(need is not None)
        self.match_button.setEnabled(need is not None and need.is_open)
        if need is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(need.status)))
        self.add_button.setEnabled(self._initiative_id is not None)

    # ---------------------------------------------------------------- actions
    def add(self) -> None:
        initiative_id = self._initiative_id
        if initiative_id is None:
            return
        self.problem.hide()
        kind, text = str(self.kind.currentData()), self.description.text()
        saved = call(
            lambda: initiatives.add_need(self._context.db, initiative_id, kind, text),
            refused=lambda m: self._show_problem(" ".join(m.values())),
            failed=self._show_problem,
        )
        if saved is None:
            return
        self.description.clear()
        self.reload(select=saved.need_id)
        self.changed.emit(saved.changes)
        self._context.show_status(self.tr("Need added."))

    def _status_chosen(self) -> None:
        need = self.selected()
        value = str(self.status.currentData())
        if need is None or value == need.status:
            return
        changes = call(
            lambda: initiatives.set_need_status(self._context.db, need.need_id, value),
            refused=lambda m: self._show_problem(" ".join(m.values())),
            failed=self._show_problem,
        )
        self.reload(select=need.need_id)
        if changes is not None:
            self.changed.emit(changes)
            self._context.show_status(
                self.tr("{need}: now {status}.").format(
                    need=wording.kind_text(need.kind), status=wording.status_text(value).lower()
                )
            )

    def remove_selected(self) -> None:
        need = self.selected()
        if need is None:
            return
        what = wording.kind_text(need.kind)
        if need.description:
            what = f"{what} ({need.description})"
        question = self.tr("Remove the need {need}?").format(need=what)
        detail = self.tr("Its history goes with it. This cannot be undone.")
        if not self._context.prompts.confirm_delete(self, question, detail):
            return
        changes = call(
            lambda: initiatives.delete_need(self._context.db, need.need_id),
            refused=lambda m: self._show_problem(" ".join(m.values())),
            failed=self._show_problem,
        )
        self.reload()
        if changes is not None:
            self.changed.emit(changes)
            self._context.show_status(self.tr("Need removed."))

    def open_match(self) -> None:
        need = self.selected()
        if need is None or not need.is_open:
            return
        self.setCurrentWidget(self.match)
        self.match.show_need(need)

    def _back(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_problem(self, message: str) -> None:
        self.problem.set_text(message)
        self.problem.show()
