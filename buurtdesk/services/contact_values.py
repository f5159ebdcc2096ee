"""The plain values contact moments travel in: the form's input, rows, details, labels.

What the services hand the window and take from it, with the small text helpers the rows
use ("Gesprek" for a channel, a one-line preview of a report).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from buurtdesk.domain.network import ContactChannel
from buurtdesk.services.changes import Changes

PREVIEW_LENGTH: Final = 300
# The editor and every change say this when another PC has removed the moment.
GONE: Final = (
    "Dit contactmoment bestaat niet meer. Misschien is het op een andere computer verwijderd."
)
CHANNEL_LABELS: Final[dict[ContactChannel, str]] = {
    ContactChannel.CONVERSATION: "Gesprek",
    ContactChannel.PHONE: "Telefoon",
    ContactChannel.EMAIL: "E-mail",
    ContactChannel.HOME_VISIT: "Huisbezoek",
    ContactChannel.MEETING: "Bijeenkomst",
    ContactChannel.MESSAGE: "Bericht",
    ContactChannel.OTHER: "Overig",
}


@dataclass(frozen=True)
class ContactMomentInput:
    """What the form hands in. Dates are ``date`` values (the date picker parses them)."""

    occurred_on: date | None = None
    channel: str = ContactChannel.CONVERSATION.value
    summary: str = ""
    person_ids: tuple[int, ...] = ()
    organisation_ids: tuple[int, ...] = ()
    initiative_id: int | None = None
    follow_up: str = ""
    follow_up_due: date | None = None


@dataclass(frozen=True)
class ValidContactMoment:
    occurred_on: date
    channel: ContactChannel
    summary: str
    person_ids: tuple[int, ...]
    organisation_ids: tuple[int, ...]
    initiative_id: int | None
    follow_up: str
    follow_up_due: date | None


@dataclass(frozen=True)
class NameRef:
    """A linked person (full name, "Jan van der Berg") or organisation, by id."""

    id: int
    name: str


@dataclass(frozen=True)
class SavedContactMoment:
    contact_moment_id: int
    changes: Changes


@dataclass(frozen=True)
class ContactMomentRow:
    """One line of a person's or an organisation's contact history."""

    contact_moment_id: int
    occurred_on: date
    channel: str
    channel_label: str
    summary_preview: str
    people: tuple[NameRef, ...]
    organisations: tuple[NameRef, ...]
    follow_up: str
    follow_up_due: date | None
    follow_up_done: bool

    @property
    def about(self) -> str:
        return about_text(self.people, self.organisations)


@dataclass(frozen=True)
class ContactMomentDetail:
    contact_moment_id: int
    data: ContactMomentInput
    people: tuple[NameRef, ...]
    organisations: tuple[NameRef, ...]
    initiative_title: str
    follow_up_done: bool
    follow_up_done_at: datetime | None


@dataclass(frozen=True)
class FollowUpRow:
    """One open vervolgactie: what to do, about whom, by when."""

    contact_moment_id: int
    follow_up: str
    due: date | None
    overdue: bool
    occurred_on: date
    summary_preview: str
    people: tuple[NameRef, ...]
    organisations: tuple[NameRef, ...]

    @property
    def about(self) -> str:
        return about_text(self.people, self.organisations)


@dataclass(frozen=True)
class FollowUpCount:
    open: int
    overdue: int


def about_text(people: Iterable[NameRef], organisations: Iterable[NameRef]) -> str:
    """ "Jan Jansen, Fatma Yılmaz; Woonstad" — people first, then organisations."""
    parts = [", ".join(p.name for p in people), ", ".join(o.name for o in organisations)]
    return "; ".join(p for p in parts if p)


def channel_label(channel: str) -> str:
    try:
        return CHANNEL_LABELS[ContactChannel(channel)]
    except ValueError:
        return channel


def preview(text: str) -> str:
    """The start of a text on one line, for a list."""
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW_LENGTH else line[: PREVIEW_LENGTH - 1].rstrip() + "…"
