"""Long work (key derivation, database creation, queries) off the GUI thread.

`Ops.run(fn, on_done, on_error)` runs `fn()` on a QThreadPool worker and delivers the result
or the exception back on the GUI thread. With `synchronous=True` (tests) it runs at once on
the calling thread, so tests need no waiting and stay deterministic."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted by a worker, are queued to its own slots,
    so the callbacks always run on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done, on_error, finish) -> None:
        super().__init__()
        self._on_done, self._on_error, self._finish = on_done, on_error, finish
        self.done.connect(self._deliver_ok)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_ok(self, result: Any) -> None:
        self._finish(self)
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self._finish(self)
        if self._on_error is not None:
            self._on_error(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Ops(QObject):
    """Runs jobs one by one or in parallel; `busy` tells the window to show a wait cursor."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool.globalInstance()
        self._running: set[_Relay] = set()

    @property
    def running(self) -> int:
        return len(self._running)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self.synchronous:
            try:
                result = fn()
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(exc)
            else:
                if on_done is not None:
                    on_done(result)
            return
        relay = _Relay(on_done, on_error, self._finish)
        self._running.add(relay)
        if len(self._running) == 1:
            self.busy.emit(True)
        self._pool.start(_Job(fn, relay))

    def _finish(self, relay: _Relay) -> None:
        self._running.discard(relay)
        relay.deleteLater()
        if not self._running:
            self.busy.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every started job is done (used at shutdown)."""
        return self._pool.waitForDone(msecs)
