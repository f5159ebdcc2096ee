"""Every entity, imported once so the metadata is complete (Alembic and tests use this)."""

from buurtdesk.domain import agenda, areas, initiatives, network, privacy, settings, themes
from buurtdesk.domain.base import Base

metadata = Base.metadata

__all__ = [
    "Base",
    "agenda",
    "areas",
    "initiatives",
    "metadata",
    "network",
    "privacy",
    "settings",
    "themes",
]
