"""Every icon the window names exists, and is drawn (not an empty square)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from buurtdesk.gui import actions, icons
from buurtdesk.gui.parts import load_parts
from buurtdesk.gui.resources import icons_dir


def drawn_pixels(name: str) -> int:
    image = icons.pixmap(name, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha()
    )


def test_every_icon_in_use_exists_and_is_drawn(language: str) -> None:
    names = {spec.icon for spec in actions.ACTIONS if spec.icon}
    names |= {part.icon for part in load_parts()}
    names |= {"circle-alert", "user-plus", "user-round", "undo-2", "trash-2", "check"}
    for name in sorted(names):
        assert (icons_dir() / f"{name}.svg").is_file(), name
        assert drawn_pixels(name) > 20, name


def test_the_licence_travels_with_the_icons() -> None:
    assert "ISC License" in (icons_dir() / "LICENSE").read_text(encoding="utf-8")
