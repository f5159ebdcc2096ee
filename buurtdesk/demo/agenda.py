"""Places, rooms, activities and their dates, around ``today``.

Recurring activities run since a year or two; their dates are materialised as
``Occurrence`` rows for thirteen weeks either side of today. Yearly feasts land on
their usual day nearest today, other one-offs on a free slot within three months. No
room is booked twice, except once on purpose (an information evening in the Grote zaal
during the Buurtmaaltijd), so the double-booking warning has something to show.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from buurtdesk.demo import recurrence
from buurtdesk.demo.data.activities import ONE_OFFS, RECURRING, ActivitySpec
from buurtdesk.demo.data.places import PLACES
from buurtdesk.demo.data.words import CANCEL_NOTES
from buurtdesk.demo.geography import Town
from buurtdesk.demo.initiatives import InitiativePlan
from buurtdesk.demo.organisations import OrganisationPlan
from buurtdesk.demo.people import People
from buurtdesk.demo.references import References
from buurtdesk.domain.agenda import ActivityStatus

WINDOW = timedelta(weeks=13)
ONE_OFF_REACH = 150  # days: yearly feasts this close to today are in the agenda
DOUBLE_BOOKED = ("Informatieavond renovatie Merelflat", "Buurtmaaltijd")


@dataclass
class Slot:
    """One materialised date, with what the sign-up and shift generators need."""

    occurrence_id: int
    spec: ActivitySpec
    activity_id: int
    starts_at: datetime
    ends_at: datetime
    status: str


@dataclass
class Agenda:
    locations: list[dict[str, object]] = field(default_factory=list)
    rooms: list[dict[str, object]] = field(default_factory=list)
    activities: list[dict[str, object]] = field(default_factory=list)
    themes: list[dict[str, object]] = field(default_factory=list)
    organisers: list[dict[str, object]] = field(default_factory=list)
    occurrences: list[dict[str, object]] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)
    room_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    location_ids: dict[str, int] = field(default_factory=dict)


class AgendaBuilder:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        town: Town,
        people: People,
        orgs: OrganisationPlan,
        refs: References,
        initiatives: InitiativePlan,
    ) -> None:
        self.rng = rng
        self.today = today
        self.town = town
        self.people = people
        self.orgs = orgs
        self.refs = refs
        self.initiatives = initiatives
        self.out = Agenda()
        self._booked: dict[int, list[tuple[datetime, datetime, int]]] = {}  # room -> bookings
        # room, rule, first date, spec, activity id
        self._series: list[tuple[int, str, date, ActivitySpec, int]] = []

    def build(self) -> Agenda:
        self._places()
        for spec in RECURRING:
            self._recurring(spec)
        for spec, month, day, weekday in ONE_OFFS:
            if spec.title == DOUBLE_BOOKED[0]:
                continue
            if month:
                self._yearly(spec, month, day, weekday)
            else:
                self._one_off(spec)
        self._double_booking()
        self.out.slots.sort(key=lambda s: (s.starts_at, s.occurrence_id))
        return self.out

    # -- places ---------------------------------------------------------------------------

    def _places(self) -> None:
        for place in PLACES:
            buurt = next(b for b in self.town.buurten if b.name == place.buurt)
            street = self.rng.choice([s for s in self.town.streets if s.buurt_id == buurt.id])
            number = self.rng.randint(1, street.numbers)
            location_id = len(self.out.locations) + 1
            self.out.location_ids[place.name] = location_id
            self.out.locations.append(
                {
                    "id": location_id,
                    "name": place.name,
                    "straat": street.name,
                    "huisnummer": str(number),
                    "postcode": street.postcode(number),
                    "woonplaats": self.town.name,
                    "notes": place.notes,
                }
            )
            for name, capacity, access in place.rooms:
                room_id = len(self.out.rooms) + 1
                self.out.room_ids[(place.name, name)] = room_id
                self.out.rooms.append(
                    {
                        "id": room_id,
                        "location_id": location_id,
                        "name": name,
                        "capacity": capacity,
                        "accessibility": access,
                    }
                )

    # -- activities -------------------------------------------------------------------------

    def _recurring(self, spec: ActivitySpec) -> None:
        rng = self.rng
        room = self.out.room_ids[(spec.place, spec.room)]
        began = recurrence.first_on_or_after(
            spec.rrule, self.today - timedelta(days=rng.randint(200, 900))
        )
        activity_id = self._activity(spec, room, recurrence.at(began, spec.start), spec.rrule)
        self._series.append((room, spec.rrule, began, spec, activity_id))
        first, last = self.today - WINDOW, self.today + WINDOW
        for day in recurrence.dates(spec.rrule, began, first, last):
            self._occurrence(activity_id, spec, room, day, recurring=True)

    def _yearly(self, spec: ActivitySpec, month: int, day: int, weekday: int | None) -> None:
        candidates = []
        for year in (self.today.year - 1, self.today.year, self.today.year + 1):
            moment = date(year, month, day)
            if weekday is not None:
                offset = (weekday - moment.weekday()) % 7
                moment += timedelta(days=offset if offset <= 3 else offset - 7)
            candidates.append(moment)
        chosen = min(candidates, key=lambda d: abs((d - self.today).days))
        if abs((chosen - self.today).days) > ONE_OFF_REACH:
            return
        room = self.out.room_ids[(spec.place, spec.room)]
        start = recurrence.at(chosen, spec.start)
        end = start + timedelta(minutes=spec.minutes)
        for occurrence in self._clashes(room, start, end):
            occurrence["status"] = ActivityStatus.CANCELLED.value
            occurrence["note"] = f"Vervalt vanwege {spec.title}."
        if chosen > self.today + WINDOW:
            self._cancel_beyond_window(room, start, end, f"Vervalt vanwege {spec.title}.")
        activity_id = self._activity(spec, room, start, "")
        self._occurrence(activity_id, spec, room, chosen, recurring=False)

    def _one_off(self, spec: ActivitySpec) -> None:
        rng = self.rng
        room = self.out.room_ids[(spec.place, spec.room)]
        for _ in range(40):
            day = self.today + timedelta(days=rng.randint(-85, 85))
            day = _suitable_day(day, spec)
            start = recurrence.at(day, spec.start)
            end = start + timedelta(minutes=spec.minutes)
            if not self._clashes(room, start, end) and not self._series_clash(room, start, end):
                activity_id = self._activity(spec, room, start, "")
                self._occurrence(activity_id, spec, room, day, recurring=False)
                return

    def _double_booking(self) -> None:
        spec = next(s for s, *_ in ONE_OFFS if s.title == DOUBLE_BOOKED[0])
        meal = [
            s
            for s in self.out.slots
            if s.spec.title == DOUBLE_BOOKED[1] and s.starts_at.date() > self.today
        ]
        if not meal:
            return
        day = min(s.starts_at for s in meal).date()
        room = self.out.room_ids[(spec.place, spec.room)]
        activity_id = self._activity(spec, room, recurrence.at(day, spec.start), "")
        self._occurrence(activity_id, spec, room, day, recurring=False)

    def _activity(self, spec: ActivitySpec, room: int, start: datetime, rule: str) -> int:
        rng = self.rng
        activity_id = len(self.out.activities) + 1
        held = not rule and start.date() < self.today
        created = min(start - timedelta(days=rng.randint(14, 60)), _morning(self.today))
        self.out.activities.append(
            {
                "id": activity_id,
                "title": spec.title,
                "description": spec.description,
                "room_id": room,
                "starts_at": start,
                "ends_at": start + timedelta(minutes=spec.minutes),
                "rrule": rule,
                "capacity": spec.capacity,
                "signup_required": spec.signup,
                "cost_cents": spec.cost_cents,
                "initiative_id": self.initiatives.by_activity.get(spec.title),
                "status": (ActivityStatus.HELD if held else ActivityStatus.PLANNED).value,
                "uid": f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@buurtdesk",
                # Recurring dates exist as rows up to the end of the window; the agenda
                # writes the ones after it when someone looks that far ahead.
                "occurrences_until": self.today + WINDOW if rule else None,
                "split_from_id": None,
                "created_at": created,
                "updated_at": created,
            }
        )
        self.out.themes += [
            {"activity_id": activity_id, "theme_id": self.refs.themes[t]} for t in spec.themes
        ]
        organiser = spec.organiser.format(town=self.town.name)
        if organiser:
            self._organiser(activity_id, organisation_id=self.orgs.by_name[organiser])
        if (not organiser or rng.random() < 0.3) and self.people.volunteers:
            self._organiser(activity_id, person_id=rng.choice(self.people.volunteers))
        return activity_id

    def _organiser(
        self, activity_id: int, *, person_id: int | None = None, organisation_id: int | None = None
    ) -> None:
        self.out.organisers.append(
            {
                "id": len(self.out.organisers) + 1,
                "activity_id": activity_id,
                "person_id": person_id,
                "organisation_id": organisation_id,
            }
        )

    def _occurrence(
        self, activity_id: int, spec: ActivitySpec, room: int, day: date, *, recurring: bool
    ) -> None:
        rng = self.rng
        start = recurrence.at(day, spec.start)
        end = start + timedelta(minutes=spec.minutes)
        past = day < self.today
        status = ActivityStatus.HELD if past else ActivityStatus.PLANNED
        note = ""
        if recurring and abs((day - self.today).days) > 2 and rng.random() < 0.03:
            status, note = ActivityStatus.CANCELLED, rng.choice(CANCEL_NOTES)
        occurrence_id = len(self.out.occurrences) + 1
        row: dict[str, object] = {
            "id": occurrence_id,
            "activity_id": activity_id,
            "original_start": start,
            "starts_at": start,
            "ends_at": end,
            "room_id": room,
            "status": status.value,
            "note": note,
        }
        self.out.occurrences.append(row)
        self._booked.setdefault(room, []).append((start, end, occurrence_id))
        self.out.slots.append(Slot(occurrence_id, spec, activity_id, start, end, status.value))

    # -- rooms --------------------------------------------------------------------------------

    def _clashes(self, room: int, start: datetime, end: datetime) -> list[dict[str, object]]:
        """Materialised dates in ``room`` that overlap ``start``..``end``."""
        return [
            self.out.occurrences[occurrence_id - 1]
            for s, e, occurrence_id in self._booked.get(room, [])
            if s < end and start < e
        ]

    def _cancel_beyond_window(self, room: int, start: datetime, end: datetime, note: str) -> None:
        """A series date after the window that a feast takes the room from is written now,
        cancelled: an exception row, which the agenda keeps when it writes that far ahead."""
        day = start.date()
        for series_room, rule, began, spec, activity_id in self._series:
            if series_room != room or not recurrence.dates(rule, began, day, day):
                continue
            s = recurrence.at(day, spec.start)
            e = s + timedelta(minutes=spec.minutes)
            if s < end and start < e:
                self.out.occurrences.append(
                    {
                        "id": len(self.out.occurrences) + 1,
                        "activity_id": activity_id,
                        "original_start": s,
                        "starts_at": s,
                        "ends_at": e,
                        "room_id": room,
                        "status": ActivityStatus.CANCELLED.value,
                        "note": note,
                    }
                )

    def _series_clash(self, room: int, start: datetime, end: datetime) -> bool:
        """Whether a recurring activity in ``room`` meets that day (materialised or not)."""
        day = start.date()
        for series_room, rule, began, spec, _activity_id in self._series:
            if series_room == room and recurrence.dates(rule, began, day, day):
                s = recurrence.at(day, spec.start)
                if s < end and start < s + timedelta(minutes=spec.minutes):
                    return True
        return False


def _morning(day: date) -> datetime:
    return recurrence.at(day, "09:00")


def _suitable_day(day: date, spec: ActivitySpec) -> date:
    """Evenings on Tuesday to Thursday, long daytime events on Saturday."""
    if int(spec.start[:2]) >= 18:
        return day + timedelta(days=(1 - day.weekday()) % 7 + day.toordinal() % 3)
    if spec.minutes >= 240:
        return day + timedelta(days=(5 - day.weekday()) % 7)
    return day
