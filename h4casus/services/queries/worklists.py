"""Worklists the GUI and the reports use: my households, overdue reviews, pending approvals
for the teamleider, handovers waiting for me, youths nearing 18, nazorg check-ins due,
(stalled help and regie op regie: `queries.stalled_help`). Each is one or two SQL statements, scoped to what the actor may see, and
returns plain rows. "Per regisseur and per team": pass `mine=True` or `team_id`, or group the
rows with `by_regisseur` / `by_team`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from h4casus.domain.enums import HandoverStatus, HouseholdStatus, LevelChangeStatus, Role
from h4casus.services.access.authorize import require_global
from h4casus.services.access.scope import scope_filter
from h4casus.services.casework.approval import approver_roles
from h4casus.services.casework.common import add_months, open_households_with_team_and_regisseur
from h4casus.services.casework.escalation import OverdueRow, overdue_rows
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import read_settings
from h4casus.services.queries.youths import YouthRow, signal_rows, youth_rows
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on, households_under_regie_of

PAGE_LIMIT = 200  # first page of a worklist, most urgent first


@dataclass(frozen=True)
class WorkItem:
    household_id: int
    case_number: str
    display_name: str
    team_id: int
    team: str
    regisseur_id: int | None
    regisseur: str | None
    level: str
    status: str
    due: date | None
    detail: str = ""


@dataclass(frozen=True)
class ApprovalItem:
    kind: str  # "op- of afschaling" | "overdracht"
    id: int
    household_id: int
    case_number: str
    display_name: str
    team_id: int
    requested_by: str
    requested_at: datetime
    detail: str  # e.g. "AVE 2 -> AVE 3" or "Rik -> Rob"
    version: int


def household_select(*extra):
    return open_households_with_team_and_regisseur(
        m.Household.id,
        m.Household.case_number,
        m.Household.display_name,
        m.Household.team_id,
        m.Team.name,
        m.RegieAssignment.user_id,
        m.User.display_name,
        m.Household.level_code,
        m.Household.status,
        *extra,
    )


def _scoped(q, ctx, mine: bool, team_id: int | None):
    scope = scope_filter(ctx.actor)
    if scope is not None:
        q = q.where(scope)
    if mine:
        q = q.where(m.RegieAssignment.user_id == ctx.actor.user_id)
    if team_id is not None:
        q = q.where(m.Household.team_id == team_id)
    return q


def work_items(rows: Iterable, detail=lambda r: "") -> list[WorkItem]:
    return [WorkItem(*r[:9], due=r[9], detail=detail(r)) for r in rows]


def my_households(ctx: ServiceContext) -> list[WorkItem]:
    """Open households where the actor holds regie; due is the next review date."""
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="mijn huishoudens")
        q = _scoped(household_select(m.Household.next_review_date), ctx, True, None)
        q = q.order_by(m.Household.next_review_date, m.Household.id)
        return work_items(s.execute(q))


def overdue_reviews(
    ctx: ServiceContext,
    *,
    mine: bool = False,
    team_id: int | None = None,
    limit: int | None = PAGE_LIMIT,
) -> list[OverdueRow]:
    """The `limit` most overdue households (one ordered index range per team); the full
    number is `overdue_count`."""
    conditions = []
    if mine:
        conditions.append(m.RegieAssignment.user_id == ctx.actor.user_id)
    if team_id is not None:
        conditions.append(m.Household.team_id == team_id)
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="evaluatie verlopen")
        return overdue_rows(s, ctx, ctx.clock.today(), *conditions, limit=limit)


def overdue_count(ctx: ServiceContext, *, mine: bool = False, team_id: int | None = None) -> int:
    """How many open households in scope are past their review date (for "200 of N")."""
    q = (
        select(func.count())
        .select_from(m.Household)
        .outerjoin(
            m.RegieAssignment,
            active_regie_on(m.Household.id),
        )
        .where(
            m.Household.status != HouseholdStatus.AFGESLOTEN.value,
            m.Household.next_review_date < ctx.clock.today(),
        )
    )
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="evaluatie verlopen")
        return s.scalar(_scoped(q, ctx, mine, team_id)) or 0


def _approver_teams(ctx: ServiceContext, action: str) -> set[int] | None:
    """Teams for which the actor may approve `action` (None: all teams)."""
    teams: set[int] = set()
    for role in approver_roles(action):
        found = ctx.actor.team_ids(Role(role))
        if found is None:
            return None
        teams |= found
    return teams


def pending_approvals(ctx: ServiceContext, *, limit: int | None = PAGE_LIMIT) -> list[ApprovalItem]:
    """Level requests and accepted handovers waiting for this actor's approval (teamleider or
    plaatsvervanger of the team), oldest first; at most `limit` of each kind. Four eyes:
    requests the actor asked for or is involved in wait for someone else and are left out."""
    me = ctx.actor.user_id
    teams = _approver_teams(ctx, "level.approve")
    handover_teams = _approver_teams(ctx, "handover.approve")
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="goed te keuren")
        if teams is not None and not teams and handover_teams is not None and not handover_teams:
            return []
        out: list[ApprovalItem] = []
        # Plain columns, not ORM objects: hundreds of rows per team at 100k households.
        c = m.LevelChange
        lc = s.execute(
            select(
                c.id,
                c.household_id,
                c.requested_at,
                c.from_level,
                c.to_level,
                c.version,
                m.Household.case_number,
                m.Household.display_name,
                m.Household.team_id,
                m.User.display_name,
            )
            .join(m.Household, m.Household.id == m.LevelChange.household_id)
            .join(m.User, m.User.id == m.LevelChange.requested_by)
            .where(
                m.LevelChange.status == LevelChangeStatus.AANGEVRAAGD.value,
                *in_teams(m.LevelChange.household_id, teams),
                # the SQL side of escalation.involved: not the one who asked, not the regisseur
                m.LevelChange.requested_by != me,
                (m.LevelChange.household_id + 0).not_in(households_under_regie_of(me)),
            )
            .order_by(m.LevelChange.requested_at, m.LevelChange.id)
            .limit(limit)
        )
        for cid, hid, at, frm_level, to_level, ver, case_number, name, team_id, requester in lc:
            out.append(
                ApprovalItem(
                    "op- of afschaling",
                    cid,
                    hid,
                    case_number,
                    name,
                    team_id,
                    requester,
                    at,
                    f"{frm_level} -> {to_level}",
                    ver,
                )
            )
        proposer, frm, to = aliased(m.User), aliased(m.User), aliased(m.User)
        h = m.Handover
        hs = s.execute(
            select(
                h.id,
                h.household_id,
                h.proposed_at,
                h.version,
                m.Household.case_number,
                m.Household.display_name,
                m.Household.team_id,
                proposer.display_name,
                frm.display_name,
                to.display_name,
            )
            .join(m.Household, m.Household.id == m.Handover.household_id)
            .join(proposer, proposer.id == m.Handover.proposed_by)
            .outerjoin(frm, frm.id == m.Handover.from_user_id)
            .outerjoin(to, to.id == m.Handover.to_user_id)
            .where(
                m.Handover.status == HandoverStatus.GEACCEPTEERD.value,
                m.Handover.needs_approval.is_(True),
                *in_teams(m.Handover.household_id, handover_teams),
                # the SQL side of regie.handover_involved: proposer, giver, receiver
                m.Handover.proposed_by != me,
                or_(m.Handover.from_user_id.is_(None), m.Handover.from_user_id != me),
                or_(m.Handover.to_user_id.is_(None), m.Handover.to_user_id != me),
            )
            .order_by(m.Handover.proposed_at, m.Handover.id)
            .limit(limit)
        )
        for hid_, hh_id, at, ver, case_number, name, team_id, by, fname, tname in hs:
            out.append(
                ApprovalItem(
                    "overdracht",
                    hid_,
                    hh_id,
                    case_number,
                    name,
                    team_id,
                    by,
                    at,
                    f"{fname} -> {tname}",
                    ver,
                )
            )
        return out


def in_teams(household_id_column, teams: set[int] | None) -> list:
    """`household_id IN (households of these teams)`, read from the team index. The
    approval lists walk their status index oldest first and test each request against this
    set, so they stop after one page without reading the requests or households of other
    teams (`+ 0`: the set is a filter, not the access path)."""
    if teams is None:
        return []
    return [
        (household_id_column + 0).in_(select(m.Household.id).where(m.Household.team_id.in_(teams)))
    ]


def handovers_waiting_for_me(ctx: ServiceContext) -> list[ApprovalItem]:
    """Handovers proposed to the actor, waiting for their acceptance."""
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="overdrachten voor mij")
        proposer, frm = aliased(m.User), aliased(m.User)
        rows = s.execute(
            select(
                m.Handover,
                m.Household.case_number,
                m.Household.display_name,
                m.Household.team_id,
                proposer.display_name,
                frm.display_name,
            )
            .join(m.Household, m.Household.id == m.Handover.household_id)
            .join(proposer, proposer.id == m.Handover.proposed_by)
            .outerjoin(frm, frm.id == m.Handover.from_user_id)
            .where(
                m.Handover.to_user_id == ctx.actor.user_id,
                m.Handover.status == HandoverStatus.VOORGESTELD.value,
            )
            .order_by(m.Handover.proposed_at, m.Handover.id)
        )
        return [
            ApprovalItem(
                "overdracht",
                h.id,
                h.household_id,
                case_number,
                name,
                team_id,
                by,
                h.proposed_at,
                f"van {fname}",
                h.version,
            )
            for h, case_number, name, team_id, by, fname in rows
        ]


def youths_nearing_18(
    ctx: ServiceContext,
    *,
    mine: bool = False,
    team_id: int | None = None,
    limit: int | None = PAGE_LIMIT,
) -> list[YouthRow]:
    """Members from 16 to 18, nearest to 18 first; at most `limit` of them.

    Two steps, so that a team's first page reads about `limit` persons and households: the
    birth-date index (which also holds who left and in which household) is walked in order
    and each youth is tested against the set of open households in scope, read from the team
    or regie index; only the persons of that page are then read (one statement) with names
    and plan states."""
    today = ctx.clock.today()
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="jongeren bijna 18")
        # The exact birth-date window (a day wider each side; ages are checked exactly after):
        # two years of births instead of three calendar years.
        from_age = read_settings(s).transition_from_age
        p = m.Person
        conditions = [
            p.birth_date >= add_months(today, -12 * 18) - timedelta(days=1),
            p.birth_date <= add_months(today, -12 * from_age) + timedelta(days=1),
        ]
        in_scope = _open_households_in_scope(ctx, mine, team_id)
        if in_scope is not None:
            # `+ 0`: the set is a filter on the birth-date walk, not an access path
            conditions.append((p.household_id + 0).in_(in_scope))
        if limit is not None:
            page = (
                select(p.id)
                .where(p.left_at.is_(None), *conditions)
                .order_by(p.birth_date, p.id)
                .limit(limit)
            )
            conditions = [p.id.in_(page)]
        return youth_rows(s, ctx, today, *conditions)


def _open_households_in_scope(ctx: ServiceContext, mine: bool, team_id: int | None):
    """SELECT of the ids of open households in the actor's scope (and under their regie, or
    in `team_id`); None when that is every open household (no set needed)."""
    scope = scope_filter(ctx.actor, access_path=not mine and team_id is None)
    if not mine and team_id is None and scope is None:
        return None
    q = select(m.Household.id).where(m.Household.status != HouseholdStatus.AFGESLOTEN.value)
    if mine:
        q = q.join(
            m.RegieAssignment,
            active_regie_on(m.Household.id),
        ).where(m.RegieAssignment.user_id == ctx.actor.user_id)
    if team_id is not None:
        q = q.where(m.Household.team_id == team_id)
    return q.where(scope) if scope is not None else q


def transition_signals(ctx: ServiceContext, *, mine: bool = False, team_id: int | None = None):
    conditions = []
    if mine:
        conditions.append(m.RegieAssignment.user_id == ctx.actor.user_id)
    if team_id is not None:
        conditions.append(m.Household.team_id == team_id)
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="signalen 18-/18+")
        return signal_rows(s, ctx, ctx.clock.today(), *conditions)


def nazorg_checkins_due(
    ctx: ServiceContext, *, within_days: int = 7, mine: bool = False, team_id: int | None = None
) -> list[WorkItem]:
    """Households in nazorg whose check-in date is past or within `within_days`."""
    horizon = ctx.clock.today() + timedelta(days=within_days)
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="nazorg check-ins")
        q = _scoped(household_select(m.Household.nazorg_checkin_date), ctx, mine, team_id)
        q = q.where(
            m.Household.status == HouseholdStatus.NAZORG.value,
            m.Household.nazorg_checkin_date <= horizon,
        ).order_by(m.Household.nazorg_checkin_date, m.Household.id)
        return work_items(s.execute(q), lambda r: "check-in")


def by_regisseur(items: Iterable) -> dict[str | None, list]:
    out: dict[str | None, list] = {}
    for it in items:
        out.setdefault(it.regisseur if hasattr(it, "regisseur") else it.regisseur_id, []).append(it)
    return out


def by_team(items: Iterable) -> dict[int, list]:
    out: dict[int, list] = {}
    for it in items:
        out.setdefault(it.team_id, []).append(it)
    return out
