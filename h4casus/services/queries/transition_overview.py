"""Read model of the 18-/18+ overzicht: every youth from the transition age (16) up to 18 in
the open households of one team (or of every team the teamleider leads), with their 18th
birthday, the state of their perspectiefplan and of its checklist.

Rules: the teamleider of each team in it (`report.transition`), logged as one `print` row;
youths come from `services.queries.youths.youth_rows` (the same list as the worklist); a fixed
number of statements (youths, their newest section, checklist counts, names)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from h4casus.domain.enums import Role
from h4casus.domain.errors import PermissionDenied
from h4casus.security.policy import require
from h4casus.services.casework.common import add_months
from h4casus.services.plan.perspectiefplan import DECIDED_STATUSES, EXTENDED_CARE_ITEM
from h4casus.services.queries.printing import PRINT, PrintStamp, stamp
from h4casus.services.queries.report_config import transition_settings
from h4casus.services.queries.team_overview import team_by_name
from h4casus.services.queries.youths import youth_rows
from h4casus.storage import models as m


@dataclass(frozen=True)
class YouthLine:
    household_id: int
    case_number: str
    regisseur: str | None
    name: str
    birth_date: date
    age: int
    turns_18_on: date
    days_left: int
    plan_state: str  # geen | concept | vastgesteld
    items_done: int  # checklist items geregeld or n.v.t. in the newest section
    items_total: int
    extended_care_decided: bool
    contact_18plus: str | None
    transfer_date: date | None
    signalled: bool  # within the signal window without a finalised perspectiefplan


@dataclass(frozen=True)
class TeamYouths:
    team: str
    youths: tuple[YouthLine, ...]


@dataclass(frozen=True)
class TransitionOverview:
    stamp: PrintStamp
    today: date
    teams: tuple[TeamYouths, ...]
    from_age: int
    signal_months: int

    @property
    def youths(self) -> int:
        return sum(len(t.youths) for t in self.teams)


def _teams(s, ctx, team: str | int | None) -> list[m.Team]:
    if team is not None:
        return [team_by_name(s, team)]
    ids = ctx.actor.team_ids(Role.TEAMLEIDER)
    if ids is not None and not ids:
        raise PermissionDenied(
            f"{ctx.actor.username} heeft geen recht om het 18-/18+ overzicht af te drukken"
        )
    q = select(m.Team).order_by(m.Team.name)
    if ids is not None:
        q = q.where(m.Team.id.in_(ids))
    return list(s.scalars(q))


def transition_overview(
    ctx, team: str | int | None = None, *, event: str = PRINT
) -> TransitionOverview:
    today = ctx.clock.today()
    with ctx.session() as s:
        teams = _teams(s, ctx, team)
        grounds = {require(ctx.actor, "report.transition", team_id=t.id) for t in teams}
        names = ", ".join(t.name for t in teams)
        st = stamp(
            s,
            ctx,
            event,
            "report.transition",
            ground=sorted(grounds)[0] if grounds else "",
            detail=f"18-/18+ overzicht: {names}"[:400],
        )
        cfg = transition_settings(s)
        months = cfg.signal_months
        horizon = add_months(today, months)
        team_ids = [t.id for t in teams]
        rows = youth_rows(s, ctx, today, m.Household.team_id.in_(team_ids)) if team_ids else []
        pids = [r.person_id for r in rows]
        newest: dict[int, m.TransitionPlan] = {}
        if pids:
            for tp in s.scalars(
                select(m.TransitionPlan)
                .where(m.TransitionPlan.person_id.in_(pids))
                .order_by(m.TransitionPlan.id)
            ):
                newest[tp.person_id] = tp
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        decided: set[int] = set()
        tp_ids = [tp.id for tp in newest.values()]
        if tp_ids:
            for tp_id, code, status, n in s.execute(
                select(
                    m.TransitionItem.transition_plan_id,
                    m.TransitionItem.code,
                    m.TransitionItem.status,
                    func.count(),
                )
                .where(m.TransitionItem.transition_plan_id.in_(tp_ids))
                .group_by(
                    m.TransitionItem.transition_plan_id,
                    m.TransitionItem.code,
                    m.TransitionItem.status,
                )
            ):
                counts[tp_id][1] += n
                if status in DECIDED_STATUSES:
                    counts[tp_id][0] += n
                    if code == EXTENDED_CARE_ITEM:
                        decided.add(tp_id)
        reg_ids = {r.regisseur_id for r in rows if r.regisseur_id}
        reg_names = (
            dict(
                s.execute(
                    select(m.User.id, m.User.display_name).where(m.User.id.in_(reg_ids))
                ).all()
            )
            if reg_ids
            else {}
        )

    by_team: dict[int, list[YouthLine]] = defaultdict(list)
    for r in rows:
        tp = newest.get(r.person_id)
        done, total = counts[tp.id] if tp else (0, 0)
        by_team[r.team_id].append(
            YouthLine(
                household_id=r.household_id,
                case_number=r.case_number,
                regisseur=reg_names.get(r.regisseur_id),
                name=r.name,
                birth_date=r.birth_date,
                age=r.age,
                turns_18_on=r.turns_18_on,
                days_left=(r.turns_18_on - today).days,
                plan_state=r.plan_state,
                items_done=done,
                items_total=total,
                extended_care_decided=bool(
                    tp and (tp.extended_youth_care_decided is not None or tp.id in decided)
                ),
                contact_18plus=tp.contact_18plus if tp else None,
                transfer_date=tp.transfer_date if tp else None,
                signalled=r.turns_18_on <= horizon and r.plan_state != "vastgesteld",
            )
        )
    return TransitionOverview(
        stamp=st,
        today=today,
        teams=tuple(
            TeamYouths(t.name, tuple(sorted(by_team.get(t.id, ()), key=lambda y: y.turns_18_on)))
            for t in teams
        ),
        from_age=cfg.from_age,
        signal_months=months,
    )
