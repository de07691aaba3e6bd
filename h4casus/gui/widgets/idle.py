"""Auto-lock after a period without keyboard or mouse input (default from the settings:
auto_lock_minutes)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.ShortcutOverride,
}


class IdleWatcher(QObject):
    """Emits `idle` once after `msecs` without user input anywhere in the application."""

    idle = Signal()

    def __init__(self, msecs: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise: a coarse timer may fire up to 5 % late (30 s on 10 minutes).
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(max(1, int(msecs)))
        self.timer.timeout.connect(self.idle)
        self._restarted = 0.0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the application passes here: keep it cheap. Within half a second of
        # the last restart nothing needs checking (the countdown is minutes long).
        now = time.monotonic()
        if now - self._restarted < 0.5:
            return False
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()  # restart the countdown
            self._restarted = now
        return False

    def dispose(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
