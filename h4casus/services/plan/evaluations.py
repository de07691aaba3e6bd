"""Evaluations of the plan in force: an outcome per goal and the next evaluation, which
becomes the household's review date (at most the level's review interval ahead)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from h4casus.domain import validation as v
from h4casus.domain.enums import EvaluationOutcome
from h4casus.domain.errors import ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import require_open
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.views import EvaluationView, GoalOutcome
from h4casus.storage import models as m
from h4casus.storage.plan_versions import (
    concept_of,
    latest_frozen,
)

# The outcome per goal; "lopend" is the same word as the goal and action status.
EVALUATION_OUTCOMES = tuple(o.value for o in EvaluationOutcome)


# --------------------------------------------------------------------------- evaluations


_EVALUATIONS = (
    select(m.Evaluation, m.User.display_name)
    .join(m.User, m.User.id == m.Evaluation.recorded_by)
    .where(m.Evaluation.household_id == bindparam("household_id"))
    .order_by(m.Evaluation.held_on.desc(), m.Evaluation.id.desc())
)
_GOAL_OUTCOMES = (
    select(m.GoalEvaluation, m.Goal.title)
    .join(m.Goal, m.Goal.id == m.GoalEvaluation.goal_id)
    .join(m.Evaluation, m.Evaluation.id == m.GoalEvaluation.evaluation_id)
    .where(m.Evaluation.household_id == bindparam("household_id"))
    .order_by(m.GoalEvaluation.id)
)


def evaluation_rows(s: Session, household_id: int) -> list[EvaluationView]:
    """All evaluations of a household with their goal outcomes, in two statements."""
    evs = s.execute(_EVALUATIONS, {"household_id": household_id}).all()
    outcomes = s.execute(_GOAL_OUTCOMES, {"household_id": household_id}).all()
    by_ev: dict[int, list[GoalOutcome]] = {}
    for ge, title in outcomes:
        by_ev.setdefault(ge.evaluation_id, []).append(
            GoalOutcome(ge.goal_id, title, ge.outcome, ge.note)
        )
    return [
        EvaluationView(
            ev.id,
            ev.household_id,
            ev.plan_version_id,
            ev.held_on,
            ev.summary,
            ev.next_evaluation_date,
            ev.recorded_by,
            name,
            tuple(by_ev.get(ev.id, ())),
        )
        for ev, name in evs
    ]


def record_evaluation(
    ctx: ServiceContext,
    household_id: int,
    held_on: date | str,
    summary: str,
    outcomes: dict[int, str | tuple[str, str | None]] | None = None,
    *,
    next_evaluation_date: date | str | None = None,
) -> EvaluationView:
    """An evaluation of the plan in force (the last vastgestelde version, else the concept):
    an outcome per goal and the next evaluation, which becomes the household's next review
    date (default and maximum: the current level's review interval)."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    held = e.check("datum", v.not_future, held_on, today, "datum")
    text = e.check("verslag", v.text, summary, "verslag", max_len=v.MAX_TEXT, multiline=True)
    nxt = e.check(
        "volgende evaluatie",
        v.parse_date,
        next_evaluation_date,
        "volgende evaluatie",
        required=False,
    )
    clean_outcomes: dict[int, tuple[str, str | None]] = {}
    for goal_id, val in (outcomes or {}).items():
        outcome, note = (val, None) if isinstance(val, str) else val
        if outcome not in EVALUATION_OUTCOMES:
            e.add(f"doel {goal_id}", "uitkomst moet zijn: " + ", ".join(EVALUATION_OUTCOMES))
            continue
        clean_outcomes[goal_id] = (
            outcome,
            e.check(
                f"doel {goal_id}",
                v.text,
                note,
                "toelichting",
                required=False,
                max_len=v.MAX_TEXT,
                multiline=True,
            ),
        )
    e.raise_if_any()
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "evaluation.record", household_id, "create", detail="evaluatie"
        )
        require_open(hh)
        pv = None
        plan = s.scalar(select(m.Plan).where(m.Plan.household_id == household_id))
        if plan is not None:
            pv = latest_frozen(s, plan.id) or concept_of(s, plan.id)
        valid_goals = (
            set(s.scalars(select(m.Goal.id).where(m.Goal.plan_version_id == pv.id)))
            if pv
            else set()
        )
        for goal_id in clean_outcomes:
            if goal_id not in valid_goals:
                raise ValidationError("hoort niet bij het geldende plan", f"doel {goal_id}")
        level = s.get(m.EscalationLevel, hh.level_code)
        latest = held + timedelta(days=level.review_interval_days)
        if nxt is not None and not held < nxt <= latest:
            raise ValidationError(
                f"moet na de evaluatie en uiterlijk {latest.isoformat()} liggen "
                f"({hh.level_code}: maximaal {level.review_interval_days} dagen)",
                "volgende evaluatie",
            )
        nxt = nxt or latest
        ev = m.Evaluation(
            household_id=household_id,
            plan_version_id=pv.id if pv else None,
            held_on=held,
            summary=text,
            next_evaluation_date=nxt,
            recorded_by=ctx.actor.user_id,
            recorded_at=ctx.clock.now(),
        )
        last_held = s.scalar(
            select(func.max(m.Evaluation.held_on)).where(m.Evaluation.household_id == household_id)
        )
        s.add(ev)
        s.flush()
        for goal_id, (outcome, note) in clean_outcomes.items():
            s.add(
                m.GoalEvaluation(evaluation_id=ev.id, goal_id=goal_id, outcome=outcome, note=note)
            )
        if last_held is None or held >= last_held:  # the newest evaluation sets the review
            hh.next_review_date = nxt
        s.flush()
        return next(r for r in evaluation_rows(s, household_id) if r.id == ev.id)


def list_evaluations(ctx: ServiceContext, household_id: int) -> list[EvaluationView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="evaluaties")
        return evaluation_rows(s, household_id)
