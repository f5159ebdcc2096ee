"""The Agenda part in the window: months to step through, an activity planned by typing,
wrong input kept with its message beside the field, a double booking saved on purpose,
the question which dates a change is for, and Vandaag one click from a date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.recurrence import Repeat
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.services import activities, calendar, occurrences, signups
from buurtdesk.services.signups_types import WalkInInput
from tests.gui.agenda_data import NOW, add_activity, add_room, agenda_page

MakeWindow = Callable[..., MainWindow]


def dates_of(db: Database, title: str, first: date, last: date) -> list[date]:
    rows = calendar.occurrences_between(db, first, last)
    return [row.starts_at.date() for row in rows if row.title == title]


def test_the_agenda_opens_on_this_month_and_steps_through_months(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    assert window.current_part_id() == "agenda"
    assert page.toolbar.title.text() == "december 2026"
    assert page.views.month_model.first_day == date(2026, 11, 30)
    qtbot.mouseClick(page.toolbar.next_button, Qt.MouseButton.LeftButton)
    assert page.toolbar.title.text() == "januari 2027"
    assert page.views.month_model.first_day == date(2026, 12, 28)
    for _ in range(3):
        qtbot.mouseClick(page.toolbar.previous_button, Qt.MouseButton.LeftButton)
    assert page.toolbar.title.text() == "oktober 2026"
    qtbot.mouseClick(page.toolbar.today_button, Qt.MouseButton.LeftButton)
    assert page.toolbar.title.text() == "december 2026"
    page.toolbar.view_buttons["week"].click()
    assert page.toolbar.title.text().endswith("7 dec – 13 dec 2026")
    assert page.toolbar.title.text().startswith("week 50")


def test_a_weekly_activity_is_planned_by_typing_in_the_editor(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    room = add_room(db)
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    qtbot.mouseClick(page.toolbar.new_button, Qt.MouseButton.LeftButton)
    form = page.editor.form
    ui = form.ui
    assert ui.dateEdit.text() == "08-12-2026"
    qtbot.keyClicks(ui.titleEdit, "Koffieochtend")
    ui.dateEdit.clear()
    qtbot.keyClicks(ui.dateEdit, "15-12-2026")
    qtbot.keyClicks(ui.startEdit, "10.00")
    qtbot.keyClicks(ui.endEdit, "1200")
    ui.roomCombo.setCurrentIndex(ui.roomCombo.findData(room))
    form.repeat.kind.setCurrentIndex(form.repeat.kind.findData(Repeat.WEEKLY.value))
    assert form.repeat.weekday_checks[1].isChecked()  # the date's Tuesday, ticked for you
    qtbot.keyClicks(ui.capacityEdit, "20")
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Return)

    assert window.statusBar().currentMessage() == "Wijzigingen bewaard"
    assert dates_of(db, "Koffieochtend", date(2026, 12, 1), date(2027, 1, 10)) == [
        date(2026, 12, 15),
        date(2026, 12, 22),
        date(2026, 12, 29),
        date(2027, 1, 5),
    ]
    month = page.views.month_model
    assert [r.title for r in month.occurrences_on(date(2026, 12, 22))] == ["Koffieochtend"]
    assert page.editor.occurrence_id is not None
    assert page.views.month.selected_id == page.editor.occurrence_id
    assert not page.editor.is_dirty()


def test_an_end_before_the_start_is_said_beside_the_field_and_the_typing_stays(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.new_activity()
    ui = page.editor.form.ui
    qtbot.keyClicks(ui.titleEdit, "Buurtmaaltijd")
    qtbot.keyClicks(ui.startEdit, "18:00")
    qtbot.keyClicks(ui.endEdit, "17:00")
    qtbot.keyClicks(ui.costEdit, "3,50")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.form.errors.message("end") == (
        "De eindtijd ligt voor de begintijd. Kies een eindtijd na 18.00 uur."
    )
    assert ui.endEdit.property("invalid") is True
    assert ui.endEdit.hasFocus()
    assert (ui.titleEdit.text(), ui.startEdit.text(), ui.endEdit.text(), ui.costEdit.text()) == (
        "Buurtmaaltijd",
        "18:00",
        "17:00",
        "3,50",
    )
    assert calendar.occurrences_between(db, date(2026, 12, 1), date(2026, 12, 31)) == []


def test_a_double_booking_names_the_other_activity_and_can_be_saved_anyway(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    room = add_room(db)
    add_activity(db, "Koffieochtend", date(2026, 12, 8), "10:00", "12:00", room_id=room)
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.new_activity()
    ui = page.editor.form.ui
    qtbot.keyClicks(ui.titleEdit, "Informatieavond")
    qtbot.keyClicks(ui.startEdit, "11:00")
    qtbot.keyClicks(ui.endEdit, "13:00")
    ui.roomCombo.setCurrentIndex(ui.roomCombo.findData(room))
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)

    banner = page.editor.conflict_bar
    assert banner.isVisible()
    assert banner.message.text() == (
        "Zaal 1 is op di 8 dec 2026, 10.00–12.00 uur al bezet door Koffieochtend."
    )
    assert dates_of(db, "Informatieavond", date(2026, 12, 8), date(2026, 12, 8)) == []
    qtbot.mouseClick(banner.buttons["save_anyway"], Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert dates_of(db, "Informatieavond", date(2026, 12, 8), date(2026, 12, 8)) == [
        date(2026, 12, 8)
    ]
    assert window.statusBar().currentMessage() == "Wijzigingen bewaard"


def test_moving_one_date_of_a_series_asks_which_dates(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    activity = add_activity(db, "Taalcafé", date(2026, 12, 9), "14:00", "16:00", weekly=True)
    second = calendar.occurrences_between(db, date(2026, 12, 16), date(2026, 12, 16))
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.open_occurrence(second[0].occurrence_id)
    ui = page.editor.form.ui
    assert ui.dateEdit.text() == "16-12-2026"
    ui.startEdit.clear()
    qtbot.keyClicks(ui.startEdit, "14:30")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    question = page.editor.scope_bar
    assert question.isVisible()
    assert set(question.buttons) == {"this", "following", "all", "cancel"}
    qtbot.mouseClick(question.buttons["this"], Qt.MouseButton.LeftButton)

    rows = calendar.occurrences_between(db, date(2026, 12, 9), date(2026, 12, 23))
    assert [(r.starts_at.day, r.starts_at.hour, r.starts_at.minute) for r in rows] == [
        (9, 14, 0),
        (16, 14, 30),
        (23, 14, 0),
    ]
    assert activities.get_activity(db, activity).data.start == "14:00"


def test_vandaag_lists_todays_activity_one_click_from_the_agenda(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    room = add_room(db)
    add_activity(db, "Koffieochtend", date(2026, 12, 8), "10:00", "12:00", room_id=room)
    add_activity(db, "Kookclub", date(2026, 12, 10), "17:00", "20:00")
    window = make_window(db, now=NOW)
    today = window.page("vandaag")
    agenda_today = today.agenda_today  # type: ignore[attr-defined]
    assert agenda_today.row_texts() == ["10.00–12.00 uur  Koffieochtend · Zaal 1"]
    assert today.agenda_week.row_texts() == ["do 17.00–20.00 uur  Kookclub"]  # type: ignore[attr-defined]
    qtbot.mouseClick(agenda_today.links()[0], Qt.MouseButton.LeftButton)
    assert window.current_part_id() == "agenda"
    page = agenda_page(window)
    assert page.editor.form.ui.titleEdit.text() == "Koffieochtend"
    assert page.views.month.selected_id == page.editor.occurrence_id
    assert page.views.month.current_day() == date(2026, 12, 8)


def test_restoring_a_date_whose_room_was_taken_meanwhile_asks_first(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    room = add_room(db)
    add_activity(db, "Koffieochtend", date(2026, 12, 8), "10:00", "12:00", room_id=room)
    coffee = calendar.occurrences_between(db, date(2026, 12, 8), date(2026, 12, 8))[0]
    occurrences.cancel_occurrence(db, coffee.occurrence_id)
    add_activity(db, "Informatieavond", date(2026, 12, 8), "11:00", "13:00", room_id=room)
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.open_occurrence(coffee.occurrence_id)

    qtbot.mouseClick(page.editor.restore_date, Qt.MouseButton.LeftButton)
    banner = page.editor.conflict_bar
    assert banner.isVisible()
    assert "al bezet door Informatieavond" in banner.message.text()
    assert occurrences.get_occurrence(db, coffee.occurrence_id).status == "afgelast"
    qtbot.mouseClick(banner.buttons["save_anyway"], Qt.MouseButton.LeftButton)
    assert occurrences.get_occurrence(db, coffee.occurrence_id).status == "gepland"
    assert window.statusBar().currentMessage() == "Datum gaat toch door."


def test_more_places_say_who_moved_up_from_the_waiting_list(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    activity_id = add_activity(db, "Kookles", date(2026, 12, 10), "18:00", "20:00")
    data = activities.get_activity(db, activity_id).data
    activities.update_activity(db, activity_id, replace(data, capacity="1"), today=NOW.date())
    day = calendar.occurrences_between(db, date(2026, 12, 10), date(2026, 12, 10))[0]
    signups.register_walk_in(db, day.occurrence_id, WalkInInput("Els Visser", "06-12345678"))
    waiting = signups.register_walk_in(
        db, day.occurrence_id, WalkInInput("Cor de Boer", "06-87654321")
    )
    assert waiting.status == "wachtlijst"
    window = make_window(db, now=NOW)
    page = agenda_page(window)
    page.open_occurrence(day.occurrence_id)
    capacity = page.editor.form.ui.capacityEdit
    capacity.clear()
    qtbot.keyClicks(capacity, "2")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)

    notice = page.editor.call_notice
    assert notice.isVisible()
    assert "Bel Cor de Boer (06 87654321)" in notice.message.text()
    qtbot.mouseClick(notice.buttons["read"], Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
