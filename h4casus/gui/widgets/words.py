"""How stored values read on screen in the plan and measurement screens.

Rules:
- Choices (goal and action status, evaluation outcome, owner type, measurement kind) are
  stored as Dutch words by the domain and the services; a screen shows that word with a
  capital (`choice_label`) and never keeps a list of its own, so a word changed in the
  domain is changed on every screen at once.
- Dates read as dd-mm-jjjj; an absent date as an empty string.
"""

from __future__ import annotations

from datetime import date, datetime


def choice_label(value: str | None) -> str:
    """'deels behaald' -> 'Deels behaald'."""
    if not value:
        return ""
    return value[:1].upper() + value[1:]


def date_text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y")


def owner_text(responsible_type: str, responsible_name: str | None) -> str:
    """'Inwoner · Anna' (the type, and the name when there is one)."""
    label = choice_label(responsible_type)
    return f"{label} · {responsible_name}" if responsible_name else label
