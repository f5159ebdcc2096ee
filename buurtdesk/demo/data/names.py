"""Names for the demo neighbourhood: Dutch families and the many others who live there.

Lists are comma-separated text so they read like a telephone book. A surname's particle
("van den Berg", "el Amrani", "dos Santos") becomes its tussenvoegsel exactly as
``PersonName.parse`` splits it, so every generated name is one the program would store
unchanged. Most common names come first; the generator weights them by rank, so Jansen
is common and Latumahina rare. Dutch first names are split by era, so a grandmother is
called Riet and her granddaughter Fenna.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from buurtdesk.domain.validation.names import PersonName

Surname = tuple[str, str]  # (tussenvoegsel, achternaam)
Era = tuple[int, tuple[str, ...]]  # (first birth year of the era, first names)


def words(text: str) -> tuple[str, ...]:
    """``"Jansen, de Vries"`` -> ``("Jansen", "de Vries")``."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def surnames(text: str) -> tuple[Surname, ...]:
    result = []
    for full in words(text):
        name = PersonName.parse("", "", full)
        result.append((name.tussenvoegsel, name.achternaam))
    return tuple(result)


@dataclass(frozen=True)
class NameGroup:
    key: str
    share: float  # share of households
    surnames: tuple[Surname, ...]
    female: tuple[Era, ...]
    male: tuple[Era, ...]
    feminine: dict[str, str] = field(default_factory=dict)  # Kowalski -> Kowalska


DUTCH = NameGroup(
    key="nl",
    share=0.66,
    surnames=surnames(
        """de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit,
        Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker,
        Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs,
        de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn,
        van der Heijden, Schouten, van Beek, Willems, van Wijk, Hoekstra, van Vliet, Kuipers,
        Maas, Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman, van der Berg,
        de Jonge, Kuiper, van Veen, Post, Vink, van Loon, de Ridder, van den Bosch, Kramer,
        de Lange, Timmermans, Postma, van Dongen, Bosman, Molenaar, Hermans, Boersma, van Rijn,
        Veenstra, Scholten, Evers, Wouters, Gerritsen, van der Velden, Verbeek, Martens,
        van Doorn, Koning, Lammers, Hofman, Sanders, van der Laan, Brinkman, Bouwman, Wolters,
        Kooij, Groen, van Beers, Steenbergen, Zwart, Mol, Aalders, Verschuren, Siebers,
        Hoogendoorn, 't Hart, in 't Veld, ter Horst, ten Have, van 't Hof, op de Beek,
        van der Kooij, de Jong-van Dam, Kuijpers-Smit, van Es, Oosterhuis, Nijland, Teunissen,
        Wijnands"""
    ),
    female=(
        (
            0,
            words(
                """Maria, Johanna, Anna, Wilhelmina, Cornelia, Geertje, Riet, Truus, Ria, Corrie,
                Annie, Gerda, Hennie, Joke, Tineke, Ans, Mien, Dinie"""
            ),
        ),
        (
            1956,
            words(
                """Wendy, Linda, Sandra, Monique, Marieke, Ingrid, Petra, Esther, Karin, Anouk,
                Ilse, Saskia, Mirjam, Marloes, Yvonne, Hanneke, Chantal, Annemiek, Noëlle,
                Renée"""
            ),
        ),
        (
            1986,
            words(
                """Emma, Julia, Fenna, Tess, Sophie, Zoë, Chloë, Lotte, Sanne, Fleur, Lieke,
                Noor, Mila, Yara, Eva, Anna, Iris, Evi, Saar, Nina, Roos, Maud, Anaïs, Liv"""
            ),
        ),
    ),
    male=(
        (
            0,
            words(
                """Johannes, Hendrik, Cornelis, Gerrit, Jan, Willem, Pieter, Henk, Kees, Wim,
                Joop, Gerard, Theo, Klaas, Dirk, Bert, Ton, Harm"""
            ),
        ),
        (
            1956,
            words(
                """Peter, Marco, Erik, Jeroen, Mark, Dennis, Martijn, Patrick, Richard, Sander,
                Bas, Ruud, René, Arjan, Edwin, Michiel, Frank, Remco, Noël, Michaël"""
            ),
        ),
        (
            1986,
            words(
                """Sem, Daan, Lucas, Levi, Finn, Milan, Noah, Luuk, Bram, Jesse, Thijs, Ruben,
                Sven, Stijn, Tim, Joris, Daniël, Joël, Teun, Mees"""
            ),
        ),
    ),
)

TURKISH = NameGroup(
    key="tr",
    share=0.07,
    surnames=surnames(
        """Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir,
        Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek"""
    ),
    female=(
        (
            0,
            words(
                """Ayşe, Fatma, Gülşen, Elif, Zeynep, Emine, Hatice, Büşra, Merve, Esra, Sevgi,
                Özlem, Dilek, Songül"""
            ),
        ),
    ),
    male=(
        (
            0,
            words(
                """Mehmet, Ahmet, Mustafa, Ömer, Şükrü, Emre, Burak, Hüseyin, Yusuf, Kerem,
                Hakan, Cem, Oğuz, İsmail"""
            ),
        ),
    ),
)

MOROCCAN = NameGroup(
    key="ma",
    share=0.07,
    surnames=surnames(
        """el Amrani, Bouzid, el Idrissi, Benali, el Khattabi, Ouali, Boukhari, el Ouardi,
        Azzouzi, Bakkali, Tahiri, Ait Taleb, Haddou, Ziani, Belhaj, Mansouri, Hamdaoui, Chaoui,
        Bouchtaoui, Achahbar"""
    ),
    female=(
        (
            0,
            words(
                """Fatima, Khadija, Nadia, Samira, Malika, Imane, Salma, Yasmina, Houda, Naima,
                Inès, Loubna, Hafsa, Ikram"""
            ),
        ),
    ),
    male=(
        (
            0,
            words(
                """Mohamed, Youssef, Ayoub, Bilal, Hamza, Rachid, Mustapha, Said, Karim, Anouar,
                Mounir, Adil, Othman, Zakaria"""
            ),
        ),
    ),
)

CARIBBEAN = NameGroup(
    key="sr",
    share=0.05,
    surnames=surnames(
        """Ramdin, Ramcharan, Jagesar, Sewdien, Lachman, Mahabier, Biharie, Tjon-A-Fong,
        Kromodimedjo, Pinas, Vlijter, Doelwijt, Martina, Isenia, Winklaar, Pengel, Kanhai,
        Sitaldin"""
    ),
    female=(
        (
            0,
            words(
                """Anita, Sandra, Shanti, Priya, Dewi, Shirley, Jerusha, Kavita, Roshni, Naomi,
                Giovanna, Ursela"""
            ),
        ),
    ),
    male=(
        (
            0,
            words(
                """Sunil, Ravi, Rajesh, Kenneth, Glenn, Romano, Anand, Dinesh, Humphrey, Clyde,
                Ricardo, Jurgen"""
            ),
        ),
    ),
)

EAST_ASIAN = NameGroup(
    key="asia",
    share=0.03,
    surnames=surnames(
        """Nguyễn, Trần, Lê, Phạm, Huỳnh, Wang, Chen, Zhang, Liu, Tan, Lim, Wong, Pattinama,
        Sahertian, Latumahina, Tahapary"""
    ),
    female=((0, words("Linh, Lan, Mai, Anh, Thảo, Mei, Ling, Xiu, Dewi, Hoa")),),
    male=((0, words("Minh, Thanh, Hùng, Đức, Wei, Jun, Hao, Johan, Rudy, Long")),),
)

EAST_EUROPEAN = NameGroup(
    key="pl",
    share=0.05,
    surnames=surnames(
        """Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Popescu,
        Ionescu, Petrov, Horváth, Novák, Kozłowski, Mazur"""
    ),
    female=(
        (
            0,
            words(
                """Agnieszka, Katarzyna, Małgorzata, Anna, Joanna, Ewa, Ioana, Elena, Magdalena,
                Zofia, Kinga, Irina"""
            ),
        ),
    ),
    male=(
        (
            0,
            words(
                """Piotr, Tomasz, Krzysztof, Paweł, Marek, Andrei, Bogdan, Jakub, Łukasz,
                Mateusz, Dmitri, Viktor"""
            ),
        ),
    ),
    feminine={
        "Kowalski": "Kowalska",
        "Wiśniewski": "Wiśniewska",
        "Kamiński": "Kamińska",
        "Lewandowski": "Lewandowska",
        "Zieliński": "Zielińska",
        "Kozłowski": "Kozłowska",
        "Petrov": "Petrova",
        "Novák": "Nováková",
    },
)

SOUTHERN = NameGroup(
    key="south",
    share=0.04,
    surnames=surnames(
        """Pereira, da Silva, dos Santos, Fernandes, Rodrigues, Gomes, Lopes, García, Martínez,
        López, Rossi, Esposito, Ferreira, Monteiro, Costa, N'Diaye, Mendes"""
    ),
    female=(
        (
            0,
            words(
                """Maria, Ana, Inês, Sofia, Lucía, Giulia, Beatriz, Carmen, Fatou, Aïcha,
                Conceição, Marta"""
            ),
        ),
    ),
    male=(
        (
            0,
            words(
                """João, José, António, Carlos, Marco, Luca, Miguel, Javier, Moussa, Mamadou,
                Rui, Sérgio"""
            ),
        ),
    ),
)

NEWCOMERS = NameGroup(
    key="new",
    share=0.03,
    surnames=surnames(
        """Haddad, Khalil, Hassan, Ibrahim, Mahmoud, Al-Hussein, Tesfay, Haile, Gebremedhin,
        Tekle, Abdi, Warsame, Mohamud, Ahmadi, Hosseini, Rahimi, Kovalenko, Shevchenko"""
    ),
    female=(
        (
            0,
            words(
                """Rania, Lina, Nour, Senait, Hodan, Farida, Zahra, Yodit, Amina, Hiba, Oksana,
                Olena"""
            ),
        ),
    ),
    male=(
        (
            0,
            words(
                """Ahmad, Omar, Rami, Yonas, Filmon, Abdullahi, Mohammad, Tariq, Samir, Dawit,
                Oleksandr, Bohdan"""
            ),
        ),
    ),
)

GROUPS: tuple[NameGroup, ...] = (
    DUTCH,
    TURKISH,
    MOROCCAN,
    CARIBBEAN,
    EAST_ASIAN,
    EAST_EUROPEAN,
    SOUTHERN,
    NEWCOMERS,
)


def first_names(eras: tuple[Era, ...], birth_year: int) -> tuple[str, ...]:
    """The names of the era a person was born in (the last era that started before)."""
    chosen = eras[0][1]
    for start, names in eras:
        if birth_year >= start:
            chosen = names
    return chosen
