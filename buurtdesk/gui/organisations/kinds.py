"""The kinds of organisation as the window names them, in the order a drop-down shows them
(the domain's order); translated here so the English window says "Housing association"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from buurtdesk.domain.network import OrganisationKind
from buurtdesk.domain.organisation_fields import KIND_LABELS
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "OrganisationKinds"
_TEXTS = {
    OrganisationKind.WONINGCORPORATIE: QT_TRANSLATE_NOOP(
        "OrganisationKinds", "Housing association"
    ),
    OrganisationKind.GEMEENTE: QT_TRANSLATE_NOOP("OrganisationKinds", "Municipality"),
    OrganisationKind.WELZIJN: QT_TRANSLATE_NOOP("OrganisationKinds", "Welfare organisation"),
    OrganisationKind.ZORG: QT_TRANSLATE_NOOP("OrganisationKinds", "Care"),
    OrganisationKind.SCHOOL: QT_TRANSLATE_NOOP("OrganisationKinds", "School"),
    OrganisationKind.RELIGIOUS: QT_TRANSLATE_NOOP("OrganisationKinds", "Church, mosque or temple"),
    OrganisationKind.SPORT: QT_TRANSLATE_NOOP("OrganisationKinds", "Sports club"),
    OrganisationKind.BUSINESS: QT_TRANSLATE_NOOP("OrganisationKinds", "Business"),
    OrganisationKind.BEWONERSVERENIGING: QT_TRANSLATE_NOOP(
        "OrganisationKinds", "Residents' association"
    ),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("OrganisationKinds", "Other"),
}


def kind_text(kind: str) -> str:
    """The kind in the window's language; an unknown stored value (a newer version) as is."""
    try:
        return QCoreApplication.translate(CONTEXT, _TEXTS[OrganisationKind(kind)])
    except ValueError:
        return kind


def kinds() -> list[tuple[str, str]]:
    """(stored value, text) for every kind, in the domain's order."""
    return [(kind.value, kind_text(kind.value)) for kind in KIND_LABELS]
