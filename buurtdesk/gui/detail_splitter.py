"""A main view (calendar, board) beside a detail panel whose width the user sets once.

The detail keeps its width: on the first show (the saved width, or ``detail_share`` of the
page), while the window settles or is maximised, and after a restart. The splitter's own
state is not saved: it is taken before the window has its size, and the splitter shares
out the difference when the window grows. The main view never gets narrower than
``main_min_width``, the detail never narrower than its own minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class DetailSplitter(QSplitter):
    def __init__(
        self,
        main: QWidget,
        detail: QWidget,
        *,
        name: str,
        settings_key: str,
        detail_share: float,
        main_min_width: int,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName(name)
        self.setChildrenCollapsible(False)
        main.setMinimumWidth(main_min_width)
        self.addWidget(main)
        self.addWidget(detail)
        self.setStretchFactor(0, 5)  # a larger window widens the main view most
        self.setStretchFactor(1, 3)
        self._detail = detail
        self._key = settings_key
        self._share = detail_share
        self._main_min = main_min_width
        self._width: int | None = None  # as the user left it
        self._sized = False
        self.splitterMoved.connect(self._moved)
        self.installEventFilter(self)

    def save_state(self, settings: QSettings) -> None:
        sizes = self.sizes()
        if self._sized and len(sizes) == 2 and sizes[1] > 0:
            settings.setValue(self._key, sizes[1])

    def restore_state(self, settings: QSettings) -> None:
        value = settings.value(self._key)
        try:
            width = int(str(value)) if value is not None else 0
        except ValueError:
            width = 0
        self._width = width if width > 0 else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self:
            if event.type() == QEvent.Type.Show and not self._sized:
                self._sized = True
                self._apply()
            elif event.type() == QEvent.Type.Resize and self._sized and self._width:
                self._apply()  # the window settling (maximised): keep the chosen width
        return super().eventFilter(watched, event)

    def _apply(self) -> None:
        total = self.width() - self.handleWidth()
        detail = self._width or int(total * self._share)
        floor = max(self._detail.minimumWidth(), self._detail.minimumSizeHint().width())
        detail = max(floor, min(detail, total - self._main_min))
        self.setSizes([max(total - detail, 0), detail])

    def _moved(self) -> None:
        """Dragged by the user: that width from now on (and after a restart)."""
        self._width = self.sizes()[1]
