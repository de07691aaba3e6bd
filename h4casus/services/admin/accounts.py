"""Accounts and teams. Adding an account also gives it a key slot."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from h4casus.config import kdf_target_seconds
from h4casus.domain.enums import Role
from h4casus.domain.errors import ValidationError
from h4casus.domain.validation import choice, text
from h4casus.security import keyslots
from h4casus.security.keyslots import SlotFile
from h4casus.security.lockout import KeyGuard
from h4casus.security.passwords import check_password
from h4casus.services.access.authorize import require_global
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.accounts import create_account_row, get_or_create_team


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
        teams = {t.id: t.name for t in s.scalars(select(m.Team))}
        return [
            AccountInfo(
                u.id,
                u.username,
                u.display_name,
                [(r.role, teams.get(r.team_id) if r.team_id else None) for r in u.roles],
                u.active,
            )
            for u in s.scalars(select(m.User).order_by(m.User.username))
        ]
