"""Netwerk: the people (and later organisations) of the neighbourhood, master–detail."""

from __future__ import annotations

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.parts import Part, PartPage, register_part


@register_part
class NetwerkPart(Part):
    id = "netwerk"
    title = QT_TRANSLATE_NOOP("Parts", "Network")
    icon = "users"
    order = 20

    @classmethod
    def create(cls, context: AppContext) -> PartPage:
        from buurtdesk.gui.netwerk.page import NetwerkPage

        return NetwerkPage(context)
