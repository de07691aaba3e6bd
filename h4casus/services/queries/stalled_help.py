"""Stalled help as worklists: the regisseur's actions past their deadline, the households
whose help stalls (per kind, longest first) and the teamleider's regie op regie list (stalled
help in the teams they lead plus the open escalations there).

Rules:
- The rule of stalled help lives in `storage.stall_marks` (the marks on each household) and,
  for one case file, in `services.queries.signals`; these lists read the marks, so each is
  one ordered index range, counted only when its first page is full.
- Late actions are read only for the actor's own households (their regie), from the plan in
  force of those households; a teamleider sees households, not every action of the team.
- The escalations themselves are recorded by `services.casework.stalled`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from h4casus.domain.enums import OPEN_ACTION_STATUSES, Role
from h4casus.services.access.authorize import require_global
from h4casus.services.access.scope import scope_filter
from h4casus.services.casework.stalled import escalation_select, escalation_view
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.signals import STALL_DAYS
from h4casus.services.queries.worklists import (
    PAGE_LIMIT,
    WorkItem,
    household_select,
    in_teams,
    work_items,
)
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on
from h4casus.storage.plan_versions import in_force_condition

LATE = "acties over de deadline"
QUIET = "geen voortgang sinds laatste evaluatie"


def late_actions(ctx: ServiceContext, *, limit: int | None = PAGE_LIMIT) -> list[WorkItem]:
    """The actions past their deadline in the plans in force of the households the actor
    holds regie of, oldest deadline first (at most `limit`; the full number is
    `late_action_count`). `due` is the deadline, `detail` the action's description. Read
    from the actor's households with a stall mark (`storage.stall_marks`), not from the
    deadlines of every plan."""
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="acties over de deadline")
        q = _late_actions(ctx, household_select(m.Action.deadline, m.Action.description))
        q = q.order_by(m.Action.deadline, m.Action.id)
        return work_items(s.execute(q if limit is None else q.limit(limit)), lambda r: r[10])


def late_action_count(ctx: ServiceContext) -> int:
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="acties over de deadline")
        q = select(func.count()).select_from(m.Household)
        q = q.join(m.RegieAssignment, active_regie_on(m.Household.id))
        return s.scalar(_late_actions(ctx, q)) or 0


def _late_actions(ctx: ServiceContext, q):
    """`q` (over households joined to their active regie) narrowed to the late actions of
    the actor's households: the stall mark first, then the plan in force of only those."""
    today = ctx.clock.today()
    return (
        q.where(
            m.RegieAssignment.user_id == ctx.actor.user_id,
            m.Household.late_since < today,
        )
        .join(m.Plan, m.Plan.household_id == m.Household.id)
        .join(m.PlanVersion, m.PlanVersion.plan_id == m.Plan.id)
        .join(m.Goal, m.Goal.plan_version_id == m.PlanVersion.id)
        .join(m.Action, m.Action.goal_id == m.Goal.id)
        .where(
            in_force_condition(),
            m.Action.status.in_(OPEN_ACTION_STATUSES),
            m.Action.deadline < today,
        )
    )


def stalled_help(
    ctx: ServiceContext,
    *,
    mine: bool = False,
    team_id: int | None = None,
    limit: int | None = PAGE_LIMIT,
) -> list[WorkItem]:
    """Households whose help stalls, one row per kind, longest first (at most `limit`; the
    full number is `stalled_count`): actions of the plan in force past their deadline
    (`detail` LATE, `due` the oldest deadline) and plans without progress for `STALL_DAYS`
    since the last evaluation (QUIET, `due` that evaluation). The rule lives in
    `storage.stall_marks`; this reads its marks."""
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="vastgelopen hulp")
        return _stalled(s, ctx, _scope_conditions(ctx, team_id), mine, limit)[0]


def stalled_count(ctx: ServiceContext, *, mine: bool = False, team_id: int | None = None) -> int:
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="vastgelopen hulp")
        return _stalled(s, ctx, _scope_conditions(ctx, team_id), mine, 0)[1]


def _scope_conditions(ctx: ServiceContext, team_id: int | None) -> list:
    scope = scope_filter(ctx.actor)
    conditions = [] if scope is None else [scope]
    if team_id is not None:
        conditions.append(m.Household.team_id == team_id)
    return conditions


def _stalled(s, ctx: ServiceContext, conditions: list, mine: bool, limit: int | None):
    """(first page, full number) of stalled help under `conditions` (and under the actor's
    regie when `mine`). Each kind is one ordered range of its mark's index, counted only
    when its page is full (limit 0: only counted)."""
    today = ctx.clock.today()
    if mine:
        conditions = [*conditions, m.RegieAssignment.user_id == ctx.actor.user_id]
    kinds = (
        (LATE, m.Household.late_since, m.Household.late_since < today),
        (QUIET, m.Household.quiet_since, m.Household.quiet_since <= today - timedelta(STALL_DAYS)),
    )
    rows: list[WorkItem] = []
    total = 0
    for detail, mark, stalls in kinds:
        found: list[WorkItem] = []
        if limit != 0:
            q = household_select(mark).where(stalls, *conditions).order_by(mark, m.Household.id)
            found = work_items(
                s.execute(q if limit is None else q.limit(limit)), lambda r, d=detail: d
            )
        if limit is None or len(found) < limit:
            total += len(found)
        else:  # marks are NULL on closed households: the range is the open ones
            count = select(func.count()).select_from(m.Household).where(stalls, *conditions)
            if mine:
                count = count.join(m.RegieAssignment, active_regie_on(m.Household.id))
            total += s.scalar(count) or 0
        rows += found
    rows.sort(key=lambda w: (w.due, w.household_id, w.detail))
    return (rows if limit is None else rows[:limit]), total


@dataclass(frozen=True)
class EscalationItem:
    """An open regie op regie escalation, for the teamleider's worklist."""

    household_id: int
    case_number: str
    display_name: str
    team_id: int
    escalation_id: int
    target: str  # teamleider | partner
    addressee: str
    subject: str
    reason: str
    raised_by: str
    raised_at: datetime
    version: int


@dataclass(frozen=True)
class RegieOpRegie:
    stalled: list[WorkItem]  # stalled help in the teamleider's teams (first page)
    escalations: list[EscalationItem]  # open escalations there, oldest first
    stalled_total: int = 0  # the full number of stalled help there


def regie_op_regie(
    ctx: ServiceContext, *, team_id: int | None = None, limit: int | None = PAGE_LIMIT
) -> RegieOpRegie:
    """The teamleider's worklist of stalled help: what stalls in the teams they lead, and the
    open escalations (to them, to another teamleider of the team, or to a partner) waiting for
    an answer. Empty for whoever leads no team."""
    teams = ctx.actor.team_ids(Role.TEAMLEIDER)
    with ctx.read_session() as s:
        require_global(s, ctx, "household.search", "search", detail="regie op regie")
        if teams is not None and not teams:
            return RegieOpRegie([], [])
        conditions = [] if teams is None else [m.Household.team_id.in_(sorted(teams))]
        if team_id is not None:
            conditions.append(m.Household.team_id == team_id)
        stalled, stalled_total = _stalled(s, ctx, conditions, False, limit)
        q = escalation_select(m.RegieEscalation.answered_at.is_(None)).add_columns(
            m.Household.case_number, m.Household.display_name, m.Household.team_id
        )
        q = q.join(m.Household, m.Household.id == m.RegieEscalation.household_id)
        q = q.where(*in_teams(m.RegieEscalation.household_id, teams))
        if team_id is not None:
            q = q.where(m.Household.team_id == team_id)
        items = []
        for esc, to_name, by_name, answer_name, case_number, name, tid in s.execute(q):
            ev = escalation_view(esc, to_name, by_name, answer_name)
            items.append(
                EscalationItem(
                    ev.household_id,
                    case_number,
                    name,
                    tid,
                    ev.id,
                    ev.target,
                    ev.addressee,
                    ev.subject,
                    ev.reason,
                    ev.raised_by,
                    ev.raised_at,
                    ev.version,
                )
            )
        items.sort(key=lambda it: (it.raised_at, it.escalation_id))
        return RegieOpRegie(stalled, items, stalled_total)
