"""Paths (platformdirs) and settings. The database path comes from --db, then H4CASUS_DB,
then the user's data directory."""

from __future__ import annotations

import json
import math
import os
from functools import cache
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "h4casus"
_REPO_ROOT = Path(__file__).resolve().parent.parent


def _shipped_dir(top_level: str, package: str) -> Path:
    """A top-level data folder: beside the package in a checkout, inside it when installed."""
    here = _REPO_ROOT / top_level
    if here.is_dir() and (_REPO_ROOT / "pyproject.toml").is_file():
        return here
    return Path(__file__).resolve().parent / package


def resources_dir() -> Path:
    return _shipped_dir("resources", "_resources")


def migrations_dir() -> Path:
    return _shipped_dir("db", "_db")


def ui_dir() -> Path:
    return _shipped_dir("ui", "_ui")


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get("H4CASUS_DB")
    if env:
        return Path(env)
    return data_dir() / "h4casus.h4c"


@cache
def load_default(name: str) -> dict:
    """A default configuration document from resources/config (JSON)."""
    path = resources_dir() / "config" / f"{name}.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


MIN_KDF_SECONDS = 0.25
MAX_KDF_SECONDS = 10.0


def weak_kdf_allowed() -> bool:
    """Test runs only: $H4CASUS_WEAK_KDF_FOR_TESTS=1 allows KDF targets below 0.25 s."""
    return os.environ.get("H4CASUS_WEAK_KDF_FOR_TESTS") == "1"


def kdf_target_seconds() -> float:
    """Target time for the password KDF of new slots (0.5 s unless $H4CASUS_KDF_SECONDS says
    otherwise, between 0.25 and 10 s). Below 0.25 s slots get weak parameters: allowed only
    with the explicit test switch $H4CASUS_WEAK_KDF_FOR_TESTS=1 (and then shown as weak)."""
    from h4casus.domain.errors import ValidationError

    raw = os.environ.get("H4CASUS_KDF_SECONDS", "").strip()
    if not raw:
        return 0.5
    field = "H4CASUS_KDF_SECONDS"
    try:
        value = float(raw)
    except ValueError:
        raise ValidationError("moet een getal in seconden zijn, bijvoorbeeld 0.5", field) from None
    if not math.isfinite(value) or value <= 0 or value > MAX_KDF_SECONDS:
        raise ValidationError(
            f"moet tussen {MIN_KDF_SECONDS} en {MAX_KDF_SECONDS:g} seconden liggen", field
        )
    if value < MIN_KDF_SECONDS and not weak_kdf_allowed():
        raise ValidationError(
            f"onder {MIN_KDF_SECONDS} seconden worden sleutels zwak; dat mag alleen in tests "
            "(H4CASUS_WEAK_KDF_FOR_TESTS=1)",
            field,
        )
    return value
