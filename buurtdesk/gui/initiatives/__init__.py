"""Initiatieven: residents' initiatives on a board, one column per stage, with the chosen
initiative beside it."""

from __future__ import annotations

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.parts import Part, PartPage, register_part


@register_part
class InitiativesPart(Part):
    id = "initiatieven"
    title = QT_TRANSLATE_NOOP("Parts", "Initiatives")
    icon = "lightbulb"
    # The same number as the Agenda: parts of equal order keep the order of PART_MODULES,
    # where this part follows the Agenda and comes before Vervolgacties (24).
    order = 23

    @classmethod
    def create(cls, context: AppContext) -> PartPage:
        from buurtdesk.gui.initiatives.page import InitiativesPage

        return InitiativesPage(context)
