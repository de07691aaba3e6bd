"""Shared machinery for the kill -9 tests and scripts/crash_soak.py: start a writer, kill it
at a random moment, then check the store opens, verifies and holds every reported commit.

Writers come from a zygote (`writer.py --zygote`: one clean, single-threaded process that
imports everything once and forks a writer per kill), or, slower, as a fresh
`python writer.py` process per kill."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select as sql_select

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashTally:
    kills: int = 0
    committed: int = 0
    problems: list[str] = field(default_factory=list)


def _env(password: str) -> dict[str, str]:
    env = {**os.environ, "H4CASUS_PASSWORD": password}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


class _Lines:
    """Complete lines read from a pipe; a line cut off by a kill is never complete."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buf = bytearray()
        self.lines: list[str] = []

    def pump(self, wait: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], wait)
        if not ready:
            return True
        chunk = os.read(self.fd, 65536)
        if not chunk:
            return False
        self.buf.extend(chunk)
        *complete, rest = bytes(self.buf).split(b"\n")
        self.buf = bytearray(rest)
        self.lines.extend(c.decode() for c in complete)
        return True


def _committed(lines: list[str]) -> list[tuple[int, str]]:
    out = []
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[0].isdigit():
            out.append((int(parts[0]), f"schrijver {parts[1]} regel {parts[2]}"))
    return out


class Zygote:
    def __init__(self, path: Path, user: str, password: str, household_id: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), "--zygote", str(path), user, str(household_id)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_env(password),
        )
        self.reader = _Lines(self.proc.stdout.fileno())

    def kill_once(self, rng: random.Random) -> list[tuple[int, str]]:
        self.reader.lines = []
        self.proc.stdin.write(b"fork\n")
        self.proc.stdin.flush()
        wanted = rng.randint(1, 4)
        deadline = time.monotonic() + 30
        pid = None
        while time.monotonic() < deadline:
            pids = [int(x.split()[1]) for x in self.reader.lines if x.startswith("pid ")]
            pid = pids[0] if pids else None
            if pid and len(_committed(self.reader.lines)) >= wanted:
                break
            if not self.reader.pump(0.05):
                raise RuntimeError("de zygote is gestopt")
        if pid is None:
            raise RuntimeError("geen schrijver gestart")
        time.sleep(rng.uniform(0, 0.004))  # somewhere inside the next unit of work
        os.kill(pid, signal.SIGKILL)
        while "done" not in self.reader.lines:
            if not self.reader.pump(1.0):
                raise RuntimeError("de zygote is gestopt")
        return _committed(self.reader.lines)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


def process_kill_once(
    path: Path, user: str, password: str, household_id: int, rng: random.Random
) -> list[tuple[int, str]]:
    """A real `python writer.py` process (pays the import cost), killed the same way."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), user, str(household_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(password),
    )
    reader = _Lines(proc.stdout.fileno())
    wanted = rng.randint(1, 4)
    deadline = time.monotonic() + 60
    while len(_committed(reader.lines)) < wanted and time.monotonic() < deadline:
        if not reader.pump(0.05):
            break
    time.sleep(rng.uniform(0, 0.004))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    while reader.pump(0.5):
        pass
    proc.stdout.close()
    return _committed(reader.lines)


def check_store(path: Path, checker: tuple[str, str], reported: list[tuple[int, str]]) -> list[str]:
    """Open the store as `checker` (user, password; may run verify), verify it, and look up
    every reported commit."""
    from h4casus.services.store.session import login
    from h4casus.services.store.vault import open_store
    from h4casus.services.store.verification import verify_store
    from h4casus.storage import models as m

    user, password = checker
    problems: list[str] = []
    vault = open_store(path, user, password)
    try:
        ctx = login(vault, user)
        report = verify_store(ctx)
        problems.extend(report.problems)
        ids = [i for i, _ in reported]
        with vault.session() as s:
            found = dict(
                s.execute(
                    sql_select(m.JournalEntry.id, m.JournalEntry.text).where(
                        m.JournalEntry.id.in_(ids)
                    )
                ).all()
            )
        for entry_id, text in reported:
            if found.get(entry_id) != text:
                problems.append(f"vastgelegde regel {entry_id} ontbreekt of is anders")
    finally:
        vault.close()
    return problems


def soak(
    path: Path,
    user: str,
    password: str,
    household_id: int,
    iterations: int,
    *,
    checker: tuple[str, str],
    seed: int = 7,
    processes: bool = False,
    check_every: int = 1,
) -> CrashTally:
    rng = random.Random(seed)
    tally = CrashTally()
    pending: list[tuple[int, str]] = []
    zygote = None if processes else Zygote(path, user, password, household_id)
    try:
        for i in range(iterations):
            if zygote is not None:
                reported = zygote.kill_once(rng)
            else:
                reported = process_kill_once(path, user, password, household_id, rng)
            tally.kills += 1
            tally.committed += len(reported)
            pending.extend(reported)
            if (i + 1) % check_every == 0 or i + 1 == iterations:
                problems = check_store(path, checker, pending)
                tally.problems.extend(f"na kill {i + 1}: {p}" for p in problems)
                pending = []
    finally:
        if zygote is not None:
            zygote.close()
    return tally
