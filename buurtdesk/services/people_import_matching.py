"""Which person a row of a people import is: someone known, an earlier row, or new.

A row matches a known person (or an earlier row of the same file) when the folded names
are equal and also the postcode with house number, or the telephone number, or the e-mail
address. When neither of the two has a postcode, telephone number or e-mail address,
equal names with the same street and house number (both may be empty) match too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from buurtdesk.domain.network import Person
from buurtdesk.domain.person_fields import ValidPerson
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold

IN_CHUNK: Final = 500  # values in one IN (...) list


def _same_person(
    valid: ValidPerson, straat: str, huisnummer: str, postcode: str, telefoon: str, email: str
) -> bool:
    if (
        valid.postcode
        and valid.huisnummer
        and valid.postcode == postcode
        and _house_key(valid.huisnummer) == _house_key(huisnummer)
    ):
        return True
    if valid.telefoon and valid.telefoon == telefoon:
        return True
    if valid.email and valid.email.casefold() == email.casefold():
        return True
    # Nothing strong on either side: the rest of the address decides (and two bare
    # names are one person), so re-importing such a list never doubles it.
    if any((valid.postcode, valid.telefoon, valid.email, postcode, telefoon, email)):
        return False
    return fold(valid.straat) == fold(straat) and _house_key(valid.huisnummer) == _house_key(
        huisnummer
    )


def _house_key(huisnummer: str) -> str:
    """The house number folded to letters and digits: "12 A", "12a" and "12-A" are one."""
    return "".join(ch for ch in fold(huisnummer) if ch.isalnum())


class Known(NamedTuple):
    """A person already in the database with the name of a row."""

    person_id: int
    list_name: str
    contact: tuple[str, str, str, str, str]  # straat, huisnummer, postcode, telefoon, email


@dataclass
class NewPerson:
    """A row that adds a person; later rows of the file may match it."""

    row: int
    valid: ValidPerson
    person_id: int = 0  # known once inserted

    @property
    def contact(self) -> tuple[str, str, str, str, str]:
        v = self.valid
        return (v.straat, v.huisnummer, v.postcode, v.telefoon, v.email)


_NAMESAKES: Final = (
    select(
        Person.id,
        Person.sort_key,
        Person.voornaam,
        Person.tussenvoegsel,
        Person.achternaam,
        Person.straat,
        Person.huisnummer,
        Person.postcode,
        Person.telefoon,
        Person.email,
    )
    .where(Person.sort_key.in_(bindparam("keys", expanding=True)))
    .order_by(Person.id)
)


def known_people(session: Session, keys: set[str]) -> dict[str, list[Known]]:
    """The people already in the database under these sort keys (folded names), by key."""
    found: dict[str, list[Known]] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), IN_CHUNK):
        rows = session.execute(_NAMESAKES, {"keys": ordered[start : start + IN_CHUNK]}).all()
        for person_id, key, first, infix, last, street, number, postcode, phone, email in rows:
            name = PersonName(first, infix, last).list_name
            contact = (street, number, postcode, phone, email)
            found.setdefault(key, []).append(Known(person_id, name, contact))
    return found


def find_match(
    valid: ValidPerson, known: dict[str, list[Known]], added: dict[str, list[NewPerson]]
) -> Known | NewPerson | None:
    """The known person, else the earlier new row (``added``, by sort key), that ``valid``
    is; None when it is someone new."""
    key = valid.name.sort_key
    target: Known | NewPerson | None = next(
        (k for k in known.get(key, ()) if _same_person(valid, *k.contact)), None
    )
    if target is None:
        target = next((n for n in added.get(key, ()) if _same_person(valid, *n.contact)), None)
    return target
