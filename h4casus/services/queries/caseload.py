"""Read model of the caseload: per regisseur of a team, their open households weighted by
level against the norm, so a teamleider can rebalance the work.

Rules:
- A household weighs what the setting `caseload_weights` gives its level (default AVE 1 = 1,
  AVE 2 = 2, AVE 3 = 4, AVE 4 = 8); a level the setting does not name weighs 2^(rank - 1),
  as the default ladder does. A regisseur's load is the sum over their open households
  (status other than afgesloten); the norm is the setting `caseload_norm` (default 40: about
  five of the heaviest households or forty light ones).
- Every account with a casework role that can hold regie in the team (regisseur, consulent)
  is listed, also with no households; households without a regisseur inside the wijkteam
  (none, or regie temporarily outside) are one row of their own, without a norm.
- The teamleider of the team only (`report.team`), logged as one read row; a fixed number of
  statements whatever the size of the team (settings, ladder, teams, accounts, one grouped
  count of households per regisseur and level, and the names of holders without a casework
  role when there are any).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from h4casus.domain.enums import HouseholdStatus, Role
from h4casus.domain.errors import NotFound
from h4casus.security.policy import require
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import Settings, read_settings
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on

REGIE_ROLES = (Role.REGISSEUR.value, Role.CONSULENT.value)


@dataclass(frozen=True)
class RegisseurLoad:
    team_id: int
    team: str
    user_id: int | None  # None: the households without a regisseur in the wijkteam
    name: str
    households: int
    per_level: dict[str, int] = field(default_factory=dict)
    load: int = 0
    norm: int | None = None  # None for the row of households without a regisseur

    @property
    def percent(self) -> int | None:
        """The load as a percentage of the norm (rounded), None without a norm."""
        return None if not self.norm else round(100 * self.load / self.norm)

    @property
    def over_norm(self) -> bool:
        return self.norm is not None and self.load > self.norm


@dataclass(frozen=True)
class TeamCaseload:
    team_id: int
    team: str
    norm: int
    weights: dict[str, int]
    rows: tuple[RegisseurLoad, ...]

    @property
    def households(self) -> int:
        return sum(r.households for r in self.rows)

    @property
    def load(self) -> int:
        return sum(r.load for r in self.rows)


def level_weights(s: Session, settings: Settings) -> dict[str, int]:
    """Level code -> weight of one household at that level (the setting, else 2^(rank-1))."""
    ranks = dict(s.execute(select(m.EscalationLevel.code, m.EscalationLevel.rank)).all())
    configured = settings.caseload_weights
    return {code: configured.get(code, 2 ** max(0, rank - 1)) for code, rank in ranks.items()}


def weigh(per_level: dict[str, int], weights: dict[str, int]) -> int:
    """The weighted load of households counted per level."""
    return sum(weights.get(code, 1) * n for code, n in per_level.items())


def caseload_rows(s: Session, team_ids: set[int] | None) -> list[TeamCaseload]:
    """The caseload of the given teams (None: every team), in team-name order."""
    settings = read_settings(s)
    weights = level_weights(s, settings)
    norm = settings.caseload_norm
    teams_q = select(m.Team.id, m.Team.name).order_by(m.Team.name, m.Team.id)
    if team_ids is not None:
        teams_q = teams_q.where(m.Team.id.in_(team_ids))
    teams = s.execute(teams_q).all()
    wanted = {tid for tid, _ in teams}
    workers = s.execute(
        select(m.UserRole.team_id, m.User.id, m.User.display_name)
        .join(m.User, m.User.id == m.UserRole.user_id)
        .where(
            m.User.active.is_(True),
            m.UserRole.role.in_(REGIE_ROLES),
            or_(m.UserRole.team_id.in_(wanted), m.UserRole.team_id.is_(None)),
        )
        .distinct()
    ).all()
    # Grouped without the names (one lookup per household fewer); the names of the few
    # regisseurs are read after.
    counts = s.execute(
        select(
            m.Household.team_id,
            m.RegieAssignment.user_id,
            m.Household.level_code,
            func.count(),
        )
        .outerjoin(m.RegieAssignment, active_regie_on(m.Household.id))
        .where(
            m.Household.status != HouseholdStatus.AFGESLOTEN.value,
            m.Household.team_id.in_(wanted),
        )
        .group_by(m.Household.team_id, m.RegieAssignment.user_id, m.Household.level_code)
    ).all()
    holders = {user_id for _t, user_id, _l, _n in counts if user_id is not None}
    display_names = {user_id: display for _t, user_id, display in workers}
    missing = holders - set(display_names)
    if missing:
        display_names.update(
            s.execute(
                select(m.User.id, m.User.display_name).where(m.User.id.in_(sorted(missing)))
            ).all()
        )
    names: dict[tuple[int, int | None], str] = {}
    levels: dict[tuple[int, int | None], dict[str, int]] = defaultdict(dict)
    for team_id, user_id, level, n in counts:
        key = (team_id, user_id)
        names[key] = display_names.get(user_id, "") if user_id is not None else ""
        levels[key][level] = levels[key].get(level, 0) + n
    for team_id, user_id, display in workers:
        for tid in [team_id] if team_id is not None else wanted:
            names.setdefault((tid, user_id), display)
    out = []
    for team_id, team in teams:
        rows = []
        for (tid, user_id), display in names.items():
            if tid != team_id:
                continue
            per_level = levels.get((tid, user_id), {})
            rows.append(
                RegisseurLoad(
                    team_id,
                    team,
                    user_id,
                    display,
                    sum(per_level.values()),
                    dict(per_level),
                    weigh(per_level, weights),
                    norm if user_id is not None else None,
                )
            )
        # heaviest first; the households without a regisseur last
        rows.sort(key=lambda r: (r.user_id is None, -r.load, r.name.casefold()))
        out.append(TeamCaseload(team_id, team, norm, dict(weights), tuple(rows)))
    return out


def _teams_led(ctx: ServiceContext, team_ids: Iterable[int] | None) -> set[int] | None:
    """The teams asked for that the actor leads (None: all teams, for a teamleider of all)."""
    led = ctx.actor.team_ids(Role.TEAMLEIDER)
    if team_ids is None:
        return led
    asked = set(team_ids)
    for team_id in asked:
        require(ctx.actor, "report.team", team_id=team_id)
    return asked


def caseloads(ctx: ServiceContext, team_ids: Iterable[int] | None = None) -> list[TeamCaseload]:
    """The caseload of the teams the actor leads (or of `team_ids`, each refused unless the
    actor is its teamleider)."""
    teams = _teams_led(ctx, team_ids)
    if teams is not None and not teams:
        require(ctx.actor, "report.team", team_id=-1)  # no team led: the refusal in words
    with ctx.read_session() as s:
        result = caseload_rows(s, teams)
        grounds = {require(ctx.actor, "report.team", team_id=t.team_id) for t in result}
        audit_log.record(
            s,
            ctx,
            "read",
            "report.team",
            ground=", ".join(sorted(grounds)) or "teamleider/team",
            detail="caseload " + ", ".join(t.team for t in result)[:300],
        )
        return result


def caseload(ctx: ServiceContext, team_id: int) -> TeamCaseload:
    """The caseload of one team (the teamleider of that team only)."""
    found = caseloads(ctx, [team_id])
    if not found:
        raise NotFound(f"team {team_id} bestaat niet")
    return found[0]
