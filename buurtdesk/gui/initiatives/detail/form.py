"""The initiative's own fields as a form (``ui/initiative_form.ui``): the Initiatief, Geld and
Verloop pages hold what Opslaan saves (``InitiativeInput``, as typed); the Behoeften, Steun
and Checklist pages are holders the panel fills. Each wrong field gets its message under it,
the typing kept."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.initiative_fields import InitiativeInput, format_money, parse_money
from buurtdesk.gui.agenda.date_field import DateField
from buurtdesk.gui.agenda.organisers import Named, OrganisersEditor
from buurtdesk.gui.agenda.wheel_guard import guard_wheel
from buurtdesk.gui.forms.initiative_form_ui import Ui_InitiativeForm
from buurtdesk.gui.netwerk.tabs.forms import FormErrors

THEME_COLUMNS = 2
DETAILS, NEEDS, SUPPORT, MONEY, CHECKLIST, HISTORY = range(6)
# Funds a coordinator meets most; any other can be typed.
FUNDS = ("Wijkbudget", "Bewonersinitiatief", "Oranje Fonds", "Gemeentelijke subsidie")


def _put(holder: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


def _names_editor(
    db: Database, *, people: bool, name: str, add: str, what: str
) -> OrganisersEditor:
    """A list of chosen people (or organisations) with a picker to add one more: the agenda's
    organisers list with only the one picker."""
    editor = OrganisersEditor(db)
    editor.setObjectName(name)
    editor.chosen.setAccessibleName(what)
    shown, hidden = (
        (editor.person_picker, editor.organisation_picker)
        if people
        else (editor.organisation_picker, editor.person_picker)
    )
    hidden.hide()
    editor.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    editor.chosen.setTextElideMode(Qt.TextElideMode.ElideRight)
    shown.describe(add, add)
    return editor


class _PageErrors:
    """The error lines of one page's form, and the fields they are for."""

    def __init__(
        self,
        page: int,
        form: QFormLayout,
        rows: Mapping[str, QWidget],
        inputs: Mapping[str, QWidget] | None = None,
    ) -> None:
        self.page = page
        self.fields = frozenset(rows)
        self.errors = FormErrors(form, rows, inputs)


class InitiativeForm(QTabWidget):
    changed = Signal()
    submitted = Signal()  # Enter in a line

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InitiativeForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated
        ui = self.ui
        self.setObjectName("initiativeForm")
        for edit in (ui.descriptionEdit, ui.outcomeEdit, ui.lessonsEdit):
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.initiators = _names_editor(
            db,
            people=True,
            name="initiatorsEditor",
            add=self.tr("Add an initiator: type a name…"),
            what=self.tr("Initiators"),
        )
        self.partners = _names_editor(
            db,
            people=False,
            name="partnersEditor",
            add=self.tr("Add a partner organisation…"),
            what=self.tr("Partner organisations"),
        )
        # The due date as the agenda's Datum: typed the Dutch way, or from the calendar.
        self.due_edit = DateField()
        self.due_edit.setObjectName("dueEdit")
        self.due_edit.setAccessibleName(self.tr("Next step due date"))
        _put(ui.dueHolder, self.due_edit)
        ui.dueLabel.setBuddy(self.due_edit)
        _put(ui.initiatorsHolder, self.initiators)
        _put(ui.partnersHolder, self.partners)
        self._themes = QGridLayout(ui.themesHolder)
        self._themes.setContentsMargins(0, 0, 0, 0)
        self.theme_checks: dict[int, QCheckBox] = {}
        ui.areaCombo.addItem(self.tr("No buurt"), None)
        ui.fundCombo.addItem("")
        ui.fundCombo.addItems(FUNDS)
        fund_line = ui.fundCombo.lineEdit()
        assert fund_line is not None
        fund_line.setPlaceholderText(self.tr("e.g. Wijkbudget"))
        self.money_edits = {
            "budget_asked": ui.budgetAskedEdit,
            "budget_granted": ui.budgetGrantedEdit,
            "spent": ui.spentEdit,
        }
        self._pages = (
            _PageErrors(
                DETAILS,
                ui.detailsForm,
                {
                    "title": ui.titleEdit,
                    "description": ui.descriptionEdit,
                    "initiator_person_ids": self.initiators,
                    "partner_organisation_ids": self.partners,
                    "buurt_id": ui.areaCombo,
                    "next_step": ui.nextStepEdit,
                    "next_step_due": ui.dueRow,
                },
                {
                    "initiator_person_ids": self.initiators.person_picker,
                    "partner_organisation_ids": self.partners.organisation_picker,
                    "next_step_due": self.due_edit,
                },
            ),
            _PageErrors(
                MONEY,
                ui.moneyForm,
                {
                    "budget_asked": ui.budgetAskedRow,
                    "budget_granted": ui.budgetGrantedRow,
                    "fund": ui.fundCombo,
                    "spent": ui.spentRow,
                },
                dict(self.money_edits),
            ),
            _PageErrors(
                HISTORY, ui.endForm, {"outcome": ui.outcomeEdit, "lessons": ui.lessonsEdit}
            ),
        )
        lines: list[QLineEdit] = [ui.titleEdit, ui.nextStepEdit, self.due_edit]
        for line in [*lines, *self.money_edits.values()]:
            line.textChanged.connect(self.changed)
            line.returnPressed.connect(self.submitted)
        for text_edit in (ui.descriptionEdit, ui.outcomeEdit, ui.lessonsEdit):
            text_edit.textChanged.connect(self.changed)
        ui.areaCombo.currentIndexChanged.connect(self.changed)
        ui.fundCombo.currentTextChanged.connect(self.changed)
        ui.receiptsCheck.toggled.connect(self.changed)
        self.initiators.changed.connect(self.changed)
        self.partners.changed.connect(self.changed)
        for money_edit in self.money_edits.values():
            money_edit.editingFinished.connect(self._tidy_money)
            money_edit.textChanged.connect(self._show_left)
        guard_wheel(ui.areaCombo, ui.fundCombo)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the rows from top to bottom; the lists, pickers and due date are put
        in after ``setupUi``."""
        ui = self.ui
        chain: list[QWidget] = [
            ui.titleEdit,
            ui.descriptionEdit,
            *self.initiators.focus_order(),
            *self.partners.focus_order(),
            *self.theme_checks.values(),
            ui.areaCombo,
            ui.nextStepEdit,
            self.due_edit,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---------------------------------------------------------------- choices
    def set_themes(self, themes: list[tuple[int, str]]) -> None:
        chosen = self.theme_ids()
        for check in self.theme_checks.values():
            self._themes.removeWidget(check)
            check.deleteLater()
        self.theme_checks = {}
        for number, (theme_id, name) in enumerate(themes):
            check = QCheckBox(name)
            check.setObjectName(f"theme{theme_id}")
            check.setChecked(theme_id in chosen)
            check.toggled.connect(self.changed)
            self.theme_checks[theme_id] = check
            self._themes.addWidget(check, number // THEME_COLUMNS, number % THEME_COLUMNS)
        self.ui.themesLabel.setVisible(bool(themes))
        self.ui.themesHolder.setVisible(bool(themes))
        self._order_tabs()

    def set_buurten(self, buurten: list[tuple[int, str]]) -> None:
        combo = self.ui.areaCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No buurt"), None)
        for buurt_id, name in buurten:
            combo.addItem(name, buurt_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def theme_ids(self) -> tuple[int, ...]:
        return tuple(t for t, check in self.theme_checks.items() if check.isChecked())

    # ---------------------------------------------------------------- values
    def value(self) -> InitiativeInput:
        ui = self.ui
        buurt = ui.areaCombo.currentData()
        return InitiativeInput(
            title=ui.titleEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            buurt_id=int(buurt) if buurt is not None else None,
            theme_ids=self.theme_ids(),
            initiator_person_ids=self.initiators.person_ids(),
            partner_organisation_ids=self.partners.organisation_ids(),
            next_step=ui.nextStepEdit.text(),
            next_step_due=self.due_edit.text(),
            budget_asked=ui.budgetAskedEdit.text(),
            budget_granted=ui.budgetGrantedEdit.text(),
            fund=ui.fundCombo.currentText(),
            spent=ui.spentEdit.text(),
            receipts_received=ui.receiptsCheck.isChecked(),
            outcome=ui.outcomeEdit.toPlainText(),
            lessons=ui.lessonsEdit.toPlainText(),
        )

    def fill(self, data: InitiativeInput, initiators: Named, partners: Named) -> None:
        """Show ``data`` without announcing changes (the caller fills, the user changes)."""
        ui = self.ui
        self.blockSignals(True)
        try:
            for edit, text in (
                (ui.titleEdit, data.title),
                (ui.nextStepEdit, data.next_step),
                (self.due_edit, data.next_step_due),
                (ui.budgetAskedEdit, data.budget_asked),
                (ui.budgetGrantedEdit, data.budget_granted),
                (ui.spentEdit, data.spent),
            ):
                edit.setText(text)
                edit.setCursorPosition(0)
            ui.descriptionEdit.setPlainText(data.description)
            ui.outcomeEdit.setPlainText(data.outcome)
            ui.lessonsEdit.setPlainText(data.lessons)
            ui.areaCombo.setCurrentIndex(max(0, ui.areaCombo.findData(data.buurt_id)))
            ui.fundCombo.setCurrentText(data.fund)
            ui.receiptsCheck.setChecked(data.receipts_received)
            for theme_id, check in self.theme_checks.items():
                check.setChecked(theme_id in data.theme_ids)
            self.initiators.set_value(initiators, ())
            self.partners.set_value((), partners)
        finally:
            self.blockSignals(False)
        self.clear_errors()
        self._show_left()

    # ---------------------------------------------------------------- money
    def _tidy_money(self) -> None:
        """An amount that reads well is written the Dutch way once typed: 1250 -> 1.250,00."""
        for field, edit in self.money_edits.items():
            if not edit.hasFocus() and edit.text().strip():
                try:
                    cents = parse_money(edit.text(), field=field, label="")
                except ValidationError:
                    continue
                tidy = format_money(cents).removeprefix("€ ")
                if tidy != edit.text():
                    edit.setText(tidy)

    def _show_left(self) -> None:
        """What is left of the granted money, when both amounts can be read."""
        try:
            granted = parse_money(self.ui.budgetGrantedEdit.text(), field="", label="")
            spent = parse_money(self.ui.spentEdit.text(), field="", label="")
        except ValidationError:
            self.ui.leftValue.setText("")
            return
        if not granted:
            self.ui.leftValue.setText(self.tr("Nothing granted yet"))
        elif spent > granted:
            self.ui.leftValue.setText(
                self.tr("{amount} more spent than granted").format(
                    amount=format_money(spent - granted)
                )
            )
        else:
            self.ui.leftValue.setText(format_money(granted - spent))

    # ---------------------------------------------------------------- errors
    def show_errors(self, messages: Mapping[str, str]) -> None:
        """Each message under its field; the first page with an error is shown, its first
        wrong field focused. Messages for no field here go under the title."""
        known = {f for page in self._pages for f in page.fields}
        placed: dict[str, str] = {}
        for field, message in messages.items():
            key = field if field in known else "title"
            placed[key] = f"{placed[key]}\n{message}" if key in placed else message
        first: _PageErrors | None = None
        for page in self._pages:
            mine = {f: m for f, m in placed.items() if f in page.fields}
            page.errors.clear()
            if mine and first is None:
                first = page
            elif mine:
                page.errors.show(mine)
        if first is not None:
            self.setCurrentIndex(first.page)
            first.errors.show({f: m for f, m in placed.items() if f in first.fields})

    def error_text(self, field: str) -> str:
        """The message shown under ``field``, "" when none."""
        for page in self._pages:
            if field in page.fields:
                return page.errors.message(field)
        return ""

    def clear_errors(self) -> None:
        for page in self._pages:
            page.errors.clear()

    def last_field(self) -> QWidget:
        return self.ui.lessonsEdit
