"""The household list: scoped to the actor's teams, searched and sorted in SQL, keyset-paged.
Returns plain rows, never ORM objects. While regie is temporarily with an external party the
row's `regisseur_name` says so ("extern: <partij>"), so the household stands out in the list."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from h4casus.security.policy import require
from h4casus.services.access.scope import scope_filter
from h4casus.services.casework.eigen_regie import has_open_eigen_regie
from h4casus.services.casework.households import full_name
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    birth_date: date
    relation: str


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    case_number: str
    display_name: str
    street: str
    house_number: int
    house_number_suffix: str | None
    postcode: str
    city: str
    team: str
    regisseur: str | None
    regisseur_name: str | None  # or "extern: <partij>" while regie is temporarily elsewhere
    level: str
    status: str
    next_review_date: date | None
    eigen_regie: bool = False  # the household or its network holds regie (eigen regie)
    members: tuple[MemberRow, ...] = ()

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "case_number": self.case_number,
            "name": self.display_name,
            "street": self.street,
            "postcode": self.postcode,
            "house_number": self.house_number,
            "house_number_suffix": self.house_number_suffix,
            "city": self.city,
            "team": self.team,
            "regisseur": self.regisseur,
            "regisseur_name": self.regisseur_name,
            "level": self.level,
            "status": self.status,
            "next_review_date": self.next_review_date.isoformat()
            if self.next_review_date
            else None,
            "eigen_regie": self.eigen_regie,
            "members": [
                {
                    "id": mm.id,
                    "name": mm.name,
                    "birth_date": mm.birth_date.isoformat(),
                    "relation": mm.relation,
                }
                for mm in self.members
            ],
        }


def iter_households(ctx: ServiceContext, *, with_members: bool = True, batch: int = 1000):
    """Every household in scope, ordered by id, in batches (no N+1).

    Which households are listed is logged *before* anything is handed out: one access-log
    row per household. The ids are read first (without the write lock), logged in one
    short unit of work, and then exactly those households are read and handed out (one
    created meanwhile is not listed, since it was not logged)."""
    with ctx.read_session() as s:
        ground = require(ctx.actor, "household.search")
        ids = list(s.scalars(_scoped(select(m.Household.id), ctx).order_by(m.Household.id)))
    what = "lijst huishoudens met gezinsleden" if with_members else "lijst huishoudens"
    with ctx.session() as w:
        audit_log.record_per_household(
            w, ctx, "read", "household.list", ground=ground, household_ids=ids, detail=what
        )
    logged = set(ids)
    with ctx.read_session() as s:
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            rows = [r for r in _page(s, ctx, chunk[0] - 1, batch, upto=chunk[-1]) if r.id in logged]
            if rows:
                yield from (_attach_members(s, rows) if with_members else rows)


EXTERNAL_PREFIX = "extern: "
# The name shown for the active regie: the regisseur's, or the external party's, marked.
REGIE_HOLDER = func.coalesce(
    m.User.display_name, literal(EXTERNAL_PREFIX).concat(m.RegieAssignment.external_party)
)


def row_select(*extra):
    """SELECT of the HouseholdRow columns (then `extra`), with team and active regisseur
    joined by primary key / the one-active-regie index. Callers add where/order/limit."""
    reg = m.User
    return (
        select(
            m.Household.id,
            m.Household.case_number,
            m.Household.display_name,
            m.Household.street,
            m.Household.house_number,
            m.Household.house_number_suffix,
            m.Household.postcode,
            m.Household.city,
            m.Team.name,
            reg.username,
            REGIE_HOLDER,
            m.Household.level_code,
            m.Household.status,
            m.Household.next_review_date,
            has_open_eigen_regie(m.Household.id),
            *extra,
        )
        .join(m.Team, m.Team.id == m.Household.team_id)
        .outerjoin(
            m.RegieAssignment,
            active_regie_on(m.Household.id),
        )
        .outerjoin(reg, reg.id == m.RegieAssignment.user_id)
    )


def _scoped(q, ctx: ServiceContext):
    cond = scope_filter(ctx.actor)
    return q if cond is None else q.where(cond)


def _page(
    s: Session, ctx: ServiceContext, after_id: int, limit: int, *, upto: int | None = None
) -> list[HouseholdRow]:
    q = row_select().where(m.Household.id > after_id)
    if upto is not None:
        q = q.where(m.Household.id <= upto)
    q = _scoped(q.order_by(m.Household.id).limit(limit), ctx)
    return [HouseholdRow(*r) for r in s.execute(q)]


def _attach_members(s: Session, rows: list[HouseholdRow]) -> list[HouseholdRow]:
    ids = [r.id for r in rows]
    by_hh: dict[int, list[MemberRow]] = defaultdict(list)
    q = (
        select(
            m.Person.household_id,
            m.Person.id,
            m.Person.given_names,
            m.Person.family_name_prefix,
            m.Person.family_name,
            m.Person.birth_date,
            m.Person.relation,
        )
        .where(
            m.Person.household_id.in_(ids),
            m.Person.left_at.is_(None),
            m.Person.restricted.is_(False),  # AVG art. 18: not in lists
        )
        .order_by(m.Person.household_id, m.Person.id)
    )
    for hh_id, pid, given, prefix, family, born, rel in s.execute(q):
        by_hh[hh_id].append(MemberRow(pid, full_name(given, prefix, family), born, rel))
    return [replace(r, members=tuple(by_hh.get(r.id, ()))) for r in rows]
