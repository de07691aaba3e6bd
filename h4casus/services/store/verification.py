"""`h4casus verify`: SQLCipher page authentication, SQLite integrity, foreign keys, schema
revision, the named invariants of the data (`storage.invariants`) and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from h4casus.services.access.authorize import require_global
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage.engine import cipher_integrity_problems
from h4casus.storage.invariants import INVARIANTS, broken_invariants
from h4casus.storage.migrations import current_revision, head_revision


@dataclass
class VerifyReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def verify_store(ctx: ServiceContext) -> VerifyReport:
    report = VerifyReport()
    try:
        problems = cipher_integrity_problems(ctx.vault.engine)
    except Exception as exc:  # a damaged page can fail the check itself
        problems = [f"controle kon niet worden uitgevoerd: {exc}"]
    report.problems.extend(problems)
    report.lines.append(f"versleuteling en database: {'in orde' if not problems else 'FOUT'}")
    rev, head = current_revision(ctx.vault.engine), head_revision(ctx.vault.engine)
    if rev != head:
        report.problems.append(f"schema staat op {rev}, verwacht {head}")
    report.lines.append(f"schema: {rev}")
    with ctx.session() as s:
        broken = broken_invariants(s)
        chain = audit_log.verify(s, ctx.vault.key)
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
    # The verification itself is logged after the chain was checked.
    with ctx.session() as s:
        require_global(s, ctx, "audit.read", "read", detail="verify")
    return report
