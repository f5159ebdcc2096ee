"""Themes (welzijn, zorg, duurzaamheid, ...) shared by activities and initiatives."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.base import Base, IdMixin

DEFAULT_THEMES = (
    "welzijn",
    "zorg",
    "duurzaamheid",
    "economie",
    "cultuur",
    "veiligheid",
    "ontmoeting",
    "jeugd",
    "groen",
)


class Theme(IdMixin, Base):
    __tablename__ = "theme"

    name: Mapped[str] = mapped_column(String(60), unique=True)
