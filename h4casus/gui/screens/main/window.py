"""The main window: the workspace (tabs: the household list and open case files), the lock
panel, menus with a shortcut for every frequent action, and the status bar.

Rules:
- The window owns the session (`ctx`). Screens are built for one session and thrown away at
  lock or sign-out, so no row of personal data outlives it; after unlocking, the same user
  gets the same tabs back, freshly read.
- Locking (Ctrl+L, or after `auto_lock_minutes` without input) forgets every answer still on
  its way, waits for both lanes, logs the lock and drops the key — in that order.
- No service call on the GUI thread: the session's settings and ladder colours are read on
  the database lane when the session starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from h4casus.demo.first_run import DemoLogin
from h4casus.domain.enums import Role
from h4casus.gui.errors import error_text
from h4casus.gui.ops import Ops
from h4casus.gui.screens.admin.menu import AdminMenu
from h4casus.gui.screens.breakglass.banner import BreakGlassBanner
from h4casus.gui.screens.breakglass.dialog import BreakGlassDialog
from h4casus.gui.screens.casefile.recent import RecentCaseFiles
from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.households.screen import HouseholdListScreen
from h4casus.gui.screens.main.lock import LockPanel
from h4casus.gui.screens.mywork.screen import MyWorkScreen
from h4casus.gui.screens.register.dialog import RegisterHouseholdDialog
from h4casus.gui.widgets.clipboard import SensitiveClipboard
from h4casus.gui.widgets.idle import IdleWatcher
from h4casus.gui.widgets.language_menu import LanguageMenu
from h4casus.gui.widgets.words import choice_label
from h4casus.services.admin.configuration import get_ladder
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import Settings, get_settings
from h4casus.services.store.backup import run_daily_backup
from h4casus.services.store.session import end_session


@dataclass(frozen=True)
class SessionInfo:
    """What the window needs to know about a session before it shows anything."""

    settings: Settings
    level_colours: dict[str, str]


def read_session_info(ctx: ServiceContext) -> SessionInfo:
    """Runs on the database lane."""
    return SessionInfo(get_settings(ctx), {lv.code: lv.hex for lv in get_ladder(ctx)})


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal(object)
    signed_out = Signal()
    session_ready = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        ops: Ops,
        *,
        db_path: Path,
        demo: DemoLogin | None = None,
        idle_msecs: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx: ServiceContext | None = None
        self.ops = ops
        self.db_path = db_path
        self.demo = demo
        self._idle_override = idle_msecs
        self._username = ctx.actor.username
        self._reopen: list[int] = []
        self.info: SessionInfo | None = None
        self.households: HouseholdListScreen | None = None
        self.my_work: MyWorkScreen | None = None
        self.breakglass_banner: BreakGlassBanner | None = None
        self._households_status = ""
        self.setWindowTitle(self.tr("h4casus"))
        self.resize(1280, 800)

        self.pages = QStackedWidget(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _i: self._update_status())
        self._recent_files = RecentCaseFiles()
        self.tabs.currentChanged.connect(lambda _i: self._note_shown())
        self.lock_panel = LockPanel(ops)
        self.lock_panel.unlocked.connect(self._unlocked)
        self.lock_panel.sign_out.connect(self.signed_out)
        # the workspace: the break-glass banner (while a grant runs) above the tabs
        self.workspace = QWidget()
        self._workspace_layout = QVBoxLayout(self.workspace)
        self._workspace_layout.setContentsMargins(0, 0, 0, 0)
        self._workspace_layout.setSpacing(0)
        self._workspace_layout.addWidget(self.tabs, 1)
        self.pages.addWidget(self.workspace)
        self.pages.addWidget(self.lock_panel)
        self.setCentralWidget(self.pages)

        self.user_label = QLabel()
        self.user_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        self.count_label = QLabel()
        self.count_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addWidget(self.count_label, 1)
        self._build_actions()
        self.idle = IdleWatcher(idle_msecs or 600_000, self)
        self.idle.idle.connect(lambda: self.lock("na inactiviteit"))
        self.clipboard = SensitiveClipboard(30_000, self)
        ops.failed.connect(self.show_error)
        self._start_session(ctx)

    # ------------------------------------------------------------------ session

    def _start_session(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._username = ctx.actor.username
        self._update_user()
        self.ops.query(self, lambda: read_session_info(ctx), self._session_ready)

    def _session_ready(self, info: SessionInfo) -> None:
        ctx = self.ctx
        if ctx is None:  # locked meanwhile
            return
        self.info = info
        self.idle.timer.setInterval(self._idle_override or info.settings.auto_lock_minutes * 60_000)
        self.idle.start()
        self.clipboard.set_clear_msecs(info.settings.bsn_clipboard_clear_seconds * 1000)
        self.households = HouseholdListScreen(ctx, self.ops, level_colours=info.level_colours)
        self.households.open_household.connect(self.open_household)
        self.households.status_changed.connect(self._update_status)
        self.households.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        # The database lane answers in order: the list's first page (one short read), then
        # the start screen's worklists, then the filter row's choices. The screens are built
        # in two turns of the event loop, so the window paints and answers in between.
        self.households.start()
        self.ops.later(self, lambda: self._show_workspace(ctx))

    def _show_workspace(self, ctx: ServiceContext) -> None:
        """The session's second turn: Mijn werk (in front) and the list in their tabs."""
        if self.ctx is not ctx or self.households is None:
            return
        index = self.tabs.insertTab(0, self.households, self.tr("Huishoudens"))
        self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self._start_my_work(ctx)
        self.households.load_choices()
        self.pages.setCurrentWidget(self.workspace)
        reopen, self._reopen = self._reopen, []
        for household_id in reopen:
            self.open_household(household_id)
        if not reopen:  # after unlocking, the last case file stays in front
            self.show_my_work()
        self.start_daily_backup()
        self.session_ready.emit()

    def _start_my_work(self, ctx: ServiceContext) -> None:
        """Mijn werk first (tab 0, not closable) and the break-glass banner."""
        self.my_work = MyWorkScreen(ctx, self.ops)
        self.my_work.open_household.connect(self.open_household)
        self.my_work.request_breakglass.connect(self.request_breakglass)
        self.my_work.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        index = self.tabs.insertTab(0, self.my_work, self.tr("Mijn werk"))
        self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.my_work.start()
        self.breakglass_banner = BreakGlassBanner(ctx, self.ops)
        self.breakglass_banner.message.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.breakglass_banner.ended.connect(self.close_household)
        self._workspace_layout.insertWidget(0, self.breakglass_banner)
        self.breakglass_banner.load()

    def show_my_work(self) -> None:
        """Ctrl+1: back to Mijn werk, the focus on its worklists."""
        if self.my_work is not None:
            self.tabs.setCurrentWidget(self.my_work)
            self.my_work.focus_lists()

    def request_breakglass(self) -> BreakGlassDialog | None:
        """Ctrl+Shift+U: emergency access to a household outside the teamleider's team."""
        if self.ctx is None or self.info is None:
            return None
        if not self.ctx.actor.has_role(Role.TEAMLEIDER):
            self.statusBar().showMessage(
                self.tr("Alleen een teamleider kan noodtoegang vragen."), 6000
            )
            return None
        dialog = BreakGlassDialog(self.ctx, self.ops, self.info.settings.breakglass_hours, self)
        dialog.accepted.connect(lambda: self.open_household(dialog.result_value.household_id))
        dialog.open()
        return dialog

    def start_daily_backup(self) -> None:
        """The automatic daily backup (at most one a day), on the CPU lane."""
        ctx = self.ctx
        if ctx is None:
            return

        def done(path) -> None:
            if path is not None:
                self.statusBar().showMessage(
                    self.tr("Automatische back-up gemaakt: %s") % path.name, 10_000
                )
                if self.my_work is not None:  # the beheerder's "last backup"
                    self.my_work.refresh()

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(
                self.tr("Automatische back-up mislukt: %s") % error_text(exc)
            )

        self.ops.cpu(self, lambda: run_daily_backup(ctx), done, failed)

    # ------------------------------------------------------------------ tabs

    def open_household(self, household_id: int) -> None:
        """Open (or go to) the case file of a household in its own tab."""
        for screen in self.case_files():
            if screen.household_id == household_id:
                self.tabs.setCurrentWidget(screen)
                return
        if self.ctx is None or self.info is None:
            return
        screen = CaseFileScreen(
            self.ctx, self.ops, household_id, level_colours=self.info.level_colours
        )
        index = self.tabs.addTab(screen, screen.title())
        screen.title_changed.connect(
            lambda text, w=screen: self.tabs.setTabText(self.tabs.indexOf(w), text)
        )
        self.tabs.setCurrentIndex(index)

    def close_household(self, household_id: int) -> None:
        """Close the case file of a household (its break-glass access ended)."""
        for screen in self.case_files():
            if screen.household_id == household_id:
                self.tabs.removeTab(self.tabs.indexOf(screen))
                screen.deleteLater()

    def _note_shown(self) -> None:
        current = self.tabs.currentWidget()
        shown = current if isinstance(current, CaseFileScreen) else None
        self._recent_files.shown(shown, self.case_files())

    def case_files(self) -> list[CaseFileScreen]:
        return [
            w
            for w in (self.tabs.widget(i) for i in range(self.tabs.count()))
            if isinstance(w, CaseFileScreen)
        ]

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None or widget is self.households or widget is self.my_work:
            return
        if isinstance(widget, CaseFileScreen) and not widget.may_close():
            return
        self.tabs.removeTab(index)
        widget.deleteLater()

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def next_tab(self, step: int = 1) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _clear_workspace(self) -> None:
        """Throw away every screen of the session (their rows go with them)."""
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        if self.households is not None and self.households.parent() is None:
            self.households.deleteLater()  # built, not yet in its tab (locked in between)
        self.households = None
        self.my_work = None
        if self.breakglass_banner is not None:
            self.breakglass_banner.deleteLater()
            self.breakglass_banner = None

    # ------------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str | QKeySequence.StandardKey | None, slot) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.action_new = action(
            self.tr("&Nieuw huishouden…"), QKeySequence.StandardKey.New, self.register_household
        )
        file_menu.addAction(self.action_new)
        self.action_breakglass = action(
            self.tr("Nood&toegang…"), "Ctrl+Shift+U", self.request_breakglass
        )
        file_menu.addAction(self.action_breakglass)
        file_menu.addSeparator()
        self.action_lock = action(self.tr("&Vergrendelen"), "Ctrl+L", lambda: self.lock())
        self.action_close_tab = action(
            self.tr("Dossier &sluiten"), "Ctrl+W", self.close_current_tab
        )
        self.action_quit = action(self.tr("&Afsluiten"), "Ctrl+Q", self.close)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_print = action(
            self.tr("&Afdrukken…"), QKeySequence.StandardKey.Print, self.print_current
        )
        file_menu.addAction(self.action_print)
        file_menu.addAction(self.action_close_tab)
        file_menu.addSeparator()
        file_menu.addAction(self.action_lock)
        file_menu.addAction(self.action_quit)

        view = self.menuBar().addMenu(self.tr("&Beeld"))
        self.action_my_work = action(self.tr("&Mijn werk"), "Ctrl+1", self.show_my_work)
        view.addAction(self.action_my_work)
        self.action_find = action(self.tr("&Zoeken"), "Ctrl+F", self.focus_search)
        self.action_refresh = action(self.tr("&Vernieuwen"), "F5", self.refresh)
        self.action_next_tab = action(
            self.tr("&Volgend tabblad"), "Ctrl+Tab", lambda: self.next_tab(1)
        )
        self.action_prev_tab = action(
            self.tr("V&orig tabblad"), "Ctrl+Shift+Tab", lambda: self.next_tab(-1)
        )
        for a in (
            self.action_find,
            self.action_refresh,
            self.action_next_tab,
            self.action_prev_tab,
        ):
            view.addAction(a)
        view.addSeparator()
        self.language_menu = LanguageMenu(self, lambda text: self.statusBar().showMessage(text))
        view.addMenu(self.language_menu)
        self.admin_menu = AdminMenu(self)  # "Beheer": only for the beheerder
        self.session_actions = [
            self.action_new,
            self.action_breakglass,
            self.action_my_work,
            self.action_print,
            self.action_lock,
            self.action_close_tab,
            self.action_find,
            self.action_refresh,
            self.action_next_tab,
            self.action_prev_tab,
        ]

    def may_register(self) -> bool:
        ctx = self.ctx
        return ctx is not None and any(
            ctx.actor.has_role(role) for role in (Role.CONSULENT, Role.REGISSEUR, Role.TEAMLEIDER)
        )

    def register_household(self) -> RegisterHouseholdDialog | None:
        """Ctrl+N: the registration dialog; the new (or the existing) household opens after."""
        if self.ctx is None or self.info is None:
            return None
        if not self.may_register():
            self.statusBar().showMessage(
                self.tr("Alleen consulenten, regisseurs en teamleiders registreren huishoudens."),
                6000,
            )
            return None
        dialog = RegisterHouseholdDialog(self.ctx, self.ops, self)
        dialog.accepted.connect(lambda: self.open_household(dialog.result_value.id))
        dialog.open_existing.connect(self.open_household)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        if self.households is not None:
            self.tabs.setCurrentWidget(self.households)
            self.households.focus_search()

    def print_current(self):
        """Ctrl+P: the print dialog of the tab in view (a case file: its reports; the list:
        the team reports). A screen offers printing with `open_print_dialog()`."""
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "open_print_dialog"):
            return current.open_print_dialog()
        return None

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "refresh"):
            current.refresh()

    # ------------------------------------------------------------------ status

    def show_error(self, exc: BaseException) -> None:
        self.statusBar().showMessage(error_text(exc), 10_000)

    def _update_status(self, text: str | None = None) -> None:
        if self.ctx is None:
            self.count_label.setText("")
            return
        if text is not None:
            self._households_status = text
        if self.tabs.currentWidget() is self.households:
            self.count_label.setText(self._households_status)
        else:
            self.count_label.setText("")

    def _update_user(self) -> None:
        if self.ctx is None:
            self.user_label.setText(self.tr("Vergrendeld"))
            return
        roles = sorted({choice_label(g.role.value) for g in self.ctx.actor.grants})
        label = self.tr("Aangemeld: {user}").format(user=self.ctx.actor.username)
        if roles:
            label += f" ({', '.join(roles)})"
        if self.demo is not None:
            label += self.tr(" · demodatabase")
        self.user_label.setText(label)

    # ------------------------------------------------------------------ locking

    @property
    def is_locked(self) -> bool:
        return self.ctx is None

    def lock(self, how: str = "vergrendeld") -> None:
        """Drop the key and every loaded row, then ask for this user's password again. The
        lock is written to the access log first (`how`: "vergrendeld" or "na inactiviteit")."""
        if self.ctx is None:
            return
        display = self.ctx.actor.username
        self._reopen = [w.household_id for w in self.case_files()]
        self._leave_session(how)
        for a in self.session_actions:
            a.setEnabled(False)
        self.lock_panel.show_for(self.db_path, self._username, display, how)
        self.pages.setCurrentWidget(self.lock_panel)
        self.locked.emit()

    def _leave_session(self, how: str) -> None:
        ctx, self.ctx = self.ctx, None
        self.idle.stop()
        self.clipboard.clear()
        self.ops.forget()
        self._clear_workspace()
        self.info = None
        self.ops.wait()
        self.ops.query(self, lambda: end_session(ctx, how), None, lambda _exc: self._not_logged())
        self.ops.drain()
        self._update_user()
        self._update_status()

    def _not_logged(self) -> None:
        self.statusBar().showMessage(
            self.tr("Vergrendeld, maar dit kon niet in het logboek worden vastgelegd.")
        )

    def _unlocked(self, ctx: ServiceContext) -> None:
        for a in self.session_actions:
            a.setEnabled(True)
        self._start_session(ctx)
        self.unlocked.emit(ctx)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.idle.dispose()
        if self.ctx is not None:
            self._reopen = []
            self._leave_session("afgesloten")
        self.ops.wait()
        super().closeEvent(event)
