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
- `refresh` computes both from the plan tables; it is the only writer. The listeners below
  note what every ORM flush touched (an action, goal, plan version, plan, evaluation or a
  household's status) and refresh those households once when the transaction commits, so
  no service can forget it; the demo loader runs it for its bulk rows and migration 0009
  for the data before it. The named invariant
  `vastgelopen_hulp_bijgewerkt` (`storage.invariants`) checks the marks against the tables.
- The marks are bookkeeping, not the household's content: the refresh is a plain UPDATE that
  never raises the household's version, so a goal saved by one regisseur never conflicts
  with an address changed by another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from sqlalchemy import ColumnElement, bindparam, case, event, func, inspect, or_, select, update
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
    """Recompute the marks of these households (None: of all of them, in one statement).
    For a few households the marks are read first and written only where they changed:
    most plan edits move neither date, and an unchanged row costs no index updates."""
    if household_ids is None:
        s.execute(
            update(HOUSEHOLDS).values(
                late_since=expected_late_since(), quiet_since=expected_quiet_since()
            )
        )
        return
    ids = sorted(set(household_ids))
    for start in range(0, len(ids), CHUNK):
        rows = s.execute(
            select(
                HOUSEHOLDS.c.id,
                expected_late_since(),
                expected_quiet_since(),
                HOUSEHOLDS.c.late_since,
                HOUSEHOLDS.c.quiet_since,
            ).where(HOUSEHOLDS.c.id.in_(ids[start : start + CHUNK]))
        ).all()
        changed = [
            {"hid": hid, "late": late, "quiet": quiet}
            for hid, late, quiet, was_late, was_quiet in rows
            if (late, quiet) != (was_late, was_quiet)
        ]
        if changed:
            s.execute(
                update(HOUSEHOLDS)
                .where(HOUSEHOLDS.c.id == bindparam("hid"))
                .values(late_since=bindparam("late"), quiet_since=bindparam("quiet")),
                changed,
            )


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


@dataclass
class Touched:
    """What the flushes of a transaction touched, resolved to households at commit."""

    households: set[int] = field(default_factory=set)
    plans: set[int] = field(default_factory=set)
    versions: set[int] = field(default_factory=set)
    goals: set[int] = field(default_factory=set)

    def note(self, session: Session) -> None:
        """Run after a flush: new rows have their ids; deleted rows still name what they
        belonged to."""
        for obj in chain(session.new, session.dirty, session.deleted):
            if isinstance(obj, m.Action):
                self.goals.add(obj.goal_id)
            elif isinstance(obj, m.Goal):
                self.versions.add(obj.plan_version_id)
            elif isinstance(obj, m.PlanVersion):
                self.plans.add(obj.plan_id)
            elif isinstance(obj, m.Plan | m.Evaluation):
                self.households.add(obj.household_id)
            elif isinstance(obj, m.Household) and (
                obj in session.new or (obj not in session.deleted and _status_changed(obj))
            ):
                self.households.add(obj.id)

    def resolve(self, session: Session) -> set[int]:
        """The households behind everything noted (the rows as they are now)."""
        goals, versions = self.goals - {None}, self.versions - {None}
        plans, households = self.plans - {None}, set(self.households)
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


# The listeners: every flush notes what it touched; the commit refreshes those households
# once (a service call flushes several times; refreshing at each flush cost 4-5 ms a time).
PENDING = "stall_marks.touched"


@event.listens_for(Session, "after_flush")
def note_touched(session: Session, _ctx) -> None:
    touched = session.info.get(PENDING)
    if touched is None:
        touched = session.info[PENDING] = Touched()
    touched.note(session)


@event.listens_for(Session, "before_commit")
def keep_stall_marks(session: Session) -> None:
    if PENDING not in session.info:
        return
    session.flush()  # the last changes are noted too
    touched = session.info.pop(PENDING)
    with session.no_autoflush:
        households = touched.resolve(session)
        if households:
            refresh(session, households)


@event.listens_for(Session, "after_rollback")
def forget_touched(session: Session) -> None:
    session.info.pop(PENDING, None)
