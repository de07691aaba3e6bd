"""Which plan version a household works with, as queries shared by the plan and casework.

A plan has at most one *concept* version (partial unique index) and any number of
*vastgestelde* (frozen) versions. The version in force is the concept if there is one, else
the last vastgestelde version. Frozen versions never change (`storage.plan_guard`).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from h4casus.domain.enums import OPEN_ACTION_STATUSES, PlanStatus
from h4casus.storage import models as m

CONCEPT = PlanStatus.CONCEPT.value
FROZEN = PlanStatus.VASTGESTELD.value


def concept_of(s: Session, plan_id: int) -> m.PlanVersion | None:
    return s.scalar(
        select(m.PlanVersion).where(
            m.PlanVersion.plan_id == plan_id, m.PlanVersion.status == CONCEPT
        )
    )


def latest_frozen(s: Session, plan_id: int) -> m.PlanVersion | None:
    return s.scalar(
        select(m.PlanVersion)
        .where(m.PlanVersion.plan_id == plan_id, m.PlanVersion.status == FROZEN)
        .order_by(m.PlanVersion.number.desc())
        .limit(1)
    )


def current_version(s: Session, household_id: int) -> m.PlanVersion | None:
    """The version the household works with: the concept if there is one, else the last
    vastgestelde version."""
    plan = s.scalar(select(m.Plan).where(m.Plan.household_id == household_id))
    if plan is None:
        return None
    return concept_of(s, plan.id) or latest_frozen(s, plan.id)


def in_force_condition() -> ColumnElement[bool]:
    """SQL, correlated to `PlanVersion`: this version is the one in force (the rule of
    `current_version`, for lists that read many households at once)."""
    pv2 = aliased(m.PlanVersion)
    newest_frozen = (
        select(func.max(pv2.number))
        .where(pv2.plan_id == m.PlanVersion.plan_id, pv2.status == FROZEN)
        .scalar_subquery()
    )
    pv3 = aliased(m.PlanVersion)
    has_concept = exists().where(pv3.plan_id == m.PlanVersion.plan_id, pv3.status == CONCEPT)
    return or_(
        m.PlanVersion.status == CONCEPT,
        and_(m.PlanVersion.number == newest_frozen, ~has_concept),
    )


def open_action_count(s: Session, household_id: int) -> int:
    """Actions still open or running in the version in force."""
    pv = current_version(s, household_id)
    if pv is None:
        return 0
    return (
        s.scalar(
            select(func.count())
            .select_from(m.Action)
            .join(m.Goal, m.Goal.id == m.Action.goal_id)
            .where(m.Goal.plan_version_id == pv.id, m.Action.status.in_(OPEN_ACTION_STATUSES))
        )
        or 0
    )
