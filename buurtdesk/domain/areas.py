"""The neighbourhood itself: wijk > buurt > straat, with Dutch postcodes."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from buurtdesk.domain.base import Base, IdMixin


class Wijk(IdMixin, Base):
    __tablename__ = "wijk"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    code: Mapped[str] = mapped_column(String(20), default="")

    buurten: Mapped[list[Buurt]] = relationship(back_populates="wijk", order_by="Buurt.name")


class Buurt(IdMixin, Base):
    __tablename__ = "buurt"
    __table_args__ = (UniqueConstraint("wijk_id", "name"),)

    wijk_id: Mapped[int] = mapped_column(ForeignKey("wijk.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(20), default="")

    wijk: Mapped[Wijk] = relationship(back_populates="buurten")
    streets: Mapped[list[Street]] = relationship(back_populates="buurt", order_by="Street.name")


class Street(IdMixin, Base):
    """A street (or the part of it) that lies in one buurt; postcodes are its 6-position codes."""

    __tablename__ = "street"
    __table_args__ = (UniqueConstraint("name", "woonplaats", "buurt_id"),)

    buurt_id: Mapped[int] = mapped_column(ForeignKey("buurt.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    woonplaats: Mapped[str] = mapped_column(String(100), default="")

    buurt: Mapped[Buurt] = relationship(back_populates="streets")


class StreetPostcode(Base):
    """Which street a postcode belongs to, so an address finds its buurt."""

    __tablename__ = "street_postcode"

    postcode: Mapped[str] = mapped_column(String(7), primary_key=True)
    street_id: Mapped[int] = mapped_column(
        ForeignKey("street.id", ondelete="CASCADE"), primary_key=True, index=True
    )
