"""18-/18+ perspectiefplan: a section per youth inside the household plan (one plan!).

For every youth in an open household from the setting `transition_from_age` (default 16):
the eight life areas, a short risk assessment, the standard checklist of what changes at 18
(each item with status, responsible and due date), the 18+ contact and the transfer date.
Signals: youths turning 18 within `transition_signal_months` months without a perspectiefplan in
a vastgestelde plan version — "geen perspectiefplan" when there is none at all, "perspectiefplan
nog niet vastgesteld" while it is only in a concept — and verlengde jeugdhulp not decided while
the 18th birthday approaches. Ages come from the birth date and the injected clock (29 February included).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.ages import age_on, date_turning
from h4casus.domain.enums import ChecklistStatus, HouseholdStatus
from h4casus.domain.errors import ConflictError, NotFound, RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log, require_global
from h4casus.services.access.scope import scope_filter
from h4casus.services.casework.common import add_months, require_open
from h4casus.services.casework.households import full_name
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import configuration_document, read_settings
from h4casus.services.plan.versions import concept_for_edit, household_of_version, refuse_if_frozen
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on
from h4casus.storage.plan_versions import FROZEN, current_version

AREAS = ("wonen", "school", "werk", "inkomen", "zorg", "veiligheid", "relaties", "vrije_tijd")
EXTENDED_CARE_ITEM = "verlengde_jeugdhulp"
DECIDED_STATUSES = (ChecklistStatus.GEREGELD.value, ChecklistStatus.NVT.value)
ADULT_LIMIT = 23  # verlengde jeugdhulp runs to 23; after that no perspectiefplan is started


@dataclass(frozen=True)
class ChecklistItemView:
    id: int
    code: str
    name: str
    status: str
    responsible: str | None
    due_date: date | None
    note: str | None
    version: int


@dataclass(frozen=True)
class TransitionView:
    id: int
    plan_version_id: int
    frozen: bool
    person_id: int
    person_name: str
    birth_date: date
    age: int
    turns_18_on: date
    areas: dict[str, str | None]
    risk_assessment: str | None
    contact_18plus: str | None
    transfer_date: date | None
    extended_youth_care_decided: bool | None
    items: tuple[ChecklistItemView, ...]
    version: int


@dataclass(frozen=True)
class TransitionSignal:
    kind: str  # NO_PLAN | PLAN_NOT_FINALISED | EXTENDED_CARE
    household_id: int
    case_number: str
    team_id: int
    regisseur_id: int | None
    person_id: int
    name: str
    birth_date: date
    turns_18_on: date
    days_left: int


@dataclass(frozen=True)
class YouthRow:
    household_id: int
    case_number: str
    team_id: int
    regisseur_id: int | None
    person_id: int
    name: str
    birth_date: date
    age: int
    turns_18_on: date
    plan_state: str  # "geen" | "concept" | "vastgesteld"


NO_PLAN = "geen perspectiefplan"
PLAN_NOT_FINALISED = "perspectiefplan nog niet vastgesteld"
PLAN_SIGNALS = (NO_PLAN, PLAN_NOT_FINALISED)  # both: not yet a finalised perspectiefplan
EXTENDED_CARE = "verlengde jeugdhulp niet besloten"


# --------------------------------------------------------------------------- session helpers


def checklist_names(s: Session) -> dict[str, str]:
    return {it["code"]: it["name"] for it in configuration_document(s, "transition")["checklist"]}


_SECTIONS_OF_VERSIONS = (
    select(m.TransitionPlan, m.Person, m.PlanVersion.status)
    .join(m.Person, m.Person.id == m.TransitionPlan.person_id)
    .join(m.PlanVersion, m.PlanVersion.id == m.TransitionPlan.plan_version_id)
    .where(m.TransitionPlan.plan_version_id.in_(bindparam("version_ids", expanding=True)))
    .order_by(m.Person.birth_date, m.TransitionPlan.id)
)
_ITEMS_OF_VERSIONS = (
    select(m.TransitionItem)
    .join(m.TransitionPlan, m.TransitionPlan.id == m.TransitionItem.transition_plan_id)
    .where(m.TransitionPlan.plan_version_id.in_(bindparam("version_ids", expanding=True)))
    .order_by(m.TransitionItem.position, m.TransitionItem.id)
)


def transition_rows(s: Session, version_ids: list[int], today: date) -> list[TransitionView]:
    """The 18-/18+ sections of the given plan versions, in a fixed number of statements."""
    if not version_ids:
        return []
    names = checklist_names(s)
    ids = {"version_ids": list(version_ids)}
    rows = s.execute(_SECTIONS_OF_VERSIONS, ids).all()
    items = s.scalars(_ITEMS_OF_VERSIONS, ids).all()
    by_tp: dict[int, list[ChecklistItemView]] = {}
    for it in items:
        by_tp.setdefault(it.transition_plan_id, []).append(
            ChecklistItemView(
                it.id,
                it.code,
                names.get(it.code, it.code),
                it.status,
                it.responsible,
                it.due_date,
                it.note,
                it.version,
            )
        )
    return [
        TransitionView(
            tp.id,
            tp.plan_version_id,
            status == FROZEN,
            p.id,
            full_name(p.given_names, p.family_name_prefix, p.family_name),
            p.birth_date,
            age_on(p.birth_date, today),
            date_turning(p.birth_date, 18),
            {a: getattr(tp, a) for a in AREAS},
            tp.risk_assessment,
            tp.contact_18plus,
            tp.transfer_date,
            tp.extended_youth_care_decided,
            tuple(by_tp.get(tp.id, ())),
            tp.version,
        )
        for tp, p, status in rows
    ]


def _view(s: Session, tp_id: int, today: date) -> TransitionView:
    s.flush()
    tp = s.get(m.TransitionPlan, tp_id)
    return next(t for t in transition_rows(s, [tp.plan_version_id], today) if t.id == tp_id)


# --------------------------------------------------------------------------- services


def start_transition_plan(ctx: ServiceContext, household_id: int, person_id: int) -> TransitionView:
    """The perspectiefplan section for one youth in the household's concept plan (started
    from the last vastgestelde version if needed), with the standard checklist."""
    today = ctx.clock.today()
    with ctx.session() as s:
        hh = authorize_and_log(
            s,
            ctx,
            "plan.edit",
            household_id,
            "create",
            person_id=person_id,
            detail="perspectiefplan",
        )
        require_open(hh)
        p = s.get(m.Person, person_id)
        if p is None or p.household_id != household_id or p.left_at is not None:
            raise ValidationError("hoort niet bij dit huishouden", "jongere")
        from_age = read_settings(s).transition_from_age
        age = age_on(p.birth_date, today)
        if age < from_age:
            raise RuleViolation(
                f"een perspectiefplan 18-/18+ begint vanaf {from_age} jaar; deze jongere is {age}"
            )
        if age >= ADULT_LIMIT:
            raise RuleViolation("een perspectiefplan 18-/18+ is voor jongeren tot 23 jaar")
        pv = concept_for_edit(s, ctx, household_id)
        existing = s.scalar(
            select(m.TransitionPlan).where(
                m.TransitionPlan.plan_version_id == pv.id, m.TransitionPlan.person_id == p.id
            )
        )
        if existing is not None:
            return _view(s, existing.id, today)
        checklist = configuration_document(s, "transition")["checklist"]
        tp = m.TransitionPlan(
            plan_version_id=pv.id,
            person_id=p.id,
            items=[m.TransitionItem(code=it["code"], position=i) for i, it in enumerate(checklist)],
        )
        s.add(tp)
        s.flush()
        return _view(s, tp.id, today)


TEXT_FIELDS = (*AREAS, "risk_assessment", "contact_18plus")
FIELD_LABELS = {"risk_assessment": "risico-inschatting", "contact_18plus": "contactpersoon 18+"}


def _tp_for_edit(
    s: Session, ctx: ServiceContext, transition_id: int, detail: str
) -> m.TransitionPlan:
    tp = s.get(m.TransitionPlan, transition_id)
    if tp is None:
        raise NotFound(f"perspectiefplan {transition_id} bestaat niet")
    hid = household_of_version(s, tp.plan_version_id)
    hh = authorize_and_log(
        s, ctx, "plan.edit", hid, "update", person_id=tp.person_id, detail=detail
    )
    require_open(hh)
    refuse_if_frozen(s.get(m.PlanVersion, tp.plan_version_id))
    return tp


def update_transition_plan(
    ctx: ServiceContext, transition_id: int, expected_version: int | None = None, **changes
) -> TransitionView:
    """Edit areas, risk assessment, 18+ contact, transfer date, verlengde jeugdhulp decision."""
    e = v.FieldErrors()
    clean: dict = {}
    for key, val in changes.items():
        label = FIELD_LABELS.get(key, key)
        if key in TEXT_FIELDS:
            clean[key] = e.check(
                label,
                v.text,
                val,
                label,
                required=False,
                max_len=200 if key == "contact_18plus" else v.MAX_TEXT,
                multiline=key != "contact_18plus",
            )
        elif key == "transfer_date":
            clean[key] = e.check(
                "overdrachtsdatum", v.parse_date, val, "overdrachtsdatum", required=False
            )
        elif key == "extended_youth_care_decided":
            if val not in (True, False, None):
                e.add("verlengde jeugdhulp", "moet ja, nee of leeg zijn")
            clean[key] = val
        else:
            e.add(key, "kan hier niet worden gewijzigd")
    e.raise_if_any()
    try:
        with ctx.session() as s:
            tp = _tp_for_edit(s, ctx, transition_id, "perspectiefplan gewijzigd")
            if expected_version is not None and tp.version != expected_version:
                raise ConflictError("het perspectiefplan is intussen gewijzigd; laad het opnieuw")
            for key, val in clean.items():
                setattr(tp, key, val)
            return _view(s, tp.id, ctx.clock.today())
    except StaleDataError:
        raise ConflictError("het perspectiefplan is intussen gewijzigd; laad het opnieuw") from None


def update_checklist_item(
    ctx: ServiceContext,
    item_id: int,
    expected_version: int | None = None,
    *,
    status: str | None = None,
    responsible: str | None = None,
    due_date: date | str | None = None,
    note: str | None = None,
) -> TransitionView:
    e = v.FieldErrors()
    st = (
        e.check("status", v.choice, status, ChecklistStatus, "status")
        if status is not None
        else None
    )
    resp = e.check("verantwoordelijke", v.text, responsible, "verantwoordelijke", required=False)
    due = e.check("streefdatum", v.parse_date, due_date, "streefdatum", required=False)
    remark = e.check(
        "toelichting",
        v.text,
        note,
        "toelichting",
        required=False,
        max_len=v.MAX_TEXT,
        multiline=True,
    )
    e.raise_if_any()
    try:
        with ctx.session() as s:
            it = s.get(m.TransitionItem, item_id)
            if it is None:
                raise NotFound(f"checklistpunt {item_id} bestaat niet")
            _tp_for_edit(s, ctx, it.transition_plan_id, f"checklist {it.code}")
            if expected_version is not None and it.version != expected_version:
                raise ConflictError("dit checklistpunt is intussen gewijzigd; laad het opnieuw")
            if st is not None:
                it.status = st.value
            if responsible is not None:
                it.responsible = resp
            if due_date is not None:
                it.due_date = due
            if note is not None:
                it.note = remark
            return _view(s, it.transition_plan_id, ctx.clock.today())
    except StaleDataError:
        raise ConflictError("dit checklistpunt is intussen gewijzigd; laad het opnieuw") from None


def transition_plans(ctx: ServiceContext, household_id: int) -> list[TransitionView]:
    """The sections in the household's current plan version."""
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="perspectiefplan")
        pv = current_version(s, household_id)
        return transition_rows(s, [pv.id] if pv else [], ctx.clock.today())


@dataclass(frozen=True)
class TransitionSetup:
    """What the 18-/18+ screen needs of the configuration: from which age a youth is shown
    and the names of the leefgebieden, in their order."""

    from_age: int
    areas: tuple[tuple[str, str], ...]  # (code, name)


def transition_setup(ctx: ServiceContext) -> TransitionSetup:
    """Configuration only (no household data): every account may read it, like the settings."""
    with ctx.session() as s:
        names = {a["code"]: a["name"] for a in configuration_document(s, "transition")["areas"]}
        return TransitionSetup(
            read_settings(s).transition_from_age,
            tuple((code, names.get(code, code)) for code in AREAS),
        )


# --------------------------------------------------------------------------- signals and lists


def _youth_query(columns, oldest_birth: date, youngest_birth: date, *conditions):
    """SELECT `columns` of members of open households born in [oldest_birth, youngest_birth],
    with their household and active regisseur joined, oldest first."""
    return (
        select(*columns)
        .join(m.Household, m.Household.id == m.Person.household_id)
        .outerjoin(
            m.RegieAssignment,
            active_regie_on(m.Household.id),
        )
        .where(
            m.Household.status != HouseholdStatus.AFGESLOTEN.value,
            m.Person.left_at.is_(None),
            m.Person.birth_date >= oldest_birth,
            m.Person.birth_date <= youngest_birth,
            *conditions,
        )
        .order_by(m.Person.birth_date, m.Person.id)
    )


def _in_scope(q, ctx):
    scope = scope_filter(ctx.actor)
    return q.where(scope) if scope is not None else q


def _youths(s: Session, ctx: ServiceContext, oldest_birth: date, youngest_birth: date, *conditions):
    """Members of open households in scope born in [oldest_birth, youngest_birth]."""
    columns = (m.Person, m.Household.case_number, m.Household.team_id, m.RegieAssignment.user_id)
    return s.execute(
        _in_scope(_youth_query(columns, oldest_birth, youngest_birth, *conditions), ctx)
    ).all()


def _plan_states(s: Session, person_ids: list[int]) -> dict[int, tuple[str, m.TransitionPlan]]:
    """Per person: the best state of their perspectiefplan and the newest section."""
    out: dict[int, tuple[str, m.TransitionPlan]] = {}
    if not person_ids:
        return out
    rows = s.execute(
        select(m.TransitionPlan, m.PlanVersion.status)
        .join(m.PlanVersion, m.PlanVersion.id == m.TransitionPlan.plan_version_id)
        .where(m.TransitionPlan.person_id.in_(person_ids))
        .order_by(m.TransitionPlan.id)
    ).all()
    for tp, status in rows:
        prev = out.get(tp.person_id)
        best = FROZEN if (status == FROZEN or (prev and prev[0] == FROZEN)) else "concept"
        out[tp.person_id] = (best, tp)
    return out


def _extended_care_decided(s: Session, sections: list[m.TransitionPlan]) -> set[int]:
    ids = [tp.id for tp in sections]
    decided = {tp.person_id for tp in sections if tp.extended_youth_care_decided is not None}
    if ids:
        rows = s.execute(
            select(m.TransitionPlan.person_id)
            .join(m.TransitionItem, m.TransitionItem.transition_plan_id == m.TransitionPlan.id)
            .where(
                m.TransitionPlan.id.in_(ids),
                m.TransitionItem.code == EXTENDED_CARE_ITEM,
                m.TransitionItem.status.in_(DECIDED_STATUSES),
            )
        )
        decided.update(pid for (pid,) in rows)
    return decided


def signal_rows(
    s: Session, ctx: ServiceContext, today: date, *conditions
) -> list[TransitionSignal]:
    months = read_settings(s).transition_signal_months
    horizon = add_months(today, months)
    # Coarse SQL window on birth dates, exact check with date_turning below (29 Feb).
    candidates = _youths(
        s,
        ctx,
        add_months(today, -18 * 12) - timedelta(days=2),
        add_months(horizon, -18 * 12) + timedelta(days=2),
        *conditions,
    )
    rows = []
    for p, case_number, team_id, reg_id in candidates:
        turns = date_turning(p.birth_date, 18)
        if today < turns <= horizon:
            rows.append((p, case_number, team_id, reg_id, turns))
    states = _plan_states(s, [r[0].id for r in rows])
    decided = _extended_care_decided(s, [tp for _state, tp in states.values()])
    out: list[TransitionSignal] = []
    for p, case_number, team_id, reg_id, turns in rows:
        name = full_name(p.given_names, p.family_name_prefix, p.family_name)
        base = (p.household_id, case_number, team_id, reg_id, p.id, name, p.birth_date, turns)
        days = (turns - today).days
        state = states.get(p.id)
        if state is None:
            out.append(TransitionSignal(NO_PLAN, *base, days))
        elif state[0] != FROZEN:
            out.append(TransitionSignal(PLAN_NOT_FINALISED, *base, days))
        if p.id not in decided:
            out.append(TransitionSignal(EXTENDED_CARE, *base, days))
    return out


def signals(
    ctx: ServiceContext, *, team_id: int | None = None, regisseur_id: int | None = None
) -> list[TransitionSignal]:
    conditions = []
    if team_id is not None:
        conditions.append(m.Household.team_id == team_id)
    if regisseur_id is not None:
        conditions.append(m.RegieAssignment.user_id == regisseur_id)
    with ctx.session() as s:
        require_global(s, ctx, "household.search", "search", detail="signalen 18-/18+")
        return signal_rows(s, ctx, ctx.clock.today(), *conditions)


def youth_rows(s: Session, ctx: ServiceContext, today: date, *conditions) -> list[YouthRow]:
    """Youths from `from_age` up to 18 in open households in scope, with their plan state,
    nearest to 18 first. Plain columns: a team has hundreds of them at 100,000 households."""
    from_age = read_settings(s).transition_from_age
    p = m.Person
    columns = (
        p.id,
        p.household_id,
        p.given_names,
        p.family_name_prefix,
        p.family_name,
        p.birth_date,
        m.Household.case_number,
        m.Household.team_id,
        m.RegieAssignment.user_id,
    )
    oldest, youngest = date(today.year - 18, 1, 1), date(today.year - from_age, 12, 31)
    q = _in_scope(_youth_query(columns, oldest, youngest, *conditions), ctx)
    rows = []
    for pid, hid, given, prefix, family, born, case_number, team_id, reg_id in s.execute(q):
        age = age_on(born, today)
        if from_age <= age < 18:
            rows.append(
                (
                    pid,
                    hid,
                    full_name(given, prefix, family),
                    born,
                    age,
                    case_number,
                    team_id,
                    reg_id,
                )
            )
    states = _plan_state_by_person(s, [r[0] for r in rows])
    return [
        YouthRow(
            hid,
            case_number,
            team_id,
            reg_id,
            pid,
            name,
            born,
            age,
            date_turning(born, 18),
            states.get(pid, "geen"),
        )
        for pid, hid, name, born, age, case_number, team_id, reg_id in rows
    ]


def _plan_state_by_person(s: Session, person_ids: list[int]) -> dict[int, str]:
    """Per person: "vastgesteld" when a section of theirs is in a vastgestelde plan version,
    else "concept" when they have one at all (plain columns, one query)."""
    out: dict[int, str] = {}
    if not person_ids:
        return out
    rows = s.execute(
        select(m.TransitionPlan.person_id, m.PlanVersion.status)
        .join(m.PlanVersion, m.PlanVersion.id == m.TransitionPlan.plan_version_id)
        .where(m.TransitionPlan.person_id.in_(person_ids))
    )
    for pid, status in rows:
        if out.get(pid) != FROZEN:
            out[pid] = FROZEN if status == FROZEN else "concept"
    return out


def youths(
    ctx: ServiceContext, *, team_id: int | None = None, regisseur_id: int | None = None
) -> list[YouthRow]:
    conditions = []
    if team_id is not None:
        conditions.append(m.Household.team_id == team_id)
    if regisseur_id is not None:
        conditions.append(m.RegieAssignment.user_id == regisseur_id)
    with ctx.session() as s:
        require_global(s, ctx, "household.search", "search", detail="jongeren 16-18")
        return youth_rows(s, ctx, ctx.clock.today(), *conditions)
