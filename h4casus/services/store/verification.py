"""`h4casus verify`: SQLCipher page authentication, SQLite integrity, foreign keys, schema
revision, the named invariants of the data (`storage.invariants`), the audit chain and its
anchor outside the database, and the slot file.

Rules:
- Every finding that means damage or tampering is a problem (exit 5): also a slot in the slot
  file without an active account (a removed user's, or one added behind the application's
  back: any slot opens the whole store), and a database behind its audit anchor.
- Slots with weak (test-only) KDF parameters are named as a warning line.
- The result is logged (the detail of the `verify` row says it) and kept as the last verify
  for the beheerder's worklist (`services.store.health`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from h4casus.domain.errors import IntegrityFailure
from h4casus.security import keyslots
from h4casus.security.keyslots import SlotFile
from h4casus.security.policy import require
from h4casus.services.access.authorize import require_global
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.refusals import logged_refusals
from h4casus.services.store import health
from h4casus.services.store.guard import anchor_problem, reanchor
from h4casus.services.store.rekeying import active_usernames
from h4casus.services.store.session import login
from h4casus.services.store.vault import open_store
from h4casus.storage.engine import cipher_integrity_problems
from h4casus.storage.invariants import INVARIANTS, broken_invariants
from h4casus.storage.schema_version import HEAD, current_revision


@dataclass
class VerifyReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def slot_problems(slots: SlotFile, active: set[str]) -> list[str]:
    """Slots that open the store without an active account behind them."""
    allowed = {keyslots.user_slot_id(u) for u in active} | {keyslots.RECOVERY_SLOT}
    return [
        f"sleutelbestand: sleutel {slot_id} hoort niet bij een actief account (die sleutel "
        "opent de hele database; 'h4casus rekey' verwijdert hem)"
        for slot_id in sorted(set(slots.slots) - allowed)
    ]


def verify_store(ctx: ServiceContext) -> VerifyReport:
    report = VerifyReport()
    try:
        problems = cipher_integrity_problems(ctx.vault.engine)
    except Exception as exc:  # a damaged page can fail the check itself
        problems = [f"controle kon niet worden uitgevoerd: {exc}"]
    report.problems.extend(problems)
    report.lines.append(f"versleuteling en database: {'in orde' if not problems else 'FOUT'}")
    rev, head = current_revision(ctx.vault.engine), HEAD
    if rev != head:
        report.problems.append(f"schema staat op {rev}, verwacht {head}")
    report.lines.append(f"schema: {rev}")
    with ctx.read_session() as s:
        broken = broken_invariants(s)
        chain = audit_log.verify(s, ctx.vault.key)
        active = active_usernames(s)
    report.problems.extend(f"regel geschonden: {v}" for v in broken)
    report.lines.append(
        f"regels: {len(INVARIANTS) - len(broken)} van {len(INVARIANTS)} in orde"
        + (" (" + ", ".join(v.name for v in broken) + " geschonden)" if broken else "")
    )
    if chain.broken:
        report.problems.append(
            f"logboek: keten verbroken bij rij {chain.broken.row_id}: {chain.broken.reason}"
        )
    report.lines.append(
        f"logboek: {chain.rows} regels, keten {'in orde' if not chain.broken else 'VERBROKEN'}"
    )
    anchored = anchor_problem(ctx.vault)
    if anchored is not None:
        report.problems.append(f"anker: {anchored}")
    report.lines.append(f"anker van het logboek: {'in orde' if anchored is None else 'FOUT'}")
    try:
        slots = SlotFile.load(ctx.vault.slots.path)
        slots.verify_seal(ctx.vault.key)
    except IntegrityFailure as exc:
        report.problems.append(str(exc))
    else:
        shadow = slot_problems(slots, active)
        report.problems.extend(shadow)
        report.lines.append(
            f"sleutelbestand: {len(slots.slots)} sleutels, "
            f"{'in orde' if not shadow else f'{len(shadow)} zonder actief account'}"
        )
        weak = sorted(k for k, v in slots.slots.items() if v.kdf.weak)
        if weak:
            report.lines.append(
                f"waarschuwing: {len(weak)} sleutel(s) met zwakke testparameters voor de "
                "sleutelafleiding (alleen voor tests); stel voor die accounts een nieuw "
                "wachtwoord in"
            )
    # The verification itself is logged after the chain was checked, with its result; the
    # result is also kept for the beheerder's worklist (services.store.health).
    n = len(report.problems)
    result = "in orde" if not n else f"{n} {'probleem' if n == 1 else 'problemen'}"
    with ctx.session() as s:
        require_global(s, ctx, "audit.read", "read", detail=f"verify: {result}")
        health.record_verify(
            s,
            ctx.clock.now().isoformat(timespec="seconds"),
            ctx.actor.username,
            report.problems,
            report.lines,
        )
    return report


def accept_lost_commits(db_path: Path, username: str, secret: str) -> str:
    """A beheerder goes on with a database that is behind its audit anchor (a power cut just
    after saving, or files put back by hand): logged, and the anchor moves to the database.
    Returns what was accepted."""
    vault = open_store(db_path, username, secret, accept_lost_commits=True)
    try:
        ctx = login(vault, username)
        with logged_refusals(ctx):
            ground = require(ctx.actor, "keys.rekey")
        problem = vault.anchor_problem
        if problem is None:
            return "De database loopt niet achter op het anker; er is niets aanvaard."
        with ctx.session() as s:
            audit_log.record(
                s,
                ctx,
                "admin",
                "store.accept_lost_commits",
                ground=ground,
                detail=f"aanvaard: {problem}"[:400],
            )
        reanchor(vault)
        return f"Aanvaard en gelogd: {problem}"
    finally:
        vault.close()
