"""Initiatieven: residents' initiatives moving through stages, with needs and history."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.base import Base, IdMixin, TimestampMixin, utcnow

DEFAULT_STAGES = ("Idee", "Verkenning", "Plan", "Uitvoering", "Geborgd", "Gestopt")
DEFAULT_CLOSED_STAGES = frozenset({"Geborgd", "Gestopt"})


class NeedKind(enum.StrEnum):
    VOLUNTEERS = "vrijwilligers"
    PLACE = "plek"
    MONEY = "geld"
    PERMITS = "vergunning"
    PUBLICITY = "publiciteit"
    OTHER = "overig"


class NeedStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "bezig"
    MET = "geregeld"


class Stage(IdMixin, Base):
    """A column on the board; the coordinator may rename, add and reorder them."""

    __tablename__ = "stage"

    name: Mapped[str] = mapped_column(String(60), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    is_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    # A removed stage that history still names: off the board, kept for the timeline.
    is_archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Initiative(IdMixin, TimestampMixin, Base):
    __tablename__ = "initiative"
    __table_args__ = (Index("ix_initiative_stage_due", "stage_id", "next_step_due"),)

    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    buurt_id: Mapped[int | None] = mapped_column(
        ForeignKey("buurt.id", ondelete="SET NULL"), index=True
    )
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"))
    stage_since: Mapped[datetime] = mapped_column(default=utcnow)
    next_step: Mapped[str] = mapped_column(String(300), default="")
    next_step_due: Mapped[date | None] = mapped_column(Date, default=None)
    budget_asked_cents: Mapped[int] = mapped_column(default=0)
    budget_granted_cents: Mapped[int] = mapped_column(default=0)
    fund: Mapped[str] = mapped_column(String(100), default="")
    spent_cents: Mapped[int] = mapped_column(default=0)
    receipts_received: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")


class InitiativeTheme(Base):
    __tablename__ = "initiative_theme"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("theme.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class InitiativePerson(Base):
    """An initiator (or other role) of an initiative."""

    __tablename__ = "initiative_person"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(40), default="initiatiefnemer")


class InitiativeOrganisation(Base):
    """A partner organisation of an initiative."""

    __tablename__ = "initiative_organisation"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class InitiativeNeed(IdMixin, TimestampMixin, Base):
    __tablename__ = "initiative_need"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default=NeedKind.OTHER.value)
    description: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default=NeedStatus.OPEN.value)


class StageChange(IdMixin, Base):
    """One move on the board, kept forever: the timeline and time-in-stage come from here."""

    __tablename__ = "stage_change"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )


class ChecklistItem(IdMixin, Base):
    """One of the coordinator's local rules for a stage ("aanvraag minstens vier weken
    vooraf ingediend"), ticked off per initiative before it moves on."""

    __tablename__ = "checklist_item"

    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)


class ChecklistAnswer(IdMixin, Base):
    """Append-only: the newest row per (initiative, item) is the one in force."""

    __tablename__ = "checklist_answer"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_item.id", ondelete="CASCADE"), index=True
    )
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class NeedStatusChange(IdMixin, Base):
    """The history of a need's status; ``from_status`` is None for the need's creation."""

    __tablename__ = "need_status_change"

    need_id: Mapped[int] = mapped_column(
        ForeignKey("initiative_need.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(20), default=None)
    to_status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
