"""18-/18+ perspectiefplan: a section per youth inside the household plan (one plan!).

For every youth in an open household from the setting `transition_from_age` (default 16):
the eight life areas, a short risk assessment, the standard checklist of what changes at 18
(each item with status, responsible and due date), the 18+ contact and the transfer date.
Edits go to the concept plan version only (a vastgestelde version is frozen); ages come from
the birth date and the injected clock (29 February included). The signals and youth lists
("turns 18 soon without a vastgesteld perspectiefplan") are the read side:
`services.queries.youths`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.ages import age_on, date_turning
from h4casus.domain.enums import ChecklistStatus
from h4casus.domain.errors import ConflictError, NotFound, RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import require_open
from h4casus.services.casework.households import full_name
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import configuration_document, read_settings
from h4casus.services.plan.versions import concept_for_edit, household_of_version, refuse_if_frozen
from h4casus.storage import models as m
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
