"""The filters of the household list, as SQL, and the choices the filter row offers.

Rules:
- A `ListFilter` narrows both the sorted pages and the search (`queries.search`); every
  filter is a WHERE condition, so paging, sorting and scope stay as they are.
- `ListFilter()` (the list's default) shows open households only; "alle" includes closed
  ones. A service call without a filter lists everything in scope, as before.
- Conditions are written so each query still walks an index: a filter on a small set
  (a regisseur, mine, youths 16–18) is an IN over its own index (the regie index by user,
  the persons' birth-date index) and drives the query; a filter on a large share (status,
  team, overdue) stays a filter on the walk of the ordering index (`+ 0` / `|| ''` keep the
  planner from sorting a whole team instead); the level filter uses the level index when
  the list is sorted by name.
- Youths 16–18: a current member (not restricted, AVG art. 18) from the setting
  `transition_from_age` up to 18 today.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.domain.enums import HouseholdStatus
from h4casus.domain.errors import ValidationError
from h4casus.security.policy import Actor
from h4casus.services.access.authorize import require_global
from h4casus.services.casework.common import REGIE_ROLES
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import read_settings
from h4casus.storage import models as m
from h4casus.storage.active_regie import ACTIVE, households_under_regie_of

OPEN = "open"  # every status but afgesloten
ALL = "alle"
STATUS_CHOICES = (OPEN, ALL, *(st.value for st in HouseholdStatus))


@dataclass(frozen=True)
class ListFilter:
    status: str = OPEN  # "open", "alle" or one HouseholdStatus value
    team_id: int | None = None
    regisseur_id: int | None = None
    level: str | None = None
    overdue: bool = False  # open, and the next evaluation date has passed
    youths: bool = False  # a member from transition_from_age up to 18
    mine: bool = False  # under the actor's own regie

    @property
    def narrows(self) -> bool:
        """True when the filter leaves any household out."""
        return self != EVERYTHING


EVERYTHING = ListFilter(status=ALL)  # what a service call without filters lists


def check_filter(flt: ListFilter | None) -> ListFilter:
    flt = EVERYTHING if flt is None else flt
    if flt.status not in STATUS_CHOICES:
        raise ValidationError(f"kies een van: {', '.join(STATUS_CHOICES)}", "status")
    for name in ("team_id", "regisseur_id"):
        value = getattr(flt, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValidationError("moet een nummer zijn", name)
    return flt


def describe(flt: ListFilter) -> str:
    """The filter in words for the access log (no names, no query text)."""
    parts = [f"status {flt.status}"]
    if flt.team_id is not None:
        parts.append(f"team {flt.team_id}")
    if flt.regisseur_id is not None:
        parts.append(f"regisseur {flt.regisseur_id}")
    if flt.level is not None:
        parts.append(flt.level)
    parts += [
        word
        for on, word in ((flt.overdue, "verlopen"), (flt.youths, "jongeren"), (flt.mine, "mijn"))
        if on
    ]
    return "filter: " + ", ".join(parts)


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


def youth_households(today: date, from_age: int):
    """SELECT of the households with a current member aged `from_age` up to 18 today."""
    p = m.Person
    return select(p.household_id).where(
        p.birth_date > years_before(today, 18),
        p.birth_date <= years_before(today, from_age),
        p.left_at.is_(None),
        p.restricted.is_(False),
    )


def conditions(
    s: Session, actor: Actor, flt: ListFilter, today: date, *, sort: str = "name"
) -> list:
    """The WHERE conditions of `flt` for a list sorted by `sort` (or a search)."""
    hh = m.Household
    out: list = []
    if flt.status == OPEN:
        out.append(hh.status != HouseholdStatus.AFGESLOTEN.value)
    elif flt.status != ALL:
        out.append(hh.status == flt.status)
    if flt.team_id is not None:
        out.append((hh.team_id + 0) == flt.team_id)
    if flt.level is not None:
        # Sorted by name, the level index gives the page in order; otherwise a filter.
        out.append(
            hh.level_code == flt.level if sort == "name" else (hh.level_code + "") == flt.level
        )
    if flt.overdue:
        out.append(hh.next_review_date < today)
        out.append(hh.status != HouseholdStatus.AFGESLOTEN.value)
    if flt.regisseur_id is not None:
        out.append(hh.id.in_(households_under_regie_of(flt.regisseur_id)))
    if flt.mine:
        out.append(hh.id.in_(households_under_regie_of(actor.user_id)))
    if flt.youths:
        out.append(hh.id.in_(youth_households(today, read_settings(s).transition_from_age)))
    return out


# --------------------------------------------------------------------------- choices


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str
    gemeente: str | None


@dataclass(frozen=True)
class WorkerChoice:
    """An account that can hold regie, with its open caseload."""

    id: int
    username: str
    display_name: str
    roles: tuple[str, ...]
    team_ids: tuple[int | None, ...]  # None: all teams
    caseload: int

    def works_in(self, team_id: int) -> bool:
        return None in self.team_ids or team_id in self.team_ids


@dataclass(frozen=True)
class FilterChoices:
    teams: tuple[TeamChoice, ...]
    regisseurs: tuple[WorkerChoice, ...]
    levels: tuple[str, ...]
    youth_from_age: int


def visible_teams(s: Session, actor: Actor) -> list[TeamChoice]:
    teams = actor.team_ids()
    q = select(m.Team.id, m.Team.name, m.Team.gemeente).order_by(m.Team.name)
    if teams is not None:
        q = q.where(m.Team.id.in_(teams))
    return [TeamChoice(*r) for r in s.execute(q)]


def workers(s: Session, team_ids: list[int] | None) -> list[WorkerChoice]:
    """Active accounts with a casework role in one of `team_ids` (None: any team), sorted by
    name, with how many open households they hold regie over."""
    grants = s.execute(
        select(m.User.id, m.User.username, m.User.display_name, m.UserRole.role, m.UserRole.team_id)
        .join(m.UserRole, m.UserRole.user_id == m.User.id)
        .where(m.User.active, m.UserRole.role.in_(REGIE_ROLES))
    ).all()
    people: dict[int, tuple[str, str, set[str], set[int | None]]] = {}
    for uid, username, name, role, team_id in grants:
        if team_ids is not None and team_id is not None and team_id not in team_ids:
            continue
        entry = people.setdefault(uid, (username, name, set(), set()))
        entry[2].add(role)
        entry[3].add(team_id)
    load: Counter[int] = Counter()
    if people:
        load.update(
            dict(
                s.execute(
                    select(m.RegieAssignment.user_id, func.count())
                    .where(m.RegieAssignment.user_id.in_(list(people)), ACTIVE)
                    .group_by(m.RegieAssignment.user_id)
                ).all()
            )
        )
    return sorted(
        (
            WorkerChoice(
                uid,
                username,
                name,
                tuple(sorted(roles)),
                tuple(sorted(teams, key=lambda t: -1 if t is None else t)),
                load[uid],
            )
            for uid, (username, name, roles, teams) in people.items()
        ),
        key=lambda w: (w.display_name.casefold(), w.id),
    )


def filter_choices(ctx: ServiceContext) -> FilterChoices:
    """What the filter row offers the actor: their teams, the people who hold regie in them
    (with their caseload), the ladder's levels and the youth age."""
    with ctx.session() as s:
        require_global(s, ctx, "household.search", "search", detail="lijstfilters")
        teams = visible_teams(s, ctx.actor)
        scope = ctx.actor.team_ids()
        return FilterChoices(
            tuple(teams),
            tuple(
                w
                for w in workers(s, None if scope is None else [t.id for t in teams])
                if "regisseur" in w.roles or "consulent" in w.roles or w.caseload
            ),
            tuple(s.scalars(select(m.EscalationLevel.code).order_by(m.EscalationLevel.rank)).all()),
            read_settings(s).transition_from_age,
        )
