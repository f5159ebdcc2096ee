"""Nothing lost: the program is killed (SIGKILL) again and again while walk-ins are entered at
the door, and every sign-up the screen acknowledged is in the database afterwards, checked in,
and the database passes SQLite's integrity check."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from buurtdesk.db.engine import Database
from tests.services.signups_world import plan

# The child is the kiosk: it registers walk-ins one after another through the service and
# says "ACK <id>" only after the call has returned, i.e. after the commit.
CHILD = """
import sys
from buurtdesk.db.engine import Database
from buurtdesk.domain.access import volunteer_at
from buurtdesk.services import kiosk
from buurtdesk.services.signups import WalkInInput

url, activity_id, occurrence_id, round_no = sys.argv[1], *map(int, sys.argv[2:5])
door = Database.open(url).as_actor(volunteer_at(activity_id))
print("READY", flush=True)
number = 0
while True:
    number += 1
    guest = WalkInInput(f"Gast {round_no}-{number}", phone="0612345678")
    result = kiosk.kiosk_walk_in(door, occurrence_id, guest)
    print(f"ACK {result.signup_id}", flush=True)
"""

ROUNDS = 12
READ_TIMEOUT = 30.0


def run_and_kill(args: list[str], stop_after: int) -> list[int]:
    """Start the child, kill it after ``stop_after`` acknowledgements, return every id it
    acknowledged (also those still in the pipe when it died)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    fd = child.stdout.fileno()
    acked: list[int] = []
    buffer = b""
    killed = False
    while True:
        if not killed and len(acked) >= stop_after:
            os.kill(child.pid, signal.SIGKILL)
            killed = True
        ready, _, _ = select.select([fd], [], [], READ_TIMEOUT)
        assert ready, "the child stopped answering"
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        acked += [int(line.split()[1]) for line in lines if line.startswith(b"ACK ")]
    child.wait()
    child.stdout.close()
    assert killed, f"the child ended by itself with code {child.returncode}"
    assert child.returncode == -signal.SIGKILL
    return acked


@pytest.mark.slow
def test_every_acknowledged_sign_up_survives_being_killed(db: Database, db_path: Path) -> None:
    koffie = plan(db, first_day=date.today())
    db.dispose()
    rng = random.Random(3)
    acked: list[int] = []
    for round_no in range(ROUNDS):
        args = [f"sqlite:///{db_path}", str(koffie.activity_id), str(koffie.first), str(round_no)]
        acked += run_and_kill(args, stop_after=rng.randint(1, 25))
    assert len(acked) >= ROUNDS

    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in connection.execute("SELECT id FROM signup")}
        assert set(acked) <= stored
        # Each acknowledged walk-in is also checked in: nothing is half-written.
        present = {row[0] for row in connection.execute("SELECT signup_id FROM attendance")}
        assert set(acked) <= present
        unchecked = connection.execute(
            "SELECT count(*) FROM signup WHERE checked_in_at IS NULL"
        ).fetchone()
        assert unchecked == (0,)
    finally:
        connection.close()
