"""The Netwerk: people, organisations, who knows whom, who works where, contact moments."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from buurtdesk.domain.base import Base, IdMixin, SortKey, TimestampMixin


class OrganisationKind(enum.StrEnum):
    WONINGCORPORATIE = "woningcorporatie"
    GEMEENTE = "gemeente"
    WELZIJN = "welzijn"
    ZORG = "zorg"
    SCHOOL = "school"
    RELIGIOUS = "religieus"
    SPORT = "sport"
    BUSINESS = "ondernemer"
    BEWONERSVERENIGING = "bewonersvereniging"
    OTHER = "overig"


class ContactChannel(enum.StrEnum):
    CONVERSATION = "gesprek"
    PHONE = "telefoon"
    EMAIL = "e-mail"
    HOME_VISIT = "huisbezoek"
    MEETING = "bijeenkomst"
    MESSAGE = "bericht"
    OTHER = "overig"


class TagKind(enum.StrEnum):
    SKILL = "vaardigheid"
    INTEREST = "interesse"
    LABEL = "label"


class AddressMixin:
    straat: Mapped[str] = mapped_column(String(100), default="")
    huisnummer: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="", index=True)
    woonplaats: Mapped[str] = mapped_column(String(100), default="")
    telefoon: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")


class Person(IdMixin, AddressMixin, TimestampMixin, Base):
    """A resident, volunteer, initiator or professional in the coordinator's network.

    ``sort_key`` orders the list on achternaam without the tussenvoegsel; ``search_rank``
    follows that order with gaps, so the substring index (whose row ids are these ranks)
    returns matches already sorted.
    """

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_sort_key_id", "sort_key", "id"),
        Index("ix_person_street_id", "street_id"),
        Index("ix_person_buurt_id", "buurt_id"),
    )

    voornaam: Mapped[str] = mapped_column(String(100), default="")
    tussenvoegsel: Mapped[str] = mapped_column(String(30), default="")
    achternaam: Mapped[str] = mapped_column(String(100))
    sort_key: Mapped[str] = mapped_column(SortKey(250))
    search_rank: Mapped[int] = mapped_column(BigInteger, unique=True)
    search_text: Mapped[str] = mapped_column(Text, default="")

    street_id: Mapped[int | None] = mapped_column(ForeignKey("street.id", ondelete="SET NULL"))
    buurt_id: Mapped[int | None] = mapped_column(ForeignKey("buurt.id", ondelete="SET NULL"))

    is_resident: Mapped[bool] = mapped_column(Boolean, default=True)
    is_volunteer: Mapped[bool] = mapped_column(Boolean, default=False)
    is_initiator: Mapped[bool] = mapped_column(Boolean, default=False)
    is_professional: Mapped[bool] = mapped_column(Boolean, default=False)

    birth_year: Mapped[int | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    tags: Mapped[list[Tag]] = relationship(secondary="person_tag", order_by="Tag.name")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class Tag(IdMixin, Base):
    """A skill, an interest or a free label; ``key`` is the folded name, unique per kind."""

    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    kind: Mapped[str] = mapped_column(String(20), default=TagKind.LABEL.value)
    name: Mapped[str] = mapped_column(String(60))
    key: Mapped[str] = mapped_column(String(60))


class PersonTag(Base):
    __tablename__ = "person_tag"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Organisation(IdMixin, AddressMixin, TimestampMixin, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(150))
    sort_key: Mapped[str] = mapped_column(SortKey(150), index=True)
    kind: Mapped[str] = mapped_column(String(30), default=OrganisationKind.OTHER.value, index=True)
    website: Mapped[str] = mapped_column(String(200), default="")
    buurt_id: Mapped[int | None] = mapped_column(
        ForeignKey("buurt.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )


class Membership(IdMixin, Base):
    """A person works, volunteers or is a member at an organisation."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("person_id", "organisation_id", "function"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    function: Mapped[str] = mapped_column(String(100), default="")
    since: Mapped[date | None] = mapped_column(Date, default=None)
    until: Mapped[date | None] = mapped_column(Date, default=None)

    person: Mapped[Person] = relationship(back_populates="memberships")
    organisation: Mapped[Organisation] = relationship(back_populates="memberships")


class RelationshipKind(IdMixin, Base):
    """A kind of tie: mutual ("buren") or directional ("mentor van" / "mentee van")."""

    __tablename__ = "relationship_kind"

    name: Mapped[str] = mapped_column(String(60), unique=True)
    inverse_name: Mapped[str] = mapped_column(String(60), default="")
    mutual: Mapped[bool] = mapped_column(Boolean, default=True)


class PersonRelationship(IdMixin, TimestampMixin, Base):
    __tablename__ = "person_relationship"
    __table_args__ = (
        UniqueConstraint("from_person_id", "to_person_id", "kind_id"),
        CheckConstraint("from_person_id <> to_person_id", name="not_self"),
    )

    from_person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    to_person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    kind_id: Mapped[int] = mapped_column(ForeignKey("relationship_kind.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(String(500), default="")


class ContactMoment(IdMixin, TimestampMixin, Base):
    """A conversation, call or visit, with an optional follow-up (vervolgactie) and due date."""

    __tablename__ = "contact_moment"
    __table_args__ = (
        Index("ix_contact_moment_open_follow_ups", "follow_up_done", "follow_up_due"),
    )

    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(20), default=ContactChannel.CONVERSATION.value)
    summary: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[date | None] = mapped_column(Date, default=None)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_done_at: Mapped[datetime | None] = mapped_column(default=None)
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="SET NULL"), index=True
    )
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )


class ContactMomentPerson(Base):
    __tablename__ = "contact_moment_person"

    contact_moment_id: Mapped[int] = mapped_column(
        ForeignKey("contact_moment.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ContactMomentOrganisation(Base):
    __tablename__ = "contact_moment_organisation"

    contact_moment_id: Mapped[int] = mapped_column(
        ForeignKey("contact_moment.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class NetworkMeeting(IdMixin, TimestampMixin, Base):
    """A netwerkbijeenkomst: residents and organisations meet; attendance is kept."""

    __tablename__ = "network_meeting"

    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingAttendance(Base):
    __tablename__ = "meeting_attendance"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("network_meeting.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
