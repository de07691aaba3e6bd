"""Build the one-folder desktop program and try the result: dist/h4casus/h4casus.

    python scripts/build_app.py [--no-install] [--skip-build]

1. installs what the build needs (`pip install -e '.[build]'`: PyInstaller and its hooks),
2. builds with build.spec into dist/h4casus/ (the time and the folder's size are printed),
3. runs the built program, never the checkout: `--version`; `demo` makes a demo database in
   a temporary folder; `verify` checks it; a wrong password is refused with exit 3; and
   `gui --smoke` starts the desktop offscreen, signs in, opens a case file with all its
   sections, shows its Casusoverzicht in the print preview and quits.
Any step that fails stops the script with exit 1 and says which step and what it printed.
.ci/run runs this after the tests.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "h4casus"
PASSWORD = "bouwproef-wachtwoord-7Kq!"


class StepFailed(RuntimeError):
    pass


def run(step: str, cmd: list[str], *, env=None, cwd=None, expect: int = 0, stdin=None) -> str:
    started = time.monotonic()
    done = subprocess.run(
        cmd,
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=900,
    )
    took = time.monotonic() - started
    out = (done.stdout or "") + (done.stderr or "")
    if done.returncode != expect:
        raise StepFailed(
            f"{step}: exitcode {done.returncode}, verwacht {expect}\n$ {' '.join(cmd)}\n{out}"
        )
    print(f"ok  {step} ({took:.1f} s)", flush=True)
    return out


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(install: bool) -> None:
    if install:
        run(
            "installeren (.[build])",
            [sys.executable, "-m", "pip", "install", "-q", "-e", ".[build]"],
            cwd=ROOT,
        )
    started = time.monotonic()
    run(
        "bouwen met PyInstaller",
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
    )
    print(f"    bouwtijd {time.monotonic() - started:.0f} s", flush=True)


def check_contents() -> None:
    """What must be inside (and what must not)."""
    internal = DIST / "_internal"
    must = {
        "formulieren (ui/*.ui)": internal / "h4casus" / "_ui" / "login_dialog.ui",
        "configuratie": internal / "h4casus" / "_resources" / "config" / "leefgebieden.json",
        "lettertypen": internal / "h4casus" / "_resources" / "fonts" / "NotoSans-Regular.ttf",
        "migraties": internal / "h4casus" / "_db" / "env.py",
        "Engelse vertaling (h4casus_en.qm)": internal
        / "h4casus"
        / "_resources"
        / "i18n"
        / "h4casus_en.qm",
    }
    missing = [what for what, path in must.items() if not path.exists()]
    names = {p.name for p in internal.rglob("*")}
    for what, pattern in {
        "Qt-vertalingen (qtbase_nl.qm)": "qtbase_nl.qm",
        "platformplugin offscreen": "libqoffscreen.so",
        "platformplugin xcb": "libqxcb.so",
        "Qt Charts": "libQt6Charts.so.6",
        "Qt Pdf (afdrukvoorbeeld)": "libQt6Pdf.so.6",
    }.items():
        if sys.platform.startswith("linux") and pattern not in names:
            missing.append(what)
    if missing:
        raise StepFailed("in de bouw ontbreekt: " + ", ".join(missing))
    heavy = sorted(n for n in names if any(k in n for k in ("WebEngine", "Qt6Quick", "Qt63D")))
    if heavy:
        raise StepFailed("onnodige zware Qt-modules in de bouw: " + ", ".join(heavy[:10]))
    print(
        "ok  inhoud (formulieren, configuratie, migraties, vertaling, Qt-plugins en -vertalingen)"
    )


def try_program() -> None:
    exe = DIST / ("h4casus.exe" if sys.platform == "win32" else "h4casus")
    if not exe.is_file():
        raise StepFailed(f"{exe} ontbreekt na het bouwen")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "H4CASUS_", "VIRTUAL_ENV"))
    }
    env.update(
        H4CASUS_KDF_SECONDS="0.01",
        H4CASUS_WEAK_KDF_FOR_TESTS="1",
        QT_QPA_PLATFORM="offscreen",
    )
    with tempfile.TemporaryDirectory(prefix="h4bouw-") as tmp:
        env["HOME"] = tmp  # the program's own data folder stays inside the temp folder
        db = str(Path(tmp) / "demo.h4c")
        out = run("--version", [str(exe), "--version"], env=env, cwd=tmp)
        if "h4casus" not in out:
            raise StepFailed(f"--version zegt niet wie het is: {out!r}")
        ok_env = dict(env, H4CASUS_PASSWORD=PASSWORD)
        base = [str(exe), "--db", db, "--user", "beheer"]
        run(
            "demo (database aanmaken en vullen)",
            [*base, "demo", "--households", "40"],
            env=ok_env,
            cwd=tmp,
        )
        out = run("verify", [*base, "verify"], env=ok_env, cwd=tmp)
        run(
            "verkeerd wachtwoord geweigerd",
            [*base, "verify"],
            env=dict(env, H4CASUS_PASSWORD="niet-het-wachtwoord"),
            cwd=tmp,
            expect=3,
        )
        out = run("desktop offscreen (gui --smoke)", [*base, "gui", "--smoke"], env=ok_env, cwd=tmp)
        if "afdrukvoorbeeld van het Casusoverzicht getoond" not in out:
            raise StepFailed(f"gui --smoke kwam niet tot het einde:\n{out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-install", action="store_true", help="PyInstaller is al geïnstalleerd")
    ap.add_argument("--skip-build", action="store_true", help="alleen de bestaande bouw proberen")
    args = ap.parse_args(argv)
    started = time.monotonic()
    try:
        if not args.skip_build:
            build(install=not args.no_install)
        check_contents()
        try_program()
    except (StepFailed, subprocess.TimeoutExpired) as exc:
        print(f"FOUT  {exc}", file=sys.stderr)
        return 1
    size = folder_size(DIST) / 2**20
    print(f"Gebouwd en geprobeerd in {time.monotonic() - started:.0f} s: {DIST} ({size:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
