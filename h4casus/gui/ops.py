"""All work the desktop asks of the services runs here, never on the GUI thread.

Rules of this module (see docs/architecture.md, "How the desktop calls the services"):
- **One database lane.** `query` (reads) and `write` (changes) run one after another, in the
  order asked, on one thread that lives as long as the window: one warm connection and one
  page cache, never two transactions of this window waiting for each other's write lock.
- **A CPU lane** (`cpu`) for work that does not touch the open database: the Argon2 key
  derivation of a sign-in, checking a backup file, rendering a PDF.
- **Callbacks are bound to a receiver** (a QObject, usually the screen that asked). They run
  on the GUI thread, and only while the receiver exists and the session that asked is still
  the current one: a closed screen or a locked window never gets a late answer (`forget`).
- **Writes announce what they changed**: after a successful `write` the signal
  `changed(kind, household_id)` goes out (before the write's own callback), so lists, case
  files and worklists refresh themselves without knowing who wrote.
- **Long GUI work is split** (`later`): the rest runs in a later turn of the event loop,
  so the heartbeat of the window (painting, the user's keys) goes on in between (the
  window's start: the list's first page asked for first, the screens after).
- **Errors are never lost**: a job's exception goes to its `on_error`, else to the `failed`
  signal, which the main window shows in words (`gui.errors`).
- `drain` waits until the database lane is empty: the window calls it before a lock drops
  the key. With `synchronous=True` (tests) every job runs at once on the calling thread,
  marked as lane work so the test guard (`in_lane`) still holds.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

HouseholdRef = int | None | Callable[[Any], int | None]

_lane = threading.local()


def in_lane() -> bool:
    """True while the calling thread runs a job of a lane (or a synchronous job)."""
    return current_lane() is not None


def current_lane() -> str | None:
    """ "db" or "cpu" while the calling thread runs a job of that lane, else None."""
    return getattr(_lane, "name", None)


class _Dispatcher(QObject):
    """Lives on the GUI thread. A lane thread puts a finished job's closure in the outbox and
    emits `wake` (a signal without arguments); the slot runs the closures on the GUI thread.

    Results never travel inside a queued signal: PySide6 mismanages the reference count of
    Python objects (None included) carried by signals across threads, which ended a long
    session with "Fatal Python error: none_dealloc" (tests/gui/test_long_session.py)."""

    wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outbox: deque[Callable[[], None]] = deque()
        self.wake.connect(self._run)

    def post(self, closure: Callable[[], None]) -> None:
        """From any thread: run `closure` on the GUI thread soon. When the application is
        already gone (a CPU job such as the daily backup ending after quit), nobody is left
        to tell and the answer is dropped."""
        self._outbox.append(closure)
        try:
            self.wake.emit()
        except RuntimeError:  # "Signal source has been deleted": the window and its lanes are gone
            self._outbox.clear()

    @Slot()
    def _run(self) -> None:
        while self._outbox:
            self._outbox.popleft()()


class _Job(QRunnable):
    def __init__(self, lane: str, work: Callable[[], None]) -> None:
        super().__init__()
        self._lane = lane
        self._work = work

    def run(self) -> None:
        _lane.name = self._lane
        try:
            self._work()
        finally:
            _lane.name = None


def _alive(receiver: QObject | None) -> bool:
    return receiver is None or shiboken6.isValid(receiver)


class Ops(QObject):
    """The lanes of one desktop window (see the module docstring)."""

    changed = Signal(str, object)  # kind ("household", "plan", "journal", ...), household id
    busy = Signal(bool)  # jobs in flight (for a wait cursor)
    failed = Signal(object)  # an exception no callback took

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._dispatcher = _Dispatcher(self)
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(1)
        self._db.setExpiryTimeout(-1)  # the one thread stays: one warm connection
        self._cpu = QThreadPool(self)
        self._cpu.setMaxThreadCount(2)
        self._epoch = 0
        self._in_flight = 0
        self._in_lane = {"db": 0, "cpu": 0}  # jobs whose answer is not yet delivered, per lane
        # Jobs given to each lane and not yet finished there (waitForDone would also end the
        # lane's thread, and with it the warm connection).
        self._idle = threading.Condition()
        self._pending = {"db": 0, "cpu": 0}

    # ------------------------------------------------------------------ public API

    def query(
        self,
        receiver: QObject | None,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read on the database lane; `on_done(result)` on the GUI thread."""
        self._submit("db", receiver, fn, on_done, on_error, None)

    def write(
        self,
        receiver: QObject | None,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        kind: str,
        household_id: HouseholdRef = None,
    ) -> None:
        """Change on the database lane; on success `changed(kind, household_id)` goes out
        first (`household_id` may be a function of the result), then `on_done(result)`."""
        self._submit("db", receiver, fn, on_done, on_error, (kind, household_id))

    def cpu(
        self,
        receiver: QObject | None,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Work that does not touch the open database (key derivation, files, PDFs)."""
        self._submit("cpu", receiver, fn, on_done, on_error, None)

    def later(self, receiver: QObject, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread in a later turn of the event loop (at once when
        synchronous), only while `receiver` exists and the session has not ended."""
        if self.synchronous:
            fn()
            return
        epoch = self._epoch

        def run() -> None:
            if epoch == self._epoch and _alive(receiver):
                fn()

        QTimer.singleShot(0, receiver, run)

    def forget(self) -> None:
        """Drop every answer still on its way (at lock and sign-out)."""
        self._epoch += 1

    def drain(self, msecs: int = 30_000) -> bool:
        """Wait until the database lane has finished what it was given (its thread stays)."""
        return self._wait_for(("db",), msecs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait until both lanes have finished what they were given."""
        return self._wait_for(("db", "cpu"), msecs)

    def _wait_for(self, lanes: tuple[str, ...], msecs: int) -> bool:
        with self._idle:
            return self._idle.wait_for(
                lambda: all(self._pending[lane] == 0 for lane in lanes), timeout=msecs / 1000
            )

    @property
    def running(self) -> int:
        return self._in_flight

    def lane_idle(self, lane: str = "db") -> bool:
        """True when every job given to `lane` ("db" or "cpu") has run and its answer has been
        delivered on the GUI thread."""
        return self._in_lane[lane] == 0

    # ------------------------------------------------------------------ machinery

    def _submit(self, lane: str, receiver, fn, on_done, on_error, change) -> None:
        epoch = self._epoch
        self._started(lane)

        def finish(ok: bool, value: Any) -> None:
            self._finished(lane)
            if epoch != self._epoch or not _alive(receiver):
                return  # the screen is gone or the session ended: nobody to tell
            if not ok:
                if on_error is not None:
                    on_error(value)
                else:
                    self.failed.emit(value)
                return
            if change is not None:
                kind, hid = change
                self.changed.emit(kind, hid(value) if callable(hid) else hid)
            if on_done is not None:
                on_done(value)

        if self.synchronous:
            _lane.name = lane
            try:
                value, ok = fn(), True
            except Exception as exc:  # delivered like a lane error
                value, ok = exc, False
            finally:
                _lane.name = None
            finish(ok, value)
            return

        def work() -> None:
            try:
                value, ok = fn(), True
            except BaseException as exc:  # delivered to the GUI thread, never lost
                value, ok = exc, False
            self._dispatcher.post(lambda: finish(ok, value))
            with self._idle:
                self._pending[lane] -= 1
                self._idle.notify_all()

        with self._idle:
            self._pending[lane] += 1
        (self._db if lane == "db" else self._cpu).start(_Job(lane, work))

    def _started(self, lane: str) -> None:
        self._in_lane[lane] += 1
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy.emit(True)

    def _finished(self, lane: str) -> None:
        self._in_lane[lane] -= 1
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busy.emit(False)
