"""Tab moves to the next field, also out of a date field.

Qt's date fields use Tab to step through their own parts (day, month, year) and leave only
from the last one, so a keyboard user needs three presses per date and Shift+Tab walks back
through the parts as well. Here Tab and Shift+Tab leave a date field at once, like every
other field; inside it, ← and → move between the parts and typing runs on by itself.

Rules:
- `load_ui` (gui/forms.py) installs this on every date field of a form; a date field made in
  code gets it with `leave_on_tab(widget)`.
- tests/gui/test_accessibility.py presses Tab in every control of every screen and fails on
  one that keeps the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QWidget


def _takes_tab(widget: QWidget, edit: QWidget) -> bool:
    return (
        widget.window() is edit.window()
        and widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(widget.parentWidget(), QAbstractSpinBox)
        and widget.focusProxy() is None
    )


def next_in_chain(edit: QWidget, forward: bool) -> QWidget | None:
    """The control Tab (or Shift+Tab) reaches from `edit`, skipping `edit`'s own parts."""
    widget = edit.nextInFocusChain() if forward else edit.previousInFocusChain()
    for _ in range(1000):
        if widget is None or widget is edit:
            return None
        if _takes_tab(widget, edit) and not edit.isAncestorOf(widget):
            return widget
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    return None


class _LeaveOnTab(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            plain = not mods & ~Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and plain:
                forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
                target = next_in_chain(watched, forward)
                if target is not None:
                    reason = (
                        Qt.FocusReason.TabFocusReason
                        if forward
                        else Qt.FocusReason.BacktabFocusReason
                    )
                    target.setFocus(reason)
                    return True
        return False


def leave_on_tab(edit: QDateTimeEdit) -> None:
    """Make Tab and Shift+Tab leave `edit` at once (module docstring)."""
    keeper = _LeaveOnTab(edit)
    edit.installEventFilter(keeper)


def leave_on_tab_everywhere(root: QWidget) -> None:
    """`leave_on_tab` for every date field under `root` (and `root` itself)."""
    for edit in [root, *root.findChildren(QDateTimeEdit)]:
        if isinstance(edit, QDateTimeEdit):
            leave_on_tab(edit)
