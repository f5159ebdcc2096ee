"""Privacy (AVG) and accountability: users with roles, consents with history, audit log."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.base import Base, IdMixin, utcnow


class Role(enum.StrEnum):
    COORDINATOR = "coordinator"
    VOLUNTEER = "vrijwilliger"


class ConsentPurpose(enum.StrEnum):
    CONTACT = "contact"
    PHOTOS = "beeldmateriaal"
    NEWSLETTER = "nieuwsbrief"
    NETWORK = "netwerk"


class User(IdMixin, Base):
    """Someone who works in buurtdesk. ``pin_hash`` (argon2) guards leaving the kiosk."""

    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20), default=Role.COORDINATOR.value)
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Wrong PINs in a row and the moment the next try is allowed: kept in the database so
    # that restarting the program does not reset the back-off.
    failed_pin_attempts: Mapped[int] = mapped_column(default=0)
    pin_locked_until: Mapped[datetime | None] = mapped_column(default=None)


class Consent(IdMixin, Base):
    """A consent given or withdrawn; the newest row per person and purpose is in force."""

    __tablename__ = "consent"
    __table_args__ = (Index("ix_consent_person_purpose", "person_id", "purpose", "recorded_at"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(30))
    given: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )
    source: Mapped[str] = mapped_column(String(100), default="")


class AuditEntry(IdMixin, Base):
    """Who did what to which record, and when; never holds the personal data itself."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(default=None)
    detail: Mapped[str] = mapped_column(Text, default="")
