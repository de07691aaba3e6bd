"""Goals in the concept: per leefgebied, for the whole household or one member, with a
SMART result; a goal with its actions is written in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import ActionStatus, GoalStatus
from h4casus.domain.errors import RuleViolation
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.actions import validate_action
from h4casus.services.plan.versions import (
    concept_for_edit,
    conflict,
    editable_household,
    goal_for_edit,
    household_of_version,
    leefgebied_code,
    member_of,
)
from h4casus.services.plan.views import GoalView, goal_views
from h4casus.storage import models as m

# --------------------------------------------------------------------------- goals


def _validate_goal(data: dict, e: v.FieldErrors, partial: bool) -> dict:
    clean = {}
    if not partial or "title" in data:
        clean["title"] = e.check("doel", v.text, data.get("title"), "doel")
    if not partial or "smart_result" in data:
        clean["smart_result"] = e.check(
            "resultaat (SMART)",
            v.text,
            data.get("smart_result"),
            "resultaat (SMART)",
            max_len=v.MAX_TEXT,
            multiline=True,
        )
    if "status" in data:
        st = e.check("status", v.choice, data["status"], GoalStatus, "status")
        clean["status"] = st.value if st else None
    for key, label in (("hart", "hart"), ("wet", "wet"), ("euro", "euro")):
        if key in data:
            clean[key] = e.check(
                label, v.text, data[key], label, required=False, max_len=v.MAX_TEXT, multiline=True
            )
    return clean


GOAL_FIELDS = {"title", "smart_result", "status", "leefgebied", "person_id", "hart", "wet", "euro"}


def add_goal(
    ctx: ServiceContext,
    household_id: int,
    leefgebied: str,
    title: str,
    smart_result: str,
    *,
    person_id: int | None = None,
    status: str = GoalStatus.OPEN.value,
) -> GoalView:
    """A goal in the concept, for the whole household or (person_id) for one member."""
    e = v.FieldErrors()
    clean = _validate_goal(
        {"title": title, "smart_result": smart_result, "status": status}, e, partial=False
    )
    e.raise_if_any()
    with ctx.session() as s:
        g = _insert_goal(
            s, ctx, household_id, leefgebied, person_id, clean, "plan: doel toegevoegd"
        )
        return _goal_view(s, g.id)


def _insert_goal(
    s: Session,
    ctx: ServiceContext,
    household_id: int,
    leefgebied: str,
    person_id: int | None,
    clean: dict,
    detail: str,
) -> m.Goal:
    """A validated goal at the end of the concept (its own lineage starts here)."""
    editable_household(s, ctx, household_id, detail)
    code = leefgebied_code(s, leefgebied)
    pid = member_of(s, household_id, person_id, "gezinslid")
    pv = concept_for_edit(s, ctx, household_id)
    position = (
        s.scalar(select(func.max(m.Goal.position)).where(m.Goal.plan_version_id == pv.id)) or 0
    ) + 1
    g = m.Goal(
        plan_version_id=pv.id, leefgebied_code=code, person_id=pid, position=position, **clean
    )
    s.add(g)
    s.flush()
    g.lineage_id = g.id
    s.flush()
    return g


def _goal_view(s: Session, goal_id: int) -> GoalView:
    s.flush()
    g = s.get(m.Goal, goal_id)
    return next(
        gv for gv in goal_views(s, [g.plan_version_id])[g.plan_version_id] if gv.id == goal_id
    )


def update_goal(
    ctx: ServiceContext,
    goal_id: int,
    expected_version: int | None = None,
    *,
    new_concept: bool = False,
    **changes,
) -> GoalView:
    """Change a goal of the concept. With `new_concept`, a goal of the last vastgestelde
    version is changed in a new concept started from it (one unit of work); the returned
    view is then the copy's."""
    unknown = set(changes) - GOAL_FIELDS
    e = v.FieldErrors()
    for key in unknown:
        e.add(key, "kan hier niet worden gewijzigd")
    clean = _validate_goal(changes, e, partial=True)
    e.raise_if_any()
    try:
        with ctx.session() as s:
            g = goal_for_edit(
                s,
                ctx,
                goal_id,
                f"plan: doel {goal_id}",
                expected_version=expected_version,
                new_concept=new_concept,
            )
            hid = household_of_version(s, g.plan_version_id)
            if "leefgebied" in changes:
                g.leefgebied_code = leefgebied_code(s, changes["leefgebied"])
            if "person_id" in changes:
                g.person_id = member_of(s, hid, changes["person_id"], "gezinslid")
            for key, val in clean.items():
                setattr(g, key, val)
            return _goal_view(s, g.id)
    except StaleDataError:
        raise conflict() from None


def remove_goal(ctx: ServiceContext, goal_id: int, *, new_concept: bool = False) -> None:
    """Remove a goal (with its actions) from the concept; with `new_concept`, a goal of the
    last vastgestelde version is left out of a new concept started from it."""
    with ctx.session() as s:
        g = goal_for_edit(
            s, ctx, goal_id, f"plan: doel {goal_id} verwijderd", new_concept=new_concept
        )
        if s.scalar(select(m.GoalEvaluation.id).where(m.GoalEvaluation.goal_id == g.id).limit(1)):
            raise RuleViolation("dit doel is al geëvalueerd; zet de status op vervallen")
        for a in s.scalars(select(m.Action).where(m.Action.goal_id == g.id)):
            s.delete(a)
        s.flush()
        s.delete(g)


@dataclass(frozen=True)
class ActionInput:
    description: str
    responsible_type: str
    responsible_name: str | None = None
    deadline: date | str | None = None
    status: str = ActionStatus.OPEN.value


def add_goal_with_actions(
    ctx: ServiceContext,
    household_id: int,
    leefgebied: str,
    title: str,
    smart_result: str,
    actions: list[ActionInput] | tuple[ActionInput, ...] = (),
    *,
    person_id: int | None = None,
    status: str = GoalStatus.OPEN.value,
) -> GoalView:
    """A goal with its actions in one unit of work (one audit event, one commit): all of it
    is written, or — on any invalid field — nothing. Action errors are named "actie N: veld"."""
    e = v.FieldErrors()
    clean = _validate_goal(
        {"title": title, "smart_result": smart_result, "status": status}, e, partial=False
    )
    cleaned_actions = []
    for i, act in enumerate(actions, start=1):
        ae = v.FieldErrors()
        cleaned_actions.append(
            validate_action(
                {
                    "description": act.description,
                    "responsible_type": act.responsible_type,
                    "responsible_name": act.responsible_name,
                    "deadline": act.deadline,
                    "status": act.status,
                },
                ae,
                partial=False,
            )
        )
        for field, msg in ae.errors.items():
            e.add(f"actie {i}: {field}", msg)
    e.raise_if_any()
    with ctx.session() as s:
        g = _insert_goal(
            s, ctx, household_id, leefgebied, person_id, clean, "plan: doel met acties toegevoegd"
        )
        for pos, fields in enumerate(cleaned_actions, start=1):
            a = m.Action(goal_id=g.id, position=pos, **fields)
            if a.status == ActionStatus.AFGEROND.value:
                a.completed_on = ctx.clock.today()
            s.add(a)
        return _goal_view(s, g.id)
