"""Errors the domain raises for the user to read: Dutch text, naming the field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


class BuurtdeskError(Exception):
    """Base of every error buurtdesk shows to a person instead of a traceback."""


class ValidationError(BuurtdeskError):
    """One field holds a value that cannot be accepted.

    ``field`` is the attribute name (``"postcode"``); ``message`` is the Dutch
    sentence shown beside that field, saying what is wrong and how to fix it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ValidationErrors(BuurtdeskError):
    """Several fields failed at once; a form shows each beside its field."""

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


class FieldErrors:
    """Collects the errors of a whole form, so every wrong field is reported at once.

    ``check(compute, fallback)`` runs one field's validation and keeps its error (giving
    ``fallback`` instead); ``errors`` is the list so far.
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, compute: Callable[[], T], fallback: T) -> T:
        try:
            return compute()
        except ValidationError as error:
            self.errors.append(error)
        except ValidationErrors as many:
            self.errors.extend(many.errors)
        return fallback


class NotFound(BuurtdeskError):
    """The record asked for no longer exists (deleted or merged on another PC)."""


class PermissionDenied(BuurtdeskError):
    """The current user's role does not allow this action."""
