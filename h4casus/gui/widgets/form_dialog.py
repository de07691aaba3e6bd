"""The one way a dialog saves: validate in the service, show what is wrong at the field, and
handle a conflicting save.

Rules:
- A dialog collects input and calls one service function on the database lane (`save`); the
  service validates everything and writes all or nothing.
- A `ValidationError` marks each named field (red border, the reason as tooltip and
  accessible description), lists the reasons in the dialog's message bar and puts the focus
  on the first wrong field. Nothing was written; the user corrects and saves again.
- A `ConflictError` (someone else saved the same record first) never overwrites: the bar
  offers "Opnieuw laden" (start again from what is stored now) and, where the dialog can,
  "Vergelijken" (what you entered beside what is stored).
- Any other error is said in words (`gui.errors`); the dialog stays open with the input.
- Enter saves (the default button; in a multi-line field Ctrl+Enter or Ctrl+S), Escape
  cancels; every field has an accessible name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from h4casus.domain.errors import ConflictError, ValidationError
from h4casus.gui.errors import error_text
from h4casus.gui.ops import Ops
from h4casus.gui.widgets.message_bar import MessageBar


def mark_invalid(widget: QWidget, reason: str | None) -> None:
    widget.setProperty("invalid", reason is not None)
    widget.setToolTip(reason or "")
    widget.setAccessibleDescription(reason or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FormDialog(QDialog):
    """Base of the editing dialogs. Subclasses build their form, fill `fields` (the field name
    a service uses in its ValidationError -> the widget), and call `save(...)`."""

    def __init__(self, ops: Ops, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(title)
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fields: dict[str, QWidget] = {}
        self.result_value: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 16, 20, 14)
        self._layout.setSpacing(10)
        self.message = MessageBar(self)
        self._layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):  # also from a multi-line field
            QShortcut(QKeySequence(keys), self, activated=self.submit)

    def set_body(self, body: QWidget) -> None:
        """Place the dialog's form between the message bar and the buttons."""
        self._layout.addWidget(body, 1)
        self._layout.addWidget(self.buttons)

    @property
    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # ------------------------------------------------------------------ saving

    def submit(self) -> None:
        """Called by Enter / Opslaan: subclasses call `save` with their service call."""
        raise NotImplementedError

    def save(
        self,
        fn: Callable[[], Any],
        *,
        kind: str,
        household_id: int | None | Callable[[Any], int | None],
    ) -> None:
        for widget in self.fields.values():
            mark_invalid(widget, None)
        self.message.hide()
        self._busy(True)
        self.ops.write(self, fn, self._saved, self._failed, kind=kind, household_id=household_id)

    def _saved(self, value: Any) -> None:
        self._busy(False)
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ValidationError):
            self.show_validation(exc)
        elif isinstance(exc, ConflictError):
            actions = [(self.tr("Opnieuw laden"), self.reload)]
            if self.can_compare():
                actions.append((self.tr("Vergelijken"), self.compare))
            self.message.show_message(
                self.tr(
                    "Iemand anders heeft dit intussen gewijzigd; er is niets overschreven. "
                    "Laad opnieuw om verder te gaan met wat nu is opgeslagen."
                ),
                "warning",
                actions,
            )
        else:
            self.message.show_message(error_text(exc), "error")

    def show_validation(self, exc: ValidationError) -> None:
        first: QWidget | None = None
        lines = []
        for name, reason in exc.errors.items():
            widget = self.fields.get(name) or self.fields.get(name.split(":")[0].strip())
            lines.append(f"{name}: {reason}")
            if widget is not None:
                mark_invalid(widget, reason)
                first = first or widget
        self.message.show_message(
            self.tr("Niet opgeslagen — verbeter eerst:") + "\n" + "\n".join(lines), "error"
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    # ------------------------------------------------------------------ conflicts

    def reload(self) -> None:
        """Start again from what is stored now (dialogs that edit a record override)."""
        self.reject()

    def can_compare(self) -> bool:
        return False

    def compare(self) -> None:  # pragma: no cover - dialogs that can compare override
        pass
