"""The smoke run of the desktop (`h4casus --db X --user U gui --smoke`): start the real
application, sign in on the login dialog, wait for the household list, open the first
household's case file, show every section, show its Casusoverzicht in the print preview,
close the window and quit.

Rules:
- It drives the same widgets a user does (the login form's fields and its Aanmelden button,
  the list's first row, the section list) through the real lanes; nothing is skipped.
- Each step it reaches is printed on one line; it ends with exit code 0 only when the last
  step was reached, otherwise with 1 naming the step it waited for (a timeout, a login
  error on the form, a failed load). The built program runs this in CI
  (scripts/build_app.py), so a missing Qt plugin, form or data folder fails there.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from h4casus.gui.printing import print_case_overview
from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.households.model import ID_ROLE


class SmokeRun(QObject):
    """Polls the desktop every 50 ms and takes the next step when the screen is there."""

    def __init__(self, desktop, username: str, password: str, timeout_s: float = 90.0) -> None:
        super().__init__()
        self.desktop = desktop
        self.username, self.password = username, password
        self.deadline = time.monotonic() + timeout_s
        self.exit_code: int | None = None
        self.steps: list[tuple[str, Callable[[], bool]]] = [
            ("aanmeldscherm getoond", self._sign_in),
            ("aangemeld, huishoudens geladen", self._open_first),
            ("dossier geopend", self._visit_sections),
            ("alle onderdelen van het dossier getoond", self._preview),
            ("afdrukvoorbeeld van het Casusoverzicht getoond", self._close),
        ]
        self._casefile_loaded = False
        self._household_id: int | None = None
        self._preview_pages: int | None = None
        self._preview_started = False
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def _say(self, text: str) -> None:
        print(f"rookproef: {text}", flush=True)

    def _fail(self, why: str) -> None:
        self._say(f"MISLUKT — {why}")
        self._finish(1)

    def _finish(self, code: int) -> None:
        self._timer.stop()
        self.exit_code = code
        QApplication.instance().exit(code)

    def _tick(self) -> None:
        if not self.steps:
            return
        name, step = self.steps[0]
        login = self.desktop.login
        if login is not None and login.error_label.isVisible() and login.error_label.text():
            self._fail(f"aanmelden: {login.error_label.text()}")
            return
        if time.monotonic() > self.deadline:
            self._fail(f"niet op tijd: wachtte op '{name}'")
            return
        if step():
            self.steps.pop(0)
            self._say(name)
            if not self.steps:
                self._finish(0)

    # ------------------------------------------------------------------ steps

    def _sign_in(self) -> bool:
        login = self.desktop.login
        if login is None or not login.isVisible():
            return False
        if QLocale().language() == QLocale.Language.Dutch:
            look_in = QCoreApplication.translate("QFileDialog", "Look in:")
            if look_in == "Look in:":
                self._fail(
                    "Qt's eigen teksten zijn niet in het Nederlands (qtbase_nl.qm ontbreekt)"
                )
                return False
        login.user_edit.setText(self.username)
        login.password_edit.setText(self.password)
        login.ok_button.click()
        return True

    def _open_first(self) -> bool:
        window = self.desktop.window
        if window is None or window.households is None:
            return False
        model = window.households.model
        if model.rowCount() == 0:
            return False
        household_id = model.index(0, 0).data(ID_ROLE)
        if household_id is None:
            return False
        self._household_id = int(household_id)
        window.open_household(self._household_id)
        screen = window.tabs.currentWidget()
        if not isinstance(screen, CaseFileScreen):
            self._fail("het dossier opende niet in een tabblad")
            return False
        if screen.casefile is not None:
            self._casefile_loaded = True
        screen.loaded.connect(self._loaded)
        return True

    def _loaded(self) -> None:
        self._casefile_loaded = True

    def _visit_sections(self) -> bool:
        if not self._casefile_loaded:
            return False
        screen = self.desktop.window.tabs.currentWidget()
        for row in range(screen.form.section_list.count()):
            screen.show_section_at(row)
            QApplication.processEvents()
        return True

    def _preview(self) -> bool:
        """The Casusoverzicht in the print preview: reportlab, the fonts and Qt Pdf."""
        if not self._preview_started:
            self._preview_started = True
            window = self.desktop.window
            preview = print_case_overview(window, window.ops, window.ctx, self._household_id)
            preview.ready.connect(lambda: self._previewed(preview))
            preview.failed.connect(lambda why: self._fail(f"afdrukvoorbeeld: {why}"))
        return self._preview_pages is not None

    def _previewed(self, preview) -> None:
        self._preview_pages = preview.page_count
        if not self._preview_pages:
            self._fail("het afdrukvoorbeeld heeft geen pagina's")
        preview.close()

    def _close(self) -> bool:
        window = self.desktop.window
        window.close()
        return True
