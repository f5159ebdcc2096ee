"""The start screen: "Typ uw voornaam of achternaam", and as you type, big buttons with the
names that start that way ("Jan V. (2 personen)"). Pressing one checks that person in."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.agenda import SignUpStatus
from buurtdesk.gui import icons
from buurtdesk.services.kiosk import KioskRow
from buurtdesk.services.signups_types import REGULAR_STATUS

MAX_RESULTS = 6  # three rows of two: no scrolling on a laptop screen


class SearchScreen(QWidget):
    """Search field, result buttons and "Ik sta er niet tussen". ``search`` is the kiosk
    service bound to this door's date; it raising is the window's business."""

    chosen = Signal(object)  # KioskRow
    walk_in_requested = Signal()

    def __init__(
        self, search: Callable[[str], Sequence[KioskRow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self.prompt = QLabel(self.tr("Type your first name or surname"))
        self.prompt.setProperty("role", "kiosk-heading")
        self.prompt.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("First name or surname"))
        self.field.setAccessibleName(self.tr("Your first name or surname"))
        self.field.setClearButtonEnabled(False)
        self.field.setMaxLength(60)
        self.field.textChanged.connect(self.refresh)
        self.field.returnPressed.connect(self._enter)
        self.error = QLabel()
        self.error.setProperty("role", "kiosk-error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel()
        self.hint.setProperty("role", "kiosk-muted")
        self.hint.setWordWrap(True)
        self.results = QWidget()
        self._results_layout = QGridLayout(self.results)
        self._results_layout.setContentsMargins(0, 0, 0, 0)
        self._results_layout.setSpacing(14)
        self._results_layout.setColumnStretch(0, 1)
        self._results_layout.setColumnStretch(1, 1)
        self._results_layout.setRowStretch(MAX_RESULTS, 1)
        self._buttons: list[QPushButton] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.walk_in = QPushButton(icons.icon("user-plus"), self.tr("I am not on the list"))
        self.walk_in.setAccessibleName(self.tr("I am not on the list: sign up here"))
        self.walk_in.setAutoDefault(False)
        self.walk_in.clicked.connect(self.walk_in_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(18)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        hint_row = QHBoxLayout()
        hint_row.setSpacing(24)
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.walk_in)
        layout.addLayout(hint_row)
        layout.addWidget(scroll, 1)
        self._rows: list[KioskRow] = []

    def reset(self) -> None:
        """Back to an empty field and no names: nothing of the previous person stays."""
        self.field.clear()
        self.refresh()
        self.field.setFocus()

    def result_buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def refresh(self) -> None:
        """Show the names that start with what is typed (nothing while the field is empty)."""
        self.error.hide()
        for button in self._buttons:
            button.hide()
            button.deleteLater()
        prefix = self.field.text().strip()
        found = list(self._search(prefix)) if prefix else []
        self._rows = found[:MAX_RESULTS]
        self._buttons = [self._button(row) for row in self._rows]
        for index, button in enumerate(self._buttons):
            self._results_layout.addWidget(button, index // 2, index % 2)
        if not prefix:
            self.hint.setText(self.tr("Then press your name."))
        elif len(found) > MAX_RESULTS:
            self.hint.setText(self.tr("More names start this way. Type a few more letters."))
        elif self._rows:
            self.hint.setText(self.tr("Press your name to come in."))
        else:
            self.hint.setText(
                self.tr(
                    "Nobody found whose name starts with “{text}”. Check the spelling, "
                    "or press “I am not on the list”."
                ).format(text=prefix)
            )
        self.hint.setAccessibleName(self.hint.text())

    def show_error(self, message: str) -> None:
        """A refusal from the service, big and in red; what was typed stays."""
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()

    def _button(self, row: KioskRow) -> QPushButton:
        name = row.label
        if row.party_size > 1:
            name = self.tr("{name} ({count} people)").format(name=row.label, count=row.party_size)
        text = f"{name}   —   {self.status_text(row)}"
        button = QPushButton(text)
        button.setProperty("kind", "result")
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, row=row: self.chosen.emit(row))
        return button

    def status_text(self, row: KioskRow) -> str:
        if row.present:
            return self.tr("already in")
        if row.status == SignUpStatus.WAITING:
            return self.tr("waiting list")
        if row.status == REGULAR_STATUS:
            return self.tr("regular")
        return self.tr("signed up")

    def _enter(self) -> None:
        """Enter with exactly one name found is the same as pressing it."""
        if len(self._rows) == 1:
            self.chosen.emit(self._rows[0])
