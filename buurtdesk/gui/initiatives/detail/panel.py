"""The initiative beside the board: its details to change and save (Initiatief, Geld and the
outcome under Verloop), and what is recorded at once from here: needs with Koppelen, the
support log, the current stage's checklist. Verloop also lists the linked agenda activities.
The stage itself changes on the board.

Saving calls the initiatives service; what it refuses appears under its own field (on its
own page), the typing kept. Leaving with unsaved changes asks first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.initiative_fields import InitiativeInput
from buurtdesk.gui import icons
from buurtdesk.gui.agenda.organisers import Named
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.detail import wording
from buurtdesk.gui.initiatives.detail.activities import ActivitiesSection
from buurtdesk.gui.initiatives.detail.checklist import ChecklistSection
from buurtdesk.gui.initiatives.detail.form import (
    CHECKLIST,
    DETAILS,
    HISTORY,
    MONEY,
    NEEDS,
    SUPPORT,
    InitiativeForm,
)
from buurtdesk.gui.initiatives.detail.needs import NeedsSection
from buurtdesk.gui.initiatives.detail.sections import SectionSwitcher
from buurtdesk.gui.initiatives.detail.support import SupportSection
from buurtdesk.gui.initiatives.detail.timeline import DAYS, STAGE, TimelineModel
from buurtdesk.gui.netwerk.tabs.calls import SAVED, call, text
from buurtdesk.gui.prompts import UnsavedAnswer
from buurtdesk.gui.record_editor import Mode, RecordEditor
from buurtdesk.gui.widgets import EmptyState, label
from buurtdesk.services import areas, initiatives, organisations, people
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.contacts import NameRef
from buurtdesk.services.initiatives import InitiativeDetail
from buurtdesk.services.themes import list_themes

# What changes the Activiteiten lines: the link, a date, who came.
ACTIVITY_ENTITIES = (Entity.ACTIVITY, Entity.OCCURRENCE, Entity.SIGNUP, Entity.ATTENDANCE)


def _names(db: Database, data: InitiativeInput) -> tuple[Named, Named]:
    """(id, name) of the initiators and partners; ones removed meanwhile are left out."""
    found_people: list[tuple[int, str]] = []
    for person_id in data.initiator_person_ids:
        try:
            found_people.append((person_id, people.get_person(db, person_id).full_name))
        except NotFound:
            continue
    found_partners: list[tuple[int, str]] = []
    for organisation_id in data.partner_organisation_ids:
        try:
            name = organisations.get_organisation(db, organisation_id).name
        except NotFound:
            continue
        found_partners.append((organisation_id, name))
    return tuple(found_people), tuple(found_partners)


def _put(holder: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


class InitiativePanel(RecordEditor):
    entity = Entity.INITIATIVE

    def __init__(self, *, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("initiativePanel")
        self._detail: InitiativeDetail | None = None
        self._original = InitiativeInput()

        self.placeholder = EmptyState("lightbulb")
        self.placeholder.setObjectName("initiativePlaceholder")
        self.placeholder.set_content(
            self.tr("Choose an initiative on the board to see its details."),
            self.tr("Or add a new initiative."),
            self.tr("New initiative"),
            "plus",
        )
        self.placeholder.action_clicked.connect(lambda: self.new_initiative())
        self._make_header("initiative")
        self.stage_line = label("", "muted", wrap=True)
        self.stage_line.setObjectName("initiativeStage")

        self.form = InitiativeForm(context.db)
        ui = self.form.ui
        self.needs = NeedsSection(context)
        _put(ui.needsPage, self.needs)
        self.support = SupportSection(context)
        _put(ui.supportPage, self.support)
        self.checklist = ChecklistSection(context)
        _put(ui.checklistPage, self.checklist)
        self.timeline_model = TimelineModel()
        self.timeline = QTableView()
        self.timeline.setObjectName("timelineTable")
        self.timeline.setAccessibleName(self.tr("Stages and how long each took"))
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timeline.setShowGrid(False)
        self.timeline.setWordWrap(True)
        self.timeline.verticalHeader().hide()
        self.timeline.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.timeline.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STAGE, QHeaderView.ResizeMode.Stretch)
        _put(ui.timelineHolder, self.timeline)
        # Activiteiten under the stages, above the outcome (Verloop: what happened).
        self.activities = ActivitiesSection(context)
        ui.timelineLayout.insertWidget(ui.timelineLayout.indexOf(ui.endHeading), self.activities)
        ui.timelineHeading.setProperty("role", "subheading")
        ui.endHeading.setProperty("role", "subheading")
        for icon, index in (
            ("lightbulb", DETAILS),
            ("list-todo", NEEDS),
            ("messages-square", SUPPORT),
            ("wallet", MONEY),
            ("list-checks", CHECKLIST),
            ("history", HISTORY),
        ):
            self.form.setTabIcon(index, icons.icon(icon))
        self.switcher = SectionSwitcher(self.form)
        self.switcher.setObjectName("initiativeSections")

        buttons = self._make_buttons("initiativeSave", "initiativeCancel", "initiativeDelete")
        self._lay_out(
            self.placeholder,
            self.form,
            buttons,
            last_field=self.form.last_field(),
            extras=(self.stage_line, self.switcher),
        )
        self.form.changed.connect(self._changed)
        self.form.submitted.connect(self.save)
        self.needs.changed.connect(self._section_changed)
        self.needs.match.introduced.connect(lambda _c: self.support.reload())
        self.checklist.changed.connect(self._checklist_changed)
        context.bus.changed.connect(self._bus_changed)
        self.reload_choices()
        self._show_mode()

    # ---------------------------------------------------------------- the API
    @property
    def initiative_id(self) -> int | None:
        return self._record_id

    def show_initiative(self, initiative_id: int | None) -> bool:
        """Show a saved initiative (None: nothing). False when it is gone meanwhile."""
        if initiative_id is None:
            self.clear()
            return True
        db, today = self._context.db, self._today()
        detail = self._fetched(lambda: initiatives.get_initiative(db, initiative_id, today=today))
        if detail is None:
            return False
        self._mode = Mode.EXISTING
        self._record_id = initiative_id
        self._detail = detail
        self._fill(detail.data)
        self._show_sections(detail)
        self._show_mode()
        return True

    def new_initiative(self) -> None:
        """An empty form for a new initiative, the cursor in the title."""
        self._mode = Mode.NEW
        self._record_id = None
        self._detail = None
        self._fill(InitiativeInput())
        self._show_sections(None)
        self._show_mode()
        self.focus_form()

    def may_leave(self) -> bool:
        """Before another initiative (or another part): ask about unsaved changes; False
        means stay here."""
        if not self.resolve_unsaved():
            return False
        form = self.support.form
        if not (self.support.form_is_open() and form.is_dirty()):
            return True
        name = self.tr("the contact moment about {title}").format(title=self.display_name())
        answer = self._context.prompts.unsaved_changes(self, name)
        if answer is UnsavedAnswer.SAVE:
            return form.save()
        if answer is UnsavedAnswer.DISCARD:
            form.cancel()
            return True
        return False

    # ---------------------------------------------------------------- RecordEditor
    def show_record(self, record_id: int) -> bool:
        return self.show_initiative(record_id)

    def start_new(self) -> None:
        self.new_initiative()

    def focus_form(self) -> None:
        if self._mode is not Mode.NONE:
            self.form.setCurrentIndex(DETAILS)
            self.form.ui.detailsPageScroll.verticalScrollBar().setValue(0)
            self.form.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_dirty(self) -> bool:
        return self._mode is not Mode.NONE and self.form.value() != self._original

    def display_name(self) -> str:
        if self._detail is not None:
            return self._detail.data.title
        return self.tr("the new initiative")

    def clear(self) -> None:
        self._mode = Mode.NONE
        self._record_id = None
        self._detail = None
        self._fill(InitiativeInput())
        self._show_sections(None)
        self._show_mode()

    def _restore_original(self) -> None:
        self._fill(self._original)

    def reload_choices(self) -> None:
        """Themes and buurten to choose from (they change in other parts)."""
        db = self._context.db
        self.form.set_themes([(row.theme_id, row.name) for row in list_themes(db)])
        self.form.set_buurten([(row.buurt_id, row.name) for row in areas.list_buurten(db)])

    # ---------------------------------------------------------------- showing
    def _today(self) -> date:
        return self._context.now().date()

    def _fill(self, data: InitiativeInput) -> None:
        initiators, partners = _names(self._context.db, data)
        self.form.fill(data, initiators, partners)
        self._original = self.form.value()
        self.banner.hide()
        self._changed()

    def _show_sections(self, detail: InitiativeDetail | None) -> None:
        db = self._context.db
        if detail is None:
            self.stage_line.setText("")
            self.needs.set_initiative(None)
            self.support.set_initiative(None)
            self.checklist.show_state(None, "", ())
            self.activities.set_initiative(None)
            self.activities.hide()
            self.timeline_model.set_rows([])
        else:
            initiative_id = detail.initiative_id
            self.stage_line.setText(
                self.tr("Stage: {stage} · since {date} ({days})").format(
                    stage=detail.stage,
                    date=wording.day_of(detail.stage_since),
                    days=wording.days(detail.days_in_stage),
                )
            )
            initiators, _partners = _names(db, detail.data)
            refs = [NameRef(person_id, name) for person_id, name in initiators]
            self.needs.set_initiative(initiative_id)
            self.support.set_initiative(initiative_id, detail.data.title, refs)
            self.checklist.show_state(initiative_id, detail.stage, detail.checklist)
            self.activities.set_initiative(initiative_id)
            self.activities.show()
            rows = call(
                lambda: initiatives.timeline(db, initiative_id, today=self._today()),
                refused=lambda _m: None,
                failed=self._context.show_status,
            )
            self.timeline_model.set_rows(rows or [])
        self._fit_timeline()

    def _fit_timeline(self) -> None:
        """As tall as its rows: the page scrolls, not the table."""
        table = self.timeline
        rows = self.timeline_model.rowCount()
        table.resizeRowsToContents()  # a row with its move's note is taller
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(rows))
        table.setFixedHeight(height)
        table.horizontalHeader().setSectionResizeMode(DAYS, QHeaderView.ResizeMode.ResizeToContents)
        table.setVisible(rows > 0)
        self.form.ui.timelineHeading.setVisible(rows > 0)

    def _show_mode(self) -> None:
        detail = self._detail
        self._show_page(self.tr("New initiative"), detail.data.title if detail else None)
        existing = self._mode is Mode.EXISTING
        for index in (NEEDS, SUPPORT, CHECKLIST):
            self.switcher.buttons[index].setEnabled(existing)
            self.form.setTabEnabled(index, existing)
        if not existing and self.form.currentIndex() in (NEEDS, SUPPORT, CHECKLIST):
            self.form.setCurrentIndex(DETAILS)
        self.stage_line.setVisible(existing)
        self._changed()

    def _changed(self) -> None:
        detail = self._detail
        self._show_unsaved(
            self.tr("Fill in at least the title."),
            ", ".join(detail.initiators) if detail else "",
        )

    # ---------------------------------------------------------------- saving
    def save(self) -> bool:
        if self._mode is Mode.NONE:
            return True
        data = self.form.value()
        if self._mode is Mode.EXISTING and data == self._original:
            self.form.clear_errors()
            self._context.show_status(self.tr("No changes to save."))
            return True
        db = self._context.db
        initiative_id = self._record_id
        self.banner.hide()
        result = call(
            lambda: (
                initiatives.create_initiative(db, data)
                if initiative_id is None
                else initiatives.update_initiative(db, initiative_id, data)
            ),
            refused=self._refused,
            failed=self._show_banner,
        )
        if result is None:
            return False
        self._publish(result.changes)
        self.show_initiative(result.id)
        self._context.show_status(text(SAVED))
        self.saved.emit(result.id)
        return True

    def _refused(self, messages: dict[str, str]) -> None:
        self._context.show_status("")
        self.form.show_errors(messages)

    def delete(self) -> None:
        initiative_id = self._record_id
        if self._mode is not Mode.EXISTING or initiative_id is None:
            return
        name = self.display_name()
        question = self.tr("Delete the initiative {name}?").format(name=name)
        detail = self.tr(
            "Its needs, checklist answers and stage history go with it. Its contact moments "
            "and activities stay, no longer linked to it. This cannot be undone."
        )
        if not self._context.prompts.confirm_delete(self, question, detail):
            return
        try:
            changes = initiatives.delete_initiative(self._context.db, initiative_id)
        except NotFound:
            changes = Changes.of(Entity.INITIATIVE, initiative_id)
        self._after_delete(initiative_id, name, changes)

    # ---------------------------------------------------------------- done from the sections
    def _section_changed(self, changes: Changes) -> None:
        self._publish(changes)

    def _checklist_changed(self, changes: Changes) -> None:
        self._publish(changes)
        self._refresh_checklist()

    def _refresh_checklist(self) -> None:
        initiative_id = self._record_id
        if initiative_id is None:
            return
        db, today = self._context.db, self._today()
        detail = self._fetched(lambda: initiatives.get_initiative(db, initiative_id, today=today))
        if detail is not None:
            self._detail = detail
            self.checklist.show_state(initiative_id, detail.stage, detail.checklist)

    def _bus_changed(self, changes: Changes) -> None:
        """Done elsewhere (the board, the Netwerk, another section's own publish aside):
        the lists here read again; the form itself follows RecordEditor's rule."""
        if self._publishing or self._mode is not Mode.EXISTING:
            return
        if changes.affects(Entity.CONTACT_MOMENT):
            self.support.reload()
        if changes.affects(Entity.NEED):
            self.needs.reload()
        if changes.affects(Entity.CHECKLIST) or changes.affects(Entity.STAGE):
            self._refresh_checklist()
        if any(changes.affects(entity) for entity in ACTIVITY_ENTITIES):
            self.activities.reload()
