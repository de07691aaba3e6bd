"""The security commands through the real CLI (subprocess): backup/restore, rekey,
user passwd/remove, audit export, verify after tampering (exit 5, first broken row named)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import ADMIN_PASSWORD, USER_PASSWORD

NEW = "blauwe-reiger-vist-stil"


def run(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("H4CASUS_")}
    full.update({"H4CASUS_KDF_SECONDS": "0.005", "H4CASUS_WEAK_KDF_FOR_TESTS": "1", **env})
    r = subprocess.run(
        [sys.executable, "-m", "h4casus", *args],
        env=full,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in r.stderr, r.stderr
    return r


def admin(db: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    return run("--db", str(db), "--user", "beheer", *args, H4CASUS_PASSWORD=ADMIN_PASSWORD, **kw)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("sec") / "w.h4c"
    r = run("--db", str(path), "init", "--admin", "beheer", H4CASUS_PASSWORD=ADMIN_PASSWORD)
    assert r.returncode == 0, r.stderr
    recovery = r.stdout.split("HERSTELSLEUTEL")[1].splitlines()[1].strip()
    for name in ("karel", "sanne"):
        r = admin(db_path := path, "user", "add", name, "--role", "regisseur",
                  "--team", "Noord", H4CASUS_NEW_PASSWORD=USER_PASSWORD)  # fmt: skip
        assert r.returncode == 0, r.stderr
    return db_path, recovery


def test_backup_and_restore_elsewhere_with_another_account(db, tmp_path):
    path, _ = db
    out = tmp_path / "b.h4cbak"
    assert admin(path, "backup", "-o", str(out)).returncode == 0
    check = run("--db", str(tmp_path / "x.h4c"), "--user", "karel", "restore", str(out),
                "--check-only", H4CASUS_PASSWORD=USER_PASSWORD)  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert not (tmp_path / "x.h4c").exists()
    target = tmp_path / "elders" / "h.h4c"
    r = admin(target.parent / "h.h4c", "restore", str(out))
    assert r.returncode == 0, r.stderr
    assert admin(target, "verify").returncode == 0
    out.write_bytes(out.read_bytes()[:-10] + b"0123456789")
    r = admin(tmp_path / "y.h4c", "restore", str(out))
    assert r.returncode == 5 and "beschadigd" in r.stderr


def test_password_change_and_recovery(db):
    path, recovery = db
    r = run("--db", str(path), "--user", "sanne", "--password-stdin", "user", "passwd",
            stdin=f"{USER_PASSWORD}\n{NEW}\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    old = run("--db", str(path), "--user", "sanne", "verify", H4CASUS_PASSWORD=USER_PASSWORD)
    assert old.returncode == 3
    r = run("--db", str(path), "--user", "sanne", "--recovery", "user", "passwd",
            H4CASUS_PASSWORD=recovery, H4CASUS_NEW_PASSWORD=USER_PASSWORD)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert run("--db", str(path), "--user", "sanne", "audit", "list",
               H4CASUS_PASSWORD=USER_PASSWORD).returncode == 3  # fmt: skip


def test_user_remove_and_rekey(db, tmp_path):
    path, _ = db
    r = admin(path, "user", "remove", "karel")
    assert r.returncode == 0, r.stderr
    gone = run("--db", str(path), "--user", "karel", "verify", H4CASUS_PASSWORD=USER_PASSWORD)
    assert gone.returncode == 3
    assert admin(path, "rekey").returncode == 0
    r = admin(path, "verify")
    assert r.returncode == 0, r.stderr
    out = tmp_path / "log.csv"
    r = admin(path, "audit", "export", "-o", str(out), "--event", "admin")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert {"user.remove", "keys.rekey"} <= {row["actie"] for row in rows}


def test_verify_names_the_first_broken_row_and_exits_5(db):
    """Runs last in this module: it tampers with the module's database."""
    from h4casus.services.store.vault import open_store

    path, _ = db
    vault = open_store(path, "beheer", ADMIN_PASSWORD)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET username = 'x' WHERE id = 3")
    vault.close()
    r = admin(path, "verify")
    assert r.returncode == 5
    assert "keten verbroken bij rij 3" in r.stderr
