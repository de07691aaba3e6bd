"""The one household plan: versions, goals per leefgebied, actions, evaluations, decisions.

A plan is edited as a concept. *Vaststellen* freezes the concept (who, when, the date of the
household's akkoord); a frozen version never changes — every service here refuses, and the
storage guard (`storage.plan_guard`) refuses any flush that would. The next change starts a
new concept copied from the last frozen version, goals, actions and 18-/18+ sections included;
copied goals keep their lineage so evaluations can follow a goal across versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import (
    ActionStatus,
    GoalStatus,
    HouseholdStatus,
    PlanStatus,
    ResponsibleType,
)
from h4casus.domain.errors import ConflictError, NotFound, RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import display_names, require_open
from h4casus.storage import models as m
from h4casus.storage.plan_guard import MESSAGE as FROZEN_MESSAGE

CONCEPT = PlanStatus.CONCEPT.value
FROZEN = PlanStatus.VASTGESTELD.value
EVALUATION_OUTCOMES = ("behaald", "deels behaald", "niet behaald", "loopt nog", "vervallen")
OPEN_ACTION_STATUSES = (ActionStatus.OPEN.value, ActionStatus.LOPEND.value)


@dataclass(frozen=True)
class ActionView:
    id: int
    goal_id: int
    description: str
    responsible_type: str
    responsible_name: str | None
    deadline: date | None
    status: str
    completed_on: date | None
    position: int
    version: int


@dataclass(frozen=True)
class GoalView:
    id: int
    plan_version_id: int
    lineage_id: int
    leefgebied_code: str
    leefgebied: str
    person_id: int | None
    title: str
    smart_result: str
    status: str
    position: int
    version: int
    actions: tuple[ActionView, ...] = ()


@dataclass(frozen=True)
class PlanVersionView:
    id: int
    plan_id: int
    household_id: int
    number: int
    status: str
    summary: str | None
    created_at: datetime
    created_by: int
    finalised_at: datetime | None
    finalised_by: int | None
    finalised_by_name: str | None
    agreed_on: date | None
    next_evaluation_date: date | None
    version: int
    goals: tuple[GoalView, ...] = ()

    @property
    def frozen(self) -> bool:
        return self.status == FROZEN


@dataclass(frozen=True)
class VersionSummary:
    id: int
    number: int
    status: str
    created_at: datetime
    finalised_at: datetime | None
    agreed_on: date | None


@dataclass(frozen=True)
class PlanOverview:
    plan_id: int
    household_id: int
    current: PlanVersionView | None
    versions: tuple[VersionSummary, ...]


@dataclass(frozen=True)
class GoalOutcome:
    goal_id: int
    title: str
    outcome: str
    note: str | None


@dataclass(frozen=True)
class EvaluationView:
    id: int
    household_id: int
    plan_version_id: int | None
    held_on: date
    summary: str
    next_evaluation_date: date | None
    recorded_by: int
    recorded_by_name: str
    outcomes: tuple[GoalOutcome, ...]


@dataclass(frozen=True)
class DecisionView:
    id: int
    household_id: int
    plan_version_id: int | None
    decided_on: date
    subject: str
    hart: str
    wet: str
    euro: str
    outcome: str
    decided_by: int
    decided_by_name: str


# --------------------------------------------------------------------------- session helpers


def plan_for(s: Session, household_id: int, now: datetime) -> m.Plan:
    plan = s.scalar(select(m.Plan).where(m.Plan.household_id == household_id))
    if plan is None:
        plan = m.Plan(household_id=household_id, created_at=now)
        s.add(plan)
        s.flush()
    return plan


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


def concept_for_edit(s: Session, ctx, household_id: int) -> m.PlanVersion:
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


# Statements of the case file are built once and run with parameters: constructing a
# SELECT costs more than running it on a household's few rows.
_GOALS_OF_VERSIONS = (
    select(m.Goal, m.Leefgebied.name)
    .join(m.Leefgebied, m.Leefgebied.code == m.Goal.leefgebied_code)
    .where(m.Goal.plan_version_id.in_(bindparam("version_ids", expanding=True)))
    .order_by(m.Leefgebied.position, m.Goal.position, m.Goal.id)
)
_ACTIONS_OF_VERSIONS = (
    select(m.Action)
    .join(m.Goal, m.Goal.id == m.Action.goal_id)
    .where(m.Goal.plan_version_id.in_(bindparam("version_ids", expanding=True)))
    .order_by(m.Action.position, m.Action.id)
)


def goal_views(s: Session, version_ids: list[int]) -> dict[int, list[GoalView]]:
    """Goals with their actions for the given versions, in two statements."""
    if not version_ids:
        return {}
    ids = {"version_ids": list(version_ids)}
    goals = s.execute(_GOALS_OF_VERSIONS, ids).all()
    actions = s.scalars(_ACTIONS_OF_VERSIONS, ids).all()
    by_goal: dict[int, list[ActionView]] = {}
    for a in actions:
        by_goal.setdefault(a.goal_id, []).append(action_view(a))
    out: dict[int, list[GoalView]] = {vid: [] for vid in version_ids}
    for g, lg_name in goals:
        out[g.plan_version_id].append(
            GoalView(
                g.id,
                g.plan_version_id,
                g.lineage_id or g.id,
                g.leefgebied_code,
                lg_name,
                g.person_id,
                g.title,
                g.smart_result,
                g.status,
                g.position,
                g.version,
                tuple(by_goal.get(g.id, ())),
            )
        )
    return out


def action_view(a: m.Action) -> ActionView:
    return ActionView(
        a.id,
        a.goal_id,
        a.description,
        a.responsible_type,
        a.responsible_name,
        a.deadline,
        a.status,
        a.completed_on,
        a.position,
        a.version,
    )


def version_view(
    s: Session,
    pv: m.PlanVersion,
    household_id: int,
    goals: list[GoalView] | None = None,
    names: dict[int, str] | None = None,
) -> PlanVersionView:
    if goals is None:
        s.flush()
        goals = goal_views(s, [pv.id])[pv.id]
    if names is None:
        names = display_names(s, [pv.finalised_by])
    return PlanVersionView(
        pv.id,
        pv.plan_id,
        household_id,
        pv.number,
        pv.status,
        pv.summary,
        pv.created_at,
        pv.created_by,
        pv.finalised_at,
        pv.finalised_by,
        names.get(pv.finalised_by) if pv.finalised_by else None,
        pv.agreed_on,
        pv.next_evaluation_date,
        pv.version,
        tuple(goals),
    )


def open_action_count(s: Session, household_id: int) -> int:
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


def _conflict() -> ConflictError:
    return ConflictError("iemand anders heeft het plan intussen gewijzigd; laad het opnieuw")


def _check_version(record, expected: int | None) -> None:
    if expected is not None and record.version != expected:
        raise _conflict()


def _member_of(s: Session, household_id: int, person_id: int | None, field: str) -> int | None:
    if person_id is None:
        return None
    p = s.get(m.Person, person_id)
    if p is None or p.household_id != household_id:
        raise ValidationError("hoort niet bij dit huishouden", field)
    return p.id


def _leefgebied(s: Session, code: str | None) -> str:
    if not code or s.get(m.Leefgebied, code) is None:
        raise ValidationError("is geen bekend leefgebied", "leefgebied")
    return code


def _editable_household(s: Session, ctx, household_id: int, detail: str) -> m.Household:
    hh = authorize_and_log(s, ctx, "plan.edit", household_id, "update", detail=detail)
    require_open(hh)
    return hh


# --------------------------------------------------------------------------- plan and versions


def start_concept(ctx, household_id: int) -> PlanVersionView:
    """The concept to work on (a copy of the last vastgestelde version when there is none)."""
    with ctx.session() as s:
        _editable_household(s, ctx, household_id, "plan: concept")
        return version_view(s, concept_for_edit(s, ctx, household_id), household_id)


def get_plan(ctx, household_id: int) -> PlanOverview:
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


def get_version(ctx, version_id: int) -> PlanVersionView:
    with ctx.session() as s:
        hid = household_of_version(s, version_id)
        authorize_and_log(s, ctx, "household.read", hid, "read", detail=f"planversie {version_id}")
        return version_view(s, s.get(m.PlanVersion, version_id), hid)


def update_concept(
    ctx,
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
            _editable_household(s, ctx, household_id, "plan: concept")
            pv = concept_for_edit(s, ctx, household_id)
            _check_version(pv, expected_version)
            if summary is not None:
                pv.summary = text
            if next_evaluation_date is not None:
                pv.next_evaluation_date = nxt
            return version_view(s, pv, household_id)
    except StaleDataError:
        raise _conflict() from None


def finalise(
    ctx, household_id: int, agreed_on: date | str, *, expected_version: int | None = None
) -> PlanVersionView:
    """Vaststellen: freeze the concept with the date of the household's akkoord."""
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
            _check_version(pv, expected_version)
            goals = s.scalar(
                select(func.count()).select_from(m.Goal).where(m.Goal.plan_version_id == pv.id)
            )
            if not goals:
                raise RuleViolation("een plan zonder doelen kan niet worden vastgesteld")
            pv.status = FROZEN
            pv.finalised_at = ctx.clock.now()
            pv.finalised_by = ctx.actor.user_id
            pv.agreed_on = agreed
            if hh.status == HouseholdStatus.INTAKE.value:
                hh.status = HouseholdStatus.ACTIEF.value
            s.flush()
            return version_view(s, pv, household_id)
    except StaleDataError:
        raise _conflict() from None


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
    ctx,
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
    ctx,
    household_id: int,
    leefgebied: str,
    person_id: int | None,
    clean: dict,
    detail: str,
) -> m.Goal:
    """A validated goal at the end of the concept (its own lineage starts here)."""
    _editable_household(s, ctx, household_id, detail)
    code = _leefgebied(s, leefgebied)
    pid = _member_of(s, household_id, person_id, "gezinslid")
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


def _goal_for_edit(s: Session, ctx, goal_id: int, detail: str) -> m.Goal:
    g = s.get(m.Goal, goal_id)
    if g is None:
        raise NotFound(f"doel {goal_id} bestaat niet")
    pv = s.get(m.PlanVersion, g.plan_version_id)
    hid = household_of_version(s, pv.id)
    _editable_household(s, ctx, hid, detail)
    refuse_if_frozen(pv)
    return g


def update_goal(ctx, goal_id: int, expected_version: int | None = None, **changes) -> GoalView:
    unknown = set(changes) - GOAL_FIELDS
    e = v.FieldErrors()
    for key in unknown:
        e.add(key, "kan hier niet worden gewijzigd")
    clean = _validate_goal(changes, e, partial=True)
    e.raise_if_any()
    try:
        with ctx.session() as s:
            g = _goal_for_edit(s, ctx, goal_id, f"plan: doel {goal_id}")
            _check_version(g, expected_version)
            hid = household_of_version(s, g.plan_version_id)
            if "leefgebied" in changes:
                g.leefgebied_code = _leefgebied(s, changes["leefgebied"])
            if "person_id" in changes:
                g.person_id = _member_of(s, hid, changes["person_id"], "gezinslid")
            for key, val in clean.items():
                setattr(g, key, val)
            return _goal_view(s, g.id)
    except StaleDataError:
        raise _conflict() from None


def remove_goal(ctx, goal_id: int) -> None:
    with ctx.session() as s:
        g = _goal_for_edit(s, ctx, goal_id, f"plan: doel {goal_id} verwijderd")
        if s.scalar(select(m.GoalEvaluation.id).where(m.GoalEvaluation.goal_id == g.id).limit(1)):
            raise RuleViolation("dit doel is al geëvalueerd; zet de status op vervallen")
        for a in s.scalars(select(m.Action).where(m.Action.goal_id == g.id)):
            s.delete(a)
        s.flush()
        s.delete(g)


# --------------------------------------------------------------------------- actions


def _validate_action(data: dict, e: v.FieldErrors, partial: bool) -> dict:
    clean: dict = {}
    if not partial or "description" in data:
        clean["description"] = e.check(
            "actie", v.text, data.get("description"), "actie", max_len=v.MAX_TEXT, multiline=True
        )
    if not partial or "responsible_type" in data:
        rt = e.check(
            "wie", v.choice, data.get("responsible_type"), ResponsibleType, "verantwoordelijke"
        )
        clean["responsible_type"] = rt.value if rt else None
    if "responsible_name" in data:
        clean["responsible_name"] = e.check(
            "naam verantwoordelijke",
            v.text,
            data["responsible_name"],
            "naam verantwoordelijke",
            required=False,
        )
    if "deadline" in data:
        clean["deadline"] = e.check(
            "deadline", v.parse_date, data["deadline"], "deadline", required=False
        )
    if "status" in data:
        st = e.check("status", v.choice, data["status"], ActionStatus, "status")
        clean["status"] = st.value if st else None
    return clean


ACTION_FIELDS = {"description", "responsible_type", "responsible_name", "deadline", "status"}


def add_action(
    ctx,
    goal_id: int,
    description: str,
    responsible_type: str,
    *,
    responsible_name: str | None = None,
    deadline: date | str | None = None,
    status: str = ActionStatus.OPEN.value,
) -> ActionView:
    e = v.FieldErrors()
    clean = _validate_action(
        {
            "description": description,
            "responsible_type": responsible_type,
            "responsible_name": responsible_name,
            "deadline": deadline,
            "status": status,
        },
        e,
        partial=False,
    )
    e.raise_if_any()
    with ctx.session() as s:
        g = _goal_for_edit(s, ctx, goal_id, f"plan: actie bij doel {goal_id}")
        position = (
            s.scalar(select(func.max(m.Action.position)).where(m.Action.goal_id == g.id)) or 0
        ) + 1
        a = m.Action(goal_id=g.id, position=position, **clean)
        if a.status == ActionStatus.AFGEROND.value:
            a.completed_on = ctx.clock.today()
        s.add(a)
        s.flush()
        return action_view(a)


@dataclass(frozen=True)
class ActionInput:
    description: str
    responsible_type: str
    responsible_name: str | None = None
    deadline: date | str | None = None
    status: str = ActionStatus.OPEN.value


def add_goal_with_actions(
    ctx,
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
            _validate_action(
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


def _action_for_edit(s: Session, ctx, action_id: int, detail: str) -> m.Action:
    a = s.get(m.Action, action_id)
    if a is None:
        raise NotFound(f"actie {action_id} bestaat niet")
    _goal_for_edit(s, ctx, a.goal_id, detail)
    return a


def update_action(
    ctx, action_id: int, expected_version: int | None = None, **changes
) -> ActionView:
    e = v.FieldErrors()
    for key in set(changes) - ACTION_FIELDS:
        e.add(key, "kan hier niet worden gewijzigd")
    clean = _validate_action(changes, e, partial=True)
    e.raise_if_any()
    try:
        with ctx.session() as s:
            a = _action_for_edit(s, ctx, action_id, f"plan: actie {action_id}")
            _check_version(a, expected_version)
            for key, val in clean.items():
                setattr(a, key, val)
            if "status" in clean:
                done = clean["status"] == ActionStatus.AFGEROND.value
                a.completed_on = (a.completed_on or ctx.clock.today()) if done else None
            s.flush()
            return action_view(a)
    except StaleDataError:
        raise _conflict() from None


def remove_action(ctx, action_id: int) -> None:
    with ctx.session() as s:
        a = _action_for_edit(s, ctx, action_id, f"plan: actie {action_id} verwijderd")
        s.delete(a)


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
    ctx,
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


def list_evaluations(ctx, household_id: int) -> list[EvaluationView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="evaluaties")
        return evaluation_rows(s, household_id)


# --------------------------------------------------------------------------- decisions


_DECISIONS = (
    select(m.Decision, m.User.display_name)
    .join(m.User, m.User.id == m.Decision.decided_by)
    .where(m.Decision.household_id == bindparam("household_id"))
    .order_by(m.Decision.decided_on.desc(), m.Decision.id.desc())
)


def decision_rows(s: Session, household_id: int) -> list[DecisionView]:
    return [
        DecisionView(
            d.id,
            d.household_id,
            d.plan_version_id,
            d.decided_on,
            d.subject,
            d.hart,
            d.wet,
            d.euro,
            d.outcome,
            d.decided_by,
            name,
        )
        for d, name in s.execute(_DECISIONS, {"household_id": household_id})
    ]


def record_decision(
    ctx,
    household_id: int,
    subject: str,
    *,
    hart: str,
    wet: str,
    euro: str,
    outcome: str,
    decided_on: date | str | None = None,
) -> DecisionView:
    """A decision with the hart-wet-euro weighing: what the resident needs, what the law
    allows, what it costs."""
    e = v.FieldErrors()
    clean = {
        "subject": e.check("onderwerp", v.text, subject, "onderwerp"),
        "hart": e.check("hart", v.text, hart, "hart", max_len=v.MAX_TEXT, multiline=True),
        "wet": e.check("wet", v.text, wet, "wet", max_len=v.MAX_TEXT, multiline=True),
        "euro": e.check("euro", v.text, euro, "euro", max_len=v.MAX_TEXT, multiline=True),
        "outcome": e.check(
            "besluit", v.text, outcome, "besluit", max_len=v.MAX_TEXT, multiline=True
        ),
        "decided_on": e.check(
            "datum", v.not_future, decided_on, ctx.clock.today(), "datum", required=False
        )
        or ctx.clock.today(),
    }
    e.raise_if_any()
    with ctx.session() as s:
        hh = authorize_and_log(s, ctx, "decision.record", household_id, "create", detail="besluit")
        require_open(hh)
        pv = current_version(s, household_id)
        d = m.Decision(
            household_id=household_id,
            plan_version_id=pv.id if pv else None,
            decided_by=ctx.actor.user_id,
            **clean,
        )
        s.add(d)
        s.flush()
        return next(r for r in decision_rows(s, household_id) if r.id == d.id)


def list_decisions(ctx, household_id: int) -> list[DecisionView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="besluiten")
        return decision_rows(s, household_id)
