"""The shape every list tab shares: buttons above, the rows in a table (or a sentence when
there are none), and an inline form under the table to add or change a row.

A panel shows the rows of one owner (a person, an organisation). It reads them when it is
on screen: while another tab is in front it only notes that they are stale, so walking
through the people list costs nothing extra. It reads again when the change bus says its
rows may have changed, wherever the change was made.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import icons
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.calls import SAVED, call, text
from buurtdesk.gui.netwerk.tabs.forms import EscapeCancels, new_form
from buurtdesk.gui.netwerk.tabs.rows_model import RowsModel
from buurtdesk.gui.netwerk.tabs.views import FORM_STYLE, RowsTable
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services.changes import Changes, Entity

# At most this share of the screen is asked for the titles: enough on a 1920-pixel screen,
# no extra pressure on a 1366-pixel one (its titles are shortened instead, see below).
MAX_SCREEN_SHARE = 0.38


def _tab_widget_of(widget: QWidget) -> QTabWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def tab_titles_width(widget: QWidget) -> int:
    """The width that shows every title of the QTabWidget ``widget`` sits in; 0 outside one."""
    parent = _tab_widget_of(widget)
    if parent is None:
        return 0
    wanted = parent.tabBar().sizeHint().width()
    screen = widget.screen()
    if screen is not None:
        wanted = min(wanted, int(screen.availableGeometry().width() * MAX_SCREEN_SHARE))
    return wanted


def elide_tab_titles(widget: QWidget) -> None:
    """Where the panel cannot be wide enough (a small screen, large text), shorten the
    titles ("Contactm…") rather than hide the last tabs behind scroll arrows: every tab
    stays in sight and one click away."""
    parent = _tab_widget_of(widget)
    if parent is not None and parent.usesScrollButtons():
        parent.setUsesScrollButtons(False)
        parent.setElideMode(Qt.TextElideMode.ElideRight)
        for index in range(parent.count()):  # a shortened title is still read in full
            if not parent.tabToolTip(index):
                parent.setTabToolTip(index, parent.tabText(index))


class TabPanel(QWidget):
    entities: tuple[Entity, ...] = ()

    def __init__(
        self, context: AppContext, model: RowsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self.owner_id: int | None = None
        self._stale = False
        self.setStyleSheet(FORM_STYLE)

        # One row of buttons above the list: add, then what fits the selected row, and at
        # the far end, apart, removing it. (The panel's own buttons sit at its foot.)
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.table = RowsTable(model)
        self.empty = label("", "muted", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        empty_holder = QWidget()
        empty_layout = QVBoxLayout(empty_holder)
        empty_layout.setContentsMargins(4, 8, 4, 8)
        empty_layout.addWidget(self.empty)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty_holder)

        self.form_box = QWidget()
        self.form_box.setObjectName("inlineForm")
        self.form_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.form_title = label("", "subheading")
        self.form: QFormLayout = new_form()
        self.problem = FieldError()
        self.problem.hide()
        self.save_button = button("", "save", kind="primary")
        self.cancel_button = button(self.tr("Cancel"), "undo-2")
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        form_buttons = QHBoxLayout()
        form_buttons.setSpacing(8)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addWidget(self.save_button)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.setContentsMargins(14, 10, 14, 12)
        box_layout.setSpacing(6)
        box_layout.addWidget(self.form_title)
        box_layout.addLayout(self.form)
        box_layout.addWidget(self.problem)
        box_layout.addLayout(form_buttons)
        self.form_box.hide()
        self.escape = EscapeCancels(self.close_form, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 10, 2, 4)
        layout.setSpacing(8)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.form_box)

        self.save_button.clicked.connect(self.save_form)
        self.cancel_button.clicked.connect(self.close_form)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self.update_buttons()
        )
        context.bus.changed.connect(self._on_changed)

    # ---------------------------------------------------------------- for subclasses
    def fetch_rows(self, owner_id: int) -> None:
        """Give the model the owner's rows (``model.set_rows`` or a paged source)."""
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def update_buttons(self) -> None:
        """Enable what fits the selected row."""

    def save_form(self) -> None:
        raise NotImplementedError

    def form_inputs(self) -> list[QWidget]:
        """The form's inputs, in tab order (Escape in any of them closes the form)."""
        return []

    def add_toolbar_button(self, text: str, icon: str, tip: str) -> QPushButton:
        """A button above the list; ``tip`` says in full what it does (tooltip and the name
        a screen reader announces), so the button's own text can stay short."""
        result = button(text, icon)
        result.setToolTip(tip)
        result.setAccessibleName(tip)
        self.toolbar.addWidget(result)
        return result

    def add_remove_button(self, tip: str) -> QPushButton:
        """The red bin at the far end of the buttons, for the selected row."""
        self.toolbar.addStretch(1)
        result = button("", "trash-2", kind="destructive")
        result.setIcon(icons.icon("trash-2", "error"))
        result.setToolTip(tip)
        result.setAccessibleName(tip)
        self.toolbar.addWidget(result)
        return result

    # ---------------------------------------------------------------- owner and rows
    def set_owner(self, owner_id: int | None) -> None:
        if owner_id != self.owner_id:
            self.close_form()
            self.owner_id = owner_id
            self.model.set_rows([])
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        elide_tab_titles(self)
        if self._stale:
            self.reload()

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the titles of the tabs this panel sits among (the person panel
        grows rather than scrolling its tab bar), within reason on a small screen."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), tab_titles_width(self)), hint.height())

    def reload(self) -> None:
        self._stale = False
        kept = self.selected_id()
        if self.owner_id is None:
            self.model.set_rows([])
        else:
            self.fetch_rows(self.owner_id)
        if kept is not None:
            self.select_id(kept)
        self.empty.setText(self.empty_text())
        self.stack.setCurrentIndex(0 if self.model.rowCount() else 1)
        self.update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if self.owner_id is None or not any(changes.affects(e) for e in self.entities):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # ---------------------------------------------------------------- selection
    def selected_row(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        selected = self.table.selectionModel().isRowSelected(index.row(), QModelIndex())
        return index.row() if selected else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return self.model.row_id(self.model.row_value(row)) if row is not None else None

    def select_id(self, row_id: int) -> None:
        row = self.model.row_of(row_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    # ---------------------------------------------------------------- the inline form
    def open_form(self, title: str, save_text: str, first: QWidget, *, adding: bool) -> None:
        self.form_title.setText(title)
        self.save_button.setText(save_text)
        self.save_button.setIcon(icons.icon("plus" if adding else "save", "white"))
        self.problem.hide()
        self.form_box.show()
        inputs = self.form_inputs()
        self.escape.watch(inputs)
        for before, after in pairwise(inputs):  # Tab goes down the form
            QWidget.setTabOrder(before, after)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def form_is_open(self) -> bool:
        return not self.form_box.isHidden()

    def close_form(self) -> None:
        if self.form_box.isHidden():
            return
        self.form_box.hide()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, message: str) -> None:
        self.problem.set_text(message)
        self.problem.show()

    def remove_after_asking(
        self, question: str, detail: str, remove: Callable[[], Changes], done: str
    ) -> None:
        """Ask ``question`` (``detail`` under it); if yes, ``remove`` and say ``done``."""
        if not self.context.prompts.confirm_delete(self, question, detail):
            return
        changes = call(
            remove,
            refused=lambda messages: self.context.show_status(" ".join(messages.values())),
            failed=self.context.show_status,
        )
        if changes is None:
            self.reload()
            return
        self.context.bus.publish(changes)
        self.context.show_status(done)

    def saved(self, changes: Changes, row_id: int | None = None) -> None:
        """After a service call went through: tell every list, close the form, say so."""
        self.form_box.hide()
        self.context.bus.publish(changes)  # this panel reloads too: it listens
        if self._stale:
            self.reload()
        if row_id is not None:
            self.select_id(row_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.context.show_status(text(SAVED))
