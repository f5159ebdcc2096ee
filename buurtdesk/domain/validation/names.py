"""Dutch person names: voornaam, tussenvoegsel, achternaam, and how lists sort them.

The Dutch convention: "Jan van der Berg" sorts under B and reads "Berg, Jan van der" in
a list. A tussenvoegsel is written in lower case after a voornaam and with a capital when
it opens the name ("De Vries" on an envelope without a voornaam).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.validation.text import clean_text, fold

MAX_NAME_PART_LENGTH: Final = 100

# Joins the parts of a sort key. It sorts below every character ``fold`` leaves, so
# "Berg" comes before "Bergen" whatever the voornaam.
SORT_SEPARATOR: Final = "\x1f"

# Tussenvoegsels recognised when a whole name arrives in one field, after the Dutch
# civil registry's table of voorvoegsels, without the rare ones that are also common
# words or family names in other languages ("do", "over", "in").
KNOWN_TUSSENVOEGSELS: Final = frozenset(
    {
        "'s",
        "'t",
        "aan de",
        "aan den",
        "aan het",
        "aan 't",
        "al",
        "bij de",
        "bij den",
        "bij 't",
        "d'",
        "da",
        "dal",
        "dalla",
        "das",
        "de",
        "de la",
        "de las",
        "de le",
        "de los",
        "del",
        "della",
        "den",
        "der",
        "des",
        "di",
        "dos",
        "du",
        "el",
        "in de",
        "in den",
        "in der",
        "in het",
        "in 't",
        "l'",
        "la",
        "le",
        "les",
        "onder de",
        "op de",
        "op den",
        "op der",
        "op het",
        "op 't",
        "op ten",
        "te",
        "ten",
        "ter",
        "uit de",
        "uit den",
        "uit het",
        "uit 't",
        "uit te de",
        "uit ten",
        "van",
        "van de",
        "van den",
        "van der",
        "van het",
        "van 't",
        "van ter",
        "ver",
        "vom",
        "von",
        "von dem",
        "von den",
        "von der",
        "von und zu",
        "zu",
        "zum",
        "zur",
    }
)

# Tussenvoegsels that may open a name typed in one field ("van der Berg", "De Vries")
# even with a capital. The short foreign ones ("Al", "Le", "Da") are also first names,
# so at the start they count only when written in lower case.
_DUTCH_OPENERS: Final = frozenset(
    t for t in KNOWN_TUSSENVOEGSELS if t.split()[0] in {"van", "de", "den", "der", "ter", "ten"}
) | {"'s", "'t", "te", "in 't", "in de", "in den", "in het", "op de", "op den", "uit de"}

# Prefixes written against the achternaam without a space: d'Ancona, l'Ami.
_ATTACHED_PREFIXES: Final = ("d'", "l'")

_LONGEST_TUSSENVOEGSEL_WORDS: Final = max(len(t.split()) for t in KNOWN_TUSSENVOEGSELS)

# Apostrophes and hyphens in the forms keyboards, phones and word processors produce.
_PUNCTUATION_VARIANTS: Final = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
_ALLOWED_PUNCTUATION: Final = frozenset(" -'.")
_ALLOWED_TEXT: Final = "letters, spaties, koppeltekens (-), apostroffen (') en punten"


@dataclass(frozen=True, slots=True)
class PersonName:
    """A validated name. Build it with ``parse`` or ``split_full_name``."""

    voornaam: str
    tussenvoegsel: str
    achternaam: str

    @classmethod
    def parse(
        cls, voornaam: str | None, tussenvoegsel: str | None, achternaam: str | None
    ) -> PersonName:
        """Validate and tidy the three parts of a name, as a form or an import gives them.

        Raises ``ValidationError`` on field ``voornaam``, ``tussenvoegsel`` or
        ``achternaam``. With no tussenvoegsel, a known one at the start of the achternaam
        is moved there: achternaam "van der Berg" becomes "van der" + "Berg".
        """
        first = _clean_part(voornaam, field="voornaam", label="Voornaam")
        # Lower case before the checks, so the length limit holds for what is stored.
        infix = _clean_part(
            tussenvoegsel if tussenvoegsel is None else tussenvoegsel.lower(),
            field="tussenvoegsel",
            label="Tussenvoegsel",
        )
        last = _clean_part(achternaam, field="achternaam", label="Achternaam", required=True)
        if not infix:
            split = _split_leading_tussenvoegsel(last.split(" "), at_start=False)
            if split is not None:
                infix, last = split[0], " ".join(split[1])
        return cls(voornaam=first, tussenvoegsel=infix, achternaam=last)

    @property
    def sort_key(self) -> str:
        """Key that sorts lists the Dutch way: achternaam, then voornaam, then tussenvoegsel.

        "Jan van der Berg" gives "berg\\x1fjan\\x1fvan der" and so sorts under B.
        Apostrophes are left out and hyphens count as spaces, so "N'Diaye" sorts as
        "ndiaye" and "Jong-van Dam" as "jong van dam".
        """
        return SORT_SEPARATOR.join(
            _sort_part(part) for part in (self.achternaam, self.voornaam, self.tussenvoegsel)
        )

    @property
    def list_name(self) -> str:
        """The name as a list shows it: "Berg, Jan van der", or "Berg, van der"."""
        rest = " ".join(part for part in (self.voornaam, self.tussenvoegsel) if part)
        return f"{self.achternaam}, {rest}" if rest else self.achternaam

    @property
    def full_name(self) -> str:
        """The name as it is spoken: "Jan van der Berg", "Hedy d'Ancona", or "Van der Berg"."""
        surname = self.achternaam
        if self.tussenvoegsel:
            infix = self.tussenvoegsel if self.voornaam else _capitalise(self.tussenvoegsel)
            joiner = "" if infix.endswith("'") else " "
            surname = f"{infix}{joiner}{surname}"
        return f"{self.voornaam} {surname}" if self.voornaam else surname


def split_full_name(text: str | None, *, field: str = "naam") -> PersonName:
    """Read a whole name typed in one field into its parts.

    Understands "Jan van der Berg", "Berg, Jan van der", "van der Berg, Jan" and
    "Fatima el Amrani". Every word before the tussenvoegsel (or before the last word,
    when there is none) counts as voornaam. Raises ``ValidationError`` on ``field``.
    """
    cleaned = clean_text(
        text,
        field=field,
        label="Naam",
        max_length=3 * MAX_NAME_PART_LENGTH + 2,
        required=True,
    )
    try:
        if "," in cleaned:
            surname, _, rest = cleaned.partition(",")
            given, infix = _split_trailing_tussenvoegsel(rest.split())
            return PersonName.parse(given, infix, surname)
        words = cleaned.split(" ")
        for start in range(len(words)):
            split = _split_leading_tussenvoegsel(words[start:], at_start=start == 0)
            if split is not None:
                infix, surname_words = split
                return PersonName.parse(" ".join(words[:start]), infix, " ".join(surname_words))
        return PersonName.parse(" ".join(words[:-1]), "", words[-1])
    except ValidationError as error:
        raise ValidationError(field, error.message) from None


def _clean_part(value: str | None, *, field: str, label: str, required: bool = False) -> str:
    text = clean_text(
        value if value is None else value.translate(_PUNCTUATION_VARIANTS),
        field=field,
        label=label,
        max_length=MAX_NAME_PART_LENGTH,
        required=required,
    )
    has_letter = False
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] == "L":
            has_letter = True
        elif category[0] != "M" and ch not in _ALLOWED_PUNCTUATION:
            raise ValidationError(field, _bad_character_message(label, ch, category))
    if text and not has_letter:
        raise ValidationError(
            field, f"{label} moet minstens één letter bevatten. Vul de naam in met letters."
        )
    return text


def _bad_character_message(label: str, ch: str, category: str) -> str:
    if category == "Nd":
        return f"{label} mag geen cijfers bevatten. Haal het cijfer {ch} weg."
    visible = category[0] in "LMNPS"
    what = f"het teken „{ch}”" if visible else "een onzichtbaar of onbekend teken"
    return f"{label} mag {what} niet bevatten. Gebruik alleen {_ALLOWED_TEXT}."


def _split_leading_tussenvoegsel(
    words: Sequence[str], *, at_start: bool
) -> tuple[str, list[str]] | None:
    """Split a known tussenvoegsel off the front of ``words`` if an achternaam follows.

    ``at_start`` means nothing precedes ``words`` in the name, so a capitalised foreign
    tussenvoegsel there is taken for a voornaam ("Al Jansen") and not split off.
    """
    if not words:
        return None
    for count in range(min(_LONGEST_TUSSENVOEGSEL_WORDS, len(words) - 1), 0, -1):
        candidate = " ".join(words[:count])
        infix = candidate.lower()
        if infix not in KNOWN_TUSSENVOEGSELS:
            continue
        if at_start and candidate != infix and infix not in _DUTCH_OPENERS:
            continue
        surname = list(words[count:])
        return (infix, surname) if _has_letter(surname) else None
    first = words[0]
    for prefix in _ATTACHED_PREFIXES:
        rest = first[len(prefix) :]
        if first.lower().startswith(prefix) and rest[:1].isalpha():
            return prefix, [rest, *words[1:]]
    return None


def _has_letter(words: Sequence[str]) -> bool:
    return any(ch.isalpha() for word in words for ch in word)


def _split_trailing_tussenvoegsel(words: Sequence[str]) -> tuple[str, str]:
    """Split "Jan van der" into ("Jan", "van der"); words with no tussenvoegsel stay whole."""
    for count in range(min(_LONGEST_TUSSENVOEGSEL_WORDS, len(words)), 0, -1):
        infix = " ".join(words[-count:]).lower()
        if infix in KNOWN_TUSSENVOEGSELS:
            return " ".join(words[:-count]), infix
    return " ".join(words), ""


def _sort_part(text: str) -> str:
    return fold(text.replace("'", "").replace("-", " "))


def _capitalise(text: str) -> str:
    """Capital on the first letter, unless the word opens with an apostrophe ('t Hart)."""
    return text[:1].upper() + text[1:] if text[:1].isalpha() else text
