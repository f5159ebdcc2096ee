"""Asking the Organisaties part to show an organisation, from anywhere in the window.

The window's ``Navigator`` carries the requests for people; organisations travel on a
small companion object that lives as the navigator's child, so every part that holds the
navigator reaches the same one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from buurtdesk.gui.context import Navigator

PART_ID = "organisaties"


class OrganisationRequests(QObject):
    organisation_requested = Signal(int)
    new_organisation_requested = Signal()


def requests(navigator: Navigator) -> OrganisationRequests:
    """The navigator's organisation requests (made on first use)."""
    found = navigator.findChild(OrganisationRequests, "organisationRequests")
    if found is None:
        found = OrganisationRequests(navigator)
        found.setObjectName("organisationRequests")
    return found


def open_organisation(navigator: Navigator, organisation_id: int) -> None:
    navigator.show_part(PART_ID)  # makes the page, and its listener, on first use
    requests(navigator).organisation_requested.emit(organisation_id)
