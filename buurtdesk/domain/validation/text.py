"""Text clean-up shared by every validator: folding for search and sorting, tidy input.

``fold`` makes the key that search and sorting compare ("Ömer" finds "omer"), and
``clean_text`` is the first step of every free-text field: it trims, collapses spaces
and refuses what a person cannot see or what does not fit.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, Literal

from buurtdesk.domain.errors import ValidationError

# Letters that NFKD leaves whole because they are not "base letter + accent".
_FOLD_LETTERS: Final = str.maketrans(
    {
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
    }
)

# Invisible marks that arrive with pasted text (a byte order mark from a CSV file, a
# zero-width space from a web page); they carry no meaning, so they are dropped.
_INVISIBLE_JUNK: Final = str.maketrans({"\ufeff": None, "\u200b": None})

# Line breaks in all the spellings Windows, old Macs and Unicode use.
_LINE_BREAKS: Final = re.compile("\r\n|[\r\u2028\u2029]")

# Whitespace other than a tab or a newline, as it may appear inside one line.
_SPACES_IN_LINE: Final = re.compile(r"[^\S\t\n]+")

# A value far longer than any limit is refused before it is cleaned, so that a pasted
# book does not cost time; the margin leaves room for whitespace that cleaning removes.
_LENGTH_MARGIN: Final = 1000


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents and with single spaces.

    "Ömer  Çelik" becomes "omer celik" and "Ĳsselmeer" becomes "ijsselmeer". Use it on
    both sides of a comparison; the result is for matching and sorting, never for display.
    """
    # NFKD before casefold turns compatibility letters (ℌ, ﬁ) into plain ones; NFKD after
    # takes apart what casefold produced (İ becomes i + dot), so the marks can go.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(bare.translate(_FOLD_LETTERS).split())


def lower_label(label: str) -> str:
    """Return a field label as it reads inside a sentence ("Achternaam" -> "achternaam").

    An abbreviation such as "IBAN" keeps its capitals.
    """
    if len(label) > 1 and label[0].isupper() and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def dutch_count(number: int) -> str:
    """Write a whole number the Dutch way, with a dot between thousands (100.000)."""
    return f"{number:,}".replace(",", ".")


def too_long_message(label: str, max_length: int, length: int) -> str:
    return (
        f"{label} mag hoogstens {max_length} tekens lang zijn. "
        f"Maak de tekst korter (nu {dutch_count(length)} tekens)."
    )


def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
    article: Literal["de", "het"] = "de",
) -> str:
    """Return ``value`` tidied for storage, or raise ``ValidationError`` on ``field``.

    The text is put in Unicode NFC form and trimmed. On one line, every run of
    whitespace (tabs and line breaks too) becomes one space. With ``multiline`` the
    line breaks stay (as ``\\n``), tabs stay, runs of spaces inside a line become one
    space and spaces at the end of a line go. Other control characters are refused.
    ``label`` is the field's name as the form shows it ("Achternaam"); ``article`` is
    the word before it in "Vul de achternaam in." ("het" for "het e-mailadres").
    """
    text = "" if value is None else value
    if len(text) > max_length + _LENGTH_MARGIN:
        raise ValidationError(field, too_long_message(label, max_length, len(text)))

    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE_JUNK))
    _refuse_control_characters(text, field=field, label=label)
    if multiline:
        lines = _LINE_BREAKS.sub("\n", text).split("\n")
        text = "\n".join(_SPACES_IN_LINE.sub(" ", line).rstrip() for line in lines).strip()
    else:
        text = " ".join(text.split())

    if not text and required:
        raise ValidationError(field, f"Vul {article} {lower_label(label)} in.")
    if len(text) > max_length:
        raise ValidationError(field, too_long_message(label, max_length, len(text)))
    return text


def _refuse_control_characters(text: str, *, field: str, label: str) -> None:
    # Tab, line feed and carriage return are ordinary whitespace here: on one line they
    # become spaces, in a multi-line field they keep their meaning.
    for ch in text:
        if ch in "\t\n\r":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs"):
            raise ValidationError(
                field,
                f"{label} bevat een verborgen teken dat niet is toegestaan. "
                "Typ de tekst opnieuw in, in plaats van hem te plakken.",
            )
