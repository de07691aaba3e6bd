"""Errors that cross layers. Each maps to one CLI exit code (see h4casus/cli.py, README)."""

from __future__ import annotations


class H4Error(Exception):
    """Base for errors meant for a user: the message is shown as is, never a traceback."""

    exit_code = 1


class ValidationError(H4Error):
    """Invalid input; nothing was written. Holds one message per field."""

    exit_code = 4

    def __init__(self, errors: dict[str, str] | str, field: str | None = None) -> None:
        if isinstance(errors, str):
            errors = {field or "invoer": errors}
        self.errors: dict[str, str] = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFound(H4Error):
    exit_code = 4


class ConflictError(H4Error):
    """Optimistic-lock conflict: someone else saved the record first. Nothing was overwritten."""

    exit_code = 4


class RuleViolation(H4Error):
    """A domain rule refuses the step (e.g. editing a frozen plan version)."""

    exit_code = 4


class AuthenticationError(H4Error):
    exit_code = 3


class PermissionDenied(H4Error):
    """Refused by the access policy. `action` and `household_id` say what was refused (for
    the access log)."""

    exit_code = 3
    action: str | None = None
    household_id: int | None = None


class IntegrityFailure(H4Error):
    """The store is damaged, not ours, or was tampered with."""

    exit_code = 5


class StoreBusy(H4Error):
    """The store is in use by another process or session (a long import, a re-key, a
    sign-in); nothing was changed. Try again later: exit 75 (EX_TEMPFAIL), never 5."""

    exit_code = 75
