"""The context every service call gets: the open store, the acting user and the clock."""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.enums import Role
from h4casus.domain.errors import AuthenticationError
from h4casus.security.policy import Actor, Grant
from h4casus.services.core.clock import Clock
from h4casus.services.core.refusals import logged_refusals
from h4casus.storage import models as m

if TYPE_CHECKING:  # the store sits above core; the context only holds it
    from h4casus.services.store.vault import Vault


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
