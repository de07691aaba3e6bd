"""Long race of the key lifecycle with real processes: re-keys (each held open between its
pending files and the swap) against sign-ins, wrong passwords and `user add`, all at once.

Usage: python scripts/key_race_soak.py [--rounds 300] [--adds 100] [--pause 0.2] [--keep DIR]

Exit 0 when no process ever saw an integrity failure, every slot (also of the accounts added
during the race) unwraps the current key, the recovery key opens the store and verify finds
nothing; 1 otherwise. Prints the figures. The CI suite runs a short version
(tests/races/test_key_races.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("H4CASUS_KDF_SECONDS", "0.005")
os.environ.setdefault("H4CASUS_WEAK_KDF_FOR_TESTS", "1")

from h4casus.services.core.clock import FixedClock  # noqa: E402
from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD, Store  # noqa: E402
from tests.races.run import check_after, race  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=300, help="re-keys")
    ap.add_argument("--adds", type=int, default=100, help="accounts added meanwhile")
    ap.add_argument("--pause", type=float, default=0.2, help="seconds each re-key is held open")
    ap.add_argument("--keep", help="folder for the store (default: a temp folder, removed)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        store = Store.create(folder / "race.h4c", FixedClock(datetime(2026, 3, 15, 10, 30)))
        recovery = store.recovery_key
        store.close()
        report = race(
            store.path,
            admin=ADMIN,
            admin_pw=ADMIN_PASSWORD,
            reader=("rik", USER_PASSWORD),
            guessed="carla",
            new_pw=USER_PASSWORD,
            rekeys=args.rounds,
            adds=args.adds,
            pause=args.pause,
        )
        users = ["rik", "carla", "tim", *(f"nieuw{i}" for i in range(1, args.adds + 1))]
        users += [f"nieuwx{i}" for i in range(1, args.adds + 1)]
        problems = report.problems + check_after(
            store.path,
            admin=ADMIN,
            admin_pw=ADMIN_PASSWORD,
            recovery=recovery,
            slot_users=users,
            user_pw={u: USER_PASSWORD for u in users},
        )
    print(f"{args.rounds} re-keys, {args.adds} accounts added in {report.seconds:.1f} s")
    for name, seen in report.outcomes.items():
        print(f"  {name:14} {dict(seen)}")
    print(f"{len(problems)} problems")
    for p in problems[:20]:
        print("  " + p)
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
