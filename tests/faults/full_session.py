"""One full CLI session in a real process, for the plaintext-traces test:
    python tests/faults/full_session.py DATA_DIR INPUT_CSV EXPORT_DIR
Runs init, user add, demo, import, list, search-like reads, export, correction, retention
list, verify, a failing login and a damaged-file verify, each through `h4casus.cli.main`,
with the environment (TMPDIR, HOME, XDG dirs) the caller set. Prints only exit codes."""

from __future__ import annotations

import io
import os
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path


def run(argv: list[str], save_output: Path | None = None) -> int:
    from h4casus.cli import main

    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    if save_output is not None:
        save_output.write_text(out.getvalue(), encoding="utf-8")
    return code


def session(data: Path, csv_file: Path, exports: Path) -> list[int]:
    db = str(data / "wijkteam.h4c")
    base = ["--db", db, "--user", "beheer"]
    codes = [
        run([*base, "init", "--admin", "beheer"]),
        run([*base, "demo", "--households", "5", "--seed", "3"]),  # only into an empty store
        run([*base, "user", "add", "rik", "--role", "regisseur"]),
        run([*base, "import", "households", str(csv_file)]),
        run([*base, "list", "households", "--json"], exports / "list.json"),
        run([*base, "export", "person", "1", "-o", str(exports / "inzage.json")]),
        run([*base, "person", "correct", "1", "--set", "phone=0612345678", "--reason", "verzoek"]),
        run([*base, "retention", "list"]),
        run([*base, "verify"]),
        run([*base, "import", "households", str(csv_file)]),  # refused: BSNs already there
    ]
    os.environ["H4CASUS_PASSWORD"] = "fout-wachtwoord-123456"
    codes.append(run([*base, "verify"]))
    return codes


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    data_dir, csv_path, export_dir = (Path(a) for a in sys.argv[1:4])
    print(" ".join(str(c) for c in session(data_dir, csv_path, export_dir)))
