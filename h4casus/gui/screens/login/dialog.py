"""The sign-in screen: database, username, password.

Rules:
- The demo credentials are shown when the chosen database is the demo database. The banner
  and the error line are below the fields, so the fields never move while typing.
- An error is cleared as soon as the user changes what it was about.
- Signing in (Argon2id, about half a second, then opening the store) runs off the GUI
  thread; the dialog stays responsive and says it is busy.
- The language ("Taal / Language", in both languages so anyone finds it) applies at once:
  the choice is stored in this machine's preferences, the translators are replaced, and the
  dialog says everything again in the new language (`_retranslate`, on Qt's LanguageChange).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from h4casus import preferences
from h4casus.demo.first_run import DemoLogin, demo_login
from h4casus.gui import i18n
from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.services.core.context import ServiceContext
from h4casus.services.store.session import sign_in_desktop


class LoginForm(Form):
    ui_file = "login_dialog"
    title_label: QLabel
    subtitle_label: QLabel
    demo_label: QLabel
    path_edit: QLineEdit
    browse_button: QPushButton
    user_edit: QLineEdit
    password_edit: QLineEdit
    error_label: QLabel
    language_combo: QComboBox
    buttons: QDialogButtonBox


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.context: ServiceContext | None = None
        self.setMinimumWidth(560)
        self.form = f = LoginForm(self)
        self.path_edit, self.user_edit, self.password_edit = (
            f.path_edit,
            f.user_edit,
            f.password_edit,
        )
        self.demo_label, self.error_label = f.demo_label, f.error_label
        self.language_combo = f.language_combo
        self._demo: DemoLogin | None = None
        self._busy = False
        # The demo banner and the error line sit below the fields, and nothing above the
        # fields may shrink: the fields never move when either appears or goes (the dialog
        # grows downwards instead).
        for label in (f.title_label, f.subtitle_label):
            policy = label.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
            label.setSizePolicy(policy)
        self.ok_button = f.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = f.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        f.buttons.accepted.connect(self.try_sign_in)
        f.buttons.rejected.connect(self.reject)
        f.browse_button.clicked.connect(self._browse)
        f.path_edit.editingFinished.connect(self._path_changed)
        for edit in (f.path_edit, f.user_edit, f.password_edit):
            edit.textEdited.connect(self._clear_error)
        for code, name in preferences.LANGUAGES.items():  # each in its own language
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(i18n.current_language()))
        )
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self._retranslate()

        f.path_edit.setText(str(db_path))
        f.user_edit.setText(username)
        self.error_label.hide()
        self._show_demo(demo or demo_login(db_path))
        (f.password_edit if f.user_edit.text() else f.user_edit).setFocus()

    # ------------------------------------------------------------------ language

    def _retranslate(self) -> None:
        """Every text this dialog sets in code, in the language now installed (the form's
        own texts follow by themselves)."""
        f = self.form
        self.setWindowTitle(self.tr("h4casus — aanmelden"))
        self._set_ok_text()
        self.cancel_button.setText(self.tr("Afsluiten"))
        f.path_edit.setAccessibleName(self.tr("Database"))
        f.user_edit.setAccessibleName(self.tr("Gebruikersnaam"))
        f.password_edit.setAccessibleName(self.tr("Wachtwoord"))
        f.browse_button.setAccessibleName(self.tr("Database kiezen"))
        if self._demo is not None:
            self._show_demo(self._demo)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            # After the children (the button box says "OK" again on the same event).
            QTimer.singleShot(0, self, self._retranslate)
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        language = self.language_combo.currentData()
        try:
            preferences.update(language=language)
        except OSError as exc:  # not stored: still switch for this run
            self.show_error(error_text(exc))
        in_effect = i18n.install(QApplication.instance(), language)
        self._clear_error()
        if in_effect != language:
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(self.language_combo.findData(in_effect))
            self.language_combo.blockSignals(False)
            self.show_error(
                self.tr("De vertaling naar {language} is niet beschikbaar.").format(
                    language=preferences.LANGUAGES.get(language, language)
                )
            )

    # ------------------------------------------------------------------ demo banner

    def _show_demo(self, demo: DemoLogin | None) -> None:
        self._demo = demo
        if demo is None:
            self.demo_label.setText("")
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
            self._clear_error()
            self._path_changed()

    # ------------------------------------------------------------------ signing in

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _clear_error(self, *_args) -> None:
        self.error_label.setText("")
        self.error_label.hide()

    def _set_busy(self, busy: bool) -> None:
        for w in (self.path_edit, self.user_edit, self.password_edit, self.form.browse_button):
            w.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.language_combo.setEnabled(not busy)
        self._busy = busy
        self._set_ok_text()
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _set_ok_text(self) -> None:
        self.ok_button.setText(
            self.tr("Bezig met openen…") if self._busy else self.tr("&Aanmelden")
        )

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
        self._clear_error()
        self._set_busy(True)
        # On the database lane: the connection the sign-in opens is the one the window keeps.
        self.ops.query(
            self, lambda: sign_in_desktop(path, user, password), self._signed_in, self._failed
        )

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
        self.show_error(error_text(exc))
