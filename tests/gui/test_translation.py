"""The desktop in English: the translation is complete and current, every screen and section
(found, not listed: every SECTIONS entry and the dialogs of its shortcuts; Mijn werk with
every worklist, the approval and break-glass dialogs, the break-glass banner) shows no Dutch
source text untranslated, the sign-in dialog switches language at once, the main window's
menu stores the choice for the next sign-in, and a missing lrelease leaves the desktop in
Dutch without failing."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from h4casus import preferences
from h4casus.gui import i18n
from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.casefile.sections import SECTIONS
from h4casus.gui.screens.login.dialog import LoginDialog
from h4casus.gui.screens.main.window import MainWindow
from h4casus.services.access import breakglass
from tests.factories import TEAM_B, register
from tests.gui.plan_helpers import main_window
from tests.gui.translation_walk import (
    PLACEHOLDER,
    DutchDetector,
    configured_names,
    messages,
    untranslated,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english():
    """The desktop in English for one test (the conftest puts Dutch back)."""
    assert i18n.install(QApplication.instance(), "en") == "en"
    return DutchDetector(messages(), configured_names())


# ---------------------------------------------------------------------- the .ts itself


def test_every_text_has_a_finished_translation():
    msgs = messages()
    assert len(msgs) > 500
    todo = [f"[{m.context}] {m.source!r}" for m in msgs if m.kind or not m.translation.strip()]
    assert not todo, "translate in resources/i18n/h4casus_en.ts:\n" + "\n".join(todo)


def test_translations_keep_placeholders_markup_and_mnemonics():
    bad = []
    for m in messages():
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation)):
            bad.append(f"placeholders differ: {m.source!r} -> {m.translation!r}")
        tags = re.compile(r"</?[a-z]+>")
        if sorted(tags.findall(m.source)) != sorted(tags.findall(m.translation)):
            bad.append(f"markup differs: {m.source!r} -> {m.translation!r}")
        mnemonic = re.compile(r"&(?!&|amp;)\S")
        if bool(mnemonic.search(m.source)) != bool(mnemonic.search(m.translation)):
            bad.append(f"mnemonic differs: {m.source!r} -> {m.translation!r}")
        if m.source.endswith("…") != m.translation.endswith("…"):
            bad.append(f"ellipsis differs: {m.source!r} -> {m.translation!r}")
    assert not bad, "\n".join(bad)


def test_the_translation_file_is_up_to_date_with_the_source():
    """Running lupdate into a copy finds the same texts (and the generated word list is
    current): run scripts/update_translations.py when this fails."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_compiled_translation_is_not_committed():
    tracked = subprocess.run(
        ["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    assert tracked.strip() == ""


def test_every_context_is_one_the_program_translates_in():
    """lupdate names a context after the class of `self.tr`; `section.tr(...)`, `tr = self.tr`
    or a module-level `_tr` give contexts ("section", "") that nothing asks for at run time, so
    the text stays Dutch. Use self.tr in the class, or QCoreApplication.translate("Ctx", ...)."""
    bad = sorted(
        {
            f"[{m.context}] {m.source!r}"
            for m in messages()
            if m.context not in ("labels", "errors")
            and not re.fullmatch(r"_?[A-Z][A-Za-z0-9]*", m.context)
        }
    )
    assert not bad, "\n".join(bad)


# access keys that may repeat in one form because their widgets are never on screen together
# (form, key): the plan's "New review" and "New decision" are on different tab pages
# and the role dialog shows one of its two "Rol" rows (granting or taking away)
SEPARATE_PAGES = {("section_plan.ui", "n"), ("admin_role_dialog.ui", "r")}


def test_access_keys_are_unique_within_each_form_in_both_languages():
    by_context = {(m.context, m.source): m.translation for m in messages()}
    bad = []
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        root = ET.parse(ui).getroot()
        form = root.findtext("class") or ""
        texts = [
            s.text
            for s in root.iter("string")
            if s.text and "&" in s.text and s.get("notr") != "true"
        ]
        for language in ("nl", "en"):
            keys: dict[str, list[str]] = {}
            for text in texts:
                shown = text if language == "nl" else by_context.get((form, text), text)
                key = re.search(r"&(?!&)(\w)", shown)
                if key:
                    keys.setdefault(key.group(1).lower(), []).append(shown)
            bad += [
                f"{ui.name} ({language}): &{key} in {shown}"
                for key, shown in keys.items()
                if len(shown) > 1 and (ui.name, key) not in SEPARATE_PAGES
            ]
    assert not bad, "\n".join(bad)


# ---------------------------------------------------------------------- every string wrapped

# calls that put a text on screen -> the positions of their text arguments
TEXT_ARGS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        (
            "setPlaceholderText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setTitle",
            "setWindowTitle",
            "setPrefix",
            "setSuffix",
            "setSpecialValueText",
            "setLabelText",
            "addItem",
            "addItems",
            "addMenu",
            "addAction",
            "showMessage",
            "show_message",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "setHeaderLabels",
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QAction",
            "QMenu",
            "QListWidgetItem",
            "QTableWidgetItem",
        ),
        (0,),
    ),
    **dict.fromkeys(
        ("setText", "setToolTip", "setStatusTip", "setTabText", "setTabToolTip", "addTab"),
        (-1,),
    ),
    **dict.fromkeys(("insertTab", "insertItem", "setItemText"), (-1,)),
    **dict.fromkeys(("critical", "warning", "information", "question", "about"), (1, 2)),
    **dict.fromkeys(("getOpenFileName", "getSaveFileName", "getExistingDirectory"), (1, 3)),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0,),
}
NOT_WORDS = {"h4casus"}
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")


def _literal_words(node: ast.AST) -> list[str]:
    """String literals with letters directly in an argument (not inside a call such as
    self.tr(...), which is where they belong); markup does not count."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = MARKUP.sub("", node.value)
        return [text] if any(c.isalpha() for c in text) and text not in NOT_WORDS else []
    if isinstance(node, ast.JoinedStr):
        return [w for v in node.values for w in _literal_words(v)]
    if isinstance(node, ast.BinOp | ast.IfExp):
        return [w for child in ast.iter_child_nodes(node) for w in _literal_words(child)]
    if isinstance(node, ast.List | ast.Tuple):
        return [w for e in node.elts for w in _literal_words(e)]
    return []


def test_every_text_set_in_desktop_code_goes_through_tr():
    """A literal text handed straight to a widget is never translated: wrap it in
    self.tr(...) (or QCoreApplication.translate, or gui/widgets/words.word)."""
    bad = []
    for path in sorted((ROOT / "h4casus" / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            for index in TEXT_ARGS.get(name, ()):
                if -len(node.args) <= index < len(node.args):
                    for word in _literal_words(node.args[index]):
                        bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: {word!r}")
    assert not bad, "\n".join(bad)


def test_every_section_title_and_domain_word_is_in_the_translation():
    from h4casus.gui.widgets.label_words import WORDS

    labels = {m.source for m in messages() if m.context == "labels"}
    assert {cls.title for cls in SECTIONS} <= labels
    assert set(WORDS) <= labels


# ---------------------------------------------------------------------- the screens in English


WALKED: list[str] = []  # titles of the dialogs walked (the test checks it saw them)


def _walk_modal(action, detector: DutchDetector) -> list[str]:
    """Run `action` (which opens a dialog, with open() or blocking in exec()), collect the
    dialog's untranslated texts, close it."""
    found: list[str] = []
    seen: list[QWidget] = []

    def walk(widget: QWidget | None) -> None:
        if widget is None or widget in seen or not widget.isVisible():
            return
        seen.append(widget)
        WALKED.append(widget.windowTitle())
        found.extend(untranslated(widget, detector))
        widget.reject() if isinstance(widget, QDialog) else widget.close()

    before = set(QApplication.topLevelWidgets())  # (other tests may leave windows behind)

    def blocking() -> None:  # a dialog in exec() is only reachable from the event loop
        widget = QApplication.activeModalWidget()
        if widget not in before:
            walk(widget)

    QTimer.singleShot(200, blocking)
    result = action()
    QApplication.processEvents()
    walk(result if isinstance(result, QDialog) else None)
    for widget in QApplication.topLevelWidgets():  # opened with open() or show()
        if widget not in before and isinstance(widget, QDialog) and widget.isVisible():
            walk(widget)
    return found


def _rich_household(ctx) -> int:
    """An open household with the most of everything (members, goals, measurements)."""
    from h4casus.services.queries.casefile import open_casefile
    from h4casus.services.queries.search import list_page

    rows = [r for r in list_page(ctx, "name", limit=200).rows if r.status in ("actief", "nazorg")]
    best, score = rows[0].id, -1
    for r in rows[:40]:
        cf = open_casefile(ctx, r.id)
        s = len(cf.members) + len(cf.plan.goals if cf.plan else ()) + len(cf.measurements)
        s += len(cf.evaluations) + len(cf.plan_versions)
        if s > score:
            best, score = r.id, s
    return best


def test_the_sign_in_dialog_shows_no_dutch_in_english(qtbot, ops, demo_db, english):
    dialog = LoginDialog(ops, db_path=demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_label.isVisible()
    assert untranslated(dialog, english) == []
    assert dialog.windowTitle() == "h4casus — sign in"


def test_the_detector_finds_dutch_on_a_dutch_screen(qtbot, ops, demo_db):
    dialog = LoginDialog(ops, db_path=demo_db)
    qtbot.addWidget(dialog)
    found = untranslated(dialog, DutchDetector(messages()))
    assert any("Gebruikersnaam" in line for line in found)
    assert any("Demodatabase" in line for line in found)


def test_every_screen_section_and_dialog_shows_no_dutch_in_english(
    qtbot, ops, demo_db, demo_ctx, english
):
    window = MainWindow(demo_ctx, ops, db_path=demo_db, idle_msecs=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.households is not None)
    found: list[str] = []
    WALKED.clear()
    admin = getattr(window, "admin_menu", None)  # the beheerder's screens open as tabs
    for action in admin.actions.values() if admin is not None else ():
        if action.isVisible() and action.isEnabled():
            action.trigger()
            QApplication.processEvents()
    for i in range(window.tabs.count()):  # every tab of the window (Mijn werk, the list, …)
        window.tabs.setCurrentIndex(i)
        found += untranslated(window, english)
    work = window.my_work  # every worklist of Mijn werk, a request to approve, break-glass
    window.tabs.setCurrentWidget(work)
    for key in [w.key for w in work.work.lists]:
        work.select_list(key)
        found += untranslated(window, english)
    work.select_list("approvals")
    work.tree.setCurrentItem(work.tree.topLevelItem(0))
    found += _walk_modal(work.open_current, english)
    found += _walk_modal(window.request_breakglass, english)
    window.tabs.setCurrentWidget(window.households)
    found += _walk_modal(window.register_household, english)

    window.open_household(_rich_household(demo_ctx))
    screen = window.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen)
    qtbot.waitUntil(lambda: screen.casefile is not None)
    for row, cls in enumerate(SECTIONS):
        screen.show_section_at(row)
        section = screen.section(cls.key)
        for tab in section.findChildren(type(window.tabs)):  # every page of a section
            for page in range(tab.count()):
                tab.setCurrentIndex(page)
                found += untranslated(section, english)
        found += untranslated(screen, english)
        for method in cls.shortcuts.values():
            found += [
                f"{cls.key}.{method}: {line}"
                for line in _walk_modal(getattr(section, method), english)
            ]
    window.lock()
    found += untranslated(window, english)
    window.close()
    assert {"Register a new household", "New goal", "Review request"} <= set(WALKED)
    assert "Request break-glass access" in WALKED and len(WALKED) >= 4 + len(SECTIONS)
    assert found == [], "untranslated on an English screen:\n" + "\n".join(sorted(set(found)))


def test_the_break_glass_banner_and_a_teamleiders_lists_show_no_dutch_in_english(
    qtbot, ops, store, english
):
    other = register(store.ctx("rob"), team=TEAM_B)
    breakglass.request_access(store.ctx("tim"), other.id, "melding in de nacht, regisseur weg")
    window = main_window(qtbot, ops, store, "tim")
    assert window.breakglass_banner.isVisible() and "left (until" in window.breakglass_banner.text
    found = []
    for key in [w.key for w in window.my_work.work.lists]:
        window.my_work.select_list(key)
        found += untranslated(window, english)
    assert found == [], "untranslated on an English screen:\n" + "\n".join(sorted(set(found)))


# ---------------------------------------------------------------------- choosing the language


def test_choosing_english_on_the_sign_in_dialog_switches_it_at_once(qtbot, ops, demo_db):
    dialog = LoginDialog(ops, db_path=demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.text() == "&Aanmelden"
    combo = dialog.language_combo
    assert combo.accessibleName() == "Taal / Language"
    combo.setFocus()
    qtbot.keyClicks(combo, "English")  # chooses by typing, as a keyboard user does
    qtbot.waitUntil(lambda: dialog.ok_button.text() == "&Sign in")
    assert combo.currentData() == "en"
    assert dialog.windowTitle() == "h4casus — sign in"
    assert dialog.cancel_button.text() == "Quit"
    assert "Demo database" in dialog.demo_label.text()
    assert dialog.form.root.findChild(QWidget, "userLabel").text() == "&Username:"
    assert preferences.load().language == "en"
    assert i18n.current_language() == "en"

    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: dialog.ok_button.text() == "&Aanmelden")
    assert dialog.cancel_button.text() == "Afsluiten"
    assert preferences.load().language == "nl"


def test_a_new_sign_in_dialog_opens_in_the_language_in_force(qtbot, ops, demo_db, english):
    dialog = LoginDialog(ops, db_path=demo_db)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "en"
    assert dialog.ok_button.text() == "&Sign in"


def test_the_main_window_menu_stores_the_language_for_the_next_sign_in(
    qtbot, ops, demo_db, demo_ctx
):
    window = MainWindow(demo_ctx, ops, db_path=demo_db, idle_msecs=3_600_000)
    qtbot.addWidget(window)
    window.show()
    menu = window.language_menu
    assert menu.actions_by_language["nl"].isChecked()
    menu.actions_by_language["en"].trigger()
    assert preferences.load().language == "en"
    assert menu.actions_by_language["en"].isChecked()
    assert "volgende aanmelding" in window.statusBar().currentMessage()
    assert i18n.current_language() == "nl"  # the open window stays as it is
    assert window.menuBar().actions()[0].text() == "&Bestand"
    window.close()


def test_signing_out_shows_the_next_sign_in_in_the_chosen_language(qtbot, ops, demo_db):
    from h4casus.gui.app import Desktop

    preferences.update(language="en")
    desktop = Desktop(ops, db_path=demo_db)
    desktop.start()
    try:
        assert desktop.login is not None
        qtbot.addWidget(desktop.login)
        assert i18n.current_language() == "en"
        assert desktop.login.ok_button.text() == "&Sign in"
    finally:
        if desktop.login is not None:
            desktop.login.rejected.disconnect()
            desktop.login.close()


# ---------------------------------------------------------------------- compiling


def test_build_qm_makes_a_loadable_translation(tmp_path):
    made = i18n.build_qm(tmp_path)
    assert [p.name for p in made] == ["h4casus_en.qm"]
    translator = QTranslator()
    assert translator.load(str(made[0]))
    assert translator.translate("labels", "Actief") == "Active"


def test_without_lrelease_the_desktop_stays_dutch_and_says_why_in_the_log(
    qapp, tmp_path, monkeypatch, caplog
):
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "empty-cache")
    monkeypatch.setattr(i18n, "find_tool", lambda _name: None)
    assert i18n.install(QApplication.instance(), "en") == "nl"
    assert i18n.current_language() == "nl"
    assert "lrelease" in caplog.text


def test_a_stale_compiled_translation_is_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path)
    stale = tmp_path / "h4casus_en.qm"
    stale.write_bytes(b"old")
    os.utime(stale, (1, 1))
    assert i18n.app_qm("en") == stale
    assert stale.stat().st_size > 1000 and stale.stat().st_mtime > 1


def test_qt_own_texts_follow_the_language(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    i18n.install(QApplication.instance(), "nl")
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: cancel.text() == "Annuleren")
    i18n.install(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: cancel.text() == "Cancel")


def test_a_built_program_uses_the_translation_it_ships(qapp, tmp_path, monkeypatch):
    shipped = tmp_path / "i18n"
    i18n.build_qm(shipped)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: shipped)  # no .ts beside it, as in a build
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(i18n, "find_tool", lambda _name: None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert i18n.app_qm("en") == shipped / "h4casus_en.qm"
    assert i18n.install(QApplication.instance(), "en") == "en"
    assert QApplication.translate("labels", "Actief") == "Active"


def test_the_locale_follows_the_language_with_dutch_formats(qapp):
    from PySide6.QtCore import QDate, QLocale

    i18n.install(qapp, "en")
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().monthName(3) == "March"
    assert QLocale().decimalPoint() == ","
    i18n.install(qapp, "nl")
    assert QLocale().monthName(3) == "maart"
    assert QLocale().toString(QDate(2026, 3, 1), "dd-MM-yyyy") == "01-03-2026"


def test_a_damaged_cached_translation_is_compiled_again(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path)
    damaged = tmp_path / "h4casus_en.qm"
    damaged.write_bytes(b"not a qm file")  # newer than the .ts, so it looks current
    assert i18n.install(qapp, "en") == "en"
    assert damaged.stat().st_size > 1000
