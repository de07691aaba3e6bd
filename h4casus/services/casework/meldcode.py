"""Meldcode huiselijk geweld en kindermishandeling: the five steps, dated and attributed, and
the decision at step 5 (melden bij Veilig Thuis and/or hulp organiseren), with full history.

A step can only be recorded after the step before it in the same trajectory (a trajectory
starts at step 1); steps may be repeated (e.g. consulting again). A "niet veilig" answer in the
intake safety check starts a trajectory with step 1 (see services.lifecycle).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from h4casus.domain import validation as v
from h4casus.domain.enums import MeldcodeDecision
from h4casus.domain.errors import RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import require_open
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

STEP_NAMES = {
    1: "Signalen in kaart brengen",
    2: "Collegiale consultatie en zo nodig Veilig Thuis raadplegen",
    3: "Gesprek met de betrokkene(n)",
    4: "Wegen met het afwegingskader",
    5: "Beslissen: melden en/of hulp organiseren",
}


@dataclass(frozen=True)
class MeldcodeStepView:
    id: int
    step: int
    step_name: str
    done_on: date
    author_id: int
    author: str
    person_id: int | None
    note: str
    decision: str | None
    recorded_at: datetime


_STEPS = (
    select(m.MeldcodeStep, m.User.display_name)
    .join(m.User, m.User.id == m.MeldcodeStep.author_id)
    .where(m.MeldcodeStep.household_id == bindparam("household_id"))
    .order_by(m.MeldcodeStep.recorded_at, m.MeldcodeStep.id)
)


def step_rows(s: Session, household_id: int) -> list[MeldcodeStepView]:
    return [
        MeldcodeStepView(
            st.id,
            st.step,
            STEP_NAMES[st.step],
            st.done_on,
            st.author_id,
            name,
            st.person_id,
            st.note,
            st.decision,
            st.recorded_at,
        )
        for st, name in s.execute(_STEPS, {"household_id": household_id})
    ]


def current_trajectory(rows: list[MeldcodeStepView]) -> list[MeldcodeStepView]:
    """The steps since the most recent step 1."""
    starts = [i for i, r in enumerate(rows) if r.step == 1]
    return rows[starts[-1] :] if starts else []


def add_step_row(
    s: Session,
    ctx: ServiceContext,
    household_id: int,
    step: int,
    done_on: date,
    note: str,
    *,
    decision: str | None = None,
    person_id: int | None = None,
) -> m.MeldcodeStep:
    row = m.MeldcodeStep(
        household_id=household_id,
        person_id=person_id,
        step=step,
        done_on=done_on,
        author_id=ctx.actor.user_id,
        note=note,
        decision=decision,
        recorded_at=ctx.clock.now(),
    )
    s.add(row)
    s.flush()
    return row


def record_step(
    ctx: ServiceContext,
    household_id: int,
    step: int,
    note: str,
    *,
    done_on: date | str | None = None,
    decision: str | None = None,
    person_id: int | None = None,
) -> MeldcodeStepView:
    today = ctx.clock.today()
    e = v.FieldErrors()
    if isinstance(step, bool) or step not in STEP_NAMES:
        e.add("stap", "moet 1 tot en met 5 zijn")
    text = e.check("toelichting", v.text, note, "toelichting", max_len=v.MAX_TEXT, multiline=True)
    when = e.check("datum", v.not_future, done_on, today, "datum", required=False) or today
    chosen = None
    if step == 5:
        if decision is None:
            e.add("besluit", "stap 5 vraagt een besluit: melden en/of hulp organiseren")
        else:
            chosen = e.check("besluit", v.choice, decision, MeldcodeDecision, "besluit")
    elif decision is not None:
        e.add("besluit", "alleen bij stap 5 wordt een besluit vastgelegd")
    e.raise_if_any()
    with ctx.session() as s:
        hh = authorize_and_log(
            s,
            ctx,
            "meldcode.record",
            household_id,
            "create",
            person_id=person_id,
            detail=f"meldcode stap {step}",
        )
        require_open(hh)
        if person_id is not None:
            p = s.get(m.Person, person_id)
            if p is None or p.household_id != household_id:
                raise ValidationError("hoort niet bij dit huishouden", "gezinslid")
        if step > 1:
            trajectory = current_trajectory(step_rows(s, household_id))
            before = [r for r in trajectory if r.step == step - 1]
            if not before:
                raise RuleViolation(f"stap {step} kan pas na stap {step - 1} van de meldcode")
            if when < before[-1].done_on:
                raise ValidationError(f"ligt vóór stap {step - 1}", "datum")
        row = add_step_row(
            s,
            ctx,
            household_id,
            step,
            when,
            text,
            decision=chosen.value if chosen else None,
            person_id=person_id,
        )
        return next(r for r in step_rows(s, household_id) if r.id == row.id)


def history(ctx: ServiceContext, household_id: int) -> list[MeldcodeStepView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="meldcode")
        return step_rows(s, household_id)
