"""Background work and the start-up flow (first start → login → main window)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from h4casus.cli import build_parser
from h4casus.demo.first_run import DEMO_PASSWORD
from h4casus.gui.app import Desktop
from h4casus.gui.ops import Ops


def test_background_job_runs_off_the_gui_thread_and_answers_on_it(qtbot):
    ops = Ops()
    gui = threading.get_ident()
    seen = {}

    def job():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    with qtbot.waitSignal(ops.busy, check_params_cb=lambda busy: busy is False, timeout=5000):
        ops.run(job, done)
    assert seen == {"worker": seen["worker"], "callback": gui, "value": 42}
    assert seen["worker"] != gui


def test_background_error_is_delivered_not_raised(qtbot):
    ops = Ops()
    errors = []

    def boom():
        raise ValueError("kapot")

    with qtbot.waitSignal(ops.busy, check_params_cb=lambda busy: busy is False, timeout=5000):
        ops.run(boom, None, errors.append)
    assert [str(e) for e in errors] == ["kapot"]


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
    assert window.model.rowCount() > 0
    assert "demodatabase" in window.user_label.text()
    window.close()


def test_gui_is_a_cli_command():
    args = build_parser().parse_args(["gui"])
    assert args.command == "gui" and callable(args.func)
