"""18-/18+ signals and the youth lists: who turns 18 soon, and how far their perspectiefplan is.

Rules of this module:
- signals: youths turning 18 within `transition_signal_months` months without a perspectiefplan
  in a vastgestelde plan version — "geen perspectiefplan" when there is none at all,
  "perspectiefplan nog niet vastgesteld" while it is only in a concept — and verlengde
  jeugdhulp not decided while the 18th birthday approaches;
- youth lists: members from `transition_from_age` up to 18 in open households in scope, with
  their plan state ("geen" | "concept" | "vastgesteld": vastgesteld wins), nearest to 18 first;
- ages come from the birth date and the injected clock (29 February included);
- the scope is the policy's SQL side (`access.scope`), the same as every list.
The perspectiefplan itself (start, edit, checklist) is `services.plan.perspectiefplan`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.ages import age_on, date_turning
from h4casus.domain.enums import HouseholdStatus
from h4casus.services.access.authorize import require_global
from h4casus.services.access.scope import scope_filter
from h4casus.services.casework.common import add_months
from h4casus.services.casework.households import full_name
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import read_settings
from h4casus.services.plan.perspectiefplan import DECIDED_STATUSES, EXTENDED_CARE_ITEM
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on
from h4casus.storage.plan_versions import FROZEN


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
