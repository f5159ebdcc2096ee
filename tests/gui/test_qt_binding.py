"""The Qt binding must keep Python's own None alive.

PySide6 6.12.0 (an abi3 wheel) run on Python 3.11, where None, True and False are not yet
immortal, gives back one reference to None for every call of a Qt method that returns
nothing (``setText``, ``setEnabled``, …) and to True or False for every yes/no answer. The
count runs down until Python frees None and aborts ("Fatal Python error: none_dealloc"):
at the end of this test suite, and in the program itself after a few hundred people have
been looked at (each person shown costs about 60). On Python 3.12 and later these objects
are immortal and nothing is lost. pyproject.toml therefore keeps PySide6 below 6.12; this
test fails if a build with the fault comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_do_not_use_up_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Wijzigingen bewaard")
    lost = before - sys.getrefcount(None)
    assert lost < 10, (
        f"{lost} references to None lost in 1000 calls of QLabel.setText: this PySide6 "
        f"build on Python {sys.version_info.major}.{sys.version_info.minor} will abort the "
        "program (none_dealloc). Keep PySide6 below 6.12 or run on Python 3.12 or later."
    )
