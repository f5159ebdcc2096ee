"""The Agenda: locations and rooms, activities (one-off or recurring), sign-ups, shifts."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.base import Base, IdMixin, TimestampMixin, utcnow


class ActivityStatus(enum.StrEnum):
    PLANNED = "gepland"
    CANCELLED = "afgelast"
    HELD = "gehouden"


class SignUpStatus(enum.StrEnum):
    CONFIRMED = "aangemeld"
    WAITING = "wachtlijst"
    CANCELLED = "afgemeld"


class Location(IdMixin, Base):
    __tablename__ = "location"

    name: Mapped[str] = mapped_column(String(150), unique=True)
    straat: Mapped[str] = mapped_column(String(100), default="")
    huisnummer: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="")
    woonplaats: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Room(IdMixin, Base):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("location_id", "name"),)

    location_id: Mapped[int] = mapped_column(
        ForeignKey("location.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    capacity: Mapped[int | None] = mapped_column(default=None)
    accessibility: Mapped[str] = mapped_column(Text, default="")


class Activity(IdMixin, TimestampMixin, Base):
    """An activity; ``rrule`` holds an RFC 5545 rule for a recurring one (empty: one-off).

    Times are naive local wall-clock times in Europe/Amsterdam, as the coordinator plans them.
    """

    __tablename__ = "activity"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_start"),)

    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("room.id", ondelete="SET NULL"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    rrule: Mapped[str] = mapped_column(String(500), default="")
    capacity: Mapped[int | None] = mapped_column(default=None)
    signup_required: Mapped[bool] = mapped_column(Boolean, default=False)
    cost_cents: Mapped[int] = mapped_column(default=0)
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=ActivityStatus.PLANNED.value)
    uid: Mapped[str] = mapped_column(String(100), unique=True)
    # Dates of a recurring activity exist as occurrence rows up to this day; the agenda
    # extends them when someone looks further ahead.
    occurrences_until: Mapped[date | None] = mapped_column(default=None)
    # "This and all following dates" changed: the new series remembers the one it split
    # from. No foreign key: adding one to an existing SQLite table means copying the table,
    # and dropping the old copy would cascade into every occurrence.
    split_from_id: Mapped[int | None] = mapped_column(default=None)


class ActivityRegular(Base):
    """A regular (vaste deelnemer) of a recurring activity: expected at every date."""

    __tablename__ = "activity_regular"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class ActivityTheme(Base):
    __tablename__ = "activity_theme"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("theme.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class ActivityOrganiser(IdMixin, Base):
    __tablename__ = "activity_organiser"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NULL) <> (organisation_id IS NULL)", name="person_or_organisation"
        ),
    )

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE")
    )


class Occurrence(IdMixin, Base):
    """One date of an activity. ``original_start`` is its place in the rule (RECURRENCE-ID);
    a moved or cancelled date keeps it, which is how exceptions are stored."""

    __tablename__ = "occurrence"
    __table_args__ = (
        UniqueConstraint("activity_id", "original_start"),
        Index("ix_occurrence_room_time", "room_id", "starts_at"),
    )

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    original_start: Mapped[datetime]
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default=ActivityStatus.PLANNED.value)
    note: Mapped[str] = mapped_column(Text, default="")
    # Why the date was cancelled; kept apart from the note, which survives a restore.
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class SignUp(IdMixin, TimestampMixin, Base):
    """A sign-up (aanmelding) for one occurrence: a person from the network or a walk-in.

    A person signs up once per occurrence: the partial unique index
    ``uq_signup_occurrence_person`` (active sign-ups with a person) lives in the migrations
    only, because declaring a dialect-specific index here loads SQLAlchemy's PostgreSQL
    dialect at every start of the program.
    """

    __tablename__ = "signup"
    __table_args__ = (
        Index("ix_signup_occurrence_status", "occurrence_id", "status", "position"),
        CheckConstraint("party_size >= 1", name="party_size_positive"),
    )

    occurrence_id: Mapped[int] = mapped_column(ForeignKey("occurrence.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    walk_in_name: Mapped[str] = mapped_column(String(200), default="")
    walk_in_phone: Mapped[str] = mapped_column(String(20), default="")
    walk_in_email: Mapped[str] = mapped_column(String(254), default="")
    walk_in_address: Mapped[str] = mapped_column(String(200), default="")
    party_size: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(20), default=SignUpStatus.CONFIRMED.value)
    position: Mapped[int] = mapped_column(default=0)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )
    checked_in_at: Mapped[datetime | None] = mapped_column(default=None)


class Attendance(IdMixin, Base):
    """Who was present at an occurrence, signed up or not."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("occurrence_id", "person_id"),)

    occurrence_id: Mapped[int] = mapped_column(
        ForeignKey("occurrence.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    signup_id: Mapped[int | None] = mapped_column(ForeignKey("signup.id", ondelete="SET NULL"))
    checked_in_at: Mapped[datetime]


class VolunteerShift(IdMixin, Base):
    __tablename__ = "volunteer_shift"

    occurrence_id: Mapped[int] = mapped_column(
        ForeignKey("occurrence.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    task: Mapped[str] = mapped_column(String(100), default="")
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
