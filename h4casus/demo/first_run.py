"""First start without a configured database: create a ready demo database so a newcomer sees
real content at once.

The demo database lives at the default path (the user's data folder). Its admin account and
password are fixed and documented (README, "Desktop"); they are shown on the login screen, so
the demo database must never hold real case data. A small marker file beside the database
says "this is the demo database" without needing the key (it holds no secret)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from h4casus.config import default_db_path
from h4casus.security.keyslots import slot_path_for
from h4casus.services.store.session import login
from h4casus.services.store.vault import init_store

DEMO_USERNAME = "demo"
# The same password the demo generator gives every demo account (services.demo.DEMO_PASSWORD);
# it passes the password policy (security.passwords).
DEMO_PASSWORD = "demo-wijkteam-delfland"
DEMO_HOUSEHOLDS = 200
DEMO_SEED = 1
_MARKER_SUFFIX = ".demo.json"


@dataclass(frozen=True)
class DemoLogin:
    """What the login screen shows for a demo database."""

    path: Path
    username: str
    password: str
    created: bool  # True: made just now by this start


def marker_path(db: Path) -> Path:
    return Path(str(db) + _MARKER_SUFFIX)


def demo_login(db: Path) -> DemoLogin | None:
    """The demo credentials if `db` is a demo database made by `ensure_demo_database`."""
    marker = marker_path(db)
    if not db.exists() or not marker.is_file():
        return None
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or info.get("demo") is not True:
        return None
    return DemoLogin(db, str(info.get("username") or DEMO_USERNAME), DEMO_PASSWORD, False)


def needs_demo(explicit_db: str | os.PathLike | None) -> bool:
    """True when nothing was configured (no --db, no $H4CASUS_DB) and no database exists at
    the default path: then the first start creates the demo database there."""
    if explicit_db or os.environ.get("H4CASUS_DB"):
        return False
    return not default_db_path().exists()


def create_demo_database(
    path: Path, *, households: int = DEMO_HOUSEHOLDS, seed: int = DEMO_SEED
) -> DemoLogin:
    """A new encrypted database at `path` with the demo admin (beheerder + teamleider, all
    teams) and `households` generated demo households (plus the generator's demo accounts)."""
    # Imported here, not at the top: the desktop imports this module at every start, and the
    # generator (Faker) is only needed on the very first one.
    from h4casus.demo.generator import generate

    result = init_store(path, DEMO_USERNAME, DEMO_PASSWORD, display_name="Demo-beheerder")
    try:
        ctx = login(result.vault, DEMO_USERNAME)
        generate(ctx, households, seed)
    except BaseException:
        result.vault.close()
        for p in (path, slot_path_for(path), Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            p.unlink(missing_ok=True)
        raise
    result.vault.close()
    marker = marker_path(path)
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text(
        json.dumps({"demo": True, "username": DEMO_USERNAME}, ensure_ascii=False),
        encoding="utf-8",
    )
    os.replace(tmp, marker)
    return DemoLogin(path, DEMO_USERNAME, DEMO_PASSWORD, True)


def ensure_demo_database(explicit_db: str | os.PathLike | None) -> DemoLogin | None:
    """Create the demo database at the default path when `needs_demo`; otherwise the demo
    credentials when the chosen database is the demo database, else None."""
    if needs_demo(explicit_db):
        return create_demo_database(default_db_path())
    path = Path(explicit_db).expanduser() if explicit_db else default_db_path()
    return demo_login(path)
