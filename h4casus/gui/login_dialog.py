"""The login screen: database, username, password. Shows the demo credentials when the chosen
database is the demo database. Unlocking (Argon2id, half a second) runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from h4casus.demo.first_run import DemoLogin, demo_login
from h4casus.domain.errors import H4Error
from h4casus.gui.forms import load_form
from h4casus.gui.ops import Ops
from h4casus.services.core.context import ServiceContext
from h4casus.services.store.session import sign_in


class LoginDialog(QDialog):
    """Modal; `context` holds the signed-in ServiceContext after `accept`."""

    signed_in = Signal(object)

    def __init__(
        self,
        ops: Ops,
        *,
        db_path: Path,
        username: str = "",
        demo: DemoLogin | None = None,
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.context: ServiceContext | None = None
        self._demo = demo
        self.setWindowTitle(self.tr("h4casus — aanmelden"))
        self.setMinimumWidth(520)
        self.form = load_form("login_dialog", self)
        f = self.form
        self.path_edit: QLineEdit = f.findChild(QLineEdit, "pathEdit")
        self.user_edit: QLineEdit = f.findChild(QLineEdit, "userEdit")
        self.password_edit: QLineEdit = f.findChild(QLineEdit, "passwordEdit")
        self.browse_button: QPushButton = f.findChild(QPushButton, "browseButton")
        self.demo_label: QLabel = f.findChild(QLabel, "demoLabel")
        self.error_label: QLabel = f.findChild(QLabel, "errorLabel")
        self.subtitle_label: QLabel = f.findChild(QLabel, "subtitleLabel")
        self.buttons: QDialogButtonBox = f.findChild(QDialogButtonBox, "buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Aanmelden"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afsluiten"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(self._path_changed)

        self.path_edit.setText(str(db_path))
        self.user_edit.setText(username)
        if locked:
            self.subtitle_label.setText(
                self.tr("Vergrendeld. Meld u opnieuw aan om verder te werken.")
            )
        self.error_label.hide()
        self._show_demo(demo if demo and Path(demo.path) == db_path else demo_login(db_path))
        (self.password_edit if username else self.user_edit).setFocus()

    # ------------------------------------------------------------------ demo hint

    def _show_demo(self, demo: DemoLogin | None) -> None:
        self._demo = demo
        if demo is None:
            self.demo_label.hide()
            return
        first = (
            self.tr("Nieuwe demodatabase aangemaakt met verzonnen gegevens.")
            if demo.created
            else ""
        )
        self.demo_label.setText(
            self.tr(
                "<b>Demodatabase</b> — gebruiker: <b>{user}</b>, wachtwoord: <b>{pw}</b><br>"
                "{first} Alleen om te proberen; zet hier geen echte gegevens in."
            ).format(user=demo.username, pw=demo.password, first=first)
        )
        self.demo_label.show()
        if not self.user_edit.text():
            self.user_edit.setText(demo.username)

    def _path_changed(self) -> None:
        self._show_demo(demo_login(Path(self.path_edit.text().strip()).expanduser()))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Database kiezen"),
            str(Path(self.path_edit.text()).expanduser().parent),
            self.tr("h4casus-database (*.h4c);;Alle bestanden (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._path_changed()

    # ------------------------------------------------------------------ signing in

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        for w in (self.path_edit, self.user_edit, self.password_edit, self.browse_button):
            w.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("Bezig met openen…") if busy else self.tr("&Aanmelden"))
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def try_sign_in(self) -> None:
        path_text = self.path_edit.text().strip()
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        missing = [
            label
            for label, value in (
                (self.tr("database"), path_text),
                (self.tr("gebruikersnaam"), user),
                (self.tr("wachtwoord"), password),
            )
            if not value
        ]
        if missing:
            self.show_error(self.tr("Vul in: {fields}.").format(fields=", ".join(missing)))
            return
        path = Path(path_text).expanduser()
        if not path.exists():
            self.show_error(self.tr("Er is geen database op {path}.").format(path=path))
            return
        self.error_label.hide()
        self._set_busy(True)
        self.ops.run(lambda: sign_in(path, user, password), self._signed_in, self._failed)

    def _signed_in(self, ctx: ServiceContext) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.context = ctx
        self.signed_in.emit(ctx)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.show_error(login_error_text(exc, self))


def login_error_text(exc: BaseException, widget: QWidget) -> str:
    """A Dutch sentence for the user; never a traceback, never case data."""
    tr = widget.tr
    if isinstance(exc, H4Error):
        text = str(exc)
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    if isinstance(exc, MemoryError):  # SQLCipher: a page failed its HMAC check
        return tr("De database is beschadigd of buiten h4casus om gewijzigd.")
    if isinstance(exc, OSError):
        return tr("De database kan niet worden gelezen ({reason}).").format(
            reason=exc.strerror or type(exc).__name__
        )
    return tr(
        "De database kon niet worden geopend ({kind}). Meld dit bij de functioneel beheerder."
    ).format(kind=type(exc).__name__)
