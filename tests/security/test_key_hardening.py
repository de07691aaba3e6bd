"""Issue 10 through the CLI and the services: restore guards (item 5), output paths (6),
demo (7), what SECURITY.md says (8, 14), busy is not corruption (9), the recovery key (12),
password change with re-key (14), tampered slot files (15), lockout without enumeration and
one guess at a time (16), names, ids and KDF settings (17), no display (18), the demo helper
and the README (19), the access log of refusals, failed sign-ins and break-glass (20)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from h4casus.demo import generator as demo
from h4casus.demo import producer
from h4casus.domain.errors import AuthenticationError, PermissionDenied
from h4casus.security.keyslots import SlotFile, slot_path_for, user_slot_id
from h4casus.security.lockout import KeyGuard
from h4casus.services.access import breakglass
from h4casus.services.store.rekeying import db_opens_with
from h4casus.services.store.session import login
from h4casus.services.store.vault import open_store
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD, register

ROOT = Path(__file__).resolve().parents[2]
NEW = "groene-specht-klopt-hard"
REASON = "Veilig Thuis belt: acuut zorgen over de kinderen, regisseur onbereikbaar"


def run(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("H4CASUS_")}
    full.update(
        {
            "H4CASUS_KDF_SECONDS": "0.005",
            "H4CASUS_WEAK_KDF_FOR_TESTS": "1",
            "PYTHONPATH": str(ROOT),
            **env,
        }
    )
    r = subprocess.run(
        [sys.executable, "-m", "h4casus", *args],
        env=full,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "Traceback" not in r.stderr, r.stderr
    return r


def inproc(monkeypatch, capsys, db: Path, *args: str, user: str = ADMIN, pw: str = ADMIN_PASSWORD):
    """The CLI in this process (no start-up cost): (exit code, stdout, stderr)."""
    from tests.privacy.helpers import cli

    monkeypatch.setenv("H4CASUS_PASSWORD", pw)
    code = cli(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def as_user(db: Path, user: str, pw: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    return run("--db", str(db), "--user", user, *args, H4CASUS_PASSWORD=pw, **env)


def admin(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return as_user(db, ADMIN, ADMIN_PASSWORD, *args, **env)


def audit_rows(path: Path, **where) -> list[m.AuditEvent]:
    vault = open_store(path, ADMIN, ADMIN_PASSWORD)
    try:
        with vault.session() as s:
            q = select(m.AuditEvent).order_by(m.AuditEvent.id)
            for k, v in where.items():
                q = q.where(getattr(m.AuditEvent, k) == v)
            return list(s.scalars(q))
    finally:
        vault.close()


# ---------------------------------------------------------------------------- item 5


def _own_store(folder: Path, user: str, pw: str) -> tuple[Path, Path, str]:
    """Someone's own new store with a backup of it: (db, backup file, recovery key)."""
    from h4casus.services.store.backup import create_backup
    from h4casus.services.store.vault import init_store

    db = folder / "eigen" / "eigen.h4c"
    result = init_store(db, user, pw)
    try:
        file = folder / "eigen.h4cbak"
        create_backup(login(result.vault, user), file)
    finally:
        result.vault.close()
    return db, file, result.recovery_key


def test_a_regisseur_cannot_restore_their_own_store_over_the_live_one(
    store, tmp_path, monkeypatch, capsys
):
    store.close()
    _db, file, _ = _own_store(tmp_path, "rik", USER_PASSWORD)
    slots = slot_path_for(store.path).read_bytes()
    code, _, err = inproc(monkeypatch, capsys, store.path, "restore", str(file), "--other-store",
                          user="rik", pw=USER_PASSWORD)  # fmt: skip
    assert code == 3 and "beheerder" in err
    assert slot_path_for(store.path).read_bytes() == slots
    assert [(e.username, e.action) for e in audit_rows(store.path, event="denied")] == [
        ("rik", "backup.restore")
    ]


def test_another_stores_backup_needs_the_flag_and_the_live_beheerder(
    store, tmp_path, monkeypatch, capsys
):
    store.close()
    _db, file, _ = _own_store(tmp_path, ADMIN, ADMIN_PASSWORD)
    code, _, err = inproc(monkeypatch, capsys, store.path, "restore", str(file))
    assert code == 4 and "--other-store" in err
    open_store(store.path, "rik", USER_PASSWORD).close()  # still the live store
    code, _, err = inproc(monkeypatch, capsys, store.path, "restore", str(file), "--other-store")
    assert code == 0, err
    with pytest.raises(AuthenticationError):
        open_store(store.path, "rik", USER_PASSWORD)


def test_restore_with_a_recovery_key_needs_the_live_stores_key(
    store, tmp_path, monkeypatch, capsys
):
    store.close()
    _db, file, other_recovery = _own_store(tmp_path, ADMIN, ADMIN_PASSWORD)
    restore = ["--recovery", "restore", str(file), "--other-store"]
    code, _, _ = inproc(monkeypatch, capsys, store.path, *restore, pw=other_recovery)
    assert code == 3
    open_store(store.path, "rik", USER_PASSWORD).close()


# ---------------------------------------------------------------------------- item 6


@pytest.mark.parametrize("where", ["keys", "db", "wal", "anchor", "symlink", "device", "folder"])
def test_output_paths_never_hit_the_store_or_special_files(
    store, tmp_path, where, monkeypatch, capsys
):
    store.close()
    target = {
        "keys": slot_path_for(store.path),
        "db": store.path,
        "wal": Path(str(store.path) + "-wal"),
        "anchor": Path(str(store.path) + ".anchor"),
        "symlink": tmp_path / "link.h4cbak",
        "device": Path("/dev/null"),
        "folder": tmp_path,
    }[where]
    if where == "symlink":
        target.symlink_to(slot_path_for(store.path))
    keys_before = slot_path_for(store.path).read_bytes()
    inode = store.path.stat().st_ino
    for command in (
        ["backup", "-o", str(target)],
        ["audit", "export", "-o", str(target)],
        ["export", "person", "1", "-o", str(target)],
    ):
        code, _, err = inproc(monkeypatch, capsys, store.path, *command)
        assert code == 4, (command, err)
        assert "-o" in err or "uitvoer" in err
    assert slot_path_for(store.path).read_bytes() == keys_before
    assert store.path.stat().st_ino == inode  # never replaced
    open_store(store.path, "rik", USER_PASSWORD).close()


def test_output_onto_another_stores_files_is_refused(store, tmp_path, monkeypatch, capsys):
    store.close()
    other, _file, _ = _own_store(tmp_path, ADMIN, ADMIN_PASSWORD)
    code, _, err = inproc(monkeypatch, capsys, store.path, "backup", "-o", str(other))
    assert code == 4 and "h4casus-database" in err


# ---------------------------------------------------------------------------- item 7


def test_demo_refuses_a_store_with_real_data(store, monkeypatch, capsys):
    store.close()
    code, _, err = inproc(monkeypatch, capsys, store.path, "demo", "--households", "1")
    assert code == 4 and "gegevens" in err
    slots = SlotFile.load(slot_path_for(store.path))
    assert not any(k.startswith("user:delft") for k in slots.slots)


def test_demo_fills_an_empty_store_and_may_fill_its_own_again(tmp_path, monkeypatch, capsys):
    db = tmp_path / "leeg.h4c"
    assert inproc(monkeypatch, capsys, db, "init", "--admin", ADMIN)[0] == 0
    assert inproc(monkeypatch, capsys, db, "demo", "--households", "3")[0] == 0
    assert inproc(monkeypatch, capsys, db, "demo", "--households", "2", "--seed", "2")[0] == 0


KILLED_DEMO = """
import os, sys
from pathlib import Path
from h4casus.demo import generator as demo
from h4casus.demo import rows
from h4casus.services.store.session import login
from h4casus.services.store.vault import init_store
rows.Generator.add_slots = lambda self: os._exit(9)  # killed right after the commit
result = init_store(Path(sys.argv[1]), "beheer", sys.argv[2])
demo.generate(login(result.vault, "beheer"), 5, seed=1)
"""


def test_demo_killed_before_its_slots_leaves_no_slot_with_the_public_password(tmp_path):
    db = tmp_path / "demo.h4c"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", KILLED_DEMO, str(db), ADMIN_PASSWORD], env=env,
                       capture_output=True, text=True, timeout=120)  # fmt: skip
    assert r.returncode == 9, r.stderr
    slots = SlotFile.load(slot_path_for(db))
    assert set(slots.slots) == {"user:beheer", "recovery"}
    for slot_id in slots.slots:
        with pytest.raises(AuthenticationError):
            slots.unwrap(slot_id, demo.DEMO_PASSWORD)


def test_the_demo_helper_process_gets_no_password(monkeypatch):
    monkeypatch.setenv("H4CASUS_PASSWORD", "geheim-wachtwoord-123")
    monkeypatch.setenv("H4CASUS_NEW_PASSWORD", "ander-geheim-456")
    helper = producer.Producer.start()
    try:
        environ = Path(f"/proc/{helper.process.pid}/environ").read_bytes()
    finally:
        helper.finished = False
        helper.close()
    assert b"geheim" not in environ and b"H4CASUS_PASSWORD" not in environ


# ---------------------------------------------------------------------------- item 9

HOLD_WRITE = """
import sys, time
from pathlib import Path
from h4casus.services.store.vault import open_store
vault = open_store(Path(sys.argv[1]), "beheer", sys.argv[2])
with vault.engine.connect() as conn:
    raw = conn.connection.dbapi_connection
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("UPDATE settings SET value = value WHERE key = 'settings'")
    print("holding", flush=True)
    time.sleep(float(sys.argv[3]))
    raw.execute("COMMIT")
vault.close()
"""


@pytest.fixture
def writer_holding(store):
    """Another process that holds the write lock for a while (as a long import does)."""
    store.close()
    procs = []

    def start(seconds: float) -> subprocess.Popen:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD_WRITE, str(store.path), ADMIN_PASSWORD, str(seconds)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "holding"
        procs.append(proc)
        return proc

    yield store, start
    for proc in procs:
        proc.wait(timeout=60)


def test_a_busy_store_is_in_use_never_damaged(writer_holding):
    store, start = writer_holding
    start(6)
    r = admin(store.path, "list", "households", "--json", H4CASUS_BUSY_TIMEOUT="1")
    assert r.returncode == 75, r.stderr
    assert "in gebruik" in r.stderr and "beschadigd" not in r.stderr


def test_a_read_waits_for_a_short_write_and_then_succeeds(writer_holding):
    store, start = writer_holding
    start(2)
    began = time.monotonic()
    r = admin(store.path, "list", "households", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []
    assert time.monotonic() - began < 30


READER = """
import sys, time
from pathlib import Path
from sqlalchemy import select, func
from h4casus.services.store.session import login
from h4casus.services.store.vault import open_store
from h4casus.storage import models as m
vault = open_store(Path(sys.argv[1]), "beheer", sys.argv[2])
ctx = login(vault, "beheer")
with ctx.read_session() as s:
    s.scalar(select(func.count()).select_from(m.Household))
    print("reading", flush=True)
    time.sleep(4)
vault.close()
"""


def test_a_long_read_does_not_hold_the_write_lock(store):
    store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reader = subprocess.Popen([sys.executable, "-c", READER, str(store.path), ADMIN_PASSWORD],
                              env=env, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert reader.stdout.readline().strip() == "reading"
        began = time.monotonic()
        vault = open_store(store.path, "rik", USER_PASSWORD)
        try:
            register(login(vault, "rik"))
        finally:
            vault.close()
        assert time.monotonic() - began < 2.5
    finally:
        reader.wait(timeout=60)


def test_memory_error_outside_the_database_is_not_reported_as_damage(store, monkeypatch, capsys):
    from h4casus.services.queries import listing
    from tests.privacy.helpers import cli

    store.close()

    def no_memory(*_a, **_k):
        raise MemoryError

    monkeypatch.setattr(listing, "iter_households", no_memory)
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    code = cli(["--db", str(store.path), "--user", ADMIN, "list", "households", "--json"])
    err = capsys.readouterr().err
    assert code == 1 and "geheugen" in err and "beschadigd" not in err


def test_an_import_file_has_a_size_limit(store, tmp_path):
    store.close()
    big = tmp_path / "groot.csv"
    with big.open("wb") as fh:
        fh.truncate(51 * 1024 * 1024)  # sparse: the size counts, not the content
    r = admin(store.path, "import", "households", str(big))
    assert r.returncode == 4 and "te groot" in r.stderr


# ---------------------------------------------------------------------------- item 12


@pytest.mark.parametrize(
    "command", [["list", "households"], ["export", "person", "1", "-o", "x.json"]]
)
def test_the_recovery_key_only_recovers(store, command, monkeypatch, capsys):
    store.close()
    code, _, err = inproc(
        monkeypatch, capsys, store.path, "--recovery", *command, user="tim", pw=store.recovery_key
    )
    assert code == 3 and "herstelsleutel" in err


# ---------------------------------------------------------------------------- item 14


def test_password_change_with_rekey_leaves_an_old_slot_file_useless(store, tmp_path):
    store.close()
    old = tmp_path / "oud.keys"
    shutil.copy2(slot_path_for(store.path), old)
    r = run("--db", str(store.path), "--user", "rik", "--password-stdin", "user", "passwd",
            "--rekey", stdin=f"{USER_PASSWORD}\n{NEW}\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    old_key = SlotFile.load(old).unwrap(user_slot_id("rik"), USER_PASSWORD)
    assert not db_opens_with(store.path, old_key)
    open_store(store.path, "rik", NEW).close()
    open_store(store.path, "tim", USER_PASSWORD).close()


def test_security_md_says_what_an_old_key_file_or_backup_still_opens():
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    assert "passwd --rekey" in text
    assert "What an old slot file or backup still opens" in text


# ---------------------------------------------------------------------------- item 15


@pytest.mark.parametrize(
    "field,value", [("memory_kib", 2**30), ("iterations", 10**9), ("lanes", 0), ("salt", "")]
)
def test_absurd_kdf_parameters_are_tampering_not_a_failed_sign_in(store, field, value):
    store.close()
    path = slot_path_for(store.path)
    doc = json.loads(path.read_text())
    slot = next(s for s in doc["slots"] if s["id"] == "user:rik")
    slot["kdf"][field] = value
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = SlotFile._checksum(body)  # as an attacker would recompute it
    path.write_text(json.dumps(doc))
    began = time.monotonic()
    r = as_user(store.path, "rik", USER_PASSWORD, "list", "households")
    assert r.returncode == 5 and "gewijzigd" in r.stderr
    assert time.monotonic() - began < 20
    with KeyGuard(store.path) as guard:
        assert guard.failures("rik") == 0


# ---------------------------------------------------------------------------- item 16


def test_lockout_shows_for_unknown_names_too(store):
    store.close()
    messages = []
    for _ in range(4):
        with pytest.raises(AuthenticationError) as exc:
            open_store(store.path, "niemand", "fout-fout-fout-123")
        messages.append(str(exc.value))
    assert messages[:3] == ["gebruikersnaam of wachtwoord onjuist"] * 3
    assert "te veel mislukte pogingen voor niemand" in messages[3]


GUESS = """
import sys, time
from pathlib import Path
from h4casus.domain.errors import AuthenticationError
from h4casus.services.store.vault import open_store
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
try:
    open_store(Path(sys.argv[1]), "tim", "fout-wachtwoord-raden-1").close()
except AuthenticationError as exc:
    print("locked" if "te veel" in str(exc) else "wrong")
"""


def test_parallel_guesses_are_counted_one_by_one(store, tmp_path):
    store.close()
    go = tmp_path / "GO"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", GUESS, str(store.path), str(go)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for _ in range(6)
    ]
    time.sleep(1.5)  # all imported and waiting
    go.touch()
    seen = [p.communicate(timeout=120)[0].strip() for p in procs]
    # One guess at a time: every evaluated guess is counted (none lost), and once three have
    # failed the delay refuses the others unevaluated (on an idle machine: exactly 3 and 3).
    with KeyGuard(store.path) as guard:
        assert guard.failures("tim") == seen.count("wrong")
    assert 3 <= seen.count("wrong") < 6 and seen.count("locked") == 6 - seen.count("wrong")


# ---------------------------------------------------------------------------- item 17


@pytest.mark.parametrize("bad", ["a\u2028b", "a\u2029b", "a\ue000b", "a\ufffeb", "a\u0378b"])
def test_names_refuse_separators_private_use_and_unassigned(store, bad, monkeypatch, capsys):
    store.close()
    monkeypatch.setenv("H4CASUS_NEW_PASSWORD", NEW)
    add = ["user", "add", "nieuw", "--role", "consulent"]
    code, _, err = inproc(monkeypatch, capsys, store.path, *add, "--display-name", bad)
    assert code == 4 and "volledige naam" in err
    code, _, err = inproc(monkeypatch, capsys, store.path, *add, "--team", bad)
    assert code == 4 and "team" in err


@pytest.mark.parametrize(
    "args",
    [
        ["breakglass", str(2**70), "--reason", REASON],
        ["audit", "list", "--household", str(2**70)],
        ["export", "person", str(2**70), "-o", "x.json"],
    ],
)
def test_huge_numbers_are_a_clear_usage_error(store, args, monkeypatch, capsys):
    store.close()
    code, _, err = inproc(monkeypatch, capsys, store.path, *args)
    assert code == 2 and "1180591620717411303424" in err


@pytest.mark.parametrize("value", ["nan", "inf", "snel", "-1", "0.1"])
def test_bad_kdf_seconds_are_refused_before_anything_is_written(tmp_path, value):
    db = tmp_path / "n.h4c"
    r = run("--db", str(db), "init", "--admin", ADMIN, H4CASUS_PASSWORD=ADMIN_PASSWORD,
            H4CASUS_KDF_SECONDS=value, H4CASUS_WEAK_KDF_FOR_TESTS="0")  # fmt: skip
    assert r.returncode == 4 and "H4CASUS_KDF_SECONDS" in r.stderr
    assert not db.exists() and not slot_path_for(db).exists()


def test_weak_test_parameters_are_visible(tmp_path):
    db = tmp_path / "z.h4c"
    r = run("--db", str(db), "init", "--admin", ADMIN, H4CASUS_PASSWORD=ADMIN_PASSWORD)
    assert r.returncode == 0 and "zwakke testparameters" in r.stderr
    r = admin(db, "verify")
    assert r.returncode == 0 and "zwakke testparameters" in r.stdout


# ---------------------------------------------------------------------------- item 18


def test_no_display_is_said_clearly_and_nothing_aborts(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env.update(PYTHONPATH=str(ROOT), H4CASUS_DB=str(tmp_path / "x.h4c"), HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "h4casus"], env=env, capture_output=True,
                       text=True, timeout=60)  # fmt: skip
    assert r.returncode == 1 and "geen beeldscherm" in r.stderr
    assert "Traceback" not in r.stderr


# ---------------------------------------------------------------------------- item 19


def test_readme_shows_the_password_prompt_or_stdin_not_a_password_in_shell_history():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("## Command line") :]
    block = block[block.index("```sh") : block.index("```", block.index("```sh") + 5)]
    assert "--password-stdin" in block or "vraagt" in block
    assert "export H4CASUS_PASSWORD=" not in text


# ---------------------------------------------------------------------------- item 20


def test_failed_sign_ins_reach_the_log_at_the_next_sign_in_once(store):
    store.close()
    for user in ("tim", "tim", "niemand"):
        with pytest.raises(AuthenticationError):
            open_store(store.path, user, "fout-wachtwoord-999")
    slots_text = Path(str(store.path) + ".lockout").read_text()
    assert "niemand" not in slots_text and "tim" not in slots_text  # sealed, names hashed
    for _ in range(2):
        vault = open_store(store.path, "rik", USER_PASSWORD)
        login(vault, "rik")
        vault.close()
    rows = audit_rows(store.path, action="session.login_failed")
    assert [(r.username, r.event, r.ground) for r in rows] == [
        ("tim", "denied", "geweigerd"),
        ("tim", "denied", "geweigerd"),
        ("niemand", "denied", "geweigerd"),
    ]
    assert all(r.workstation and "wachtwoord" in r.detail for r in rows)


def test_break_glass_has_a_daily_volume_limit(store):
    tess = store.ctx("tess")  # teamleider of team B; these are team A's households
    targets = [register(store.ctx("rik"), house_number=i + 1) for i in range(4)]
    for hh in targets[:3]:
        breakglass.request_access(tess, hh.id, REASON)
    with pytest.raises(PermissionDenied, match="breakglass_max_per_day"):
        breakglass.request_access(tess, targets[3].id, REASON)
    with store.vault.session() as s:
        denied = s.scalars(select(m.AuditEvent).where(m.AuditEvent.event == "denied")).all()
    assert [(d.username, d.action, d.household_id) for d in denied] == [
        ("tess", "breakglass.request", targets[3].id)
    ]


def test_the_break_glass_limit_is_a_setting(store):
    from h4casus.services.admin.configuration import update_settings

    update_settings(store.ctx(ADMIN), {"breakglass_max_per_day": 1})
    tess = store.ctx("tess")
    first, second = (register(store.ctx("rik"), house_number=i + 1) for i in range(2))
    breakglass.request_access(tess, first.id, REASON)
    with pytest.raises(PermissionDenied, match="grens: 1"):
        breakglass.request_access(tess, second.id, REASON)
