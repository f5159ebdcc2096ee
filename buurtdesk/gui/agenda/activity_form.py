"""The activity's details as a form (``ui/activity_form.ui``): what it holds as typed
(``ActivityInput``), filled from a saved activity, with an error line under each row."""

from __future__ import annotations

import itertools
from datetime import date
from typing import cast

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.agenda import ActivityStatus
from buurtdesk.domain.dutch_dates import parse_date
from buurtdesk.domain.errors import ValidationError
from buurtdesk.gui.agenda.organisers import Named, OrganisersEditor
from buurtdesk.gui.agenda.repeat_editor import RepeatEditor
from buurtdesk.gui.agenda.source import status_text
from buurtdesk.gui.agenda.wheel_guard import guard_wheel
from buurtdesk.gui.forms.activity_form_ui import Ui_ActivityForm
from buurtdesk.gui.netwerk.tabs.forms import FormErrors
from buurtdesk.gui.widgets import repolish
from buurtdesk.services.locations import RoomRow

THEME_COLUMNS = 3  # beside their label; two when the labels stand above the fields
NARROW_THEME_COLUMNS = 2
_LABELS_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_LABELS_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ActivityForm(QWidget):
    changed = Signal()
    submitted = Signal()  # Enter in a line

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityForm")
        self.ui = Ui_ActivityForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated
        ui = self.ui
        # A fixed height: a taller window or a longer form never makes the fields below jump.
        ui.descriptionEdit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        # Narrow panels: long room names and the weekday beside the date may shrink.
        ui.roomCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.roomCombo.setMinimumContentsLength(16)
        ui.initiativeCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.initiativeCombo.setMinimumContentsLength(16)
        self.compact = False  # labels above the fields (a narrow panel)
        ui.dateWeekday.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.repeat = RepeatEditor()
        self._put(ui.repeatHolder, self.repeat)
        self.organisers = OrganisersEditor(db)
        self._put(ui.organisersHolder, self.organisers)
        self._themes = QGridLayout(ui.themesHolder)
        self._themes.setContentsMargins(0, 0, 0, 0)
        self.theme_checks: dict[int, QCheckBox] = {}
        for status in ActivityStatus:
            ui.statusCombo.addItem(status_text(status.value).capitalize(), status.value)
        ui.initiativeCombo.addItem(self.tr("None"), None)
        self.errors = FormErrors(
            ui.formLayout,
            {
                "title": ui.titleEdit,
                "description": ui.descriptionEdit,
                "date": ui.dateRow,
                "start": ui.timeRow,
                "end": ui.timeRow,
                "repeat": ui.repeatHolder,
                "capacity": ui.capacityRow,
                "cost": ui.costRow,
            },
            {
                "date": ui.dateEdit,
                "start": ui.startEdit,
                "end": ui.endEdit,
                "repeat": self.repeat.kind,
                "capacity": ui.capacityEdit,
                "cost": ui.costEdit,
            },
            fallback="title",
        )
        for edit in (ui.titleEdit, ui.dateEdit, ui.startEdit, ui.endEdit, ui.capacityEdit):
            edit.textChanged.connect(self.changed)
            edit.returnPressed.connect(self.submitted)
        ui.costEdit.textChanged.connect(self.changed)
        ui.costEdit.returnPressed.connect(self.submitted)
        ui.dateEdit.textChanged.connect(self._show_weekday)
        ui.descriptionEdit.textChanged.connect(self.changed)
        for combo in (ui.roomCombo, ui.initiativeCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(self.changed)
        ui.signupCheck.toggled.connect(self.changed)
        self.repeat.changed.connect(self.changed)
        self.organisers.changed.connect(self.changed)
        ui.dateEdit.textChanged.connect(lambda: self.repeat.set_start(self.start_date()))
        guard_wheel(ui.roomCombo, ui.initiativeCombo, ui.statusCombo)
        # An error goes as soon as its field is changed.
        self._inputs: dict[str, QWidget] = {
            "title": ui.titleEdit,
            "description": ui.descriptionEdit,
            "date": ui.dateEdit,
            "start": ui.startEdit,
            "end": ui.endEdit,
            "repeat": self.repeat.kind,
            "capacity": ui.capacityEdit,
            "cost": ui.costEdit,
        }
        for field, edit in (
            ("title", ui.titleEdit),
            ("date", ui.dateEdit),
            ("start", ui.startEdit),
            ("end", ui.endEdit),
            ("capacity", ui.capacityEdit),
            ("cost", ui.costEdit),
        ):
            edit.textEdited.connect(lambda _t, f=field: self.clear_error(f))
        ui.descriptionEdit.textChanged.connect(lambda: self.clear_error("description"))
        self.repeat.changed.connect(lambda: self.clear_error("repeat"))
        self._order_tabs()

    @staticmethod
    def _put(holder: QWidget, widget: QWidget) -> None:
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)

    # ---------------------------------------------------------------- choices
    def set_rooms(self, rooms: list[RoomRow]) -> None:
        combo = self.ui.roomCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No room"), None)
        for room in rooms:
            combo.addItem(room.label, room.room_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def set_themes(self, themes: list[tuple[int, str]]) -> None:
        for check in self.theme_checks.values():
            self._themes.removeWidget(check)
            check.deleteLater()
        self.theme_checks = {}
        for theme_id, name in themes:
            check = QCheckBox(name)
            check.setObjectName(f"theme{theme_id}")
            check.toggled.connect(self.changed)
            self.theme_checks[theme_id] = check
        self._grid_themes()
        self.ui.themesLabel.setVisible(bool(themes))
        self.ui.themesHolder.setVisible(bool(themes))
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the rows from top to bottom. The repeat, the themes and the
        organisers are put in after ``setupUi``, so Qt would add them at the end of the
        chain: after Status, and from the repeat's last field on to the organisers."""
        ui = self.ui
        chain: list[QWidget] = [
            ui.titleEdit,
            ui.descriptionEdit,
            ui.roomCombo,
            ui.dateEdit,
            ui.startEdit,
            ui.endEdit,
            *self.repeat.focus_order(),
            ui.capacityEdit,
            ui.signupCheck,
            ui.costEdit,
            *self.theme_checks.values(),
            *self.organisers.focus_order(),
            ui.initiativeCombo,
            ui.statusCombo,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _grid_themes(self) -> None:
        columns = NARROW_THEME_COLUMNS if self.compact else THEME_COLUMNS
        for check in self.theme_checks.values():
            self._themes.removeWidget(check)
        for number, check in enumerate(self.theme_checks.values()):
            self._themes.addWidget(check, number // columns, number % columns)

    # ---------------------------------------------------------------- width
    def _widths(self) -> tuple[int, int, int]:
        """The widest label, the widest field (themes apart) and the widest theme."""
        layout = self.ui.formLayout
        labels = fields = 0
        for row in range(layout.rowCount()):
            label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if label is not None and not label.isHidden():
                labels = max(labels, label.sizeHint().width())
            if field_item is None or field is self.ui.themesHolder:
                continue
            if field is None or not field.isHidden():
                fields = max(fields, field_item.minimumSize().width())
        theme = max((c.sizeHint().width() for c in self.theme_checks.values()), default=0)
        return labels, fields, theme

    def _themes_width(self, theme: int, columns: int) -> int:
        count = min(columns, len(self.theme_checks))
        return count * theme + max(0, count - 1) * self._themes.horizontalSpacing()

    def narrowest_width(self) -> int:
        """The width the form needs with its labels above the fields."""
        labels, fields, theme = self._widths()
        margins = self.ui.formLayout.contentsMargins()
        widest = max(labels, fields, self._themes_width(theme, NARROW_THEME_COLUMNS))
        return margins.left() + margins.right() + widest

    def fit_width(self, width: int) -> None:
        """Labels beside the fields where there is room, above them in a narrow panel."""
        layout = self.ui.formLayout
        labels, fields, theme = self._widths()
        margins = layout.contentsMargins()
        wide = max(fields, self._themes_width(theme, THEME_COLUMNS))
        needed = margins.left() + margins.right() + labels + layout.horizontalSpacing() + wide
        compact = width < needed
        if compact == self.compact:
            return
        self.compact = compact
        layout.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if compact
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        layout.setLabelAlignment(_LABELS_LEFT if compact else _LABELS_RIGHT)
        self._grid_themes()

    def set_initiatives(self, initiatives: list[tuple[int, str]]) -> None:
        combo = self.ui.initiativeCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("None"), None)
        for initiative_id, title in initiatives:
            combo.addItem(title, initiative_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    # ---------------------------------------------------------------- values
    def start_date(self) -> date | None:
        try:
            return parse_date(self.ui.dateEdit.text())
        except ValidationError:
            return None

    def _show_weekday(self) -> None:
        day = self.start_date()
        self.ui.dateWeekday.setText(QLocale().dayName(day.isoweekday()) if day else "")

    def value(self) -> ActivityInput:
        ui = self.ui
        room = ui.roomCombo.currentData()
        initiative = ui.initiativeCombo.currentData()
        return ActivityInput(
            title=ui.titleEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            room_id=int(room) if room is not None else None,
            date=ui.dateEdit.text(),
            start=ui.startEdit.text(),
            end=ui.endEdit.text(),
            repeat=self.repeat.value(self.start_date()),
            capacity=ui.capacityEdit.text(),
            signup_required=ui.signupCheck.isChecked(),
            cost=ui.costEdit.text(),
            theme_ids=tuple(t for t, check in self.theme_checks.items() if check.isChecked()),
            organiser_person_ids=self.organisers.person_ids(),
            organiser_organisation_ids=self.organisers.organisation_ids(),
            initiative_id=int(initiative) if initiative is not None else None,
            status=ActivityStatus(ui.statusCombo.currentData()),
        )

    def fill(self, data: ActivityInput, people: Named = (), organisations: Named = ()) -> None:
        ui = self.ui
        self.blockSignals(True)
        try:
            for edit, text in (
                (ui.titleEdit, data.title),
                (ui.dateEdit, data.date),
                (ui.startEdit, data.start),
                (ui.endEdit, data.end),
                (ui.capacityEdit, data.capacity),
                (ui.costEdit, data.cost),
            ):
                edit.setText(text)
                edit.setCursorPosition(0)
            ui.descriptionEdit.setPlainText(data.description)
            ui.roomCombo.setCurrentIndex(max(0, ui.roomCombo.findData(data.room_id)))
            ui.initiativeCombo.setCurrentIndex(
                max(0, ui.initiativeCombo.findData(data.initiative_id))
            )
            ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(data.status.value)))
            ui.signupCheck.setChecked(data.signup_required)
            for theme_id, check in self.theme_checks.items():
                check.setChecked(theme_id in data.theme_ids)
            self.repeat.set_value(data.repeat, self.start_date() or date.today())
            self.organisers.set_value(people, organisations)
        finally:
            self.blockSignals(False)
        self.errors.clear()

    def clear_error(self, field: str) -> None:
        """The user changed ``field``: its error line (and the red border) go."""
        fields = ("start", "end") if field in ("start", "end") else (field,)
        line = self.errors.line(field)
        layout = self.ui.formLayout
        if layout.isRowVisible(line):
            layout.setRowVisible(line, False)
        for name in fields:
            widget = self._inputs[name]
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.setAccessibleDescription("")
                repolish(widget)

    def changed_labels(self, before: ActivityInput) -> list[str]:
        """The names of the rows changed since ``before`` ("titel", "tijd"), in form order."""
        after, ui = self.value(), self.ui
        rows = (
            (("title",), ui.titleLabel),
            (("description",), ui.descriptionLabel),
            (("room_id",), ui.roomLabel),
            (("date",), ui.dateLabel),
            (("start", "end"), ui.timeLabel),
            (("repeat",), ui.repeatLabel),
            (("capacity", "signup_required"), ui.capacityLabel),
            (("cost",), ui.costLabel),
            (("theme_ids",), ui.themesLabel),
            (("organiser_person_ids", "organiser_organisation_ids"), ui.organisersLabel),
            (("initiative_id",), ui.initiativeLabel),
            (("status",), ui.statusLabel),
        )
        return [
            label.text().replace("&", "").lower()
            for names, label in rows
            if any(getattr(before, n) != getattr(after, n) for n in names)
        ]

    def typing_errors(self) -> dict[str, str]:
        """What cannot be read before it goes to the service (an end date of the repeat)."""
        problem = self.repeat.typing_problem()
        return {"repeat": problem} if problem else {}

    def first_error(self) -> QWidget | None:
        """The error line highest in the form, None when there is none."""
        layout = self.ui.formLayout
        shown = [
            line
            for line in (self.errors.line(field) for field in self._inputs)
            if layout.isRowVisible(line)
        ]
        rows = [cast(tuple[int, object], layout.getWidgetPosition(line))[0] for line in shown]
        return shown[rows.index(min(rows))] if shown else None

    def line_edits(self) -> list[QLineEdit]:
        return self.findChildren(QLineEdit)
