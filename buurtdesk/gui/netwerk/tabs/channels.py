"""How a contact went (gesprek, telefoon, …) as the window names it, in the domain's order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from buurtdesk.domain.network import ContactChannel
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ContactChannels"
_TEXTS = {
    ContactChannel.CONVERSATION: QT_TRANSLATE_NOOP("ContactChannels", "Conversation"),
    ContactChannel.PHONE: QT_TRANSLATE_NOOP("ContactChannels", "Phone call"),
    ContactChannel.EMAIL: QT_TRANSLATE_NOOP("ContactChannels", "Email"),
    ContactChannel.HOME_VISIT: QT_TRANSLATE_NOOP("ContactChannels", "Home visit"),
    ContactChannel.MEETING: QT_TRANSLATE_NOOP("ContactChannels", "Meeting"),
    ContactChannel.MESSAGE: QT_TRANSLATE_NOOP("ContactChannels", "Message"),
    ContactChannel.OTHER: QT_TRANSLATE_NOOP("ContactChannels", "Other"),
}


def channel_text(channel: str) -> str:
    """The channel in the window's language; an unknown stored value as it is."""
    try:
        return QCoreApplication.translate(CONTEXT, _TEXTS[ContactChannel(channel)])
    except ValueError:
        return channel


def channels() -> list[tuple[str, str]]:
    """(stored value, text) for every channel."""
    return [(channel.value, channel_text(channel.value)) for channel in _TEXTS]
