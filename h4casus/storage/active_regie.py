"""The active regie as SQL: the one place that says what "the household's regisseur now" is.

An assignment is active while `ended_at` is NULL. The schema keeps *at most one* active
assignment per household (partial unique index `uq_regie_one_active`); the casework service
`services.casework.regie` keeps *at least one* while the household is open (it starts the next
before ending the last); `storage.invariants` checks both. Every query that joins a household
to its regisseur uses these expressions, so the rule is read the same way everywhere.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from h4casus.storage import models as m

ACTIVE = m.RegieAssignment.ended_at.is_(None)


def active_regie_on(household_id) -> ColumnElement[bool]:
    """Join condition: the active assignment of the household `household_id` (a column)."""
    return (m.RegieAssignment.household_id == household_id) & ACTIVE


def active_regisseur_id(s: Session, household_id: int) -> int | None:
    """The user id of the household's active regisseur, or None."""
    return s.scalar(
        select(m.RegieAssignment.user_id).where(
            m.RegieAssignment.household_id == household_id, ACTIVE
        )
    )


def households_under_regie_of(user_id) -> Select:
    """SELECT of the ids of households the user is the active regisseur of."""
    return select(m.RegieAssignment.household_id).where(
        m.RegieAssignment.user_id == user_id, ACTIVE
    )
