"""The main window: navigation on the left, the current part beside it, one menu bar and
a status line. It knows the parts only through the registry in ``parts``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from importlib import metadata

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk import config
from buurtdesk.db.engine import Database
from buurtdesk.gui import actions, icons, style
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.context import AppContext, Navigator
from buurtdesk.gui.interop.agenda_files import AgendaFiles
from buurtdesk.gui.interop.controller import PeopleFiles
from buurtdesk.gui.interop.initiative_files import InitiativeFiles
from buurtdesk.gui.parts import PartPage, load_parts
from buurtdesk.gui.prompts import Prompts

STATUS_TIMEOUT_MS = 8000
PART_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def window_settings() -> QSettings:
    """Window geometry lives beside settings.json, never in the system registry, so a
    portable install or a test keeps it in its own data folder."""
    return QSettings(str(config.data_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        db: Database,
        title: str,
        settings: config.Settings | None = None,
        language: str | None = None,
        prompts: Prompts | None = None,
        now: Callable[[], datetime] = datetime.now,
        start_part: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(title)
        self.setWindowIcon(icons.icon("users", "accent"))
        self.settings = settings or config.Settings.load()
        self.language = language or self.settings.language
        self.bus = ChangeBus(self)
        self.navigator = Navigator(self)
        self.context = AppContext(
            db=db,
            bus=self.bus,
            navigator=self.navigator,
            prompts=prompts or Prompts(self),
            show_status=self.show_status,
            now=now,
        )

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Parts of buurtdesk"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.pages.setObjectName("parts")
        # Pages are made when first shown: start-up pays only for the part it opens on.
        self._parts = {part.id: part for part in load_parts()}
        self._pages: dict[str, PartPage] = {}
        for part in self._parts.values():
            item = QListWidgetItem(
                icons.icon(part.icon), QCoreApplication.translate("Parts", part.title)
            )
            item.setData(PART_ID_ROLE, part.id)
            self.navigation.addItem(item)

        pane = QWidget()
        pane.setObjectName("navigationPane")
        pane.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(8, 10, 8, 10)
        pane_layout.addWidget(self.navigation)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(pane)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.people_files = PeopleFiles(context=self.context, window=self)
        self.agenda_files = AgendaFiles(context=self.context, window=self)
        self.initiative_files = InitiativeFiles(context=self.context, window=self)
        self._actions = actions.build_actions(self)
        self.menus = actions.fill_menu_bar(self.menuBar(), self._actions)
        self._connect_actions()
        self.navigation.currentRowChanged.connect(self._navigated)
        self.navigator.show_part_requested.connect(self.show_part)
        self.statusBar().setSizeGripEnabled(True)
        self._fit_navigation()
        # Only the part the window opens on is made now (pages are made when first shown).
        parts = list(self._parts)
        self.navigation.setCurrentRow(parts.index(start_part) if start_part in parts else 0)
        self._restore_geometry()

    def action(self, action_id: str) -> QAction:
        """The window's QAction for an id from ``actions`` (``actions.SAVE``, …)."""
        return self._actions[action_id]

    # ---------------------------------------------------------------- parts
    def page(self, part_id: str) -> PartPage:
        """The page of a part, made (and given its remembered layout) on first use."""
        page = self._pages.get(part_id)
        if page is None:
            page = self._parts[part_id].create(self.context)
            self._pages[part_id] = page
            self.pages.addWidget(page)
            page.restore_state(window_settings())
        return page

    def part_ids(self) -> list[str]:
        return list(self._parts)

    def current_page(self) -> PartPage:
        page = self.pages.currentWidget()
        assert isinstance(page, PartPage)
        return page

    def current_part_id(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(PART_ID_ROLE)) if item else ""

    def show_part(self, part_id: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(PART_ID_ROLE) == part_id:
                self.navigation.setCurrentRow(row)
                return

    def _navigated(self, row: int) -> None:
        if row < 0:
            return
        part_id = str(self.navigation.item(row).data(PART_ID_ROLE))
        page = self.page(part_id)
        self.pages.setCurrentWidget(page)
        handlers = page.action_handlers()
        for action_id in actions.PART_ACTIONS:
            self._actions[action_id].setEnabled(action_id in handlers)
        page.activated()

    def _fit_navigation(self) -> None:
        """Rows and width that follow the font size: roomy targets, no clipped labels."""
        metrics = self.navigation.fontMetrics()
        icon = max(20, metrics.height() + 2)
        row_height = icon + 18
        self.navigation.setIconSize(QSize(icon, icon))
        self.navigation.setSpacing(2)
        widest = 0
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            item.setSizeHint(QSize(0, row_height))
            widest = max(widest, metrics.horizontalAdvance(item.text()))
        self.navigation.setFixedWidth(max(widest + icon + 48, metrics.averageCharWidth() * 16))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_navigation()

    # ---------------------------------------------------------------- actions
    def _connect_actions(self) -> None:
        a = self._actions
        for action_id in actions.PART_ACTIONS:
            a[action_id].triggered.connect(
                lambda _checked=False, action_id=action_id: self._run_part_action(action_id)
            )
        for action_id in actions.PART_ACTIONS_ANYWHERE:
            a[action_id].triggered.connect(
                lambda _checked=False, action_id=action_id: self._run_anywhere(action_id)
            )
        a[actions.IMPORT_PEOPLE].triggered.connect(self.people_files.import_people)
        a[actions.EXPORT_PEOPLE].triggered.connect(self.people_files.export_people)
        a[actions.EXPORT_AGENDA].triggered.connect(self.agenda_files.export_agenda)
        a[actions.EXPORT_INITIATIVES].triggered.connect(self.initiative_files.export_initiatives)
        a[actions.QUIT].triggered.connect(self.close)
        a[actions.LARGER].triggered.connect(lambda: self.change_font_scale(1))
        a[actions.SMALLER].triggered.connect(lambda: self.change_font_scale(-1))
        a[actions.ABOUT].triggered.connect(self._about)
        a[actions.SET_PIN].triggered.connect(self._set_pin)
        for action_id, language in ((actions.LANGUAGE_NL, "nl"), (actions.LANGUAGE_EN, "en")):
            action = a[action_id]
            action.setChecked(self.language == language)
            action.triggered.connect(
                lambda _checked=False, language=language: self.choose_language(language)
            )

    def _run_part_action(self, action_id: str) -> None:
        handler = self.current_page().action_handlers().get(action_id)
        if handler is not None:
            handler()

    def _run_anywhere(self, action_id: str) -> None:
        """Bring forward the part that answers ``action_id`` and let it answer."""
        for part_id in self._parts:
            handler = self.page(part_id).action_handlers().get(action_id)
            if handler is not None:
                self.show_part(part_id)
                handler()
                return

    def change_font_scale(self, step: int) -> None:
        scale = style.next_scale(self.settings.font_scale, step)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply_font_scale(app, scale)
        self.settings = config.Settings(**{**vars(self.settings), "font_scale": scale})
        self.settings.save()
        self.show_status(self.tr("Text size {percent}%").format(percent=round(scale * 100)))

    def choose_language(self, language: str) -> None:
        self._actions[actions.LANGUAGE_NL].setChecked(language == "nl")
        self._actions[actions.LANGUAGE_EN].setChecked(language == "en")
        if language == self.settings.language:
            return
        self.settings = config.Settings(**{**vars(self.settings), "language": language})
        self.settings.save()
        # Said in the chosen language: that is the language the user reads best.
        self.show_status(
            "The language changes the next time you open buurtdesk."
            if language == "en"
            else "De taal verandert als u buurtdesk de volgende keer opent."
        )

    def _set_pin(self) -> None:
        # The kiosk's modules load only when the coordinator reaches for them.
        from buurtdesk.gui.kiosk.pin_dialog import set_pin_dialog

        set_pin_dialog(self.context, self)

    def _about(self) -> None:
        try:
            version = metadata.version("buurtdesk")
        except metadata.PackageNotFoundError:
            version = ""
        QMessageBox.about(
            self,
            self.tr("About buurtdesk"),
            self.tr(
                "<h3>buurtdesk {version}</h3>"
                "<p>The offline desk of the neighbourhood coordinator: network, agenda, "
                "initiatives, print work and summaries.</p>"
                "<p>Database: {database}</p>"
                "<p>Icons: Lucide (ISC licence).</p>"
            ).format(version=version, database=self.context.db.url),
        )

    # ---------------------------------------------------------------- status
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # ---------------------------------------------------------------- window state
    def show_initially(self) -> None:
        """Show the window as it was left; the first time, maximised on a laptop screen."""
        if self._start_maximized:
            self.showMaximized()
        else:
            self.show()

    def _restore_geometry(self) -> None:
        self._start_maximized = False
        settings = window_settings()
        saved = settings.value("geometry")
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            self._start_maximized = self.isMaximized()
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1280, 800
        if available is not None:
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
            self._start_maximized = available.width() < 1500 or available.height() < 900
        self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._pages.values():
            if not page.may_leave():
                event.ignore()
                return
        settings = window_settings()
        settings.setValue("geometry", self.saveGeometry())
        for page in self._pages.values():
            page.save_state(settings)
        event.accept()
