"""Meldcode huiselijk geweld en kindermishandeling: the five steps, dated and attributed, with
full history. The rules themselves (step order, when the conversation may be skipped, the
afwegingskader and the meldnorm) are in `domain.meldcode`; this module applies them to what is
on record.

Rules:
- a step can only be recorded after the step before it in the same trajectory (a trajectory
  starts at step 1); steps may be repeated (e.g. consulting again);
- step 3, the conversation, may instead be skipped (`skip_conversation`) when it would endanger
  the child, the adult or the professional; the ground and an explanation are recorded;
- step 4 records the answers to the afwegingskader's questions; step 5 records the decision,
  which may not contradict the latest step 4 of the trajectory (the meldnorm);
- a "niet veilig" answer in the intake safety check starts a trajectory with step 1 (see
  services.casework.lifecycle).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from h4casus.domain import meldcode as rules
from h4casus.domain import validation as v
from h4casus.domain.enums import MeldcodeDecision
from h4casus.domain.errors import RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import require_open
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

STEP_NAMES = rules.STEP_NAMES


@dataclass(frozen=True)
class WeighingAnswer:
    code: str
    question: str
    answer: bool


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
    skip_ground: str | None = None  # step 3 not held: whose safety it would endanger
    answers: tuple[WeighingAnswer, ...] = ()  # step 4: the afwegingskader

    @property
    def skipped(self) -> bool:
        return self.skip_ground is not None

    @property
    def weighing(self) -> rules.Weighing:
        return rules.Weighing({a.code: a.answer for a in self.answers})


_STEPS = (
    select(m.MeldcodeStep, m.User.display_name)
    .join(m.User, m.User.id == m.MeldcodeStep.author_id)
    .where(m.MeldcodeStep.household_id == bindparam("household_id"))
    .order_by(m.MeldcodeStep.recorded_at, m.MeldcodeStep.id)
)
_ANSWERS = (
    select(m.MeldcodeAnswer.step_id, m.MeldcodeAnswer.question, m.MeldcodeAnswer.answer)
    .join(m.MeldcodeStep, m.MeldcodeStep.id == m.MeldcodeAnswer.step_id)
    .where(m.MeldcodeStep.household_id == bindparam("household_id"))
)
_ORDER = {q.code: i for i, q in enumerate(rules.QUESTIONS)}


def _answers_by_step(s: Session, household_id: int) -> dict[int, tuple[WeighingAnswer, ...]]:
    found: dict[int, list[WeighingAnswer]] = {}
    for step_id, code, answer in s.execute(_ANSWERS, {"household_id": household_id}):
        q = rules.QUESTION_BY_CODE.get(code)
        found.setdefault(step_id, []).append(WeighingAnswer(code, q.text if q else code, answer))
    return {
        k: tuple(sorted(rows, key=lambda a: _ORDER.get(a.code, 99))) for k, rows in found.items()
    }


def step_rows(s: Session, household_id: int) -> list[MeldcodeStepView]:
    answers = _answers_by_step(s, household_id)
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
            st.skip_ground,
            answers.get(st.id, ()),
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
    skip_ground: str | None = None,
    answers: dict[str, bool] | None = None,
) -> m.MeldcodeStep:
    row = m.MeldcodeStep(
        household_id=household_id,
        person_id=person_id,
        step=step,
        done_on=done_on,
        author_id=ctx.actor.user_id,
        note=note,
        decision=decision,
        skip_ground=skip_ground,
        recorded_at=ctx.clock.now(),
    )
    s.add(row)
    s.flush()
    for code, answer in (answers or {}).items():
        s.add(m.MeldcodeAnswer(step_id=row.id, question=code, answer=answer))
    s.flush()
    return row


def _requires_before(
    s: Session, household_id: int, step: int, when: date
) -> list[MeldcodeStepView]:
    """The current trajectory, after checking that `step` may follow it on `when`."""
    trajectory = current_trajectory(step_rows(s, household_id))
    if step == 1:
        return trajectory
    before = [r for r in trajectory if r.step == step - 1]
    if not before:
        if step - 1 == rules.CONVERSATION_STEP:
            raise RuleViolation(
                f"stap {step} kan pas na stap 3 (het gesprek) van de meldcode. Brengt het "
                "gesprek de veiligheid van het kind, de volwassene of uzelf in gevaar, leg dan "
                "vast dat het gesprek wordt overgeslagen en waarom"
            )
        raise RuleViolation(f"stap {step} kan pas na stap {step - 1} van de meldcode")
    if when < before[-1].done_on:
        raise ValidationError(f"ligt vóór stap {step - 1}", "datum")
    return trajectory


def _person_of(s: Session, household_id: int, person_id: int | None) -> None:
    if person_id is not None:
        p = s.get(m.Person, person_id)
        if p is None or p.household_id != household_id:
            raise ValidationError("hoort niet bij dit huishouden", "gezinslid")


def record_step(
    ctx: ServiceContext,
    household_id: int,
    step: int,
    note: str,
    *,
    done_on: date | str | None = None,
    decision: str | None = None,
    answers: dict[str, bool | str] | None = None,
    person_id: int | None = None,
) -> MeldcodeStepView:
    """Record one step. Step 4 takes the afwegingskader's `answers` ({question code: ja/nee},
    see domain.meldcode.QUESTIONS); step 5 takes the `decision`, which must follow from the
    latest weighing."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    if isinstance(step, bool) or step not in STEP_NAMES:
        e.add("stap", "moet 1 tot en met 5 zijn")
    text = e.check("toelichting", v.text, note, "toelichting", max_len=v.MAX_TEXT, multiline=True)
    when = e.check("datum", v.not_future, done_on, today, "datum", required=False) or today
    chosen = None
    if step == rules.DECISION_STEP:
        if decision is None:
            e.add("besluit", "stap 5 vraagt een besluit: melden en/of hulp organiseren")
        else:
            chosen = e.check("besluit", v.choice, decision, MeldcodeDecision, "besluit")
    elif decision is not None:
        e.add("besluit", "alleen bij stap 5 wordt een besluit vastgelegd")
    weighed = None
    if step == rules.WEIGHING_STEP:
        try:
            weighed = rules.parse_answers(answers)
        except ValidationError as exc:
            for field, msg in exc.errors.items():
                e.add(field, msg)
    elif answers is not None:
        e.add(rules.FIELD, "alleen bij stap 4 worden de vragen van het afwegingskader beantwoord")
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
        _person_of(s, household_id, person_id)
        trajectory = _requires_before(s, household_id, step, when)
        if chosen is not None:
            weighing = [r for r in trajectory if r.step == rules.WEIGHING_STEP][-1]
            if weighing.answers:
                conflict = rules.decision_conflict(weighing.weighing, chosen)
                if conflict:
                    raise RuleViolation(conflict)
        row = add_step_row(
            s,
            ctx,
            household_id,
            step,
            when,
            text,
            decision=chosen.value if chosen else None,
            person_id=person_id,
            answers=weighed,
        )
        return next(r for r in step_rows(s, household_id) if r.id == row.id)


def skip_conversation(
    ctx: ServiceContext,
    household_id: int,
    ground: str,
    note: str,
    *,
    done_on: date | str | None = None,
    person_id: int | None = None,
) -> MeldcodeStepView:
    """Step 3 not held because the conversation would endanger the safety of the child, the
    adult or the professional: that ground and the explanation are on record instead, and
    step 4 may follow."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    why = e.check("reden", v.choice, ground, rules.SkipGround, "reden")
    text = e.check("toelichting", v.text, note, "toelichting", max_len=v.MAX_TEXT, multiline=True)
    when = e.check("datum", v.not_future, done_on, today, "datum", required=False) or today
    e.raise_if_any()
    step = rules.CONVERSATION_STEP
    with ctx.session() as s:
        hh = authorize_and_log(
            s,
            ctx,
            "meldcode.record",
            household_id,
            "create",
            person_id=person_id,
            detail="meldcode stap 3 overgeslagen",
        )
        require_open(hh)
        _person_of(s, household_id, person_id)
        _requires_before(s, household_id, step, when)
        row = add_step_row(
            s, ctx, household_id, step, when, text, person_id=person_id, skip_ground=why.value
        )
        return next(r for r in step_rows(s, household_id) if r.id == row.id)


def history(ctx: ServiceContext, household_id: int) -> list[MeldcodeStepView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="meldcode")
        return step_rows(s, household_id)
