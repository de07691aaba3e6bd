"""Retention: the worklist of closed files past their retention period, and their destruction
or anonymisation with four-eyes approval.

Periods come from the settings document key `retention_years` (defaults: jeugdwet 20, wmo 15,
not_adopted 5), counted from the day the file was closed. A file that is or ever was under the
Jeugdwet (services.casework.file_kind.had_youth_help) keeps the Jeugdwet period, also when its
plan was never adopted; any other file whose plan never had a vastgestelde version falls under
`not_adopted`. One person proposes, another approves; only
then is the file removed, in one transaction. The audit log and the proposal keep THAT it
happened (household id and case number), never the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Table, Text, delete, exists, literal, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain.errors import ConflictError, NotFound, RuleViolation, ValidationError
from h4casus.services.access.authorize import require_global
from h4casus.services.casework.file_kind import had_youth_help
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import read_settings
from h4casus.storage import models as m

MODES = ("vernietigen", "anonimiseren")
ANONYMOUS = "geanonimiseerd"
# Tables whose rows are about identities or free text as a whole: removed on anonymisation.
ANONYMISE_DELETE = (
    "journal_entries",
    "consents",
    "network_contacts",
    "person_corrections",
    "person_restrictions",
)
# Short (non-Text) columns that identify a person or hold case content; blanked on anonymisation.
ANONYMISE_COLUMNS: dict[str, dict[str, object]] = {
    "persons": {
        "given_names": ANONYMOUS,
        "family_name_prefix": None,
        "family_name": ANONYMOUS,
        "name_key": ANONYMOUS,
        "bsn": None,
        "phone": None,
        "email": None,
    },
    "households": {
        "display_name": ANONYMOUS,
        "sort_name": ANONYMOUS,
        "street": "",
        "street_key": "",
        "house_number": 0,
        "house_number_suffix": None,
    },
    "goals": {"title": ""},
    "decisions": {"subject": ""},
    "actions": {"responsible_name": None, "network_contact_id": None},
    "transition_plans": {"contact_18plus": None},
    "transition_items": {"responsible": None},
    "handovers": {"to_external_party": None},
    "eigen_regie": {"holder_name": ANONYMOUS, "holder_relation": ""},
    "regie_escalations": {"to_party": ANONYMOUS},  # NOT NULL for a partner (check)
}


@dataclass(frozen=True)
class DueFile:
    household_id: int
    case_number: str
    team: str
    file_kind: str
    rule: str  # jeugdwet | wmo | not_adopted
    closed_on: date
    due_on: date
    proposal_id: int | None  # an open proposal, if any


@dataclass(frozen=True)
class ProposalView:
    id: int
    household_id: int
    case_number: str
    mode: str
    status: str
    rule: str
    due_on: date
    proposed_by: str
    proposed_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    rows_removed: int | None
    version: int


# --------------------------------------------------------------------------- periods


def retention_years(s: Session) -> dict[str, int]:
    return dict(read_settings(s).retention_years)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def _adopted():
    """SQL: the household's plan had at least one vastgestelde version."""
    return exists(
        select(literal(1))
        .select_from(m.PlanVersion)
        .join(m.Plan, m.Plan.id == m.PlanVersion.plan_id)
        .where(m.Plan.household_id == m.Household.id, m.PlanVersion.status == "vastgesteld")
    )


def rule_for(youth_help: bool, adopted: bool) -> str:
    """Which period applies. "Plan never adopted" never shortens a Jeugdwet file."""
    if youth_help:
        return "jeugdwet"
    return "wmo" if adopted else "not_adopted"


def _closed_files(s: Session, *conditions):
    q = (
        select(
            m.Household.id,
            m.Household.case_number,
            m.Team.name,
            m.Household.file_kind,
            m.Household.closed_at,
            _adopted().label("adopted"),
            had_youth_help().label("youth_help"),
        )
        .join(m.Team, m.Team.id == m.Household.team_id)
        .where(m.Household.closed_at.is_not(None), m.Household.status == "afgesloten", *conditions)
        .order_by(m.Household.closed_at, m.Household.id)
    )
    return s.execute(q)


def _due_rows(s: Session, today: date, *conditions) -> list[DueFile]:
    years = retention_years(s)
    open_props = dict(
        s.execute(
            select(m.RetentionProposal.household_id, m.RetentionProposal.id).where(
                m.RetentionProposal.status == "voorgesteld"
            )
        ).all()
    )
    anonymised = set(
        s.scalars(
            select(m.RetentionProposal.household_id).where(
                m.RetentionProposal.status == "uitgevoerd"
            )
        )
    )
    # No period is shorter than the shortest: files closed since then are read not at all
    # (one range of the closed_at index instead of every closed file).
    cutoff = add_years(today, -min(years.values())) + timedelta(days=1)
    conditions = (*conditions, m.Household.closed_at < datetime.combine(cutoff, time.min))
    out = []
    for hh_id, case_number, team, kind, closed_at, adopted, youth in _closed_files(s, *conditions):
        if hh_id in anonymised:
            continue  # already anonymised: nothing left to destroy
        rule = rule_for(bool(youth), bool(adopted))
        closed_on = closed_at.date()
        due = add_years(closed_on, years[rule])
        if due <= today:
            out.append(
                DueFile(hh_id, case_number, team, kind, rule, closed_on, due, open_props.get(hh_id))
            )
    return out


def worklist(ctx: ServiceContext) -> list[DueFile]:
    """Closed files whose retention period has ended (case numbers and dates only)."""
    with ctx.session() as s:
        rows = _due_rows(s, ctx.clock.today())
        require_global(s, ctx, "retention.list", "read", detail=f"bewaartermijnen: {len(rows)}")
        return rows


# --------------------------------------------------------------------------- proposals


def _names(s: Session, *ids: int | None) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(s.execute(select(m.User.id, m.User.username).where(m.User.id.in_(wanted))).all())


def _view(s: Session, p: m.RetentionProposal) -> ProposalView:
    names = _names(s, p.proposed_by, p.decided_by)
    return ProposalView(
        id=p.id,
        household_id=p.household_id,
        case_number=p.case_number,
        mode=p.mode,
        status=p.status,
        rule=p.rule,
        due_on=p.due_on,
        proposed_by=names.get(p.proposed_by, "?"),
        proposed_at=p.proposed_at,
        decided_by=names.get(p.decided_by) if p.decided_by else None,
        decided_at=p.decided_at,
        rows_removed=p.rows_removed,
        version=p.version,
    )


def _due_file(s: Session, household_id: int, today: date) -> DueFile:
    if s.get(m.Household, household_id) is None:
        raise NotFound(f"huishouden {household_id} bestaat niet")
    rows = _due_rows(s, today, m.Household.id == household_id)
    if not rows:
        raise RuleViolation(
            f"het dossier van huishouden {household_id} is niet afgesloten of de bewaartermijn "
            "is nog niet verstreken"
        )
    return rows[0]


def propose(ctx: ServiceContext, household_id: int, mode: str = "vernietigen") -> ProposalView:
    """Propose destruction or anonymisation of a file that is due; a second person approves."""
    if mode not in MODES:
        raise ValidationError("moet vernietigen of anonimiseren zijn", "wijze")
    if isinstance(household_id, bool) or not isinstance(household_id, int):
        raise ValidationError("moet een nummer zijn", "huishouden")
    with ctx.session() as s:
        ground = require_global(
            s, ctx, "retention.propose", "create", detail=f"voorstel {mode} {household_id}"
        )
        due = _due_file(s, household_id, ctx.clock.today())
        if due.proposal_id is not None:
            raise RuleViolation(
                f"voor dossier {due.case_number} ligt al voorstel {due.proposal_id} klaar"
            )
        p = m.RetentionProposal(
            household_id=household_id,
            case_number=due.case_number,
            mode=mode,
            status="voorgesteld",
            rule=due.rule,
            due_on=due.due_on,
            proposed_by=ctx.actor.user_id,
            proposed_at=ctx.clock.now(),
        )
        s.add(p)
        s.flush()
        _log(s, ctx, "create", ground, household_id, f"voorstel {p.id}: {mode} {due.case_number}")
        return _view(s, p)


def _log(
    s: Session, ctx: ServiceContext, event: str, ground: str, household_id: int, detail: str
) -> None:
    audit_log.record(
        s, ctx, event, "retention", ground=ground, household_id=household_id, detail=detail
    )


def list_proposals(ctx: ServiceContext, status: str | None = "voorgesteld") -> list[ProposalView]:
    with ctx.session() as s:
        require_global(s, ctx, "retention.list", "read", detail="voorstellen bewaartermijn")
        q = select(m.RetentionProposal).order_by(m.RetentionProposal.id)
        if status:
            q = q.where(m.RetentionProposal.status == status)
        return [_view(s, p) for p in s.scalars(q)]


def _open_proposal(s: Session, proposal_id: int, expected_version: int | None):
    p = s.get(m.RetentionProposal, proposal_id)
    if p is None:
        raise NotFound(f"voorstel {proposal_id} bestaat niet")
    if p.status != "voorgesteld":
        raise RuleViolation(f"voorstel {proposal_id} is al {p.status}")
    if expected_version is not None and p.version != expected_version:
        raise ConflictError("iemand anders heeft dit voorstel intussen behandeld")
    return p


def approve(
    ctx: ServiceContext, proposal_id: int, expected_version: int | None = None
) -> ProposalView:
    """The second pair of eyes: carries out the proposal in the same transaction."""
    try:
        with ctx.session() as s:
            ground = require_global(
                s, ctx, "retention.approve", "update", detail=f"voorstel {proposal_id}"
            )
            p = _open_proposal(s, proposal_id, expected_version)
            if p.proposed_by == ctx.actor.user_id:
                raise RuleViolation(
                    "vier ogen: wie de vernietiging voorstelt, mag haar niet zelf goedkeuren"
                )
            # The file must still be due now (not reopened, period not lengthened).
            _due_file(s, p.household_id, ctx.clock.today())
            if p.mode == "vernietigen":
                removed = destroy_household(s, p.household_id)
                event, what = "delete", "vernietigd"
            else:
                removed = anonymise_household(s, p.household_id)
                event, what = "update", "geanonimiseerd"
            p.status = "uitgevoerd"
            p.decided_by = ctx.actor.user_id
            p.decided_at = ctx.clock.now()
            p.rows_removed = removed
            s.flush()
            _log(
                s,
                ctx,
                event,
                ground,
                p.household_id,
                f"voorstel {p.id}: dossier {p.case_number} {what} ({removed} rijen)",
            )
            return _view(s, p)
    except StaleDataError:
        raise ConflictError("iemand anders heeft dit voorstel intussen behandeld") from None


def reject(
    ctx: ServiceContext, proposal_id: int, expected_version: int | None = None
) -> ProposalView:
    try:
        with ctx.session() as s:
            ground = require_global(
                s, ctx, "retention.approve", "update", detail=f"voorstel {proposal_id}"
            )
            p = _open_proposal(s, proposal_id, expected_version)
            p.status = "afgewezen"
            p.decided_by = ctx.actor.user_id
            p.decided_at = ctx.clock.now()
            s.flush()
            _log(s, ctx, "update", ground, p.household_id, f"voorstel {p.id} afgewezen")
            return _view(s, p)
    except StaleDataError:
        raise ConflictError("iemand anders heeft dit voorstel intussen behandeld") from None


# --------------------------------------------------------------------------- removal


def _household_cluster() -> list[tuple[Table, list]]:
    """Every table with rows about a household, parents before children, each with its
    foreign keys into that set (column, parent table, parent column). Derived from the schema,
    so tables added later are included without changes here."""
    in_cluster = {"households"}
    order: list[tuple[Table, list]] = []
    for table in m.Base.metadata.sorted_tables:
        if table.name == "households":
            continue
        parts = []
        for fk in table.foreign_key_constraints:
            parent = fk.referred_table
            if parent.name not in in_cluster or parent is table or len(fk.columns) != 1:
                continue
            (col,) = fk.columns
            (elem,) = fk.elements
            parts.append((col, parent, elem.column))
        if parts:
            order.append((table, parts))
            in_cluster.add(table.name)
    return order


def household_rows(household_id: int, person_id: int | None = None) -> list[tuple[Table, object]]:
    """(table, condition) for every row about the household, parents first. With
    `person_id`, rows about other members are left out: only that person's row in `persons`,
    and in tables with a person_id column only rows about them or the whole household."""
    hh_table = m.Household.__table__
    where: dict[str, object] = {"households": hh_table.c.id == household_id}
    out: list[tuple[Table, object]] = [(hh_table, where["households"])]
    for table, parts in _household_cluster():
        ors = [col.in_(select(pcol).where(where[parent.name])) for col, parent, pcol in parts]
        cond = or_(*ors) if len(ors) > 1 else ors[0]
        if person_id is not None:
            if table.name == "persons":
                cond = table.c.id == person_id
            elif "person_id" in table.c:
                cond = cond & (table.c.person_id.is_(None) | (table.c.person_id == person_id))
        where[table.name] = cond
        out.append((table, cond))
    return out


def destroy_household(s: Session, household_id: int) -> int:
    """Delete every row about the household (children first) inside the caller's
    transaction; secure_delete overwrites the freed pages. Returns the number of rows."""
    removed = 0
    for table, cond in reversed(household_rows(household_id)):
        removed += s.execute(delete(table).where(cond)).rowcount or 0
    s.expire_all()
    return removed


def anonymise_household(s: Session, household_id: int) -> int:
    """Keep the skeleton for statistics (dates, levels, scores, leefgebieden), remove every
    identifying field and all free text. Returns the number of rows deleted or changed."""
    touched = 0
    conds = household_rows(household_id)
    # Blank first, delete after: a kept row (an action) may point at a deleted one (the
    # network member who did it); blanking clears that reference before the delete.
    for table, cond in conds:
        if table.name in ANONYMISE_DELETE:
            continue
        values: dict[str, object] = {
            c.name: (None if c.nullable else "") for c in table.columns if isinstance(c.type, Text)
        }
        values.update(
            {k: v for k, v in ANONYMISE_COLUMNS.get(table.name, {}).items() if k in table.c}
        )
        if values:
            touched += s.execute(update(table).where(cond).values(**values)).rowcount or 0
    for table, cond in reversed(conds):
        if table.name in ANONYMISE_DELETE:
            touched += s.execute(delete(table).where(cond)).rowcount or 0
    # Postcode to its four digits (region statistics only); birth dates to 1 January.
    hh = m.Household.__table__
    row = s.execute(select(hh.c.postcode).where(hh.c.id == household_id)).first()
    if row:
        s.execute(update(hh).where(hh.c.id == household_id).values(postcode=row[0][:4]))
    persons = m.Person.__table__
    for pid, born in s.execute(
        select(persons.c.id, persons.c.birth_date).where(persons.c.household_id == household_id)
    ).all():
        s.execute(
            update(persons).where(persons.c.id == pid).values(birth_date=date(born.year, 1, 1))
        )
    s.expire_all()
    return touched
