"""The lock panel: what the window shows while it is locked.

Rules:
- Locking is locking: only the locked user's password unlocks; there is no username field
  and no database choice here. Whoever else wants to work signs the locked user out first
  ("Afmelden"), which ends that session; then the sign-in screen appears.
- Nothing of the session is on screen while locked (the window replaced its content).
- Unlocking signs in again off the GUI thread; a wrong password counts toward the lockout
  like any sign-in, and the message says why without revealing anything else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QWidget

from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.services.store.session import sign_in_desktop


class LockForm(Form):
    ui_file = "lock_panel"
    card: QFrame
    title_label: QLabel
    who_label: QLabel
    password_edit: QLineEdit
    error_label: QLabel
    unlock_button: QPushButton
    sign_out_button: QPushButton


class LockPanel(QWidget):
    unlocked = Signal(object)  # the new ServiceContext
    sign_out = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.db_path: Path | None = None
        self.username = ""
        self.form = f = LockForm(self)
        f.password_edit.setAccessibleName(self.tr("Wachtwoord om te ontgrendelen"))
        f.unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        f.sign_out_button.setAccessibleName(self.tr("Afmelden"))
        f.unlock_button.clicked.connect(self.try_unlock)
        f.password_edit.returnPressed.connect(self.try_unlock)
        f.sign_out_button.clicked.connect(self.sign_out)
        policy = f.error_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        f.error_label.setSizePolicy(policy)

    def show_for(self, db_path: Path, username: str, display: str, how: str) -> None:
        self.db_path, self.username = db_path, username
        f = self.form
        f.who_label.setText(
            self.tr(
                "De sessie van <b>{user}</b> is vergrendeld{why}. Vul uw wachtwoord in om "
                "verder te werken, of meld u af zodat iemand anders kan aanmelden."
            ).format(
                user=display,
                why=self.tr(" omdat er een tijd niets gebeurde")
                if how == "na inactiviteit"
                else "",
            )
        )
        f.password_edit.clear()
        f.error_label.hide()
        self._busy(False)
        f.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> None:
        password = self.form.password_edit.text()
        if not password:
            self._error(self.tr("Vul uw wachtwoord in."))
            return
        path, user = self.db_path, self.username
        self._busy(True)
        self.ops.query(
            self, lambda: sign_in_desktop(path, user, password), self._done, self._failed
        )

    def _done(self, ctx) -> None:
        self.form.password_edit.clear()
        self._busy(False)
        self.unlocked.emit(ctx)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.form.password_edit.clear()
        self.form.password_edit.setFocus()
        self._error(error_text(exc))

    def _error(self, text: str) -> None:
        self.form.error_label.setText(text)
        self.form.error_label.show()

    def _busy(self, busy: bool) -> None:
        f = self.form
        for w in (f.password_edit, f.unlock_button, f.sign_out_button):
            w.setEnabled(not busy)
        f.unlock_button.setText(self.tr("Bezig…") if busy else self.tr("&Ontgrendelen"))
