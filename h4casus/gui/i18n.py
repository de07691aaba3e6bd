"""The desktop's language: Qt's own texts and h4casus's translation, installed on the app.

Rules:
- The source text is Dutch (`self.tr("...")` everywhere in h4casus/gui and in ui/*.ui). Other
  languages are Qt Linguist files `resources/i18n/h4casus_<lang>.ts`, kept in the repository
  and updated with `scripts/update_translations.py` (see docs/translation.md).
- The compiled `.qm` is never committed. It is used from `resources/i18n/` when a build put
  it there (`build_qm`, called by the PyInstaller build; in a frozen program always, else
  when it is newer than its `.ts`), otherwise it is compiled with Qt's `lrelease` (shipped in
  the PySide6 wheel) into the user's cache folder when missing or older than the `.ts`.
- Qt's own dialogs and buttons ("Look in:", "Cancel") follow the same language through
  Qt's `qtbase_<lang>` translation from `QLibraryInfo.TranslationsPath`; the default locale
  is the language in the Netherlands (nl_NL, en_NL): month names follow the language, dates
  and numbers keep the Dutch formats.
- Nothing here may stop the program: a missing translation or `lrelease` leaves the desktop
  in Dutch, with a warning in the log.
- Installing a language replaces the translators of the previous one; Qt then sends every
  widget a LanguageChange event (forms loaded by `gui/forms.py` retranslate themselves;
  dialogs that set texts in code listen for it, like the login dialog).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from h4casus.config import APP_NAME, resources_dir
from h4casus.preferences import LANGUAGES, SOURCE_LANGUAGE

log = logging.getLogger(__name__)

CATALOGUE = "h4casus"
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def i18n_dir() -> Path:
    """Where the .ts files (and, in a build, the .qm files) are."""
    return resources_dir() / "i18n"


def ts_path(language: str) -> Path:
    return i18n_dir() / f"{CATALOGUE}_{language}.ts"


def qm_name(language: str) -> str:
    return f"{CATALOGUE}_{language}.qm"


def cache_dir() -> Path:
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "i18n"


def translated_languages() -> list[str]:
    """The languages besides Dutch with a translation in resources/i18n."""
    return [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE and ts_path(lang).is_file()]


# ---------------------------------------------------------------------- compiling


def find_tool(name: str) -> list[str] | None:
    """The command that runs Qt's `name` (lrelease, lupdate): the binary in the PySide6
    wheel first, then `pyside6-<name>` beside this Python or on PATH, then Qt's own or a
    system one."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates: list[Path] = []
    try:
        import PySide6

        pyside = Path(PySide6.__file__).resolve().parent
        candidates += [pyside / f"{name}{exe}", pyside / "Qt" / "libexec" / f"{name}{exe}"]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    for where in (
        QLibraryInfo.LibraryPath.LibraryExecutablesPath,
        QLibraryInfo.LibraryPath.BinariesPath,
    ):
        candidates.append(Path(QLibraryInfo.path(where)) / f"{name}{exe}")
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return [str(path)]
    beside = Path(sys.executable).parent / f"pyside6-{name}{exe}"
    if beside.is_file():
        return [str(beside)]
    for command in (f"pyside6-{name}", f"{name}-qt6", name):
        found = shutil.which(command)
        if found:
            return [found]
    return None


def find_lrelease() -> list[str] | None:
    return find_tool("lrelease")


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm` (atomically: a reader never sees half a file). Raises
    `RuntimeError` when lrelease is missing or fails."""
    command = find_lrelease()
    if command is None:
        raise RuntimeError("lrelease (Qt Linguist) niet gevonden")
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{qm.stem}-", suffix=".qm", dir=qm.parent)
    os.close(fd)
    try:
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", tmp],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0 or Path(tmp).stat().st_size == 0:
            raise RuntimeError(f"lrelease faalde voor {ts.name}: {result.stderr.strip()}")
        os.replace(tmp, qm)
    finally:
        Path(tmp).unlink(missing_ok=True)


def build_qm(target_dir: Path) -> list[Path]:
    """Compile every translation in resources/i18n into `target_dir` (for a build, which
    ships them as `h4casus/_resources/i18n/`). Returns the .qm files; raises when one
    cannot be compiled (a build must not ship without its translation)."""
    made = []
    for language in translated_languages():
        qm = Path(target_dir) / qm_name(language)
        compile_ts(ts_path(language), qm)
        made.append(qm)
    return made


def _fresh(qm: Path, ts: Path) -> bool:
    if not qm.is_file():
        return False
    return not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime


def app_qm(language: str) -> Path | None:
    """The compiled translation of h4casus for `language`, compiled when needed; None when
    there is none (Dutch, or no translation could be made)."""
    if language == SOURCE_LANGUAGE:
        return None
    ts = ts_path(language)
    shipped, cached = i18n_dir() / qm_name(language), cache_dir() / qm_name(language)
    if getattr(sys, "frozen", False) and shipped.is_file():
        return shipped  # a built program: its .qm was made from its .ts by the build
    for qm in (shipped, cached):
        if _fresh(qm, ts):
            return qm
    if ts.is_file():
        try:
            compile_ts(ts, cached)
            return cached
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            log.warning("vertaling %s niet gecompileerd: %s", ts.name, exc)
    for qm in (shipped, cached):  # an older one is better than none
        if qm.is_file():
            log.warning("verouderde vertaling %s gebruikt", qm)
            return qm
    log.warning("geen vertaling voor taal %r; de desktop blijft Nederlands", language)
    return None


# ---------------------------------------------------------------------- installing


def current_language() -> str:
    return _language


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators installed here (the source text, Dutch, shows again)."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = SOURCE_LANGUAGE


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators of `language` on `app` (replacing those of the previous
    language). Returns the language now in effect: Dutch when the translation is missing."""
    global _language
    uninstall(app)
    if language not in LANGUAGES:
        log.warning("onbekende taal %r; Nederlands gebruikt", language)
        language = SOURCE_LANGUAGE
    effective = SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        qm = app_qm(language)
        translator = QTranslator(app)
        if qm is not None and qm.parent == cache_dir() and not translator.load(str(qm)):
            qm.unlink(missing_ok=True)  # a damaged cached copy: compile it once more
            qm = app_qm(language)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            effective = language
        elif qm is not None:
            log.warning("vertaling %s niet te laden; de desktop blijft Nederlands", qm)
    # Qt's own texts (file dialog, standard buttons) in the same language; English is Qt's
    # source language and needs none.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if effective != "en" and qtbase.load(QLocale(effective), "qtbase", "_", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    # Month and day names (calendar pop-ups) in the same language; dates and numbers keep
    # the Dutch formats (dd-mm-jjjj, decimal comma) through the Netherlands as the region.
    QLocale.setDefault(QLocale(QLocale(effective).language(), QLocale.Country.Netherlands))
    _language = effective
    return effective
