"""QApplication set-up and the start-up flow: (first start: create the demo database) →
login → main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from h4casus import __version__, preferences
from h4casus.demo.first_run import DemoLogin
from h4casus.gui import i18n
from h4casus.gui.errors import error_text
from h4casus.gui.memory import freeze_startup_objects
from h4casus.gui.ops import Ops
from h4casus.gui.screens.login.dialog import LoginDialog
from h4casus.gui.screens.main.window import MainWindow
from h4casus.gui.smoke import SmokeRun
from h4casus.gui.style import apply_style
from h4casus.services.core.context import ServiceContext


def create_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (reused when it exists, as under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("h4casus")
    app.setApplicationDisplayName("h4casus")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("h4casus")
    apply_style(app)
    # The texts and the locale (nl_NL or en_NL) follow the chosen language (gui/i18n.py).
    i18n.install(app, preferences.language())
    return app


class Desktop(QObject):
    """Drives the start-up: demo database (first start only), login dialog, main window."""

    def __init__(
        self,
        ops: Ops,
        *,
        db_path: Path,
        create_demo: bool = False,
        demo: DemoLogin | None = None,
        idle_msecs: int | None = None,
    ) -> None:
        super().__init__()
        self.ops = ops
        self.db_path = db_path
        self.create_demo = create_demo
        self.demo = demo
        self.idle_msecs = idle_msecs
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.progress: QProgressDialog | None = None
        self.exit_code = 0

    def start(self) -> None:
        if self.create_demo:
            self._make_demo()
        else:
            self._show_login()

    def _make_demo(self) -> None:
        from h4casus.demo.first_run import create_demo_database

        self.progress = QProgressDialog(
            self.tr("Eerste start: een demodatabase met verzonnen huishoudens wordt gemaakt…"),
            "",
            0,
            0,
        )
        self.progress.setWindowTitle(self.tr("h4casus"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(0)
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.show()
        path = self.db_path
        self.ops.cpu(self, lambda: create_demo_database(path), self._demo_ready, self._demo_failed)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _demo_ready(self, demo: DemoLogin) -> None:
        self._close_progress()
        self.demo = demo
        self._show_login()

    def _demo_failed(self, exc: BaseException) -> None:
        self._close_progress()
        QMessageBox.critical(
            None,
            self.tr("h4casus"),
            self.tr("De demodatabase kon niet worden gemaakt: {reason}").format(
                reason=error_text(exc)
            ),
        )
        self.exit_code = 1
        QApplication.instance().quit()

    def _show_login(self) -> None:
        # A language chosen in the main window applies from the next sign-in.
        wanted = preferences.language()
        if wanted != i18n.current_language():
            i18n.install(QApplication.instance(), wanted)
        self.login = LoginDialog(
            self.ops,
            db_path=self.db_path,
            username=self.demo.username if self.demo else "",
            demo=self.demo,
        )
        self.login.accepted.connect(self._signed_in)
        self.login.rejected.connect(QApplication.instance().quit)
        self.login.show()

    def _signed_in(self) -> None:
        ctx: ServiceContext | None = self.login.context if self.login else None
        if ctx is None:  # pragma: no cover
            return
        db_path = Path(self.login.path_edit.text().strip()).expanduser()
        self.login.deleteLater()
        self.login = None
        demo = self.demo if self.demo and Path(self.demo.path) == db_path else None
        if demo is None:
            from h4casus.demo.first_run import demo_login

            demo = demo_login(db_path)
        self.window = MainWindow(
            ctx, self.ops, db_path=db_path, demo=demo, idle_msecs=self.idle_msecs
        )
        self.window.signed_out.connect(self._signed_out)
        self.window.show()

    def _signed_out(self) -> None:
        """The locked user signed out: close the window; another user may sign in."""
        window, self.window = self.window, None
        if window is not None:
            window.hide()
            window.deleteLater()
        self._show_login()


def run_gui(db: str | None = None, smoke: tuple[str, str] | None = None) -> int:
    """Start the desktop application; returns the exit code. With `smoke` (username,
    password) it signs in, opens a case file and quits by itself (gui/smoke.py)."""
    from h4casus.config import default_db_path
    from h4casus.demo.first_run import demo_login, needs_demo

    app = create_app()
    path = Path(db).expanduser() if db else default_db_path()
    create = needs_demo(db)
    desktop = Desktop(
        Ops(app), db_path=path, create_demo=create, demo=None if create else demo_login(path)
    )
    run = None
    if smoke is not None:
        run = SmokeRun(desktop, *smoke)
        run.start()
    desktop.start()
    freeze_startup_objects()
    code = app.exec()
    if run is not None and run.exit_code is None:
        code = code or 1  # the application ended before the smoke run did
    if desktop.window is not None and desktop.window.ctx is not None:
        desktop.window.ctx.vault.close()
    return desktop.exit_code or code
