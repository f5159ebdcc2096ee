"""The .ics export as another calendar program reads it: parsed with ``icalendar`` and the
dates expanded with dateutil, compared with what the database holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import delete, update

from buurtdesk.db.engine import Database
from buurtdesk.domain.access import volunteer_at
from buurtdesk.domain.agenda import Activity, ActivityStatus, Occurrence
from buurtdesk.domain.errors import NotFound, PermissionDenied
from buurtdesk.domain.recurrence import expand
from buurtdesk.interop.ics import IcsExportError, calendar_text, write_ics_file
from buurtdesk.services.agenda_export import calendar_events
from tests.interop.ics_agenda import (
    CANCELLED_DAY,
    MOVED_FROM,
    MOVED_TO,
    NOTE,
    NOTE_DAY,
    REMOVED_DAY,
    STORED_UNTIL,
    WEEKLY,
    Agenda,
    build_agenda,
    stored_dates,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STAMP = datetime(2026, 8, 20, 12, 0)


def _export(db: Database, **kwargs: object) -> str:
    return calendar_text(calendar_events(db, **kwargs), stamp=STAMP)  # type: ignore[arg-type]


def _calendar(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def _events(text: str) -> list[icalendar.Event]:
    return list(_calendar(text).walk("VEVENT"))


def _by_title(text: str, title: str) -> list[icalendar.Event]:
    return [e for e in _events(text) if str(e["SUMMARY"]) == title]


def _master(text: str, title: str) -> icalendar.Event:
    (master,) = [e for e in _by_title(text, title) if "RECURRENCE-ID" not in e]
    return master


def _local(moment: datetime) -> datetime:
    return moment.astimezone(AMSTERDAM).replace(tzinfo=None)


def _expanded(text: str, title: str, last: date) -> set[datetime]:
    """What a calendar program shows: the rule from DTSTART minus EXDATEs, with each
    RECURRENCE-ID date replaced by its own DTSTART (local wall-clock times)."""
    master = _master(text, title)
    start = master.decoded("DTSTART")
    assert start.tzinfo is not None
    rule = master["RRULE"].to_ical().decode()
    until = datetime.combine(last, datetime.max.time(), AMSTERDAM)
    dates = {_local(d) for d in rrulestr(rule, dtstart=start).between(start, until, inc=True)}
    for name in ("RDATE", "EXDATE"):
        groups = master.get(name, [])
        moments = {
            _local(d.dt) for g in (groups if isinstance(groups, list) else [groups]) for d in g.dts
        }
        dates = dates | moments if name == "RDATE" else dates - moments
    for event in _by_title(text, title):
        if "RECURRENCE-ID" in event:
            dates.discard(_local(event.decoded("RECURRENCE-ID")))
            dates.add(_local(event.decoded("DTSTART")))
    return dates


@pytest.fixture
def agenda(db: Database) -> Agenda:
    return build_agenda(db)


def test_the_calendar_names_itself_and_amsterdam_time(db: Database, agenda: Agenda) -> None:
    calendar = _calendar(_export(db))
    assert str(calendar["PRODID"]) == "-//buurtdesk//buurtdesk 0.1//NL"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Amsterdam"
    assert str(calendar["X-WR-CALNAME"]) == "buurtdesk agenda"
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Amsterdam"
    offsets = {part.name: part.decoded("TZOFFSETTO") for part in zone.subcomponents}
    assert offsets == {"DAYLIGHT": timedelta(hours=2), "STANDARD": timedelta(hours=1)}
    text = _export(db)
    summer = text.index("BEGIN:DAYLIGHT")
    assert text.index("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n") > summer
    winter = text.index("BEGIN:STANDARD")
    assert text.index("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n") > winter


def test_expanded_dates_are_the_stored_dates_minus_cancelled_plus_moved(
    any_db: Database,
) -> None:
    agenda = build_agenda(any_db)
    text = _export(any_db)
    shown = _expanded(text, "Koffieochtend", STORED_UNTIL)
    assert shown == stored_dates(any_db, agenda.koffie)
    assert CANCELLED_DAY not in shown
    assert REMOVED_DAY not in shown  # a removed row is an EXDATE too
    assert MOVED_FROM not in shown
    assert MOVED_TO in shown


def test_dates_kept_from_an_earlier_rule_stay(any_db: Database) -> None:
    """From November the koffieochtend is on Wednesdays; the Tuesdays before stay."""
    agenda = build_agenda(any_db)
    wednesdays = "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261230T235959"
    start = datetime(2026, 11, 4, 10)
    with any_db.write() as session:
        session.execute(
            update(Activity)
            .where(Activity.id == agenda.koffie)
            .values(rrule=wednesdays, starts_at=start, ends_at=start + timedelta(hours=2))
        )
        session.execute(
            delete(Occurrence).where(
                Occurrence.activity_id == agenda.koffie,
                Occurrence.original_start > datetime(2026, 11, 4),
            )
        )
        for day in expand(wednesdays, start, start.date(), date(2026, 12, 30)):
            session.add(
                Occurrence(
                    activity_id=agenda.koffie,
                    original_start=day,
                    starts_at=day,
                    ends_at=day + timedelta(hours=2),
                    room_id=agenda.grote_zaal,
                )
            )
    text = _export(any_db)
    assert "RDATE;TZID=Europe/Amsterdam:20260901T100000," in text
    shown = _expanded(text, "Koffieochtend", date(2026, 12, 31))
    assert shown == stored_dates(any_db, agenda.koffie)
    assert MOVED_TO in shown
    assert datetime(2026, 11, 4, 10) in shown


def test_a_moved_date_has_its_own_time_room_and_note(db: Database, agenda: Agenda) -> None:
    text = _export(db)
    changed = {
        _local(e.decoded("RECURRENCE-ID")): e
        for e in _by_title(text, "Koffieochtend")
        if "RECURRENCE-ID" in e
    }
    assert set(changed) == {MOVED_FROM, NOTE_DAY}
    moved = changed[MOVED_FROM]
    assert _local(moved.decoded("DTEND")) == MOVED_TO + timedelta(hours=2)
    assert str(moved["LOCATION"]) == "Keuken, Buurthuis De Linde, Lindelaan 4, 1234 AB Dorp"
    assert str(moved["UID"]) == str(_master(text, "Koffieochtend")["UID"])
    assert NOTE in str(changed[NOTE_DAY]["DESCRIPTION"])
    assert str(_master(text, "Koffieochtend")["LOCATION"]).startswith("Grote zaal, ")


def test_the_week_of_winter_time_keeps_ten_oclock(db: Database, agenda: Agenda) -> None:
    text = _export(db)
    master = _master(text, "Koffieochtend")
    start = master.decoded("DTSTART")
    rule = master["RRULE"].to_ical().decode()
    around = rrulestr(rule, dtstart=start).between(
        datetime(2026, 10, 19, tzinfo=AMSTERDAM), datetime(2026, 11, 2, tzinfo=AMSTERDAM)
    )
    assert [d.astimezone(AMSTERDAM).strftime("%d-%m %H:%M") for d in around] == [
        "20-10 10:00",
        "27-10 10:00",
    ]
    # Summer time before 25 October, winter time after: 08:00 and 09:00 UTC.
    assert [d.astimezone(UTC).hour for d in around] == [8, 9]


def test_a_rule_ending_on_a_date_ends_in_utc_and_keeps_every_date(
    db: Database, agenda: Agenda
) -> None:
    text = _export(db)
    assert "RRULE:FREQ=MONTHLY;BYDAY=1MO;UNTIL=20270331T215959Z\r\n" in text
    shown = _expanded(text, "Taalcafé", date(2027, 12, 31))
    assert min(shown) == datetime(2026, 9, 7, 19)
    assert max(shown) == datetime(2027, 3, 1, 19)
    assert len(shown) == 7


def test_uids_are_stable_and_named_after_the_activity(db: Database, agenda: Agenda) -> None:
    first = {(str(e["SUMMARY"]), str(e["UID"])) for e in _events(_export(db))}
    second = {(str(e["SUMMARY"]), str(e["UID"])) for e in _events(_export(db))}
    assert first == second
    assert ("Buurtfeest", "buurtfeest-20261031@buurtdesk") in first
    assert len({uid for _, uid in first}) == 4  # four activities, the moved dates share one


def test_an_activity_uid_with_a_domain_is_kept(db: Database, agenda: Agenda) -> None:
    with db.write() as session:
        session.execute(
            update(Activity).where(Activity.id == agenda.feest).values(uid="abc-123@buurtdesk")
        )
    assert "UID:abc-123@buurtdesk\r\n" in _export(db)


def test_sequence_grows_after_a_change(db: Database, agenda: Agenda) -> None:
    before = _master(_export(db), "Buurtfeest")
    with db.write() as session:
        feest = session.get(Activity, agenda.feest)
        assert feest is not None
        feest.title = "Buurtfeest!"
        feest.updated_at = feest.created_at + timedelta(hours=3)
    after = _master(_export(db), "Buurtfeest!")
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("LAST-MODIFIED") > before.decoded("LAST-MODIFIED")
    assert str(after["UID"]) == str(before["UID"])


def test_a_cancelled_activity_or_date_says_so(db: Database, agenda: Agenda) -> None:
    assert str(_master(_export(db), "Buurtfeest")["STATUS"]) == "CONFIRMED"
    with db.write() as session:
        session.execute(
            update(Occurrence)
            .where(Occurrence.activity_id == agenda.feest)
            .values(status=ActivityStatus.CANCELLED.value)
        )
    assert str(_master(_export(db), "Buurtfeest")["STATUS"]) == "CANCELLED"
    with db.write() as session:
        session.execute(
            update(Activity)
            .where(Activity.id == agenda.taalcafe)
            .values(status=ActivityStatus.CANCELLED.value)
        )
    assert str(_master(_export(db), "Taalcafé")["STATUS"]) == "CANCELLED"


def test_a_split_series_points_to_the_series_it_came_from(db: Database, agenda: Agenda) -> None:
    text = _export(db)
    split = _master(text, "Koffieochtend nieuw")
    assert str(split["RELATED-TO"]) == str(_master(text, "Koffieochtend")["UID"])


def test_themes_are_categories(db: Database, agenda: Agenda) -> None:
    master = _master(_export(db), "Koffieochtend")
    assert "CATEGORIES:ontmoeting,welzijn\r\n" in _export(db)
    assert [str(c) for c in master["CATEGORIES"].cats] == ["ontmoeting", "welzijn"]


def test_long_dutch_titles_fold_at_75_octets_and_unfold_exactly(
    db: Database, agenda: Agenda
) -> None:
    title = ("Één ruïne-wandeling ".ljust(20) * 10)[:200]
    assert len(title) == 200
    with db.write() as session:
        session.execute(update(Activity).where(Activity.id == agenda.feest).values(title=title))
    raw = _export(db).encode("utf-8")
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no character is split over two lines
    assert any(line.startswith(b" ") for line in lines)
    assert _master(raw.decode(), title)["SUMMARY"] == title


def test_text_escapes_semicolons_commas_backslashes_and_newlines(
    db: Database, agenda: Agenda
) -> None:
    description = 'Neem mee: koffie; thee, koek\\suiker.\nTweede regel\r\n"Derde"'
    with db.write() as session:
        session.execute(
            update(Activity).where(Activity.id == agenda.feest).values(description=description)
        )
    text = _export(db)
    assert (
        'DESCRIPTION:Neem mee: koffie\\; thee\\, koek\\\\suiker.\\nTweede regel\\n"Derde"' in text
    )
    assert str(_master(text, "Buurtfeest")["DESCRIPTION"]) == description.replace("\r\n", "\n")


def test_every_line_ends_in_crlf(db: Database, agenda: Agenda) -> None:
    text = _export(db)
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")


def test_a_period_chooses_activities_and_keeps_whole_rules(any_db: Database) -> None:
    agenda = build_agenda(any_db)
    october = calendar_events(any_db, first=date(2026, 10, 30), last=date(2026, 11, 1))
    assert [e.activity_id for e in october] == [agenda.feest]
    november = calendar_events(any_db, first=date(2026, 11, 1), last=date(2026, 11, 30))
    assert {e.activity_id for e in november} == {agenda.koffie, agenda.taalcafe}
    (koffie,) = [e for e in november if e.activity_id == agenda.koffie]
    assert koffie.rrule == WEEKLY  # not clipped to November
    # Past its stored dates, the rule decides: the split series starts in January.
    assert [e.activity_id for e in calendar_events(any_db, first=date(2027, 1, 4))] == [
        agenda.taalcafe,
        agenda.split,
    ]
    april = calendar_events(any_db, first=date(2027, 4, 6), last=date(2027, 4, 6))
    assert april == calendar_events(any_db, activity_id=agenda.split)
    start = calendar_events(any_db, last=date(2026, 9, 1))
    assert start == calendar_events(any_db, activity_id=agenda.koffie)


def test_one_activity_or_a_clear_message(db: Database, agenda: Agenda) -> None:
    assert [e.title for e in calendar_events(db, activity_id=agenda.feest)] == ["Buurtfeest"]
    with pytest.raises(NotFound, match=r"Er is geen activiteit met nummer 999\."):
        calendar_events(db, activity_id=999)


def test_a_volunteer_cannot_export(db: Database, agenda: Agenda) -> None:
    with pytest.raises(PermissionDenied):
        calendar_events(db.as_actor(volunteer_at(agenda.koffie)))


def test_the_file_appears_whole_and_refuses_a_wrong_target(
    db: Database, agenda: Agenda, tmp_path: Path
) -> None:
    target = tmp_path / "uit" / "agenda.ics"
    target.parent.mkdir()
    write_ics_file(target, calendar_events(db), stamp=STAMP)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert [p.name for p in target.parent.iterdir()] == ["agenda.ics"]
    with pytest.raises(IcsExportError, match="bestaat niet"):
        write_ics_file(tmp_path / "weg" / "agenda.ics", [], stamp=STAMP)
    (tmp_path / "map.ics").mkdir()
    with pytest.raises(IcsExportError, match="is een map"):
        write_ics_file(tmp_path / "map.ics", [], stamp=STAMP)
    with pytest.raises(IcsExportError, match=r"„\.txt”"):
        write_ics_file(tmp_path / "agenda.txt", [], stamp=STAMP)
