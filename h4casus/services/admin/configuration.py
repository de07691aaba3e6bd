"""Editing the configuration: the op-/afschaalladder and the settings (declared in
`services.core.settings`). Everyone may read them; only the beheerder edits them (policy
action `config.manage`), validated, and every edit is logged."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.errors import ConflictError, NotFound, RuleViolation, ValidationError
from h4casus.services.access.authorize import require_global
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import Settings, read_settings, store_changes, validate_changes
from h4casus.storage import models as m

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


# --------------------------------------------------------------------------- reading


def ladder_rows(s: Session) -> list[m.EscalationLevel]:
    return list(s.scalars(select(m.EscalationLevel).order_by(m.EscalationLevel.rank)))


def get_ladder(ctx: ServiceContext) -> list[LevelView]:
    with ctx.session() as s:
        return [level_view(lv) for lv in ladder_rows(s)]


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


# What the access log names of a change of the ladder (texts by name only: they are long).
_LOGGED_AS = {"review_interval_days": "evaluatietermijn", "requires_approval": "goedkeuring"}


def _shown(val: Any) -> str:
    return ("ja" if val else "nee") if isinstance(val, bool) else str(val)


def _level_change_detail(code: str, lv: m.EscalationLevel | None, clean: dict[str, Any]) -> str:
    parts = []
    for key, val in clean.items():
        if key in _LOGGED_AS and lv is not None:
            before = getattr(lv, key)
            if before != val:
                parts.append(f"{_LOGGED_AS[key]} {_shown(before)} -> {_shown(val)}")
        elif lv is None or getattr(lv, key) != val:
            parts.append(key)
    return (f"ladder {code} gewijzigd: " + (", ".join(parts) or "niets"))[:400]


def update_level(ctx: ServiceContext, code: str, **changes: Any) -> LevelView:
    """Edit one rung of the ladder (texts, colour, review interval, four-eyes flag)."""
    e = v.FieldErrors()
    clean = _validate_level_fields(changes, e)
    e.raise_if_any()
    with ctx.session() as s:
        lv = s.get(m.EscalationLevel, code)
        require_global(
            s, ctx, "config.manage", "admin", detail=_level_change_detail(code, lv, clean)
        )
        if lv is None:
            raise NotFound(f"niveau {code} bestaat niet")
        for key, val in clean.items():
            setattr(lv, key, val)
        s.flush()
        return level_view(lv)


def add_level(
    ctx: ServiceContext,
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


def remove_level(ctx: ServiceContext, code: str) -> None:
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


def update_settings(ctx: ServiceContext, changes: dict[str, Any]) -> Settings:
    """Change settings (names are the fields of `Settings`); every change is validated first
    and nothing is written when one fails. The beheerder only; logged with the names."""
    errors = validate_changes(changes)
    if errors:
        raise ValidationError(errors)
    try:
        with ctx.session() as s:
            require_global(
                s,
                ctx,
                "config.manage",
                "admin",
                detail="instellingen: " + ",".join(sorted(changes)),
            )
            store_changes(s, changes)
            return read_settings(s)
    except StaleDataError:
        raise ConflictError("de instellingen zijn intussen door iemand anders gewijzigd") from None
