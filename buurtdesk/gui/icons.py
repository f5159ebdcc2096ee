"""Lucide icons (ISC licence, ``resources/icons``), drawn in the palette's colours.

Lucide draws with ``stroke="currentColor"``; this module fills in a colour per icon mode
(normal, disabled, selected) and renders the SVG at whatever size and pixel ratio a widget
asks for, so the same file serves a 16 px menu entry and a 48 px empty state.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from buurtdesk.gui import style
from buurtdesk.gui.resources import icons_dir

TONES = {
    "normal": style.TEXT,
    "muted": style.MUTED_TEXT,
    "accent": style.ACCENT,
    "error": style.ERROR,
    "white": "#ffffff",
}


class _SvgIconEngine(QIconEngine):
    """Renders one SVG in a colour per icon mode, sharp at every size and pixel ratio."""

    def __init__(self, svg: str, colours: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self._svg = svg
        self._colours = colours
        self._renderers: dict[QIcon.Mode, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        renderer = self._renderers.get(mode)
        if renderer is None:
            colour = self._colours.get(mode, self._colours[QIcon.Mode.Normal])
            data = QByteArray(self._svg.replace("currentColor", colour).encode("utf-8"))
            renderer = QSvgRenderer(data)
            self._renderers[mode] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg, self._colours)

    def key(self) -> str:
        return "buurtdesk-svg"


@cache
def _svg_text(name: str) -> str:
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


@cache
def icon(name: str, tone: str = "normal") -> QIcon:
    """The Lucide icon ``name`` (file name without ``.svg``) in ``tone`` (see ``TONES``).

    Selected items (white text on the accent colour) get a white icon.
    """
    colours = {
        QIcon.Mode.Normal: TONES[tone],
        QIcon.Mode.Active: TONES[tone],
        QIcon.Mode.Disabled: style.DISABLED_TEXT,
        QIcon.Mode.Selected: "#ffffff",
    }
    return QIcon(_SvgIconEngine(_svg_text(name), colours))


def pixmap(name: str, size: int, tone: str = "normal", ratio: float = 1.0) -> QPixmap:
    """The icon as a pixmap of ``size`` device-independent pixels, for a QLabel."""
    return icon(name, tone).pixmap(QSize(size, size), ratio)
