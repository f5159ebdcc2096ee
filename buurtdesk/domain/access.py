"""Who is working: the coordinator at the desk, or a volunteer at one activity's door."""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.domain.privacy import Role


@dataclass(frozen=True)
class Actor:
    """The person the services act for. A volunteer is bound to the one activity whose
    aanmeldbalie (kiosk) a coordinator opened; ``activity_id`` names it."""

    role: Role
    user_id: int | None = None
    activity_id: int | None = None

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR


COORDINATOR = Actor(Role.COORDINATOR)


def volunteer_at(activity_id: int, *, user_id: int | None = None) -> Actor:
    return Actor(Role.VOLUNTEER, user_id=user_id, activity_id=activity_id)
