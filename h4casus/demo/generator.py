"""Realistic, reproducible Dutch demo data for the H4/H5 gemeenten, written in bulk.

Same seed and same day give the same data (for one Faker version). Speed matters: 100,000
households (about 300,000 persons and 1,000,000 journal entries) are written in one
transaction with multi-row INSERTs over precomputed ids and ISO-formatted values — no ORM
objects, no per-row audit; on a machine with a core to spare a helper process makes the rows
while this one writes them. One audit event records that demo data was generated.

The rows follow the domain rules the services keep: exactly one active regisseur per open
household (none for closed ones), the household's level equals its last carried-out level
change, at most one concept version per plan, youths' perspectiefplan inside a plan version.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import math
import os
import pickle
import random
import subprocess
import sys
import time
import traceback
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.config import kdf_target_seconds, load_default
from h4casus.demo.region import AREAS, POSTCODE_LETTERS, TeamArea, Wijk
from h4casus.demo.vocabulary import (
    ACTION_TEXTS,
    ACTIVE_LEVEL_WEIGHTS,
    CLOSE_REASONS,
    COMMON_SURNAMES,
    EXTERNAL_REGIE,
    EXTRA_GIVEN,
    GOAL_TEMPLATES,
    HELP_ANSWERS,
    INFORMAL_ROLES,
    JOURNAL_TEXTS,
    JOURNAL_TYPES,
    LEEFGEBIED_WEIGHTS,
    MELDING_ANSWERS,
    MOODS,
    N_TIMES,
    PARTNERS,
    QUESTIONS,
    RESPONSIBLE_TYPES,
    SIGNAL_SOURCES,
    SMART_RESULTS,
    STATUS_WEIGHTS,
    TIMES,
    TRANSITION_TEXT,
    TUSSENVOEGSELS,
)
from h4casus.domain.errors import RuleViolation, ValidationError
from h4casus.security import keyslots
from h4casus.security.lockout import KeyGuard
from h4casus.security.policy import require
from h4casus.services.casework.households import names_for
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.accounts import get_or_create_team
from h4casus.storage.models import search_key

DEMO_PASSWORD = "demo-wijkteam-delfland"
MAX_HOUSEHOLDS = 1_000_000
BATCH_HOUSEHOLDS = 1_000
PARALLEL_MIN_HOUSEHOLDS = 10_000  # from here on the rows are made in a helper process
ROWS_PER_INSERT = 16  # rows per multi-row INSERT statement (see _Generator._flush)
# Key slots (login with the demo password) for the teamleider and the first regisseurs and
# consulenten of each team. The others hold regie in the data but have no slot: at 100,000
# households the caseload norms need thousands of regisseurs, and thousands of slots would make
# every unlock read and check a slot file of megabytes.
LOGIN_REGISSEURS = 5
LOGIN_CONSULENTEN = 3
BULK_MIN_HOUSEHOLDS = 2_000  # from here on: indexes rebuilt, FK checks off during the load

# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    team: str
    can_log_in: bool = True  # has a key slot with the demo password


@dataclass(frozen=True)
class DemoResult:
    households: int
    seed: int
    seconds: float
    counts: dict[str, int]
    accounts: tuple[DemoAccount, ...]
    password: str = DEMO_PASSWORD

    def example_accounts(self) -> list[DemoAccount]:
        """One account per role for the first team, to show in the summary."""
        out: list[DemoAccount] = []
        for role in ("regisseur", "consulent", "teamleider"):
            out.extend([a for a in self.accounts if a.role == role and a.can_log_in][:1])
        return out


# --------------------------------------------------------------------------- entry point

DEMO_MARKER = "demo.store"


def refuse_real_store(s: Session) -> None:
    """The demo accounts share a published password: `demo` fills only a store it made itself
    (marked) or an empty one (no household, no account but the first); then marks it."""
    if s.get(m.Setting, DEMO_MARKER) is not None:
        return
    households = s.scalar(select(func.count()).select_from(m.Household)) or 0
    accounts = s.scalar(select(func.count()).select_from(m.User)) or 0
    if households or accounts > 1:
        raise RuleViolation(
            f"deze database bevat al gegevens ({households} huishoudens, {accounts} accounts) "
            "en is niet door 'demo' gemaakt; demogegevens (met een openbaar wachtwoord) komen "
            "alleen in een nieuwe of lege database. Kies een nieuwe --db"
        )
    s.add(m.Setting(key=DEMO_MARKER, value="1"))
    s.flush()


def generate(ctx: ServiceContext, households: int, seed: int = 1) -> DemoResult:
    """Fill the store with `households` demo households (plus teams and demo accounts).

    Allowed for a beheerder. Everything is written in one unit of work; on any error nothing
    stays. Existing data is kept: new rows get ids after the existing ones."""
    if not isinstance(households, int) or households < 0 or households > MAX_HOUSEHOLDS:
        raise ValidationError(f"moet tussen 0 en {MAX_HOUSEHOLDS} liggen", "huishoudens")
    if not isinstance(seed, int):
        raise ValidationError("moet een geheel getal zijn", "seed")
    started = time.perf_counter()
    ground = require(ctx.actor, "demo.generate")
    # Bulk settings on the one connection that does the load, set before its transaction:
    # - a large load into WAL writes every page twice (log, then checkpoint); with a rollback
    #   journal, pages new to the file are written once (only if no other connection is open);
    # - foreign-key checks cost a b-tree lookup per reference per row; the generator makes
    #   consistent ids (tests run PRAGMA foreign_key_check on its output).
    bulk = households >= BULK_MIN_HOUSEHOLDS
    # Started first: the helper process imports this module while the setup runs here.
    producer = None
    if _use_producer(households):
        with contextlib.suppress(OSError):  # no helper: the rows are made here
            producer = _Producer.start()
    with ctx.vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        if bulk:
            raw.execute("PRAGMA journal_mode = DELETE")
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with Session(bind=conn, expire_on_commit=False) as s, s.begin():
                refuse_real_store(s)
                gen = _Generator(s, ctx, households, seed)
                counts = gen.run(producer)
                audit_log.record(
                    s,
                    ctx,
                    "create",
                    "demo.generate",
                    ground=ground,
                    detail=f"demogegevens: {households} huishoudens, seed {seed}",
                )
        finally:
            if producer is not None:
                producer.close()
            if bulk:
                raw.execute("PRAGMA foreign_keys = ON")
                raw.execute("PRAGMA journal_mode = WAL")
    # Only now, with the accounts committed: a crash before this leaves accounts without a
    # slot (they cannot sign in), never slots with the published password without accounts.
    gen.add_slots()
    return DemoResult(
        households=households,
        seed=seed,
        seconds=time.perf_counter() - started,
        counts=counts,
        accounts=tuple(gen.new_accounts),
    )


@functools.cache
def _insert_sql(table: str, cols: tuple[str, ...], rows: int = 1) -> str:
    """INSERT of `rows` rows of the generated columns. Columns added to the schema later get
    their scalar default (or SQL default) filled in; a required column without one is a clear
    error."""
    t = m.Base.metadata.tables[table]
    unknown = [c for c in cols if c not in t.c]
    if unknown:
        raise RuntimeError(f"demo: kolommen {unknown} bestaan niet in {table}")
    names, values = list(cols), ["?"] * len(cols)
    for c in t.c:
        if c.name in cols or c.primary_key or c.server_default is not None:
            continue
        if c.default is not None and getattr(c.default, "is_scalar", False):
            names.append(c.name)
            values.append(_sql_literal(c.default.arg))
        elif not c.nullable:
            raise RuntimeError(f"demo: kolom {table}.{c.name} is verplicht en heeft geen waarde")
    one = f"({', '.join(values)})"
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES {', '.join([one] * rows)}"


def _sql_literal(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


# --------------------------------------------------------------------------- helper process
# Making the rows (Python) and writing them (SQLite, encryption) each take about half of a
# large build. From PARALLEL_MIN_HOUSEHOLDS on, a helper process makes the rows while this
# process writes them: on two cores the build takes about as long as the slower half. The
# helper gets the generator's state (ids, pools, random state; never the key or a database
# connection) and sends back plain row tuples; the transaction stays here, so a failure on
# either side still leaves nothing behind. A fresh interpreter (not fork): the same on every
# platform, and no copy of this process's memory (the data key) in the helper.


def _pack(batch: dict[str, list[tuple]]) -> dict[str, tuple[int, list[tuple], list[tuple]]]:
    """Rows per table as (count, groups of ROWS_PER_INSERT rows flattened into one parameter
    tuple for a multi-row INSERT, the remaining rows). One statement per group: SQLite's
    step/reset and the driver's per-call work are paid once per group instead of once per
    row (about 40 % less time); packed in the helper process, the writer also unpickles
    far fewer objects."""
    k = ROWS_PER_INSERT
    flat = itertools.chain.from_iterable
    packed = {}
    for table, rows in batch.items():
        if rows:
            full = len(rows) - len(rows) % k
            groups = [tuple(flat(rows[i : i + k])) for i in range(0, full, k)]
            packed[table] = (len(rows), groups, rows[full:])
    return packed


def _use_producer(households: int) -> bool:
    """Only with a core to spare: on a machine already busy with other work the two halves
    cannot overlap, and the helper would only add its start-up and the pickling."""
    if households < PARALLEL_MIN_HOUSEHOLDS or getattr(sys, "frozen", False):
        return False  # a bundled app has no interpreter to start
    cpus = os.cpu_count() or 1
    if cpus < 2:
        return False
    idle = _idle_cpus()
    return idle is None or idle >= 0.8


def _idle_cpus(window: float = 0.2) -> float | None:
    """How many CPUs are idle right now (Linux: two reads of /proc/stat `window` apart);
    None where that cannot be read. Not the load average: a minute-long average still
    counts the work this process did just before (e.g. a benchmark building several sizes)."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
        return sum(fields), fields[3] + (fields[4] if len(fields) > 4 else 0)

    try:
        total0, idle0 = sample()
        time.sleep(window)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    if total1 <= total0:
        return None
    return (os.cpu_count() or 1) * (idle1 - idle0) / (total1 - total0)


class _Producer:
    """The helper process: a plain `python -c`, messages are pickles over its stdin/stdout
    (it imports only this module; nothing of the caller's __main__ runs again)."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.finished = False

    @classmethod
    def start(cls) -> _Producer:
        code = "from h4casus.demo.generator import _produce; _produce()"
        # The helper finds this package where this process found it.
        env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k.upper()}
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        return cls(
            subprocess.Popen(
                [sys.executable, "-c", code],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
            )
        )

    def send(self, obj) -> None:
        pickle.dump(obj, self.process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        self.process.stdin.flush()

    def receive(self) -> dict[str, tuple[int, list[tuple], list[tuple]]] | None:
        try:
            msg = pickle.load(self.process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            raise RuntimeError("demo: het hulpproces is onverwacht gestopt") from None
        if isinstance(msg, str):
            raise RuntimeError(f"demo: fout in het hulpproces:\n{msg}")
        self.finished = msg is None
        return msg

    def close(self) -> None:
        """Wait for a helper that finished; stop one that did not (the build failed)."""
        if not self.finished:
            self.process.kill()
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        self.process.wait()


def _produce() -> None:
    """Helper process: read the generator and the skeleton, write the batches, then None
    (or the traceback of a failure as a string)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray output (Python or C) must not end up in the row stream
    try:
        gen, skel = pickle.load(sys.stdin.buffer)
        for batch in gen._batches(skel):
            pickle.dump(_pack(batch), out, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(None, out)
    except BaseException:
        with contextlib.suppress(OSError):
            pickle.dump(traceback.format_exc(), out)
    finally:
        with contextlib.suppress(OSError):
            out.close()


# --------------------------------------------------------------------------- generator


def _pick(seq, r: float):
    """seq[r * len(seq)] for a draw r in [0, 1): a choice without a method call."""
    return seq[int(r * len(seq))]


def _weighted_digits(number: int, first_weight: int) -> int:
    total = 0
    for weight in range(first_weight, first_weight + 4):
        number, digit = divmod(number, 10)
        total += digit * weight
    return total


# Elfproef sums of the low and the high four digits of an 8-digit base, looked up instead of
# computed per person (weights 2-5 from the right, then 6-9).
_ELF_LOW = [_weighted_digits(n, 2) for n in range(10_000)]
_ELF_HIGH = [_weighted_digits(n, 6) for n in range(10_000)]


def _bsn_check(base: int) -> str | None:
    """Append the elfproef check digit to an 8-digit base (None if no digit fits)."""
    high, low = divmod(base, 10_000)
    check = (_ELF_LOW[low] + _ELF_HIGH[high]) % 11
    return None if check == 10 else f"{base:08d}{check}"


@dataclass
class _Skeleton:
    area: int
    status: str
    rank: int


@dataclass
class _Team:
    id: int
    area: TeamArea
    teamleider: int = 0
    consulenten: list[int] = field(default_factory=list)
    heavy: list[int] = field(default_factory=list)
    light: list[int] = field(default_factory=list)
    heavy_i: int = 0
    light_i: int = 0
    streets: list[tuple[Wijk, str, int, str]] = field(default_factory=list)


class _Dates(dict):
    """Date strings by ordinal, computed once each (millions of look-ups, a few thousand days)."""

    def __missing__(self, ordinal: int) -> str:
        text = date.fromordinal(ordinal).isoformat()
        self[ordinal] = text
        return text


class _FastRandom(random.Random):
    """random.Random with cheaper choice/randint (one float draw each); still seeded and
    reproducible. The demo makes millions of these calls."""

    def __init__(self, seed: int | None = None) -> None:
        super().__init__(seed)
        self._cum: dict[tuple, list[float]] = {}

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def weighted(self, population, weights):
        """One weighted draw (`choices(...)[0]` without rebuilding the cumulative weights)."""
        cum = self._cum.get(weights)
        if cum is None:
            cum = self._cum[weights] = list(itertools.accumulate(weights))
        return population[bisect.bisect_right(cum, self.random() * cum[-1])]


class _Generator:
    def __init__(self, s: Session, ctx: ServiceContext, households: int, seed: int) -> None:
        self.s = s
        self.ctx = ctx
        self.n = households
        self.seed = seed
        self.rng = _FastRandom(seed)
        self.fake = Faker("nl_NL")
        self.fake.seed_instance(seed)
        self.today = ctx.clock.today()
        self.t = self.today.toordinal()
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.batch_households = BATCH_HOUSEHOLDS  # travels with the state to the helper
        self.counts: dict[str, int] = defaultdict(int)
        self.timings: dict[str, float] = defaultdict(float)
        self.started = time.perf_counter()
        self.new_accounts: list[DemoAccount] = []
        self.new_user_names: list[str] = []
        self.user_names: dict[int, str] = {}
        self.D = _Dates()  # ordinal -> 'YYYY-MM-DD', as SQLAlchemy stores a Date
        self.cur = s.connection().connection.driver_connection.cursor()
        self._load_config()
        self._next_ids()
        self._pools()

    # ----------------------------------------------------------------- setup
    def _load_config(self) -> None:
        s = self.s
        levels = s.execute(
            select(
                m.EscalationLevel.rank,
                m.EscalationLevel.code,
                m.EscalationLevel.review_interval_days,
            ).order_by(m.EscalationLevel.rank)
        ).all()
        if not levels:
            raise ValidationError("er is geen op- en afschaalladder ingesteld", "ladder")
        ranks = [r for r, _c, _d in levels]
        # Map the demo's four rungs onto whatever ladder is configured.
        self.level_code = {i + 1: levels[min(i, len(levels) - 1)][1] for i in range(4)}
        self.level_days = {i + 1: levels[min(i, len(levels) - 1)][2] for i in range(4)}
        self.approval = {
            code
            for code, req in s.execute(
                select(m.EscalationLevel.code, m.EscalationLevel.requires_approval)
            )
            if req
        }
        del ranks
        self.instruments = {
            code: [
                d
                for (d,) in s.execute(
                    select(m.InstrumentDomain.code)
                    .where(m.InstrumentDomain.instrument_code == code)
                    .order_by(m.InstrumentDomain.position)
                )
            ]
            for code in s.scalars(select(m.Instrument.code))
        }
        self.leefgebieden = set(s.scalars(select(m.Leefgebied.code)))
        self.checklist = [c["code"] for c in load_default("transition")["checklist"]]

    def _next_ids(self) -> None:
        self.next_id: dict[str, int] = {}
        for table in (
            "households",
            "persons",
            "regie_assignments",
            "handovers",
            "level_changes",
            "plans",
            "plan_versions",
            "goals",
            "actions",
            "evaluations",
            "goal_evaluations",
            "measurements",
            "transition_plans",
            "transition_items",
            "meldcode_steps",
            "journal_entries",
            "network_contacts",
            "consents",
            "decisions",
            "users",
            "user_roles",
        ):
            t = m.Base.metadata.tables[table]
            self.next_id[table] = (self.s.scalar(select(func.max(t.c.id))) or 0) + 1

    def _id(self, table: str) -> int:
        i = self.next_id[table]
        self.next_id[table] = i + 1
        return i

    def _pools(self) -> None:
        from faker.providers.person.nl_NL import Provider as NlPerson

        rng = self.rng
        faker_surnames = [
            n
            for n in NlPerson.last_names
            if " " not in n or n.split(" ")[0] in ("van", "de", "den")
        ]
        surnames = list(COMMON_SURNAMES) * 6 + faker_surnames
        self.surnames = [self._split_surname(n) for n in surnames]
        self.male = list(NlPerson.first_names_male) + list(EXTRA_GIVEN[:6])
        self.female = list(NlPerson.first_names_female) + list(EXTRA_GIVEN[6:])
        self.phones = [self.fake.phone_number() for _ in range(300)]
        self.used_bsn: set[str] = set(
            self.s.scalars(select(m.Person.bsn).where(m.Person.bsn.is_not(None)))
        )
        self.lg_codes = [c for c, _w in LEEFGEBIED_WEIGHTS if c in self.leefgebieden] or sorted(
            self.leefgebieden
        )
        self.lg_weights = tuple(w for c, w in LEEFGEBIED_WEIGHTS if c in self.leefgebieden) or (
            (1,) * len(self.lg_codes)
        )
        self.journal_pool = [
            text.replace("{org}", org).replace("{stemming}", mood)
            for text in JOURNAL_TEXTS
            for org, _role, _lg in PARTNERS
            for mood in MOODS
        ]
        self.key = functools.lru_cache(maxsize=None)(search_key)
        self.sources = [c for c, _w in SIGNAL_SOURCES]
        self.source_w = tuple(w for _c, w in SIGNAL_SOURCES)
        del rng

    @staticmethod
    def _split_surname(name: str) -> tuple[str | None, str]:
        low = name.lower()
        for p in TUSSENVOEGSELS:
            if low.startswith(p + " "):
                return name[: len(p)], name[len(p) + 1 :]
        return None, name

    def dt(self, ordinal: int) -> str:
        return f"{self.D[ordinal]} {TIMES[int(self.rng.random() * N_TIMES)]}"

    # ----------------------------------------------------------------- main
    def run(self, producer: _Producer | None = None) -> dict[str, int]:
        rng = self.rng
        weights = [a.weight for a in AREAS]
        statuses = [st for st, _w in STATUS_WEIGHTS]
        status_w = [w for _st, w in STATUS_WEIGHTS]
        skel: list[_Skeleton] = []
        for _ in range(self.n):
            area = rng.weighted(range(len(AREAS)), tuple(weights))
            status = rng.weighted(statuses, tuple(status_w))
            if status in ("aangemeld", "intake"):
                rank = 2
            elif status == "actief":
                rank = rng.weighted((1, 2, 3, 4), tuple(w for _r, w in ACTIVE_LEVEL_WEIGHTS))
            else:
                rank = 1 if rng.random() < 0.7 else 2
            skel.append(_Skeleton(area, status, rank))
        self._teams_and_accounts(skel)
        cur = self.cur
        old_cache = cur.execute("PRAGMA cache_size").fetchone()[0]
        cur.execute("PRAGMA cache_size = -262144")
        # Large loads: drop the secondary indexes of the tables we fill and build them again
        # afterwards (sorting once beats millions of random b-tree inserts). Same transaction,
        # so a failure leaves the indexes as they were; unique ones re-check their rule.
        dropped = self._drop_indexes() if self.n >= BULK_MIN_HOUSEHOLDS else []
        try:
            if producer is None:
                for batch in self._batches(skel):
                    self._flush(batch)
            else:
                self._write_from(producer, skel)
            started = time.perf_counter()
            for sql in dropped:
                cur.execute(sql)
            self.timings["(indexes)"] += time.perf_counter() - started
            self.timings["(run)"] = time.perf_counter() - self.started
        finally:
            cur.execute(f"PRAGMA cache_size = {int(old_cache)}")
        return dict(self.counts)

    def _batches(self, skel: list[_Skeleton]) -> Iterator[dict[str, list[tuple]]]:
        """The rows of the households, BATCH_HOUSEHOLDS households at a time. The same code
        runs here or in the helper process, so a seed gives the same data either way."""
        last, size = len(skel), self.batch_households
        for i, sk in enumerate(skel, start=1):
            self._household(sk)
            if i % size == 0 or i == last:
                batch, self.rows = self.rows, defaultdict(list)
                yield batch

    def _write_from(self, producer: _Producer, skel: list[_Skeleton]) -> None:
        """Write the batches the helper process makes, while it makes the next one. A helper
        that fails before its first batch (could not start, or the error is in the data) is
        replaced by making the rows here: the same data, or the same error with its own
        traceback. A failure after that fails the build (and the transaction rolls back)."""
        written = False
        try:
            producer.send((self, skel))
            while True:
                started = time.perf_counter()
                batch = producer.receive()
                self.timings["(waiting for rows)"] += time.perf_counter() - started
                if batch is None:
                    return
                self._write(batch)
                written = True
        except (OSError, RuntimeError):
            if written:
                raise
        for batch in self._batches(skel):
            self._flush(batch)

    def __getstate__(self) -> dict:
        """What the helper process needs: no session, connection, context or key."""
        state = self.__dict__.copy()
        for name in ("s", "ctx", "cur", "fake", "key"):
            state[name] = None
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.key = functools.lru_cache(maxsize=None)(search_key)

    def _drop_indexes(self) -> list[str]:
        tables = tuple(self.COLUMNS)
        marks = ", ".join("?" * len(tables))
        found = self.cur.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY tbl_name",  # rebuilt table by table: cache hits
            tables,
        ).fetchall()
        dropped = []
        for name, sql in found:
            self.cur.execute(f'DROP INDEX "{name}"')
            dropped.append(sql)
        return dropped

    def _teams_and_accounts(self, skel: list[_Skeleton]) -> None:
        rng = self.rng
        heavy = defaultdict(int)
        light = defaultdict(int)
        for sk in skel:
            if sk.status == "afgesloten":
                continue
            if sk.rank >= 3:
                heavy[sk.area] += 1
            else:
                light[sk.area] += 1
        now = self.dt(self.t - 400)
        self.teams: list[_Team] = []
        for ai, area in enumerate(AREAS):
            team = get_or_create_team(self.s, area.team, area.gemeente)
            if team.gemeente is None:
                team.gemeente = area.gemeente
            tm = _Team(team.id, area)
            slug = area.team.removeprefix("Wijkteam ").lower().replace(" ", "-")
            n_heavy = max(1, math.ceil(heavy[ai] / 6))
            n_light = max(1, math.ceil(light[ai] / 35))
            n_cons = max(1, math.ceil((n_heavy + n_light) / 4))
            tm.teamleider = self._user(f"{slug}.teamleider", "teamleider", tm, now, True)
            regie = [
                self._user(f"{slug}.regie{i + 1:03d}", "regisseur", tm, now, i < LOGIN_REGISSEURS)
                for i in range(n_heavy + n_light)
            ]
            tm.heavy, tm.light = regie[:n_heavy], regie[n_heavy:]
            tm.consulenten = [
                self._user(
                    f"{slug}.consulent{i + 1:02d}", "consulent", tm, now, i < LOGIN_CONSULENTEN
                )
                for i in range(n_cons)
            ]
            for wijk in area.wijken:
                names = list(wijk.streets) + [self.fake.street_name() for _ in range(14)]
                for name in names:
                    pc = f"{rng.choice(wijk.postcodes)} {rng.choice(POSTCODE_LETTERS)}"
                    tm.streets.append((wijk, name, rng.randint(8, 180), pc))
            self.teams.append(tm)
        self.s.flush()
        self._flush()

    def _user(self, username: str, role: str, tm: _Team, created: str, login: bool) -> int:
        existing = self.s.scalar(select(m.User.id).where(m.User.username == username))
        if existing is not None:
            name = self.s.scalar(select(m.User.display_name).where(m.User.id == existing))
            self.user_names[existing] = name or username
            return existing
        uid = self._id("users")
        female = self.rng.random() < 0.7
        given = self.rng.choice(self.female if female else self.male)
        prefix, family = self.rng.choice(self.surnames)
        display = " ".join(x for x in (given, prefix, family) if x)
        self.rows["users"].append((uid, username, display, 1, created, 1))
        self.rows["user_roles"].append((self._id("user_roles"), uid, role, tm.id))
        self.user_names[uid] = display
        if login:
            self.new_user_names.append(username)
        self.new_accounts.append(DemoAccount(username, role, tm.area.team, login))
        return uid

    def add_slots(self) -> None:
        """One key slot per new demo account, in the format of SlotFile.add (re-keyable: an
        X25519 key pair per slot, the data key sealed to it). All demo accounts share the
        published demo password, so one Argon2id derivation serves them all. Called after
        the accounts were committed, under the key-file guard on the current slot file."""
        if not self.new_user_names:
            return
        from os import urandom

        vault = self.ctx.vault
        cal = keyslots.calibrate(kdf_target_seconds())
        kdf = keyslots.KdfParams(urandom(16), cal.iterations, cal.memory_kib)
        wrapping = AESGCM(kdf.derive(DEMO_PASSWORD))
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        with KeyGuard(vault.path):
            slots = keyslots.SlotFile.load(vault.slots.path)
            slots.verify_seal(vault.key)
            for name in self.new_user_names:
                slot = keyslots.Slot(
                    slot_id=keyslots.user_slot_id(name),
                    kdf=kdf,
                    nonce=urandom(12),
                    wrapped=b"",
                    created_at=stamp,
                )
                private = X25519PrivateKey.generate()
                slot.public_key = private.public_key().public_bytes_raw()
                slot.wrapped = wrapping.encrypt(
                    slot.nonce, private.private_bytes_raw(), slot.aad(slots.store_id)
                )
                slot.box = keyslots.seal_box(
                    slot.public_key, vault.key, slot.box_aad(slots.store_id)
                )
                slots.slots[slot.slot_id] = slot
            slots.seal(vault.key)
            slots.save()
        vault.slots = slots

    # ----------------------------------------------------------------- bulk write
    COLUMNS: dict[str, tuple[str, ...]] = {
        "users": ("id", "username", "display_name", "active", "created_at", "version"),
        "user_roles": ("id", "user_id", "role", "team_id"),
        "households": (
            "id",
            "case_number",
            "display_name",
            "sort_name",
            "street",
            "house_number",
            "house_number_suffix",
            "postcode",
            "city",
            "gemeente",
            "wijk",
            "team_id",
            "status",
            "signal_date",
            "signal_source",
            "signal_note",
            "registered_at",
            "registered_by",
            "level_code",
            "next_review_date",
            "nazorg_checkin_date",
            "closed_at",
            "close_reason",
            "file_kind",
            "street_key",
            "city_key",
            "version",
        ),
        "persons": (
            "id",
            "household_id",
            "given_names",
            "family_name_prefix",
            "family_name",
            "birth_date",
            "bsn",
            "relation",
            "phone",
            "email",
            "left_at",
            "restricted",
            "name_key",
            "version",
        ),
        "consents": (
            "id",
            "household_id",
            "person_id",
            "given",
            "given_on",
            "given_by",
            "scope",
            "withdrawn_on",
            "recorded_by",
            "recorded_at",
            "version",
        ),
        "regie_assignments": (
            "id",
            "household_id",
            "user_id",
            "external_party",
            "started_at",
            "ended_at",
            "reason",
            "end_reason",
            "assigned_by",
        ),
        "handovers": (
            "id",
            "household_id",
            "from_user_id",
            "to_user_id",
            "to_external_party",
            "proposed_by",
            "proposed_at",
            "reason",
            "note",
            "status",
            "needs_approval",
            "accepted_at",
            "approved_by",
            "decided_at",
            "decision_note",
            "version",
        ),
        "level_changes": (
            "id",
            "household_id",
            "from_level",
            "to_level",
            "reason",
            "status",
            "requested_by",
            "requested_at",
            "decided_by",
            "decided_at",
            "decision_note",
            "effective_date",
            "next_review_date",
            "version",
        ),
        "plans": ("id", "household_id", "created_at"),
        "plan_versions": (
            "id",
            "plan_id",
            "number",
            "status",
            "summary",
            "created_at",
            "created_by",
            "finalised_at",
            "finalised_by",
            "agreed_on",
            "next_evaluation_date",
            "version",
        ),
        "goals": (
            "id",
            "plan_version_id",
            "lineage_id",
            "leefgebied_code",
            "person_id",
            "title",
            "smart_result",
            "status",
            "hart",
            "wet",
            "euro",
            "position",
            "version",
        ),
        "actions": (
            "id",
            "goal_id",
            "description",
            "responsible_type",
            "responsible_name",
            "deadline",
            "status",
            "completed_on",
            "position",
            "version",
        ),
        "decisions": (
            "id",
            "household_id",
            "plan_version_id",
            "decided_on",
            "subject",
            "hart",
            "wet",
            "euro",
            "outcome",
            "decided_by",
        ),
        "evaluations": (
            "id",
            "household_id",
            "plan_version_id",
            "held_on",
            "summary",
            "next_evaluation_date",
            "recorded_by",
            "recorded_at",
        ),
        "goal_evaluations": ("id", "evaluation_id", "goal_id", "outcome", "note"),
        "measurements": (
            "id",
            "household_id",
            "person_id",
            "instrument_code",
            "measured_on",
            "kind",
            "recorded_by",
        ),
        "measurement_scores": ("measurement_id", "domain_code", "score"),
        "transition_plans": (
            "id",
            "plan_version_id",
            "person_id",
            "wonen",
            "school",
            "werk",
            "inkomen",
            "zorg",
            "veiligheid",
            "relaties",
            "vrije_tijd",
            "risk_assessment",
            "contact_18plus",
            "transfer_date",
            "extended_youth_care_decided",
            "version",
        ),
        "transition_items": (
            "id",
            "transition_plan_id",
            "code",
            "status",
            "responsible",
            "due_date",
            "note",
            "position",
            "version",
        ),
        "meldcode_steps": (
            "id",
            "household_id",
            "person_id",
            "step",
            "done_on",
            "author_id",
            "note",
            "decision",
            "skip_ground",
            "recorded_at",
        ),
        "meldcode_answers": ("step_id", "question", "answer"),
        "journal_entries": (
            "id",
            "household_id",
            "person_id",
            "entry_type",
            "occurred_at",
            "author_id",
            "text",
            "confidential",
            "version",
        ),
        "network_contacts": (
            "id",
            "household_id",
            "kind",
            "organisation",
            "contact_name",
            "role",
            "leefgebied_code",
            "phone",
            "email",
            "active",
            "version",
        ),
    }

    def _flush(self, batch: dict[str, list[tuple]] | None = None) -> None:
        """Write the collected rows, parents before children, and forget them."""
        batch = self.rows if batch is None else batch
        self._write(_pack(batch))
        for rows in batch.values():
            rows.clear()

    def _write(self, packed: dict[str, tuple[int, list[tuple], list[tuple]]]) -> None:
        """Write a batch from `_pack`, parents before children."""
        k = ROWS_PER_INSERT
        for table, cols in self.COLUMNS.items():
            entry = packed.get(table)
            if entry is None:
                continue
            n, groups, rest = entry
            started = time.perf_counter()
            if groups:
                self.cur.executemany(_insert_sql(table, cols, k), groups)
            if rest:
                self.cur.executemany(_insert_sql(table, cols), rest)
            self.timings[table] += time.perf_counter() - started
            self.counts[table] += n

    # ----------------------------------------------------------------- one household
    def _person_name(self, female: bool) -> str:
        return self.rng.choice(self.female if female else self.male)

    def _bsn(self) -> str:
        rnd = self.rng.random
        while True:
            bsn = _bsn_check(10_000_000 + int(rnd() * 90_000_000))
            if bsn and bsn not in self.used_bsn:
                self.used_bsn.add(bsn)
                return bsn

    def _members(self, sk: _Skeleton) -> list[list]:
        """[given, prefix, family, birth ordinal, relation, female] per member."""
        rng = self.rng
        t = self.t
        r = rng.random()
        fam = rng.choice(self.surnames)
        out: list[list] = []

        def adult(lo: int, hi: int, female: bool, name=fam, relation="ouder"):
            age_days = rng.randint(lo * 365, hi * 365)
            out.append(
                [self._person_name(female), name[0], name[1], t - age_days, relation, female]
            )
            return age_days

        if r < 0.27:  # single
            adult(19, 88, rng.random() < 0.55)
        elif r < 0.44:  # couple
            f = rng.random() < 0.5
            a = adult(24, 85, f)
            partner = fam if rng.random() < 0.4 else rng.choice(self.surnames)
            adult(max(19, a // 365 - 6), a // 365 + 6, not f, partner, "partner")
        else:
            two = r >= 0.66
            f = rng.random() < (0.5 if two else 0.85)
            a = adult(24, 55, f)
            if two:
                partner = fam if rng.random() < 0.5 else rng.choice(self.surnames)
                adult(max(20, a // 365 - 6), a // 365 + 6, not f, partner, "partner")
            kids = rng.weighted((1, 2, 3, 4, 5), (22, 38, 25, 10, 5))
            max_age = min(21 * 365, a - 18 * 365)
            for _ in range(kids):
                age_days = rng.randint(0, max(0, max_age))
                kf = rng.random() < 0.5
                out.append([self._person_name(kf), fam[0], fam[1], t - age_days, "kind", kf])
            if rng.random() < 0.08:
                g = rng.random() < 0.6
                out.append(
                    [
                        self._person_name(g),
                        fam[0],
                        fam[1],
                        t - rng.randint(62, 88) * 365,
                        "overig",
                        g,
                    ]
                )
        return out

    def _household(self, sk: _Skeleton) -> None:
        rng = self.rng
        t = self.t
        rows = self.rows
        tm = self.teams[sk.area]
        hid = self._id("households")
        status = sk.status
        is_open = status != "afgesloten"
        # ---- dates
        if status == "aangemeld":
            signal = t - rng.randint(0, 21)
        elif status == "intake":
            signal = t - rng.randint(14, 90)
        elif status == "actief":
            signal = t - rng.randint(60, 1100)
        elif status == "nazorg":
            signal = t - rng.randint(240, 1300)
        else:
            signal = t - rng.randint(300, 1800)
        end = t if is_open else min(t - 1, signal + rng.randint(180, 700))
        registered = signal + rng.randint(0, 3)
        if registered > t:
            registered = t
        # ---- people in charge
        if sk.rank >= 3:
            reg = tm.heavy[tm.heavy_i % len(tm.heavy)]
            tm.heavy_i += 1
        else:
            reg = tm.light[tm.light_i % len(tm.light)]
            tm.light_i += 1
        consulent = rng.choice(tm.consulenten)
        tl = tm.teamleider
        # ---- members
        members = self._members(sk)
        pids: list[int] = []
        adults: list[int] = []
        youths: list[tuple[int, int, str]] = []
        names: list[tuple[str, str | None, str]] = []
        rnd = rng.random
        key, phones, d = self.key, self.phones, self.D
        pid = self.next_id["persons"]
        add_person = rows["persons"].append
        for given, prefix, family, born, relation, _f in members:
            pids.append(pid)
            age_days = t - born
            has_phone = relation != "kind" or age_days > 14 * 365
            family_key = key(family)
            add_person(
                (
                    pid,
                    hid,
                    given,
                    prefix,
                    family,
                    d[born],
                    self._bsn() if rnd() < 0.92 else None,
                    relation,
                    _pick(phones, rnd()) if has_phone and rnd() < 0.7 else None,
                    f"{key(given).replace(' ', '')}.{family_key.replace(' ', '')}@example.nl"
                    if relation != "kind" and rnd() < 0.4
                    else None,
                    None,
                    0,
                    family_key,
                    1,
                )
            )
            pid += 1
            names.append((relation, prefix, family))
            if relation in ("ouder", "partner"):
                adults.append(pid - 1)
            elif relation == "kind" and 15 * 365 <= age_days < 18 * 365 + 1:
                youths.append((pid - 1, born, given))
        self.next_id["persons"] = pid
        head_name = members[0][0]
        display, sort = names_for(names)
        # ---- address
        wijk, street, max_nr, pc = rng.choice(tm.streets)
        nr = rng.randint(1, max_nr)
        suffix = rng.choice(("A", "B", "bis", "1", "2", "3")) if rng.random() < 0.12 else None
        # ---- level history (walk from the start level to the current one)
        level_rank = sk.rank
        changes = self._level_history(hid, signal, end, level_rank, reg, tl, is_open)
        last_eff = changes
        interval = self.level_days[level_rank]
        if not is_open:
            next_review = None
        elif status == "aangemeld":
            next_review = self.D[signal + self.level_days[2]]
        elif rng.random() < 0.12:
            next_review = self.D[t - rng.randint(1, 60)]  # overdue
        else:
            next_review = self.D[t + rng.randint(1, max(2, interval))]
        del last_eff
        nazorg = self.D[t + rng.randint(-10, 84)] if status == "nazorg" else None
        kids = any(r == "kind" for _g, _p, _f, _b, r, _x in members)
        file_kind = (
            "jeugdwet"
            if kids and rng.random() < 0.7
            else rng.choice(("wmo", "wmo", "participatiewet"))
        )
        rows["households"].append(
            (
                hid,
                f"{date.fromordinal(registered).year}-{hid:06d}",
                display,
                sort,
                street,
                nr,
                suffix,
                pc,
                wijk.city,
                tm.area.gemeente,
                wijk.name,
                tm.id,
                status,
                self.D[signal],
                rng.weighted(self.sources, self.source_w),
                None,
                self.dt(registered),
                consulent,
                self.level_code[level_rank],
                next_review,
                nazorg,
                None if is_open else self.dt(end),
                None if is_open else rng.choice(CLOSE_REASONS),
                file_kind,
                self.key(street),
                self.key(wijk.city),
                1,
            )
        )
        # ---- regie and handovers
        self._regie(hid, signal, end, reg, consulent, tl, tm, is_open, level_rank, status)
        # ---- consent
        if status != "aangemeld":
            given = rng.random() < 0.92
            on = min(end, signal + rng.randint(3, 20))
            rows["consents"].append(
                (
                    self._id("consents"),
                    hid,
                    pids[0],
                    int(given),
                    self.D[on],
                    " ".join(x for x in members[0][:3] if x),
                    "informatie delen met betrokken ketenpartners voor het gezinsplan",
                    self.D[min(end, on + rng.randint(30, 300))]
                    if given and rng.random() < 0.05
                    else None,
                    reg,
                    self.dt(on),
                    1,
                )
            )
        # ---- plan, goals, actions, evaluations, measurements, transition plans
        plan_id = self._id("plans")
        rows["plans"].append((plan_id, hid, self.dt(registered)))
        latest_pv = self._plan(hid, plan_id, status, signal, end, reg, pids, members, tm)
        self._measurements(hid, status, signal, end, reg, pids[0], level_rank)
        if latest_pv and youths and is_open:
            for pid, born, given in youths:
                if rng.random() < 0.55:
                    self._transition(latest_pv, pid, born, given)
        # ---- journal
        # The hottest loop (about ten rows per household): inlined draws.
        rnd = rng.random
        n_journal = rng.randint(1, 3) if status == "aangemeld" else rng.randint(3, 17)
        span = max(1, end - signal) + 1
        authors = (reg, reg, reg, consulent)
        pool, n_pool, n_pids, n_times = (
            self.journal_pool,
            len(self.journal_pool),
            len(pids),
            len(TIMES),
        )
        jid = self.next_id["journal_entries"]
        append = rows["journal_entries"].append
        d = self.D
        for o in sorted([signal + int(rnd() * span) for _ in range(n_journal)]):
            append(
                (
                    jid,
                    hid,
                    pids[int(rnd() * n_pids)] if rnd() < 0.15 else None,
                    JOURNAL_TYPES[int(rnd() * 5)],
                    f"{d[o]} {TIMES[int(rnd() * n_times)]}",
                    authors[int(rnd() * 4)],
                    pool[int(rnd() * n_pool)].replace("{naam}", head_name),
                    1 if rnd() < 0.06 else 0,
                    1,
                )
            )
            jid += 1
        self.next_id["journal_entries"] = jid
        # ---- network
        if status != "aangemeld":
            for _ in range(rng.weighted((0, 1, 2, 3, 4), (15, 30, 30, 15, 10))):
                if rng.random() < 0.65:
                    org, role, lg = rng.choice(PARTNERS)
                    given = self._person_name(rng.random() < 0.6)
                    prefix, fam = rng.choice(self.surnames)
                    rows["network_contacts"].append(
                        (
                            self._id("network_contacts"),
                            hid,
                            "formeel",
                            org,
                            " ".join(x for x in (given, prefix, fam) if x),
                            role,
                            lg if lg in self.leefgebieden else None,
                            rng.choice(self.phones),
                            None,
                            int(is_open),
                            1,
                        )
                    )
                else:
                    role = rng.choice(INFORMAL_ROLES)
                    rows["network_contacts"].append(
                        (
                            self._id("network_contacts"),
                            hid,
                            "informeel",
                            None,
                            self._person_name(rng.random() < 0.6),
                            role,
                            "sociaal_netwerk" if "sociaal_netwerk" in self.leefgebieden else None,
                            rng.choice(self.phones) if rng.random() < 0.5 else None,
                            None,
                            1,
                            1,
                        )
                    )
        # ---- meldcode
        if is_open and status != "aangemeld" and rng.random() < (0.12 if level_rank >= 3 else 0.01):
            steps = rng.randint(2, 5)
            on = signal + rng.randint(5, 30)
            subject = rng.choice(pids[1:] or pids)
            weighing_id = None
            for step in range(1, steps + 1):
                on = min(t, on + rng.randint(1, 10))
                step_id = self._id("meldcode_steps")
                decision = (
                    rng.choice(("melden", "hulp organiseren", "melden en hulp organiseren"))
                    if step == 5
                    else None
                )
                rows["meldcode_steps"].append(
                    (
                        step_id,
                        hid,
                        subject,
                        step,
                        self.D[on],
                        reg,
                        (
                            "Signalen in kaart gebracht",
                            "Collegiale consultatie en Veilig Thuis geraadpleegd",
                            "Gesprek met de ouders gevoerd",
                            "Risico's gewogen met het afwegingskader",
                            "Besluit genomen",
                        )[step - 1],
                        decision,
                        None,
                        self.dt(on),
                    )
                )
                if step == 4:
                    weighing_id = step_id
            if weighing_id is not None:  # answers that the decision (if taken) follows from
                answers = MELDING_ANSWERS if decision and "melden" in decision else HELP_ANSWERS
                rows["meldcode_answers"].extend(
                    (weighing_id, code, answer) for code, answer in answers
                )

    def _level_history(
        self, hid: int, signal: int, end: int, rank: int, reg: int, tl: int, is_open: bool
    ) -> int:
        """Carried-out changes from the start level (AVE 2) to `rank`; some refused and some
        pending requests. Returns the effective date of the last carried-out change."""
        rng = self.rng
        rows = self.rows["level_changes"]
        code = self.level_code
        path = [2]
        if rank == 1:
            path += [3, 2, 1] if rng.random() < 0.2 else [1]
        elif rank == 2:
            if rng.random() < 0.25:
                path += [3, 2]
        elif rank == 3:
            path += [3]
        else:
            path += [3, 4] if rng.random() < 0.6 else [4]
        n = len(path)
        span = max(n, end - signal)
        dates = sorted(signal + rng.randint(1, span) for _ in range(n - 1))
        dates = [signal, *dates]
        prev: str | None = None
        prev_rank = 0
        for lvl, eff in zip(path, dates, strict=True):
            to = code[lvl]
            needs = to in self.approval and prev is not None
            requested = eff - (rng.randint(1, 5) if needs else 0)
            rows.append(
                (
                    self._id("level_changes"),
                    hid,
                    prev,
                    to,
                    "aanmelding"
                    if prev is None
                    else (
                        "situatie verslechterd; meer partijen nodig"
                        if lvl > prev_rank
                        else "situatie stabiel; afschalen"
                    ),
                    "doorgevoerd",
                    reg,
                    self.dt(requested),
                    tl if needs else reg,
                    self.dt(eff),
                    "akkoord teamleider" if needs else None,
                    self.D[eff],
                    self.D[eff + self.level_days[lvl]],
                    1,
                )
            )
            prev = to
            prev_rank = lvl
        if rng.random() < 0.04 and rank < 4:
            o = min(end, dates[-1] + rng.randint(1, 60))
            rows.append(
                (
                    self._id("level_changes"),
                    hid,
                    code[rank],
                    code[rank + 1],
                    "zorgen over veiligheid",
                    "afgewezen",
                    reg,
                    self.dt(o),
                    tl,
                    self.dt(min(end, o + 2)),
                    "eerst het netwerk inzetten",
                    None,
                    None,
                    1,
                )
            )
        if is_open and rank < 4 and rng.random() < 0.05:
            o = self.t - rng.randint(0, 14)
            rows.append(
                (
                    self._id("level_changes"),
                    hid,
                    code[rank],
                    code[rank + 1],
                    "nieuwe signalen; opschalen gevraagd",
                    "aangevraagd",
                    reg,
                    self.dt(o),
                    None,
                    None,
                    None,
                    None,
                    None,
                    1,
                )
            )
        return dates[-1]

    def _regie(self, hid, signal, end, reg, consulent, tl, tm, is_open, rank, status) -> None:
        rng = self.rng
        rows = self.rows
        start = signal + rng.randint(0, 3)
        history: list[tuple[int | None, str | None]] = []
        if status != "aangemeld" and rng.random() < 0.18:
            history.append((consulent, None))
        if rank == 4 and rng.random() < 0.25:
            history.append((None, rng.choice(EXTERNAL_REGIE)))
        history.append((reg, None))
        cuts = sorted(start + rng.randint(1, max(2, end - start)) for _ in range(len(history) - 1))
        bounds = [start, *cuts, None if is_open else end]
        for i, (uid, ext) in enumerate(history):
            began, ended = bounds[i], bounds[i + 1]
            rows["regie_assignments"].append(
                (
                    self._id("regie_assignments"),
                    hid,
                    uid,
                    ext,
                    self.dt(began),
                    None if ended is None else self.dt(ended),
                    "aanmelding" if i == 0 else "overdracht",
                    None
                    if ended is None
                    else ("afgesloten" if i == len(history) - 1 else "overdracht"),
                    tl,
                )
            )
            if i > 0:
                prev_uid, prev_ext = history[i - 1]
                rows["handovers"].append(
                    (
                        self._id("handovers"),
                        hid,
                        prev_uid,
                        uid,
                        ext,
                        prev_uid or tl,
                        self.dt(began - 3),
                        "andere expertise nodig"
                        if ext is None
                        else "regie tijdelijk bij gecertificeerde instelling",
                        "warme overdracht gedaan",
                        "voltooid",
                        1,
                        self.dt(began - 1),
                        tl,
                        self.dt(began),
                        "akkoord",
                        1,
                    )
                )
        if is_open and status != "aangemeld" and rng.random() < 0.03:
            same_team = rng.random() < 0.5
            other = (
                self.teams[(self.teams.index(tm) + 1) % len(self.teams)] if not same_team else tm
            )
            pool = [u for u in other.light + other.heavy if u != reg] or [reg]
            to = rng.choice(pool)
            o = self.t - rng.randint(0, 20)
            rows["handovers"].append(
                (
                    self._id("handovers"),
                    hid,
                    reg,
                    to,
                    None,
                    reg,
                    self.dt(o),
                    "verhuizing naar andere wijk" if not same_team else "verdeling caseload",
                    "dossier is bijgewerkt",
                    "voorgesteld" if same_team else "geaccepteerd",
                    int(not same_team),
                    None if same_team else self.dt(o + 1),
                    None,
                    None,
                    None,
                    1,
                )
            )

    def _plan(self, hid, plan_id, status, signal, end, reg, pids, members, tm) -> int | None:
        """Plan versions with goals and actions; returns the latest version id."""
        rng = self.rng
        rows = self.rows
        t = self.t
        if status == "aangemeld" or (status == "intake" and rng.random() < 0.5):
            return None
        versions: list[tuple[int, str]] = []  # (created ordinal, status)
        created = signal + rng.randint(10, 40)
        if status == "intake":
            versions.append((min(created, t), "concept"))
        else:
            versions.append((created, "vastgesteld"))
            nxt = created + rng.randint(90, 200)
            if rng.random() < 0.45 and nxt < end - 10:
                versions.append((nxt, "vastgesteld"))
                nxt += rng.randint(90, 200)
            if status == "actief" and rng.random() < 0.3 and nxt < t:
                versions.append((nxt, "concept"))
        lineage: list[tuple[int, str, str, int | None]] = []  # (lineage id, lg, title, person)
        latest_pv = None
        latest_prev: int | None = None
        prev_goals: list[int] = []
        for number, (made, vstatus) in enumerate(versions, start=1):
            pv = self._id("plan_versions")
            latest_pv = pv
            final = vstatus == "vastgesteld"
            fin = min(end, made + rng.randint(5, 20)) if final else None
            is_last = number == len(versions)
            rows["plan_versions"].append(
                (
                    pv,
                    plan_id,
                    number,
                    vstatus,
                    rng.choice(QUESTIONS),
                    self.dt(made),
                    reg,
                    self.dt(fin) if fin else None,
                    reg if final else None,
                    self.D[fin] if fin else None,
                    self.D[(fin or made) + rng.randint(60, 120)],
                    1,
                )
            )
            # goals: keep most of the previous lineage, add new ones
            goals: list[tuple[int, str, str, int | None]] = [
                g for g in lineage if rng.random() < 0.7
            ]
            for _ in range(rng.weighted((1, 2, 3), (45, 40, 15)) - (1 if goals else 0)):
                lg = rng.weighted(self.lg_codes, self.lg_weights)
                title, _smart = rng.choice(GOAL_TEMPLATES.get(lg, (("Doel", "Resultaat"),)))
                person = rng.choice(pids) if rng.random() < 0.3 else None
                goals.append((0, lg, title, person))
            this_goals: list[int] = []
            for pos, (lin, lg, title, person) in enumerate(goals):
                gid = self._id("goals")
                lin = lin or gid
                smart = SMART_RESULTS.get((lg, title), "Resultaat afgesproken.")
                naam = members[pids.index(person)][0] if person else members[0][0]
                if not is_last:
                    gstatus = rng.choice(("behaald", "lopend", "niet behaald"))
                elif status in ("afgesloten", "nazorg"):
                    gstatus = rng.choice(("behaald", "behaald", "niet behaald", "vervallen"))
                else:
                    gstatus = rng.choice(("open", "lopend", "lopend"))
                weighed = rng.random() < 0.2
                rows["goals"].append(
                    (
                        gid,
                        pv,
                        lin,
                        lg,
                        person,
                        title,
                        smart.format(naam=naam),
                        gstatus,
                        "wat het huishouden zelf wil en kan" if weighed else None,
                        "Participatiewet en Wmo 2015" if weighed else None,
                        "binnen budget maatwerkvoorziening" if weighed else None,
                        pos,
                        1,
                    )
                )
                this_goals.append(gid)
                goals[pos] = (lin, lg, title, person)
                self._actions(gid, made, end, gstatus, naam, is_last and status != "afgesloten")
            lineage = goals
            # evaluation of the previous version when this one was made
            if prev_goals and number > 1:
                self._evaluation(hid, latest_prev, made - rng.randint(1, 7), reg, prev_goals)
            latest_prev = pv
            prev_goals = this_goals
        # evaluation of the last vastgesteld version for long-running cases
        if (
            versions[-1][1] == "vastgesteld"
            and status in ("actief", "nazorg", "afgesloten")
            and versions[-1][0] + 90 < end
            and rng.random() < 0.5
        ):
            self._evaluation(hid, latest_pv, versions[-1][0] + rng.randint(80, 90), reg, prev_goals)
        if status == "actief" and rng.random() < 0.08:
            rows["decisions"].append(
                (
                    self._id("decisions"),
                    hid,
                    latest_pv,
                    self.D[min(t, versions[-1][0] + 7)],
                    "Maatwerk: budgetbeheer zonder eigen bijdrage",
                    "Het gezin raakt anders de woning kwijt",
                    "Wmo 2015 en gemeentelijke beleidsregels",
                    "Kosten lager dan huisuitzetting en opvang",
                    "toegekend voor 6 maanden",
                    reg,
                )
            )
        del tm
        return latest_pv

    def _actions(self, gid, made, end, gstatus, naam, current) -> None:
        # Hot (about 4.5 actions per household): draws inlined, ids counted locally.
        rnd = self.rng.random
        rows = self.rows["actions"]
        t = self.t
        d = self.D
        aid = self.next_id["actions"]
        r = rnd()
        n = 1 if r < 0.4 else (2 if r < 0.8 else 3)
        for pos in range(n):
            rtype = RESPONSIBLE_TYPES[int(rnd() * 5)]
            if rtype == "inwoner":
                desc = _pick(ACTION_TEXTS["inwoner"], rnd()).replace("{naam}", naam)
                resp = naam
            elif rtype == "netwerk":
                resp = INFORMAL_ROLES[int(rnd() * len(INFORMAL_ROLES))]
                desc = _pick(ACTION_TEXTS["netwerk"], rnd()).replace("{wie}", resp)
            else:
                desc = _pick(ACTION_TEXTS[rtype], rnd())
                if rtype == "wijkteam":
                    resp = "wijkteam"
                else:
                    resp = _pick(PARTNERS, rnd())[0 if rtype == "aanbieder" else 1]
            deadline = made + 14 + int(rnd() * 137)
            if current:
                status = _pick(
                    ("open", "lopend", "afgerond") if deadline < t else ("open", "open", "lopend"),
                    rnd(),
                )
            else:
                status = "gestopt" if rnd() < 1 / 3 else "afgerond"
            if status == "afgerond":
                done = min(end, deadline - int(rnd() * 11))
                done_text = d[done] if done else None
            else:
                done_text = None
            rows.append((aid, gid, desc, rtype, resp, d[deadline], status, done_text, pos, 1))
            aid += 1
        self.next_id["actions"] = aid

    def _evaluation(self, hid, pv, held, reg, goal_ids) -> None:
        rng = self.rng
        held = min(held, self.t)
        eid = self._id("evaluations")
        self.rows["evaluations"].append(
            (
                eid,
                hid,
                pv,
                self.D[held],
                rng.choice(
                    (
                        "Doelen grotendeels behaald; plan bijgesteld.",
                        "Weinig voortgang; extra inzet van het netwerk afgesproken.",
                        "Huishouden tevreden; afschalen besproken.",
                    )
                ),
                self.D[held + rng.randint(60, 120)],
                reg,
                self.dt(held),
            )
        )
        for gid in goal_ids:
            self.rows["goal_evaluations"].append(
                (
                    self._id("goal_evaluations"),
                    eid,
                    gid,
                    rng.choice(("behaald", "lopend", "niet behaald")),
                    None,
                )
            )

    def _measure(self, hid, person, instrument, on, kind, reg, base) -> None:
        domains = self.instruments.get(instrument)
        if not domains:
            return
        rng = self.rng
        mid = self._id("measurements")
        self.rows["measurements"].append((mid, hid, person, instrument, self.D[on], kind, reg))
        top = 6 if instrument == "PARTICIPATIELADDER" else 5
        scores = self.rows["measurement_scores"]
        for dom in domains:
            scores.append((mid, dom, max(1, min(top, base + rng.randint(-1, 1)))))

    def _measurements(self, hid, status, signal, end, reg, head, rank) -> None:
        if status == "aangemeld":
            return
        rng = self.rng
        base = 5 - rank if rank > 1 else 4
        intake = min(end, signal + rng.randint(7, 30))
        if rng.random() < 0.8:
            self._measure(hid, None, "ZRM-HH", intake, "intake", reg, base)
        if rng.random() < 0.15:
            self._measure(hid, head, "ZRM2017", intake, "intake", reg, base)
        if status in ("actief", "nazorg", "afgesloten") and end - intake > 120:
            later = intake + rng.randint(90, end - intake)
            if rng.random() < 0.5:
                self._measure(hid, None, "ZRM-HH", later, "evaluatie", reg, base + 1)
            if rng.random() < 0.07:
                self._measure(hid, head, "ZRM2017", later, "evaluatie", reg, base + 1)
            if rng.random() < 0.08:
                self._measure(hid, head, "PARTICIPATIELADDER", later, "evaluatie", reg, base)
        if status == "afgesloten" and rng.random() < 0.5:
            self._measure(hid, None, "ZRM-HH", end, "afsluiting", reg, base + 1)

    def _transition(self, pv: int, pid: int, born: int, given: str) -> None:
        rng = self.rng
        t = self.t
        age = (t - born) / 365.25
        tid = self._id("transition_plans")
        filled = age >= 16
        eighteen = date.fromordinal(born)
        try:
            eighteen = eighteen.replace(year=eighteen.year + 18)
        except ValueError:  # 29 February
            eighteen = eighteen + timedelta(days=18 * 365 + 4)
        self.rows["transition_plans"].append(
            (
                tid,
                pv,
                pid,
                *(
                    TRANSITION_TEXT[a] if filled and rng.random() < 0.8 else None
                    for a in (
                        "wonen",
                        "school",
                        "werk",
                        "inkomen",
                        "zorg",
                        "veiligheid",
                        "relaties",
                        "vrije_tijd",
                    )
                ),
                "Risico op uitval bij de overgang naar 18+" if filled else None,
                rng.choice(("Werkplein Delft", "MEE Zuid-Holland Noord", "Kwadraad"))
                if filled
                else None,
                eighteen.isoformat(),
                (int(rng.random() < 0.5) if age >= 17.5 else None),
                1,
            )
        )
        done_share = max(0.0, min(1.0, (age - 15) / 3))
        for pos, code in enumerate(self.checklist):
            r = rng.random()
            status = (
                "geregeld" if r < done_share * 0.8 else ("lopend" if r < done_share else "open")
            )
            if code == "huurtoeslag" and rng.random() < 0.7:
                status = "n.v.t."
            self.rows["transition_items"].append(
                (
                    self._id("transition_items"),
                    tid,
                    code,
                    status,
                    given if rng.random() < 0.5 else "regisseur",
                    self.D[eighteen.toordinal() - rng.randint(0, 120)],
                    None,
                    pos,
                    1,
                )
            )


def summary_lines(result: DemoResult) -> list[str]:
    c = result.counts
    lines = [
        f"{result.households} huishoudens, {c.get('persons', 0)} personen, "
        f"{c.get('journal_entries', 0)} journaalregels, {c.get('goals', 0)} doelen, "
        f"{c.get('actions', 0)} acties (seed {result.seed}, {result.seconds:.1f} s)",
        f"{sum(a.can_log_in for a in result.accounts)} demo-accounts om mee in te loggen "
        f"(wachtwoord voor allemaal: {result.password}); "
        f"{len(result.accounts)} medewerkers in de gegevens",
    ]
    for acc in result.example_accounts():
        lines.append(f"  bijvoorbeeld {acc.username} ({acc.role}, {acc.team})")
    return lines
