"""Read model of the Monitor: anonymous counts for a period, the figures a monitor sociaal
domein asks for — registrations and closures (per team), closures per reason and with or
without follow-up arranged, escalations up and down per level,
the average ZRM change per domain, the share of youths with a finalised perspectiefplan before
18, and the median days from registration to the first finalised plan.

Rules:
- `report.monitor` (teamleider: their own teams; beheerder and an all-teams teamleider: every
  team); logged as one `print` or `export` row.
- Nothing here names or numbers a household or person: only counts, averages and a median.
- Small numbers are suppressed *here*, before anything leaves this module: a count of 1–4 is
  None (printed "< 5"), an average or median over fewer than 5 is None, a share is None when
  either side of it is 1–4; in a column with a total, one suppressed cell takes the next
  smallest with it (secondary suppression), so no cell can be worked back from the total.
- Each figure is one SQL statement over the period (plus the ZRM summary of
  services.measurements per instrument), so a year of a 100,000-household region stays within
  seconds."""

from __future__ import annotations

import dataclasses
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, select

from h4casus.domain.ages import date_turning
from h4casus.domain.enums import ClosureReason, LevelChangeStatus, Role
from h4casus.domain.labels import closure_label
from h4casus.domain.validation import FieldErrors
from h4casus.security.policy import require
from h4casus.services.admin.configuration import ladder_rows
from h4casus.services.plan.measurements import DomainChange, domain_change_summary, instrument_views
from h4casus.services.queries.printing import PRINT, PrintStamp, stamp
from h4casus.storage import models as m

THRESHOLD = 5  # counts below this (and above 0) are not shown
UNKNOWN = ""  # files closed before a closure reason was recorded
MAX_DAYS = 366 * 5


@dataclass(frozen=True)
class TeamCounts:
    team: str
    registrations: int | None  # None: suppressed
    closures: int | None


@dataclass(frozen=True)
class ClosureCount:
    reason: str  # the label (domain.labels.CLOSURE_LABELS); "onbekend" for older files
    count: int | None  # None: suppressed


@dataclass(frozen=True)
class LevelMoves:
    level: str
    up_to: int | None  # escalated to this level
    down_to: int | None  # de-escalated to this level


@dataclass(frozen=True)
class DomainFigure:
    domain: str
    subjects: int | None
    average_first: float | None
    average_latest: float | None
    average_change: float | None


@dataclass(frozen=True)
class InstrumentFigures:
    instrument: str
    domains: tuple[DomainFigure, ...]


@dataclass(frozen=True)
class Monitor:
    stamp: PrintStamp
    period_from: date
    period_to: date
    scope: str  # "alle teams" or the team names
    teams: tuple[TeamCounts, ...]
    registrations: int | None
    closures: int | None
    closure_reasons: tuple[ClosureCount, ...]  # every reason, in the order of the enum
    closures_with_follow_up: int | None  # nazorg or vervolghulp arranged
    closures_without_follow_up: int | None
    moves: tuple[LevelMoves, ...]
    escalations_up: int | None
    escalations_down: int | None
    zrm: tuple[InstrumentFigures, ...]
    youths_turned_18: int | None
    youths_with_plan: int | None
    youths_share: float | None  # 0..1
    plans_finalised: int | None  # households whose first plan was finalised in the period
    median_days_to_plan: float | None


def small(n: int) -> bool:
    return 0 < n < THRESHOLD


def suppress(n: int) -> int | None:
    return None if small(n) else n


def suppress_column(values: list[int]) -> list[int | None]:
    """Primary suppression (1–4) plus secondary: when exactly one cell of a column with a
    total is hidden, the smallest other non-zero cell is hidden too."""
    out: list[int | None] = [suppress(v) for v in values]
    if sum(1 for v in out if v is None) == 1:
        shown = [(v, i) for i, v in enumerate(out) if v]
        if shown:
            out[min(shown)[1]] = None
    return out


def validate_period(period_from: date | None, period_to: date | None) -> tuple[date, date]:
    e = FieldErrors()
    if period_from is None:
        e.add("van", "geef een begindatum (--from JJJJ-MM-DD)")
    if period_to is None:
        e.add("tot", "geef een einddatum (--to JJJJ-MM-DD)")
    if period_from and period_to:
        if period_from > period_to:
            e.add("periode", "de begindatum ligt na de einddatum")
        elif (period_to - period_from).days > MAX_DAYS:
            e.add("periode", "hoogstens vijf jaar")
    e.raise_if_any()
    return period_from, period_to  # type: ignore[return-value]


def _team_scope(ctx) -> set[int] | None:
    if ctx.actor.has_role(Role.BEHEERDER):
        return None
    return ctx.actor.team_ids(Role.TEAMLEIDER)


def monitor(ctx, period_from: date, period_to: date, *, event: str = PRINT) -> Monitor:
    period_from, period_to = validate_period(period_from, period_to)
    start = datetime.combine(period_from, datetime.min.time())
    end = datetime.combine(period_to + timedelta(days=1), datetime.min.time())
    with ctx.session() as s:
        ground = require(ctx.actor, "report.monitor")
        teams_in = _team_scope(ctx)
        st = stamp(
            s,
            ctx,
            event,
            "report.monitor",
            ground=ground,
            detail=f"monitor {period_from.isoformat()}..{period_to.isoformat()}",
        )
        team_rows = s.execute(select(m.Team.id, m.Team.name).order_by(m.Team.name)).all()
        team_names = {tid: name for tid, name in team_rows if teams_in is None or tid in teams_in}
        scope = m.Household.team_id.in_(list(team_names))

        # registrations and closures per team: one pass over the households
        per_team = dict.fromkeys(team_names, (0, 0))
        q = (
            select(
                m.Household.team_id,
                func.sum(
                    case((m.Household.signal_date.between(period_from, period_to), 1), else_=0)
                ),
                func.sum(
                    case(
                        (and_(m.Household.closed_at >= start, m.Household.closed_at < end), 1),
                        else_=0,
                    )
                ),
            )
            .where(scope)
            .group_by(m.Household.team_id)
        )
        for tid, reg, closed in s.execute(q):
            per_team[tid] = (int(reg or 0), int(closed or 0))

        # closures per reason and follow-up: one grouped statement
        closed_in_period = and_(m.Household.closed_at >= start, m.Household.closed_at < end)
        by_reason: dict[str, int] = defaultdict(int)
        follow: dict[bool | None, int] = defaultdict(int)
        for code, arranged, n in s.execute(
            select(m.Household.closure_reason, m.Household.follow_up_arranged, func.count())
            .where(scope, closed_in_period)
            .group_by(m.Household.closure_reason, m.Household.follow_up_arranged)
        ):
            by_reason[code or UNKNOWN] += n
            follow[arranged] += n

        # escalations: carried-out changes between two levels, effective in the period
        ranks = {lv.code: lv.rank for lv in ladder_rows(s)}
        effective = func.coalesce(m.LevelChange.effective_date, func.date(m.LevelChange.decided_at))
        moves_q = (
            select(m.LevelChange.from_level, m.LevelChange.to_level, func.count())
            .join(m.Household, m.Household.id == m.LevelChange.household_id)
            .where(
                m.LevelChange.status == LevelChangeStatus.DOORGEVOERD.value,
                m.LevelChange.from_level.is_not(None),
                effective >= period_from,
                effective <= period_to,
                scope,
            )
            .group_by(m.LevelChange.from_level, m.LevelChange.to_level)
        )
        up: dict[str, int] = defaultdict(int)
        down: dict[str, int] = defaultdict(int)
        for frm, to, n in s.execute(moves_q):
            if ranks.get(to, 0) > ranks.get(frm, 0):
                up[to] += n
            elif ranks.get(to, 0) < ranks.get(frm, 0):
                down[to] += n

        turned, with_plan = _youths(s, scope, period_from, period_to)
        days = _days_to_first_plan(s, scope, start, end)
        instruments = [(iv.code, iv.name) for iv in instrument_views(s).values()]

    zrm = []
    for code, name in instruments:
        found = domain_change_summary(ctx, code, measured_from=period_from, measured_to=period_to)
        zrm.append(InstrumentFigures(name, tuple(_domain(dc) for dc in found)))

    team_ids = list(team_names)
    regs = suppress_column([per_team[t][0] for t in team_ids])
    closes = suppress_column([per_team[t][1] for t in team_ids])
    reasons = [r.value for r in ClosureReason] + ([UNKNOWN] if by_reason.get(UNKNOWN) else [])
    reason_counts = suppress_column([by_reason.get(r, 0) for r in reasons])
    follow_counts = suppress_column([follow.get(True, 0), follow.get(False, 0)])
    levels = sorted(ranks, key=ranks.get)
    ups = suppress_column([up.get(c, 0) for c in levels])
    downs = suppress_column([down.get(c, 0) for c in levels])
    share = None
    n_turned = len(turned)
    if n_turned >= THRESHOLD and not small(with_plan) and not small(n_turned - with_plan):
        share = with_plan / n_turned
    return Monitor(
        stamp=st,
        period_from=period_from,
        period_to=period_to,
        scope="alle teams" if teams_in is None else ", ".join(team_names.values()),
        teams=tuple(TeamCounts(team_names[t], regs[i], closes[i]) for i, t in enumerate(team_ids)),
        registrations=suppress(sum(v[0] for v in per_team.values())),
        closures=suppress(sum(v[1] for v in per_team.values())),
        closure_reasons=tuple(
            ClosureCount(closure_label(None if r == UNKNOWN else r), reason_counts[i])
            for i, r in enumerate(reasons)
        ),
        closures_with_follow_up=follow_counts[0],
        closures_without_follow_up=follow_counts[1],
        moves=tuple(LevelMoves(c, ups[i], downs[i]) for i, c in enumerate(levels)),
        escalations_up=suppress(sum(up.values())),
        escalations_down=suppress(sum(down.values())),
        zrm=tuple(zrm),
        youths_turned_18=suppress(n_turned),
        youths_with_plan=None if share is None and with_plan else suppress(with_plan),
        youths_share=share,
        plans_finalised=suppress(len(days)),
        median_days_to_plan=statistics.median(days) if len(days) >= THRESHOLD else None,
    )


def restamp(ctx, data: Monitor, event: str) -> Monitor:
    """The same figures once more under their own audit row (e.g. the CSV beside the PDF of
    one CLI call): logged, but not computed twice."""
    with ctx.session() as s:
        ground = require(ctx.actor, "report.monitor")
        st = stamp(
            s,
            ctx,
            event,
            "report.monitor",
            ground=ground,
            detail=f"monitor {data.period_from.isoformat()}..{data.period_to.isoformat()}",
        )
    return dataclasses.replace(data, stamp=st)


def _domain(dc: DomainChange) -> DomainFigure:
    if dc.subjects < THRESHOLD:
        return DomainFigure(dc.domain, None, None, None, None)
    return DomainFigure(
        dc.domain, dc.subjects, dc.average_first, dc.average_latest, dc.average_change
    )


def _youths(s, scope, period_from: date, period_to: date) -> tuple[list[int], int]:
    """Members who turned 18 in the period while their household was in care, and how many of
    them had a perspectiefplan in a vastgestelde plan version finalised before that day."""
    oldest = date_turning(period_from, -18) - timedelta(days=2)
    youngest = date_turning(period_to, -18) + timedelta(days=2)
    rows = s.execute(
        select(m.Person.id, m.Person.birth_date, m.Household.signal_date, m.Household.closed_at)
        .join(m.Household, m.Household.id == m.Person.household_id)
        .where(m.Person.birth_date.between(oldest, youngest), scope)
    ).all()
    turned: dict[int, date] = {}
    for pid, born, signal, closed in rows:
        day = date_turning(born, 18)
        in_care = signal <= day and (closed is None or closed.date() >= day)
        if period_from <= day <= period_to and in_care:
            turned[pid] = day
    if not turned:
        return [], 0
    first = dict(
        s.execute(
            select(m.TransitionPlan.person_id, func.min(m.PlanVersion.finalised_at))
            .join(m.PlanVersion, m.PlanVersion.id == m.TransitionPlan.plan_version_id)
            .where(
                m.TransitionPlan.person_id.in_(list(turned)),
                m.PlanVersion.status == "vastgesteld",
            )
            .group_by(m.TransitionPlan.person_id)
        ).all()
    )
    with_plan = sum(1 for pid, day in turned.items() if first.get(pid) and first[pid].date() < day)
    return list(turned), with_plan


def _days_to_first_plan(s, scope, start: datetime, end: datetime) -> list[int]:
    """Days from the signal to the first finalised plan, for households whose first plan was
    finalised in the period."""
    first = (
        select(m.Plan.household_id.label("hid"), func.min(m.PlanVersion.finalised_at).label("at"))
        .join(m.PlanVersion, m.PlanVersion.plan_id == m.Plan.id)
        .where(m.PlanVersion.status == "vastgesteld", m.PlanVersion.finalised_at.is_not(None))
        .group_by(m.Plan.household_id)
        .subquery()
    )
    rows = s.execute(
        select(first.c.at, m.Household.signal_date)
        .join(m.Household, m.Household.id == first.c.hid)
        .where(first.c.at >= start, first.c.at < end, scope)
    ).all()
    return [max(0, (at.date() - signal).days) for at, signal in rows]
