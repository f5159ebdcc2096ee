"""Calling a sign-up service from the panel: the tabs' ``call``, and the messages of a
refusal as one sentence for the status line."""

from __future__ import annotations

from buurtdesk.gui.netwerk.tabs.calls import call

__all__ = ["call", "joined"]


def joined(messages: dict[str, str]) -> str:
    """Messages by field as one sentence, for a status line."""
    return " ".join(messages.values())
