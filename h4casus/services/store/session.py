"""Signing in and out: the one composition the desktop and the command line share.

`sign_in` unlocks the store with an account's password (or the recovery key), loads the
account and logs the login; on any failure nothing stays open. `sign_in_desktop` is the
same with the desktop's smaller page cache. `end_session` logs a lock or logout and drops
the key, also when the log cannot be written.
"""

from __future__ import annotations

from pathlib import Path

from h4casus.services.core import audit_log
from h4casus.services.core.clock import Clock
from h4casus.services.core.context import ServiceContext, load_actor
from h4casus.services.store.guard import drain_failed_sign_ins
from h4casus.services.store.vault import Vault, open_store
from h4casus.storage.engine import DESKTOP_PAGE_CACHE_MB


def sign_in(
    path: Path,
    username: str,
    secret: str,
    *,
    recovery: bool = False,
    clock: Clock | None = None,
    page_cache_mb: float | None = None,
) -> ServiceContext:
    """Unlock the store at `path` as `username` and log the login. The caller closes
    `ctx.vault` (or calls `end_session`). `page_cache_mb` as in `open_store`."""
    vault = open_store(path, username, secret, recovery=recovery, page_cache_mb=page_cache_mb)
    try:
        return login(vault, username, clock)
    except BaseException:
        vault.close()
        raise


def sign_in_desktop(path: Path, username: str, secret: str) -> ServiceContext:
    """`sign_in` as the desktop does it: with the desktop's smaller page cache per connection
    (storage.engine.DESKTOP_PAGE_CACHE_MB)."""
    return sign_in(path, username, secret, page_cache_mb=DESKTOP_PAGE_CACHE_MB)


def login(vault: Vault, username: str, clock: Clock | None = None) -> ServiceContext:
    """The context for a user whose password just unlocked the vault; logs the login."""
    with vault.session() as s:
        actor = load_actor(s, username)
    ctx = ServiceContext(vault=vault, actor=actor, clock=clock or Clock())
    drain_failed_sign_ins(ctx)  # sign-ins that failed since the last one, into the log
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
    action = SESSION_ENDS[how]
    try:
        if not ctx.vault.locked:
            with ctx.vault.session() as s:
                audit_log.record(s, ctx, "login", action, ground=how)
    finally:
        ctx.vault.close()
