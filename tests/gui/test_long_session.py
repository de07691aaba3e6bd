"""A long working session with real lanes (threads), as a user would have it: hundreds of
mixed actions — typing searches, sorting, scrolling, opening and closing case files, F5,
failed and correct unlocks, locking in the middle of loading — then quitting.

It guards object lifetimes across the lane threads and the lock: no late callback may reach
a screen that was thrown away, nothing may crash on quit, and the key must be gone after.
It runs in a subprocess so a crash (a fatal error in Qt or CPython) fails this test
instead of the whole suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    r"""
    import os, random, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME, create_demo_database
    from h4casus.gui.app import create_app
    from h4casus.gui.ops import Ops
    from h4casus.gui.screens.main.window import MainWindow
    from h4casus.services.store.session import sign_in_desktop

    db = Path(sys.argv[1]) / "lang.h4c"
    rounds = int(sys.argv[2])
    create_demo_database(db, households=120, seed=5)
    app = create_app()
    ops = Ops(app)
    box = []
    ops.query(None, lambda: sign_in_desktop(db, DEMO_USERNAME, DEMO_PASSWORD), box.append)

    def settle(timeout=10.0):
        end = time.monotonic() + timeout
        while (ops.running or not box) and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()

    settle()
    win = MainWindow(box[0], ops, db_path=db, idle_msecs=3_600_000)
    win.show()
    settle()
    rng = random.Random(11)
    words = ["Ja", "de", "van", "Ali", "26", "2611", "Delft", "Bakker", "zz", ""]
    keys = [Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Home]
    actions = 0
    for n in range(rounds):
        kind = rng.choice(["search", "search", "sort", "scroll", "open", "close", "f5",
                           "lock", "tab", "section"])
        if win.is_locked:
            panel = win.lock_panel.form
            panel.password_edit.setText("fout-fout-fout-123" if rng.random() < 0.3 else DEMO_PASSWORD)
            win.lock_panel.try_unlock()
            settle()
            actions += 1
            continue
        if win.households is None:
            settle()
            continue
        h = win.households
        if kind == "search":
            h.search_edit.setText(rng.choice(words))
            if rng.random() < 0.5:
                h.apply_search()  # else the timer fires later, maybe after a lock
        elif kind == "sort":
            h.table.horizontalHeader().sectionClicked.emit(rng.choice([1, 7, 9, 5]))
        elif kind == "scroll":
            QTest.keyClick(h.table, rng.choice(keys))
            h.table.scrollToBottom()
        elif kind == "open" and h.model.rowCount():
            win.open_household(h.model.row_at(rng.randrange(h.model.rowCount())).id)
        elif kind == "close" and win.case_files():
            win.close_tab(win.tabs.indexOf(rng.choice(win.case_files())))
        elif kind == "f5":
            win.refresh()
        elif kind == "lock":
            win.lock()  # often while answers are still on their way
        elif kind == "tab":
            win.next_tab(1)
        elif kind == "section" and win.case_files():
            screen = rng.choice(win.case_files())
            screen.show_section_at(rng.randrange(screen.form.section_list.count()))
        actions += 1
        if rng.random() < 0.6:
            settle()
        else:
            app.processEvents()
    settle()
    ctx = win.ctx
    win.close()
    settle()
    app.processEvents()
    assert ctx is None or ctx.vault.locked, "the key is dropped at quit"
    print(f"ok {actions} actions")
    """
)


def test_a_long_session_with_locks_ends_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), "400"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "ok " in result.stdout
    assert "Fatal Python error" not in output and "Traceback" not in output
