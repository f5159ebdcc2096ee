"""Sound-alike keys for Dutch surnames: what spelling variants of one name share.

``surname_key`` files "Jansen" and "Janssen", "Smit" and "Smid", "Meijer" and "Meyer"
together, so the duplicate search only compares people who share a key (blocking);
``surname_prefixes`` gives the list starts under which variants of a surname are filed,
so one person's look-alikes are found with a few index range scans.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

NON_LETTERS: Final = re.compile(r"[^a-z]+")
_DOUBLES: Final = re.compile(r"(.)\1+")
# Spellings that sound alike in Dutch, applied in this order.
_SOUNDS: Final = (
    ("ij", "y"),
    ("ei", "y"),
    ("ey", "y"),
    ("ch", "g"),
    ("ck", "k"),
    ("c", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("qu", "kw"),
    ("q", "k"),
    ("x", "ks"),
    ("ae", "a"),
    ("au", "ou"),
    ("dt", "t"),
)


@lru_cache(maxsize=1 << 16)
def surname_key(surname: str) -> str:
    """A key that spelling variants of a Dutch surname share: "janssen" and "jansen" give
    "janse"; "smits", "smit" and "smid" give "smit"; "meijer", "meyer" and "meier" give
    "myer". ``surname`` is folded (the first part of a person's ``sort_key``)."""
    s = NON_LETTERS.sub("", surname)
    if not s:
        return surname
    if s.endswith("sch"):
        s = s[:-3] + "s"
    elif s.endswith("gh"):
        s = s[:-1]
    for old, new in _SOUNDS:
        s = s.replace(old, new)
    s = _DOUBLES.sub(r"\1", s)
    if len(s) > 3 and s.endswith("s"):
        s = s[:-1]
    if len(s) > 3 and s.endswith("en"):
        s = s[:-1]
    if s.endswith("d"):
        s = s[:-1] + "t"
    return s


_VOWELS: Final = frozenset("aeiou")
_START_VARIANTS: Final = (
    ("c", "k"),
    ("k", "c"),
    ("ck", "k"),
    ("k", "ck"),
    ("ph", "f"),
    ("f", "ph"),
    ("th", "t"),
    ("t", "th"),
    ("ij", "y"),
    ("y", "ij"),
    ("ei", "y"),
    ("y", "ei"),
    ("ey", "y"),
    ("y", "ey"),
)


def surname_prefixes(surname: str, length: int = 3) -> set[str]:
    """The starts (``length`` letters) under which spelling variants of ``surname`` are
    filed in the list: "claassen" also under "kla", "aalbers" also under "alb", "meyer"
    also under "mei", "backer" also under "bak"."""
    starts = {surname}
    for position in range(length):  # only a variant in the first letters changes the start
        for old, new in _START_VARIANTS:
            if surname.startswith(old, position):
                starts.add(surname[:position] + new + surname[position + len(old) :])
    for start in list(starts):
        for position in range(length - 1):
            if start[position : position + 1] in _VOWELS:
                if start[position + 1 : position + 2] == start[position]:
                    starts.add(start[: position + 1] + start[position + 2 :])  # aa -> a
                else:
                    starts.add(start[: position + 1] + start[position:])  # a -> aa
    return {s[:length] for s in starts if s}
