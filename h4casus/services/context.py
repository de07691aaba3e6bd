"""The context every service call gets: the open store, the acting user and the clock."""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.enums import Role
from h4casus.domain.errors import AuthenticationError
from h4casus.security.policy import Actor, Grant
from h4casus.services.clock import Clock
from h4casus.services.store_guard import drain_failed_sign_ins, logged_refusals
from h4casus.services.vault import Vault
from h4casus.storage import models as m


def workstation_name() -> str:
    try:
        return socket.gethostname() or "onbekend"
    except OSError:  # pragma: no cover
        return "onbekend"


@dataclass
class ServiceContext:
    vault: Vault
    actor: Actor
    clock: Clock = field(default_factory=Clock)

    @contextlib.contextmanager
    def session(self):
        """A writing unit of work; a refused action in it is logged after the rollback."""
        with logged_refusals(self), self.vault.session() as s:
            yield s

    @contextlib.contextmanager
    def read_session(self):
        """A reading unit of work (no write lock while reading; see Vault.read_session)."""
        with logged_refusals(self), self.vault.read_session() as s:
            yield s


def load_actor(s: Session, username: str, *, on_behalf_of: str | None = None) -> Actor:
    user = s.scalar(select(m.User).where(m.User.username == username))
    if user is None or not user.active:
        raise AuthenticationError("gebruikersnaam of wachtwoord onjuist")
    grants = frozenset(Grant(Role(r.role), r.team_id) for r in user.roles)
    return Actor(
        user_id=user.id,
        username=user.username,
        grants=grants,
        workstation=workstation_name(),
        on_behalf_of=on_behalf_of,
    )


def login(vault: Vault, username: str, clock: Clock | None = None) -> ServiceContext:
    """The context for a user whose password just unlocked the vault; logs the login."""
    from h4casus.services import audit_log

    with vault.session() as s:
        actor = load_actor(s, username)
    ctx = ServiceContext(vault=vault, actor=actor, clock=clock or Clock())
    drain_failed_sign_ins(ctx)
    with vault.session() as s:
        audit_log.record(s, ctx, "login", "session.login", ground="wachtwoord")
    return ctx


SESSION_ENDS = {
    "vergrendeld": "session.lock",  # Ctrl+L
    "na inactiviteit": "session.lock",  # the idle timer
    "afgesloten": "session.logout",  # the window was closed
}


def end_session(ctx: ServiceContext, how: str) -> None:
    """Log the end of a session (lock or logout, `how` one of SESSION_ENDS) and drop the key.
    The key is dropped even when the log cannot be written; that error is raised after."""
    from h4casus.services import audit_log

    action = SESSION_ENDS[how]
    try:
        if not ctx.vault.locked:
            with ctx.vault.session() as s:
                audit_log.record(s, ctx, "login", action, ground=how)
    finally:
        ctx.vault.close()
