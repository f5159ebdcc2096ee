"""Demo databases for the benchmarks, made once with ``buurtdesk demo`` and kept in bench/out."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def demo_db(people: int) -> Path:
    """A demo database with ``people`` people (seed 1), generated on first use."""
    path = OUT / f"demo-{people}.sqlite"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        print(f"making {path.name} ...", file=sys.stderr)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "buurtdesk",
                "--db",
                str(partial),
                "demo",
                "--people",
                str(people),
                "--seed",
                "1",
            ],
            check=True,
        )
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
        print(f"made in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path
