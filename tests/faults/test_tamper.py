"""A flipped byte anywhere in the database file or the slot file: exit 5 with a clear
message via the CLI, never wrong data, never a traceback."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from h4casus.security.keyslots import slot_path_for
from h4casus.services.casework import journal
from h4casus.services.core.clock import FixedClock
from tests.factories import ADMIN, ADMIN_PASSWORD, Store, copy_store, register
from tests.privacy.helpers import cli

PAGE = 4096


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A closed store with some households (several pages), and its `list` output."""
    from datetime import datetime

    folder = tmp_path_factory.mktemp("pristine")
    st = Store.create(folder / "wijkteam.h4c", FixedClock(datetime(2026, 3, 15, 10, 30)))
    for i in range(12):
        hh = register(st.ctx("rik"), house_number=i + 1)
        journal.add_entry(st.ctx("rik"), hh.id, "notitie", f"gesprek {i} " + "x" * 800)
    st.close()
    assert (
        not Path(str(st.path) + "-wal").exists() or Path(str(st.path) + "-wal").stat().st_size == 0
    )
    return st.path


def _copy(src: Path, dst_dir: Path) -> Path:
    return copy_store(src, dst_dir)


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _run(db: Path, *command: str, capsys) -> tuple[int, str, str]:
    code = cli(["--db", str(db), "--user", ADMIN, *command])
    out, err = capsys.readouterr()
    return code, out, err


def _db_offsets(size: int) -> list[int]:
    pages = size // PAGE
    rng = random.Random(13)
    fixed = [0, 1, 15, 16, 17, 20, 21, 24, 100, 1000, PAGE - 1]  # salt, header, first page
    fixed += [PAGE, PAGE + 7, 2 * PAGE + 2000, 3 * PAGE - 1]  # first pages
    mid = (pages // 2) * PAGE
    fixed += [mid, mid + 1, mid + PAGE // 2, mid + PAGE - 33]  # middle (incl. IV / HMAC area)
    fixed += [size - PAGE, size - PAGE + 5, size - 40, size - 1]  # last page
    fixed += [rng.randrange(size) for _ in range(16)]
    return sorted({o for o in fixed if 0 <= o < size})


def test_flipped_byte_in_database_gives_exit_5(pristine, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    (tmp_path / "clean").mkdir()
    clean = _copy(pristine, tmp_path / "clean")
    code, good_list, _ = _run(clean, "list", "households", "--json", capsys=capsys)
    assert code == 0 and len(json.loads(good_list)) == 12
    size = pristine.stat().st_size
    assert size % PAGE == 0 and size // PAGE >= 6
    for n, offset in enumerate(_db_offsets(size)):
        case = tmp_path / f"c{n}"
        case.mkdir()
        db = _copy(pristine, case)
        _flip(db, offset)
        code, out, err = _run(db, "verify", capsys=capsys)
        assert code == 5, f"offset {offset}: exit {code}\n{out}\n{err}"
        assert "Traceback" not in err and err.strip(), offset
        assert any(w in err for w in ("beschadigd", "FOUT", "gewijzigd")), err
        # Any other command: refused with exit 5, or the correct data — never wrong data.
        code, out, err = _run(db, "list", "households", "--json", capsys=capsys)
        assert "Traceback" not in err
        assert code == 5 or (code == 0 and out == good_list), f"offset {offset}: exit {code}"


def test_flipped_byte_in_slot_file_gives_exit_5(pristine, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    size = slot_path_for(pristine).stat().st_size
    rng = random.Random(3)
    offsets = sorted(
        {0, 1, 2, size // 3, size // 2, size - 2, size - 1}
        | {rng.randrange(size) for _ in range(25)}
    )
    for n, offset in enumerate(offsets):
        case = tmp_path / f"s{n}"
        case.mkdir()
        db = _copy(pristine, case)
        _flip(slot_path_for(db), offset)
        code, out, err = _run(db, "verify", capsys=capsys)
        assert code == 5, f"offset {offset}: exit {code}\n{err}"
        assert "sleutelbestand" in err and "Traceback" not in err


def test_real_process_reports_damage_without_traceback(pristine, tmp_path):
    """The same through a real `python -m h4casus` process (what a user runs): one clear
    line, no traceback and no SQLCipher log noise."""
    db = _copy(pristine, tmp_path)
    _flip(db, pristine.stat().st_size // 2)
    env = {
        "H4CASUS_PASSWORD": ADMIN_PASSWORD,
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "H4CASUS_KDF_SECONDS": os.environ.get("H4CASUS_KDF_SECONDS", "0.005"),
        "H4CASUS_WEAK_KDF_FOR_TESTS": "1",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "h4casus", "--db", str(db), "--user", ADMIN, "verify"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 5, proc.stderr
    assert proc.stderr.startswith("h4casus: ") and "beschadigd" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "ERROR CORE" not in proc.stderr
