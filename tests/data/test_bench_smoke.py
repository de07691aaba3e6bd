"""The benchmark runs end to end on a small database, so it cannot rot. No timing assertions:
the figures are printed (pytest -s) and written as JSON."""

from __future__ import annotations

import json

from tests.bench import run


def test_benchmark_runs_and_reports_every_operation(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert run.main(["--households", "300", "--keep", str(tmp_path), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    report = json.loads(out.read_text(encoding="utf-8"))
    result = report["results"][0]
    assert result["households"] == 300 and result["demo_seconds"] > 0
    names = set(result["stats"])
    assert {
        "unlock excl. KDF + first page",
        "search (as you type)",
        "open casefile",
        "page by name: last",
        "page by level: last",
        "page by review: last",
        "write: register household (4 members)",
        "write: journal entry",
    } <= names
    assert all(s["n"] > 0 for s in result["stats"].values())
    assert result["encryption_ratio"] and result["rss"]["rows"] >= 300
    assert set(result["encryption_workload_ratio"]) == {"reads", "writes"}
    assert not list(tmp_path.glob("*plain*"))  # the unencrypted copy is removed
    lifecycle = result["key_lifecycle"]
    assert lifecycle["rekey_seconds"] > 0 and lifecycle["user_remove_seconds"] > 0
    print(printed)


def test_desktop_benchmark_runs_and_reports_every_figure(tmp_path, capsys):
    """The desktop benchmark (real lanes, offscreen) end to end on a small database."""
    import subprocess
    import sys
    from pathlib import Path

    out = tmp_path / "gui.json"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            str(root / "tests" / "bench" / "gui.py"),
            "--households",
            "200",
            "--keep",
            str(tmp_path),
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    from tests.bench.gui import TARGETS_MS

    for name in TARGETS_MS:
        assert figures[name] is not None and figures[name] >= 0, name
    assert figures["peak RSS MB"] > 0 and figures["rows scrolled"] > 0
    print(result.stdout)
