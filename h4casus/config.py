"""Paths (platformdirs) and settings. The database path comes from --db, then H4CASUS_DB,
then the user's data directory."""

from __future__ import annotations

import json
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


def kdf_target_seconds() -> float:
    """Target time for the password KDF at init (about half a second by default).
    H4CASUS_KDF_SECONDS lowers it for test runs; parameters never drop below the floor
    in security.keyslots."""
    try:
        return float(os.environ.get("H4CASUS_KDF_SECONDS", "0.5"))
    except ValueError:
        return 0.5
