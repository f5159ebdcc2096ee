"""argparse in Dutch: its headings and its own error messages ("gebruik:", "opties").

argparse looks its texts up through ``gettext`` at the moment it needs them, by the name
``_`` in its own module. Python ships no Dutch catalogue for it, so buurtdesk hands argparse
this small one; a text not listed stays as argparse has it.
"""

from __future__ import annotations

import argparse

DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "opdrachten en argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "hier hoort één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: bedoelt u %(matches)s?"
    ),
    "not allowed with argument %s": "niet samen met %s",
    "one of the arguments %s is required": "kies een van %s",
}


def _dutch(text: str) -> str:
    return DUTCH.get(text, text)


def install() -> None:
    """Make argparse speak Dutch for the rest of this process."""
    argparse._ = _dutch  # type: ignore[attr-defined]
