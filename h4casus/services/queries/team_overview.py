"""Read model of the Teamoverzicht: the open households of one team per regisseur, with their
level, days since the last evaluation, overdue reviews and youths nearing 18; totals per level.

Rules: the teamleider of the team only (`report.team`), logged as one `print` row; open
households only (status other than afgesloten); a fixed number of statements whatever the
size of the team (households with their regisseur, last evaluation per household, youths with
their perspectiefplan state), each walking an index on the team or the household, so 2,000
households cost what a few hundred do, times the rows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.domain.enums import HouseholdStatus
from h4casus.domain.errors import ValidationError
from h4casus.security.policy import require
from h4casus.services.admin.configuration import LevelView, ladder_rows, level_view
from h4casus.services.casework.common import add_months
from h4casus.services.queries.printing import PRINT, PrintStamp, stamp
from h4casus.services.queries.report_config import transition_settings
from h4casus.services.queries.youths import youth_rows
from h4casus.storage import models as m

NO_REGISSEUR = "Zonder regisseur"


@dataclass(frozen=True)
class TeamHousehold:
    household_id: int
    case_number: str
    display_name: str
    level: str
    status: str
    next_review_date: date | None
    days_overdue: int | None  # > 0 when the review date has passed
    last_evaluation: date | None
    days_since_evaluation: int | None  # None: no evaluation yet
    youths: int  # members from the transition age up to 18
    youths_signalled: int  # of those: turning 18 within the signal window without a finalised plan


@dataclass(frozen=True)
class RegisseurGroup:
    regisseur_id: int | None
    regisseur: str
    households: tuple[TeamHousehold, ...]
    per_level: dict[str, int]
    overdue: int
    youths_signalled: int


@dataclass(frozen=True)
class TeamOverview:
    stamp: PrintStamp
    team_id: int
    team: str
    today: date
    ladder: tuple[LevelView, ...]
    groups: tuple[RegisseurGroup, ...]
    per_level: dict[str, int]
    households: int
    overdue: int
    youths: int
    youths_signalled: int
    signal_months: int
    transition_from_age: int


def team_by_name(s: Session, name: str | int) -> m.Team:
    """The team called `name` (case-insensitive), or a ValidationError listing the teams.
    An int is a team id (the desktop knows its teams by id)."""
    if isinstance(name, int):
        found = s.get(m.Team, name)
        if found is None:
            raise ValidationError(f"team {name} bestaat niet", "team")
        return found
    wanted = " ".join((name or "").split())
    if not wanted:
        raise ValidationError("geef de naam van een team", "team")
    teams = s.scalars(select(m.Team).order_by(m.Team.name)).all()
    for t in teams:
        if t.name.casefold() == wanted.casefold():
            return t
    known = ", ".join(t.name for t in teams[:20]) or "geen"
    raise ValidationError(f"team '{wanted}' bestaat niet (teams: {known})", "team")


_HOUSEHOLDS = (
    select(
        m.Household.id,
        m.Household.case_number,
        m.Household.display_name,
        m.Household.level_code,
        m.Household.status,
        m.Household.next_review_date,
        m.RegieAssignment.user_id,
        m.RegieAssignment.external_party,
        m.User.display_name,
    )
    .outerjoin(
        m.RegieAssignment,
        (m.RegieAssignment.household_id == m.Household.id) & m.RegieAssignment.ended_at.is_(None),
    )
    .outerjoin(m.User, m.User.id == m.RegieAssignment.user_id)
    .where(m.Household.status != HouseholdStatus.AFGESLOTEN.value)
    .order_by(m.Household.sort_name, m.Household.id)
)


def _last_evaluations(s: Session, team_id: int) -> dict[int, date]:
    q = (
        select(m.Evaluation.household_id, func.max(m.Evaluation.held_on))
        .join(m.Household, m.Household.id == m.Evaluation.household_id)
        .where(
            m.Household.team_id == team_id,
            m.Household.status != HouseholdStatus.AFGESLOTEN.value,
        )
        .group_by(m.Evaluation.household_id)
    )
    return dict(s.execute(q).all())


def team_overview(ctx, team: str | int, *, event: str = PRINT) -> TeamOverview:
    today = ctx.clock.today()
    with ctx.session() as s:
        t = team_by_name(s, team)
        ground = require(ctx.actor, "report.team", team_id=t.id)
        st = stamp(s, ctx, event, "report.team", ground=ground, detail=f"teamoverzicht {t.name}")
        ladder = tuple(level_view(lv) for lv in ladder_rows(s))
        transition = transition_settings(s)
        months = transition.signal_months
        horizon = add_months(today, months)
        rows = s.execute(_HOUSEHOLDS.where(m.Household.team_id == t.id)).all()
        last_eval = _last_evaluations(s, t.id)
        youths: dict[int, int] = defaultdict(int)
        signalled: dict[int, int] = defaultdict(int)
        for y in youth_rows(s, ctx, today, m.Household.team_id == t.id):
            youths[y.household_id] += 1
            if y.turns_18_on <= horizon and y.plan_state != "vastgesteld":
                signalled[y.household_id] += 1

    groups: dict[tuple[str, int | None], list[TeamHousehold]] = defaultdict(list)
    for hid, case, name, level, status, review, uid, external, reg_name in rows:
        last = last_eval.get(hid)
        overdue = (today - review).days if review is not None and review < today else None
        item = TeamHousehold(
            hid,
            case,
            name,
            level,
            status,
            review,
            overdue,
            last,
            (today - last).days if last else None,
            youths.get(hid, 0),
            signalled.get(hid, 0),
        )
        who = reg_name or (f"Extern: {external}" if external else NO_REGISSEUR)
        groups[(who, uid)].append(item)
    rank = {lv.code: lv.rank for lv in ladder}
    out_groups = []
    for (who, uid), items in sorted(groups.items(), key=lambda kv: kv[0][0].casefold()):
        items.sort(key=lambda h: (-rank.get(h.level, 0), h.display_name.casefold()))
        out_groups.append(
            RegisseurGroup(
                uid,
                who,
                tuple(items),
                _per_level(items),
                sum(1 for h in items if h.days_overdue),
                sum(h.youths_signalled for h in items),
            )
        )
    everything = [h for g in out_groups for h in g.households]
    return TeamOverview(
        stamp=st,
        team_id=t.id,
        team=t.name,
        today=today,
        ladder=ladder,
        groups=tuple(out_groups),
        per_level=_per_level(everything),
        households=len(everything),
        overdue=sum(g.overdue for g in out_groups),
        youths=sum(h.youths for h in everything),
        youths_signalled=sum(g.youths_signalled for g in out_groups),
        signal_months=months,
        transition_from_age=transition.from_age,
    )


def _per_level(items: list[TeamHousehold]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for h in items:
        out[h.level] += 1
    return dict(out)
