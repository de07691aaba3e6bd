"""The configuration documents in the database: the op-/afschaalladder, the settings and the
18-/18+ transition configuration. Everyone may read them; only the beheerder edits them
(policy action `config.manage`), validated, and every edit is logged."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.config import load_default
from h4casus.domain import validation as v
from h4casus.domain.errors import ConflictError, NotFound, RuleViolation, ValidationError
from h4casus.services.access import require_global
from h4casus.storage import models as m

HANDOVER_APPROVAL = ("always", "across_teams", "never")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class LevelView:
    code: str
    rank: int
    colour: str
    hex: str
    situation: str
    casusregie: str
    procesregie: str
    operational: str
    bestuurlijk: str
    review_interval_days: int
    requires_approval: bool


def level_view(lv: m.EscalationLevel) -> LevelView:
    return LevelView(
        lv.code,
        lv.rank,
        lv.colour,
        lv.hex,
        lv.situation,
        lv.casusregie,
        lv.procesregie,
        lv.operational,
        lv.bestuurlijk,
        lv.review_interval_days,
        lv.requires_approval,
    )


# --------------------------------------------------------------------------- reading (in a session)


def document(s: Session, key: str) -> dict[str, Any]:
    """A settings document, falling back to the shipped default for missing keys."""
    default = load_default(key)
    row = s.get(m.Setting, key)
    stored = json.loads(row.value) if row is not None else {}
    return {**default, **stored}


def ladder_rows(s: Session) -> list[m.EscalationLevel]:
    return list(s.scalars(select(m.EscalationLevel).order_by(m.EscalationLevel.rank)))


def handover_approval_mode(s: Session) -> str:
    mode = document(s, "settings").get("handover_requires_approval", "across_teams")
    return mode if mode in HANDOVER_APPROVAL else "across_teams"


def transition_from_age(s: Session) -> int:
    return int(document(s, "transition").get("from_age", 16))


def transition_signal_months(s: Session) -> int:
    return int(document(s, "transition").get("signal_months_before_18", 6))


# --------------------------------------------------------------------------- reading (services)


def get_ladder(ctx) -> list[LevelView]:
    with ctx.session() as s:
        return [level_view(lv) for lv in ladder_rows(s)]


def get_settings(ctx) -> dict[str, Any]:
    with ctx.session() as s:
        return document(s, "settings")


def get_transition_config(ctx) -> dict[str, Any]:
    with ctx.session() as s:
        return document(s, "transition")


# --------------------------------------------------------------------------- editing


LEVEL_TEXT_FIELDS = (
    "colour",
    "situation",
    "casusregie",
    "procesregie",
    "operational",
    "bestuurlijk",
)


def _validate_level_fields(changes: dict[str, Any], e: v.FieldErrors) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, val in changes.items():
        if key in LEVEL_TEXT_FIELDS:
            multiline = key == "situation"
            clean[key] = e.check(
                key, v.text, val, key, max_len=v.MAX_TEXT if multiline else 200, multiline=multiline
            )
        elif key == "hex":
            if not isinstance(val, str) or not _HEX.match(val):
                e.add("kleurcode", "moet de vorm #RRGGBB hebben")
            else:
                clean[key] = val
        elif key == "review_interval_days":
            if isinstance(val, bool) or not isinstance(val, int) or not 1 <= val <= 730:
                e.add("evaluatietermijn", "moet een geheel aantal dagen tussen 1 en 730 zijn")
            else:
                clean[key] = val
        elif key == "requires_approval":
            if not isinstance(val, bool):
                e.add("goedkeuring", "moet ja of nee zijn")
            else:
                clean[key] = val
        else:
            e.add(key, "kan hier niet worden gewijzigd")
    return clean


def update_level(ctx, code: str, **changes: Any) -> LevelView:
    """Edit one rung of the ladder (texts, colour, review interval, four-eyes flag)."""
    e = v.FieldErrors()
    clean = _validate_level_fields(changes, e)
    e.raise_if_any()
    with ctx.session() as s:
        require_global(s, ctx, "config.manage", "admin", detail=f"ladder {code} gewijzigd")
        lv = s.get(m.EscalationLevel, code)
        if lv is None:
            raise NotFound(f"niveau {code} bestaat niet")
        for key, val in clean.items():
            setattr(lv, key, val)
        s.flush()
        return level_view(lv)


def add_level(
    ctx,
    code: str,
    colour: str,
    review_interval_days: int,
    *,
    hex: str = "#777777",
    requires_approval: bool = False,
    situation: str = "",
    casusregie: str = "",
    procesregie: str = "",
    operational: str = "",
    bestuurlijk: str = "",
) -> LevelView:
    """A new rung on top of the ladder (the highest rank + 1)."""
    e = v.FieldErrors()
    code_clean = e.check("code", v.text, code, "code", max_len=64)
    fields = {
        "colour": colour,
        "hex": hex,
        "review_interval_days": review_interval_days,
        "requires_approval": requires_approval,
    }
    for key, val in (
        ("situation", situation),
        ("casusregie", casusregie),
        ("procesregie", procesregie),
        ("operational", operational),
        ("bestuurlijk", bestuurlijk),
    ):
        if val:
            fields[key] = val
    clean = _validate_level_fields(fields, e)
    e.raise_if_any()
    with ctx.session() as s:
        require_global(s, ctx, "config.manage", "admin", detail=f"ladder {code_clean} toegevoegd")
        if s.get(m.EscalationLevel, code_clean) is not None:
            raise ValidationError("bestaat al", "code")
        top = s.scalar(select(func.max(m.EscalationLevel.rank))) or 0
        lv = m.EscalationLevel(code=code_clean, rank=top + 1, **clean)
        s.add(lv)
        s.flush()
        return level_view(lv)


def remove_level(ctx, code: str) -> None:
    """Remove an unused rung. A level that any household or history refers to stays."""
    with ctx.session() as s:
        require_global(s, ctx, "config.manage", "admin", detail=f"ladder {code} verwijderd")
        lv = s.get(m.EscalationLevel, code)
        if lv is None:
            raise NotFound(f"niveau {code} bestaat niet")
        used = s.scalar(
            select(func.count()).select_from(m.Household).where(m.Household.level_code == code)
        ) or s.scalar(
            select(func.count())
            .select_from(m.LevelChange)
            .where((m.LevelChange.to_level == code) | (m.LevelChange.from_level == code))
        )
        if used:
            raise RuleViolation(f"niveau {code} is in gebruik en kan niet worden verwijderd")
        s.delete(lv)


SETTINGS_RULES: dict[str, Any] = {
    "handover_requires_approval": lambda val: val in HANDOVER_APPROVAL,
    "auto_lock_minutes": lambda val: _int_between(val, 1, 240),
    "bsn_clipboard_clear_seconds": lambda val: _int_between(val, 5, 600),
    "nazorg_default_weeks": lambda val: _int_between(val, 1, 104),
    "retention_years": lambda val: (
        isinstance(val, dict)
        and val.keys() >= {"jeugdwet", "wmo", "not_adopted"}
        and all(_int_between(x, 1, 100) for x in val.values())
    ),
    "caseload": lambda val: (
        isinstance(val, dict) and all(_int_between(x, 1, 1000) for x in val.values())
    ),
    # break-glass grants one teamleider may get in 24 hours (services.breakglass)
    "breakglass_max_per_day": lambda val: _int_between(val, 1, 20),
}

TRANSITION_RULES: dict[str, Any] = {
    "from_age": lambda val: _int_between(val, 12, 18),
    "signal_months_before_18": lambda val: _int_between(val, 1, 36),
}

SETTINGS_LABELS = {
    "handover_requires_approval": "moet always, across_teams of never zijn",
    "retention_years": "moet bewaartermijnen (1-100 jaar) voor jeugdwet, wmo en not_adopted geven",
}


def _int_between(val: Any, lo: int, hi: int) -> bool:
    return isinstance(val, int) and not isinstance(val, bool) and lo <= val <= hi


def update_settings(ctx, key: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Edit keys of the `settings` or `transition` document; unknown keys are refused."""
    rules = {"settings": SETTINGS_RULES, "transition": TRANSITION_RULES}.get(key)
    if rules is None:
        raise ValidationError("moet settings of transition zijn", "document")
    e = v.FieldErrors()
    for name, val in changes.items():
        rule = rules.get(name)
        if rule is None:
            e.add(name, "kan hier niet worden gewijzigd")
        elif not rule(val):
            e.add(name, SETTINGS_LABELS.get(name, "heeft een ongeldige waarde"))
    e.raise_if_any()
    try:
        with ctx.session() as s:
            require_global(
                s, ctx, "config.manage", "admin", detail=f"{key}: " + ",".join(sorted(changes))
            )
            doc = document(s, key)
            doc.update(changes)
            row = s.get(m.Setting, key)
            payload = json.dumps(doc, ensure_ascii=False)
            if row is None:
                s.add(m.Setting(key=key, value=payload))
            else:
                row.value = payload
            s.flush()
            return doc
    except StaleDataError:
        raise ConflictError("de instellingen zijn intussen door iemand anders gewijzigd") from None
