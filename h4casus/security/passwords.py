"""Password policy: at least 12 characters and not guessable (zxcvbn score ≥ 3), which
rejects common passwords, keyboard walks and names.

zxcvbn is imported when a password is first checked, not with this module: its word lists
take some 13 MB of memory, which a desktop session that sets no password never needs."""

from __future__ import annotations

from h4casus.domain.errors import ValidationError

MIN_LENGTH = 12
MIN_SCORE = 3


def check_password(
    password: str, *, username: str | None = None, field: str = "wachtwoord"
) -> None:
    if not isinstance(password, str) or password == "":
        raise ValidationError("is verplicht", field)
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            f"moet minstens {MIN_LENGTH} tekens hebben (een zin van een paar woorden mag ook)",
            field,
        )
    if len(password) > 1024:
        raise ValidationError("is te lang (maximaal 1024 tekens)", field)
    inputs = [username] if username else []
    from zxcvbn import zxcvbn  # on first use, deliberately (module rules)

    result = zxcvbn(password[:100], user_inputs=[*inputs, "h4casus", "wijkteam"])
    if result["score"] < MIN_SCORE:
        hint = result.get("feedback", {}).get("warning") or "te makkelijk te raden"
        raise ValidationError(
            f"is te zwak ({hint}); kies een langere zin of meer verschillende woorden", field
        )
