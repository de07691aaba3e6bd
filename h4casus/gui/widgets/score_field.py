"""One score on an instrument's scale, chosen by keyboard: the control of a measurement row.

Rules:
- The scale comes from the instrument (its scores and their labels); nothing here knows ZRM.
- A digit of the scale chooses that score and the scale's label is shown at once
  ("3 — beperkt zelfredzaam"); Left/Right (or -/+) step through the scale; Delete,
  Backspace or 0 clear it. Up and Down move to the previous and next field, like Shift+Tab
  and Tab; Enter is left to the dialog (it saves). A click on a score chooses it too.
- The chosen score and its label are the accessible description, so a screen reader says
  what was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class ScoreField(QFrame):
    value_changed = Signal(object)  # int | None

    def __init__(
        self, levels: tuple[tuple[int, str], ...], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "scorefield")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.levels = tuple(levels)
        self._labels = dict(self.levels)
        self._value: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        self._chips: dict[int, QLabel] = {}
        for score, label in self.levels:
            chip = QLabel(str(score), self)
            chip.setProperty("role", "score")
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setToolTip(f"{score} — {label}")
            chip.setFixedWidth(26)
            self._chips[score] = chip
            layout.addWidget(chip)
        layout.addSpacing(8)
        self.caption = QLabel(self)
        self.caption.setMinimumWidth(230)
        layout.addWidget(self.caption, 1)
        self._show()

    # ------------------------------------------------------------------ value

    def value(self) -> int | None:
        return self._value

    def set_value(self, score: int | None) -> None:
        if score is not None and score not in self._labels:
            return
        if score == self._value:
            return
        self._value = score
        self._show()
        self.value_changed.emit(score)

    def text(self) -> str:
        """'3 — beperkt zelfredzaam', or '' when nothing is chosen."""
        if self._value is None:
            return ""
        return f"{self._value} — {self._labels[self._value]}"

    def _show(self) -> None:
        for score, chip in self._chips.items():
            chip.setProperty("selected", score == self._value)
            chip.style().unpolish(chip)
            chip.style().polish(chip)
        scores = [s for s, _ in self.levels]
        hint = self.tr("kies {low}–{high}").format(low=min(scores), high=max(scores))
        self.caption.setText(self.text() or hint)
        self.caption.setProperty("role", "" if self._value is not None else "muted")
        self.caption.style().unpolish(self.caption)
        self.caption.style().polish(self.caption)
        self.setAccessibleDescription(self.text() or self.tr("geen score"))

    # ------------------------------------------------------------------ input

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, text = event.key(), event.text()
        scores = [s for s, _ in self.levels]
        if text.isdigit() and int(text) in self._labels:
            self.set_value(int(text))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or text == "0":
            self.set_value(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
            self._step(scores, -1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Plus):
            self._step(scores, 1)
        elif key == Qt.Key.Key_Down:
            self.focusNextChild()
        elif key == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)  # Tab, Enter, Escape go to the dialog
            return
        event.accept()

    def _step(self, scores: list[int], step: int) -> None:
        if self._value is None:
            self.set_value(scores[0] if step > 0 else scores[-1])
            return
        i = scores.index(self._value) + step
        self.set_value(scores[max(0, min(len(scores) - 1, i))])

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        for score, chip in self._chips.items():
            if chip.geometry().contains(event.position().toPoint()):
                self.set_value(score)
                return
        super().mousePressEvent(event)
