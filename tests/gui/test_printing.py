"""Printing from the desktop: Ctrl+P in a case file offers the reports the user may print,
the preview shows the pages, "Opslaan als PDF" writes a masked, stamped PDF and logs it, the
CLI's rule refuses unsafe paths, refusals are said in words with no file, the team reports
come from the household list, generation runs on the lanes, and a printer gets the pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QWidget

from h4casus.domain.enums import Role
from h4casus.gui import ops as ops_module
from h4casus.gui.ops import Ops
from h4casus.gui.printing import kinds, print_case_overview, print_team_overview
from h4casus.gui.printing.choice import PrintChoiceDialog
from h4casus.gui.printing.preview import ReportPreview
from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.main.window import MainWindow
from h4casus.reports.case import casusoverzicht
from h4casus.services.admin import accounts
from h4casus.services.admin.audit_views import AuditFilter, list_events
from tests.factories import BSNS, TEAM_A, USER_PASSWORD, context_for
from tests.reports.conftest import SECRET, build_case


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def case(store):
    return build_case(store)


def make_window(qtbot, ops, store, username: str) -> MainWindow:
    win = MainWindow(store.ctx(username), ops, db_path=store.path, idle_msecs=60_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, ops, store, case):
    win = make_window(qtbot, ops, store, "rik")
    yield win
    win.close()


def open_case(win: MainWindow, household_id: int) -> CaseFileScreen:
    win.open_household(household_id)
    screen = win.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen) and screen.casefile is not None
    return screen


def ctrl_p(qtbot, win: MainWindow, screen) -> PrintChoiceDialog:
    if win.tabs.indexOf(screen) >= 0:  # to its tab first (Mijn werk is the start screen)
        win.tabs.setCurrentWidget(screen)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    shown = [d for d in screen.findChildren(PrintChoiceDialog) if d.isVisible()]
    assert len(shown) == 1, "Ctrl+P opens the print dialog"
    dialog = shown[0]
    qtbot.waitUntil(lambda: bool(dialog.choices))
    return dialog


def items(dialog: PrintChoiceDialog) -> list[tuple[str, bool]]:
    lst = dialog.form.report_list
    return [
        (lst.item(i).text(), bool(lst.item(i).flags() & Qt.ItemFlag.ItemIsEnabled))
        for i in range(lst.count())
    ]


def preview_from(qtbot, dialog: PrintChoiceDialog) -> ReportPreview:
    qtbot.keyClick(dialog.form.report_list, Qt.Key.Key_Return)
    preview = dialog.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pdf is not None or preview.error is not None)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    return preview


def test_ctrl_p_on_a_case_file_offers_the_reports_and_the_preview_has_every_page(
    qtbot, window, store, case
):
    screen = open_case(window, case.household_id)
    dialog = ctrl_p(qtbot, window, screen)
    assert items(dialog) == [("Casusoverzicht", True), ("Ons plan", True)]
    # rik holds regie: both options are offered for the Casusoverzicht
    assert not dialog.form.full_bsn_check.isHidden()
    assert not dialog.form.confidential_check.isHidden()
    preview = preview_from(qtbot, dialog)
    assert preview.error is None
    expected = pdf_pages(casusoverzicht(store.ctx("rik"), case.household_id))
    assert expected >= 2
    assert preview.page_count == expected == pdf_pages(preview.pdf)
    assert preview.form.page_label.text() == f"Pagina 1 van {expected}"
    assert preview.form.stack.currentWidget() is preview.form.view_page


def test_opslaan_als_pdf_writes_a_stamped_masked_pdf_and_logs_print_and_export(
    qtbot, window, store, case, tmp_path
):
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    target = tmp_path / "casus.pdf"
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert preview.file_dialog is not None
    preview.file_dialog.selectFile(str(target))
    preview.file_dialog.accept()
    qtbot.waitUntil(lambda: preview.saved_path is not None)
    text = pdf_text(target.read_bytes())
    number = screen.casefile.household.case_number
    assert number in text
    assert "Vertrouwelijk" in text
    assert BSNS[0] not in text and BSNS[1] not in text
    assert BSNS[0][-3:] in text  # masked: the last three digits only
    assert SECRET not in text  # confidential journal not asked for
    assert "niet versleuteld" in preview.message.label.text()
    rows = list_events(store.ctx("tim"), AuditFilter(household_id=case.household_id))
    case_rows = [(r.event, r.action) for r in rows if r.action == "report.case"]
    assert case_rows.count(("print", "report.case")) == 1  # the preview, once
    assert case_rows.count(("export", "report.case")) == 1  # the saved file


def test_full_bsn_and_confidential_only_when_asked_and_allowed(
    qtbot, window, store, case, tmp_path
):
    screen = open_case(window, case.household_id)
    dialog = ctrl_p(qtbot, window, screen)
    dialog.form.full_bsn_check.setChecked(True)
    dialog.form.confidential_check.setChecked(True)
    preview = preview_from(qtbot, dialog)
    assert "volledig BSN" in preview.windowTitle()
    preview.save_to(tmp_path / "vol.pdf")
    qtbot.waitUntil(lambda: preview.saved_path is not None)
    text = pdf_text((tmp_path / "vol.pdf").read_bytes())
    assert BSNS[0] in text and SECRET in text


def test_a_consulent_without_regie_is_not_offered_full_bsn(qtbot, ops, store, case):
    win = make_window(qtbot, ops, store, "carla")
    screen = open_case(win, case.household_id)
    dialog = ctrl_p(qtbot, win, screen)
    assert items(dialog) == [("Casusoverzicht", True), ("Ons plan", True)]
    assert dialog.form.full_bsn_check.isHidden()
    assert dialog.form.confidential_check.isHidden()
    assert dialog.form.options_box.isHidden()
    why = dialog.form.refusal_label.text()
    assert "Niet aangeboden: Carla heeft geen recht om volledige BSN's afdrukken." in why
    assert "vertrouwelijke journaalregels" in why
    qtbot.keyClick(dialog.form.report_list, Qt.Key.Key_Down)  # Ons plan has no options
    assert dialog.form.refusal_label.isHidden()
    win.close()


def test_unsafe_paths_are_refused_in_words_as_on_the_command_line(
    qtbot, window, store, case, tmp_path
):
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    before = store.path.read_bytes()[:4096]
    preview.save_to(store.path)
    assert "database zelf" in preview.message.label.text()
    preview.save_to(tmp_path)
    assert "is een map" in preview.message.label.text()
    preview.save_to(tmp_path / "geen-map" / "x.pdf")
    assert "bestaat niet" in preview.message.label.text()
    assert preview.saved_path is None
    assert store.path.read_bytes()[:4096] == before
    exports = list_events(store.ctx("tim"), AuditFilter(household_id=case.household_id))
    assert not [r for r in exports if r.event == "export"]


@pytest.fixture
def stand_in(store):
    """A plaatsvervanger of team A: reads the team's households, may print none of them."""
    accounts.add_user(store.admin, "pia", Role.PLAATSVERVANGER.value, USER_PASSWORD, team=TEAM_A)
    store.users["pia"] = context_for(store.vault, "pia", store.clock)
    return store.users["pia"]


def test_a_user_without_the_right_gets_the_refusal_in_words_and_no_file(
    qtbot, ops, store, case, stand_in, tmp_path
):
    win = make_window(qtbot, ops, store, "pia")
    screen = open_case(win, case.household_id)
    dialog = ctrl_p(qtbot, win, screen)
    assert items(dialog) == [
        ("Casusoverzicht (niet beschikbaar)", False),
        ("Ons plan (niet beschikbaar)", False),
    ]
    refusal = dialog.form.refusal_label.text()
    assert "geen recht om een casusoverzicht van dit huishouden afdrukken" in refusal
    assert "geen recht om Ons plan van dit huishouden afdrukken" in refusal
    assert not dialog.preview_button.isEnabled()
    qtbot.keyClick(dialog.form.report_list, Qt.Key.Key_Return)
    assert dialog.preview is None
    # Asked directly (e.g. from another screen): the read model refuses, in words.
    preview = print_case_overview(screen, ops, stand_in, case.household_id)
    qtbot.waitUntil(lambda: preview.error is not None)
    assert "geen recht om een casusoverzicht" in preview.form.reason_label.text()
    assert preview.pdf is None and not preview.form.save_button.isEnabled()
    preview.save_to(tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    rows = list_events(store.ctx("tim"), AuditFilter(household_id=case.household_id))
    assert not [r for r in rows if r.event in ("print", "export")]
    assert [r for r in rows if r.event == "denied" and r.action == "report.case"]  # the attempt
    win.close()


def test_generation_runs_on_the_lanes(qtbot, window, case, monkeypatch):
    seen: dict[str, str | None] = {}
    from h4casus.reports import case as case_pdf

    read, render = kinds.case_report, case_pdf.render

    def spy_read(*args, **kwargs):
        seen["read"] = ops_module.current_lane()
        return read(*args, **kwargs)

    def spy_render(data):
        seen["render"] = ops_module.current_lane()
        return render(data)

    monkeypatch.setattr(kinds, "case_report", spy_read)
    monkeypatch.setattr(case_pdf, "render", spy_render)  # imported by the job when it runs
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    assert preview.pdf is not None
    assert seen == {"read": "db", "render": "cpu"}
    # (the autouse guard of tests/gui/conftest.py fails any GUI-thread service call)


def test_printing_to_a_pdf_printer_produces_every_page(qtbot, window, case, tmp_path):
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    with qtbot.waitSignal(preview.printed) as sent:
        preview.print_to(printer)
    assert sent.args == [preview.page_count]
    assert pdf_pages(out.read_bytes()) == preview.page_count


def test_preview_keyboard_zoom_pages_and_escape(qtbot, window, case):
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    view = preview.view
    assert view.hasFocus()  # the pages have the focus: the keys work at once
    assert preview.form.fit_width_button.isChecked()  # opens fitted to the page width
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert preview.form.fit_page_button.isChecked()
    assert not preview.form.fit_width_button.isChecked()
    whole = preview.effective_zoom()
    assert preview.form.zoom_label.text() == f"{round(whole * 100)} %"
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    bigger = preview.view.zoomFactor()
    assert bigger > whole and not preview.form.fit_page_button.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert preview.view.zoomFactor() > bigger
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert preview.view.zoomFactor() == pytest.approx(bigger)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert preview.current_page == 1
    assert preview.form.page_label.text().startswith("Pagina 2 van")
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert preview.current_page == 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert preview.current_page == preview.page_count - 1
    with qtbot.waitSignal(preview.finished):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_the_household_list_prints_the_team_reports_of_a_teamleider(qtbot, ops, store, case):
    win = make_window(qtbot, ops, store, "tim")
    dialog = ctrl_p(qtbot, win, win.households)
    assert items(dialog) == [
        (f"Teamoverzicht — {TEAM_A}", True),
        (f"18-/18+ overzicht — {TEAM_A}", True),
    ]
    preview = preview_from(qtbot, dialog)
    assert preview.error is None and preview.page_count >= 1
    assert TEAM_A in pdf_text(preview.pdf)
    win.close()


def test_a_regisseur_is_refused_the_team_overview_in_words(qtbot, window, store, case):
    dialog = ctrl_p(qtbot, window, window.households)
    assert all(not enabled for _text, enabled in items(dialog))
    assert "geen recht om een teamoverzicht van dit team afdrukken" in (
        dialog.form.refusal_label.text()
    )
    team_id = store.ctx("tim").actor.team_ids() or set()
    preview = print_team_overview(window, window.ops, store.ctx("rik"), next(iter(team_id)))
    qtbot.waitUntil(lambda: preview.error is not None)
    assert "geen recht om een teamoverzicht" in preview.form.reason_label.text()


def test_the_preview_file_name_holds_no_unsafe_characters(qtbot, window, case):
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    path = preview.suggested_path()
    assert path.suffix == ".pdf" and path.name.startswith("Casusoverzicht ")
    assert Path(path.name).name == path.name


def test_with_real_lanes_the_preview_shows_progress_and_the_window_stays_responsive(
    qtbot, store, case
):
    lanes = Ops()
    host = QWidget()
    qtbot.addWidget(host)
    preview = print_case_overview(host, lanes, store.ctx("rik"), case.household_id)
    f = preview.form
    assert f.stack.currentWidget() is f.busy_page  # returned at once, still being made
    assert f.progress_bar.maximum() == 0 and "wordt gemaakt" in f.busy_label.text()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=20_000)
    timer.stop()
    assert ticks, "the event loop kept running while the report was made"
    assert f.stack.currentWidget() is f.view_page and preview.page_count >= 2
    lanes.wait()


def test_ctrl_p_in_the_preview_opens_the_print_dialog_and_prints_there(
    qtbot, window, case, tmp_path
):
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = preview.print_dialog
    assert dialog is not None and dialog.isVisible()
    # No printer here: Qt's dialog offers "print to file"; type the file name as a user would.
    name = dialog.findChild(QLineEdit, "filename")
    assert name is not None and name.isVisible()
    out = tmp_path / "via-dialoog.pdf"
    name.clear()
    qtbot.keyClicks(name, str(out))
    with qtbot.waitSignal(preview.printed):
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert pdf_pages(out.read_bytes()) == preview.page_count
    assert "naar de printer gestuurd" in preview.message.label.text()


def test_a_printer_that_cannot_start_is_said_in_words(qtbot, window, case, tmp_path):
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path))  # a folder: the printer cannot start
    preview.print_to(printer)
    text = preview.message.label.text()
    assert text == "Afdrukken is mislukt: De printer kon niet worden gestart."
    assert preview.form.print_button.isEnabled()


def test_locking_closes_the_preview_with_the_session(qtbot, window, case):
    screen = open_case(window, case.household_id)
    preview = preview_from(qtbot, ctrl_p(qtbot, window, screen))
    assert preview.pdf is not None
    window.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview))  # no page of it outlives the lock
    assert not window.action_print.isEnabled()


def test_the_team_in_view_narrows_the_team_reports(qtbot, ops, demo_db, demo_ctx):
    """The demo user leads every team: one 18-/18+ overzicht of all of them; with a team
    chosen in the filter row, the reports of that team only."""
    win = MainWindow(demo_ctx, ops, db_path=demo_db, idle_msecs=60_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    dialog = ctrl_p(qtbot, win, win.households)
    texts = [t for t, enabled in items(dialog) if enabled]
    teams = [t.split(" — ", 1)[1] for t in texts if t.startswith("Teamoverzicht — ")]
    assert len(teams) > 1
    assert texts[-1] == f"18-/18+ overzicht — al uw teams ({len(teams)})"
    dialog.reject()
    combo = win.households.form.team_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first team after "Alle teams"
    chosen = combo.currentText()
    dialog = ctrl_p(qtbot, win, win.households)
    assert items(dialog) == [
        (f"Teamoverzicht — {chosen}", True),
        (f"18-/18+ overzicht — {chosen}", True),
    ]
    qtbot.keyClick(dialog.form.report_list, Qt.Key.Key_Down)
    preview = preview_from(qtbot, dialog)
    assert chosen in pdf_text(preview.pdf) and preview.page_count >= 1
    win.close()


def test_mijn_werk_prints_the_team_reports_of_a_teamleider(qtbot, ops, store, case):
    """Ctrl+P on the start screen offers the team's overviews, as on the household list."""
    win = make_window(qtbot, ops, store, "tim")
    dialog = ctrl_p(qtbot, win, win.my_work)
    assert items(dialog) == [
        (f"Teamoverzicht — {TEAM_A}", True),
        (f"18-/18+ overzicht — {TEAM_A}", True),
    ]
    win.close()
