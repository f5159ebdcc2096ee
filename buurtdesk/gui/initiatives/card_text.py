"""What a card says, line by line: the words the board paints and a screen reader reads.

Kept apart from the painting so the same words serve the tooltip, the accessible text and
the tests: "Volgende stap: flyers drukken · vr 11 dec", "12 dagen in deze fase".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from buurtdesk.gui.agenda import dates
from buurtdesk.services.initiatives import CardRow


def days_in_stage(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("InitiativeCard", "In this stage since today")
    if days == 1:
        return QCoreApplication.translate("InitiativeCard", "1 day in this stage")
    return QCoreApplication.translate("InitiativeCard", "{count} days in this stage").format(
        count=days
    )


def due_text(day: date) -> str:
    """ "vr 11 dec"."""
    return f"{dates.weekday_short(day.weekday())} {dates.day_month(day)}"


@dataclass(frozen=True)
class CardText:
    title: str
    initiators: str
    about: str  # theme · area
    next_step: str  # "Volgende stap", "Te laat"; "" when the card shows no next-step line
    step_due: str  # " · vr 11 dec"
    step: str  # what the next step is, on the line below
    overdue: bool
    no_step: bool  # an open initiative without a next step: said, in a muted tone
    in_stage: str
    needs: tuple[str, ...]
    stalled: tuple[str, ...]  # one line per reason

    def lines(self) -> list[str]:
        """Everything in reading order, for the accessible text and the tooltip."""
        head = self.next_step + self.step_due
        step = f"{head}: {self.step}" if self.step else head
        result = [self.title, self.initiators, self.about, step, self.in_stage]
        if self.needs:
            result.append(
                QCoreApplication.translate("InitiativeCard", "Needs: {needs}").format(
                    needs=", ".join(self.needs)
                )
            )
        if self.stalled:
            result.append(": ".join((self.stalled[0], "; ".join(self.stalled[1:]))))
        return [line for line in result if line]


def card_text(row: CardRow, today: date, *, closed: bool = False) -> CardText:
    step = row.next_step.strip()
    overdue = row.next_step_due is not None and row.next_step_due < today and not closed
    next_step = step_due = ""
    if step or row.next_step_due is not None:
        next_step = (
            QCoreApplication.translate("InitiativeCard", "Overdue")
            if overdue
            else QCoreApplication.translate("InitiativeCard", "Next step")
        )
        if row.next_step_due is not None:
            step_due = f" · {due_text(row.next_step_due)}"
    elif not closed:
        next_step = QCoreApplication.translate("InitiativeCard", "No next step yet")
    about = " · ".join(part for part in (row.themes, row.area) if part)
    stalled: tuple[str, ...] = ()
    if row.stalled:
        reasons = [r.strip() for r in row.stalled_reason.split(";") if r.strip()]
        stalled = (QCoreApplication.translate("InitiativeCard", "Stalled"), *reasons)
    return CardText(
        title=row.title,
        initiators=row.initiators,
        about=about,
        next_step=next_step,
        step_due=step_due,
        step=step,
        overdue=overdue,
        no_step=not step and row.next_step_due is None,
        in_stage=days_in_stage(row.days_in_stage),
        needs=row.open_needs,
        stalled=tuple(stalled),
    )
