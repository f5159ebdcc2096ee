"""One broadcast of what a user action changed, so every list can refresh what it shows.

A widget that calls a service publishes the ``Changes`` the service returned, once.
Models and panels listen and refetch only when the change touches what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from buurtdesk.services.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
