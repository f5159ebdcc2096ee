"""Residents' initiatives of the demo town, from a first idea to a fixture of the buurt.

``{town}``, ``{buurt}``, ``{wijk}`` and ``{street}`` in titles are filled in by the
generator, so the initiatives name real places of the demo map.
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.domain.initiatives import NeedKind


@dataclass(frozen=True)
class InitiativeSpec:
    title: str
    themes: tuple[str, ...]
    description: str
    needs: tuple[tuple[NeedKind, str], ...]
    partners: tuple[str, ...] = ()
    stage: str = ""  # "" : the generator chooses
    activity: str = ""  # title of the recurring activity it became


_V, _P, _G, _B, _PR, _O = (
    NeedKind.VOLUNTEERS,
    NeedKind.PLACE,
    NeedKind.MONEY,
    NeedKind.PERMITS,
    NeedKind.PUBLICITY,
    NeedKind.OTHER,
)

INITIATIVES: tuple[InitiativeSpec, ...] = (
    InitiativeSpec(
        "Geveltuintjes in de {street}",
        ("groen",),
        "Tegels eruit, planten erin: groene gevels langs de hele straat.",
        (
            (_V, "Helpers om tegels te wippen"),
            (_G, "Planten en aarde"),
            (_B, "Toestemming gemeente voor de stoep"),
        ),
        ("Gemeente {town}",),
    ),
    InitiativeSpec(
        "Buurtmoestuin achter de flat",
        ("groen", "duurzaamheid", "ontmoeting"),
        "Een moestuin op het braakliggende veldje achter de flat.",
        ((_P, "Stuk grond van de corporatie"), (_G, "Bakken, gereedschap, zaden")),
        ("Woonstichting De Linde", "IVN Natuurvereniging {town}"),
    ),
    InitiativeSpec(
        "Ruilkast bij OBS De Regenboog",
        ("duurzaamheid", "jeugd"),
        "Een kast waar ouders speelgoed en boeken ruilen.",
        ((_P, "Plek op het schoolplein"), (_O, "Oude kast ophalen")),
        ("OBS De Regenboog",),
    ),
    InitiativeSpec(
        "Jeu-de-boulesbaan in het park",
        ("ontmoeting", "welzijn"),
        "Een baan waar jong en oud samen spelen.",
        ((_P, "Plek in het park"), (_G, "Aanleg baan"), (_B, "Omgevingsvergunning")),
        ("Gemeente {town}", "Jeu de boulesclub Le But"),
    ),
    InitiativeSpec(
        "Buurtkoor {buurt}",
        ("cultuur", "ontmoeting"),
        "Zingen met buren, zonder auditie.",
        ((_P, "Repetitieruimte op dinsdagavond"), (_PR, "Flyers in de buurt")),
        ("Muziekschool {town}",),
    ),
    InitiativeSpec(
        "Speeltuin De Bongerd opknappen",
        ("jeugd", "veiligheid"),
        "Nieuwe toestellen en een veilige ondergrond.",
        ((_G, "Toestellen en valdempende tegels"), (_V, "Klusdagen")),
        ("Speeltuinvereniging De Bongerd", "Gemeente {town}"),
    ),
    InitiativeSpec(
        "Zwerfafvalploeg {buurt}",
        ("duurzaamheid", "veiligheid"),
        "Elke maand een ronde met grijpers en zakken.",
        ((_V, "Vaste ploeg van tien"), (_O, "Grijpers en hesjes")),
        ("Gemeente {town}",),
    ),
    InitiativeSpec(
        "Eettafel voor ouderen",
        ("welzijn", "zorg", "ontmoeting"),
        "Twee keer per week warm eten met elkaar.",
        ((_V, "Koks en chauffeurs"), (_P, "Keuken"), (_G, "Boodschappen")),
        ("Zorgcentrum De Eikenhof", "Stichting Welzijn Oost"),
    ),
    InitiativeSpec(
        "Huiswerkklas in de moskee",
        ("jeugd",),
        "Rustige plek om huiswerk te maken, met hulp.",
        ((_V, "Studenten als begeleider"),),
        ("Moskee Al Fath",),
    ),
    InitiativeSpec(
        "Minibieb in de {street}",
        ("cultuur",),
        "Een kastje aan de gevel: boek halen, boek brengen.",
        ((_O, "Kastje timmeren"),),
        ("Bibliotheek {town}",),
    ),
    InitiativeSpec(
        "Energiecoaches aan de deur",
        ("duurzaamheid", "economie"),
        "Buren helpen buren hun energierekening omlaag te krijgen.",
        ((_V, "Energiecoaches opleiden"), (_PR, "Bekendheid in de flats")),
        ("Energiecoöperatie {town} Zon", "Woonstichting De Linde"),
    ),
    InitiativeSpec(
        "Wijkfeest {wijk}",
        ("ontmoeting", "cultuur"),
        "Eén dag feest voor de hele wijk.",
        (
            (_B, "Evenementenvergunning"),
            (_G, "Podium en geluid"),
            (_V, "Opbouw en afbouw"),
            (_PR, "Affiches"),
        ),
        ("Gemeente {town}",),
    ),
    InitiativeSpec(
        "Repair Café",
        ("duurzaamheid",),
        "Maandelijks repareren met vrijwillige reparateurs.",
        ((_V, "Reparateurs"), (_P, "Zaal op zaterdag")),
        ("Repair Café {town}",),
        stage="Geborgd",
        activity="Repair Café",
    ),
    InitiativeSpec(
        "Buurtpreventie-appgroep {buurt}",
        ("veiligheid",),
        "Buren houden elkaar op de hoogte van wat opvalt.",
        ((_PR, "Meer buren in de groep"),),
        ("Politie Basisteam {town}",),
    ),
    InitiativeSpec(
        "Wandelmaatjes",
        ("welzijn", "zorg", "groen"),
        "Iemand om samen mee te wandelen als je dat niet alleen durft.",
        ((_V, "Wandelmaatjes"),),
        ("Humanitas {town}",),
    ),
    InitiativeSpec(
        "Burenhulp: boodschappen voor elkaar",
        ("zorg", "welzijn"),
        "Buren die boodschappen doen voor wie slecht ter been is.",
        ((_V, "Vaste boodschappers"), (_PR, "Kaartje in de bus")),
        ("Thuiszorg {town}",),
    ),
    InitiativeSpec(
        "Muurschildering in de tunnel",
        ("cultuur", "veiligheid"),
        "Jongeren beschilderen de donkere fietstunnel.",
        ((_B, "Toestemming van de gemeente"), (_G, "Verf en steigers")),
        ("Gemeente {town}", "{town} College"),
    ),
    InitiativeSpec(
        "Kledingbank",
        ("economie", "welzijn"),
        "Goede tweedehands kleding voor wie het krap heeft.",
        ((_P, "Opslagruimte"), (_V, "Sorteerders")),
        ("Voedselbank {town}", "Kringloopwinkel De Tweede Ronde"),
    ),
    InitiativeSpec(
        "Taalcafé",
        ("welzijn", "cultuur"),
        "Wekelijks Nederlands oefenen met buurtgenoten.",
        ((_V, "Taalmaatjes"),),
        ("Taalhuis {town}", "Bibliotheek {town}"),
        stage="Geborgd",
        activity="Taalcafé",
    ),
    InitiativeSpec(
        "Bloembakken aan de {street}",
        ("groen",),
        "Bloembakken aan de lantaarnpalen, onderhouden door bewoners.",
        ((_G, "Bakken en planten"), (_B, "Toestemming ophangen")),
        ("Gemeente {town}", "Bloemenwinkel De Tulp"),
    ),
    InitiativeSpec(
        "Voetbaltoernooi voor jongeren",
        ("jeugd", "ontmoeting"),
        "Straatvoetbal met teams uit alle buurten.",
        ((_P, "Veld"), (_V, "Scheidsrechters")),
        ("SV {town}",),
    ),
    InitiativeSpec(
        "Gezamenlijke inkoop zonnepanelen",
        ("duurzaamheid", "economie"),
        "Samen inkopen is goedkoper en makkelijker.",
        ((_PR, "Informatieavond"), (_O, "Offertes vergelijken")),
        ("Energiecoöperatie {town} Zon",),
    ),
    InitiativeSpec(
        "Verkeersdrempel bij de school",
        ("veiligheid", "jeugd"),
        "Auto's rijden te hard langs de school.",
        ((_B, "Besluit gemeente"),),
        ("Gemeente {town}", "CBS De Wegwijzer"),
        stage="Gestopt",
    ),
    InitiativeSpec(
        "Buurtbus voor ouderen",
        ("zorg", "welzijn"),
        "Vervoer naar de markt en het ziekenhuis.",
        ((_V, "Chauffeurs"), (_G, "Busje")),
        ("Welzijn {town}",),
        stage="Gestopt",
    ),
    InitiativeSpec(
        "Kookclub",
        ("ontmoeting",),
        "Om de week samen koken en eten.",
        ((_P, "Keuken"),),
        ("Stichting Welzijn Oost",),
        stage="Geborgd",
        activity="Kookclub",
    ),
)
