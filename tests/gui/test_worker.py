"""The one helper for long work: results, Dutch failures, cancel, and SQLite beside the GUI."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.person_fields import PersonInput, validate_person
from buurtdesk.gui import error_log
from buurtdesk.gui.worker import JobControl, ProgressPanel, State, Worker
from buurtdesk.services import people, people_search
from buurtdesk.services.people_search import PeopleQuery
from tests.gui.conftest import add_person

WAIT_MS = 10_000


def test_a_job_s_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, language: str) -> None:
    worker = Worker()
    gui_thread = threading.get_ident()
    job_threads: list[int] = []
    seen: list[tuple[int, int]] = []
    arrived_on: list[int] = []

    def job(control: JobControl) -> str:
        job_threads.append(threading.get_ident())
        for done in range(1, 4):
            control.progress(done, 3)
        return "klaar"

    with qtbot.waitSignal(worker.start(job).succeeded, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == ["klaar"]
    assert job_threads
    assert job_threads[0] != gui_thread

    job = worker.start(job)
    job.progressed.connect(lambda done, total, _m: seen.append((done, total)))
    job.succeeded.connect(lambda _r: arrived_on.append(threading.get_ident()))
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    assert arrived_on == [gui_thread]
    assert seen[-1] == (3, 3)  # the last report always gets through
    assert job.state is State.SUCCEEDED
    assert job.result == "klaar"
    assert not worker.busy


def test_a_service_error_is_shown_as_its_own_dutch_message(qtbot: QtBot, language: str) -> None:
    worker = Worker()

    def job(_control: JobControl) -> None:
        raise NotFound("Deze persoon bestaat niet meer.")

    job_handle = worker.start(job)
    with qtbot.waitSignal(job_handle.failed, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == ["Deze persoon bestaat niet meer."]
    assert job_handle.state is State.FAILED


def test_an_unexpected_error_is_logged_and_shown_as_a_plain_sentence(
    qtbot: QtBot, language: str
) -> None:
    worker = Worker()

    def job(_control: JobControl) -> None:
        raise ZeroDivisionError("division by zero")

    job_handle = worker.start(job)
    with qtbot.waitSignal(job_handle.failed, timeout=WAIT_MS) as blocker:
        pass
    message = blocker.args[0]
    assert message.startswith("Er ging iets onverwachts mis")
    assert "Traceback" not in message
    assert "ZeroDivisionError" not in message
    assert str(error_log.log_path()) in message
    logged = error_log.log_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero" in logged


def test_cancel_stops_the_job_at_its_next_progress_report(qtbot: QtBot, language: str) -> None:
    worker = Worker()
    inside = threading.Event()
    go_on = threading.Event()
    reached: list[int] = []

    def job(control: JobControl) -> str:
        control.progress(1, 3)
        inside.set()
        go_on.wait(WAIT_MS / 1000)
        control.progress(2, 3)  # raises Cancelled: the cancel landed
        reached.append(2)
        return "niet afgemaakt"

    job_handle = worker.start(job)
    assert inside.wait(WAIT_MS / 1000)
    job_handle.cancel()
    go_on.set()
    with qtbot.waitSignal(job_handle.cancelled, timeout=WAIT_MS):
        pass
    assert reached == []
    assert job_handle.state is State.CANCELLED
    assert job_handle.result is None


def test_a_write_in_a_job_does_not_block_reads_on_the_gui_thread(
    qtbot: QtBot, db: Database, language: str
) -> None:
    """SQLite in WAL mode: the job holds the write transaction on its own connection; the
    window keeps reading the last committed state, at once, on its own."""
    add_person(db, voornaam="Kees", achternaam="Bos")
    worker = Worker()
    inside = threading.Event()
    go_on = threading.Event()

    def job(_control: JobControl) -> int:
        with db.write() as session:
            valid = validate_person(PersonInput(voornaam="Els", achternaam="Visser"))
            person_id = people.add_valid_person(session, valid).id
            session.flush()
            inside.set()
            go_on.wait(WAIT_MS / 1000)  # the transaction stays open while the GUI reads
        return person_id

    job_handle = worker.start(job)
    assert inside.wait(WAIT_MS / 1000)
    started = time.perf_counter()
    during = [row.list_name for row in people_search.fetch_page(db, PeopleQuery())]
    took = time.perf_counter() - started
    go_on.set()
    with qtbot.waitSignal(job_handle.succeeded, timeout=WAIT_MS):
        pass
    assert during == ["Bos, Kees"]  # not yet committed, and the read did not wait for it
    assert took < 0.5
    after = [row.list_name for row in people_search.fetch_page(db, PeopleQuery())]
    assert after == ["Bos, Kees", "Visser, Els"]


def test_the_progress_panel_follows_a_job_and_its_cancel_button(
    qtbot: QtBot, language: str
) -> None:
    worker = Worker()
    inside = threading.Event()
    go_on = threading.Event()

    def job(control: JobControl) -> None:
        control.progress(250, 1000)
        inside.set()
        go_on.wait(WAIT_MS / 1000)
        control.progress(500, 1000)

    holder = QWidget()
    qtbot.addWidget(holder)
    panel = ProgressPanel(holder)
    job_handle = worker.start(job)
    panel.follow(job_handle, "Bezig…")
    assert panel.bar.maximum() == 0  # busy until the first report
    with qtbot.waitSignal(job_handle.progressed, timeout=WAIT_MS):
        pass
    assert inside.wait(WAIT_MS / 1000)
    assert panel.bar.value() == 250
    assert panel.detail.text() == "250 van 1.000"
    assert panel.cancel_button.text() == "Annuleren"
    assert panel.bar.accessibleName() == "Voortgang"
    panel.cancel_button.click()
    assert not panel.cancel_button.isEnabled()
    go_on.set()
    with qtbot.waitSignal(job_handle.cancelled, timeout=WAIT_MS):
        pass
