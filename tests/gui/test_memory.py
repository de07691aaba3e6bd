"""The desktop's memory rules (gui/memory.py, storage/schema_version.py, the page cache in
storage/engine.py), in a fresh process as the program starts: what it never loads in a
working session, and the source lines PySide6 reads at import let go."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME

SCRIPT = textwrap.dedent(
    r"""
    import json, linecache, sys, time
    from pathlib import Path
    from h4casus.gui.app import create_app
    from h4casus.gui.memory import freeze_startup_objects
    from h4casus.gui.ops import Ops
    from h4casus.gui.screens.main.window import MainWindow
    from h4casus.services.store.session import sign_in_desktop

    db, user, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = create_app(["test"])
    read_at_import = len(linecache.cache)
    freeze_startup_objects()
    kept = len(linecache.cache)
    ops = Ops(app)
    box = []
    ops.query(None, lambda: sign_in_desktop(db, user, password), box.append)

    def settle():
        end = time.monotonic() + 20
        while (ops.running or not box) and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)

    settle()
    win = MainWindow(box[0], ops, db_path=db, idle_msecs=3_600_000)
    win.show()
    settle()
    win.open_household(win.households.model.row_at(0).id)
    settle()
    opened = win.tabs.currentWidget().casefile is not None
    loaded = sorted(m for m in ("alembic", "mako", "zxcvbn", "reportlab") if m in sys.modules)
    win.close()
    settle()
    print(json.dumps({"read": read_at_import, "kept": kept, "opened": opened, "loaded": loaded}))
    """
)


def run_desktop(db) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db), DEMO_USERNAME, DEMO_PASSWORD],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_working_session_never_loads_alembic_zxcvbn_or_reportlab_and_drops_source_lines(
    demo_db,
):
    """Signing in to an up-to-date store and opening a case file need neither Alembic (only
    to create or migrate a store), zxcvbn (only to set a password) nor reportlab (only to
    print): together some 40 MB. The source of every module PySide6 saw imported (read
    by its `__feature__` check) is let go at start-up."""
    found = run_desktop(demo_db)
    assert found["opened"], "the case file opened"
    assert found["loaded"] == []
    assert found["read"] > 300, "PySide6 read the sources of the modules imported after it"
    assert found["kept"] == 0
