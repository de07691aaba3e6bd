"""Long kill -9 soak test: a writer commits journal entries, is killed at random moments, and
after every kill the store must open, pass verify and hold every reported commit.

Usage: python scripts/crash_soak.py [--iterations 1000] [--processes] [--seed S] [--keep DIR]

By default writers are forked from a zygote process that imported everything once (no import
cost per kill); --processes starts a real `python tests/faults/writer.py` for every iteration
instead (slower, the full start-up path).
Exit 0 when nothing was lost, 1 otherwise. Prints the figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("H4CASUS_KDF_SECONDS", "0.005")
os.environ.setdefault("H4CASUS_WEAK_KDF_FOR_TESTS", "1")

from h4casus.services.core.clock import FixedClock  # noqa: E402
from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD, Store, register  # noqa: E402
from tests.faults.crash import soak  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--processes", action="store_true", help="real writer processes")
    ap.add_argument("--check-every", type=int, default=1, help="verify after every N kills")
    ap.add_argument("--keep", help="folder for the store (default: a temp folder, removed)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        store = Store.create(folder / "soak.h4c", FixedClock(datetime(2026, 3, 15, 10, 30)))
        household_id = register(store.ctx("rik")).id
        store.close()
        start = time.perf_counter()
        tally = soak(
            store.path,
            "rik",
            USER_PASSWORD,
            household_id,
            args.iterations,
            seed=args.seed,
            processes=args.processes,
            checker=(ADMIN, ADMIN_PASSWORD),
            check_every=args.check_every,
        )
        elapsed = time.perf_counter() - start
    print(
        f"{tally.kills} kills, {tally.committed} commits reported, {len(tally.problems)} problems, "
        f"{elapsed:.1f} s ({elapsed / max(tally.kills, 1) * 1000:.0f} ms per kill)"
    )
    for p in tally.problems[:20]:
        print("  " + p)
    return 0 if not tally.problems else 1


if __name__ == "__main__":
    sys.exit(main())
