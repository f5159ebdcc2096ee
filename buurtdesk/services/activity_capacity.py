"""What a new capacity does to the dates' sign-ups (from today on): fewer places than are
already taken is refused, naming the busiest date; more places (or no limit) move each
date's waiting list up, and the message says whom to call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.agenda import Activity, ActivityStatus, Occurrence, SignUp, SignUpStatus
from buurtdesk.domain.dutch_dates import format_date
from buurtdesk.domain.errors import ValidationError
from buurtdesk.services.occurrence_dates import start_of
from buurtdesk.services.signups_common import Place
from buurtdesk.services.signups_core import promote_waiting
from buurtdesk.services.signups_types import Promoted


@dataclass(frozen=True)
class MovedUp:
    promoted: tuple[Promoted, ...] = ()
    message: str = ""


def refuse_capacity_below_sign_ups(
    session: Session, activity_id: int, capacity: int | None, today: date
) -> None:
    """Also takes the dates from today on for this transaction (PostgreSQL: FOR UPDATE, as
    a sign-up does), so no sign-up slips in between this count and the new capacity."""
    session.execute(
        select(Occurrence.id)
        .where(Occurrence.activity_id == activity_id, Occurrence.starts_at >= start_of(today))
        .with_for_update()
    ).all()
    if capacity is None:
        return
    seats = func.sum(SignUp.party_size)
    busiest = session.execute(
        select(Occurrence.starts_at, seats)
        .join(SignUp, SignUp.occurrence_id == Occurrence.id)
        .where(
            Occurrence.activity_id == activity_id,
            Occurrence.starts_at >= start_of(today),
            SignUp.status == SignUpStatus.CONFIRMED.value,
        )
        .group_by(Occurrence.id, Occurrence.starts_at)
        .order_by(seats.desc(), Occurrence.starts_at)
        .limit(1)
    ).first()
    if busiest is not None and int(busiest[1]) > capacity:
        taken = int(busiest[1])
        raise ValidationError(
            "capacity",
            f"Er zijn al {taken} aanmeldingen voor {format_date(busiest[0].date())}. "
            f"De capaciteit kan niet lager zijn dan {taken}.",
        )


def move_waiting_lists_up(session: Session, activity: Activity, today: date) -> MovedUp:
    """After a save: every date from today on that is not cancelled and has people waiting
    lets them in as far as its places now allow."""
    if activity.status == ActivityStatus.CANCELLED.value:
        return MovedUp()
    session.flush()
    waiting = (
        select(SignUp.occurrence_id)
        .where(SignUp.status == SignUpStatus.WAITING.value)
        .distinct()
        .scalar_subquery()
    )
    dates = session.scalars(
        select(Occurrence)
        .where(
            Occurrence.activity_id == activity.id,
            Occurrence.starts_at >= start_of(today),
            Occurrence.status != ActivityStatus.CANCELLED.value,
            Occurrence.id.in_(waiting),
        )
        .order_by(Occurrence.starts_at)
    ).all()
    promoted: list[Promoted] = []
    sentences: list[str] = []
    for occurrence in dates:
        promotion = promote_waiting(session, Place(occurrence, activity))
        if promotion.promoted:
            promoted.extend(promotion.promoted)
            sentences.append(f"{format_date(occurrence.starts_at.date())}: {promotion.message}")
    return MovedUp(tuple(promoted), " ".join(sentences))
