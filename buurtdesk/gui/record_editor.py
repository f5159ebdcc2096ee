"""What the person, organisation and activity editors share: the mode, the banner and buttons, and
the save/revert/delete cycle around the change bus and the unsaved-changes question."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import ClassVar, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import NotFound
from buurtdesk.gui import actions, icons
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.prompts import UnsavedAnswer
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services.changes import Changes, Entity

T = TypeVar("T")


class Mode(enum.Enum):
    NONE = "none"  # nothing shown
    NEW = "new"
    EXISTING = "existing"


class RecordEditor(QWidget):
    """The panel beside a record list. A subclass fills in the form-specific parts."""

    saved = Signal(int)
    deleted = Signal(int)
    new_cancelled = Signal()

    # The kind of record, to notice changes made to it elsewhere.
    entity: ClassVar[Entity]
    banner: FieldError

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._mode = Mode.NONE
        self._record_id: int | None = None
        self._publishing = False
        context.bus.changed.connect(self._on_changed)

    @property
    def record_id(self) -> int | None:
        return self._record_id

    @property
    def mode(self) -> Mode:
        return self._mode

    # ---------------------------------------------------------------- for subclasses
    def show_record(self, record_id: int) -> bool:
        raise NotImplementedError

    def start_new(self) -> None:
        raise NotImplementedError

    def focus_form(self) -> None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def display_name(self) -> str:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def _restore_original(self) -> None:
        """Put the saved values back in the form."""
        raise NotImplementedError

    def _fetched(self, get: Callable[[], T]) -> T | None:
        """``get()`` the record to show; None, with nothing shown and the reason on the
        status bar, when it no longer exists."""
        try:
            return get()
        except NotFound as error:
            self.clear()
            self._context.show_status(str(error))
            return None

    # ---------------------------------------------------------------- building
    def _make_header(self, prefix: str) -> None:
        """The title, subtitle and error banner, named ``prefix`` + Title, Subtitle, Banner."""
        self.title = label("", "heading", wrap=True)
        self.title.setObjectName(f"{prefix}Title")
        self.subtitle = label("", "muted", wrap=True)
        self.subtitle.setObjectName(f"{prefix}Subtitle")
        self._reserve_subtitle()
        self.banner = self._make_banner(f"{prefix}Banner")

    def _reserve_subtitle(self) -> None:
        """The subtitle line keeps its height when empty ("Wijzigingen nog niet opgeslagen"
        coming and going never moves the form under the mouse)."""
        self.subtitle.setMinimumHeight(self.subtitle.fontMetrics().lineSpacing())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "subtitle"):
            self._reserve_subtitle()

    @staticmethod
    def _scrolling(form: QWidget) -> QScrollArea:
        """The form scrolls down when the window is low, never sideways."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _lay_out(
        self,
        placeholder: QWidget,
        tabs: QTabWidget,
        buttons: QHBoxLayout,
        *,
        last_field: QWidget,
        extras: Sequence[QWidget] = (),
        below: Sequence[QWidget] = (),
        banner_below: bool = False,
    ) -> QVBoxLayout:
        """The placeholder, or the header (with ``extras`` under it), ``tabs``, ``below``
        (questions that come and go: under the form, so the fields stay where they are)
        and ``buttons``; returns the editor page's layout. The error banner goes above
        the tabs, or with ``banner_below`` just above the buttons."""
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(16, 14, 16, 12)
        editor_layout.setSpacing(6)
        editor_layout.addWidget(self.title)
        editor_layout.addWidget(self.subtitle)
        for extra in extras:
            editor_layout.addWidget(extra)
        if not banner_below:
            editor_layout.addWidget(self.banner)
        editor_layout.addWidget(tabs, 1)
        for widget in below:
            editor_layout.addWidget(widget)
        if banner_below:
            editor_layout.addWidget(self.banner)
        editor_layout.addLayout(buttons)
        self.editor_page = editor
        self._placeholder_page = placeholder
        self.pages = QStackedWidget()
        self.pages.addWidget(placeholder)
        self.pages.addWidget(editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        QWidget.setTabOrder(last_field, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.delete_button)
        self._revert_on_escape(editor)
        return editor_layout

    def _make_banner(self, object_name: str) -> FieldError:
        banner = FieldError()
        banner.setObjectName(object_name)
        banner.setProperty("role", "error-banner")
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        banner.set_margins(10, 8)
        banner.hide()
        return banner

    def _make_buttons(self, save: str, cancel: str, delete: str) -> QHBoxLayout:
        """Save, Cancel and Delete… (named ``save``, ``cancel``, ``delete``), connected."""
        self.save_button: QPushButton = button(self.tr("Save"), "save", kind="primary")
        self.save_button.setObjectName(save)
        self.save_button.setToolTip(
            self.tr("Save (Enter or {shortcut})").format(
                shortcut=actions.shortcut_text(actions.SAVE)
            )
        )
        self.cancel_button: QPushButton = button(self.tr("Cancel"), "undo-2")
        self.cancel_button.setObjectName(cancel)
        self.cancel_button.setToolTip(self.tr("Put back what was saved (Esc)"))
        self.delete_button: QPushButton = button(self.tr("Delete…"), "trash-2", kind="destructive")
        self.delete_button.setObjectName(delete)
        self.delete_button.setIcon(icons.icon("trash-2", "error"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _revert_on_escape(self, editor: QWidget) -> None:
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), editor)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.revert)

    # ---------------------------------------------------------------- showing
    def _show_page(self, new_title: str, existing_title: str | None) -> None:
        """The placeholder or the editor; the title for a new record or the saved one (None:
        leave it); Delete… only for a saved record."""
        self.pages.setCurrentWidget(
            self._placeholder_page if self._mode is Mode.NONE else self.editor_page
        )
        if self._mode is Mode.NEW:
            self.title.setText(new_title)
        elif self._mode is Mode.EXISTING and existing_title is not None:
            self.title.setText(existing_title)
        self.delete_button.setVisible(self._mode is Mode.EXISTING)

    def _show_unsaved(self, new_hint: str, existing_text: str = "") -> None:
        """Save and Cancel work while there is something to save (always on a new form);
        the subtitle says so, or gives ``new_hint`` / ``existing_text`` for the mode."""
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty or self._mode is Mode.NEW)
        self.cancel_button.setEnabled(dirty or self._mode is Mode.NEW)
        if dirty:
            text = self.tr("Unsaved changes")
        elif self._mode is Mode.NEW:
            text = new_hint
        elif self._mode is Mode.EXISTING:
            text = existing_text
        else:
            text = ""
        self.subtitle.setText(text)  # shown when empty too: it keeps its line

    # ---------------------------------------------------------------- actions
    def delete(self) -> None:
        raise NotImplementedError

    def _show_banner(self, message: str) -> None:
        self.banner.set_text(message)
        self.banner.show()

    def revert(self) -> None:
        """Escape: put the saved values back; on a new, untouched form, close it."""
        if self._mode is Mode.NEW and not self.is_dirty():
            self.clear()
            self.new_cancelled.emit()
            return
        self._restore_original()

    def _after_delete(self, record_id: int, name: str, changes: Changes) -> None:
        self.clear()
        self._publish(changes)
        self._context.show_status(self.tr("{name} has been deleted.").format(name=name))
        self.deleted.emit(record_id)

    def resolve_unsaved(self) -> bool:
        """Before leaving this record: ask about unsaved changes. False means stay."""
        if not self.is_dirty():
            return True
        answer = self._context.prompts.unsaved_changes(self, self.display_name())
        if answer is UnsavedAnswer.SAVE:
            return self.save()
        if answer is UnsavedAnswer.DISCARD:
            self._restore_original()
            return True
        return False

    def _publish(self, changes: Changes) -> None:
        self._publishing = True
        try:
            self._context.bus.publish(changes)
        finally:
            self._publishing = False

    def _on_changed(self, changes: Changes) -> None:
        """Changed elsewhere (an import, a merge, a membership): show the fresh values."""
        if self._publishing or self._mode is not Mode.EXISTING or self._record_id is None:
            return
        touched = changes.touched.get(self.entity)
        if touched is None or (touched and self._record_id not in touched):
            return
        if not self.is_dirty():
            self.show_record(self._record_id)
