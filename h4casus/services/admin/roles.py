"""The beheerder's view of accounts and their roles: the overview (roles per team, active,
locked out), granting a role for a team, taking one away, and who can take over an account's
households before it stops.

Rules:
- Everything here is `user.manage` (the beheerder), logged; no case content: households are
  named by case number only, and only counted in the overview.
- A role is granted for one team or for all teams (team None). Granting a role the account
  already has for that team, or taking away one it does not have, is refused in words.
- Taking a role away never leaves work without someone who can act: a casework role is not
  taken away while the account directs households of that team that no other casework role
  of the account covers (the refusal names them: hand them over first); the last role of an
  account is not taken away (deactivate the account instead); and the last active beheerder
  keeps that role.
- Locked out means: the sign-in delay after repeated wrong passwords is running now
  (`security.lockout`); the overview reads it without changing it, and the beheerder may
  end it (`clear_lockout`, logged).
- A beheerder role holds for all teams; a plaatsvervanger role for one team and only for an
  account with a casework role (the same rule as `accounts.designate_deputy`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.domain.enums import HouseholdStatus, Role
from h4casus.domain.errors import AuthenticationError, RuleViolation, ValidationError
from h4casus.domain.validation import FieldErrors, choice, text
from h4casus.security.lockout import KeyGuard
from h4casus.services.access.authorize import require_global
from h4casus.services.admin.accounts import AccountInfo, _info, _team_names
from h4casus.services.casework.common import REGIE_ROLES
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import households_under_regie_of

ALL_TEAMS = None


@dataclass(frozen=True)
class AccountRow:
    """One line of the accounts screen."""

    id: int
    username: str
    display_name: str
    roles: tuple[tuple[str, str | None], ...]  # (role, team name or None: all teams)
    active: bool
    locked: bool  # the sign-in delay after wrong passwords runs now
    failed_attempts: int
    households: int  # open households under its regie (a count, no content)


def account_overview(ctx: ServiceContext) -> list[AccountRow]:
    """Every account with its roles per team, active/locked state and regie count."""
    with ctx.session() as s:
        require_global(s, ctx, "user.manage", "read", detail="accounts bekeken")
        teams = _team_names(s)
        held = _regie_counts(s)
        users = list(s.scalars(select(m.User).order_by(m.User.username)))
    states = _lock_states(ctx, [u.username for u in users])
    return [
        AccountRow(
            u.id,
            u.username,
            u.display_name,
            tuple((r.role, teams.get(r.team_id) if r.team_id else None) for r in u.roles),
            u.active,
            states[u.username][0],
            states[u.username][1],
            held.get(u.id, 0),
        )
        for u in users
    ]


def _regie_counts(s: Session) -> dict[int, int]:
    rows = s.execute(
        select(m.RegieAssignment.user_id, func.count())
        .join(m.Household, m.Household.id == m.RegieAssignment.household_id)
        .where(
            m.RegieAssignment.ended_at.is_(None),
            m.RegieAssignment.user_id.is_not(None),
            m.Household.status != HouseholdStatus.AFGESLOTEN.value,
        )
        .group_by(m.RegieAssignment.user_id)
    )
    return {uid: n for uid, n in rows}


def _lock_states(ctx: ServiceContext, usernames: list[str]) -> dict[str, tuple[bool, int]]:
    now = time.time()
    out: dict[str, tuple[bool, int]] = {}
    with KeyGuard(ctx.vault.path) as guard:
        for name in usernames:
            try:
                guard.check(name, now)
                waiting = False
            except AuthenticationError:
                waiting = True
            out[name] = (waiting, guard.failures(name))
    return out


# --------------------------------------------------------------------------- roles


def _user(s: Session, username: str) -> m.User:
    user = s.scalar(select(m.User).where(m.User.username == username))
    if user is None:
        raise ValidationError(f"account '{username}' bestaat niet", "account")
    return user


def _team_id(s: Session, team: str | None) -> int | None:
    if team is None:
        return ALL_TEAMS
    found = s.scalar(select(m.Team.id).where(m.Team.name == team))
    if found is None:
        raise ValidationError(f"team '{team}' bestaat niet", "team")
    return found


def _where(team: str | None) -> str:
    return team or "alle teams"


def _checked(username: str, role: str, team: str | None) -> tuple[str, Role, str | None]:
    e = FieldErrors()
    name = e.check("account", text, username, "account", max_len=64)
    role_enum = e.check("rol", choice, role, Role, "rol")
    team_name = e.check("team", text, team, "team", required=False) if team else None
    e.raise_if_any()
    return name, role_enum, team_name


def grant_role(ctx: ServiceContext, username: str, role: str, team: str | None) -> AccountInfo:
    """Give `username` the role `role` for `team` (None: all teams)."""
    username, role_enum, team = _checked(username, role, team)
    with ctx.session() as s:
        require_global(
            s,
            ctx,
            "user.manage",
            "admin",
            detail=f"{username}: rol {role_enum.value} ({_where(team)}) toegekend",
        )
        user, team_id = _user(s, username), _team_id(s, team)
        if not user.active:
            raise RuleViolation(f"account {username} is gedeactiveerd")
        _check_grant(user, role_enum, team_id)
        if any(r.role == role_enum.value and r.team_id == team_id for r in user.roles):
            raise RuleViolation(f"{username} heeft de rol {role_enum.value} al ({_where(team)})")
        user.roles.append(m.UserRole(role=role_enum.value, team_id=team_id))
        s.flush()
        return _info(user, _team_names(s))


def _check_grant(user: m.User, role: Role, team_id: int | None) -> None:
    """The beheerder's role holds for all teams; a plaatsvervanger approves for one team and
    reads the cases approved, so needs a casework role (as `accounts.designate_deputy`)."""
    if role is Role.BEHEERDER and team_id is not None:
        raise ValidationError("de rol beheerder geldt voor alle teams; kies 'alle teams'", "team")
    if role is Role.PLAATSVERVANGER:
        if team_id is None:
            raise ValidationError("een plaatsvervanger is er voor één team; kies het team", "team")
        if not any(r.role in REGIE_ROLES for r in user.roles):
            raise ValidationError(
                f"{user.username} heeft geen casusrol (consulent, regisseur of teamleider); een "
                "plaatsvervanger leest de casus die hij goedkeurt",
                "rol",
            )


def revoke_role(ctx: ServiceContext, username: str, role: str, team: str | None) -> AccountInfo:
    """Take the role `role` for `team` away from `username` (see the module rules)."""
    username, role_enum, team = _checked(username, role, team)
    with ctx.session() as s:
        require_global(
            s,
            ctx,
            "user.manage",
            "admin",
            detail=f"{username}: rol {role_enum.value} ({_where(team)}) ingetrokken",
        )
        user, team_id = _user(s, username), _team_id(s, team)
        grant = next(
            (r for r in user.roles if r.role == role_enum.value and r.team_id == team_id), None
        )
        if grant is None:
            raise RuleViolation(f"{username} heeft de rol {role_enum.value} niet ({_where(team)})")
        if len(user.roles) == 1:
            raise RuleViolation(
                f"dit is de laatste rol van {username}; deactiveer of verwijder het account "
                "in plaats daarvan"
            )
        if role_enum is Role.BEHEERDER and user.active:
            others = s.scalar(
                select(func.count(func.distinct(m.UserRole.user_id)))
                .join(m.User, m.User.id == m.UserRole.user_id)
                .where(
                    m.UserRole.role == Role.BEHEERDER.value,
                    m.User.active.is_(True),
                    m.User.id != user.id,
                )
            )
            if not others:
                raise RuleViolation("er moet altijd een actieve beheerder overblijven")
        if grant.role in REGIE_ROLES:
            _refuse_orphaned_regie(s, user, grant)
        user.roles.remove(grant)
        s.flush()
        return _info(user, _team_names(s))


def _refuse_orphaned_regie(s: Session, user: m.User, grant: m.UserRole) -> None:
    """The account keeps a casework role in the team of every household it directs."""
    rest = {r.team_id for r in user.roles if r is not grant and r.role in REGIE_ROLES}
    if None in rest:
        return
    stranded = [
        case
        for case, team_id in s.execute(
            select(m.Household.case_number, m.Household.team_id)
            .where(m.Household.id.in_(households_under_regie_of(user.id)))
            .order_by(m.Household.case_number)
        )
        if team_id not in rest and (grant.team_id is None or grant.team_id == team_id)
    ]
    if stranded:
        shown = ", ".join(stranded[:10]) + (
            f" en {len(stranded) - 10} meer" if len(stranded) > 10 else ""
        )
        raise RuleViolation(
            f"{user.username} voert de regie over {shown}; draag die huishoudens eerst over "
            "(of verwijder het account met overdracht)"
        )


def clear_lockout(ctx: ServiceContext, username: str) -> None:
    """End the sign-in delay after wrong passwords for `username` (logged). The counter
    starts again from nothing; the failed attempts themselves stay in the access log."""
    username = text(username, "account", max_len=64)
    # The key-file guard first, then the unit of work (the order `add_user` keeps).
    with KeyGuard(ctx.vault.path) as guard, ctx.session() as s:
        require_global(s, ctx, "user.manage", "admin", detail=f"blokkade van {username} opgeheven")
        _user(s, username)
        guard.record_success(username)


# --------------------------------------------------------------------------- handing over


@dataclass(frozen=True)
class RegieLoad:
    """What an account directs before it stops, and who could take all of it over."""

    username: str
    case_numbers: tuple[str, ...]
    candidates: tuple[tuple[str, str], ...]  # (username, display name)


def regie_load(ctx: ServiceContext, username: str) -> RegieLoad:
    """The open households `username` directs (case numbers) and the active accounts with
    a casework role in the team of every one of them (the candidates to take them over)."""
    with ctx.session() as s:
        require_global(s, ctx, "user.manage", "read", detail=f"regie van {username} bekeken")
        user = _user(s, username)
        rows = s.execute(
            select(m.Household.case_number, m.Household.team_id)
            .where(m.Household.id.in_(households_under_regie_of(user.id)))
            .order_by(m.Household.case_number)
        ).all()
        teams = {team_id for _case, team_id in rows}
        candidates = []
        for other in s.scalars(select(m.User).where(m.User.active.is_(True), m.User.id != user.id)):
            covered = {r.team_id for r in other.roles if r.role in REGIE_ROLES}
            if not covered:
                continue
            if None in covered or teams <= covered:
                candidates.append((other.username, other.display_name))
        candidates.sort(key=lambda c: (c[1].lower(), c[0]))
        return RegieLoad(username, tuple(c for c, _t in rows), tuple(candidates))
