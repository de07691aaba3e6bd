"""The "Beheer" menu of the main window: the beheerder's screens, each opening as a tab.

Rules:
- The menu is there only while an account with the beheerder role is signed in; it is
  built once with the window and shown or hidden per session (`session_ready`, `locked`).
- Each screen opens once: asking again goes to its tab. Tabs are thrown away at lock like
  every screen of the session.
- Restoring a backup replaces the open database, so it happens with the session closed:
  the window locks first (which drops the key and closes the store), then the restore runs
  off the GUI thread, and the lock panel asks for the password of the restored database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction

from h4casus.domain.enums import Role
from h4casus.gui.errors import error_text
from h4casus.gui.screens.admin.accounts import AccountsScreen
from h4casus.gui.screens.admin.audit_log import AuditLogScreen
from h4casus.gui.screens.admin.backup import BackupScreen, RestoreRequest
from h4casus.gui.screens.admin.common import AdminScreen
from h4casus.gui.screens.admin.ladder import LadderScreen
from h4casus.gui.screens.admin.retention import RetentionScreen
from h4casus.gui.screens.admin.settings import SettingsScreen
from h4casus.gui.screens.admin.teams import TeamsScreen
from h4casus.gui.screens.admin.verify import VerifyScreen
from h4casus.services.store.restore import restore_backup

if TYPE_CHECKING:
    from h4casus.gui.screens.main.window import MainWindow

# (screen, menu text with its mnemonic; translated in the context "AdminMenu")
SCREENS: tuple[tuple[type[AdminScreen], str], ...] = (
    (AccountsScreen, QT_TRANSLATE_NOOP("AdminMenu", "&Accounts")),
    (TeamsScreen, QT_TRANSLATE_NOOP("AdminMenu", "&Teams")),
    (SettingsScreen, QT_TRANSLATE_NOOP("AdminMenu", "&Instellingen")),
    (LadderScreen, QT_TRANSLATE_NOOP("AdminMenu", "&Ladder en instrumenten")),
    (RetentionScreen, QT_TRANSLATE_NOOP("AdminMenu", "&Bewaartermijnen")),
    (AuditLogScreen, QT_TRANSLATE_NOOP("AdminMenu", "Log&boek")),
    (BackupScreen, QT_TRANSLATE_NOOP("AdminMenu", "Back-&up")),
    (VerifyScreen, QT_TRANSLATE_NOOP("AdminMenu", "&Controle")),
)


class AdminMenu(QObject):
    """Builds the Beheer menu on `window` and opens its screens as tabs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menuBar().addMenu(self.tr("Be&heer"))
        self.actions: dict[type[AdminScreen], QAction] = {}
        for screen_cls, text in SCREENS:
            action = QAction(self.tr(text), window)
            action.triggered.connect(lambda _c=False, cls=screen_cls: self.open(cls))
            self.menu.addAction(action)
            self.actions[screen_cls] = action
        self.menu.menuAction().setVisible(False)
        window.session_ready.connect(self._session)
        window.locked.connect(lambda: self.menu.menuAction().setVisible(False))

    @property
    def visible(self) -> bool:
        return self.menu.menuAction().isVisible()

    def _session(self) -> None:
        ctx = self.window.ctx
        self.menu.menuAction().setVisible(ctx is not None and ctx.actor.has_role(Role.BEHEERDER))

    def open(self, screen_cls: type[AdminScreen]) -> AdminScreen | None:
        """Open (or go to) the tab of `screen_cls`."""
        w = self.window
        if w.ctx is None or not w.ctx.actor.has_role(Role.BEHEERDER):
            return None
        for i in range(w.tabs.count()):
            if isinstance(w.tabs.widget(i), screen_cls):
                w.tabs.setCurrentIndex(i)
                return w.tabs.widget(i)
        screen = screen_cls(w.ctx, w.ops)
        if isinstance(screen, BackupScreen):
            screen.restore_requested.connect(self.restore)
        index = w.tabs.addTab(screen, screen.title())
        w.tabs.setCurrentIndex(index)
        screen.start()
        return screen

    # ------------------------------------------------------------------ restore

    def restore(self, request: RestoreRequest) -> None:
        """Lock (the store closes), then put the checked backup in place."""
        w = self.window
        w.lock()
        w.lock_panel.setEnabled(False)  # nobody signs in to the store while it is replaced
        w.statusBar().showMessage(self.tr("Back-up wordt teruggezet…"))

        def done(info) -> None:
            w.lock_panel.setEnabled(True)
            w.statusBar().showMessage(
                self.tr(
                    "Back-up van {when} teruggezet ({rows} logregels). Meld u aan op de "
                    "teruggezette database."
                ).format(when=info.created_at, rows=info.audit_rows)
            )

        def failed(exc: BaseException) -> None:
            w.lock_panel.setEnabled(True)
            w.statusBar().showMessage(
                self.tr("Terugzetten mislukt; de database is ongewijzigd: {reason}").format(
                    reason=error_text(exc)
                )
            )

        w.ops.cpu(
            w,
            lambda: restore_backup(
                request.source, request.db_path, request.username, request.password
            ),
            done,
            failed,
        )
