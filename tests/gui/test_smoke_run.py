"""`h4casus gui --smoke` (what the built program runs in CI) starts the real desktop in its
own process, signs in, opens a case file with every section and quits with 0; a wrong
password ends it with 1 and the login form's message, never a hang."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME
from h4casus.security.store_files import all_store_files


def smoke(db: Path, password: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", H4CASUS_PASSWORD=password)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "h4casus",
            "--db",
            str(db),
            "--user",
            DEMO_USERNAME,
            "gui",
            "--smoke",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def copy_store(source: Path, folder: Path) -> Path:
    for f in all_store_files(source):
        if f.exists():
            shutil.copy2(f, folder / f.name)
    return folder / source.name


def test_smoke_run_signs_in_and_shows_every_section(demo_db, tmp_path):
    db = copy_store(demo_db, tmp_path)
    done = smoke(db, DEMO_PASSWORD)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == [
        "rookproef: aanmeldscherm getoond",
        "rookproef: aangemeld, huishoudens geladen",
        "rookproef: dossier geopend",
        "rookproef: alle onderdelen van het dossier getoond",
        "rookproef: afdrukvoorbeeld van het Casusoverzicht getoond",
    ]


def test_smoke_run_with_a_wrong_password_fails_with_the_forms_message(demo_db, tmp_path):
    db = copy_store(demo_db, tmp_path)
    done = smoke(db, "niet-het-goede-wachtwoord")
    assert done.returncode == 1
    assert "MISLUKT — aanmelden:" in done.stdout
    assert "aangemeld" not in done.stdout
