"""Benchmark of the data layer through the services the GUI calls.

    python tests/bench/run.py --households 1000 10000 100000 [--keep DIR] [--json FILE]

Per size: builds a demo database once (`h4casus demo`, timed), then measures unlock (KDF
separately), the first list page, search-as-you-type, opening a case file, worklists, keyset
paging by name/level/next review (first, middle and last pages), writes including commit,
the same reads and writes on a plain SQLite copy (encryption cost as a ratio) and the peak
RSS of a process paging through the whole list. Prints a table (median, p95 in ms) and
writes JSON. No pass/fail: targets are listed beside the figures.

The plain copy holds the demo data unencrypted; it lives in the temporary directory (or
--keep DIR) and exists only to measure what encryption costs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from tests.bench.plain import export_plain, plain_vault  # noqa: E402

ADMIN = "beheer"
ADMIN_PASSWORD = "paars-olifant-fietst-7"
SEED = 7

TARGETS_MS = {
    "unlock excl. KDF + first page": 500,
    "search": 10,
    "open casefile": 30,
    "worklist": 50,
    "page": 20,
    "write": 50,
}


@dataclass
class Stat:
    name: str
    times_ms: list[float] = field(default_factory=list)
    target_ms: float | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms) if self.times_ms else float("nan")

    @property
    def p95(self) -> float:
        if not self.times_ms:
            return float("nan")
        xs = sorted(self.times_ms)
        return xs[min(len(xs) - 1, max(0, round(0.95 * len(xs)) - 1))]

    def to_json(self) -> dict:
        return {
            "median_ms": round(self.median, 2),
            "p95_ms": round(self.p95, 2),
            "n": len(self.times_ms),
            "target_ms": self.target_ms,
            "note": self.note,
        }


def timed(stat: Stat, fn: Callable, *args, **kwargs):
    started = time.perf_counter()
    out = fn(*args, **kwargs)
    stat.times_ms.append((time.perf_counter() - started) * 1000)
    return out


# --------------------------------------------------------------------------- building


def build(path: Path, households: int) -> tuple[float, float]:
    """`h4casus demo` into a new database; returns its wall and CPU time in seconds (the CPU
    time says more on a machine shared with other work)."""
    env = dict(os.environ, H4CASUS_PASSWORD=ADMIN_PASSWORD)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "h4casus",
            "--db",
            str(path),
            "--user",
            ADMIN,
            "demo",
            "--households",
            str(households),
            "--seed",
            str(SEED),
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


# --------------------------------------------------------------------------- workloads


@dataclass
class Subjects:
    team_id: int
    team_leader: str
    regisseur: str
    households: list[int]  # open households of that team
    names: list[str]
    streets: list[str]
    postcodes: list[str]
    cases: list[str]
    bsns: list[str]


def pick_subjects(vault, rng: random.Random) -> Subjects:
    from h4casus.storage import models as m

    with vault.session() as s:
        team = s.scalar(select(m.Team).where(m.Team.name == "Wijkteam Delft-Zuid"))
        tl = s.scalar(
            select(m.User.username)
            .join(m.UserRole, m.UserRole.user_id == m.User.id)
            .where(m.UserRole.role == "teamleider", m.UserRole.team_id == team.id)
        )
        reg = s.scalar(
            select(m.User.username)
            .join(m.RegieAssignment, m.RegieAssignment.user_id == m.User.id)
            .join(m.Household, m.Household.id == m.RegieAssignment.household_id)
            .where(m.RegieAssignment.ended_at.is_(None), m.Household.team_id == team.id)
            .limit(1)
        )
        ids = s.scalars(
            select(m.Household.id).where(
                m.Household.team_id == team.id, m.Household.status != "afgesloten"
            )
        ).all()
        sample = rng.sample(list(ids), min(200, len(ids)))
        rows = s.execute(
            select(
                m.Household.sort_name,
                m.Household.street,
                m.Household.postcode,
                m.Household.case_number,
                m.Household.house_number,
            ).where(m.Household.id.in_(sample))
        ).all()
        bsns = s.scalars(
            select(m.Person.bsn).where(m.Person.household_id.in_(sample), m.Person.bsn.is_not(None))
        ).all()
    return Subjects(
        team_id=team.id,
        team_leader=tl,
        regisseur=reg,
        households=sample,
        names=[r[0] for r in rows],
        streets=[f"{r[1]} {r[4]}" for r in rows],
        postcodes=[r[2] for r in rows],
        cases=[r[3] for r in rows],
        bsns=list(bsns),
    )


def typed(word: str, start: int = 2) -> list[str]:
    """What a user types, keystroke by keystroke."""
    return [word[:i] for i in range(start, len(word) + 1)]


def search_queries(sub: Subjects, rng: random.Random) -> list[str]:
    qs: list[str] = []
    for name in rng.sample(sub.names, min(6, len(sub.names))):
        qs += typed(name.split(" ")[0][:7])
    for street in rng.sample(sub.streets, min(4, len(sub.streets))):
        qs += typed(street.lower(), max(2, len(street) - 5))
    for pc in rng.sample(sub.postcodes, min(4, len(sub.postcodes))):
        qs += [pc[:4], pc[:6], pc]
    for case in rng.sample(sub.cases, min(4, len(sub.cases))):
        qs += [case[:6], case[:9], case]
    for bsn in rng.sample(sub.bsns, min(4, len(sub.bsns))):
        qs += [bsn[:5], bsn[:7], bsn]
    return qs


def reads(ctx_tl, ctx_reg, sub: Subjects, rng: random.Random, out: dict[str, Stat]) -> None:
    from h4casus.services.queries import search

    def stat(name: str, kind: str) -> Stat:
        return out.setdefault(name, Stat(name, target_ms=TARGETS_MS.get(kind)))

    for q in search_queries(sub, rng):
        timed(stat("search (as you type)", "search"), search.search_households, ctx_reg, q)
    # Diagnostic: the floor every logged read pays — one audit event and its commit (fsync).
    from h4casus.services.core import audit_log

    def audit_only() -> None:
        with ctx_reg.session() as s:
            audit_log.record(s, ctx_reg, "search", "household.search", ground="bench")

    for _ in range(20):
        timed(stat("(floor) audit event + commit", ""), audit_only)
    try:
        from h4casus.services.queries.casefile import open_casefile
    except ImportError:  # pragma: no cover - older checkouts
        open_casefile = None
    if open_casefile is not None:
        for hid in sub.households[:40]:
            timed(stat("open casefile", "open casefile"), open_casefile, ctx_tl, hid)
    try:
        from h4casus.services.queries import worklists as wl
    except ImportError:  # pragma: no cover
        wl = None
    if wl is not None:
        for _ in range(5):
            timed(
                stat("worklist regisseur: overdue reviews", "worklist"),
                wl.overdue_reviews,
                ctx_reg,
                mine=True,
            )
            timed(
                stat("worklist regisseur: handovers waiting", "worklist"),
                wl.handovers_waiting_for_me,
                ctx_reg,
            )
            timed(
                stat("worklist regisseur: youths nearing 18", "worklist"),
                wl.youths_nearing_18,
                ctx_reg,
                mine=True,
            )
            timed(
                stat("worklist team: overdue reviews", "worklist"),
                wl.overdue_reviews,
                ctx_tl,
                team_id=sub.team_id,
            )
            timed(
                stat("worklist team: approvals pending", "worklist"), wl.pending_approvals, ctx_tl
            )
            timed(
                stat("worklist team: youths nearing 18", "worklist"),
                wl.youths_nearing_18,
                ctx_tl,
                team_id=sub.team_id,
            )
    for sort in search.SORTS:
        for _ in range(5):
            page = timed(stat(f"page by {sort}: first", "page"), search.list_page, ctx_tl, sort)
            for _i in range(8):
                if page.next is None:
                    break
                page = timed(
                    stat(f"page by {sort}: next", "page"),
                    search.list_page,
                    ctx_tl,
                    sort,
                    after=page.next,
                )
            last = timed(
                stat(f"page by {sort}: last", "page"), search.list_page, ctx_tl, sort, last=True
            )
            if last.previous is not None:
                timed(
                    stat(f"page by {sort}: previous from last", "page"),
                    search.list_page,
                    ctx_tl,
                    sort,
                    before=last.previous,
                )


def writes(ctx_tl, sub: Subjects, rng: random.Random, out: dict[str, Stat], n: int = 15) -> None:
    from h4casus.services.casework import journal
    from h4casus.services.casework.households import HouseholdInput, MemberInput, register_household

    def stat(name: str) -> Stat:
        return out.setdefault(name, Stat(name, target_ms=TARGETS_MS["write"]))

    team = None
    from h4casus.storage import models as m

    with ctx_tl.session() as s:
        team = s.get(m.Team, sub.team_id).name
    for i in range(n):
        data = HouseholdInput(
            street="Chopinlaan",
            house_number=100 + i,
            postcode="2625 WB",
            city="Delft",
            gemeente="Delft",
            team=team,
            signal_source="huisarts",
            file_kind="jeugdwet",
            members=[
                MemberInput("Anna", "Bench", "1985-04-12", "ouder"),
                MemberInput("Piet", "Bench", "1983-09-30", "partner"),
                MemberInput("Sara", "Bench", "2010-06-01", "kind"),
                MemberInput("Tom", "Bench", "2013-02-11", "kind"),
            ],
        )
        timed(stat("write: register household (4 members)"), register_household, ctx_tl, data)
    targets = sub.households[40 : 40 + n] or sub.households[:n]
    from h4casus.services.plan import goals

    for hid in targets:

        def goal_with_actions(hid=hid):
            # one service call, one unit of work, one commit
            goals.add_goal_with_actions(
                ctx_tl,
                hid,
                "financien",
                "Schulden in beeld",
                "Binnen 3 maanden een overzicht van alle schulden.",
                [goals.ActionInput(f"Actie {j + 1}", "wijkteam") for j in range(3)],
            )

        try:
            timed(stat("write: goal with 3 actions"), goal_with_actions)
        except Exception as exc:  # a rule may refuse (e.g. closed household); note it
            stat("write: goal with 3 actions").note = type(exc).__name__
    try:
        from h4casus.services.casework import escalation
    except ImportError:  # pragma: no cover
        escalation = None
    if escalation is not None:
        # "Record an escalation": one rung up, on households below the top rung without a
        # pending request (going down needs an evaluation in the period and may be refused).
        with ctx_tl.session() as s:
            ladder = list(
                s.scalars(select(m.EscalationLevel.code).order_by(m.EscalationLevel.rank))
            )
            pending = set(
                s.scalars(
                    select(m.LevelChange.household_id).where(
                        m.LevelChange.status == "aangevraagd",
                        m.LevelChange.household_id.in_(sub.households),
                    )
                )
            )
            levels = dict(
                s.execute(
                    select(m.Household.id, m.Household.level_code).where(
                        m.Household.id.in_(sub.households), m.Household.level_code != ladder[-1]
                    )
                ).all()
            )
        up = [hid for hid in sub.households if hid in levels and hid not in pending][:n]
        for hid in up:
            to = ladder[ladder.index(levels[hid]) + 1]
            try:
                timed(
                    stat("write: record escalation"),
                    escalation.request_level_change,
                    ctx_tl,
                    hid,
                    to,
                    "bench: situatie verslechterd",
                )
            except Exception as exc:
                stat("write: record escalation").note = type(exc).__name__
    for hid in targets:
        timed(
            stat("write: journal entry"),
            journal.add_entry,
            ctx_tl,
            hid,
            "notitie",
            "Bench: telefonisch contact gehad over de voortgang.",
        )


# --------------------------------------------------------------------------- runs


def with_cache(vault, cache_mb: int) -> None:
    """Give every connection of this vault a page cache of `cache_mb` (0: engine default)."""
    if not cache_mb:
        return
    from sqlalchemy import event

    @event.listens_for(vault.engine, "connect")
    def _cache(dbapi_conn, _rec) -> None:
        dbapi_conn.execute(f"PRAGMA cache_size = {-1024 * cache_mb}")

    vault.engine.dispose()


def run_size(n: int, workdir: Path, rng_seed: int = 1, cache_mb: int = 0) -> dict:
    from h4casus.config import kdf_target_seconds
    from h4casus.demo.generator import DEMO_PASSWORD
    from h4casus.services.core.context import ServiceContext, load_actor
    from h4casus.services.store.vault import open_store, unlock_key

    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"bench-{n}.h4c"
    result: dict = {"households": n, "load_average_at_start": list(os.getloadavg())}
    if not db.exists():
        wall, cpu = build(db, n)
        result["demo_seconds"] = round(wall, 2)
        result["demo_cpu_seconds"] = round(cpu, 2)
    size = db.stat().st_size
    result["db_megabytes"] = round(size / 1e6, 1)
    stats: dict[str, Stat] = {}
    # unlock: KDF alone, then the whole open (KDF + cipher + migrations check) + first page
    kdf = Stat("unlock: KDF (Argon2id)")
    timed(kdf, unlock_key, db, ADMIN, ADMIN_PASSWORD)
    stats[kdf.name] = kdf
    unlock = Stat(
        "unlock excl. KDF + first page", target_ms=TARGETS_MS["unlock excl. KDF + first page"]
    )
    from h4casus.services.queries import search
    from h4casus.services.store.session import login

    started = time.perf_counter()
    vault = open_store(db, ADMIN, ADMIN_PASSWORD)
    with_cache(vault, cache_mb)
    ctx_admin = login(vault, ADMIN)
    search.list_page(ctx_admin, "name")
    unlock.times_ms.append((time.perf_counter() - started) * 1000 - kdf.times_ms[0])
    stats[unlock.name] = unlock
    rng = random.Random(rng_seed)
    sub = pick_subjects(vault, rng)

    def ctx_for(vlt, name):
        with vlt.session() as s:
            return ServiceContext(vault=vlt, actor=load_actor(s, name))

    # The plain copy is made now, before anything is written, so both runs start from the
    # same rows (a write that finds the concept plan of the previous run does less work).
    # Its connection is closed again: the measured runs both start with a cold page cache.
    plain_path = workdir / f"bench-{n}-plain.sqlite"
    plain_path.unlink(missing_ok=True)
    export_plain(vault, plain_path)
    vault.engine.dispose()
    ctx_tl, ctx_reg = ctx_for(vault, sub.team_leader), ctx_for(vault, sub.regisseur)
    reads(ctx_tl, ctx_reg, sub, random.Random(rng_seed), stats)
    writes(ctx_tl, sub, random.Random(rng_seed), stats)
    # the same on the plain copy
    pv = plain_vault(plain_path, vault.slots, vault.key)
    with_cache(pv, cache_mb)
    plain: dict[str, Stat] = {}
    p_tl, p_reg = ctx_for(pv, sub.team_leader), ctx_for(pv, sub.regisseur)
    reads(p_tl, p_reg, sub, random.Random(rng_seed), plain)
    writes(p_tl, sub, random.Random(rng_seed), plain)
    pv.close()
    vault.close()
    for p in plain_path.parent.glob(plain_path.name + "*"):
        p.unlink()
    result["kdf_target_seconds"] = kdf_target_seconds()
    result["stats"] = {k: v.to_json() for k, v in stats.items()}
    result["plain"] = {k: v.to_json() for k, v in plain.items()}
    result["encryption_ratio"] = {
        k: round(stats[k].median / plain[k].median, 2)
        for k in plain
        if k in stats and plain[k].times_ms and plain[k].median > 0
    }
    result["encryption_workload_ratio"] = workload_ratios(stats, plain)
    result["cache_mb"] = cache_mb or "engine default"
    result["rss"] = rss_paging(db, cache_mb)
    result["demo_accounts_password"] = DEMO_PASSWORD
    result["key_lifecycle"] = key_lifecycle(db)
    return result


def key_lifecycle(db: Path) -> dict:
    """Re-key and removing a user on the benchmark's database (last: both change the file).
    Each is one service call holding the store exclusively: export under the new key,
    re-chain of the whole access log, swap. The removed account is made for the purpose, so
    the run can be repeated on a kept database."""
    from h4casus.services.admin import accounts
    from h4casus.services.store import keys
    from h4casus.services.store.session import login
    from h4casus.services.store.vault import open_store
    from h4casus.storage import models as m

    out: dict = {"db_megabytes": round(db.stat().st_size / 1e6, 1)}
    vault = open_store(db, ADMIN, ADMIN_PASSWORD)
    try:
        ctx = login(vault, ADMIN)
        leaving = f"bench-vertrek-{int(time.time())}"
        accounts.add_user(ctx, leaving, "consulent", "bench-vertrekt-morgen-42")
        with vault.session() as s:
            out["audit_rows"] = s.scalar(select(func.count()).select_from(m.AuditEvent))
        started = time.perf_counter()
        keys.rekey(ctx)
        out["rekey_seconds"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        keys.remove_user(ctx, leaving)
        out["user_remove_seconds"] = round(time.perf_counter() - started, 2)
    finally:
        vault.close()
    return out


def workload_ratios(enc: dict[str, Stat], plain: dict[str, Stat]) -> dict[str, float]:
    """The encryption cost of the whole read workload and of the whole write workload: the
    sum of the medians of every operation on SQLCipher over the same sum on plain SQLite.
    Steadier than the ratio of one operation of a few milliseconds."""
    out = {}
    for kind, is_kind in (
        ("reads", lambda k: not k.startswith(("write:", "(floor)"))),
        ("writes", lambda k: k.startswith("write:")),
    ):
        names = [k for k in plain if is_kind(k) and k in enc and plain[k].times_ms]
        names = [k for k in names if enc[k].times_ms]
        base = sum(plain[k].median for k in names)
        if base > 0:
            out[kind] = round(sum(enc[k].median for k in names) / base, 2)
    return out


def rss_paging(db: Path, cache_mb: int = 0) -> dict:
    """Peak RSS of a fresh process that pages through the whole list (admin: all teams)."""
    out = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--rss-child",
            str(db),
            "--cache-mb",
            str(cache_mb),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def rss_child(db: Path, cache_mb: int = 0) -> None:
    from h4casus.services.queries import search
    from h4casus.services.store.session import login
    from h4casus.services.store.vault import open_store

    vault = open_store(db, ADMIN, ADMIN_PASSWORD)
    with_cache(vault, cache_mb)
    ctx = login(vault, ADMIN)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows, page = 0, search.list_page(ctx, "name", limit=200)
    started = time.perf_counter()
    while True:
        rows += len(page.rows)
        if page.next is None:
            break
        page = search.list_page(ctx, "name", after=page.next, limit=200)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    vault.close()
    print(
        json.dumps(
            {
                "rows": rows,
                "rss_before_mb": round(before, 1),
                "peak_rss_mb": round(peak, 1),
                "seconds": round(seconds, 2),
                "target_mb": 300,
            }
        )
    )


def machine() -> dict:
    mem = ""
    with contextlib.suppress(OSError):
        mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "memory": mem.strip(),
        "date": date.today().isoformat(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def print_table(results: list[dict]) -> None:
    names: list[str] = []
    for r in results:
        for k in r["stats"]:
            if k not in names:
                names.append(k)
    sizes = [r["households"] for r in results]
    head = f"{'operation':44}" + "".join(f"{f'{n:,} med/p95 ms':>22}" for n in sizes) + "  target"
    print(head)
    print("-" * len(head))
    for name in names:
        cells = ""
        target = ""
        for r in results:
            st = r["stats"].get(name)
            cells += f"{st['median_ms']:>10.2f}/{st['p95_ms']:<10.2f}" if st else f"{'-':>22}"
            target = f"p95 ≤ {st['target_ms']:g}" if st and st["target_ms"] else target
        print(f"{name:44}{cells}  {target}")
    print()
    for r in results:
        ratios = r["encryption_ratio"]
        rss = r["rss"]
        print(
            f"{r['households']:,} huishoudens: demo {r.get('demo_seconds', '-')} s "
            f"(CPU {r.get('demo_cpu_seconds', '-')} s), "
            f"{r['db_megabytes']} MB; peak RSS paging {rss['rows']:,} rows: "
            f"{rss['peak_rss_mb']} MB (start {rss['rss_before_mb']} MB)"
        )
        kl = r.get("key_lifecycle") or {}
        if kl:
            print(
                f"  rekey {kl['rekey_seconds']} s, user remove {kl['user_remove_seconds']} s "
                f"({kl['audit_rows']:,} log rows)"
            )
        workload = r.get("encryption_workload_ratio") or {}
        if workload:
            print(
                "  encryption cost of the workloads (SQLCipher / plain): "
                + ", ".join(f"{k} {v:.2f}x" for k, v in workload.items())
            )
        if ratios:
            worst = max(ratios.items(), key=lambda kv: kv[1])
            print(
                f"  encryption cost (median SQLCipher / plain): "
                f"median {statistics.median(ratios.values()):.2f}x, worst {worst[1]:.2f}x "
                f"({worst[0]})"
            )


def markdown(results: list[dict]) -> str:
    """The table for docs/performance.md: median / p95 in ms per size."""
    names: list[str] = []
    for r in results:
        names += [k for k in r["stats"] if k not in names]
    sizes = [r["households"] for r in results]
    lines = [
        "| operation | " + " | ".join(f"{n:,} (median / p95 ms)" for n in sizes) + " | target |",
        "|---|" + "---:|" * len(sizes) + "---|",
    ]
    for name in names:
        cells, target = [], ""
        for r in results:
            st = r["stats"].get(name)
            cells.append(f"{st['median_ms']:.1f} / {st['p95_ms']:.1f}" if st else "–")
            if st and st["target_ms"]:
                target = f"p95 ≤ {st['target_ms']:g} ms"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {target} |")
    extra = [
        (
            "demo build, wall (CPU) s",
            lambda r: f"{r.get('demo_seconds', '–')} ({r.get('demo_cpu_seconds', '–')})",
        ),
        ("database size MB", lambda r: f"{r['db_megabytes']}"),
        ("peak RSS paging the whole list MB", lambda r: f"{r['rss']['peak_rss_mb']}"),
        (
            "encryption cost, read workload",
            lambda r: _ratio(r, "reads"),
        ),
        (
            "encryption cost, write workload",
            lambda r: _ratio(r, "writes"),
        ),
        (
            "encryption cost, median of the per-operation ratios",
            lambda r: (
                f"{statistics.median(r['encryption_ratio'].values()):.2f}×"
                if r["encryption_ratio"]
                else "–"
            ),
        ),
        (
            "encryption cost, worst single operation",
            lambda r: (
                f"{max(r['encryption_ratio'].values()):.2f}×" if r["encryption_ratio"] else "–"
            ),
        ),
        ("rekey s (whole file re-encrypted)", lambda r: _kl(r, "rekey_seconds")),
        ("user remove (with re-key) s", lambda r: _kl(r, "user_remove_seconds")),
        ("load average at start", lambda r: f"{r['load_average_at_start'][0]:.1f}"),
    ]
    for label, fn in extra:
        lines.append(f"| {label} | " + " | ".join(fn(r) for r in results) + " | |")
    return "\n".join(lines)


def _kl(result: dict, key: str) -> str:
    value = (result.get("key_lifecycle") or {}).get(key)
    return f"{value}" if value is not None else "–"


def _ratio(result: dict, kind: str) -> str:
    value = (result.get("encryption_workload_ratio") or {}).get(kind)
    return f"{value:.2f}×" if value is not None else "–"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--households", type=int, nargs="+", default=[1000])
    ap.add_argument("--keep", type=Path, help="keep the databases here (and reuse them)")
    ap.add_argument("--json", type=Path, default=None, help="write results here")
    ap.add_argument(
        "--cache-mb", type=int, default=0, help="SQLite page cache per connection (0: default)"
    )
    ap.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    ap.add_argument("--rss-child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rss_child:
        rss_child(args.rss_child, args.cache_mb)
        return 0
    results = []
    with tempfile.TemporaryDirectory(prefix="h4casus-bench-") as tmp:
        work = args.keep or Path(tmp)
        for n in args.households:
            print(f"== {n:,} huishoudens ...", flush=True)
            results.append(run_size(n, work, cache_mb=args.cache_mb))
    report = {"machine": machine(), "results": results}
    print_table(results)
    out = args.json or Path(f"bench-{'-'.join(str(n) for n in args.households)}.json")
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nJSON: {out}")
    if args.markdown:
        args.markdown.write_text(markdown(results) + "\n", encoding="utf-8")
        print(f"Markdown: {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
