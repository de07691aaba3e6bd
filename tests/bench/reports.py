"""Benchmark of the printed reports, read and render together, as the CLI and the GUI call
them.

    python tests/bench/reports.py [--households 12000 100000] [--keep DIR] [--json FILE]

Per size: builds a demo database once (`h4casus demo`, the same files as tests/bench/run.py,
so --keep reuses them), then times, as the admin account (teamleider of every team):
Casusoverzicht of 20 households picked at random (and the richest one), Ons plan of the same,
the Teamoverzicht of the team nearest to 2,000 open households (and of the largest team), the
18-/18+ overzicht of that team, and the Monitor (PDF and CSV) over the last 365 days. Each
figure is the whole call: policy, audit row, queries and PDF. No pass/fail: targets are
printed beside the figures (Casusoverzicht 0.3 s, Teamoverzicht of 2,000 households 3 s,
Monitor of a year at 100,000 households 10 s).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from tests.bench.run import ADMIN, ADMIN_PASSWORD, Stat, build, machine, timed  # noqa: E402

TARGETS_MS = {"casusoverzicht": 300, "teamoverzicht 2,000": 3000, "monitor": 10_000}


def _team_near(s, m, wanted: int) -> tuple[str, int, str, int]:
    """(name, open households) of the team nearest to `wanted`, and of the largest team."""
    rows = s.execute(
        select(m.Team.name, func.count(m.Household.id))
        .join(m.Household, m.Household.team_id == m.Team.id)
        .where(m.Household.status != "afgesloten")
        .group_by(m.Team.name)
    ).all()
    near = min(rows, key=lambda r: abs(r[1] - wanted))
    largest = max(rows, key=lambda r: r[1])
    return near[0], near[1], largest[0], largest[1]


def run_size(n: int, workdir: Path, *, repeat: int = 3, cases: int = 20) -> dict:
    from h4casus.reports import case, monitor, own_plan, team, transition
    from h4casus.services.store.session import login
    from h4casus.services.store.vault import open_store
    from h4casus.storage import models as m

    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"bench-{n}.h4c"
    result: dict = {"households": n, "load_average_at_start": list(os.getloadavg())}
    if not db.exists():
        wall, cpu = build(db, n)
        result["demo_seconds"] = round(wall, 2)
        result["demo_cpu_seconds"] = round(cpu, 2)
    vault = open_store(db, ADMIN, ADMIN_PASSWORD)
    ctx = login(vault, ADMIN)
    rng = random.Random(1)
    with vault.session() as s:
        ids = list(s.scalars(select(m.Household.id)))
        richest = s.scalar(
            select(m.JournalEntry.household_id)
            .group_by(m.JournalEntry.household_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        near, near_n, largest, largest_n = _team_near(s, m, 2000)
    picked = rng.sample(ids, min(cases, len(ids)))
    stats: dict[str, Stat] = {}

    def stat(name: str, target: float | None = None, note: str = "") -> Stat:
        stats[name] = Stat(name, target_ms=target, note=note)
        return stats[name]

    st = stat("casusoverzicht (random households)", TARGETS_MS["casusoverzicht"])
    for hid in picked:
        timed(st, case.casusoverzicht, ctx, hid)
    st = stat("casusoverzicht (most journal entries)", TARGETS_MS["casusoverzicht"])
    for _ in range(repeat):
        timed(st, case.casusoverzicht, ctx, richest, full_bsn=True, include_confidential=True)
    st = stat("ons plan (random households)")
    for hid in picked:
        timed(st, own_plan.ons_plan, ctx, hid)
    st = stat(
        f"teamoverzicht ({near_n:,} households)",
        TARGETS_MS["teamoverzicht 2,000"] if abs(near_n - 2000) <= 400 else None,
        near,
    )
    for _ in range(repeat):
        pdf = timed(st, team.teamoverzicht, ctx, near)
    result["team_pages"] = pdf.count(b"/Type /Page\n")
    if largest != near:
        st = stat(f"teamoverzicht ({largest_n:,} households)", note=largest)
        for _ in range(repeat):
            timed(st, team.teamoverzicht, ctx, largest)
    st = stat(f"18-/18+ overzicht ({near})")
    for _ in range(repeat):
        timed(st, transition.overzicht_18, ctx, near)
    today = ctx.clock.today()
    year = (today - timedelta(days=364), today)
    target = TARGETS_MS["monitor"] if n >= 100_000 else None
    st = stat("monitor PDF, 365 days, all teams", target)
    for _ in range(repeat):
        timed(st, monitor.monitor_pdf, ctx, *year)
    st = stat("monitor CSV, 365 days, all teams", target)
    for _ in range(repeat):
        timed(st, monitor.monitor_csv, ctx, *year)
    vault.close()
    result["stats"] = {k: v.to_json() for k, v in stats.items()}
    return result


def print_table(results: list[dict]) -> None:
    for r in results:
        print(
            f"\n{r['households']:,} households (load at start {r['load_average_at_start'][0]:.1f})"
        )
        for name, s in r["stats"].items():
            target = f"target {s['target_ms'] / 1000:g} s" if s["target_ms"] else ""
            print(
                f"  {name:48} median {s['median_ms']:8.1f} ms  p95 {s['p95_ms']:8.1f} ms  {target}"
            )


def markdown(results: list[dict]) -> str:
    names: list[str] = []
    for r in results:
        names += [k for k in r["stats"] if k not in names]
    head = "| report | " + " | ".join(f"{r['households']:,} (median / p95 s)" for r in results)
    lines = [head + " | target |", "|---|" + "---:|" * len(results) + "---|"]
    for name in names:
        cells, target = [], ""
        for r in results:
            s = r["stats"].get(name)
            cells.append(f"{s['median_ms'] / 1000:.2f} / {s['p95_ms'] / 1000:.2f}" if s else "")
            if s and s["target_ms"]:
                target = f"≤ {s['target_ms'] / 1000:g} s"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {target} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--households", type=int, nargs="+", default=[12000])
    ap.add_argument("--keep", type=Path, help="keep the databases here (and reuse them)")
    ap.add_argument("--json", type=Path, help="write results here")
    ap.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="h4casus-bench-") as tmp:
        work = args.keep or Path(tmp)
        for n in args.households:
            print(f"== {n:,} huishoudens ...", flush=True)
            results.append(run_size(n, work, repeat=args.repeat))
    print_table(results)
    report = {"machine": machine(), "results": results}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown(results) + "\n", encoding="utf-8")
    print("\n" + markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
