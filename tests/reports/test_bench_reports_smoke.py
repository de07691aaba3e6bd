"""The reports benchmark runs end to end on a small database, so it cannot rot (no timing
assertions; the figures are printed with pytest -s)."""

from __future__ import annotations

import json

from tests.bench import reports as bench


def test_reports_benchmark_runs(tmp_path, capsys):
    out = tmp_path / "bench.json"
    md = tmp_path / "bench.md"
    args = ["--households", "300", "--keep", str(tmp_path), "--repeat", "1"]
    assert bench.main([*args, "--json", str(out), "--markdown", str(md)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))["results"][0]
    names = set(result["stats"])
    assert {"casusoverzicht (random households)", "monitor PDF, 365 days, all teams"} <= names
    assert any(n.startswith("teamoverzicht") for n in names)
    assert all(s["n"] > 0 for s in result["stats"].values())
    assert "| report |" in md.read_text(encoding="utf-8")
    print(capsys.readouterr().out)
