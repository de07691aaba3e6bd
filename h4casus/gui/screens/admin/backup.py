"""Beheer › Back-up: a backup now (checked at once), the backups in the folder, checking the
one chosen there, and restoring.

Rules:
- The folder is the one of the daily backups (setting `backup_directory`, else beside the
  database); another may be typed. Listing it only reads names and dates (CPU lane).
- Making the backup reads the open database, so it runs on the database lane; checking the
  file reads only the file and a temp copy, so it runs on the CPU lane
  (`backup.check_own_backup`, with the data key in memory).
- Restoring is done safely in steps: the backup is checked completely with the beheerder's
  password first (`backup.check_backup`, CPU lane) and its date shown; only after a second
  confirmation does the screen ask the window (`restore_requested`) to lock — which closes
  the open store — and restore (`restore.restore_backup`, which verifies again, journals the
  swap and refuses while another session has the database open).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from h4casus.domain.errors import ValidationError
from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.screens.admin.common import AdminScreen, fill_table, selected_value, setup_table
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import get_settings
from h4casus.services.store.backup import (
    BackupCheck,
    BackupInfo,
    check_backup,
    check_own_backup,
    create_backup,
    daily_backup_directory,
)

FILTER = "h4casus-back-up (*.h4cbak)"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    modified: datetime
    size: int


def backup_files(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first (file names and dates; no file is opened)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.h4cbak"):
        stat = path.stat()
        found.append(BackupFile(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: b.modified, reverse=True)


@dataclass(frozen=True)
class RestoreRequest:
    source: Path
    db_path: Path
    username: str
    password: str


def _file_dialog(parent: QWidget, title: str, folder: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, FILTER)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def check_text(check: BackupCheck) -> str:
    return QCoreApplication.translate(
        "BackupScreen", "Controle: in orde — gemaakt op {when}, schema {schema}, {rows} logregels."
    ).format(when=check.created_at.replace("T", " "), schema=check.schema, rows=check.audit_rows)


class BackupForm(Form):
    ui_file = "admin_backup"
    title_label: QLabel
    intro_label: QLabel
    folder_edit: QLineEdit
    backup_button: QPushButton
    check_button: QPushButton
    restore_button: QPushButton
    result_label: QLabel
    files_label: QLabel
    files_table: QTableWidget


class RestoreDialogForm(Form):
    ui_file = "admin_restore_dialog"
    intro_label: QLabel
    file_edit: QLineEdit
    browse_button: QPushButton
    password_edit: QLineEdit


class RestoreDialog(FormDialog):
    """Step 1 checks the chosen backup with the password; step 2 confirms the restore."""

    def __init__(
        self, ctx: ServiceContext, ops: Ops, folder: str, chosen: Path | None, parent: QWidget
    ) -> None:
        super().__init__(ops, self.tr("Back-up terugzetten"), parent)
        self.ctx, self.folder = ctx, folder
        body = QWidget()
        self.form = f = RestoreDialogForm(body)
        f.intro_label.setText(
            self.tr(
                "Eerst wordt de back-up volledig gecontroleerd. Daarna vraagt h4casus of hij "
                "de huidige database mag vervangen; de sessie wordt dan vergrendeld en u meldt "
                "zich aan op de teruggezette database."
            )
        )
        f.file_edit.setAccessibleName(self.tr("Back-upbestand"))
        f.browse_button.setAccessibleName(self.tr("Back-upbestand kiezen"))
        f.password_edit.setAccessibleName(self.tr("Uw wachtwoord"))
        f.browse_button.clicked.connect(self.browse)
        self.fields = {"bestand": f.file_edit, "wachtwoord": f.password_edit}
        self.save_button.setText(self.tr("&Controleren"))
        self.set_body(body)
        self.resize(640, self.sizeHint().height())
        if chosen is not None:
            f.file_edit.setText(str(chosen))
            f.password_edit.setFocus()
        else:
            f.file_edit.setFocus()

    def browse(self) -> None:
        dialog = _file_dialog(self, self.tr("Back-up kiezen"), self.folder)
        dialog.fileSelected.connect(self.form.file_edit.setText)
        dialog.open()

    def submit(self) -> None:
        f = self.form
        source = Path(f.file_edit.text().strip()).expanduser()
        if not f.file_edit.text().strip() or not source.is_file():
            self.show_validation(ValidationError("kies een bestaand back-upbestand", "bestand"))
            return
        if not f.password_edit.text():
            self.show_validation(ValidationError("is verplicht", "wachtwoord"))
            return
        request = RestoreRequest(
            source, self.ctx.vault.path, self.ctx.actor.username, f.password_edit.text()
        )
        self.message.hide()
        self.save_button.setEnabled(False)
        self.ops.cpu(
            self,
            lambda: check_backup(request.source, request.username, request.password),
            lambda check: self._checked(request, check),
            self._check_failed,
        )

    def _checked(self, request: RestoreRequest, check: BackupCheck) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(
            check_text(check)
            + " "
            + self.tr("Terugzetten vervangt de huidige database door deze back-up."),
            "warning",
            [(self.tr("&Terugzetten en vergrendelen"), lambda: self._confirmed(request))],
        )
        self.message._buttons[0].setFocus()

    def _check_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.form.password_edit.clear()
        self.message.show_message(error_text(exc), "error")

    def _confirmed(self, request: RestoreRequest) -> None:
        self.result_value = request
        self.accept()


class BackupScreen(AdminScreen):
    form_class = BackupForm
    restore_requested = Signal(object)  # RestoreRequest

    def __init__(self, ctx, ops, parent=None) -> None:
        super().__init__(ctx, ops, parent)
        f = self.form
        self.last: tuple[BackupInfo, BackupCheck] | None = None
        self.files: list[BackupFile] = []
        f.folder_edit.setAccessibleName(self.tr("Map voor de back-up"))
        f.backup_button.setAccessibleName(self.tr("Nu een back-up maken"))
        f.check_button.setAccessibleName(self.tr("Een back-upbestand controleren"))
        f.restore_button.setAccessibleName(self.tr("Een back-up terugzetten"))
        f.result_label.setAccessibleName(self.tr("Uitkomst"))
        setup_table(
            f.files_table,
            [self.tr("Bestand"), self.tr("Gemaakt"), self.tr("Grootte")],
            self.tr("Back-ups in deze map"),
        )
        f.backup_button.clicked.connect(self.backup_now)
        f.check_button.clicked.connect(self.check_selected)
        f.restore_button.clicked.connect(self.ask_restore)
        f.folder_edit.editingFinished.connect(self.list_files)

    def title(self) -> str:
        return self.tr("Back-up")

    def refresh(self) -> None:
        ctx = self.ctx
        self.ops.query(
            self,
            lambda: str(daily_backup_directory(ctx.vault, get_settings(ctx))),
            self._folder,
            self.failed,
        )

    def _folder(self, folder: str) -> None:
        self.form.folder_edit.setText(folder)
        self.list_files()

    def list_files(self) -> None:
        folder = Path(self.form.folder_edit.text().strip()).expanduser()
        self.ops.cpu(self, lambda: backup_files(folder), self._listed, self.failed)

    def _listed(self, files: list[BackupFile]) -> None:
        self.files = files
        fill_table(
            self.form.files_table,
            [
                (
                    str(b.path),
                    [
                        b.path.name,
                        b.modified.strftime("%d-%m-%Y %H:%M"),
                        self.tr("{size:.1f} MB").format(size=b.size / 1_000_000),
                    ],
                )
                for b in files
            ],
        )

    def selected_file(self) -> Path | None:
        chosen = selected_value(self.form.files_table)
        return Path(chosen) if chosen else None

    def _say(self, text: str, severity: str = "ok") -> None:
        self.form.result_label.setText(text)
        self.form.result_label.setProperty("role", "error" if severity == "error" else "")
        self.form.result_label.style().unpolish(self.form.result_label)
        self.form.result_label.style().polish(self.form.result_label)

    def backup_now(self) -> None:
        folder = self.form.folder_edit.text().strip()
        if not folder:
            self._say(self.tr("Map: kies waar de back-up komt."), "error")
            return
        stamp = self.ctx.clock.now().strftime("%Y-%m-%d-%H%M%S")
        target = Path(folder).expanduser() / f"h4casus-handmatig-{stamp}.h4cbak"
        ctx = self.ctx
        self.form.backup_button.setEnabled(False)
        self._say(self.tr("Back-up wordt gemaakt…"))
        self.ops.write(
            self,
            lambda: create_backup(ctx, target),
            self._made,
            self._failed,
            kind="backup",
            household_id=None,
        )

    def _made(self, info: BackupInfo) -> None:
        ctx = self.ctx
        self._say(self.tr("Back-up gemaakt; wordt gecontroleerd…"))
        self.ops.cpu(
            self,
            lambda: check_own_backup(ctx, info.path),
            lambda check: self._made_and_checked(info, check),
            self._failed,
        )

    def _made_and_checked(self, info: BackupInfo, check: BackupCheck) -> None:
        self.form.backup_button.setEnabled(True)
        self.last = (info, check)
        self.form.files_table.setCurrentCell(-1, -1)
        self.list_files()
        size = info.db_bytes / 1_000_000
        self._say(
            self.tr("Back-up gemaakt: {path} ({size:.1f} MB).").format(path=info.path, size=size)
            + "\n"
            + check_text(check)
        )

    def _failed(self, exc: BaseException) -> None:
        self.form.backup_button.setEnabled(True)
        self._say(self.tr("Niet gelukt: {reason}").format(reason=error_text(exc)), "error")

    def check_selected(self) -> None:
        path = self.selected_file()
        if path is None:
            self._say(self.tr("Kies eerst een back-up in de lijst."), "error")
            return
        self.check_file(path)

    def check_file(self, path: Path) -> None:
        ctx = self.ctx
        self._say(self.tr("{name} wordt gecontroleerd…").format(name=path.name))
        self.ops.cpu(
            self,
            lambda: check_own_backup(ctx, path),
            lambda check: self._say(f"{path.name}: " + check_text(check)),
            self._failed,
        )

    def ask_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(
            self.ctx, self.ops, self.form.folder_edit.text(), self.selected_file(), self.window()
        )
        dialog.accepted.connect(lambda: self.restore_requested.emit(dialog.result_value))
        dialog.open()
        return dialog
