"""Process start to first paint of the people list, and peak memory, against a bare window.

Run: ``uv run python bench/startup.py [--runs 7] [--sizes 100000 1000000]``.
Each figure is the median of the runs, wall clock from spawn to exit; the program exits
right after its first paint (``--quit-after-startup``), the baseline after the first paint
of an empty QTableView. Peak memory is the child's maximum resident set (wait4).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from databases import demo_db
from stats import median, report

BARE = [sys.executable, str(Path(__file__).resolve().parent / "bare_window.py")]


def timed(command: list[str]) -> tuple[float, float]:
    """Seconds from spawn to exit, and peak RSS in MiB; fails loudly on a non-zero exit."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.stderr is not None
    errors = process.stderr.read().decode(errors="replace")
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}: {errors}")
    return elapsed, usage.ru_maxrss / 1024


def compile_bytecode() -> None:
    """Both processes start from compiled bytecode, as an installed program does after its
    first start (even where PYTHONDONTWRITEBYTECODE keeps Python from writing it)."""
    import compileall
    import sysconfig

    for folder in (sysconfig.get_paths()["purelib"], str(Path(__file__).resolve().parents[1])):
        compileall.compile_dir(folder, quiet=2, workers=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    compile_bytecode()
    for size in args.sizes:
        path = demo_db(size)
        program = [
            sys.executable,
            "-m",
            "buurtdesk",
            "--db",
            str(path),
            "--open",
            "netwerk",
            "--quit-after-startup",
        ]
        timed(program)  # warm the file cache once, as a coordinator's second start would be
        bare_times, bare_mem, ours_times, ours_mem = [], [], [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            t, m = timed(BARE)
            bare_times.append(t)
            bare_mem.append(m)
            t, m = timed(program)
            ours_times.append(t)
            ours_mem.append(m)
        b, o = median(bare_times), median(ours_times)
        report(
            f"start to first paint, {size:,} people ({args.runs} runs, medians)".replace(",", "."),
            [
                ("bare PySide6 window + QTableView", f"{b * 1000:7.0f} ms", ""),
                (
                    "buurtdesk, people list painted",
                    f"{o * 1000:7.0f} ms",
                    f"ratio {o / b:.2f} (target <= 1.5)",
                ),
                ("peak memory, bare window", f"{median(bare_mem):7.0f} MiB", ""),
                (
                    "peak memory, buurtdesk",
                    f"{median(ours_mem):7.0f} MiB",
                    "(target <= 150 MiB at 1.000.000)",
                ),
            ],
        )


if __name__ == "__main__":
    main()
