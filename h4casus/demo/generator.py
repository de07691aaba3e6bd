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

import contextlib
import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.demo import limits
from h4casus.demo.producer import Producer, use_producer
from h4casus.demo.results import DEMO_PASSWORD, DemoAccount, DemoResult
from h4casus.demo.rows import Generator
from h4casus.domain.errors import RuleViolation, ValidationError
from h4casus.security.policy import require
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage import stall_marks

__all__ = [
    "DEMO_PASSWORD",
    "DemoAccount",
    "DemoResult",
    "generate",
    "refuse_real_store",
    "summary_lines",
]

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
    if not isinstance(households, int) or households < 0 or households > limits.MAX_HOUSEHOLDS:
        raise ValidationError(f"moet tussen 0 en {limits.MAX_HOUSEHOLDS} liggen", "huishoudens")
    if not isinstance(seed, int):
        raise ValidationError("moet een geheel getal zijn", "seed")
    started = time.perf_counter()
    ground = require(ctx.actor, "demo.generate")
    # Bulk settings on the one connection that does the load, set before its transaction:
    # - a large load into WAL writes every page twice (log, then checkpoint); with a rollback
    #   journal, pages new to the file are written once (only if no other connection is open);
    # - foreign-key checks cost a b-tree lookup per reference per row; the generator makes
    #   consistent ids (tests run PRAGMA foreign_key_check on its output).
    bulk = households >= limits.BULK_MIN_HOUSEHOLDS
    # Started first: the helper process imports this module while the setup runs here.
    producer = None
    if use_producer(households):
        with contextlib.suppress(OSError):  # no helper: the rows are made here
            producer = Producer.start()
    with ctx.vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        if bulk:
            raw.execute("PRAGMA journal_mode = DELETE")
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with Session(bind=conn, expire_on_commit=False) as s, s.begin():
                refuse_real_store(s)
                gen = Generator(s, ctx, households, seed)
                counts = gen.run(producer)
                stall_marks.refresh(s)  # the bulk rows bypass the ORM listener
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
