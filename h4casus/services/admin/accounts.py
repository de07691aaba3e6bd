"""Accounts and teams: adding an account (with its key slot), designating plaatsvervangers for
four-eyes approval, and removing or deactivating an account without leaving its households
without a regisseur."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.config import kdf_target_seconds
from h4casus.domain.enums import Role
from h4casus.domain.errors import NotFound, RuleViolation, ValidationError
from h4casus.domain.validation import choice, text
from h4casus.security import keyslots
from h4casus.security.keyslots import SlotFile
from h4casus.security.lockout import KeyGuard
from h4casus.security.passwords import check_password
from h4casus.security.policy import require
from h4casus.services.access.authorize import require_global
from h4casus.services.casework import caseload
from h4casus.services.core.context import ServiceContext
from h4casus.services.store import keys
from h4casus.storage import models as m
from h4casus.storage.accounts import create_account_row, get_or_create_team

DEPUTY = Role.PLAATSVERVANGER.value
CASEWORK_ROLES = (Role.CONSULENT.value, Role.REGISSEUR.value, Role.TEAMLEIDER.value)


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    display_name: str
    roles: list[tuple[str, str | None]]  # (role, team name or None for all teams)
    active: bool


def add_user(
    ctx: ServiceContext,
    username: str,
    role: str,
    password: str,
    *,
    team: str | None = None,
    display_name: str | None = None,
) -> AccountInfo:
    """A new personal account with one role (for one team, or all teams) and its key slot."""
    username = text(username, "gebruikersnaam", max_len=64)
    if not all(ch.isalnum() or ch in "._-" for ch in username):
        raise ValidationError(
            "mag alleen letters, cijfers, punt, streepje en liggend streepje bevatten",
            "gebruikersnaam",
        )
    role_enum = choice(role, Role, "rol")
    team = text(team, "team", required=False)
    display_name = text(display_name, "volledige naam", required=False)
    check_password(password, username=username)
    calibration = keyslots.calibrate(kdf_target_seconds())
    # The key-file guard first, then the slot file as it is now (another process may have
    # added a slot a moment ago): two `user add` at once both keep their slot.
    with KeyGuard(ctx.vault.path), ctx.session() as s:
        require_global(s, ctx, "user.manage", "admin", detail=f"account {username} toegevoegd")
        team_id = get_or_create_team(s, team).id if team else None
        user = create_account_row(s, username, display_name or username, [(role_enum, team_id)])
        slots = SlotFile.load(ctx.vault.slots.path)
        slots.verify_seal(ctx.vault.key)
        slots.add(
            keyslots.user_slot_id(username),
            password,
            ctx.vault.key,
            calibration,
        )
        slots.seal(ctx.vault.key)
        # The slot file is written before the commit: if the write fails, the account row is
        # rolled back; if the commit fails, the orphan slot has no active account: `verify`
        # reports it and the next re-key drops it.
        slots.save()
        ctx.vault.slots = slots
        return AccountInfo(
            user.id, user.username, user.display_name, [(role_enum.value, team)], True
        )


def list_accounts(ctx: ServiceContext) -> list[AccountInfo]:
    with ctx.session() as s:
        require_global(s, ctx, "user.manage", "read", detail="accounts bekeken")
        teams = _team_names(s)
        return [_info(u, teams) for u in s.scalars(select(m.User).order_by(m.User.username))]


def _team_names(s: Session) -> dict[int, str]:
    return {t.id: t.name for t in s.scalars(select(m.Team))}


def _info(user: m.User, teams: dict[int, str]) -> AccountInfo:
    return AccountInfo(
        user.id,
        user.username,
        user.display_name,
        [(r.role, teams.get(r.team_id) if r.team_id else None) for r in user.roles],
        user.active,
    )


# --------------------------------------------------------------------------- plaatsvervangers
# Four eyes needs a second person with the right to approve. Where a team has one teamleider,
# the beheerder designates a plaatsvervanger: an account with a casework role that may then
# approve (and reject) op-/afschalingen and handovers of that team, never its own
# (services.casework.approval). The designation is a role grant, so the one access policy
# decides what it allows; designating and ending it are logged.


def _deputy_team(s: Session, team: str) -> m.Team:
    name = text(team, "team")
    found = s.scalar(select(m.Team).where(m.Team.name == name))
    if found is None:
        raise ValidationError(f"team '{name}' bestaat niet", "team")
    return found


def _account(s: Session, username: str) -> m.User:
    user = s.scalar(select(m.User).where(m.User.username == text(username, "gebruikersnaam")))
    if user is None or not user.active:
        raise ValidationError(f"account '{username}' bestaat niet of is niet actief", "account")
    return user


def designate_deputy(ctx: ServiceContext, username: str, team: str) -> AccountInfo:
    """Make `username` plaatsvervanger for `team`: they may approve its requests (four eyes)."""
    with ctx.session() as s:
        require_global(
            s, ctx, "user.manage", "admin", detail=f"{username} plaatsvervanger voor {team}"
        )
        user, found = _account(s, username), _deputy_team(s, team)
        if not any(r.role in CASEWORK_ROLES for r in user.roles):
            raise ValidationError(
                f"{username} heeft geen casusrol (consulent, regisseur of teamleider); een "
                "plaatsvervanger leest de casus die hij goedkeurt",
                "account",
            )
        if any(r.role == DEPUTY and r.team_id in (found.id, None) for r in user.roles):
            raise RuleViolation(f"{username} is al plaatsvervanger voor {found.name}")
        user.roles.append(m.UserRole(role=DEPUTY, team_id=found.id))
        s.flush()
        return _info(user, _team_names(s))


def end_deputy(ctx: ServiceContext, username: str, team: str) -> AccountInfo:
    """End the designation of `username` as plaatsvervanger for `team`."""
    with ctx.session() as s:
        require_global(
            s, ctx, "user.manage", "admin", detail=f"{username} geen plaatsvervanger meer ({team})"
        )
        user, found = _account(s, username), _deputy_team(s, team)
        grant = next((r for r in user.roles if r.role == DEPUTY and r.team_id == found.id), None)
        if grant is None:
            raise RuleViolation(f"{username} is geen plaatsvervanger voor {found.name}")
        user.roles.remove(grant)
        s.flush()
        return _info(user, _team_names(s))


# --------------------------------------------------------------------------- stopping an account
# Removing (slot removed, database re-keyed) or deactivating (slot kept, sign-in refused) an
# account never leaves its open households without someone who can act: refused while it holds
# regie, or handed over to `transfer_to` through the regie history (services.casework.caseload).


@dataclass(frozen=True)
class AccountStopped:
    username: str
    removed: bool  # removed and re-keyed (True) or deactivated (False)
    handed_over: tuple[str, ...]  # case numbers that went to `receiver`
    receiver: str | None
    withdrawn_handovers: int


def _stopping(s: Session, ctx: ServiceContext, username: str, transfer_to: str | None):
    """The account and its receiver, checked before anything changes."""
    user = s.scalar(select(m.User).where(m.User.username == text(username, "gebruikersnaam")))
    if user is None:
        raise NotFound(f"account {username} bestaat niet")
    if user.id == ctx.actor.user_id:
        raise RuleViolation("u kunt uw eigen account niet verwijderen of deactiveren")
    if transfer_to is None:
        caseload.refuse_while_holding_regie(s, user)
        return user, None
    return user, caseload.receiver_for(s, user, transfer_to)


def remove_account(
    ctx: ServiceContext, username: str, *, transfer_to: str | None = None
) -> AccountStopped:
    """Remove the account (slot removed, database re-keyed, services.store.keys); its
    households go to `transfer_to` first, or the removal is refused while it holds regie."""
    ground = require(ctx.actor, "user.manage")
    with ctx.session() as s:
        user, receiver = _stopping(s, ctx, username, transfer_to)
        user_id, receiver_id = user.id, receiver.id if receiver else None
    reason = f"account {username} verwijderd" + (f"; regie naar {transfer_to}" if receiver else "")
    released: list[caseload.Released] = []

    def hand_over(s: Session) -> None:
        receiver = s.get(m.User, receiver_id) if receiver_id else None
        released.append(
            caseload.release(s, ctx, s.get(m.User, user_id), receiver, reason, ground=ground)
        )

    result = keys.remove_user(ctx, username, before_deactivate=hand_over)
    done = released[0]
    return AccountStopped(
        result.username, True, done.case_numbers, done.receiver, done.withdrawn_handovers
    )


def deactivate_account(
    ctx: ServiceContext, username: str, *, transfer_to: str | None = None
) -> AccountStopped:
    """Make the account inactive (it can no longer sign in; its key slot stays, see
    `remove_account` for a leaver); its households go to `transfer_to` first, or the
    deactivation is refused while it holds regie."""
    with ctx.session() as s:
        ground = require_global(s, ctx, "user.manage", "admin", detail=f"{username} gedeactiveerd")
        user, receiver = _stopping(s, ctx, username, transfer_to)
        if not user.active:
            raise RuleViolation(f"account {username} is al gedeactiveerd")
        reason = f"account {username} gedeactiveerd" + (
            f"; regie naar {transfer_to}" if receiver else ""
        )
        done = caseload.release(s, ctx, user, receiver, reason, ground=ground)
        user.active = False
        s.flush()
        return AccountStopped(
            username, False, done.case_numbers, done.receiver, done.withdrawn_handovers
        )
