"""A copied BSN leaves the clipboard again; the window makes the daily backup at sign-in."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from h4casus.gui.screens.main.window import MainWindow
from h4casus.gui.widgets.clipboard import SensitiveClipboard
from h4casus.services.core.settings import get_settings
from h4casus.services.store.backup import daily_backup_directory


def test_sensitive_value_is_cleared_after_the_interval(qtbot):
    clip = SensitiveClipboard(clear_msecs=100)
    clip.copy("111222333")
    assert QGuiApplication.clipboard().text() == "111222333"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    assert not clip.pending


def test_a_later_copy_by_the_user_is_left_alone(qtbot):
    clip = SensitiveClipboard(clear_msecs=60_000)
    clip.copy("111222333")
    QGuiApplication.clipboard().setText("adres van de school")
    clip.clear()
    assert QGuiApplication.clipboard().text() == "adres van de school"


def test_locking_clears_a_copied_bsn(qtbot, ops, demo_db, demo_ctx):
    win = MainWindow(demo_ctx, ops, db_path=demo_db, idle_msecs=60_000)
    qtbot.addWidget(win)
    win.clipboard.copy("111222333")
    win.lock()
    assert QGuiApplication.clipboard().text() == ""
    win.close()


def test_sign_in_makes_one_daily_backup(qtbot, ops, demo_db, demo_ctx):
    folder = daily_backup_directory(demo_ctx.vault, get_settings(demo_ctx))
    before = set(folder.glob("*.h4cbak")) if folder.exists() else set()
    win = MainWindow(demo_ctx, ops, db_path=demo_db, idle_msecs=60_000)
    qtbot.addWidget(win)
    after = set(folder.glob("*.h4cbak"))
    assert len(after) == 1 and after >= before
    data = next(iter(after)).read_bytes()
    assert b"SQLite format 3" not in data  # encrypted, never a plaintext copy
    win.close()
