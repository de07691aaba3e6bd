"""The main window: search field, the household list, signed-in user and count in the status
bar; Vergrendelen (Ctrl+L, and automatically after idle) drops the key and asks for the
password again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QWidget,
)

from h4casus.demo.first_run import DemoLogin
from h4casus.domain.errors import H4Error
from h4casus.gui.clipboard import SensitiveClipboard
from h4casus.gui.forms import load_form
from h4casus.gui.idle import IdleWatcher
from h4casus.gui.level_delegate import LevelDelegate
from h4casus.gui.login_dialog import LoginDialog
from h4casus.gui.models.household_table import COL, COLUMNS, HouseholdTableModel
from h4casus.gui.ops import Ops
from h4casus.services.core.context import ServiceContext
from h4casus.services.store.session import end_session

SEARCH_DELAY_MS = 250
_WIDTHS = {  # maximum starting widths in average characters; the user can drag them
    "case": 16,
    "name": 30,
    "address": 28,
    "postcode": 14,
    "city": 20,
    "team": 28,
    "regisseur": 24,
    "level": 10,
    "status": 16,
    "review": 18,
}


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal(object)

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
        self.ctx: ServiceContext | None = ctx
        self.ops = ops
        self.db_path = db_path
        self.demo = demo
        self.login_dialog: LoginDialog | None = None
        self._username = ctx.actor.username
        self._sized = False
        self.setWindowTitle(self.tr("h4casus"))
        self.resize(1280, 760)

        host = QWidget(self)
        self.form = load_form("household_list", host)
        self.setCentralWidget(host)
        self.search_edit: QLineEdit = self.form.findChild(QLineEdit, "searchEdit")
        self.table: QTableView = self.form.findChild(QTableView, "table")
        self.stack: QStackedWidget = self.form.findChild(QStackedWidget, "stack")
        self.empty_label: QLabel = self.form.findChild(QLabel, "emptyLabel")

        self.model = HouseholdTableModel(ctx, ops, parent=self)
        self._configure_context(ctx)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL["level"], LevelDelegate(self.table))
        self._configure_table()
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(self._load_failed)
        self.model.modelReset.connect(self._update_status)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_search)

        self._build_actions()
        self.user_label = QLabel()
        self.user_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        self.count_label = QLabel()
        self.count_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addWidget(self.count_label, 1)
        self._update_user()

        self.idle = IdleWatcher(idle_msecs or self._lock_msecs(ctx), self)
        self.idle.idle.connect(lambda: self.lock("na inactiviteit"))
        self.idle.start()
        self.clipboard = SensitiveClipboard(self._clipboard_msecs(ctx), self)
        self.search_edit.installEventFilter(self)
        self.model.reload()
        self.start_daily_backup()

    # ------------------------------------------------------------------ set-up

    def _configure_context(self, ctx: ServiceContext) -> None:
        from h4casus.services.admin.configuration import get_ladder

        self.model.level_colours = {lv.code: lv.hex for lv in get_ladder(ctx)}
        self.model.today = ctx.clock.today()

    @staticmethod
    def _lock_msecs(ctx: ServiceContext) -> int:
        from h4casus.services.core.settings import get_settings

        return get_settings(ctx).auto_lock_minutes * 60_000

    @staticmethod
    def _clipboard_msecs(ctx: ServiceContext) -> int:
        from h4casus.services.core.settings import get_settings

        return get_settings(ctx).bsn_clipboard_clear_seconds * 1000

    def start_daily_backup(self) -> None:
        """The automatic daily backup (at most one a day), off the GUI thread."""
        from h4casus.services.store.backup import run_daily_backup

        ctx = self.ctx
        if ctx is None:
            return

        def done(path) -> None:
            if path is not None:
                self.statusBar().showMessage(
                    self.tr("Automatische back-up gemaakt: %s") % path.name, 10_000
                )

        def failed(exc: BaseException) -> None:
            reason = str(exc) if isinstance(exc, H4Error | OSError) else type(exc).__name__
            self.statusBar().showMessage(self.tr("Automatische back-up mislukt: %s") % reason)

        self.ops.run(lambda: run_daily_backup(ctx), done, failed)

    def _configure_table(self) -> None:
        t = self.table
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 12)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL["name"], Qt.SortOrder.AscendingOrder)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.sectionClicked.connect(self._header_clicked)
        char = t.fontMetrics().averageCharWidth()
        for key, chars in _WIDTHS.items():
            header.setSectionResizeMode(COL[key], QHeaderView.ResizeMode.Interactive)
            t.setColumnWidth(COL[key], chars * char * 2 // 3)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.action_lock = QAction(self.tr("&Vergrendelen"), self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.triggered.connect(lambda: self.lock())
        self.action_quit = QAction(self.tr("&Afsluiten"), self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        menu.addAction(self.action_lock)
        menu.addSeparator()
        menu.addAction(self.action_quit)

        view = self.menuBar().addMenu(self.tr("&Beeld"))
        self.action_find = QAction(self.tr("&Zoeken"), self)
        self.action_find.setShortcut(QKeySequence("Ctrl+F"))
        self.action_find.triggered.connect(self.focus_search)
        self.action_refresh = QAction(self.tr("&Vernieuwen"), self)
        self.action_refresh.setShortcut(QKeySequence("F5"))
        self.action_refresh.triggered.connect(lambda: self.model.reload())
        view.addAction(self.action_find)
        view.addAction(self.action_refresh)
        for a in (self.action_lock, self.action_quit, self.action_find, self.action_refresh):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(a)

    # ------------------------------------------------------------------ search and list

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.ctx is None:
            return
        self.model.set_query(self.search_edit.text())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Keyboard-first: Down from the search field goes to the list, Escape clears."""
        from PySide6.QtCore import QEvent

        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.table.setFocus()
                self.table.selectRow(max(0, self.table.currentIndex().row()))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.apply_search()
                return True
        return super().eventFilter(watched, event)

    def _header_clicked(self, section: int) -> None:
        sort = COLUMNS[section].sort
        header = self.table.horizontalHeader()
        current = next(i for i, c in enumerate(COLUMNS) if c.sort == self.model.sort_key)
        if sort is None or self.model.searching:
            header.setSortIndicator(current, Qt.SortOrder.AscendingOrder)
            if sort is None:
                self.statusBar().showMessage(
                    self.tr("Sorteren kan op naam, AVE-niveau en volgende evaluatie."), 4000
                )
            return
        header.setSortIndicator(section, Qt.SortOrder.AscendingOrder)
        self.model.set_sort(sort)

    def _after_load(self) -> None:
        if not self._sized and self.model.rowCount() > 0 and not self.model.searching:
            self._fit_columns()
        self._update_status()

    def _fit_columns(self) -> None:
        """Once, on the first page: columns as wide as their content (capped); after that
        the widths are the user's."""
        self._sized = True
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        self.table.resizeColumnsToContents()
        for key, chars in _WIDTHS.items():
            i = COL[key]
            self.table.setColumnWidth(
                i, min(max(header.sectionSize(i) + 12, 6 * char), chars * char)
            )

    def _update_status(self) -> None:
        n = self.model.rowCount()
        if self.ctx is None:
            text = self.tr("Vergrendeld")
            empty = self.tr("Vergrendeld — meld u opnieuw aan.")
        elif self.model.searching:
            more = n >= 200
            text = (
                self.tr("Geen huishoudens gevonden")
                if n == 0
                else self.tr("{n} gevonden{more}").format(
                    n=n, more=self.tr(" (eerste 200; maak de zoekterm preciezer)") if more else ""
                )
            )
            empty = self.tr(
                "Geen huishoudens gevonden voor deze zoekterm.\n"
                "Zoek op achternaam, straat (met huisnummer), postcode of dossiernummer."
            )
        elif self.model.loading and n == 0:
            text = self.tr("Huishoudens laden…")
            empty = self.tr("Huishoudens laden…")
        else:
            if self.model.complete:
                text = self.tr("{n} huishoudens").format(n=n)
            else:
                text = self.tr("{n} huishoudens geladen — scroll voor meer").format(n=n)
            empty = self.tr(
                "Er zijn nog geen huishoudens die u mag zien.\n"
                "Nieuwe aanmeldingen van uw team verschijnen hier."
            )
        # Search hits carry no team, regisseur or review date: hide those columns meanwhile.
        for key in ("team", "regisseur", "review"):
            self.table.setColumnHidden(COL[key], self.model.searching)
        self.count_label.setText(text)
        self.empty_label.setText(empty)
        self.stack.setCurrentWidget(self.table if n > 0 else self.empty_label)

    def _load_failed(self, exc: BaseException) -> None:
        message = (
            str(exc)
            if isinstance(exc, H4Error)
            else self.tr("De lijst kon niet worden geladen ({kind}).").format(
                kind=type(exc).__name__
            )
        )
        self.statusBar().showMessage(message, 10_000)
        self._update_status()

    def _update_user(self) -> None:
        if self.ctx is None:
            self.user_label.setText(self.tr("Vergrendeld"))
            return
        roles = sorted({g.role.value for g in self.ctx.actor.grants})
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
        """Drop the key and every loaded row, then ask for the password again. The lock is
        written to the audit log first (`how`: "vergrendeld" or "na inactiviteit")."""
        if self.ctx is None:
            return
        self.idle.stop()
        self.search_timer.stop()
        self.clipboard.clear()
        ctx = self.ctx
        self.ctx = None
        self.model.clear()
        self.search_edit.clear()
        self.search_edit.setEnabled(False)
        self.model.query = ""
        self._end_session(ctx, how)
        self._update_user()
        self._update_status()
        self.locked.emit()
        dialog = LoginDialog(
            self.ops,
            db_path=self.db_path,
            username=self._username,
            demo=self.demo,
            locked=True,
            parent=self,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._unlocked(dialog.context))
        dialog.rejected.connect(self.close)
        self.login_dialog = dialog
        dialog.open()

    def _unlocked(self, ctx: ServiceContext | None) -> None:
        if ctx is None:  # pragma: no cover - accepted always carries a context
            return
        self.login_dialog = None
        self.ctx = ctx
        self._username = ctx.actor.username
        self.model.clear(ctx)
        self._configure_context(ctx)
        self.search_edit.setEnabled(True)
        self._update_user()
        self.model.reload()
        self.idle.start()
        self.start_daily_backup()
        self.unlocked.emit(ctx)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.idle.dispose()
        self.ops.wait()
        if self.ctx is not None:
            ctx, self.ctx = self.ctx, None
            self._end_session(ctx, "afgesloten")
        self.model.clear()
        super().closeEvent(event)

    def _end_session(self, ctx: ServiceContext, how: str) -> None:
        """Log the lock/logout and drop the key; the key goes even when logging fails."""
        try:
            end_session(ctx, how)
        except Exception:  # the store is locked all the same; say what was not logged
            self.statusBar().showMessage(
                self.tr("Vergrendeld, maar dit kon niet in het logboek worden vastgelegd.")
            )
