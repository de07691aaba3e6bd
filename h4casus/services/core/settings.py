"""The settings of a database: every key, its default, its type and its rule, declared once.

Rules of this module:
- `Settings` is the one declaration. Each field is a setting with its default and its
  validation (`option(...)`); code reads `settings.auto_lock_minutes`, never a dict key with a
  literal fallback. A new setting is one new field here, nothing else.
- The database keeps only what the beheerder changed, in the JSON documents of the `settings`
  table (`settings`, and `transition` for the two 18-/18+ windows, kept there for databases
  made before this module). A stored value that no longer passes its rule is ignored: the
  default applies.
- Changing settings (`update_settings`) validates every change first and writes nothing when
  one fails; it is for the beheerder (`config.manage`) and is logged.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from h4casus.config import load_default
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

HANDOVER_APPROVAL = ("always", "across_teams", "never")
RETENTION_KINDS = ("jeugdwet", "wmo", "not_adopted")


def _int_between(lo: int, hi: int) -> Callable[[Any], bool]:
    return lambda val: isinstance(val, int) and not isinstance(val, bool) and lo <= val <= hi


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], bool]:
    def valid(val: Any) -> bool:
        return val in choices

    valid.choices = choices  # type: ignore[attr-defined]  # a form offers these to pick from
    return valid


def _text(max_len: int) -> Callable[[Any], bool]:
    return lambda val: isinstance(val, str) and len(val) <= max_len and "\x00" not in val


def _years(val: Any) -> bool:
    return (
        isinstance(val, Mapping)
        and set(val) == set(RETENTION_KINDS)
        and all(_int_between(1, 100)(x) for x in val.values())
    )


def _caseload(val: Any) -> bool:
    return isinstance(val, Mapping) and all(_int_between(1, 1000)(x) for x in val.values())


def option(
    default: Any,
    valid: Callable[[Any], bool],
    message: str,
    *,
    label: str,
    document: str = "settings",
    key: str | None = None,
) -> Any:
    """One setting: its default, rule, the message when the rule fails, and a label for
    screens. `document`/`key` say where a changed value is stored (default: the field name
    in the `settings` document)."""
    meta = {"valid": valid, "message": message, "label": label, "document": document}
    if key:
        meta["key"] = key
    if isinstance(default, dict):
        frozen = dict(default)
        return field(default_factory=lambda: dict(frozen), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    handover_requires_approval: str = option(
        "across_teams",
        _one_of(HANDOVER_APPROVAL),
        "moet always, across_teams of never zijn",
        label="Overdracht van regie vraagt goedkeuring van de teamleider",
    )
    auto_lock_minutes: int = option(
        10,
        _int_between(1, 240),
        "moet een geheel aantal minuten tussen 1 en 240 zijn",
        label="Automatisch vergrendelen na (minuten zonder invoer)",
    )
    bsn_clipboard_clear_seconds: int = option(
        30,
        _int_between(5, 600),
        "moet een geheel aantal seconden tussen 5 en 600 zijn",
        label="Gekopieerd BSN wissen na (seconden)",
    )
    nazorg_default_weeks: int = option(
        12,
        _int_between(1, 104),
        "moet een geheel aantal weken tussen 1 en 104 zijn",
        label="Nazorg: contactmoment na (weken)",
    )
    retention_years: dict[str, int] = option(
        {"jeugdwet": 20, "wmo": 15, "not_adopted": 5},
        _years,
        "moet bewaartermijnen (1-100 jaar) voor jeugdwet, wmo en not_adopted geven",
        label="Bewaartermijnen (jaren na afsluiten)",
    )
    caseload: dict[str, int] = option(
        {"heavy_level_rank": 3, "heavy_max": 7, "light_max": 40},
        _caseload,
        "moet gehele getallen tussen 1 en 1000 geven",
        label="Caseloadnorm",
    )
    backup_directory: str = option(
        "",
        _text(1000),
        "moet een map zijn (hoogstens 1000 tekens)",
        label="Map voor de dagelijkse back-up (leeg: naast de database)",
    )
    backup_generations: int = option(
        14,
        _int_between(1, 366),
        "moet een geheel aantal tussen 1 en 366 zijn",
        label="Aantal dagelijkse back-ups dat bewaard blijft",
    )
    breakglass_hours: int = option(
        4,
        _int_between(1, 24),
        "moet een geheel aantal uren tussen 1 en 24 zijn",
        label="Noodtoegang geldt (uren)",
    )
    breakglass_max_per_day: int = option(
        3,
        _int_between(1, 20),
        "moet een geheel aantal tussen 1 en 20 zijn",
        label="Noodtoegang: hoogstens zoveel keer per teamleider per 24 uur",
    )
    transition_from_age: int = option(
        16,
        _int_between(12, 18),
        "moet een leeftijd tussen 12 en 18 zijn",
        label="18-/18+ perspectiefplan vanaf leeftijd",
        document="transition",
        key="from_age",
    )
    transition_signal_months: int = option(
        6,
        _int_between(1, 36),
        "moet een geheel aantal maanden tussen 1 en 36 zijn",
        label="Signaal: 18 binnen (maanden) zonder vastgesteld perspectiefplan",
        document="transition",
        key="signal_months_before_18",
    )


SETTING_FIELDS: dict[str, dataclasses.Field] = {f.name: f for f in dataclasses.fields(Settings)}


def _where(f: dataclasses.Field) -> tuple[str, str]:
    return f.metadata["document"], f.metadata.get("key", f.name)


def _stored(s: Session) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for name in {f.metadata["document"] for f in SETTING_FIELDS.values()}:
        row = s.get(m.Setting, name)
        try:
            value = json.loads(row.value) if row is not None else {}
        except ValueError:
            value = {}
        docs[name] = value if isinstance(value, dict) else {}
    return docs


def read_settings(s: Session) -> Settings:
    """The settings in force: stored values that pass their rule, defaults for the rest."""
    docs = _stored(s)
    values: dict[str, Any] = {}
    for name, f in SETTING_FIELDS.items():
        doc, key = _where(f)
        if key in docs[doc] and f.metadata["valid"](docs[doc][key]):
            values[name] = docs[doc][key]
    return Settings(**values)


def get_settings(ctx: ServiceContext) -> Settings:
    """The settings in force (every account may read them)."""
    with ctx.session() as s:
        return read_settings(s)


def validate_changes(changes: Mapping[str, Any]) -> dict[str, str]:
    """Field name -> message for every change that is unknown or breaks its rule."""
    errors: dict[str, str] = {}
    for name, val in changes.items():
        f = SETTING_FIELDS.get(name)
        if f is None:
            errors[name] = "is geen instelling"
        elif not f.metadata["valid"](val):
            errors[name] = f.metadata["message"]
    return errors


def store_changes(s: Session, changes: Mapping[str, Any]) -> None:
    """Write validated changes into their documents (inside the caller's unit of work)."""
    docs = _stored(s)
    touched: set[str] = set()
    for name, val in changes.items():
        doc, key = _where(SETTING_FIELDS[name])
        docs[doc][key] = dict(val) if isinstance(val, Mapping) else val
        touched.add(doc)
    for doc in sorted(touched):
        payload = json.dumps(docs[doc], ensure_ascii=False)
        row = s.get(m.Setting, doc)
        if row is None:
            s.add(m.Setting(key=doc, value=payload))
        else:
            row.value = payload
    s.flush()


# --------------------------------------------------------------------------- data documents


def configuration_document(s: Session, name: str) -> dict[str, Any]:
    """A configuration document that holds data rather than settings (e.g. `transition`: the
    18-/18+ areas and checklist): the shipped default with the stored keys over it."""
    default = load_default(name)
    row = s.get(m.Setting, name)
    stored = json.loads(row.value) if row is not None else {}
    return {**default, **stored}
