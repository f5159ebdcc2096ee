"""The agenda's item models: the month grid from Monday, the week by room with double
bookings, and the list of coming dates; each passes Qt's model tester."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from buurtdesk.db.engine import Database
from buurtdesk.gui.agenda.list_model import UpcomingModel
from buurtdesk.gui.agenda.month_model import IN_MONTH_ROLE, ITEMS_ROLE, TODAY_ROLE, MonthModel
from buurtdesk.gui.agenda.source import AgendaSource
from buurtdesk.gui.agenda.week_model import WeekModel
from buurtdesk.services import occurrences
from tests.gui.agenda_data import TODAY, add_activity, add_room


def titles(model: MonthModel, day: date) -> list[str]:
    index = model.index_of(day)
    return [row.title for row in index.data(ITEMS_ROLE)]


def test_the_month_of_december_2026_starts_on_monday_30_november(
    qtmodeltester: ModelTester, db: Database, language: str
) -> None:
    room = add_room(db)
    add_activity(db, "Koffieochtend", date(2026, 12, 1), room_id=room, weekly=True)
    add_activity(db, "Kerstmarkt", date(2026, 12, 19), "14:00", "17:00")
    add_activity(db, "Oliebollen bakken", date(2027, 1, 2))  # in the grid's last row
    model = MonthModel(AgendaSource(db, TODAY), today=TODAY)
    model.set_month(2026, 12)
    qtmodeltester.check(model)

    assert (model.rowCount(), model.columnCount()) == (6, 7)
    assert model.first_day == date(2026, 11, 30)
    assert model.last_day == date(2027, 1, 10)
    assert [model.headerData(c, _horizontal()) for c in range(7)] == [
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
    ]
    assert model.headerData(0, _vertical()) == "49"  # ISO week numbers down the side
    assert model.index(0, 0).data() == "30"
    assert model.index(0, 0).data(IN_MONTH_ROLE) is False
    assert model.index_of(date(2026, 12, 8)).data(TODAY_ROLE) is True
    for tuesday in (1, 8, 15, 22, 29):
        assert titles(model, date(2026, 12, tuesday)) == ["Koffieochtend"]
    assert titles(model, date(2026, 12, 19)) == ["Kerstmarkt"]
    assert titles(model, date(2027, 1, 2)) == ["Oliebollen bakken"]
    assert titles(model, date(2026, 12, 2)) == []
    assert model.index_of(date(2026, 12, 19)).data() == "19"
    assert (
        model.describe(date(2026, 12, 19)) == "za 19 dec 2026: 14.00 Kerstmarkt"
    )  # what a screen reader says


def test_a_cancelled_date_says_so_in_words(db: Database, language: str) -> None:
    activity = add_activity(db, "Bingo", date(2026, 12, 10), "19:00", "21:00", weekly=True)
    model = MonthModel(AgendaSource(db, TODAY), today=TODAY)
    first = model.occurrences_on(date(2026, 12, 10))[0]
    assert first.activity_id == activity
    occurrences.cancel_occurrence(db, first.occurrence_id)
    model.refresh()
    assert model.describe(date(2026, 12, 10)).startswith("do 10 dec 2026: 19.00 Bingo (")
    assert model.describe(date(2026, 12, 10)) != "do 10 dec 2026: 19.00 Bingo"


def test_months_step_forward_and_back_across_the_year(db: Database, language: str) -> None:
    model = MonthModel(AgendaSource(db, TODAY), today=TODAY)
    model.set_month(2027, 1)
    assert model.first_day == date(2026, 12, 28)
    model.set_month(2026, 11)
    assert model.first_day == date(2026, 10, 26)


@pytest.mark.parametrize("language", ["en"], indirect=True)  # until the Dutch .ts has it
def test_the_week_by_room_marks_a_double_booking(
    qtmodeltester: ModelTester, db: Database, language: str
) -> None:
    zaal = add_room(db, "Zaal 1")
    keuken = add_room(db, "Keuken")
    add_activity(db, "Koffieochtend", date(2026, 12, 8), "10:00", "12:00", room_id=zaal)
    add_activity(
        db,
        "Taalcafé",
        date(2026, 12, 8),
        "11:00",
        "13:00",
        room_id=zaal,
        allow_conflicts=True,
    )
    add_activity(db, "Kookclub", date(2026, 12, 9), "17:00", "20:00", room_id=keuken)
    add_activity(db, "Wandeling", date(2026, 12, 13))
    model = WeekModel(AgendaSource(db, TODAY), monday=TODAY)
    qtmodeltester.check(model)
    rooms = [model.headerData(r, _vertical()) for r in range(model.rowCount())]
    assert rooms == ["Keuken\nBuurthuis De Linde", "Zaal 1\nBuurthuis De Linde", "No room"]
    assert model.headerData(0, _horizontal()) == "Mon\n7 Dec"
    zaal_row = 1
    tuesday = model.items(zaal_row, 1)
    assert [row.title for row in tuesday] == ["Koffieochtend", "Taalcafé"]
    assert all(model.is_double(row.occurrence_id) for row in tuesday)
    kookclub = model.items(0, 2)[0]
    assert not model.is_double(kookclub.occurrence_id)
    assert [row.title for row in model.items(2, 6)] == ["Wandeling"]
    assert model.describe(zaal_row, 1) == (
        "Zaal 1, Buurthuis De Linde, Tue 8 Dec 2026: "
        "10:00–12:00 Koffieochtend (double booked); 11:00–13:00 Taalcafé (double booked)"
    )


def test_the_list_of_coming_dates_pages_and_counts_sign_ups(
    qtmodeltester: ModelTester, db: Database, language: str
) -> None:
    add_activity(db, "Koffieochtend", date(2026, 12, 8), weekly=True)
    add_activity(db, "Voorbij", TODAY - timedelta(days=3))
    model = UpcomingModel(AgendaSource(db, TODAY), page_size=10)
    assert model.rowCount() == 10
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 20
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[:3] == ["di 8 dec 2026", "10.00–12.00 uur", "Koffieochtend"]
    assert first[4] == "0"
    starts = [model.row_value(r).starts_at for r in range(model.rowCount())]
    assert starts == sorted(starts)
    assert len(set(starts)) == 20
    qtmodeltester.check(model)  # (fetches further pages as a view would)


def _horizontal() -> Qt.Orientation:
    return Qt.Orientation.Horizontal


def _vertical() -> Qt.Orientation:
    return Qt.Orientation.Vertical
