"""Agenda: activities by month, by week and room, or as a list, with the chosen date's
activity and its sign-ups beside them."""

from __future__ import annotations

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.parts import Part, PartPage, register_part


@register_part
class AgendaPart(Part):
    id = "agenda"
    title = QT_TRANSLATE_NOOP("Parts", "Agenda")
    icon = "calendar"
    order = 23  # after Organisaties, before Vervolgacties

    @classmethod
    def create(cls, context: AppContext) -> PartPage:
        from buurtdesk.gui.agenda.page import AgendaPage

        return AgendaPage(context)
