"""The audit log: who did what to which record. Never the personal data itself."""

from __future__ import annotations

from sqlalchemy.orm import Session

from buurtdesk.domain.privacy import AuditEntry


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_id: int | None,
    user_id: int | None = None,
    detail: str = "",
) -> None:
    session.add(
        AuditEntry(
            action=action, entity=entity, entity_id=entity_id, user_id=user_id, detail=detail
        )
    )
