"""The main window: lazy household list, search, level colours, keyboard, locking."""

from __future__ import annotations

import gc
import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME
from h4casus.gui.screens.households.model import COL
from h4casus.gui.screens.main.window import MainWindow
from h4casus.gui.widgets.level_badge import LEVEL_ROLE
from h4casus.services.admin.audit_views import AuditFilter, list_events
from h4casus.services.admin.configuration import get_ladder
from tests.gui.conftest import HOUSEHOLDS


def session_ends(db) -> list[tuple[str, str]]:
    """(action, ground) of every lock and logout in the audit log, oldest first."""
    from h4casus.services.store.session import sign_in

    ctx = sign_in(db, DEMO_USERNAME, DEMO_PASSWORD)
    try:
        rows = list_events(ctx, AuditFilter(event="login"))
    finally:
        ctx.vault.close()
    return sorted(
        (r.id, r.action, r.ground) for r in rows if r.action in ("session.lock", "session.logout")
    )


@pytest.fixture
def window(qtbot, ops, demo_db, demo_ctx):
    win = MainWindow(demo_ctx, ops, db_path=demo_db, idle_msecs=60_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.focus_search()  # Ctrl+F: from Mijn werk (the start screen) to the household list
    yield win
    win.close()


def cell(win, row: int, key: str) -> str:
    return win.households.model.index(row, COL[key]).data() or ""


def all_text(win) -> list[str]:
    m = win.households.model
    return [m.index(r, c).data() or "" for r in range(m.rowCount()) for c in range(m.columnCount())]


def test_list_loads_in_pages_as_it_is_scrolled(window):
    m = window.households.model
    assert window.windowTitle() == "h4casus"
    assert m.filters.status == "open"  # open households by default
    status = window.households.form.status_combo
    status.setCurrentIndex(status.findData("alle"))  # every household, closed ones too
    assert m.rowCount() == m.page_size < HOUSEHOLDS
    assert m.canFetchMore()
    assert "geladen" in window.count_label.text()
    while m.canFetchMore():
        m.fetchMore()
    assert m.rowCount() == HOUSEHOLDS and m.complete
    assert window.count_label.text() == f"{HOUSEHOLDS} huishoudens"
    ids = [m.row_at(r).id for r in range(m.rowCount())]
    assert len(set(ids)) == HOUSEHOLDS  # pages neither overlap nor skip
    assert "Aangemeld: demo" in window.user_label.text()
    for r in range(m.rowCount()):
        row = m.row_at(r)
        if row.regisseur is None:  # flagged only where a regisseur is missing
            expected = "" if row.status == "afgesloten" else "— geen —"
            assert cell(window, r, "regisseur") == expected


def test_the_rows_kept_for_a_long_list_stay_small(window):
    """Memory of a list scrolled end to end (80,000 rows at 100k households): each row is a
    plain tuple the garbage collector stops looking at, and what rows share (postcode,
    place, status, review date) is one object, not one per row."""
    m = window.households.model
    while m.canFetchMore():
        m.fetchMore()
    rows = m._rows
    gc.collect()
    assert all(type(r) is tuple and not gc.is_tracked(r) for r in rows)
    for field in ("postcode", "city", "status", "next_review"):
        values = [getattr(m.row_at(i), field) for i in range(len(rows))]
        values = [v for v in values if v is not None]
        assert len({id(v) for v in values}) == len(set(values)) < len(values), field


def test_scrolling_the_view_fetches_the_next_page(window, qtbot):
    window.households.table.scrollToBottom()
    qtbot.waitUntil(
        lambda: window.households.model.rowCount() > window.households.model.page_size, timeout=3000
    )


def test_level_is_shown_with_the_ladder_colour(window, demo_ctx):
    colours = {lv.code: lv.hex for lv in get_ladder(demo_ctx)}
    m = window.households.model
    seen = set()
    for r in range(m.rowCount()):
        idx = m.index(r, COL["level"])
        assert idx.data(LEVEL_ROLE) == colours[idx.data()]
        seen.add(idx.data())
    assert len(seen) >= 3


def test_no_bsn_anywhere_in_the_list(window):
    while window.households.model.canFetchMore():
        window.households.model.fetchMore()
    assert not [t for t in all_text(window) if re.search(r"\b\d{9}\b", t)]


def test_search_through_the_service_and_empty_state(window, qtbot):
    family = cell(window, 0, "name").split(" / ")[0]  # the whole family name, e.g. "Ait Taleb"
    qtbot.keyClicks(window.households.search_edit, family)
    qtbot.keyClick(window.households.search_edit, Qt.Key.Key_Return)
    m = window.households.model
    assert m.searching and m.rowCount() >= 1
    assert all(family.lower() in cell(window, r, "name").lower() for r in range(m.rowCount()))
    assert "gevonden" in window.count_label.text()
    assert not window.households.table.isColumnHidden(COL["regisseur"])  # every column
    assert all(cell(window, r, "team") for r in range(m.rowCount()))

    window.households.search_edit.setText("Qxzqxz")
    window.households.apply_search()
    assert m.rowCount() == 0
    assert window.households.form.stack.currentWidget() is window.households.form.empty_label
    assert "Geen huishoudens gevonden" in window.households.form.empty_label.text()

    qtbot.keyClick(window.households.search_edit, Qt.Key.Key_Escape)  # back to the full list
    assert window.households.search_edit.text() == "" and not m.searching
    assert m.rowCount() == m.page_size
    assert window.households.form.stack.currentWidget() is window.households.table
    assert not window.households.table.isColumnHidden(COL["regisseur"])


def test_ctrl_f_focuses_search_and_down_goes_to_the_list(window, qtbot):
    window.activateWindow()
    window.households.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.households.search_edit
    qtbot.keyClick(window.households.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.households.table
    assert window.households.table.selectionModel().selectedRows()[0].row() == 0


def test_sorting_by_level_follows_the_ladder(window, qtbot, demo_ctx):
    rank = {lv.code: lv.rank for lv in get_ladder(demo_ctx)}
    header = window.households.table.horizontalHeader()
    header.sectionClicked.emit(COL["level"])
    m = window.households.model
    assert m.sort_key == "level"
    ranks = [rank[cell(window, r, "level")] for r in range(m.rowCount())]
    assert ranks == sorted(ranks)
    header.sectionClicked.emit(COL["team"])  # not sortable: stays as it is
    assert m.sort_key == "level"


def test_ctrl_l_locks_drops_rows_and_unlocks_with_the_password(window, qtbot, demo_ctx):
    assert window.households.model.rowCount() > 0
    window.activateWindow()
    before = len(session_ends(window.db_path))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and demo_ctx.vault.locked  # key dropped
    ends = session_ends(window.db_path)
    assert len(ends) == before + 1 and ends[-1][1:] == ("session.lock", "vergrendeld")
    assert window.households is None and window.tabs.count() == 0  # nothing left on screen
    panel = window.lock_panel
    assert window.pages.currentWidget() is panel
    assert not panel.findChildren(type(panel.form.password_edit), "userEdit")  # no username
    assert "demo" in panel.form.who_label.text()

    panel.form.password_edit.setText("fout-wachtwoord-123")
    panel.try_unlock()
    assert window.is_locked and "onjuist" in panel.form.error_label.text()

    panel.form.password_edit.setText(DEMO_PASSWORD)
    qtbot.keyClick(panel.form.password_edit, Qt.Key.Key_Return)
    assert not window.is_locked and window.ctx is not demo_ctx
    assert window.ctx.actor.username == "demo"
    assert window.households.model.rowCount() == window.households.model.page_size
    assert window.idle.active


def test_shortcuts_work_at_once_after_unlocking(window, qtbot):
    window.activateWindow()
    window.lock()
    window.lock_panel.form.password_edit.setText(DEMO_PASSWORD)
    qtbot.keyClick(window.lock_panel.form.password_edit, Qt.Key.Key_Return)
    assert not window.is_locked
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # no click first
    assert window.is_locked


def test_sign_out_from_the_lock_panel_ends_the_session(window, qtbot):
    window.lock()
    with qtbot.waitSignal(window.signed_out, timeout=2000):
        window.lock_panel.form.sign_out_button.click()
    assert window.ctx is None


def test_idle_locks_after_the_interval(qtbot, ops, demo_db, demo_ctx):
    win = MainWindow(demo_ctx, ops, db_path=demo_db, idle_msecs=200)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass
    assert win.is_locked and demo_ctx.vault.locked
    assert session_ends(demo_db)[-1][1:] == ("session.lock", "na inactiviteit")
    win.close()


def test_user_input_restarts_the_idle_countdown(window, qtbot):
    timer = window.idle.timer
    qtbot.wait(300)
    before = timer.remainingTime()
    QApplication.sendEvent(
        window.households.search_edit,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
    )
    assert timer.remainingTime() > before


def test_idle_interval_comes_from_the_settings(qtbot, ops, demo_db, demo_ctx):
    win = MainWindow(demo_ctx, ops, db_path=demo_db)
    qtbot.addWidget(win)
    assert win.idle.timer.interval() == 10 * 60_000  # auto_lock_minutes default
    win.close()


def test_ctrl_q_closes_and_locks_the_store(window, qtbot, demo_ctx):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert demo_ctx.vault.locked
    assert session_ends(window.db_path)[-1][1:] == ("session.logout", "afgesloten")
