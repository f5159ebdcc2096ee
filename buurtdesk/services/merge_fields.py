"""The kept person's own fields in a merge: what the removed record fills in.

The kept person keeps its own values; its empty fields (name parts, phone, e-mail, birth
year, an address that does not contradict its own) are filled from the removed one, roles
are added and the notes are joined. The search text is rebuilt from the merged values and
the tags the kept person has after the merge.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.network import PersonTag, Tag
from buurtdesk.domain.person_fields import person_search_text
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold
from buurtdesk.services.people import FORM_TAG_KINDS

_ADDRESS: Final = ("straat", "huisnummer", "postcode", "woonplaats")
_FILLABLE: Final = {
    "voornaam": "voornaam",
    "tussenvoegsel": "tussenvoegsel",
    "telefoon": "telefoonnummer",
    "email": "e-mailadres",
    "birth_year": "geboortejaar",
}
_ROLES: Final = {
    "is_resident": "bewoner",
    "is_volunteer": "vrijwilliger",
    "is_initiator": "initiatiefnemer",
    "is_professional": "professional",
}


def _addresses_agree(kept: Any, removed: Any) -> bool:
    """The two addresses do not contradict each other where both are filled in."""
    return all(
        not getattr(kept, f)
        or not getattr(removed, f)
        or fold(getattr(kept, f)) == fold(getattr(removed, f))
        for f in _ADDRESS
    )


def merged_fields(kept: Any, removed: Any) -> tuple[dict[str, Any], list[str]]:
    """The kept person's new values (only those that change) and the Dutch names of what
    was filled in."""
    values: dict[str, Any] = {}
    filled: list[str] = []
    for field, label in _FILLABLE.items():
        if not getattr(kept, field) and getattr(removed, field):
            values[field] = getattr(removed, field)
            filled.append(label)
    if not any(getattr(kept, f) for f in _ADDRESS) and any(getattr(removed, f) for f in _ADDRESS):
        values.update({f: getattr(removed, f) for f in _ADDRESS})
        values.update(street_id=removed.street_id, buurt_id=removed.buurt_id)
        filled.append("adres")
    elif _addresses_agree(kept, removed):
        parts = [f for f in _ADDRESS if not getattr(kept, f) and getattr(removed, f)]
        values.update({f: getattr(removed, f) for f in parts})
        if kept.street_id is None and removed.street_id is not None:
            values.update(street_id=removed.street_id, buurt_id=removed.buurt_id)
        filled.extend(parts)
    for field, label in _ROLES.items():
        if getattr(removed, field) and not getattr(kept, field):
            values[field] = True
            filled.append(f"rol {label}")
    theirs = removed.notes.strip()
    if theirs and theirs not in kept.notes:
        values["notes"] = f"{kept.notes.rstrip()}\n\n{theirs}" if kept.notes.strip() else theirs
        filled.append("opmerkingen")
    return values, filled


def merged_search_text(session: Session, person: dict[str, Any], person_id: int) -> str:
    """The search text of the merged values, with the skills and interests the kept person
    holds after the links were moved."""
    tags = session.execute(
        select(Tag.name)
        .join(PersonTag, PersonTag.tag_id == Tag.id)
        .where(
            PersonTag.person_id == person_id,
            Tag.kind.in_([kind.value for kind in FORM_TAG_KINDS]),
        )
        .order_by(Tag.kind.desc(), Tag.name)  # skills ("vaardigheid") before interests
    ).scalars()
    return person_search_text(
        PersonName(person["voornaam"], person["tussenvoegsel"], person["achternaam"]),
        straat=person["straat"],
        huisnummer=person["huisnummer"],
        postcode=person["postcode"],
        woonplaats=person["woonplaats"],
        telefoon=person["telefoon"],
        email=person["email"],
        tags=list(tags),
    )
