"""Koppelen for one open need: the people and organisations that could help, best first,
each with its reasons in words ("vaardigheid: koken · woont in dezelfde straat") and a
button "Kennismaken" that records the introduction as a contact moment."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import icons
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.detail import wording
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services import matching
from buurtdesk.services.initiatives import NeedRow
from buurtdesk.services.matching import Suggestion

REASON_SEPARATOR = " · "


class SuggestionRow(QFrame):
    """One candidate: icon and name, the reasons under it, Kennismaken beside it."""

    def __init__(self, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName(f"suggestion_{suggestion.kind}_{suggestion.id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        person = suggestion.kind == matching.PERSON
        picture = label()
        size = max(16, self.fontMetrics().height())
        picture.setPixmap(
            icons.pixmap(
                "user-round" if person else "building-2", size, "muted", self.devicePixelRatioF()
            )
        )
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name = label(suggestion.name)
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-weight: 600;")
        self.reasons = label(REASON_SEPARATOR.join(suggestion.reasons), "muted", wrap=True)
        self.reasons.setObjectName("suggestionReasons")
        self.introduce_button: QPushButton = button(self.tr("Introduce"), "handshake")
        self.introduce_button.setObjectName("introduceButton")
        self.introduce_button.setAccessibleName(
            self.tr("Introduce {name}").format(name=suggestion.name)
        )
        self.introduce_button.setToolTip(
            self.tr(
                "Record an introduction of {name} to the initiators as a contact moment"
            ).format(name=suggestion.name)
        )
        self.introduce_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.reasons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.setSpacing(10)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.introduce_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(f"{suggestion.name}: {self.reasons.text()}")

    def mark_done(self) -> None:
        self.introduce_button.setEnabled(False)
        self.introduce_button.setText(self.tr("Introduced"))
        self.introduce_button.setIcon(icons.icon("check"))


class MatchView(QWidget):
    back = Signal()
    introduced = Signal(object)  # Changes

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchView")
        self._context = context
        self._need: NeedRow | None = None
        self.back_button = button(self.tr("Back to the needs"), "arrow-left")
        self.back_button.setObjectName("matchBack")
        self.back_button.setToolTip(self.tr("Back to the needs (Esc)"))
        self.back_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.heading = label("", "subheading", wrap=True)
        self.heading.setObjectName("matchHeading")
        self.explain = label(
            self.tr("Best fit first. Introducing records a conversation with the initiators."),
            "muted",
            wrap=True,
        )
        self.status_line = label("", wrap=True)
        self.status_line.setObjectName("matchStatus")
        self.status_line.hide()
        self.problem = FieldError()
        self.problem.hide()
        self.empty = label(
            self.tr(
                "Nobody found who fits yet. Add skills and interests to people in the "
                "network, and the kind to organisations."
            ),
            "muted",
            wrap=True,
        )
        self.rows_widget = QWidget()
        self._rows = QVBoxLayout(self.rows_widget)
        self._rows.setContentsMargins(0, 0, 8, 0)
        self._rows.setSpacing(0)
        self.rows: list[SuggestionRow] = []
        self.suggestions_scroll = scroll = QScrollArea()
        scroll.setObjectName("suggestionsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.rows_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.back_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.status_line)
        layout.addWidget(self.problem)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.back_button.clicked.connect(self.back)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)

    def show_need(self, need: NeedRow) -> None:
        self._need = need
        what = wording.kind_text(need.kind)
        if need.description:
            what = f"{what}: {need.description}"
        self.heading.setText(self.tr("Who could help with {need}?").format(need=what))
        self.status_line.hide()
        self.problem.hide()
        found = call(
            lambda: matching.suggestions(self._context.db, need.need_id),
            refused=lambda m: self._show_problem(" ".join(m.values())),
            failed=self._show_problem,
        )
        self._set_rows(found or [])
        self.suggestions_scroll.verticalScrollBar().setValue(0)
        first = self.rows[0].introduce_button if self.rows else self.back_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_focus_here(self) -> None:
        """Before the focused button goes (hidden, disabled): the focus to Back, so Qt
        does not pass it on to whatever comes next in the window (the board)."""
        focused = QApplication.focusWidget()
        if focused is not None and self.rows_widget.isAncestorOf(focused):
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_rows(self, suggestions: list[Suggestion]) -> None:
        self._keep_focus_here()
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        for number, suggestion in enumerate(suggestions):
            if number:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setStyleSheet("color: #dde2e8;")
                self._rows.addWidget(line)
            row = SuggestionRow(suggestion)
            row.introduce_button.clicked.connect(lambda _c=False, r=row: self.introduce(r))
            self._rows.addWidget(row)
            self.rows.append(row)
        self._rows.addStretch(1)
        self.empty.setVisible(not suggestions)

    def introduce(self, row: SuggestionRow) -> None:
        need = self._need
        if need is None:
            return
        suggestion = row.suggestion
        person = suggestion.id if suggestion.kind == matching.PERSON else None
        organisation = suggestion.id if suggestion.kind == matching.ORGANISATION else None
        self.problem.hide()
        changes = call(
            lambda: matching.introduce(
                self._context.db,
                need.need_id,
                person_id=person,
                organisation_id=organisation,
                today=self._context.now().date(),
            ),
            refused=lambda m: self._show_problem(" ".join(m.values())),
            failed=self._show_problem,
        )
        if changes is None:
            return
        self._keep_focus_here()
        row.mark_done()
        message = self.tr("Introduction recorded as a contact moment: {name}.").format(
            name=suggestion.name
        )
        self.status_line.setText(message)
        self.status_line.show()
        self._context.show_status(message)
        self.introduced.emit(changes)

    def _show_problem(self, message: str) -> None:
        self.problem.set_text(message)
        self.problem.show()
