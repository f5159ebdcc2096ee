"""What a new coordinator ran into in the activity editor: the weekday of a weekly repeat
following the date, dates typed whole, readable questions, nothing moving under the mouse,
a new form from its top, errors in view and gone once fixed, Annuleren asking first, and
the double-booking question not asked again for a change that cannot clash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.recurrence import Repeat
from buurtdesk.gui.agenda.repeat_editor import UNTIL
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.prompts import UnsavedAnswer
from buurtdesk.services import activities, calendar
from tests.gui.agenda_data import NOW, add_activity, add_room, agenda_page
from tests.gui.conftest import ScriptedPrompts

MakeWindow = Callable[..., MainWindow]


def retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_the_weekly_days_follow_the_date_and_a_day_not_ticked_is_said(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db, now=NOW)  # Tuesday 8 December 2026
    page = agenda_page(window)
    page.new_activity()
    form = page.editor.form
    ui, repeat = form.ui, form.repeat
    qtbot.keyClicks(ui.titleEdit, "Testles")
    retype(qtbot, ui.dateEdit, "10-12-2026")  # a Thursday
    qtbot.keyClicks(ui.startEdit, "14.00")
    qtbot.keyClicks(ui.endEdit, "16.00")
    repeat.kind.setCurrentIndex(repeat.kind.findData(Repeat.WEEKLY.value))
    ticked = [n for n, check in enumerate(repeat.weekday_checks) if check.isChecked()]
    assert ticked == [3]  # Thursday, not today's Tuesday
    retype(qtbot, ui.dateEdit, "11-12-2026")
    assert [n for n, c in enumerate(repeat.weekday_checks) if c.isChecked()] == [4]
    assert not repeat.weekday_note.isVisible()

    repeat.weekday_checks[0].setChecked(True)
    repeat.weekday_checks[4].setChecked(False)
    assert repeat.weekday_note.isVisible()
    assert "vrijdag 11 december 2026" in repeat.weekday_note.text()
    assert "maandag 14 december 2026" in repeat.weekday_note.text()
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    rows = calendar.occurrences_between(db, date(2026, 12, 1), date(2026, 12, 31))
    assert next(r.starts_at.date() for r in rows if r.title == "Testles") == date(2026, 12, 14)


def test_dates_are_typed_whole_in_the_repeat_end_and_the_hours_period(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    day = add_activity(db, "Kookclub", date(2026, 12, 10), "17:00", "20:00", weekly=True)
    first = calendar.occurrences_between(db, date(2026, 12, 10), date(2026, 12, 10))[0]
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.open_occurrence(first.occurrence_id)
    repeat = page.editor.form.repeat
    repeat.end.setCurrentIndex(repeat.end.findData(UNTIL))
    retype(qtbot, repeat.until, "31-03-2027")
    assert repeat.value(date(2026, 12, 10)).until == date(2027, 3, 31)
    retype(qtbot, repeat.until, "15-01-2027")
    qtbot.keyClick(repeat.until, Qt.Key.Key_Tab)
    assert repeat.value(date(2026, 12, 10)).until == date(2027, 1, 15)
    assert repeat.until.text() == "15-01-2027"
    retype(qtbot, repeat.until, "31-02-2027")
    assert not page.editor.save()
    assert page.editor.form.errors.message("repeat") != ""
    assert activities.get_activity(db, day).data.repeat.until is None

    page.editor.tabs.setCurrentIndex(1)
    hours = page.editor.signups.hours
    page.editor.signups.tabs.setCurrentWidget(hours)
    assert hours.period() == (date(2026, 12, 1), date(2026, 12, 31))  # the date's month
    retype(qtbot, hours.first, "15-01-2027")
    qtbot.keyClick(hours.first, Qt.Key.Key_Return)
    retype(qtbot, hours.last, "31-3-27")
    qtbot.keyClick(hours.last, Qt.Key.Key_Return)
    assert hours.period() == (date(2027, 1, 15), date(2027, 3, 31))
    assert hours.last.text() == "31-03-2027"


def test_the_scope_question_is_readable_in_the_narrowest_editor(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    add_activity(db, "Taalcafé", date(2026, 12, 9), "14:00", "16:00", weekly=True)
    second = calendar.occurrences_between(db, date(2026, 12, 16), date(2026, 12, 16))[0]
    window = make_window(db, now=NOW)
    window.resize(1366, 768)
    page = agenda_page(window)
    page.open_occurrence(second.occurrence_id)
    total = page.splitter.width()
    page.splitter.setSizes([total - page.editor.minimumWidth(), page.editor.minimumWidth()])
    retype(qtbot, page.editor.form.ui.startEdit, "14.30")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    question = page.editor.scope_bar
    qtbot.waitUntil(lambda: question.isVisible() and question.stacked)

    def readable() -> bool:
        return all(
            choice.width() >= choice.sizeHint().width()
            and choice.mapTo(question, QPoint(choice.width(), 0)).x() <= question.width()
            for choice in question.buttons.values()
        )

    qtbot.waitUntil(readable)
    assert question.message.height() >= question.message.heightForWidth(question.message.width())


def test_nothing_moves_under_the_mouse_and_the_wheel_scrolls_the_form(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    room = add_room(db)
    activity = add_activity(db, "Kookclub", date(2026, 12, 10), "17:00", "20:00", room_id=room)
    window = make_window(db, now=NOW)
    window.resize(1366, 768)
    page = agenda_page(window)
    page.open_occurrence(
        calendar.occurrences_between(db, NOW.date(), date(2026, 12, 31))[0].occurrence_id
    )
    editor = page.editor
    ui = editor.form.ui
    assert editor.activity_id == activity

    def top_of(widget: QWidget) -> int:
        return widget.mapTo(editor, QPoint(0, 0)).y()

    before = top_of(ui.titleEdit)
    qtbot.keyClicks(ui.titleEdit, " voor iedereen")
    assert editor.subtitle.text() == "Wijzigingen nog niet opgeslagen"
    assert top_of(ui.titleEdit) == before
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.is_dirty())
    assert top_of(ui.titleEdit) == before

    combo = ui.roomCombo
    ui.titleEdit.setFocus()
    chosen = combo.currentIndex()
    where = QPointF(combo.width() / 2, combo.height() / 2)
    wheel = QWheelEvent(
        where,
        combo.mapToGlobal(where),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == chosen
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_new_activity_starts_at_the_top_on_the_chosen_day(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db, now=NOW)
    window.resize(1366, 768)
    page = agenda_page(window)
    page.new_activity()
    scroll = page.editor.form_scroll.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    page.views.month.select_day(date(2026, 12, 17))  # chosen, not clicked by hand
    qtbot.mouseClick(page.toolbar.new_button, Qt.MouseButton.LeftButton)
    ui = page.editor.form.ui
    assert scroll.value() == 0
    assert ui.titleEdit.hasFocus()
    assert ui.dateEdit.text() == "17-12-2026"
    assert ui.startEdit.placeholderText() == "10:00"  # as saved times are written


def test_an_error_lower_down_comes_into_view_and_goes_when_fixed(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db, now=NOW)
    window.resize(1366, 768)
    page = agenda_page(window)
    page.new_activity()
    editor = page.editor
    ui = editor.form.ui
    qtbot.keyClicks(ui.titleEdit, "Buurtmaaltijd")
    qtbot.keyClicks(ui.startEdit, "18.00")
    qtbot.keyClicks(ui.endEdit, "20.00")
    qtbot.keyClicks(ui.costEdit, "veel")
    window.show_status("Geen wijzigingen om op te slaan.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    line = editor.form.errors.line("cost")
    assert line.isVisible()
    assert window.statusBar().currentMessage() == ""
    viewport = editor.form_scroll.viewport()

    def in_view(widget: QWidget) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    qtbot.waitUntil(lambda: in_view(line) and in_view(ui.costEdit))
    assert ui.costEdit.hasFocus()
    ui.costEdit.clear()
    qtbot.keyClicks(ui.costEdit, "3,50")
    assert editor.form.errors.message("cost") == ""
    assert ui.costEdit.property("invalid") is False


def test_annuleren_asks_before_dropping_the_typing(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    add_activity(db, "Kookclub", date(2026, 12, 10), "17:00", "20:00")
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.open_occurrence(
        calendar.occurrences_between(db, NOW.date(), date(2026, 12, 31))[0].occurrence_id
    )
    ui = page.editor.form.ui
    retype(qtbot, ui.titleEdit, "Kookclub voor iedereen")
    retype(qtbot, ui.endEdit, "21.00")
    prompts.unsaved_answer = UnsavedAnswer.CANCEL
    qtbot.mouseClick(page.editor.cancel_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == ["unsaved: Kookclub (titel, tijd)"]
    assert ui.titleEdit.text() == "Kookclub voor iedereen"
    prompts.unsaved_answer = UnsavedAnswer.DISCARD
    qtbot.mouseClick(page.editor.cancel_button, Qt.MouseButton.LeftButton)
    assert ui.titleEdit.text() == "Kookclub"
    assert not page.editor.is_dirty()


def test_the_double_booking_question_defaults_to_annuleren_and_is_not_asked_again(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    room = add_room(db)
    add_activity(db, "Koffieochtend", date(2026, 12, 8), "10:00", "12:00", room_id=room)
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.new_activity()
    ui = page.editor.form.ui
    qtbot.keyClicks(ui.titleEdit, "Informatieavond")
    qtbot.keyClicks(ui.startEdit, "11.00")
    qtbot.keyClicks(ui.endEdit, "13.00")
    ui.roomCombo.setCurrentIndex(ui.roomCombo.findData(room))
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    banner = page.editor.conflict_bar
    assert banner.buttons["cancel"].hasFocus()
    assert banner.buttons["cancel"].isDefault()
    assert not banner.buttons["save_anyway"].isDefault()
    qtbot.mouseClick(banner.buttons["save_anyway"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editor.is_dirty())

    qtbot.keyClicks(ui.capacityEdit, "30")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert window.statusBar().currentMessage() == "Wijzigingen bewaard"


def test_the_activity_number_is_shown_and_the_hours_open_on_the_dates_month(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    activity = add_activity(db, "Kerstmarkt", date(2027, 1, 2), "10:00", "16:00")
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    day = calendar.occurrences_between(db, date(2027, 1, 2), date(2027, 1, 2))[0]
    page.open_occurrence(day.occurrence_id)
    assert page.editor.subtitle.text() == f"Activiteit {activity}"
    assert page.editor.title.toolTip() == f"Activiteit {activity}"
    assert page.editor.signups.hours.period() == (date(2027, 1, 1), date(2027, 1, 31))


def test_cramped_1366_the_list_fits_the_page_titles_are_whole_and_the_width_is_kept(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    add_activity(db, "Kookclub", date(2026, 12, 10), "17:00", "20:00")
    window = make_window(db, now=NOW)
    window.resize(1366, 768)
    page = agenda_page(window)
    page.set_view("list")
    table = page.views.list
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()

    page.open_occurrence(
        calendar.occurrences_between(db, NOW.date(), date(2026, 12, 31))[0].occurrence_id
    )
    page.editor.tabs.setCurrentIndex(1)
    switcher = page.editor.signups.switcher
    qtbot.waitUntil(
        lambda: (
            switcher.isVisible()
            and all(b.width() >= b.sizeHint().width() for b in switcher.buttons)
        )
    )

    total = page.splitter.width()
    page.splitter.setSizes([total - 560, 560])
    page.splitter.splitterMoved.emit(total - 560, 1)  # dragged by hand
    dragged = page.splitter.sizes()[1]
    window.close()  # remembers the layout
    again = make_window(db, now=NOW)
    again.resize(1366, 768)
    second = agenda_page(again)
    qtbot.waitUntil(lambda: second.splitter.sizes()[1] == dragged)


def test_tab_goes_down_the_form_through_the_repeat_and_the_themes(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.new_activity()
    form = page.editor.form
    ui, repeat = form.ui, form.repeat
    form.set_themes([(1, "Ontmoeting"), (2, "Bewegen")])  # made after the form's own fields
    repeat.kind.setCurrentIndex(repeat.kind.findData(Repeat.WEEKLY.value))
    repeat.end.setCurrentIndex(repeat.end.findData(UNTIL))

    def after(widget: QWidget) -> QWidget | None:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    assert after(ui.endEdit) is repeat.kind  # not on to Capaciteit, past the repeat
    assert after(repeat.until) is ui.capacityEdit  # not on to the organisers
    assert after(ui.costEdit) is form.theme_checks[1]
    assert after(form.theme_checks[2]) is form.organisers.person_picker
    assert after(form.organisers.organisation_picker) is ui.initiativeCombo
    assert after(ui.statusCombo) is page.editor.save_button  # not back up to the repeat


@pytest.mark.qt_log_ignore(  # the offscreen screen cannot raise a popup or grab the keys
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
def test_escape_in_a_calendar_closes_the_calendar_and_keeps_the_typing(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    add_activity(db, "Kookclub", date(2026, 12, 10), "17:00", "20:00", weekly=True)
    first = calendar.occurrences_between(db, date(2026, 12, 10), date(2026, 12, 10))[0]
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.open_occurrence(first.occurrence_id)
    form = page.editor.form
    retype(qtbot, form.ui.titleEdit, "Kookclub voor jongeren")
    repeat = form.repeat
    repeat.end.setCurrentIndex(repeat.end.findData(UNTIL))
    repeat.until.open_calendar()
    popup = repeat.until.calendar
    assert popup is not None
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is popup)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert prompts.asked == []  # not "Wijzigingen opslaan?" of Annuleren
    assert form.ui.titleEdit.text() == "Kookclub voor jongeren"
    assert QApplication.focusWidget() is repeat.until
