"""Roles enforced in the services: every public service function says who may call it.

A coordinator may do everything. A volunteer (the aanmeldbalie) may only call the functions
marked :func:`volunteer_allowed`, and those check with :func:`require_activity` that the
activity is the one the kiosk was opened for. ``tests/services/test_access.py`` calls every
service function as a volunteer and fails when one is unmarked or lets the call through.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import PermissionDenied

P = ParamSpec("P")
R = TypeVar("R")

ACCESS_ATTRIBUTE = "__buurtdesk_access__"
COORDINATOR_ONLY = "coordinator"
VOLUNTEER_ALLOWED = "volunteer"

ONLY_COORDINATOR = "Dit kan alleen de coördinator. Vraag de coördinator om hulp."
OTHER_ACTIVITY = (
    "Deze aanmeldbalie hoort bij een andere activiteit. "
    "Hier kunt u alleen aanmelden en binnenmelden voor die activiteit."
)


def coordinator_only(
    function: Callable[Concatenate[Database, P], R],
) -> Callable[Concatenate[Database, P], R]:
    @wraps(function)
    def guarded(db: Database, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if not db.actor.is_coordinator:
            raise PermissionDenied(ONLY_COORDINATOR)
        return function(db, *args, **kwargs)

    setattr(guarded, ACCESS_ATTRIBUTE, COORDINATOR_ONLY)
    return guarded


def volunteer_allowed(
    function: Callable[Concatenate[Database, P], R],
) -> Callable[Concatenate[Database, P], R]:
    """A kiosk function. It must call :func:`require_activity` before it reads or writes."""
    setattr(function, ACCESS_ATTRIBUTE, VOLUNTEER_ALLOWED)
    return function


def require_activity(db: Database, activity_id: int) -> None:
    """Refuse a volunteer who reaches for any activity but the kiosk's own."""
    actor = db.actor
    if not actor.is_coordinator and actor.activity_id != activity_id:
        raise PermissionDenied(OTHER_ACTIVITY)
