"""Refused actions in the access log.

Rules: every `PermissionDenied` raised inside a unit of work of a `ServiceContext` is logged
as one `denied` row, in a unit of work of its own after the refused one was rolled back (so
the refusal is on record although nothing else was written). Logging a refusal never raises:
a locked store or a failing write leaves the refusal itself as the user's answer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from h4casus.domain.errors import PermissionDenied
from h4casus.services.core import audit_log

if TYPE_CHECKING:
    from h4casus.services.core.context import ServiceContext


def log_refusal(ctx: ServiceContext, exc: PermissionDenied) -> None:
    """One 'denied' row for a refused action (its own unit of work; never raises)."""
    with contextlib.suppress(Exception):
        if ctx.vault.locked:
            return
        with ctx.vault.session() as s:
            audit_log.record(
                s,
                ctx,
                "denied",
                getattr(exc, "action", None) or "onbekend",
                ground="geweigerd",
                household_id=getattr(exc, "household_id", None),
                detail=str(exc)[:300],
            )


@contextlib.contextmanager
def logged_refusals(ctx: ServiceContext) -> Iterator[None]:
    """Log a PermissionDenied raised in the block, then let it go on."""
    try:
        yield
    except PermissionDenied as exc:
        if not getattr(exc, "logged", False):
            exc.logged = True
            log_refusal(ctx, exc)
        raise
