"""Organisaties: the organisations of the neighbourhood, master–detail, with their members
and contact moments.

A part of its own in the navigation rather than a switch inside Netwerk: a coordinator
looks up "de woningcorporatie" or "de school" as often as a resident, and a list of a few
dozen organisations with its own search and kind filter is found in one click, with no
mode to remember.
"""

from __future__ import annotations

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.parts import Part, PartPage, register_part


@register_part
class OrganisationsPart(Part):
    id = "organisaties"
    title = QT_TRANSLATE_NOOP("Parts", "Organisations")
    icon = "building-2"
    order = 22

    @classmethod
    def create(cls, context: AppContext) -> PartPage:
        from buurtdesk.gui.organisations.page import OrganisationsPage

        return OrganisationsPage(context)
