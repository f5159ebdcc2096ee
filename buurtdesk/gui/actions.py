"""Every menu item and shortcut, declared once: id, text, shortcuts, icon, menu.

The main window builds the menu bar from this registry; parts do not create their own
global shortcuts, they answer the ids they handle (see ``parts.PartPage``). Texts are
English source strings, translated in the ``Actions`` context.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from buurtdesk.gui import icons
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Actions"

NEW = "new"
FIND = "find"
SAVE = "save"
LARGER = "larger"
SMALLER = "smaller"
QUIT = "quit"
ABOUT = "about"
LANGUAGE_NL = "language_nl"
LANGUAGE_EN = "language_en"
IMPORT_PEOPLE = "import_people"
EXPORT_PEOPLE = "export_people"
EXPORT_AGENDA = "export_agenda"
EXPORT_INITIATIVES = "export_initiatives"
FIND_DUPLICATES = "find_duplicates"
OPEN_KIOSK = "open_kiosk"
LOCATIONS = "locations"
SET_PIN = "set_pin"
STAGES = "stages"
TIME_IN_STAGE = "time_in_stage"

# Actions a part answers; the window disables them while the current part does not.
PART_ACTIONS = (NEW, FIND, SAVE)
# Actions one part answers from anywhere: the window brings that part forward first.
PART_ACTIONS_ANYWHERE = (FIND_DUPLICATES, OPEN_KIOSK, LOCATIONS, STAGES, TIME_IN_STAGE)


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    shortcuts: tuple[str, ...] = ()
    icon: str | None = None
    submenu: str | None = None
    checkable: bool = False


@dataclass(frozen=True)
class MenuSpec:
    id: str
    text: str
    icon: str | None = None


MENUS = (
    MenuSpec("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    MenuSpec("agenda", QT_TRANSLATE_NOOP("Actions", "A&genda")),
    MenuSpec("initiatives", QT_TRANSLATE_NOOP("Actions", "I&nitiatives")),
    MenuSpec("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

SUBMENUS = {
    "language": MenuSpec("language", QT_TRANSLATE_NOOP("Actions", "&Language"), "languages")
}

ACTIONS = (
    ActionSpec(NEW, QT_TRANSLATE_NOOP("Actions", "&New"), "file", ("Ctrl+N",), "plus"),
    ActionSpec(SAVE, QT_TRANSLATE_NOOP("Actions", "&Save"), "file", ("Ctrl+S",), "save"),
    ActionSpec(
        IMPORT_PEOPLE, QT_TRANSLATE_NOOP("Actions", "&Import people…"), "file", (), "file-input"
    ),
    ActionSpec(
        EXPORT_PEOPLE, QT_TRANSLATE_NOOP("Actions", "&Export people…"), "file", (), "file-output"
    ),
    ActionSpec(
        EXPORT_AGENDA,
        QT_TRANSLATE_NOOP("Actions", "Export a&genda (.ics)…"),
        "file",
        (),
        "calendar-days",
    ),
    ActionSpec(
        EXPORT_INITIATIVES,
        QT_TRANSLATE_NOOP("Actions", "Export ini&tiatives…"),
        "file",
        (),
        "lightbulb",
    ),
    ActionSpec(QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", ("Ctrl+Q",), "log-out"),
    ActionSpec(FIND, QT_TRANSLATE_NOOP("Actions", "&Find"), "edit", ("Ctrl+F",), "search"),
    ActionSpec(
        FIND_DUPLICATES,
        QT_TRANSLATE_NOOP("Actions", "Find &duplicates"),
        "edit",
        (),
        "user-round-search",
    ),
    ActionSpec(
        OPEN_KIOSK,
        QT_TRANSLATE_NOOP("Actions", "Open sign-up &desk…"),
        "agenda",
        (),
        "monitor-check",
    ),
    ActionSpec(
        SET_PIN,
        QT_TRANSLATE_NOOP("Actions", "Coordinator &PIN…"),
        "agenda",
        (),
        "lock-keyhole",
    ),
    ActionSpec(
        LOCATIONS, QT_TRANSLATE_NOOP("Actions", "&Locations and rooms…"), "agenda", (), "map-pin"
    ),
    ActionSpec(
        STAGES,
        QT_TRANSLATE_NOOP("Actions", "&Stages and checklists…"),
        "initiatives",
        (),
        "list-checks",
    ),
    ActionSpec(
        TIME_IN_STAGE,
        QT_TRANSLATE_NOOP("Actions", "&Time in each stage…"),
        "initiatives",
        (),
        "hourglass",
    ),
    ActionSpec(
        LARGER,
        QT_TRANSLATE_NOOP("Actions", "&Larger text"),
        "view",
        ("Ctrl+=", "Ctrl++"),
        "zoom-in",
    ),
    ActionSpec(
        SMALLER, QT_TRANSLATE_NOOP("Actions", "S&maller text"), "view", ("Ctrl+-",), "zoom-out"
    ),
    ActionSpec(LANGUAGE_NL, "Nederlands", "view", submenu="language", checkable=True, icon=None),
    ActionSpec(LANGUAGE_EN, "English", "view", submenu="language", checkable=True, icon=None),
    ActionSpec(ABOUT, QT_TRANSLATE_NOOP("Actions", "&About buurtdesk"), "help", (), "info"),
)
SEPARATE_AFTER = frozenset({SAVE, EXPORT_INITIATIVES, SMALLER})
LANGUAGE_NAMES = frozenset({LANGUAGE_NL, LANGUAGE_EN})  # shown in their own language


def shortcut_text(action_id: str) -> str:
    """The first shortcut of an action as the user reads it ("Ctrl+S"), for tooltips of
    buttons that do the same thing."""
    spec = next(spec for spec in ACTIONS if spec.id == action_id)
    return QKeySequence(spec.shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain_text(action: QAction) -> str:
    """An action's text without the ``&`` mnemonic marker: "&Opslaan" -> "Opslaan"."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def build_actions(parent: QWidget) -> dict[str, QAction]:
    """One QAction per spec, owned by ``parent`` (the main window), with its shortcuts
    shown in the tooltip: "Opslaan (Ctrl+S)"."""
    result: dict[str, QAction] = {}
    for spec in ACTIONS:
        text = spec.text if spec.id in LANGUAGE_NAMES else translated(spec.text)
        action = QAction(text, parent)
        action.setObjectName(f"action_{spec.id}")
        if spec.icon:
            action.setIcon(icons.icon(spec.icon))
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            shown = QKeySequence(spec.shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain_text(action)} ({shown})")
        action.setCheckable(spec.checkable)
        parent.addAction(action)
        result[spec.id] = action
    return result


def fill_menu_bar(menu_bar: QMenuBar, actions: Mapping[str, QAction]) -> dict[str, QMenu]:
    menus: dict[str, QMenu] = {}
    for menu_spec in MENUS:
        menu = menu_bar.addMenu(translated(menu_spec.text))
        menu.setObjectName(f"menu_{menu_spec.id}")
        menus[menu_spec.id] = menu
    submenus: dict[str, QMenu] = {}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.submenu:
            if spec.submenu not in submenus:
                sub_spec = SUBMENUS[spec.submenu]
                sub = menu.addMenu(translated(sub_spec.text))
                if sub_spec.icon:
                    sub.setIcon(icons.icon(sub_spec.icon))
                sub.setObjectName(f"menu_{spec.submenu}")
                submenus[spec.submenu] = sub
            menu = submenus[spec.submenu]
        menu.addAction(actions[spec.id])
        if spec.id in SEPARATE_AFTER:
            menu.addSeparator()
    menus.update(submenus)
    return menus
