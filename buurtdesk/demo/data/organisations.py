"""Organisations of the demo town, and the functions people hold there.

``{town}`` in a name is filled in by the generator. One bewonersvereniging per buurt is
added there too, and for a large town, shops and practices named after local families.
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.demo.data.names import words
from buurtdesk.domain.network import OrganisationKind as Kind

FUNCTIONS: dict[Kind, tuple[str, ...]] = {
    Kind.WONINGCORPORATIE: words(
        "huismeester, wijkconsulent, buurtbeheerder, leefbaarheidsadviseur"
    ),
    Kind.GEMEENTE: words("wijkmanager, wijkregisseur, beleidsmedewerker, boa, consulent WMO"),
    Kind.WELZIJN: words(
        "opbouwwerker, sociaal werker, jongerenwerker, ouderenwerker, coördinator vrijwilligers"
    ),
    Kind.ZORG: words("wijkverpleegkundige, huisarts, praktijkondersteuner, fysiotherapeut"),
    Kind.SCHOOL: words("directeur, intern begeleider, leerkracht, ouderconsulent"),
    Kind.RELIGIOUS: words("imam, voorganger, pastoraal werker, voorzitter"),
    Kind.SPORT: words("voorzitter, trainer, buurtsportcoach"),
    Kind.BUSINESS: words("eigenaar, bedrijfsleider"),
    Kind.BEWONERSVERENIGING: words("voorzitter, secretaris, penningmeester"),
    Kind.OTHER: words("medewerker, coördinator"),
}
VOLUNTEER_FUNCTIONS = words("vrijwilliger, vrijwilliger, vrijwilliger, bestuurslid, lid")


@dataclass(frozen=True)
class OrganisationSpec:
    name: str
    kind: Kind
    buurt: str = ""  # "" for the whole town
    functions: tuple[str, ...] = ()  # overrides FUNCTIONS[kind]
    domain: str = ""  # website and e-mail; derived from the name when empty


ORGANISATIONS: tuple[OrganisationSpec, ...] = (
    OrganisationSpec("Woonstichting De Linde", Kind.WONINGCORPORATIE, domain="delinde.nl"),
    OrganisationSpec("Woongoed {town}", Kind.WONINGCORPORATIE),
    OrganisationSpec("Gemeente {town}", Kind.GEMEENTE, domain="lindenhoven.nl"),
    OrganisationSpec("Sociaal Wijkteam Noord", Kind.GEMEENTE, functions=words("wijkcoach")),
    OrganisationSpec("Sociaal Wijkteam Oost", Kind.GEMEENTE, functions=words("wijkcoach")),
    OrganisationSpec("Stichting Welzijn Oost", Kind.WELZIJN, domain="welzijnoost.nl"),
    OrganisationSpec("Welzijn {town}", Kind.WELZIJN),
    OrganisationSpec("Voedselbank {town}", Kind.WELZIJN, functions=words("coördinator")),
    OrganisationSpec("VluchtelingenWerk {town}", Kind.WELZIJN, functions=words("consulent")),
    OrganisationSpec("Humanitas {town}", Kind.WELZIJN, functions=words("coördinator")),
    OrganisationSpec("Taalhuis {town}", Kind.WELZIJN, functions=words("taalcoördinator")),
    OrganisationSpec("Huisartsenpraktijk De Linde", Kind.ZORG, "Bomenbuurt"),
    OrganisationSpec("Thuiszorg {town}", Kind.ZORG, functions=words("wijkverpleegkundige")),
    OrganisationSpec("Zorgcentrum De Eikenhof", Kind.ZORG, "Bomenbuurt"),
    OrganisationSpec("GGD Regio {town}", Kind.ZORG, functions=words("jeugdverpleegkundige")),
    OrganisationSpec("Fysiotherapie Oost", Kind.ZORG, "Schildersbuurt"),
    OrganisationSpec("Apotheek De Brink", Kind.ZORG, "Oude Dorp", functions=words("apotheker")),
    OrganisationSpec("OBS De Regenboog", Kind.SCHOOL, "Schildersbuurt"),
    OrganisationSpec("CBS De Wegwijzer", Kind.SCHOOL, "Oranjebuurt"),
    OrganisationSpec("Basisschool Al Amal", Kind.SCHOOL, "Vogelbuurt"),
    OrganisationSpec("{town} College", Kind.SCHOOL, "Stationskwartier"),
    OrganisationSpec("Kinderopvang Ukkepuk", Kind.SCHOOL, "Bloemenbuurt"),
    OrganisationSpec("Moskee Al Fath", Kind.RELIGIOUS, "Vogelbuurt"),
    OrganisationSpec("Protestantse Gemeente {town}", Kind.RELIGIOUS, "Schrijversbuurt"),
    OrganisationSpec("Parochie H. Maria", Kind.RELIGIOUS, "Oude Dorp"),
    OrganisationSpec("Evangeliegemeente De Bron", Kind.RELIGIOUS, "Sterrenbuurt"),
    OrganisationSpec("Mandir Shri Ram", Kind.RELIGIOUS, "Havenkwartier"),
    OrganisationSpec("SV {town}", Kind.SPORT, "Sterrenbuurt"),
    OrganisationSpec("Tennisclub De Berk", Kind.SPORT, "Sterrenbuurt"),
    OrganisationSpec("Zwemvereniging De Dolfijn", Kind.SPORT),
    OrganisationSpec("Judoschool Kaya", Kind.SPORT, "Zeeheldenbuurt"),
    OrganisationSpec("Jeu de boulesclub Le But", Kind.SPORT, "Oranjebuurt"),
    OrganisationSpec("Bakkerij Van Dam", Kind.BUSINESS, "Oude Dorp"),
    OrganisationSpec("Supermarkt Dekker", Kind.BUSINESS, "Stationskwartier"),
    OrganisationSpec("Fietsenmaker De Spaak", Kind.BUSINESS, "Havenkwartier"),
    OrganisationSpec("Kapsalon Gülşen", Kind.BUSINESS, "Vogelbuurt"),
    OrganisationSpec("Turkse bakker Öztürk", Kind.BUSINESS, "Vogelbuurt"),
    OrganisationSpec("Toko Pattinama", Kind.BUSINESS, "Havenkwartier"),
    OrganisationSpec("Bloemenwinkel De Tulp", Kind.BUSINESS, "Bloemenbuurt"),
    OrganisationSpec("Café De Linde", Kind.BUSINESS, "Oude Dorp"),
    OrganisationSpec("Drogisterij Mulder", Kind.BUSINESS, "Oude Dorp"),
    OrganisationSpec("Installatiebedrijf Smit & Zn.", Kind.BUSINESS, "Havenkwartier"),
    OrganisationSpec("Huurdersvereniging De Linde", Kind.BEWONERSVERENIGING),
    OrganisationSpec("Speeltuinvereniging De Bongerd", Kind.BEWONERSVERENIGING, "Oranjebuurt"),
    OrganisationSpec(
        "Politie Basisteam {town}", Kind.OTHER, functions=words("wijkagent, wijkagent, jeugdagent")
    ),
    OrganisationSpec("Bibliotheek {town}", Kind.OTHER, "Oude Dorp"),
    OrganisationSpec("Repair Café {town}", Kind.OTHER, functions=words("coördinator")),
    OrganisationSpec("Energiecoöperatie {town} Zon", Kind.OTHER),
    OrganisationSpec("Kringloopwinkel De Tweede Ronde", Kind.OTHER, "Stationskwartier"),
    OrganisationSpec("Muziekschool {town}", Kind.OTHER, functions=words("docent")),
    OrganisationSpec("IVN Natuurvereniging {town}", Kind.OTHER),
)
# One bewonersvereniging per buurt is added by the generator; for a large town, shops and
# practices named after local families ("Slagerij Bakker", "Kapsalon Yılmaz").
EXTRA_TRADES: tuple[tuple[str, Kind], ...] = (
    tuple(
        (trade, Kind.BUSINESS)
        for trade in words(
            """Bakkerij, Slagerij, Kapsalon, Fietsenmaker, Schildersbedrijf, Loodgietersbedrijf,
        Rijschool, Cafetaria, Bloemist, Groentehandel, Autobedrijf, Boekhandel, Schoenmakerij,
        Kledingreparatie, Bouwbedrijf, Snackbar, Reisbureau, Administratiekantoor"""
        )
    )
    + tuple(
        (trade, Kind.ZORG)
        for trade in words("Tandartspraktijk, Fysiotherapie, Verloskundigenpraktijk, Podotherapie")
    )
    + (("Dansschool", Kind.SPORT), ("Sportschool", Kind.SPORT), ("Kinderopvang", Kind.SCHOOL))
)
