"""Vandaag: the start screen that answers "what needs me today?"."""

from __future__ import annotations

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.parts import Part, PartPage, register_part


@register_part
class TodayPart(Part):
    id = "vandaag"
    title = QT_TRANSLATE_NOOP("Parts", "Today")
    icon = "sun"
    order = 10

    @classmethod
    def create(cls, context: AppContext) -> PartPage:
        from buurtdesk.gui.today.page import TodayPage

        return TodayPage(context)
