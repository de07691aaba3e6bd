"""The demo generator itself: its state (ids, pools, seeded random source), the order of
the work (teams and accounts, then households in batches, optionally from a helper process)
and the bulk write. The rows of one household are made by the mixins in household_rows and
plan_rows."""

from __future__ import annotations

import functools
import math
import time
from collections import defaultdict
from collections.abc import Iterator

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.config import kdf_target_seconds, load_default
from h4casus.demo import limits
from h4casus.demo.bulk import COLUMNS, insert_sql, pack
from h4casus.demo.draw import Dates, FastRandom, Skeleton, Team
from h4casus.demo.household_rows import HouseholdRows
from h4casus.demo.plan_rows import PlanRows
from h4casus.demo.producer import Producer
from h4casus.demo.regie_rows import RegieRows
from h4casus.demo.region import AREAS, POSTCODE_LETTERS
from h4casus.demo.results import DEMO_PASSWORD, DemoAccount
from h4casus.demo.vocabulary import (
    ACTIVE_LEVEL_WEIGHTS,
    COMMON_SURNAMES,
    EXTRA_GIVEN,
    JOURNAL_TEXTS,
    LEEFGEBIED_WEIGHTS,
    MOODS,
    N_TIMES,
    PARTNERS,
    SIGNAL_SOURCES,
    STATUS_WEIGHTS,
    TIMES,
    TUSSENVOEGSELS,
)
from h4casus.domain.errors import ValidationError
from h4casus.security import keyslots
from h4casus.security.lockout import KeyGuard
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.accounts import get_or_create_team
from h4casus.storage.models import search_key


class Generator(HouseholdRows, RegieRows, PlanRows):
    def __init__(self, s: Session, ctx: ServiceContext, households: int, seed: int) -> None:
        self.s = s
        self.ctx = ctx
        self.n = households
        self.seed = seed
        self.rng = FastRandom(seed)
        self.fake = Faker("nl_NL")
        self.fake.seed_instance(seed)
        self.today = ctx.clock.today()
        self.t = self.today.toordinal()
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.batch_households = limits.BATCH_HOUSEHOLDS  # travels with the state to the helper
        self.counts: dict[str, int] = defaultdict(int)
        self.timings: dict[str, float] = defaultdict(float)
        self.started = time.perf_counter()
        self.new_accounts: list[DemoAccount] = []
        self.new_user_names: list[str] = []
        self.user_names: dict[int, str] = {}
        self.D = Dates()  # ordinal -> 'YYYY-MM-DD', as SQLAlchemy stores a Date
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
            "eigen_regie",
            "regie_escalations",
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
    def run(self, producer: Producer | None = None) -> dict[str, int]:
        rng = self.rng
        weights = [a.weight for a in AREAS]
        statuses = [st for st, _w in STATUS_WEIGHTS]
        status_w = [w for _st, w in STATUS_WEIGHTS]
        skel: list[Skeleton] = []
        for _ in range(self.n):
            area = rng.weighted(range(len(AREAS)), tuple(weights))
            status = rng.weighted(statuses, tuple(status_w))
            if status in ("aangemeld", "intake"):
                rank = 2
            elif status == "actief":
                rank = rng.weighted((1, 2, 3, 4), tuple(w for _r, w in ACTIVE_LEVEL_WEIGHTS))
            else:
                rank = 1 if rng.random() < 0.7 else 2
            skel.append(Skeleton(area, status, rank))
        self._teams_and_accounts(skel)
        cur = self.cur
        old_cache = cur.execute("PRAGMA cache_size").fetchone()[0]
        cur.execute("PRAGMA cache_size = -262144")
        # Large loads: drop the secondary indexes of the tables we fill and build them again
        # afterwards (sorting once beats millions of random b-tree inserts). Same transaction,
        # so a failure leaves the indexes as they were; unique ones re-check their rule.
        dropped = self._drop_indexes() if self.n >= limits.BULK_MIN_HOUSEHOLDS else []
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

    def _batches(self, skel: list[Skeleton]) -> Iterator[dict[str, list[tuple]]]:
        """The rows of the households, limits.BATCH_HOUSEHOLDS households at a time. The same code
        runs here or in the helper process, so a seed gives the same data either way."""
        last, size = len(skel), self.batch_households
        for i, sk in enumerate(skel, start=1):
            self._household(sk)
            if i % size == 0 or i == last:
                batch, self.rows = self.rows, defaultdict(list)
                yield batch

    def _write_from(self, producer: Producer, skel: list[Skeleton]) -> None:
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
        tables = tuple(COLUMNS)
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

    def _teams_and_accounts(self, skel: list[Skeleton]) -> None:
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
        self.teams: list[Team] = []
        for ai, area in enumerate(AREAS):
            team = get_or_create_team(self.s, area.team, area.gemeente)
            if team.gemeente is None:
                team.gemeente = area.gemeente
            tm = Team(team.id, area)
            slug = area.team.removeprefix("Wijkteam ").lower().replace(" ", "-")
            n_heavy = max(1, math.ceil(heavy[ai] / 6))
            n_light = max(1, math.ceil(light[ai] / 35))
            n_cons = max(1, math.ceil((n_heavy + n_light) / 4))
            tm.teamleider = self._user(f"{slug}.teamleider", "teamleider", tm, now, True)
            regie = [
                self._user(
                    f"{slug}.regie{i + 1:03d}", "regisseur", tm, now, i < limits.LOGIN_REGISSEURS
                )
                for i in range(n_heavy + n_light)
            ]
            tm.heavy, tm.light = regie[:n_heavy], regie[n_heavy:]
            tm.consulenten = [
                self._user(
                    f"{slug}.consulent{i + 1:02d}",
                    "consulent",
                    tm,
                    now,
                    i < limits.LOGIN_CONSULENTEN,
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

    def _user(self, username: str, role: str, tm: Team, created: str, login: bool) -> int:
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
    def _flush(self, batch: dict[str, list[tuple]] | None = None) -> None:
        """Write the collected rows, parents before children, and forget them."""
        batch = self.rows if batch is None else batch
        self._write(pack(batch))
        for rows in batch.values():
            rows.clear()

    def _write(self, packed: dict[str, tuple[int, list[tuple], list[tuple]]]) -> None:
        """Write a batch from `pack`, parents before children."""
        k = limits.ROWS_PER_INSERT
        for table, cols in COLUMNS.items():
            entry = packed.get(table)
            if entry is None:
                continue
            n, groups, rest = entry
            started = time.perf_counter()
            if groups:
                self.cur.executemany(insert_sql(table, cols, k), groups)
            if rest:
                self.cur.executemany(insert_sql(table, cols), rest)
            self.timings[table] += time.perf_counter() - started
            self.counts[table] += n
