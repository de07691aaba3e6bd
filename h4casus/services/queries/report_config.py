"""The configuration the reports read, in one place: the 18-/18+ windows and the names of the
perspectiefplan areas. (Where settings are read from is the one thing here that follows the
settings module; the reports only see this small frozen view.)"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from h4casus.services.configuration import document


@dataclass(frozen=True)
class TransitionSettings:
    from_age: int  # youths are followed from this age (default 16)
    signal_months: int  # signalled when turning 18 within this many months without a plan
    areas: tuple[tuple[str, str], ...]  # (code, name) of the perspectiefplan areas


def transition_settings(s: Session) -> TransitionSettings:
    doc = document(s, "transition")
    return TransitionSettings(
        from_age=int(doc.get("from_age", 16)),
        signal_months=int(doc.get("signal_months_before_18", 6)),
        areas=tuple((a["code"], a["name"]) for a in doc.get("areas", ())),
    )
