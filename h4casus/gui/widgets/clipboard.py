"""Copying sensitive values (a BSN) to the clipboard: cleared again after a number of seconds
(setting `bsn_clipboard_clear_seconds`) and when the app locks — but only if the
clipboard still holds what we put there, so a user's later copy is never wiped."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication


class SensitiveClipboard(QObject):
    def __init__(self, clear_msecs: int, parent: QObject | None = None):
        super().__init__(parent)
        self._value: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_msecs)
        self._timer.timeout.connect(self.clear)

    def set_clear_msecs(self, msecs: int) -> None:
        self._timer.setInterval(msecs)

    def copy(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self._value = value
        self._timer.start()

    def clear(self) -> None:
        """Remove our value from the clipboard if it is still there."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._value is not None and clipboard.text() == self._value:
            clipboard.clear()
        self._value = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
