"""Advisory locks on files beside the database, shared or exclusive, with a bounded wait.

Rules:
- The operating system drops a lock when its holder dies (kill -9 included), so a lock can
  never be left behind; a process that *gets* a lock knows every earlier holder is gone.
- Locks belong to one open file: two `FileLock`s on the same path in one process exclude
  each other exactly as two processes do (flock semantics, via `portalocker`).
- Waiting is bounded: after `timeout` seconds `StoreBusy` says the store is in use (exit 75),
  never that it is damaged. The wait comes from `busy_seconds()` unless a caller passes one.
- Converting shared <-> exclusive is not atomic (the old lock is dropped first): a caller
  that converts must check afterwards that nothing it relies on changed meanwhile.
"""

from __future__ import annotations

import math
import os
import time
from pathlib import Path

import portalocker

from h4casus.domain.errors import StoreBusy

DEFAULT_BUSY_SECONDS = 20.0
POLL = 0.02


def busy_seconds() -> float:
    """How long to wait for a store that is in use: $H4CASUS_BUSY_TIMEOUT or 20 s."""
    raw = os.environ.get("H4CASUS_BUSY_TIMEOUT", "")
    try:
        value = float(raw) if raw else DEFAULT_BUSY_SECONDS
    except ValueError:
        return DEFAULT_BUSY_SECONDS
    if not math.isfinite(value) or value < 0:
        return DEFAULT_BUSY_SECONDS
    return min(value, 3600.0)


class FileLock:
    """One lock on one file (created owner-only if missing; never deleted: deleting a lock
    file while someone waits on it would let two holders in)."""

    def __init__(self, path: Path, what: str = "de database") -> None:
        self.path = Path(path)
        self.what = what
        self._fh = None
        self.mode: str | None = None  # "shared" | "exclusive" | None

    def _open(self):
        if self._fh is None:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
            self._fh = os.fdopen(fd, "r+b", buffering=0)
        return self._fh

    @property
    def file(self):
        """The open file (for callers that keep their data in the lock file itself)."""
        return self._open()

    def acquire(self, mode: str, timeout: float | None = None, *, message: str | None = None):
        """Take (or convert to) `mode`; StoreBusy after `timeout` seconds."""
        if self.mode == mode:
            return self
        flags = portalocker.LOCK_SH if mode == "shared" else portalocker.LOCK_EX
        fh = self._open()
        wait = busy_seconds() if timeout is None else timeout
        deadline = time.monotonic() + wait
        while True:
            try:
                portalocker.lock(fh, flags | portalocker.LOCK_NB)
                self.mode = mode
                return self
            except portalocker.exceptions.LockException:
                # A failed conversion may have dropped the old lock (see module rules).
                if self.mode is not None:
                    self.mode = None
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        message
                        or f"{self.what} is in gebruik door een ander programma of een andere "
                        f"sessie; probeer het over enkele ogenblikken opnieuw"
                    ) from None
                time.sleep(POLL)

    def shared(self, timeout: float | None = None, **kw) -> FileLock:
        return self.acquire("shared", timeout, **kw)

    def exclusive(self, timeout: float | None = None, **kw) -> FileLock:
        return self.acquire("exclusive", timeout, **kw)

    def try_exclusive(self) -> bool:
        """Exclusive without waiting; False (and the old lock possibly dropped) if taken."""
        try:
            self.acquire("exclusive", 0.0)
            return True
        except StoreBusy:
            return False

    def release(self) -> None:
        if self._fh is not None:
            try:
                if self.mode is not None:
                    portalocker.unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None
                self.mode = None

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()
