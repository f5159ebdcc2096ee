"""Short Dutch texts for the demo: skills, interests, notes, contact moments, e-mail domains."""

from __future__ import annotations

from buurtdesk.demo.data.names import words

SKILLS = words(
    """koken, fietsen repareren, taalmaatje, tuinieren, computerles, muziek, administratie,
    klussen, naaien, schilderen, fotografie, boekhouding, tolken Arabisch, tolken Turks,
    huiswerkbegeleiding, vervoer met eigen auto, eerste hulp, timmeren, bakken, sociale media,
    vergaderingen voorzitten, fondsenwerving, apparaten repareren, kappen, dansles geven,
    voetbaltraining, voorlezen, formulieren invullen"""
)

INTERESTS = words(
    """wandelen, tuinieren, koken, lezen, muziek, sport, handwerken, spelletjes, natuur,
    duurzaamheid, geschiedenis van de buurt, kunst, fietsen, dansen, film, schaken,
    zingen, yoga, samen eten, kinderactiviteiten, ouderen bezoeken, buurtpreventie"""
)

EMAIL_DOMAINS = words(
    """ziggo.nl, kpnmail.nl, gmail.com, hotmail.com, outlook.com, live.nl, planet.nl,
    xs4all.nl, home.nl, icloud.com, hetnet.nl, yahoo.com"""
)

PERSON_NOTES = (
    "Spreekt vooral Turks; dochter tolkt bij gesprekken.",
    "Heeft geen e-mail, liefst bellen na 10 uur.",
    "Wil graag meedoen met de moestuin.",
    "Slechtziend: flyers graag in grote letters.",
    "Wil graag iets doen met kinderen, heeft VOG.",
    "Kwam via de voedselbank in contact.",
    "Mantelzorger voor een ouder; weinig tijd doordeweeks.",
    "Nieuw in de buurt sinds de zomer; kent nog weinig mensen.",
    "Zit in de huurderscommissie van de flat.",
    "Doet elke week de koffie bij de inloop.",
    "Heeft een bakfiets die uitgeleend mag worden.",
    "Ervaren in subsidieaanvragen; wil meedenken.",
    "Loopt slecht; ophalen met de buurtbus regelen.",
    "Spreekt Arabisch en Frans, wil tolken bij het spreekuur.",
    "Is sinds het overlijden van de partner veel alleen.",
    "Heeft een klusbus en gereedschap, helpt graag bij klussen.",
)

RELATIONSHIP_KINDS: tuple[tuple[str, str, bool], ...] = (
    ("buren", "", True),
    ("familie", "", True),
    ("partners", "", True),
    ("vrienden", "", True),
    ("collega's", "", True),
    ("mentor van", "mentee van", False),
    ("taalmaatje van", "leert Nederlands met", False),
)

CONTACT_TOPICS = (
    "de koffieochtend",
    "het taalcafé",
    "eenzaamheid in de straat",
    "overlast van hangjongeren",
    "de verlichting in de portiek",
    "een idee voor een buurtfeest",
    "vrijwilligerswerk bij het Repair Café",
    "de subsidieaanvraag voor het wijkbudget",
    "zwerfafval bij de speeltuin",
    "de groenstrook achter de flat",
    "een geveltuintje",
    "de buurtmaaltijd",
    "huiswerkbegeleiding voor de kinderen",
    "schuldhulp en formulieren",
    "de energierekening en isoleren",
    "een ruilkast bij de school",
    "parkeren bij de school",
    "de renovatie van de flat",
    "vervoer naar het ziekenhuis",
    "een burenruzie over de schutting",
)

CONTACT_SUMMARIES = (
    "Gesproken over {topic}. {first} wil graag meedenken en kent nog een paar buren die mee "
    "willen doen.",
    "{first} belde over {topic}. Uitgelegd wat de mogelijkheden zijn; volgt nog een gesprek.",
    "Huisbezoek: het gaat redelijk, maar {first} zit veel alleen. Gesproken over {topic}.",
    "Korte afstemming over {topic}. Afgesproken dat we samen optrekken.",
    "Op de markt aangesproken over {topic}. Enthousiast, wil op de hoogte gehouden worden.",
    "Mail ontvangen over {topic}. Beantwoord en doorverwezen waar nodig.",
    "Na afloop van de bijeenkomst nagepraat over {topic}.",
    "Zorgen gehoord over {topic}. Signaal doorgegeven aan de betrokken partij.",
)

ORGANISATION_SUMMARIES = (
    "Overleg met {org} over {topic}. Afspraken gemaakt over wie wat oppakt.",
    "{org} meldt dat er ruimte is om mee te helpen met {topic}.",
    "Casusoverleg met {org}; gesproken over {topic}.",
    "Afstemming met {org} over {topic} en de planning voor de komende maanden.",
)

FOLLOW_UPS = (
    "Terugbellen over de uitkomst.",
    "Flyer van de koffieochtend langsbrengen.",
    "Koppelen aan een taalmaatje.",
    "Huismeester vragen naar de verlichting.",
    "Doorverwijzen naar het sociaal wijkteam.",
    "Uitnodigen voor de netwerkbijeenkomst.",
    "Subsidieformulier samen invullen.",
    "Navragen bij de gemeente of er budget is.",
    "Contact leggen met de bewonersvereniging.",
    "Afspraak maken voor een huisbezoek.",
    "Offerte opvragen voor materialen.",
    "Vrijwilligers vragen voor de opbouw.",
)

MEETING_NOTES = (
    "Kennismakingsronde; iedereen noemde één kans en één zorg voor de buurt.",
    "Thema: eenzaamheid onder ouderen. Afspraak om samen een huisbezoekenronde te doen.",
    "Terugblik op het buurtfeest en plannen voor het voorjaar.",
    "De woningcorporatie vertelde over de renovatie; veel vragen over de planning.",
    "Wijkagent gaf uitleg over buurtpreventie; drie nieuwe aanmeldingen voor de app-groep.",
    "Verdeling van het wijkbudget besproken.",
)

CANCEL_NOTES = (
    "Afgelast: zieke vrijwilliger.",
    "Afgelast: zaal niet beschikbaar.",
    "Afgelast wegens code oranje.",
    "Afgelast: te weinig aanmeldingen.",
)
