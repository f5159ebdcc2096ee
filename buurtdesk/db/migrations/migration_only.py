"""What the migrations create beyond the models, so autogenerate leaves it alone."""

from __future__ import annotations

from buurtdesk.db.migrations.search_index import FTS_TABLE, PG_INDEX

# Partial unique index: one active sign-up per person per occurrence (see SignUp).
SIGNUP_ONCE_INDEX = "uq_signup_occurrence_person"
INDEXES = frozenset({PG_INDEX, SIGNUP_ONCE_INDEX})


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """For autogenerate: skip the FTS5 tables and the indexes only migrations make."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(FTS_TABLE)
    return not (type_ == "index" and name in INDEXES)
