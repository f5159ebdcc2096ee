"""Program settings the coordinator may change, stored in the database (shared by every PC)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.base import Base


class AppSetting(Base):
    """One setting as text, e.g. "stalled_weeks" = "6"."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
