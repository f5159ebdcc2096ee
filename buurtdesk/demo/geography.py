"""The demo map: wijken, buurten, streets with house numbers and their postcodes.

A street's postcodes follow the Dutch pattern: odd and even sides have their own codes,
each covering a run of house numbers, and neighbouring runs get neighbouring letters
(6711 AB for Kerkstraat 1-29, 6711 AC for Kerkstraat 2-30). The town grows with the
number of people: more streets, longer streets, and flats (12-3) in a very large town.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from buurtdesk.demo.data.places import (
    FIRST_POSTCODE_NUMBER,
    MUNICIPALITY_CODE,
    POSTCODE_LETTERS,
    TOWN,
    WIJKEN,
    StreetTheme,
)
from buurtdesk.domain.validation.postcode import FORBIDDEN_LETTERS

MIN_STREETS = 84
MAX_STREETS = 800
CORE_BASES = 3
PEOPLE_PER_ADDRESS = 2.0  # room enough: the network rarely holds a whole household
_SHORT_SUFFIXES = frozenset({"hof", "erf", "pad", "steeg", "plein", "gaarde", "markt"})
_LONG_SUFFIXES = frozenset({"laan", "singel", "dreef", "weg", "kade"})


@dataclass(frozen=True)
class Area:
    id: int
    name: str
    code: str
    wijk_id: int = 0  # buurten only


@dataclass
class Street:
    id: int
    name: str
    buurt_id: int
    numbers: int  # house numbers 1..numbers
    units: int = 1  # addresses per house number (flats)
    run: int = 10  # house numbers of one side per postcode
    postcodes: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))

    @property
    def addresses(self) -> int:
        return self.numbers * self.units

    def postcode(self, number: int) -> str:
        side = 1 - number % 2  # odd numbers on side 0
        position = (number - 1) // 2
        return self.postcodes[side][position // self.run]

    def house_number(self, number: int, unit: int) -> str:
        if unit == 1:
            return str(number)
        if self.units <= 4:
            return f"{number}{'ABC'[unit - 2]}"
        return f"{number}-{unit}"

    def runs(self) -> tuple[int, int]:
        """How many postcodes the odd and the even side need."""
        odd = (self.numbers + 1) // 2
        even = self.numbers // 2
        return math.ceil(odd / self.run), math.ceil(even / self.run)


@dataclass(frozen=True)
class Town:
    name: str
    wijken: list[Area]
    buurten: list[Area]
    streets: list[Street]

    def postcode_rows(self) -> Iterator[tuple[str, int]]:
        for street in self.streets:
            for side in street.postcodes:
                for code in side:
                    yield code, street.id


def street_count(people: int) -> int:
    return max(MIN_STREETS, min(MAX_STREETS, MIN_STREETS + people // 1000))


def build_town(rng: random.Random, people: int) -> Town:
    wijken: list[Area] = []
    buurten: list[Area] = []
    themes: list[StreetTheme] = []
    for w, (wijk_name, wijk_themes) in enumerate(WIJKEN, start=1):
        wijken.append(Area(w, wijk_name, f"WK{MUNICIPALITY_CODE}{w:02d}"))
        for b, theme in enumerate(wijk_themes, start=1):
            code = f"BU{MUNICIPALITY_CODE}{w:02d}{b:02d}"
            buurten.append(Area(len(buurten) + 1, theme.buurt, code, wijk_id=w))
            themes.append(theme)

    target = street_count(people)
    weights = [rng.uniform(0.6, 1.4) for _ in themes]
    total = sum(weights)
    streets: list[Street] = []
    for buurt, theme, weight in zip(buurten, themes, weights, strict=True):
        names = _street_names(rng, theme)
        wanted = max(3, round(target * weight / total))
        for name in names[:wanted]:
            streets.append(Street(len(streets) + 1, name, buurt.id, _numbers(rng, name)))

    _grow(streets, people)
    _assign_postcodes(streets, rng)
    return Town(TOWN, wijken, buurten, streets)


def _street_names(rng: random.Random, theme: StreetTheme) -> list[str]:
    """Unique names, the usual suffixes first: a small buurt has a Berkenstraat, a large
    one also a Berkenhof. The first bases of a theme are always there: every Oude Dorp
    has its Kerkstraat."""
    rest = list(theme.bases[CORE_BASES:])
    rng.shuffle(rest)
    bases = [*theme.bases[:CORE_BASES], *rest]
    orders = []
    for _ in bases:
        first = rng.choices(theme.suffixes[:3], weights=(5, 3, 2)[: len(theme.suffixes)])[0]
        rest = [s for s in theme.suffixes if s != first]
        rng.shuffle(rest)
        orders.append([first, *rest])
    names: list[str] = []
    for round_ in range(len(theme.suffixes)):
        for base, order in zip(bases, orders, strict=True):
            names.append(base + order[round_])
    return names


def _numbers(rng: random.Random, name: str) -> int:
    if any(name.endswith(s) for s in _SHORT_SUFFIXES):
        return rng.randint(8, 40)
    if any(name.endswith(s) for s in _LONG_SUFFIXES):
        return rng.randint(30, 180)
    return rng.randint(20, 120)


def _grow(streets: list[Street], people: int) -> None:
    """Make room for everyone: longer streets first, then flats."""
    needed = people / PEOPLE_PER_ADDRESS
    have = sum(s.numbers for s in streets)
    if have >= needed:
        return
    factor = min(3.0, needed / have)
    for street in streets:
        street.numbers = math.ceil(street.numbers * factor)
    have = sum(s.numbers for s in streets)
    units = math.ceil(needed / have)
    if units > 1:
        for street in streets:
            street.units = units
            street.run = max(2, 10 // min(units, 5))


def _letter_pairs() -> list[str]:
    return [
        a + b for a in POSTCODE_LETTERS for b in POSTCODE_LETTERS if a + b not in FORBIDDEN_LETTERS
    ]


def _assign_postcodes(streets: list[Street], rng: random.Random) -> None:
    """Each buurt starts a fresh four-digit number; its streets take consecutive codes."""
    pairs = _letter_pairs()
    number = FIRST_POSTCODE_NUMBER - 1
    next_pair = len(pairs)
    current_buurt = 0
    for street in streets:
        if street.buurt_id != current_buurt:
            current_buurt = street.buurt_id
            number, next_pair = number + 1, rng.randrange(0, 12)
        street.run = max(1, street.run + rng.randint(-2, 3) if street.units == 1 else street.run)
        for side, count in enumerate(street.runs()):
            for _ in range(count):
                if next_pair == len(pairs):
                    number, next_pair = number + 1, 0
                street.postcodes[side].append(f"{number} {pairs[next_pair]}")
                next_pair += 1
