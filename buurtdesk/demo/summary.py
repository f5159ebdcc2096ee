"""What a demo run wrote, as one Dutch sentence for the terminal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.domain.validation.text import dutch_count

# (table, singular, plural), in the order the sentence names them.
_PARTS = (
    ("person", "mens", "mensen"),
    ("organisation", "organisatie", "organisaties"),
    ("street", "straat", "straten"),
    ("buurt", "buurt", "buurten"),
    ("contact_moment", "contactmoment", "contactmomenten"),
    ("activity", "activiteit", "activiteiten"),
    ("occurrence", "datum in de agenda", "data in de agenda"),
    ("signup", "aanmelding", "aanmeldingen"),
    ("initiative", "initiatief", "initiatieven"),
)


@dataclass(frozen=True)
class DemoSummary:
    people: int
    seed: int
    today: date
    counts: dict[str, int]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        """ "1.000.000 mensen, 240 organisaties, ... in 3 min 12 s"."""
        parts = []
        for table, one, many in _PARTS:
            count = self.counts.get(table, 0)
            parts.append(f"{dutch_count(count)} {one if count == 1 else many}")
        rows = f"{dutch_count(self.rows)} rijen"
        return f"{', '.join(parts)} ({rows}) in {duration(self.seconds)}"


def duration(seconds: float) -> str:
    """ "0,8 s", "12 s", "3 min 12 s", "1 u 02 min"."""
    if seconds < 10:
        return f"{seconds:.1f} s".replace(".", ",")
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} u {minutes:02d} min"
