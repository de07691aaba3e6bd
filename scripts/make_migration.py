"""Regenerate the pending schema migration from the models.

Usage: python scripts/make_migration.py REV "message" [--base BASE_REV]

Only the newest revision may be regenerated; released revisions are never rewritten.

Upgrades a throw-away encrypted database to BASE_REV (default: the revision before REV),
removes an existing db/versions/REV_*.py and lets Alembic autogenerate REV from the
difference with h4casus.storage.models, then sets `HEAD` in h4casus/storage/schema_version.py
to REV (what sign-in compares a store with). Review the generated file before committing.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

from alembic import command

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from h4casus.storage.engine import create_encrypted_engine  # noqa: E402
from h4casus.storage.migrations import alembic_config  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("rev")
    ap.add_argument("message")
    ap.add_argument("--base")
    args = ap.parse_args()
    versions = ROOT / "db" / "versions"
    for old in versions.glob(f"{args.rev}_*.py"):
        old.unlink()
    base = args.base or f"{int(args.rev) - 1:04d}"
    with tempfile.TemporaryDirectory() as d:
        engine = create_encrypted_engine(Path(d) / "m.h4c", os.urandom(32))
        cfg = alembic_config(engine)
        command.upgrade(cfg, base)
        command.revision(cfg, message=args.message, autogenerate=True, rev_id=args.rev, head=base)
        engine.dispose()
    head_file = ROOT / "h4casus" / "storage" / "schema_version.py"
    text = head_file.read_text(encoding="utf-8")
    head_file.write_text(
        re.sub(r'^HEAD = "[^"]*"$', f'HEAD = "{args.rev}"', text, count=1, flags=re.M),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
