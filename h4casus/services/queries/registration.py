"""Read models of registering a household: what the form offers, the place of a postcode, and
possible duplicates before saving.

Rules:
- `registration_choices`: the teams the actor may register in (their own first), and per
  team the people who can hold regie there with their caseload; the default regisseur is the
  registering user when they hold regie in that team, else the one with the fewest open
  households.
- `address_for_postcode`: street, place, gemeente and wijk of a postcode, read from the
  households already registered (the exact postcode; else the place of its four digits).
  Only address vocabulary comes back — no household, no person — so it is not logged.
- `possible_duplicates`: open or closed households with a member who has one of the BSNs,
  and open households at the same address. Within the actor's scope the household is named
  and can be opened; outside it only the team and case number are given ("ask that team").
  The check is logged as a search, without the BSNs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from h4casus.domain import validation as v
from h4casus.domain.enums import HouseholdStatus, Role, SignalSource
from h4casus.domain.errors import ValidationError
from h4casus.security.policy import decide, require
from h4casus.services.access.authorize import require_global
from h4casus.services.casework.households import full_name
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.filters import TeamChoice, WorkerChoice, visible_teams, workers
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id

SAMPLE = 40  # households read to find a postcode's street and place


@dataclass(frozen=True)
class RegistrationChoices:
    teams: tuple[TeamChoice, ...]  # where the actor may register; the first is the default
    workers: tuple[WorkerChoice, ...]  # who can hold regie in one of those teams
    sources: tuple[str, ...]
    actor_id: int

    def regisseurs_for(self, team_id: int) -> list[WorkerChoice]:
        """Who can be the regisseur of a household in this team: its regisseurs, and the
        registering user when they hold regie there."""
        return [
            w
            for w in self.workers
            if w.works_in(team_id) and (Role.REGISSEUR.value in w.roles or w.id == self.actor_id)
        ]

    def default_regisseur(self, team_id: int) -> WorkerChoice | None:
        options = self.regisseurs_for(team_id)
        mine = next((w for w in options if w.id == self.actor_id), None)
        if mine is not None and (
            Role.REGISSEUR.value in mine.roles or Role.CONSULENT.value in mine.roles
        ):
            return mine
        regisseurs = [w for w in options if Role.REGISSEUR.value in w.roles] or options
        return min(regisseurs, key=lambda w: (w.caseload, w.display_name), default=None)


def registration_choices(ctx: ServiceContext) -> RegistrationChoices:
    with ctx.session() as s:
        require_global(s, ctx, "household.search", "search", detail="nieuw huishouden")
        teams = [
            t
            for t in visible_teams(s, ctx.actor)
            if decide(ctx.actor, "household.create", team_id=t.id).allowed
        ]
        own = ctx.actor.team_ids() or set()
        teams.sort(key=lambda t: (t.id not in own, t.name))
        return RegistrationChoices(
            tuple(teams),
            tuple(workers(s, [t.id for t in teams])),
            tuple(src.value for src in SignalSource),
            ctx.actor.user_id,
        )


# --------------------------------------------------------------------------- postcode


@dataclass(frozen=True)
class AddressHint:
    postcode: str
    street: str | None  # None when only the place is known (from the four digits)
    city: str
    gemeente: str
    wijk: str | None


def _most_common(values) -> object:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def address_for_postcode(ctx: ServiceContext, postcode: str) -> AddressHint | None:
    """What the registered households say about this postcode, or None."""
    require(ctx.actor, "household.search")
    pc = v.postcode(postcode)
    hh = m.Household
    columns = (hh.street, hh.city, hh.gemeente, hh.wijk)
    with ctx.session() as s:
        rows = s.execute(select(*columns).where(hh.postcode == pc).limit(SAMPLE)).all()
        if rows:
            street = _most_common(r.street for r in rows)
            city = _most_common(r.city for r in rows)
            same = [r for r in rows if r.city == city]
            return AddressHint(
                pc,
                street,
                city,
                _most_common(r.gemeente for r in same),
                _most_common(r.wijk for r in rows if r.street == street),
            )
        digits = pc[:4]
        rows = s.execute(
            select(*columns)
            .where(hh.postcode >= digits, hh.postcode < digits[:-1] + chr(ord(digits[-1]) + 1))
            .limit(SAMPLE)
        ).all()
    if not rows:
        return None
    city = _most_common(r.city for r in rows)
    return AddressHint(
        pc, None, city, _most_common(r.gemeente for r in rows if r.city == city), None
    )


# --------------------------------------------------------------------------- duplicates


@dataclass(frozen=True)
class DuplicateHit:
    household_id: int
    case_number: str
    team: str
    status: str
    matched: str  # "bsn" | "adres"
    may_open: bool
    display_name: str = ""  # empty outside the actor's scope
    address: str = ""
    member: str = ""  # the member with the same BSN (within scope)


def _suffix(value: str | None) -> str:
    return (value or "").strip().casefold()


def possible_duplicates(
    ctx: ServiceContext,
    *,
    bsns: tuple[str, ...] | list[str] = (),
    postcode: str | None = None,
    house_number: int | str | None = None,
    house_number_suffix: str | None = None,
) -> list[DuplicateHit]:
    """Households that may be the one being registered (see the module docstring)."""
    ground = require(ctx.actor, "household.search")
    clean_bsns = sorted({b for b in (_bsn(x) for x in bsns) if b})
    pc = number = None
    if postcode and house_number not in (None, ""):
        try:
            pc, number = v.postcode(postcode), v.house_number(house_number)
        except ValidationError:
            pc = number = None
    hh, p = m.Household, m.Person
    cols = (
        hh.id,
        hh.case_number,
        m.Team.name,
        hh.team_id,
        hh.status,
        hh.display_name,
        hh.street,
        hh.house_number,
        hh.house_number_suffix,
        hh.postcode,
        hh.city,
    )
    found: dict[int, DuplicateHit] = {}
    with ctx.session() as s:
        if clean_bsns:
            q = (
                select(*cols, p.given_names, p.family_name_prefix, p.family_name)
                .select_from(p)
                .join(hh, hh.id == p.household_id)
                .join(m.Team, m.Team.id == hh.team_id)
                .where(p.bsn.in_(clean_bsns), p.left_at.is_(None), p.restricted.is_(False))
                .order_by(hh.id)
            )
            for row in s.execute(q):
                name = full_name(row.given_names, row.family_name_prefix, row.family_name)
                _add(found, s, ctx, row, "bsn", name)
        if pc is not None:
            q = (
                select(*cols)
                .join(m.Team, m.Team.id == hh.team_id)
                .where(
                    hh.postcode == pc,
                    hh.house_number == number,
                    hh.status != HouseholdStatus.AFGESLOTEN.value,
                )
                .order_by(hh.id)
            )
            for row in s.execute(q):
                if _suffix(row.house_number_suffix) == _suffix(house_number_suffix):
                    _add(found, s, ctx, row, "adres", "")
        audit_log.record(
            s,
            ctx,
            "search",
            "household.search",
            ground=ground,
            detail=f"dubbele registratie: {len(found)} mogelijk",
        )
    return sorted(found.values(), key=lambda d: (not d.may_open, d.matched, d.case_number))


def _bsn(value) -> str | None:
    try:
        return v.bsn(value)
    except ValidationError:
        return None


def _add(found: dict, s, ctx: ServiceContext, row, matched: str, member: str) -> None:
    if row.id in found:
        return
    may_open = decide(
        ctx.actor,
        "household.read",
        team_id=row.team_id,
        assigned_user_id=active_regisseur_id(s, row.id),
    ).allowed
    suffix = f" {row.house_number_suffix}" if row.house_number_suffix else ""
    found[row.id] = DuplicateHit(
        row.id,
        row.case_number,
        row.name,
        row.status,
        matched,
        may_open,
        row.display_name if may_open else "",
        f"{row.street} {row.house_number}{suffix}, {row.postcode} {row.city}" if may_open else "",
        member if may_open else "",
    )
