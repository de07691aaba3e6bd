"""The configuration the reports read, in one place: the 18-/18+ windows (settings, declared in
`services.core.settings`) and the names of the perspectiefplan areas (the `transition`
configuration document). The reports only see this small frozen view."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from h4casus.services.core.settings import configuration_document, read_settings


@dataclass(frozen=True)
class TransitionSettings:
    from_age: int  # youths are followed from this age
    signal_months: int  # signalled when turning 18 within this many months without a plan
    areas: tuple[tuple[str, str], ...]  # (code, name) of the perspectiefplan areas


def transition_settings(s: Session) -> TransitionSettings:
    settings = read_settings(s)
    doc = configuration_document(s, "transition")
    return TransitionSettings(
        from_age=settings.transition_from_age,
        signal_months=settings.transition_signal_months,
        areas=tuple((a["code"], a["name"]) for a in doc.get("areas", ())),
    )
