"""The words and weights behind Koppelen: which skills, interests and kinds of organisation
fit a need, and how much each reason counts.

Weight table (points; a suggestion's score is the sum of its reasons):

=====================================================  ======
reason                                                 points
=====================================================  ======
vaardigheid that fits the need ("vaardigheid: koken")      40
interesse that fits the need ("interesse: tuinieren")      25
... and the need's own description names it               +20
("koken" in "iemand die kan koken", not only the
general words of its kind, like "klussen" for volunteers)
woont in dezelfde straat (as an initiator)                 30
woont in dezelfde buurt (as an initiator or the            15
initiative; not given with "dezelfde straat")
is vrijwilliger, for a need of volunteers                  25
is vrijwilliger, for any other need                        10
organisatie whose kind fits ("organisatie: school")        35
organisatie in dezelfde buurt as the initiative            15
=====================================================  ======

Every fitting tag counts, up to ``MAX_TAGS_COUNTED`` skills and as many interests, so one
person with twenty tags does not drown the neighbour with the one right skill. A person
is suggested only with at least one reason, and being a volunteer is a reason on its own
only for a need of volunteers (else every volunteer would be on every list); an
organisation only when its kind fits.
Equal scores are ordered by name, so the list is the same every time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from buurtdesk.domain.initiatives import NeedKind
from buurtdesk.domain.network import OrganisationKind
from buurtdesk.domain.validation.text import fold

SKILL_POINTS: Final = 40
NAMED_BONUS: Final = 20  # the description itself asks for this skill or interest
INTEREST_POINTS: Final = 25
SAME_STREET_POINTS: Final = 30
SAME_BUURT_POINTS: Final = 15
VOLUNTEER_FOR_VOLUNTEERS_POINTS: Final = 25
VOLUNTEER_POINTS: Final = 10
ORGANISATION_KIND_POINTS: Final = 35
ORGANISATION_BUURT_POINTS: Final = 15
MAX_TAGS_COUNTED: Final = 2

# Shorter words never match a part of a longer one ("tuin" does match "moestuin").
MIN_PART_LENGTH: Final = 4

# What a need of each kind asks for, as the words of skills and interests (folded).
NEED_KEYWORDS: Final[dict[NeedKind, tuple[str, ...]]] = {
    NeedKind.VOLUNTEERS: ("vrijwilliger", "vrijwilligerswerk", "organiseren", "klussen"),
    NeedKind.PLACE: ("ruimte", "lokaal", "zaal", "locatie", "gebouw", "buurthuis", "accommodatie"),
    NeedKind.MONEY: (
        "penningmeester",
        "fondsen",
        "fondsenwerving",
        "subsidie",
        "financien",
        "boekhouding",
        "administratie",
        "sponsoring",
        "begroting",
    ),
    NeedKind.PERMITS: ("gemeente", "vergunning", "regelgeving", "juridisch", "aanvragen"),
    NeedKind.PUBLICITY: (
        "flyers",
        "flyeren",
        "social media",
        "schrijven",
        "fotografie",
        "fotograferen",
        "communicatie",
        "website",
        "vormgeving",
        "ontwerpen",
        "journalistiek",
    ),
    NeedKind.OTHER: (),
}

# Which kinds of organisation can usually help with a need of each kind.
ORGANISATION_KINDS: Final[dict[NeedKind, tuple[OrganisationKind, ...]]] = {
    NeedKind.VOLUNTEERS: (
        OrganisationKind.WELZIJN,
        OrganisationKind.BEWONERSVERENIGING,
        OrganisationKind.SPORT,
    ),
    NeedKind.PLACE: (
        OrganisationKind.WELZIJN,
        OrganisationKind.SCHOOL,
        OrganisationKind.RELIGIOUS,
        OrganisationKind.BEWONERSVERENIGING,
        OrganisationKind.SPORT,
    ),
    NeedKind.MONEY: (
        OrganisationKind.GEMEENTE,
        OrganisationKind.WONINGCORPORATIE,
        OrganisationKind.BUSINESS,
    ),
    NeedKind.PERMITS: (OrganisationKind.GEMEENTE,),
    NeedKind.PUBLICITY: (
        OrganisationKind.SCHOOL,
        OrganisationKind.BUSINESS,
        OrganisationKind.BEWONERSVERENIGING,
        OrganisationKind.WELZIJN,
    ),
    NeedKind.OTHER: (),
}

# Words in a need's description that name a kind of organisation ("ruimte in de moskee").
ORGANISATION_WORDS: Final[dict[OrganisationKind, tuple[str, ...]]] = {
    OrganisationKind.WONINGCORPORATIE: ("woningcorporatie", "corporatie", "verhuurder"),
    OrganisationKind.GEMEENTE: ("gemeente", "wijkbudget", "vergunning"),
    OrganisationKind.WELZIJN: ("welzijn", "welzijnswerk", "opbouwwerk", "buurtwerk"),
    OrganisationKind.ZORG: ("zorg", "huisarts", "wijkverpleging", "mantelzorg"),
    OrganisationKind.SCHOOL: ("school", "basisschool", "schoolplein", "leerlingen"),
    OrganisationKind.RELIGIOUS: ("kerk", "moskee", "tempel"),
    OrganisationKind.SPORT: ("sport", "sportclub", "voetbal", "sportveld"),
    OrganisationKind.BUSINESS: ("winkel", "ondernemer", "bedrijf", "sponsor", "supermarkt"),
    OrganisationKind.BEWONERSVERENIGING: ("bewonersvereniging", "bewonerscommissie"),
    OrganisationKind.OTHER: (),
}

# Common words of a description that say nothing about what is needed.
STOPWORDS: Final = frozenset(
    {
        "aan",
        "als",
        "bij",
        "dan",
        "het",
        "hij",
        "van",
        "uit",
        "tot",
        "ons",
        "zij",
        "men",
        "mag",
        "buurt",
        "daar",
        "dat",
        "deze",
        "die",
        "door",
        "een",
        "goed",
        "graag",
        "hebben",
        "heeft",
        "helpen",
        "hulp",
        "iemand",
        "kan",
        "kunnen",
        "maar",
        "mee",
        "meer",
        "mensen",
        "met",
        "moet",
        "moeten",
        "naar",
        "nodig",
        "nog",
        "ook",
        "onze",
        "over",
        "samen",
        "straat",
        "veel",
        "voor",
        "wat",
        "wie",
        "wijk",
        "wil",
        "willen",
        "worden",
        "wordt",
        "zijn",
        "zoeken",
        "zoekt",
    }
)


def words(text: str) -> tuple[str, ...]:
    """The folded words of a text that can carry meaning (no stop words, no short ones)."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    return tuple(w for w in cleaned.split() if len(w) >= 3 and w not in STOPWORDS)


def need_words(kind: NeedKind, description: str) -> frozenset[str]:
    """What a need asks for: its kind's keywords and the words of its description."""
    found = set(words(description))
    for keyword in NEED_KEYWORDS[kind]:
        found.update(keyword.split())
    return frozenset(found)


def word_fits(word: str, wanted: str) -> bool:
    """One word fits another when equal, or when the shorter (at least four letters) begins
    or ends the longer: "kook" no, "koken" = "koken", "tuin" in "moestuin", "foto" in
    "fotografie"."""
    if word == wanted:
        return True
    short, long = (word, wanted) if len(word) <= len(wanted) else (wanted, word)
    return len(short) >= MIN_PART_LENGTH and (long.startswith(short) or long.endswith(short))


def fits(text: str, wanted: Iterable[str]) -> bool:
    """Whether any word of ``text`` (a tag's name, folded) fits any of the ``wanted`` words."""
    wanted = tuple(wanted)
    return any(word_fits(word, w) for word in words(text) for w in wanted)


def organisation_kinds(kind: NeedKind, description: str) -> frozenset[OrganisationKind]:
    """The kinds of organisation that fit a need: by its kind, and by words of its
    description that name a kind."""
    kinds = set(ORGANISATION_KINDS[kind])
    described = words(description)
    for organisation_kind, names in ORGANISATION_WORDS.items():
        if any(word_fits(word, name) for word in described for name in names):
            kinds.add(organisation_kind)
    return frozenset(kinds)
