"""Named invariants: the rules about the stored data that must hold at every commit.

Each invariant is a name, a sentence for people, and one SQL query that returns the ids that
break it (empty when it holds). `h4casus verify` runs them all and exits 5 naming the broken
ones; the demo and fault tests call `broken_invariants` instead of restating the rules.

Where an invariant is also held by the schema (the partial unique index on active regie, the
one-concept index on plan versions) the check is the second line of defence: it also catches
a database edited outside the application. The services that keep the others are named with
each invariant, so a reader finds the rule in one place:

- exactly one active regie per open household, none when closed: `services.casework.regie`
  (start before end, `start_assignment` / `end_assignment`), `storage.active_regie`;
- no active regie held by a deactivated account: removing or deactivating an account
  (`services.admin.accounts`) refuses while it holds regie, or hands the households over
  through the regie history first (`services.casework.caseload`); `storage.regie_guard`
  refuses any flush that would break it;
- the household's level is its last carried-out level change: `services.casework.escalation`;
- at most one concept version per plan: `services.plan.versions`;
- eigen regie runs only on an open household whose regie lies with an account of the wijkteam
  (the contact that answers for it): `services.casework.eigen_regie` (start), closing and
  temporary regie elsewhere end it (`services.casework.lifecycle`, `services.casework.regie`);
- the stall marks of a household (`late_since`, `quiet_since`) follow its plan, actions and
  evaluations: `storage.stall_marks` (refreshed at each commit that touched them);
- the access log has no gaps: `services.core.audit_log` (its MAC chain is checked by
  `services.core.audit_log.verify`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from h4casus.domain.enums import HouseholdStatus, LevelChangeStatus, PlanStatus
from h4casus.storage import models as m
from h4casus.storage.active_regie import ACTIVE, regie_held_by_inactive_accounts
from h4casus.storage.stall_marks import stale_marks

CLOSED = HouseholdStatus.AFGESLOTEN.value
SHOWN_IDS = 10  # ids named per broken invariant; the count is always complete


@dataclass(frozen=True)
class Invariant:
    name: str
    description: str  # Dutch: what must hold, as a user reads it
    offenders: Callable[[], Select]  # SELECT of the ids that break it


@dataclass(frozen=True)
class Violation:
    name: str
    description: str
    count: int
    ids: tuple[int, ...]  # the first SHOWN_IDS of them

    def __str__(self) -> str:
        shown = ", ".join(str(i) for i in self.ids)
        more = f" en {self.count - len(self.ids)} meer" if self.count > len(self.ids) else ""
        return f"{self.name}: {self.description} — geschonden bij {shown}{more}"


def _active_regie_count():
    return (
        select(m.RegieAssignment.household_id, func.count().label("n"))
        .where(ACTIVE)
        .group_by(m.RegieAssignment.household_id)
        .subquery()
    )


def _open_without_regie() -> Select:
    active = _active_regie_count()
    return (
        select(m.Household.id)
        .outerjoin(active, active.c.household_id == m.Household.id)
        .where(m.Household.status != CLOSED, func.coalesce(active.c.n, 0) != 1)
    )


def _closed_with_regie() -> Select:
    return (
        select(m.Household.id)
        .join(m.RegieAssignment, m.RegieAssignment.household_id == m.Household.id)
        .where(m.Household.status == CLOSED, ACTIVE)
        .distinct()
    )


def _level_not_last_change() -> Select:
    last = (
        select(m.LevelChange.household_id, func.max(m.LevelChange.id).label("last_id"))
        .where(m.LevelChange.status == LevelChangeStatus.DOORGEVOERD.value)
        .group_by(m.LevelChange.household_id)
        .subquery()
    )
    change = aliased(m.LevelChange)
    return (
        select(m.Household.id)
        .join(last, last.c.household_id == m.Household.id)
        .join(change, change.id == last.c.last_id)
        .where(change.to_level != m.Household.level_code)
    )


def _more_than_one_concept() -> Select:
    return (
        select(m.PlanVersion.plan_id)
        .where(m.PlanVersion.status == PlanStatus.CONCEPT.value)
        .group_by(m.PlanVersion.plan_id)
        .having(func.count() > 1)
    )


def _eigen_regie_without_contact() -> Select:
    """Open eigen regie periods on a closed household, or where no account holds regie."""
    contact = (
        select(m.RegieAssignment.id)
        .where(
            m.RegieAssignment.household_id == m.EigenRegie.household_id,
            ACTIVE,
            m.RegieAssignment.user_id.is_not(None),
        )
        .exists()
    )
    return (
        select(m.EigenRegie.id)
        .join(m.Household, m.Household.id == m.EigenRegie.household_id)
        .where(m.EigenRegie.ended_on.is_(None), (m.Household.status == CLOSED) | ~contact)
    )


def _audit_gaps() -> Select:
    """Rows whose predecessor id is missing (and row 1 when the log does not start there)."""
    prev = aliased(m.AuditEvent)
    return (
        select(m.AuditEvent.id)
        .outerjoin(prev, prev.id == m.AuditEvent.id - 1)
        .where(prev.id.is_(None), m.AuditEvent.id != 1)
    )


INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "een_regisseur_per_open_huishouden",
        "elk open huishouden heeft precies één actieve regie",
        _open_without_regie,
    ),
    Invariant(
        "geen_regie_na_afsluiten",
        "een afgesloten huishouden heeft geen actieve regie",
        _closed_with_regie,
    ),
    Invariant(
        "regie_bij_actief_account",
        "de actieve regie ligt niet bij een gedeactiveerd account",
        regie_held_by_inactive_accounts,
    ),
    Invariant(
        "niveau_volgt_laatste_wijziging",
        "het AVE-niveau van een huishouden is dat van de laatst doorgevoerde wijziging",
        _level_not_last_change,
    ),
    Invariant(
        "een_concept_per_plan",
        "een plan heeft hoogstens één conceptversie",
        _more_than_one_concept,
    ),
    Invariant(
        "eigen_regie_met_wijkteamcontact",
        "eigen regie loopt alleen bij een open huishouden met een regisseur van het wijkteam "
        "als contactpersoon",
        _eigen_regie_without_contact,
    ),
    Invariant(
        "vastgelopen_hulp_bijgewerkt",
        "de datums van vastgelopen hulp bij een huishouden (oudste open deadline, laatste "
        "evaluatie zonder voortgang) kloppen met het plan",
        stale_marks,
    ),
    Invariant(
        "logboek_zonder_gaten",
        "de regels van het logboek sluiten zonder gaten op elkaar aan",
        _audit_gaps,
    ),
)


def broken_invariants(s: Session) -> list[Violation]:
    """Every invariant that does not hold, with a count and the first ids; [] when all hold."""
    out: list[Violation] = []
    for inv in INVARIANTS:
        query = inv.offenders().subquery()
        count = s.scalar(select(func.count()).select_from(query)) or 0
        if count:
            ids = tuple(s.scalars(select(query.c[0]).order_by(query.c[0]).limit(SHOWN_IDS)))
            out.append(Violation(inv.name, inv.description, count, ids))
    return out
