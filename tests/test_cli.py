"""The CLI contract: commands, password sources, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import ADMIN_PASSWORD, USER_PASSWORD


def run(*args: str, env: dict | None = None, stdin: str | None = None, cwd: Path | None = None):
    full_env = {
        **os.environ,
        "H4CASUS_KDF_SECONDS": "0.005",
        "H4CASUS_WEAK_KDF_FOR_TESTS": "1",
        **(env or {}),
    }
    full_env.pop(
        "H4CASUS_PASSWORD", None
    ) if env is not None and "H4CASUS_PASSWORD" not in env else None
    result = subprocess.run(
        [sys.executable, "-m", "h4casus", *args],
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "wijkteam.h4c"
    r = run("--db", str(db), "init", "--admin", "beheer", env={"H4CASUS_PASSWORD": ADMIN_PASSWORD})
    assert r.returncode == 0, r.stderr
    assert "HERSTELSLEUTEL" in r.stdout
    return db


def as_admin(db: Path, *args: str, **kw):
    return run(
        "--db",
        str(db),
        "--user",
        "beheer",
        *args,
        env={"H4CASUS_PASSWORD": ADMIN_PASSWORD, **kw.pop("env", {})},
        **kw,
    )


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("h4casus ")


def test_usage_error_is_exit_2():
    assert run("bestaat-niet").returncode == 2


def test_init_refuses_existing_database(cli_db):
    r = run("--db", str(cli_db), "init", "--admin", "x", env={"H4CASUS_PASSWORD": ADMIN_PASSWORD})
    assert r.returncode == 4 and "bestaat al" in r.stderr


def test_init_refuses_weak_password(tmp_path):
    r = run(
        "--db",
        str(tmp_path / "n.h4c"),
        "init",
        "--admin",
        "beheer",
        env={"H4CASUS_PASSWORD": "welkom123"},
    )
    assert r.returncode == 4 and "wachtwoord" in r.stderr
    assert not (tmp_path / "n.h4c").exists()


def test_password_from_stdin_and_new_password_on_second_line(cli_db):
    r = run(
        "--db",
        str(cli_db),
        "--user",
        "beheer",
        "--password-stdin",
        "user",
        "add",
        "anna",
        "--role",
        "regisseur",
        "--team",
        "Wijkteam Delft-Noord",
        env={},
        stdin=f"{ADMIN_PASSWORD}\n{USER_PASSWORD}\n",
    )
    assert r.returncode == 0, r.stderr
    r = run(
        "--db",
        str(cli_db),
        "--user",
        "anna",
        "list",
        "households",
        "--json",
        env={"H4CASUS_PASSWORD": USER_PASSWORD},
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []


def test_wrong_password_is_exit_3_with_clear_message(cli_db):
    r = run(
        "--db",
        str(cli_db),
        "--user",
        "beheer",
        "verify",
        env={"H4CASUS_PASSWORD": "helemaal-niet-goed-1"},
    )
    assert r.returncode == 3
    assert "wachtwoord onjuist" in r.stderr


def test_user_add_requires_beheerder(cli_db):
    r = as_admin(
        cli_db,
        "user",
        "add",
        "tl",
        "--role",
        "teamleider",
        "--team",
        "Wijkteam Rijswijk",
        env={"H4CASUS_NEW_PASSWORD": USER_PASSWORD},
    )
    assert r.returncode == 0, r.stderr
    r = run(
        "--db",
        str(cli_db),
        "--user",
        "tl",
        "user",
        "add",
        "x",
        "--role",
        "consulent",
        env={"H4CASUS_PASSWORD": USER_PASSWORD, "H4CASUS_NEW_PASSWORD": USER_PASSWORD},
    )
    assert r.returncode == 3 and "geen recht" in r.stderr


def test_verify_ok(cli_db):
    r = as_admin(cli_db, "verify")
    assert r.returncode == 0, r.stderr
    assert "keten in orde" in r.stdout


def test_verify_on_damaged_database_is_exit_5(cli_db, tmp_path):
    from tests.factories import copy_store

    db = copy_store(cli_db, tmp_path, "kopie.h4c")
    raw = bytearray(db.read_bytes())
    for offset in (100, 5000, len(raw) - 300):
        raw[offset] ^= 0xFF
    db.write_bytes(bytes(raw))
    r = as_admin(db, "verify")
    assert r.returncode == 5, (r.returncode, r.stdout, r.stderr)
    assert "beschadigd" in r.stderr or "FOUT" in r.stderr


def test_missing_database_is_exit_5(tmp_path):
    r = as_admin(tmp_path / "nergens.h4c", "verify")
    assert r.returncode == 5 and "bestaat niet" in r.stderr
