"""A vastgestelde (frozen) plan version never changes: a guard on every ORM flush.

Services refuse first, with a clear message; this listener is the safety net below them. It
runs in Python inside the unit of work, so it works the same on SQLite and PostgreSQL.
It refuses any insert, update or delete of a plan version that was already vastgesteld, and
of the goals, actions, 18-/18+ sections and checklist items that belong to such a version.

Only the retention service may remove a whole file: it sets
`session.info[ALLOW_FROZEN_DELETE] = True`, which permits deletes (never updates or inserts).
"""

from __future__ import annotations

from itertools import chain

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from h4casus.domain.errors import RuleViolation
from h4casus.storage import models as m

FROZEN = "vastgesteld"
ALLOW_FROZEN_DELETE = "allow_frozen_delete"
MESSAGE = "een vastgestelde planversie kan niet meer worden gewijzigd; start een nieuw concept"


def _original(obj, attr: str):
    """The value as loaded from the database (before changes in this unit of work)."""
    hist = getattr(inspect(obj).attrs, attr).history
    if hist.deleted:
        return hist.deleted[0]
    if hist.unchanged:
        return hist.unchanged[0]
    return getattr(obj, attr)


def _version_frozen(session: Session, version_id: int | None) -> bool:
    if version_id is None:
        return False
    pv = session.get(m.PlanVersion, version_id)
    if pv is None:
        return False
    if pv in session.new:
        return False
    return _original(pv, "status") == FROZEN


def _goal_version(session: Session, goal_id: int | None) -> int | None:
    if goal_id is None:
        return None
    goal = session.get(m.Goal, goal_id)
    return _original(goal, "plan_version_id") if goal is not None else None


def _transition_version(session: Session, transition_id: int | None) -> int | None:
    if transition_id is None:
        return None
    tp = session.get(m.TransitionPlan, transition_id)
    return _original(tp, "plan_version_id") if tp is not None else None


def _versions_touched(session: Session, obj, is_new: bool) -> set[int | None]:
    """Plan versions an insert/update/delete of `obj` would change (old and new owner)."""
    if isinstance(obj, m.PlanVersion):
        return set() if is_new else {obj.id}
    if isinstance(obj, m.Goal):
        found = {obj.plan_version_id}
        if not is_new:
            found.add(_original(obj, "plan_version_id"))
        return found
    if isinstance(obj, m.Action):
        goals = {obj.goal_id} | (set() if is_new else {_original(obj, "goal_id")})
        return {_goal_version(session, g) for g in goals}
    if isinstance(obj, m.TransitionPlan):
        found = {obj.plan_version_id}
        if not is_new:
            found.add(_original(obj, "plan_version_id"))
        return found
    if isinstance(obj, m.TransitionItem):
        tps = {obj.transition_plan_id}
        if not is_new:
            tps.add(_original(obj, "transition_plan_id"))
        return {_transition_version(session, t) for t in tps}
    return set()


GUARDED = (m.PlanVersion, m.Goal, m.Action, m.TransitionPlan, m.TransitionItem)


@event.listens_for(Session, "before_flush")
def refuse_changes_to_frozen_versions(session: Session, _ctx, _instances) -> None:
    allow_delete = bool(session.info.get(ALLOW_FROZEN_DELETE))
    candidates = [
        (obj, obj in session.new)
        for obj in chain(session.new, session.dirty, () if allow_delete else session.deleted)
        if isinstance(obj, GUARDED)
    ]
    if not candidates:
        return
    with session.no_autoflush:
        for obj, is_new in candidates:
            if obj in session.dirty and not session.is_modified(obj):
                continue
            if any(
                _version_frozen(session, vid) for vid in _versions_touched(session, obj, is_new)
            ):
                raise RuleViolation(MESSAGE)
