"""The lanes (one database thread, a CPU lane, callbacks bound to their receiver, `changed`
after writes) and the start-up flow (first start → login → main window)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from h4casus.cli import build_parser
from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME
from h4casus.gui.app import Desktop
from h4casus.gui.ops import Ops, current_lane, in_lane
from h4casus.gui.screens.main.window import MainWindow
from h4casus.services.store.session import sign_in
from h4casus.services.store.vault import Vault


def settle(qtbot, ops: Ops) -> None:
    qtbot.waitUntil(lambda: ops.running == 0, timeout=10_000)


def test_database_jobs_run_one_by_one_on_one_thread_and_answer_on_the_gui_thread(qtbot):
    ops = Ops()
    receiver = QObject()
    gui = threading.get_ident()
    workers, answers = [], []

    def job(n):
        workers.append((threading.get_ident(), in_lane()))
        return n

    for n in range(20):
        ops.query(
            receiver, lambda n=n: job(n), lambda v: answers.append((v, threading.get_ident()))
        )
    settle(qtbot, ops)
    assert [v for v, _ in answers] == list(range(20))  # in the order asked
    assert {t for _, t in answers} == {gui}
    assert len({t for t, _ in workers}) == 1 and workers[0][0] != gui  # one lane thread
    assert all(flag for _, flag in workers)


def test_cpu_work_does_not_wait_for_the_database_lane(qtbot):
    ops = Ops()
    gate = threading.Event()
    done = []
    ops.query(None, lambda: gate.wait(5), lambda _v: done.append("db"))
    ops.cpu(None, lambda: "cpu", lambda v: (done.append(v), gate.set()))
    settle(qtbot, ops)
    assert done == ["cpu", "db"]


def test_a_write_announces_its_change_before_its_own_callback(qtbot):
    ops = Ops(synchronous=True)
    seen = []
    ops.changed.connect(lambda kind, hid: seen.append(("changed", kind, hid)))
    ops.write(None, lambda: 41, lambda v: seen.append(("done", v)), kind="plan", household_id=7)
    ops.write(None, lambda: 42, None, kind="household", household_id=lambda v: v)
    assert seen == [("changed", "plan", 7), ("done", 41), ("changed", "household", 42)]


def test_a_failed_write_announces_nothing_and_the_error_is_never_lost(qtbot):
    ops = Ops(synchronous=True)
    seen, errors = [], []
    ops.changed.connect(lambda *a: seen.append(a))
    ops.failed.connect(errors.append)

    def boom():
        raise ValueError("kapot")

    ops.write(None, boom, kind="plan", household_id=1)
    assert seen == [] and [str(e) for e in errors] == ["kapot"]


def test_no_late_answer_for_a_closed_screen_or_a_forgotten_session(qtbot):
    ops = Ops()
    gate = threading.Event()
    answers = []
    screen = QWidget()
    ops.query(screen, lambda: gate.wait(5), lambda _v: answers.append("screen"))
    ops.query(None, lambda: 1, lambda _v: answers.append("before forget"))
    screen.deleteLater()
    qtbot.wait(50)  # the screen is gone before its answer arrives
    gate.set()
    settle(qtbot, ops)
    assert answers == ["before forget"]

    gate.clear()
    ops.query(None, lambda: gate.wait(5), lambda _v: answers.append("old session"))
    ops.forget()
    gate.set()
    settle(qtbot, ops)
    assert answers == ["before forget"]


def window_on_lanes(qtbot, demo_db) -> tuple[Ops, MainWindow]:
    """The main window on real lanes (threads), signed in on the database lane, shown."""
    ops = Ops()
    ctx_box = []
    ops.query(None, lambda: sign_in(demo_db, DEMO_USERNAME, DEMO_PASSWORD), ctx_box.append)
    settle(qtbot, ops)
    window = MainWindow(ctx_box[0], ops, db_path=demo_db, idle_msecs=60_000)
    qtbot.addWidget(window)
    window.show()
    return ops, window


def test_later_runs_in_a_later_turn_only_for_a_living_receiver_and_session(qtbot):
    ops = Ops()
    seen = []
    kept, gone = QObject(), QWidget()
    ops.later(kept, lambda: seen.append("kept"))
    ops.later(gone, lambda: seen.append("gone"))
    assert seen == []  # not at once
    shiboken6.delete(gone)  # closed before the next turn
    qtbot.waitUntil(lambda: seen == ["kept"], timeout=5_000)
    ops.later(kept, lambda: seen.append("old session"))
    ops.forget()
    qtbot.wait(50)
    assert seen == ["kept"]
    tests_ops = Ops(synchronous=True)
    tests_ops.later(kept, lambda: seen.append("synchronous: at once"))
    assert seen == ["kept", "synchronous: at once"]


def test_the_window_builds_its_screens_in_two_turns_list_first(qtbot, demo_db, monkeypatch):
    """Real lanes: when the session's settings arrive, the list's first page is asked for at
    once; Mijn werk and the tabs follow in a later turn of the event loop (the window
    paints and answers in between), Mijn werk in front."""
    after_first_turn = []
    first_turn = MainWindow._session_ready

    def recording(self, info):
        first_turn(self, info)
        after_first_turn.append(
            (self.households is not None, self.households.model.loading, self.my_work)
        )

    monkeypatch.setattr(MainWindow, "_session_ready", recording)
    ops, window = window_on_lanes(qtbot, demo_db)
    turns = []
    window.session_ready.connect(lambda: turns.append("second"))
    qtbot.waitUntil(lambda: bool(turns), timeout=10_000)
    assert after_first_turn == [(True, True, None)]  # the list asked first, nothing else built
    assert window.tabs.widget(0) is window.my_work and window.tabs.widget(1) is window.households
    assert window.tabs.currentWidget() is window.my_work
    settle(qtbot, ops)
    assert window.households.model.rowCount() > 0
    window.close()


def test_the_window_does_all_database_work_on_one_lane_thread(qtbot, demo_db, monkeypatch):
    """Real lanes: every unit of work of the window runs on one thread that is not the GUI
    thread (the sign-in's connection is the one the window keeps)."""
    calls: list[tuple[str | None, int]] = []
    original = Vault.session

    def recording(self):
        calls.append((current_lane(), threading.get_ident()))
        return original(self)

    monkeypatch.setattr(Vault, "session", recording)
    ops, window = window_on_lanes(qtbot, demo_db)
    qtbot.waitUntil(lambda: window.households is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.households.model.rowCount() > 0, timeout=10_000)
    window.households.search_edit.setText("Jansen")
    window.households.apply_search()
    settle(qtbot, ops)
    window.close()
    gui = threading.get_ident()
    db_threads = {t for lane, t in calls if lane == "db"}
    assert len(calls) > 5 and len(db_threads) == 1 and gui not in db_threads, repr(calls)
    # Only the daily backup (a long job) may run on the CPU lane; nothing runs outside a lane.
    assert {lane for lane, _ in calls} <= {"db", "cpu"}


def test_first_start_makes_the_demo_and_shows_its_password(qtbot, tmp_path):
    path = tmp_path / "eerste.h4c"
    desktop = Desktop(Ops(synchronous=True), db_path=path, create_demo=True, idle_msecs=60_000)
    desktop.start()
    login = desktop.login
    qtbot.addWidget(login)
    assert path.exists()
    assert DEMO_PASSWORD in login.demo_label.text() and login.demo_label.isVisible()
    login.password_edit.setText(DEMO_PASSWORD)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    window = desktop.window
    qtbot.addWidget(window)
    assert window is not None and window.isVisible()
    assert window.households.model.rowCount() > 0
    assert "demodatabase" in window.user_label.text()
    window.close()


def test_after_signing_out_another_user_signs_in(qtbot, tmp_path):
    path = tmp_path / "eerste.h4c"
    desktop = Desktop(Ops(synchronous=True), db_path=path, create_demo=True, idle_msecs=60_000)
    desktop.start()
    desktop.login.password_edit.setText(DEMO_PASSWORD)
    desktop.login.try_sign_in()
    window = desktop.window
    qtbot.addWidget(window)
    window.lock()
    window.lock_panel.form.sign_out_button.click()
    assert desktop.window is None and desktop.login is not None and desktop.login.isVisible()
    login = desktop.login
    qtbot.addWidget(login)
    login.user_edit.setText("delft-noord.teamleider")
    login.password_edit.setText(DEMO_PASSWORD)
    login.try_sign_in()
    qtbot.addWidget(desktop.window)
    assert desktop.window.ctx.actor.username == "delft-noord.teamleider"
    desktop.window.close()


def test_gui_is_a_cli_command():
    args = build_parser().parse_args(["gui"])
    assert args.command == "gui" and callable(args.func)
