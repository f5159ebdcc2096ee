"""Koppelen: for an open need of an initiative, the people and organisations that could
help, ranked and explained in Dutch ("vaardigheid: koken", "woont in dezelfde straat"),
and one click that records the introduction as a contact moment.

The ranking reads a fixed handful of queries whatever the size of the network: the need,
the people and organisations already linked, the skill and interest tags, who carries the
fitting ones, the candidate people and the candidate organisations. The weights are in
``matching_words``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.initiatives import NeedKind
from buurtdesk.domain.network import (
    ContactChannel,
    Organisation,
    Person,
    PersonTag,
    Tag,
    TagKind,
)
from buurtdesk.domain.organisation_fields import kind_label
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import matching_words as w
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.contacts import (
    MAX_SUMMARY_LENGTH,
    ContactMomentInput,
    add_contact_moment,
    validate_contact_moment,
)
from buurtdesk.services.matching_candidates import (
    NeedContext,
    candidate_organisations,
    candidate_people,
    need_context,
)

PERSON: Final = "person"
ORGANISATION: Final = "organisation"

NEED_LABELS: Final[dict[NeedKind, str]] = {
    NeedKind.VOLUNTEERS: "vrijwilligers",
    NeedKind.PLACE: "een plek",
    NeedKind.MONEY: "geld",
    NeedKind.PERMITS: "een vergunning",
    NeedKind.PUBLICITY: "publiciteit",
    NeedKind.OTHER: "hulp",
}


@dataclass(frozen=True)
class Suggestion:
    """One person or organisation that could help, with why ("vaardigheid: koken")."""

    kind: str  # PERSON or ORGANISATION
    id: int
    name: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class _Ranked:
    suggestion: Suggestion
    sort_key: str


@coordinator_only
def suggestions(db: Database, need_id: int, *, limit: int = 20) -> list[Suggestion]:
    """The best ``limit`` candidates for a need, highest score first, ties by name."""
    with db.read() as session:
        return _rank(session, need_context(session, need_id))[:limit]


def _rank(session: Session, context: NeedContext) -> list[Suggestion]:
    ranked = _people(session, context) + _organisations(session, context)
    ranked.sort(key=lambda r: (-r.suggestion.score, r.sort_key, r.suggestion.kind, r.suggestion.id))
    return [r.suggestion for r in ranked]


def _fitting_tags(session: Session, context: NeedContext) -> dict[int, tuple[str, str, bool]]:
    """Skill and interest tags whose words fit the need: id -> (kind, name, named), where
    ``named`` says the need's own description asks for it ("koken" in "iemand die kan
    koken"), not only the general words of its kind ("klussen" for volunteers)."""
    rows = session.execute(
        select(Tag.id, Tag.kind, Tag.name).where(
            Tag.kind.in_((TagKind.SKILL.value, TagKind.INTEREST.value))
        )
    ).all()
    described = w.words(context.description)
    return {
        tag_id: (kind, name, w.fits(name, described))
        for tag_id, kind, name in rows
        if w.fits(name, context.wanted_words)
    }


def _people(session: Session, context: NeedContext) -> list[_Ranked]:
    tags = _fitting_tags(session, context)
    carried: dict[int, list[tuple[str, str, bool]]] = {}
    if tags:
        for person_id, tag_id in session.execute(
            select(PersonTag.person_id, PersonTag.tag_id).where(PersonTag.tag_id.in_(tags))
        ):
            carried.setdefault(person_id, []).append(tags[tag_id])
    ranked: list[_Ranked] = []
    for person in candidate_people(session, context, set(carried)):
        score, reasons = _person_score(context, person, carried.get(person.id, []))
        if reasons:
            name = PersonName(person.voornaam, person.tussenvoegsel, person.achternaam)
            ranked.append(
                _Ranked(
                    Suggestion(PERSON, person.id, name.full_name, score, tuple(reasons)),
                    person.sort_key,
                )
            )
    return ranked


def _person_score(
    context: NeedContext, person: Person, tags: list[tuple[str, str, bool]]
) -> tuple[int, list[str]]:
    score = 0
    reasons: list[str] = []
    for kind, points in ((TagKind.SKILL, w.SKILL_POINTS), (TagKind.INTEREST, w.INTEREST_POINTS)):
        # The tags the description names first, then those of the need's kind only.
        fitting = sorted(
            ((not named, fold(name), name, named) for k, name, named in tags if k == kind.value)
        )
        for _, _, name, named in fitting[: w.MAX_TAGS_COUNTED]:
            score += points + (w.NAMED_BONUS if named else 0)
            reasons.append(f"{kind.value}: {name}")
    if context.lives_in_street(person.straat, person.woonplaats, person.street_id):
        score += w.SAME_STREET_POINTS
        reasons.append("woont in dezelfde straat")
    elif person.buurt_id is not None and person.buurt_id in context.buurt_ids:
        score += w.SAME_BUURT_POINTS
        reasons.append("woont in dezelfde buurt")
    if person.is_volunteer:
        for_volunteers = context.kind is NeedKind.VOLUNTEERS
        score += w.VOLUNTEER_FOR_VOLUNTEERS_POINTS if for_volunteers else w.VOLUNTEER_POINTS
        reasons.append("is vrijwilliger")
    return score, reasons


def _organisations(session: Session, context: NeedContext) -> list[_Ranked]:
    ranked: list[_Ranked] = []
    for organisation in candidate_organisations(session, context):
        score = w.ORGANISATION_KIND_POINTS
        reasons = [f"organisatie: {kind_label(organisation.kind).lower()}"]
        if organisation.buurt_id is not None and organisation.buurt_id in context.buurt_ids:
            score += w.ORGANISATION_BUURT_POINTS
            reasons.append("zit in dezelfde buurt")
        ranked.append(
            _Ranked(
                Suggestion(ORGANISATION, organisation.id, organisation.name, score, tuple(reasons)),
                organisation.sort_key,
            )
        )
    return ranked


@coordinator_only
def introduce(
    db: Database,
    need_id: int,
    *,
    person_id: int | None = None,
    organisation_id: int | None = None,
    summary: str = "",
    today: date | None = None,
    user_id: int | None = None,
) -> Changes:
    """Record the introduction (a "gesprek" today) with the initiators and the one person or
    organisation suggested, about the initiative; one transaction."""
    if (person_id is None) == (organisation_id is None):
        raise ValidationErrors(
            [
                ValidationError(
                    "suggestion", "Kies één persoon of één organisatie om voor te stellen."
                )
            ]
        )
    day = today or date.today()
    with db.write() as session:
        context = need_context(session, need_id)
        name = _candidate_name(session, context, person_id, organisation_id)
        text = summary.strip() or _default_summary(
            session, context, person_id, organisation_id, name
        )
        data = ContactMomentInput(
            occurred_on=day,
            channel=ContactChannel.CONVERSATION.value,
            summary=text[:MAX_SUMMARY_LENGTH],
            person_ids=context.initiator_ids + ((person_id,) if person_id is not None else ()),
            organisation_ids=(organisation_id,) if organisation_id is not None else (),
            initiative_id=context.initiative_id,
        )
        moment_id = add_contact_moment(
            session, validate_contact_moment(data, today=day), user_id=user_id
        )
    return Changes.of(Entity.CONTACT_MOMENT, moment_id)


def _candidate_name(
    session: Session, context: NeedContext, person_id: int | None, organisation_id: int | None
) -> str:
    if person_id is not None:
        if person_id in context.linked_person_ids:
            raise ValidationErrors(
                [
                    ValidationError(
                        "suggestion",
                        "Deze persoon doet al mee aan het initiatief; kies iemand anders.",
                    )
                ]
            )
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("Deze persoon bestaat niet meer. Misschien is hij of zij verwijderd.")
        return PersonName(person.voornaam, person.tussenvoegsel, person.achternaam).full_name
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound("Deze organisatie bestaat niet meer. Misschien is ze verwijderd.")
    return organisation.name


def _default_summary(
    session: Session,
    context: NeedContext,
    person_id: int | None,
    organisation_id: int | None,
    name: str,
) -> str:
    """ "Kennismaking gelegd voor iemand die kan koken: Ali Bakker – vaardigheid: koken"."""
    kind, wanted = (PERSON, person_id) if person_id is not None else (ORGANISATION, organisation_id)
    reasons = next(
        (s.reasons for s in _rank(session, context) if s.kind == kind and s.id == wanted), ()
    )
    need = context.description or NEED_LABELS[context.kind]
    text = f"Kennismaking gelegd voor {need}: {name}"
    return f"{text} – {', '.join(reasons)}" if reasons else text
