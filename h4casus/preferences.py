"""Preferences of this machine's user (not of the database): a small JSON file in the user's
configuration folder (platformdirs' `user_config_dir`), e.g. `~/.config/h4casus/preferences.json`.

Rules:
- Every preference is one field of `Preferences` with its default, and one entry in `RULES`
  (the allowed values and the Dutch message when a value is not allowed). Nothing else
  declares a preference.
- `update(...)` validates every field first (`ValidationError` naming each wrong field,
  nothing written) and then writes the whole file at once (temporary file + rename).
- Reading never fails: a missing, unreadable or damaged file, or a value that is no longer
  allowed, gives the default for that field (and a logged warning), so a bad file can never
  stop the program from starting.
- The environment overrides the file for one run: `H4CASUS_LANGUAGE=en` (an unknown value is
  ignored with a warning). Used by the screenshot script and for support.
- No Qt here: the command line and the build may read preferences too.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from platformdirs import user_config_dir

from h4casus.domain.errors import ValidationError

APP_NAME = "h4casus"
FILE_NAME = "preferences.json"
LANGUAGE_ENV = "H4CASUS_LANGUAGE"

# Language code -> the language's own name (shown as is in the language choice).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
SOURCE_LANGUAGE = "nl"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preferences:
    language: str = SOURCE_LANGUAGE


@dataclass(frozen=True)
class Rule:
    allowed: tuple[str, ...]
    message: str
    label: str


RULES: dict[str, Rule] = {
    "language": Rule(
        tuple(LANGUAGES),
        "moet een van deze talen zijn: " + ", ".join(LANGUAGES),
        "taal",
    ),
}


def preferences_path() -> Path:
    """Where the preferences of this user on this machine are kept."""
    return Path(user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def validate(changes: dict[str, object]) -> None:
    """Raise `ValidationError` naming every unknown field and every value not allowed."""
    errors: dict[str, str] = {}
    known = {f.name for f in fields(Preferences)}
    for name, value in changes.items():
        if name not in known:
            errors[name] = "is geen voorkeur van h4casus"
        elif value not in RULES[name].allowed:
            errors[name] = RULES[name].message
    if errors:
        raise ValidationError(errors)


def load(path: Path | None = None) -> Preferences:
    """The stored preferences; defaults for anything missing or not allowed (see the rules)."""
    path = path or preferences_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("voorkeuren in %s niet leesbaar (%s); standaardwaarden gebruikt", path, exc)
        return Preferences()
    if not isinstance(raw, dict):
        log.warning("voorkeuren in %s zijn geen JSON-object; standaardwaarden gebruikt", path)
        return Preferences()
    values: dict[str, object] = {}
    for f in fields(Preferences):
        if f.name not in raw:
            continue
        if raw[f.name] in RULES[f.name].allowed:
            values[f.name] = raw[f.name]
        else:
            log.warning(
                "voorkeur %s=%r in %s niet toegestaan; genegeerd", f.name, raw[f.name], path
            )
    return Preferences(**values)


def save(prefs: Preferences, path: Path | None = None) -> None:
    """Write all preferences at once (a reader never sees half a file)."""
    validate(asdict(prefs))
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".preferences-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(prefs), fh, indent=2, sort_keys=True)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def update(path: Path | None = None, **changes: object) -> Preferences:
    """Validate `changes`, then store them with the other preferences; returns the result."""
    validate(changes)
    prefs = replace(load(path), **changes)
    save(prefs, path)
    return prefs


def language(path: Path | None = None) -> str:
    """The language of the desktop: $H4CASUS_LANGUAGE when it is set and allowed, else the
    stored preference, else Dutch."""
    env = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if env:
        if env in LANGUAGES:
            return env
        log.warning(
            "%s=%r is geen bekende taal (%s); genegeerd", LANGUAGE_ENV, env, ", ".join(LANGUAGES)
        )
    return load(path).language
