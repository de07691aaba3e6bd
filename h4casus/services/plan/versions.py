"""The one household plan and its versions.

A plan is edited as a concept. *Vaststellen* freezes the concept (who, when, the date of the
household's akkoord); a frozen version never changes — every service here refuses, and the
storage guard (`storage.plan_guard`) refuses any flush that would. The next change starts a
new concept copied from the last frozen version, goals, actions and 18-/18+ sections included;
copied goals keep their lineage so evaluations can follow a goal across versions. The helpers
here (`editable_household`, `goal_for_edit`, `check_version`) are the one way the other plan
modules get something to edit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import HouseholdStatus
from h4casus.domain.errors import ConflictError, NotFound, RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import advance_status, require_open
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.views import (
    PlanOverview,
    PlanVersionView,
    VersionSummary,
    version_view,
)
from h4casus.storage import models as m
from h4casus.storage.plan_guard import MESSAGE as FROZEN_MESSAGE
from h4casus.storage.plan_versions import (
    CONCEPT,
    FROZEN,
    concept_of,
    latest_frozen,
)

# --------------------------------------------------------------------------- session helpers


def plan_for(s: Session, household_id: int, now: datetime) -> m.Plan:
    plan = s.scalar(select(m.Plan).where(m.Plan.household_id == household_id))
    if plan is None:
        plan = m.Plan(household_id=household_id, created_at=now)
        s.add(plan)
        s.flush()
    return plan


def copy_version(s: Session, src: m.PlanVersion, dst: m.PlanVersion) -> None:
    """Goals with their actions, and the 18-/18+ sections with their checklist, into `dst`."""
    goals = list(
        s.scalars(select(m.Goal).where(m.Goal.plan_version_id == src.id).order_by(m.Goal.position))
    )
    actions = list(
        s.scalars(
            select(m.Action)
            .join(m.Goal, m.Goal.id == m.Action.goal_id)
            .where(m.Goal.plan_version_id == src.id)
            .order_by(m.Action.position, m.Action.id)
        )
    )
    by_goal: dict[int, list[m.Action]] = {}
    for a in actions:
        by_goal.setdefault(a.goal_id, []).append(a)
    for g in goals:
        ng = m.Goal(
            plan_version_id=dst.id,
            lineage_id=g.lineage_id or g.id,
            leefgebied_code=g.leefgebied_code,
            person_id=g.person_id,
            title=g.title,
            smart_result=g.smart_result,
            status=g.status,
            hart=g.hart,
            wet=g.wet,
            euro=g.euro,
            position=g.position,
        )
        s.add(ng)
        s.flush()
        for a in by_goal.get(g.id, []):
            s.add(
                m.Action(
                    goal_id=ng.id,
                    description=a.description,
                    responsible_type=a.responsible_type,
                    responsible_name=a.responsible_name,
                    network_contact_id=a.network_contact_id,
                    deadline=a.deadline,
                    status=a.status,
                    completed_on=a.completed_on,
                    position=a.position,
                )
            )
    for tp in s.scalars(select(m.TransitionPlan).where(m.TransitionPlan.plan_version_id == src.id)):
        s.add(
            m.TransitionPlan(
                plan_version_id=dst.id,
                person_id=tp.person_id,
                wonen=tp.wonen,
                school=tp.school,
                werk=tp.werk,
                inkomen=tp.inkomen,
                zorg=tp.zorg,
                veiligheid=tp.veiligheid,
                relaties=tp.relaties,
                vrije_tijd=tp.vrije_tijd,
                risk_assessment=tp.risk_assessment,
                contact_18plus=tp.contact_18plus,
                transfer_date=tp.transfer_date,
                extended_youth_care_decided=tp.extended_youth_care_decided,
                items=[
                    m.TransitionItem(
                        code=it.code,
                        status=it.status,
                        responsible=it.responsible,
                        due_date=it.due_date,
                        note=it.note,
                        position=it.position,
                    )
                    for it in tp.items
                ],
            )
        )
    s.flush()


def concept_for_edit(s: Session, ctx: ServiceContext, household_id: int) -> m.PlanVersion:
    """The concept to edit; starts one (copied from the last frozen version) if needed."""
    now = ctx.clock.now()
    plan = plan_for(s, household_id, now)
    concept = concept_of(s, plan.id)
    if concept is not None:
        return concept
    last = latest_frozen(s, plan.id)
    number = (
        s.scalar(select(func.max(m.PlanVersion.number)).where(m.PlanVersion.plan_id == plan.id))
        or 0
    ) + 1
    concept = m.PlanVersion(
        plan_id=plan.id,
        number=number,
        status=CONCEPT,
        summary=last.summary if last else None,
        created_at=now,
        created_by=ctx.actor.user_id,
        next_evaluation_date=last.next_evaluation_date if last else None,
    )
    s.add(concept)
    s.flush()
    if last is not None:
        copy_version(s, last, concept)
    return concept


def refuse_if_frozen(pv: m.PlanVersion) -> None:
    if pv.status == FROZEN:
        raise RuleViolation(FROZEN_MESSAGE)


def household_of_version(s: Session, version_id: int) -> int:
    hid = s.scalar(
        select(m.Plan.household_id)
        .join(m.PlanVersion, m.PlanVersion.plan_id == m.Plan.id)
        .where(m.PlanVersion.id == version_id)
    )
    if hid is None:
        raise NotFound(f"planversie {version_id} bestaat niet")
    return hid


def conflict() -> ConflictError:
    return ConflictError("iemand anders heeft het plan intussen gewijzigd; laad het opnieuw")


def check_version(record, expected: int | None) -> None:
    if expected is not None and record.version != expected:
        raise conflict()


def member_of(s: Session, household_id: int, person_id: int | None, field: str) -> int | None:
    if person_id is None:
        return None
    p = s.get(m.Person, person_id)
    if p is None or p.household_id != household_id:
        raise ValidationError("hoort niet bij dit huishouden", field)
    return p.id


def leefgebied_code(s: Session, code: str | None) -> str:
    if not code or s.get(m.Leefgebied, code) is None:
        raise ValidationError("is geen bekend leefgebied", "leefgebied")
    return code


def editable_household(
    s: Session, ctx: ServiceContext, household_id: int, detail: str
) -> m.Household:
    hh = authorize_and_log(s, ctx, "plan.edit", household_id, "update", detail=detail)
    require_open(hh)
    return hh


def goal_for_edit(
    s: Session,
    ctx: ServiceContext,
    goal_id: int,
    detail: str,
    *,
    expected_version: int | None = None,
    new_concept: bool = False,
) -> m.Goal:
    """The goal to change. A goal of a vastgestelde version is refused, unless `new_concept`:
    then a goal of the *last* vastgestelde version (while there is no concept) is followed
    into a new concept started from that version, in the same unit of work as the change, and
    its copy is returned. `expected_version` is checked on the goal the caller saw."""
    g = s.get(m.Goal, goal_id)
    if g is None:
        raise NotFound(f"doel {goal_id} bestaat niet")
    pv = s.get(m.PlanVersion, g.plan_version_id)
    hid = household_of_version(s, pv.id)
    editable_household(s, ctx, hid, detail)
    check_version(g, expected_version)
    if new_concept and pv.status == FROZEN:
        return _copy_in_new_concept(s, ctx, hid, pv, g)
    refuse_if_frozen(pv)
    return g


def _copy_in_new_concept(
    s: Session, ctx: ServiceContext, household_id: int, pv: m.PlanVersion, g: m.Goal
) -> m.Goal:
    """The copy of `g` in a new concept started from `pv`. Only the version in force can be
    followed: when a concept exists already or `pv` is not the last vastgestelde version, the
    caller looked at an older state of the plan (a conflict, never a silent change)."""
    last = latest_frozen(s, pv.plan_id)
    if concept_of(s, pv.plan_id) is not None or last is None or last.id != pv.id:
        raise conflict()
    concept = concept_for_edit(s, ctx, household_id)
    copy = s.scalar(
        select(m.Goal).where(
            m.Goal.plan_version_id == concept.id, m.Goal.lineage_id == (g.lineage_id or g.id)
        )
    )
    if copy is None:  # pragma: no cover - copy_version copies every goal
        raise conflict()
    return copy


# --------------------------------------------------------------------------- plan and versions


def start_concept(ctx: ServiceContext, household_id: int) -> PlanVersionView:
    """The concept to work on (a copy of the last vastgestelde version when there is none)."""
    with ctx.session() as s:
        editable_household(s, ctx, household_id, "plan: concept")
        return version_view(s, concept_for_edit(s, ctx, household_id), household_id)


def get_plan(ctx: ServiceContext, household_id: int) -> PlanOverview:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="plan")
        plan = plan_for(s, household_id, ctx.clock.now())
        versions = s.scalars(
            select(m.PlanVersion)
            .where(m.PlanVersion.plan_id == plan.id)
            .order_by(m.PlanVersion.number)
        ).all()
        cur = concept_of(s, plan.id) or latest_frozen(s, plan.id)
        return PlanOverview(
            plan.id,
            household_id,
            version_view(s, cur, household_id) if cur else None,
            tuple(
                VersionSummary(
                    pv.id, pv.number, pv.status, pv.created_at, pv.finalised_at, pv.agreed_on
                )
                for pv in versions
            ),
        )


def get_version(ctx: ServiceContext, version_id: int) -> PlanVersionView:
    with ctx.session() as s:
        hid = household_of_version(s, version_id)
        authorize_and_log(s, ctx, "household.read", hid, "read", detail=f"planversie {version_id}")
        return version_view(s, s.get(m.PlanVersion, version_id), hid)


def update_concept(
    ctx: ServiceContext,
    household_id: int,
    *,
    expected_version: int | None = None,
    summary: str | None = None,
    next_evaluation_date: date | str | None = None,
) -> PlanVersionView:
    e = v.FieldErrors()
    text = e.check(
        "vraag", v.text, summary, "vraag", required=False, max_len=v.MAX_TEXT, multiline=True
    )
    nxt = e.check(
        "volgende evaluatie",
        v.parse_date,
        next_evaluation_date,
        "volgende evaluatie",
        required=False,
    )
    e.raise_if_any()
    try:
        with ctx.session() as s:
            editable_household(s, ctx, household_id, "plan: concept")
            pv = concept_for_edit(s, ctx, household_id)
            check_version(pv, expected_version)
            if summary is not None:
                pv.summary = text
            if next_evaluation_date is not None:
                pv.next_evaluation_date = nxt
            return version_view(s, pv, household_id)
    except StaleDataError:
        raise conflict() from None


def finalise(
    ctx: ServiceContext,
    household_id: int,
    agreed_on: date | str,
    *,
    expected_version: int | None = None,
) -> PlanVersionView:
    """Vaststellen: freeze the concept with the date of the household's akkoord. The first
    vastgestelde plan moves an aangemeld or intake household to actief."""
    agreed = v.not_future(agreed_on, ctx.clock.today(), "datum akkoord")
    try:
        with ctx.session() as s:
            hh = authorize_and_log(
                s, ctx, "plan.finalise", household_id, "update", detail="plan vastgesteld"
            )
            require_open(hh)
            plan = plan_for(s, household_id, ctx.clock.now())
            pv = concept_of(s, plan.id)
            if pv is None:
                raise RuleViolation("er is geen concept om vast te stellen")
            check_version(pv, expected_version)
            goals = s.scalar(
                select(func.count()).select_from(m.Goal).where(m.Goal.plan_version_id == pv.id)
            )
            if not goals:
                raise RuleViolation("een plan zonder doelen kan niet worden vastgesteld")
            pv.status = FROZEN
            pv.finalised_at = ctx.clock.now()
            pv.finalised_by = ctx.actor.user_id
            pv.agreed_on = agreed
            advance_status(hh, HouseholdStatus.ACTIEF)  # the first plan: support starts
            s.flush()
            return version_view(s, pv, household_id)
    except StaleDataError:
        raise conflict() from None
