"""A worker process for the key-lifecycle race tests and scripts/key_race_soak.py.

    python tests/races/worker.py MODE DB [ARGS...]    (env: H4CASUS_* as for the CLI)

Modes (each loops until the file STOP exists or its count is done, then prints one JSON
line with the outcomes it saw, counted by kind):
    rekey DB ROUNDS SLEEP        re-key ROUNDS times as the admin, sleeping SLEEP seconds
                                 between the pending files and the swap (a long re-key)
    signin DB USER PASSWORD      sign in, read the household list, sign out; again
    wrong DB USER                sign in with a wrong password; again
    useradd DB PREFIX COUNT      add accounts PREFIX1..PREFIXn (each its own sign-in)
Outcome kinds: ok, busy (StoreBusy), auth (AuthenticationError), integrity (IntegrityFailure:
must never happen), other:<name>.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path


def _kind(exc: BaseException | None) -> str:
    from h4casus.domain.errors import AuthenticationError, IntegrityFailure, StoreBusy

    if exc is None:
        return "ok"
    if isinstance(exc, StoreBusy):
        return "busy"
    if isinstance(exc, AuthenticationError):
        return "auth"
    if isinstance(exc, IntegrityFailure):
        return f"integrity:{exc}"
    return f"other:{type(exc).__name__}:{exc}"


def main(argv: list[str]) -> int:
    from h4casus.services.admin.accounts import add_user
    from h4casus.services.queries import listing
    from h4casus.services.store import rekeying
    from h4casus.services.store.keys import rekey
    from h4casus.services.store.session import login
    from h4casus.services.store.vault import open_store

    mode, db = argv[0], Path(argv[1])
    stop = db.with_name("STOP")
    seen: Counter[str] = Counter()
    admin, admin_pw = os.environ["RACE_ADMIN"], os.environ["RACE_ADMIN_PASSWORD"]
    new_pw = os.environ.get("RACE_NEW_PASSWORD", "")

    def attempt(fn) -> None:
        try:
            fn()
            seen["ok"] += 1
        except Exception as exc:  # counted, never hidden
            seen[_kind(exc)] += 1

    if mode == "rekey":
        rounds, pause = int(argv[2]), float(argv[3])
        rekeying._checkpoint = lambda stage: (
            time.sleep(pause) if stage == "pending_written" else None
        )

        def one_rekey() -> None:
            vault = open_store(db, admin, admin_pw)
            try:
                rekey(login(vault, admin))
            finally:
                vault.close()

        for _ in range(rounds):
            attempt(one_rekey)
            time.sleep(0.05)
    elif mode == "signin":
        user, pw = argv[2], argv[3]

        def one_signin() -> None:
            vault = open_store(db, user, pw)
            try:
                sum(1 for _ in listing.iter_households(login(vault, user), with_members=False))
            finally:
                vault.close()

        while not stop.exists():
            attempt(one_signin)
            time.sleep(0.03)
    elif mode == "wrong":
        user = argv[2]
        while not stop.exists():
            attempt(lambda: open_store(db, user, "helemaal-fout-wachtwoord-1").close())
            time.sleep(0.03)
    elif mode == "useradd":
        prefix, count = argv[2], int(argv[3])

        def one_add(name: str) -> None:
            vault = open_store(db, admin, admin_pw)
            try:
                add_user(login(vault, admin), name, "consulent", new_pw)
            finally:
                vault.close()

        for i in range(1, count + 1):
            attempt(lambda i=i: one_add(f"{prefix}{i}"))
            time.sleep(0.02)
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(dict(seen)), flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv[1:]))
