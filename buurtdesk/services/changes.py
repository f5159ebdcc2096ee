"""What a service changed, so the window can refresh exactly the lists that show it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Entity(enum.StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    MEMBERSHIP = "membership"
    RELATIONSHIP = "relationship"
    CONTACT_MOMENT = "contact_moment"
    TAG = "tag"
    AREA = "area"
    ACTIVITY = "activity"
    OCCURRENCE = "occurrence"
    LOCATION = "location"
    ROOM = "room"
    SIGNUP = "signup"
    ATTENDANCE = "attendance"
    REGULAR = "regular"
    SHIFT = "shift"
    USER = "user"
    INITIATIVE = "initiative"
    STAGE = "stage"
    NEED = "need"
    CHECKLIST = "checklist"
    SETTING = "setting"


@dataclass(frozen=True)
class Changes:
    """Ids touched per entity; an empty set under a key means "reload all of these"."""

    touched: dict[Entity, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, entity: Entity, *ids: int) -> Changes:
        return cls({entity: frozenset(ids)})

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.touched)
        for entity, ids in other.touched.items():
            merged[entity] = merged.get(entity, frozenset()) | ids
        return Changes(merged)

    def affects(self, entity: Entity) -> bool:
        return entity in self.touched

    def __bool__(self) -> bool:
        return bool(self.touched)


NOTHING = Changes()
