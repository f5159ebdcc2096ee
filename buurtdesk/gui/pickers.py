"""Choosing a person or an organisation by typing: a search line with a list that drops down.

Type a few letters, the best matches appear under the line (fetched from the services, 20
at a time, as the people list does); Down and Up walk the list, Enter or a click takes the
highlighted one, Escape closes the list. Enter with the list closed takes the only match, so
"jans" Enter is enough when one Jansen exists. The picker says what it holds with
``chosen_id``; typing again lets go of the choice.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from buurtdesk.db.engine import Database
from buurtdesk.gui import icons, style
from buurtdesk.services import organisations, people_search
from buurtdesk.services.organisations import OrganisationQuery
from buurtdesk.services.people_search import PeopleQuery

MAX_CHOICES = 20
CHOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICE_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
POPUP_STYLE = f"""
QListView {{ background: {style.SURFACE}; border: 1px solid {style.BORDER}; }}
QListView::item {{ padding: 5px 8px; }}
QListView::item:selected {{ background: {style.ACCENT}; color: #ffffff; }}
"""


@dataclass(frozen=True)
class Choice:
    """One match: its id, the name the line shows once chosen, and a hint to tell
    namesakes apart (an address, a kind of organisation)."""

    id: int
    name: str
    hint: str = ""

    @property
    def text(self) -> str:
        return f"{self.name} — {self.hint}" if self.hint else self.name


Search = Callable[[str], Sequence[Choice]]


class EntityPicker(QLineEdit):
    """A line edit that picks one record from ``search``'s matches."""

    chosen = Signal(object)  # int | None: the picked id, or None when let go

    def __init__(
        self,
        search: Search,
        *,
        icon: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._chosen: Choice | None = None
        self._exclude: frozenset[int] = frozenset()
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon(icon, "muted"), QLineEdit.ActionPosition.LeadingPosition)

        self.choices = QStandardItemModel(self)
        self.completer_ = QCompleter(self.choices, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(10)
        # The index overload: two namesakes differ by their id, not always by their text.
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        popup = self.completer_.popup()
        assert popup is not None
        self._popup = popup
        popup.setStyleSheet(POPUP_STYLE)
        self.textEdited.connect(self._edited)

    def describe(self, placeholder: str, accessible_name: str) -> None:
        """The hint inside the empty line and the name a screen reader announces."""
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(accessible_name)
        self._popup.setAccessibleName(accessible_name)

    # ---------------------------------------------------------------- state
    @property
    def chosen_id(self) -> int | None:
        return self._chosen.id if self._chosen else None

    @property
    def chosen_name(self) -> str:
        return self._chosen.name if self._chosen else ""

    def set_excluded(self, ids: Collection[int]) -> None:
        """Ids never offered (the person whose relation is being added)."""
        self._exclude = frozenset(ids)

    def set_choice(self, choice: Choice | None) -> None:
        """Show ``choice`` as picked (or empty the line), without a search."""
        self._chosen = choice
        self.setText(choice.name if choice else "")
        self._popup.hide()
        self.chosen.emit(self.chosen_id)

    def popup_texts(self) -> list[str]:
        """What the drop-down list offers, for tests and screen readers."""
        return [str(self.choices.item(row).text()) for row in range(self.choices.rowCount())]

    def is_popup_visible(self) -> bool:
        return self._popup.isVisible()

    # ---------------------------------------------------------------- searching
    def _edited(self, text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.chosen.emit(None)
        if text.strip():
            self._offer(text)
        else:
            self._popup.hide()

    def _offer(self, text: str) -> list[Choice]:
        matches = [c for c in self._search(text.strip()) if c.id not in self._exclude]
        self.choices.clear()
        for choice in matches:
            item = QStandardItem(choice.text)
            item.setData(choice.id, CHOICE_ID_ROLE)
            item.setData(choice.name, CHOICE_NAME_ROLE)
            item.setEditable(False)
            self.choices.appendRow(item)
        popup = self._popup
        if matches:
            # Nothing highlighted: Down goes to the first name (not the second), and Enter
            # takes the first one anyway (keyPressEvent).
            self.completer_.complete(self._popup_rect())
            popup.setCurrentIndex(QModelIndex())
        else:
            popup.hide()
        return matches

    def _popup_rect(self) -> QRect:
        """Under the line, as wide as the names need (a narrow panel must not cut off the
        street that tells two namesakes apart), up to about twice the line's width."""
        popup = self._popup
        wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12
        width = max(self.width(), min(wanted, self.width() * 2))
        return QRect(0, 0, width, self.height())

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        choice_id = index.data(CHOICE_ID_ROLE)
        if choice_id is None:
            return
        self._pick(Choice(int(choice_id), str(index.data(CHOICE_NAME_ROLE))))

    def _pick(self, choice: Choice) -> None:
        self.set_choice(choice)

    # ---------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        popup = self._popup
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if popup.isVisible():
                index = popup.currentIndex()
                if not index.isValid():
                    index = self.completer_.completionModel().index(0, 0)
                popup.hide()
                self._activated(index)
                return
            if self._chosen is None and self.text().strip():
                matches = self._offer(self.text())
                if len(matches) == 1:
                    popup.hide()
                    self._pick(matches[0])
                return  # several matches: the list is open to choose from
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and popup.isVisible():
            # Keys sent to the line itself (not through the list) still walk the list.
            model = self.completer_.completionModel()
            row = popup.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
            popup.setCurrentIndex(model.index(max(0, min(row, model.rowCount() - 1)), 0))
            return
        if key == Qt.Key.Key_Down and self._chosen is None:
            self._offer(self.text())
            return
        if key == Qt.Key.Key_Escape and popup.isVisible():
            popup.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._popup.hide()


def search_people(db: Database) -> Search:
    def search(text: str) -> list[Choice]:
        rows = people_search.fetch_page(db, PeopleQuery(text=text), limit=MAX_CHOICES)
        return [
            Choice(
                row.person_id,
                row.list_name,
                ", ".join(part for part in (row.address, row.woonplaats) if part),
            )
            for row in rows
        ]

    return search


def search_organisations(db: Database) -> Search:
    def search(text: str) -> list[Choice]:
        rows = organisations.search_organisations(
            db, OrganisationQuery(text=text), limit=MAX_CHOICES
        )
        return [Choice(row.organisation_id, row.name, row.kind_label) for row in rows]

    return search


class PersonPicker(EntityPicker):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(search_people(db), icon="user-round", parent=parent)
        self.setObjectName("personPicker")
        self.describe(self.tr("Type a name, street or phone number…"), self.tr("Choose a person"))


class OrganisationPicker(EntityPicker):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(search_organisations(db), icon="building-2", parent=parent)
        self.setObjectName("organisationPicker")
        self.describe(
            self.tr("Type the name of an organisation…"), self.tr("Choose an organisation")
        )
