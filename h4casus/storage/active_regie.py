"""The active regie as SQL: the one place that says what "the household's regisseur now" is.

An assignment is active while `ended_at` is NULL. The schema keeps *at most one* active
assignment per household (partial unique index `uq_regie_one_active`); the casework service
`services.casework.regie` keeps *at least one* while the household is open (it starts the next
before ending the last); `storage.invariants` checks both. An active assignment is never held
by an inactive account (`regie_held_by_inactive_accounts`: the invariant, and the flush guard
in `storage.regie_guard`). Every query that joins a household to its regisseur uses these
expressions, so the rule is read the same way everywhere.
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


def case_numbers_under_regie_of(s: Session, user_id: int) -> list[str]:
    """The case numbers of the households the user is the active regisseur of."""
    return list(
        s.scalars(
            select(m.Household.case_number)
            .where(m.Household.id.in_(households_under_regie_of(user_id)))
            .order_by(m.Household.case_number)
        )
    )


def regie_held_by_inactive_accounts(*user_ids: int) -> Select:
    """SELECT of the ids of households whose active regie lies with an inactive account
    (of these users, when given): what must never exist."""
    q = (
        select(m.RegieAssignment.household_id)
        .join(m.User, m.User.id == m.RegieAssignment.user_id)
        .where(ACTIVE, m.User.active.is_(False))
    )
    return q.where(m.User.id.in_(user_ids)) if user_ids else q
