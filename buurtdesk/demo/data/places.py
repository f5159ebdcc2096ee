"""The demo town: wijken, buurten with themed street names, and the places activities use.

Dutch neighbourhoods are named by theme (trees in the Bomenbuurt, painters in the
Schildersbuurt), so each buurt draws its street names from one theme: a base and a
suffix ("Berken" + "straat"). Postcodes start at 6711, telephone numbers use area code
0318: the town sits, fictionally, near Ede.
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.demo.data.names import words

TOWN = "Lindenhoven"
MUNICIPALITY_CODE = "0299"  # CBS-style: wijk WK029901, buurt BU02990101
AREA_CODE = "318"  # landlines: +31 318 ...
FIRST_POSTCODE_NUMBER = 6711
# PostNL leaves out letters that are easily misread, and never uses SA, SD or SS.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


@dataclass(frozen=True)
class StreetTheme:
    buurt: str
    bases: tuple[str, ...]
    suffixes: tuple[str, ...]  # most usual first


_NAMED = words("straat, laan, plein, hof, kade, singel, pad")
_NATURE = words("straat, laan, hof, weg, pad, dreef, plein, erf, singel, gaarde")

WIJKEN: tuple[tuple[str, tuple[StreetTheme, ...]], ...] = (
    (
        "Centrum",
        (
            StreetTheme(
                "Oude Dorp",
                words(
                    """Kerk, Molen, Dorps, School, Smids, Bakker, Wever, Kuiper, Toren,
                    Gasthuis, Klooster, Pastorie, Raadhuis, Markt, Veld, Brouwers, Hoefsmid"""
                ),
                words("straat, weg, pad, steeg, plein, hof, laan"),
            ),
            StreetTheme(
                "Havenkwartier",
                words(
                    """Haven, Turf, Zout, Vis, Graan, Schippers, Veer, Sluis, Dijk, Kanaal,
                    Werf, Scheepmakers, Anker, Touwslagers, Kaas, Loods"""
                ),
                words("kade, straat, weg, gracht, markt, steeg, pad"),
            ),
            StreetTheme(
                "Stationskwartier",
                words(
                    """Stations, Spoor, Rails, Wissel, Perron, Seinhuis, Tram, Post, Telegraaf,
                    Emplacement, Locomotief, Conducteurs, Machinisten"""
                ),
                words("straat, weg, laan, plein, hof, pad, kade"),
            ),
        ),
    ),
    (
        "Lindenhoven-Noord",
        (
            StreetTheme(
                "Bomenbuurt",
                words(
                    """Linde, Berken, Eiken, Beuken, Esdoorn, Kastanje, Wilgen, Iepen,
                    Populieren, Elzen, Essen, Platanen, Acacia, Hazelaar, Meidoorn, Vlier,
                    Lijsterbes, Walnoot"""
                ),
                _NATURE,
            ),
            StreetTheme(
                "Bloemenbuurt",
                words(
                    """Rozen, Tulpen, Narcissen, Seringen, Jasmijn, Lavendel, Klaver,
                    Zonnebloem, Hyacinten, Anemonen, Krokus, Margrieten, Violieren, Goudsbloem,
                    Dahlia, Iris"""
                ),
                _NATURE,
            ),
            StreetTheme(
                "Vogelbuurt",
                words(
                    """Merel, Lijster, Spreeuwen, Zwaluw, Kievit, Reiger, Ooievaar, Koekoek,
                    Specht, Vinken, Mezen, Roodborst, Buizerd, Fazant, Pauw, Uilen, Kwartel,
                    Leeuwerik"""
                ),
                _NATURE,
            ),
        ),
    ),
    (
        "Lindenhoven-Oost",
        (
            StreetTheme(
                "Schildersbuurt",
                words(
                    """Van Gogh, Rembrandt, Vermeer, Frans Hals, Jan Steen, Mondriaan,
                    Jozef Israëls, Breitner, Mesdag, Ter Borch, Ruisdael, Pieter de Hooch,
                    Hobbema, Jan Toorop, Karel Appel, Charley Toorop"""
                ),
                _NAMED,
            ),
            StreetTheme(
                "Schrijversbuurt",
                words(
                    """Vondel, Multatuli, Bilderdijk, Hildebrand, Anne Frank, Annie M.G. Schmidt,
                    Gorter, Couperus, Hooft, Bredero, Jacob Cats, Potgieter, Busken Huet,
                    Nescio, Hella Haasse, Vestdijk"""
                ),
                _NAMED,
            ),
            StreetTheme(
                "Componistenbuurt",
                words(
                    """Sweelinck, Mahler, Bach, Mozart, Beethoven, Chopin, Ravel, Grieg,
                    Diepenbrock, Händel, Schubert, Haydn, Verdi, Vivaldi, Mendelssohn,
                    Andriessen"""
                ),
                _NAMED,
            ),
        ),
    ),
    (
        "De Hoven",
        (
            StreetTheme(
                "Oranjebuurt",
                words(
                    """Prins Hendrik, Wilhelmina, Juliana, Prinses Irene, Beatrix,
                    Prins Bernhard, Nassau, Oranje, Willem de Zwijger, Emma, Prinses Margriet,
                    Frederik Hendrik, Maurits, Prins Willem-Alexander, Koningin Sophie,
                    Prinses Christina"""
                ),
                _NAMED,
            ),
            StreetTheme(
                "Zeeheldenbuurt",
                words(
                    """Piet Hein, De Ruyter, Van Speijk, Tromp, Tasman, Van Galen, Evertsen,
                    Kortenaer, Karel Doorman, Witte de With, Van Heemskerck, Van Kinsbergen,
                    Banckert, Van Ghent, Van Brakel, Van Wassenaer"""
                ),
                _NAMED,
            ),
            StreetTheme(
                "Sterrenbuurt",
                words(
                    """Orion, Poolster, Sirius, Venus, Jupiter, Saturnus, Mars, Planeten,
                    Komeet, Pegasus, Andromeda, Mercurius, Neptunus, Sterren, Vega, Castor"""
                ),
                _NATURE,
            ),
        ),
    ),
)


@dataclass(frozen=True)
class PlaceSpec:
    """A location with its rooms: (name, capacity or None outdoors, accessibility)."""

    name: str
    buurt: str
    rooms: tuple[tuple[str, int | None, str], ...]
    notes: str = ""


_STEP_FREE = "Rolstoeltoegankelijk, invalidentoilet aanwezig."
_LOOP = "Rolstoeltoegankelijk; ringleiding voor slechthorenden."
_UPSTAIRS = "Eerste verdieping, geen lift."
_THRESHOLD = "Drempel bij de ingang; een vrijwilliger helpt graag."

PLACES: tuple[PlaceSpec, ...] = (
    PlaceSpec(
        "Buurthuis De Linde",
        "Bomenbuurt",
        (
            ("Grote zaal", 80, _LOOP),
            ("Keuken", 12, _STEP_FREE),
            ("Vergaderkamer", 14, _STEP_FREE),
            ("Creatieve ruimte", 20, _UPSTAIRS),
            ("Huiskamer", 25, _STEP_FREE),
        ),
        "Sleutel bij de beheerder. Alarmcode staat in de kluis, niet in buurtdesk.",
    ),
    PlaceSpec(
        "Wijkcentrum Het Anker",
        "Havenkwartier",
        (
            ("Zaal 1", 40, _STEP_FREE),
            ("Zaal 2", 20, _STEP_FREE),
            ("Spreekkamer", 4, _STEP_FREE),
            ("Computerlokaal", 10, _UPSTAIRS),
        ),
    ),
    PlaceSpec(
        "Bibliotheek Lindenhoven",
        "Oude Dorp",
        (("Leeszaal", 30, _STEP_FREE), ("Studieruimte", 12, _STEP_FREE)),
    ),
    PlaceSpec(
        "Ontmoetingskerk",
        "Schrijversbuurt",
        (("Kerkzaal", 120, _THRESHOLD), ("Consistoriekamer", 15, _THRESHOLD)),
    ),
    PlaceSpec("Moskee Al Fath", "Vogelbuurt", (("Ontmoetingsruimte", 40, _STEP_FREE),)),
    PlaceSpec(
        "Sporthal De Berk",
        "Sterrenbuurt",
        (("Sportzaal", 100, _STEP_FREE), ("Kantine", 40, _STEP_FREE)),
    ),
    PlaceSpec(
        "Speeltuin De Bongerd",
        "Oranjebuurt",
        (("Speelterrein", None, "Buiten; verhard pad tot het clubhuis."), ("Clubhuis", 25, "")),
    ),
    PlaceSpec(
        "Buurttuin De Groene Vinger",
        "Bloemenbuurt",
        (("Moestuin", None, "Buiten; brede paden, verhoogde bakken."),),
    ),
    PlaceSpec(
        "OBS De Regenboog",
        "Schildersbuurt",
        (("Gymzaal", 60, _STEP_FREE), ("Aula", 80, _STEP_FREE)),
    ),
)
