"""A message line inside a screen or dialog: an error, a warning or a confirmation, with
optional buttons (e.g. "Opnieuw laden"). It never blocks the user the way a modal box does.

Rules: one bar per screen; a new message replaces the old; errors stay until closed or the
user acts, confirmations go away by themselves after a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

OK_TIMEOUT_MS = 6000


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self._layout = layout
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(
        self,
        text: str,
        severity: str = "error",
        actions: list[tuple[str, Callable[[], None]]] | None = None,
    ) -> None:
        for b in self._buttons:
            b.deleteLater()
        self._buttons = []
        for label, slot in actions or []:
            button = QPushButton(label)
            button.clicked.connect(self.hide)
            button.clicked.connect(slot)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.label.setText(text)
        self.setProperty("severity", severity)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleDescription(text)
        self.show()
        if severity == "ok" and not actions:
            self._timer.start(OK_TIMEOUT_MS)
        else:
            self._timer.stop()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
