"""Vervolgacties: every open follow-up by due date, overdue first, each one click from its
person or organisation and ticked off in place.

A part of its own beside Vandaag's short list: the start screen shows what needs attention
first, this is the whole to-do list a coordinator works through (and can filter to what is
overdue). Vandaag links here with "Alle vervolgacties".
"""

from __future__ import annotations

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.parts import Part, PartPage, register_part

PART_ID = "vervolgacties"


@register_part
class FollowUpsPart(Part):
    id = PART_ID
    title = QT_TRANSLATE_NOOP("Parts", "Follow-ups")
    icon = "list-todo"
    order = 24

    @classmethod
    def create(cls, context: AppContext) -> PartPage:
        from buurtdesk.gui.follow_ups.page import FollowUpsPage

        return FollowUpsPage(context)
