"""What the sign-up services take and give: plain frozen values for the windows and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.domain.agenda import SignUpStatus
from buurtdesk.services.changes import Changes

# DoorRow.status of a regular who did not sign up for this date.
REGULAR_STATUS = "vaste deelnemer"


@dataclass(frozen=True)
class WalkInInput:
    """A walk-in as the form holds it: a name and a phone number or e-mail address."""

    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    party_size: str | int = 1
    consent_contact: bool = False
    consent_photos: bool = False


@dataclass(frozen=True)
class SignUpResult:
    """``position`` is the place on the waiting list (1 = next in line), 0 when confirmed."""

    signup_id: int
    status: SignUpStatus
    position: int
    message: str
    changes: Changes


@dataclass(frozen=True)
class Promoted:
    """Someone who moved from the waiting list to confirmed: the coordinator calls them."""

    signup_id: int
    name: str
    phone: str
    email: str
    party_size: int


@dataclass(frozen=True)
class CancelResult:
    message: str
    promoted: tuple[Promoted, ...]
    changes: Changes


@dataclass(frozen=True)
class CheckInResult:
    message: str
    changes: Changes


@dataclass(frozen=True)
class DoorRow:
    """One line of the door list. ``status`` is a SignUpStatus value or REGULAR_STATUS."""

    signup_id: int | None
    person_id: int | None
    name: str
    phone: str
    status: str
    position: int
    party_size: int
    is_regular: bool
    is_walk_in: bool
    present: bool
    consent_contact: bool
    consent_photos: bool
    email: str = ""


@dataclass(frozen=True)
class Counts:
    """Live counts for one date, all in persons (party sizes added up).

    ``expected``: confirmed sign-ups plus regulars without a sign-up; ``present``: checked
    in; ``walk_ins``: walk-ins who are present; ``waiting``: on the waiting list;
    ``free``: places left (None when there is no capacity limit).
    """

    expected: int
    present: int
    walk_ins: int
    waiting: int
    capacity: int | None
    free: int | None
