"""The volunteer role is enforced in the services: every service function is called as a
volunteer at the aanmeldbalie, and everything but the kiosk's own work is refused."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

import buurtdesk.services
from buurtdesk.db.engine import Database
from buurtdesk.domain.access import volunteer_at
from buurtdesk.domain.errors import PermissionDenied
from buurtdesk.domain.privacy import AuditEntry
from buurtdesk.services.access import (
    ACCESS_ATTRIBUTE,
    COORDINATOR_ONLY,
    VOLUNTEER_ALLOWED,
)


def service_functions() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every public function of every services module whose first parameter is ``db``."""
    for info in pkgutil.iter_modules(buurtdesk.services.__path__):
        module = importlib.import_module(f"buurtdesk.services.{info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters)
            if parameters and parameters[0] == "db" and info.name != "access":
                yield f"{info.name}.{name}", function


FUNCTIONS = sorted(service_functions())


def dummy_arguments(function: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    """None for every required argument: the role check must come before any use of them."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = None
        elif parameter.kind in (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        ):
            args.append(None)
    return args, kwargs


def test_the_services_are_all_found() -> None:
    names = {name for name, _ in FUNCTIONS}
    assert len(names) > 40
    assert {
        "people.create_person",
        "people_search.fetch_page",
        "organisations.delete_organisation",
    } <= names


@pytest.mark.parametrize(("name", "function"), FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_every_service_function_declares_who_may_call_it(
    name: str, function: Callable[..., Any]
) -> None:
    assert getattr(function, ACCESS_ATTRIBUTE, None) in (COORDINATOR_ONLY, VOLUNTEER_ALLOWED), (
        f"{name} must be marked coordinator_only or volunteer_allowed"
    )


COORDINATOR_FUNCTIONS = [
    (name, function)
    for name, function in FUNCTIONS
    if getattr(function, ACCESS_ATTRIBUTE, None) == COORDINATOR_ONLY
]


@pytest.mark.parametrize(
    ("name", "function"), COORDINATOR_FUNCTIONS, ids=[name for name, _ in COORDINATOR_FUNCTIONS]
)
def test_a_volunteer_is_refused_everything_but_the_kiosk(
    db: Database, name: str, function: Callable[..., Any]
) -> None:
    volunteer = db.as_actor(volunteer_at(1))
    args, kwargs = dummy_arguments(function)
    with pytest.raises(PermissionDenied, match="alleen de coördinator"):
        function(volunteer, *args, **kwargs)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
