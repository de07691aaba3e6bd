"""Stall marks: two dates on each household that make "vastgelopen hulp" an index range.

Stalled help (the rule of `services.queries.signals` for one case file) is an action of the
plan in force past its deadline, or a plan without progress since the last evaluation. Read
from the plan tables it costs a join per action of every household; at 100,000 households
the teamleider's list took seconds. The marks hold the dates the rule needs, so the lists
walk an index and count a range:

- `late_since`: the earliest deadline among the open or running actions of the version in
  force (`plan_versions.in_force_condition`); NULL when there is none or the household is
  closed. Its actions are late once `late_since` lies before today: time passing changes
  nothing stored.
- `quiet_since`: the date of the last evaluation when no action of the plan (any version)
  was completed after it; NULL when there is no evaluation, when an action was completed
  after it, or when the household is closed. The household stalls once it lies
  `STALL_DAYS` (services.queries.signals) or more in the past.

Rules:
- `refresh` computes both from the plan tables; it is the only writer. The listener below
  runs it after every ORM flush that touched an action, goal, plan version, plan, evaluation
  or a household's status, so no service can forget it; the demo loader runs it for its bulk
  rows and migration 0009 for the data before it. The named invariant
  `vastgelopen_hulp_bijgewerkt` (`storage.invariants`) checks the marks against the tables.
- The marks are bookkeeping, not the household's content: the refresh is a plain UPDATE that
  never raises the household's version, so a goal saved by one regisseur never conflicts
  with an address changed by another.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from sqlalchemy import ColumnElement, case, event, func, inspect, or_, select, update
from sqlalchemy.orm import Session

from h4casus.domain.enums import OPEN_ACTION_STATUSES, HouseholdStatus
from h4casus.storage import models as m
from h4casus.storage.plan_versions import in_force_condition

CLOSED = HouseholdStatus.AFGESLOTEN.value
CHUNK = 500  # household ids per UPDATE (SQLite's bound-parameter limit is far above)
HOUSEHOLDS = m.Household.__table__


def _plan_actions(*columns):
    """SELECT over the actions of the household of the row being computed (correlated)."""
    return (
        select(*columns)
        .join(m.Goal, m.Goal.id == m.Action.goal_id)
        .join(m.PlanVersion, m.PlanVersion.id == m.Goal.plan_version_id)
        .join(m.Plan, m.Plan.id == m.PlanVersion.plan_id)
        .where(m.Plan.household_id == HOUSEHOLDS.c.id)
    )


def expected_late_since() -> ColumnElement:
    """SQL, correlated to `households`: what `late_since` must be."""
    earliest = (
        _plan_actions(func.min(m.Action.deadline))
        .where(in_force_condition(), m.Action.status.in_(OPEN_ACTION_STATUSES))
        .scalar_subquery()
    )
    return case((HOUSEHOLDS.c.status == CLOSED, None), else_=earliest)


def expected_quiet_since() -> ColumnElement:
    """SQL, correlated to `households`: what `quiet_since` must be."""
    held = (
        select(func.max(m.Evaluation.held_on))
        .where(m.Evaluation.household_id == HOUSEHOLDS.c.id)
        .scalar_subquery()
    )
    done = _plan_actions(func.max(m.Action.completed_on)).scalar_subquery()
    return case(
        (HOUSEHOLDS.c.status == CLOSED, None),
        (or_(done.is_(None), done <= held), held),
        else_=None,
    )


def refresh(s: Session, household_ids: Iterable[int] | None = None) -> None:
    """Recompute the marks of these households (None: of all of them)."""
    stmt = update(HOUSEHOLDS).values(
        late_since=expected_late_since(), quiet_since=expected_quiet_since()
    )
    if household_ids is None:
        s.execute(stmt)
        return
    ids = sorted(set(household_ids))
    for start in range(0, len(ids), CHUNK):
        s.execute(stmt.where(HOUSEHOLDS.c.id.in_(ids[start : start + CHUNK])))


def stale_marks():
    """SELECT of the households whose marks differ from the plan tables (the invariant)."""
    return select(HOUSEHOLDS.c.id).where(
        or_(
            HOUSEHOLDS.c.late_since.is_distinct_from(expected_late_since()),
            HOUSEHOLDS.c.quiet_since.is_distinct_from(expected_quiet_since()),
        )
    )


def _status_changed(obj: m.Household) -> bool:
    return inspect(obj).attrs.status.history.has_changes()


def touched_households(session: Session) -> set[int]:
    """The households whose marks this flush may have changed (run after the flush: new rows
    have their ids; deleted rows keep the ids they referred to)."""
    households: set[int] = set()
    plans: set[int] = set()
    versions: set[int] = set()
    goals: set[int] = set()
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, m.Action):
            goals.add(obj.goal_id)
        elif isinstance(obj, m.Goal):
            versions.add(obj.plan_version_id)
        elif isinstance(obj, m.PlanVersion):
            plans.add(obj.plan_id)
        elif isinstance(obj, m.Plan | m.Evaluation):
            households.add(obj.household_id)
        elif isinstance(obj, m.Household) and (
            obj in session.new or (obj not in session.deleted and _status_changed(obj))
        ):
            households.add(obj.id)
    goals.discard(None)
    versions.discard(None)
    plans.discard(None)
    if goals:
        versions |= set(_scalars(session, m.Goal.plan_version_id, m.Goal.id, goals))
    if versions:
        plans |= set(_scalars(session, m.PlanVersion.plan_id, m.PlanVersion.id, versions))
    if plans:
        households |= set(_scalars(session, m.Plan.household_id, m.Plan.id, plans))
    households.discard(None)
    return households


def _scalars(session: Session, column, key, ids: set[int]) -> list[int]:
    return list(session.scalars(select(column).where(key.in_(sorted(ids)))))


@event.listens_for(Session, "after_flush")
def keep_stall_marks(session: Session, _ctx) -> None:
    with session.no_autoflush:
        touched = touched_households(session)
        if touched:
            refresh(session, touched)
