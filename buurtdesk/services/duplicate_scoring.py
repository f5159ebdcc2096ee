"""How likely two people are one: the folded values compared, the score and its reasons.

Names carry most of the weight (rapidfuzz on the folded names, with initials and sound-alike
surnames counted as alike); the same address, phone or e-mail add to it, a different
postcode or birth year take away. ``find_duplicates`` and ``duplicates_of`` both score
their candidates here, so a pair gets one score however it was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from rapidfuzz import fuzz

from buurtdesk.domain.network import Person
from buurtdesk.domain.validation.names import SORT_SEPARATOR, PersonName
from buurtdesk.services.duplicate_keys import NON_LETTERS, surname_key

# Names less alike than this are different people, whatever else they share: a household
# shares an address and a phone. First names are short, so their bar is higher.
DIFFERENT_FIRST: Final = 70
DIFFERENT_LAST: Final = 60
# First names at least this alike (or fitting initials) may be one person's typing error;
# below it ("Anna" / "Hanna", sisters as often as a typo) a shared address or phone counts
# for a third.
COMPATIBLE_FIRST: Final = 90
CAPPED: Final = 35


@dataclass(frozen=True)
class DuplicatePair:
    """Two people who may be one. ``person_a`` is the older record (lower id), except in
    ``duplicates_of`` where it is the person asked about."""

    person_a_id: int
    person_b_id: int
    name_a: str
    name_b: str
    detail_a: str
    detail_b: str
    score: int
    reasons: tuple[str, ...]


# --- people as compared ----------------------------------------------------------------

PERSON_COLUMNS = (
    Person.id,
    Person.voornaam,
    Person.tussenvoegsel,
    Person.achternaam,
    Person.sort_key,
    Person.straat,
    Person.huisnummer,
    Person.postcode,
    Person.woonplaats,
    Person.telefoon,
    Person.email,
    Person.birth_year,
)


class ComparedPerson:
    """One person's folded values, computed once per pass."""

    __slots__ = (
        "address",
        "birth_year",
        "email",
        "first",
        "id",
        "infix",
        "initials",
        "last",
        "phone",
        "postcode",
        "row",
        "street_address",
        "surname_key",
        "woonplaats",
    )

    def __init__(self, row: Any) -> None:
        self.row = row
        # Unpacked once: a tuple is read far faster than a row's attributes.
        (
            pid,
            _v,
            _t,
            _a,
            sort_key,
            straat,
            huisnummer,
            postcode,
            woonplaats,
            phone,
            email,
            year,
        ) = row[: len(PERSON_COLUMNS)]
        self.id: int = pid
        parts = sort_key.split(SORT_SEPARATOR)
        self.last: str = parts[0]
        self.surname_key = surname_key(self.last)
        self.first: str = parts[1] if len(parts) > 1 else ""
        self.infix: str = parts[2] if len(parts) > 2 else ""
        self.initials = initials_of(self.first)
        # Only compared for equality, so lower case is enough (and far cheaper than fold).
        house = huisnummer.lower().replace(" ", "")
        self.postcode: str = postcode
        self.address: str = f"{postcode}|{house}" if postcode and house else ""
        self.street_address = f"{straat.lower()}|{house}" if straat and house else ""
        self.woonplaats: str = woonplaats.lower()
        self.phone: str = phone
        self.email: str = email.lower()
        self.birth_year: int | None = year

    @property
    def initial(self) -> str:
        return self.first[:1]


def initials_of(first: str) -> str:
    """ "J.", "J.P." and "J P" are initials (they match any name with those first letters):
    their letters; "" for a written-out first name."""
    if len(first) > 1 and first.isalpha():
        return ""
    words = NON_LETTERS.sub(" ", first).split()
    return "".join(words) if all(len(w) == 1 for w in words) else ""


# What first_name_similarity gives names that fit without being alike as text: one left
# empty, initials that fit "Jan", "Jan" and "Jan Willem".
_MISSING: Final = 70.0
_FITS: Final = 85.0
_FITTING: Final = frozenset({_MISSING, _FITS})


def first_name_similarity(first: str, initials: str, other: str, other_initials: str) -> float:
    """0-100 for two folded first names; initials count as alike when their letters fit."""
    if first == other:
        return 100.0 if first else 90.0
    if not first or not other:
        return _MISSING
    if initials or other_initials:
        letters = initials or "".join(w[0] for w in first.split())
        other_letters = other_initials or "".join(w[0] for w in other.split())
        compatible = letters.startswith(other_letters) or other_letters.startswith(letters)
        return _FITS if compatible else 0.0
    if first.startswith(other + " ") or other.startswith(first + " "):
        return _FITS  # "Jan" and "Jan Willem"
    similarity = float(fuzz.ratio(first, other))
    # Keep a textual likeness from being mistaken for one of the fitting values above.
    return similarity + 0.01 if similarity in _FITTING else similarity


def first_similarity(a: ComparedPerson, b: ComparedPerson) -> float:
    return first_name_similarity(a.first, a.initials, b.first, b.initials)


def _last_similarity(a: ComparedPerson, b: ComparedPerson) -> float:
    if a.last == b.last:
        return 100.0
    similarity = float(fuzz.ratio(a.last, b.last))
    if a.surname_key == b.surname_key:
        similarity = max(similarity, 92.0)
    return similarity


def _same_address(a: ComparedPerson, b: ComparedPerson) -> bool:
    if a.address and a.address == b.address:
        return True
    return bool(
        a.street_address
        and a.street_address == b.street_address
        and (not a.woonplaats or not b.woonplaats or a.woonplaats == b.woonplaats)
    )


def pair_score(a: ComparedPerson, b: ComparedPerson) -> int:
    """0-100: how likely two records are one person.

    The name carries most weight (three quarters); the same address, phone or e-mail add
    to it, a different postcode, phone or e-mail take away. Clearly different first names
    or birth years (a parent and child at one address) cap the score low.
    """
    last = _last_similarity(a, b)
    first = first_similarity(a, b)
    score = 0.75 * (0.55 * last + 0.45 * first)
    # Household members share these; they tell most when the first names fit.
    weight = 15.0 if first >= COMPATIBLE_FIRST or first in _FITTING else 5.0
    if a.phone and b.phone:
        score += weight if a.phone == b.phone else -5
    if a.email and b.email:
        score += weight if a.email == b.email else -5
    if _same_address(a, b):
        score += weight
    elif a.postcode and b.postcode and a.postcode != b.postcode:
        score -= 20
    if first < DIFFERENT_FIRST or last < DIFFERENT_LAST:
        score = min(score, CAPPED)
    if a.birth_year and b.birth_year and abs(a.birth_year - b.birth_year) > 1:
        score = min(score, 30)
    return max(0, min(100, round(score)))


def _display_surname(p: ComparedPerson) -> str:
    return f"{p.row.tussenvoegsel} {p.row.achternaam}".strip()


def _full_name(p: ComparedPerson) -> str:
    return PersonName(p.row.voornaam, p.row.tussenvoegsel, p.row.achternaam).full_name


def _reasons(a: ComparedPerson, b: ComparedPerson) -> tuple[str, ...]:
    reasons = []
    same_first = a.first == b.first
    same_last = a.last == b.last and a.infix == b.infix
    if same_first and same_last:
        reasons.append("zelfde naam")
    elif same_first:
        reasons.append(f"lijkt op elkaar: {_display_surname(a)} / {_display_surname(b)}")
    elif same_last:
        reasons.append(f"lijkt op elkaar: {a.row.voornaam or '–'} / {b.row.voornaam or '–'}")
    else:
        reasons.append(f"lijkt op elkaar: {_full_name(a)} / {_full_name(b)}")
    if _same_address(a, b):
        reasons.append("zelfde adres")
    if a.phone and a.phone == b.phone:
        reasons.append("zelfde telefoonnummer")
    if a.email and a.email == b.email:
        reasons.append("zelfde e-mail")
    return tuple(reasons)


def _detail(p: ComparedPerson) -> str:
    r = p.row
    street = f"{r.straat} {r.huisnummer}".strip()
    place = f"{r.postcode} {r.woonplaats}".strip()
    return ", ".join(part for part in (street, place) if part) or r.email or r.telefoon


def duplicate_pair(a: ComparedPerson, b: ComparedPerson, score: int) -> DuplicatePair:
    name_a = PersonName(a.row.voornaam, a.row.tussenvoegsel, a.row.achternaam).list_name
    name_b = PersonName(b.row.voornaam, b.row.tussenvoegsel, b.row.achternaam).list_name
    return DuplicatePair(a.id, b.id, name_a, name_b, _detail(a), _detail(b), score, _reasons(a, b))
