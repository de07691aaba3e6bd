"""Run the key-lifecycle race (real processes) and check what it left behind. Used by the CI
test (a short run) and scripts/key_race_soak.py (hundreds of rounds).

One process re-keys the store again and again, each re-key held open for a while between its
pending files and the swap; beside it processes sign in and read, guess wrong passwords (for
an account and for a name that does not exist), and add accounts, all at the same time.
Afterwards: no process ever saw an integrity failure; every account's slot (including the
ones added during the race, and the one guessed at) still unwraps the *current* data key;
the recovery key opens the store; verify finds nothing; no pending file is left.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

WORKER = Path(__file__).with_name("worker.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class RaceReport:
    outcomes: dict[str, Counter] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _env(admin: str, admin_pw: str, new_pw: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        RACE_ADMIN=admin,
        RACE_ADMIN_PASSWORD=admin_pw,
        RACE_NEW_PASSWORD=new_pw,
        H4CASUS_KDF_SECONDS=env.get("H4CASUS_KDF_SECONDS", "0.005"),
        H4CASUS_WEAK_KDF_FOR_TESTS="1",
        H4CASUS_BUSY_TIMEOUT=env.get("H4CASUS_BUSY_TIMEOUT", "20"),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p),
    )
    return env


def race(
    db: Path,
    *,
    admin: str,
    admin_pw: str,
    reader: tuple[str, str],
    guessed: str,
    new_pw: str,
    rekeys: int,
    adds: int,
    pause: float = 0.3,
    prefix: str = "nieuw",
) -> RaceReport:
    env = _env(admin, admin_pw, new_pw)
    stop = db.with_name("STOP")
    stop.unlink(missing_ok=True)
    started = time.perf_counter()

    def spawn(*args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, str(WORKER), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    endless = {
        "signin": spawn("signin", str(db), *reader),
        "wrong": spawn("wrong", str(db), guessed),
        "wrong-unknown": spawn("wrong", str(db), "bestaat-niet"),
    }
    finite = {
        "rekey": spawn("rekey", str(db), str(rekeys), str(pause)),
        # Two processes adding accounts at the same time: both must keep every slot.
        "useradd": spawn("useradd", str(db), prefix, str(adds)),
        "useradd-2": spawn("useradd", str(db), f"{prefix}x", str(adds)),
    }
    report = RaceReport()
    try:
        for name, proc in finite.items():
            out, err = proc.communicate(timeout=120 + 10 * (rekeys + adds))
            report.outcomes[name] = _parse(name, out, err, report)
    finally:
        stop.touch()
        for name, proc in endless.items():
            out, err = proc.communicate(timeout=120)
            report.outcomes[name] = _parse(name, out, err, report)
        stop.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - started
    for name, seen in report.outcomes.items():
        for kind in seen:
            if kind.startswith(("integrity", "other")):
                report.problems.append(f"{name}: {kind} ({seen[kind]}x)")
    want = {"rekey": rekeys, "useradd": adds, "useradd-2": adds}
    for name, n in want.items():
        if report.outcomes[name]["ok"] != n:
            report.problems.append(f"{name}: {report.outcomes[name]['ok']} of {n} succeeded")
    return report


def _parse(name: str, out: str, err: str, report: RaceReport) -> Counter:
    lines = [x for x in out.splitlines() if x.startswith("{")]
    if not lines:
        report.problems.append(f"{name}: no result ({err.strip()[-500:]})")
        return Counter()
    return Counter(json.loads(lines[-1]))


def check_after(
    db: Path, *, admin: str, admin_pw: str, recovery: str, slot_users: list[str], user_pw: dict
) -> list[str]:
    """Every listed user's slot unwraps the current key; recovery opens; verify is clean."""
    from h4casus.security.keyslots import SlotFile, slot_path_for, user_slot_id
    from h4casus.services.store.rekeying import db_opens_with, pending_slot_path
    from h4casus.services.store.session import login
    from h4casus.services.store.vault import open_store
    from h4casus.services.store.verification import verify_store

    problems: list[str] = []
    if pending_slot_path(db).exists():
        problems.append("a pending slot file was left behind")
    slots = SlotFile.load(slot_path_for(db))
    for user in slot_users:
        try:
            key = slots.unwrap(user_slot_id(user), user_pw[user])
        except Exception as exc:
            problems.append(f"slot of {user} does not unwrap: {type(exc).__name__}")
            continue
        if not db_opens_with(db, key):
            problems.append(f"slot of {user} holds a key that does not open the database")
    vault = open_store(db, admin, recovery, recovery=True)
    vault.close()
    vault = open_store(db, admin, admin_pw)
    try:
        report = verify_store(login(vault, admin))
        problems.extend(f"verify: {p}" for p in report.problems)
    finally:
        vault.close()
    return problems
