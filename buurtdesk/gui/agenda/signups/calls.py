"""Calling a sign-up service from the panel: the tabs' ``call``, also for a service that
refuses one field with a single ``ValidationError``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from buurtdesk.domain.errors import ValidationError, ValidationErrors
from buurtdesk.gui.netwerk.tabs import calls

T = TypeVar("T")


def call(
    action: Callable[[], T],
    *,
    refused: Callable[[dict[str, str]], None],
    failed: Callable[[str], None],
) -> T | None:
    """Run ``action``; None when it did not happen. ``refused`` gets the Dutch messages by
    field, ``failed`` one sentence for anything else."""

    def action_with_fields() -> T:
        try:
            return action()
        except ValidationError as error:
            raise ValidationErrors([error]) from error

    return calls.call(action_with_fields, refused=refused, failed=failed)


def joined(messages: dict[str, str]) -> str:
    """Messages by field as one sentence, for a status line."""
    return " ".join(messages.values())
