"""After a full session, no personal data in any file the app wrote in its data and temp
directories (names and BSNs are searched in UTF-8 and UTF-16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.factories import ADMIN_PASSWORD

SESSION = Path(__file__).with_name("full_session.py")
PEOPLE = [("Zwaantje", "Plaatsmaker", "111222333"), ("Gerolf", "Kwakernaak", "123456782")]
HEADER = "huishouden,achternaam,voornamen,geboortedatum,bsn,relatie,straat,huisnummer,toevoeging,postcode,plaats,team"


def _needles() -> list[bytes]:
    words = [w for person in PEOPLE for w in person] + ["Knollendamstraat"]
    out = []
    for w in words:
        out += [w.encode(), w.encode("utf-16-le"), w.lower().encode()]
    return out


def test_no_personal_data_in_data_or_temp_files(tmp_path):
    data, tmp, home, inputs, exports = (tmp_path / d for d in ("data", "tmp", "home", "in", "ex"))
    for d in (data, tmp, home, inputs, exports):
        d.mkdir()
    csv_file = inputs / "import.csv"
    rows = [
        f"H1,{family},{given},1980-05-0{i + 1},{bsn},{'ouder' if i == 0 else 'partner'},"
        "Knollendamstraat,7,,2611 CD,Delft,Wijkteam Delft-Noord"
        for i, (given, family, bsn) in enumerate(PEOPLE)
    ]
    csv_file.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "H4CASUS_PASSWORD": ADMIN_PASSWORD,
        "H4CASUS_NEW_PASSWORD": "rode-kater-slaapt-lang",
        "H4CASUS_KDF_SECONDS": os.environ.get("H4CASUS_KDF_SECONDS", "0.005"),
        "H4CASUS_WEAK_KDF_FOR_TESTS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    proc = subprocess.run(
        [sys.executable, str(SESSION), str(data), str(csv_file), str(exports)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    codes = [int(c) for c in proc.stdout.split()]
    assert codes[:9] == [0] * 9, codes  # the session really ran
    assert codes[9] == 4 and codes[10] == 3  # refused import, wrong password
    assert (exports / "inzage.json").exists()
    listed = (exports / "list.json").read_bytes()  # what the user asked for holds the names
    assert b"Plaatsmaker" in listed and b"Kwakernaak" in listed
    written = [p for d in (data, tmp, home) for p in d.rglob("*") if p.is_file()]
    assert any(p.name == "wijkteam.h4c" for p in written)
    needles = _needles()
    for path in written:
        blob = path.read_bytes()
        found = [n for n in needles if n in blob]
        assert not found, f"{path.relative_to(tmp_path)} bevat {found[:3]}"
    assert "Plaatsmaker" not in proc.stderr and "111222333" not in proc.stderr
