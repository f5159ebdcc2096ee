"""GUI fixtures: a main window over a fresh database, Dutch or English, answered prompts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.person_fields import PersonInput, validate_person
from buurtdesk.gui import i18n, style
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.prompts import Prompts, UnsavedAnswer
from buurtdesk.services import people

# Qt's offscreen platform (the tests' screen) cannot pass size hints to a window manager
# and says so; on a real screen the message does not exist. Every other warning fails.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


class ScriptedPrompts(Prompts):
    """Answers the window's questions as the test says, and remembers what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.unsaved_answer = UnsavedAnswer.CANCEL
        self.delete_answer = False
        self.asked: list[str] = []

    def unsaved_changes(self, parent: QWidget, name: str) -> UnsavedAnswer:
        self.asked.append(f"unsaved: {name}")
        return self.unsaved_answer

    def confirm_delete(self, parent: QWidget, question: str, detail: str) -> bool:
        self.asked.append(f"{question} {detail}")
        return self.delete_answer


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Dutch, as the program starts by default; a test marks ``@pytest.mark.parametrize(
    "language", ["en"], indirect=True)`` for English."""
    chosen = getattr(request, "param", "nl")
    translators = i18n.install(qapp, chosen)
    style.apply(qapp, 1.0)
    yield chosen
    i18n.uninstall(qapp, translators)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def make_window(qtbot: QtBot, language: str, prompts: ScriptedPrompts) -> Callable[..., MainWindow]:
    def make(
        db: Database,
        *,
        title: str = "buurtdesk — test",
        show: bool = True,
        now: datetime | None = None,
    ) -> MainWindow:
        window = MainWindow(
            db=db,
            title=title,
            language=language,
            prompts=prompts,
            now=(lambda: now) if now is not None else datetime.now,
        )
        qtbot.addWidget(window)
        if show:
            window.resize(1366, 768)
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def surname(n: int) -> str:
    """A surname per number that sorts in number order: 0 -> "Baaa", 1 -> "Baab"."""
    letters = ""
    for _ in range(3):
        n, digit = divmod(n, 26)
        letters = chr(ord("a") + digit) + letters
    return "B" + letters


def add_people(db: Database, count: int, *, start: int = 0) -> None:
    """``count`` valid people in one transaction, list order following the number."""
    with db.write() as session:
        for n in range(start, start + count):
            valid = validate_person(
                PersonInput(
                    voornaam="Jan",
                    achternaam=surname(n),
                    straat="Kerkweg",
                    huisnummer=str(n % 200 + 1),
                    postcode="6871 AB",
                    woonplaats="Renkum",
                )
            )
            people.add_valid_person(session, valid)


def add_person(db: Database, **fields: str | bool) -> int:
    return people.create_person(db, PersonInput(**fields)).person_id  # type: ignore[arg-type]
