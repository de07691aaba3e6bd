"""Search-as-you-type and the sorted, keyset-paged household list.

Both stay fast at 100,000 households because every query walks one b-tree index range and
stops at the page size:
- search: prefix ranges (`key >= p AND key < p+1`) on normalised columns — persons.name_key,
  households.street_key, households.city_key, households.postcode, households.case_number,
  persons.bsn; a case number may be typed short ("25-72" is 2025-000072);
- paging: keyset ("after this row") on (sort_name, id), per level (level_code, sort_name, id)
  and (next_review_date, id), so the last page costs what the first page costs.
Results are plain dataclasses/tuples scoped to the actor's teams (plus households under their
regie). Every call is logged (event "search") without the query text, which may hold a name
or BSN.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select, tuple_
from sqlalchemy.orm import Session

from h4casus.domain.errors import ValidationError
from h4casus.security.policy import require
from h4casus.services.access.scope import scope_filter
from h4casus.services.casework.eigen_regie import has_open_eigen_regie
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.filters import ListFilter, check_filter, conditions, describe
from h4casus.services.queries.listing import REGIE_HOLDER, HouseholdRow, row_select
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on
from h4casus.storage.models import search_key

SEARCH_LIMIT = 20
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
SORTS = ("name", "level", "review")

_TUSSENVOEGSELS = {"van", "de", "der", "den", "het", "ter", "te", "in", "'t", "t", "op", "aan"}
_CASE = re.compile(r"^(\d{2}|\d{4})-(\d{0,9})$")
CASE_DIGITS = 6  # 2025-000072: the number part is zero-padded to six digits
_POSTCODE = re.compile(r"^([1-9]\d{3})\s?([a-z]{0,2})$", re.IGNORECASE)
_STREET_NUMBER = re.compile(r"^(.*\D)\s+(\d{1,5})\s*[a-z]{0,3}$", re.IGNORECASE)


# --------------------------------------------------------------------------- search


@dataclass(frozen=True)
class SearchHit:
    household_id: int
    case_number: str
    display_name: str
    street: str
    house_number: int
    house_number_suffix: str | None
    postcode: str
    city: str
    level: str
    status: str
    matched: str  # naam | adres | plaats | postcode | dossiernummer | bsn
    # The list's other columns, so a search shows what the list shows.
    team: str = ""
    regisseur: str | None = None  # username of the active regisseur
    regisseur_name: str | None = None
    next_review_date: date | None = None
    eigen_regie: bool = False

    @property
    def address(self) -> str:
        suffix = f" {self.house_number_suffix}" if self.house_number_suffix else ""
        return f"{self.street} {self.house_number}{suffix}, {self.postcode} {self.city}"


_HIT_COLUMNS = (
    m.Household.id,
    m.Household.case_number,
    m.Household.display_name,
    m.Household.street,
    m.Household.house_number,
    m.Household.house_number_suffix,
    m.Household.postcode,
    m.Household.city,
    m.Household.level_code,
    m.Household.status,
    m.Team.name,
    m.User.username,
    REGIE_HOLDER,
    m.Household.next_review_date,
    has_open_eigen_regie(m.Household.id),
)
_MATCH_AT = 10  # SearchHit's `matched` comes after the first ten columns


def _hit_select(from_person: bool = False) -> Select:
    """SELECT of the hit columns: from persons (joined to their household) or from
    households, with the team and the active regisseur joined by key."""
    hh = m.Household
    q = select(*_HIT_COLUMNS)
    if from_person:
        q = q.select_from(m.Person).join(hh, hh.id == m.Person.household_id)
    else:
        q = q.select_from(hh)
    return (
        q.join(m.Team, m.Team.id == hh.team_id)
        .outerjoin(m.RegieAssignment, active_regie_on(hh.id))
        .outerjoin(m.User, m.User.id == m.RegieAssignment.user_id)
    )


def _upper(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix(column, prefix: str):
    return (column >= prefix) & (column < _upper(prefix))


def plan_search(query: str) -> list[tuple[str, str, object]]:
    """What to look for: (matched, kind, value) in priority order. Pure; tested directly."""
    q = " ".join(str(query or "").split())
    if len(q) < 2:
        return []
    plans: list[tuple[str, str, object]] = []
    digits = re.sub(r"[\s.]", "", q)
    case = _CASE.match(q)
    if case:
        year, number = case.groups()
        year = f"20{year}" if len(year) == 2 else year
        if number and len(number) < CASE_DIGITS:  # typed short: that one file
            plans.append(("dossiernummer", "case", f"{year}-{number.zfill(CASE_DIGITS)}"))
        if len(case.group(1)) == 4:  # typed in full so far: every file it starts
            plans.append(("dossiernummer", "case", q))
        return plans
    pc = _POSTCODE.match(q)
    if pc:
        plans.append(("postcode", "postcode", f"{pc.group(1)} {pc.group(2).upper()}".strip()))
        if not pc.group(2):
            plans.append(("dossiernummer", "case", pc.group(1)))
        return plans
    if digits.isdigit():
        if len(digits) >= 5:
            plans.append(("bsn", "bsn", digits[:9]))
        return plans
    key = search_key(q)
    words = key.split(" ")
    while len(words) > 1 and words[0] in _TUSSENVOEGSELS:
        words = words[1:]
    name = " ".join(words)
    plans.append(("naam", "name", name))
    if name != key:
        plans.append(("naam", "name", key))
    sn = _STREET_NUMBER.match(key)
    if sn:
        plans.append(("adres", "street_number", (sn.group(1).strip(), int(sn.group(2)))))
    else:
        plans.append(("adres", "street", key))
        plans.append(("plaats", "city", key))
    return plans


def _search_query(kind: str, value, limit: int) -> Select:
    hh = m.Household
    if kind == "name":
        return (
            _hit_select(True)
            .where(_prefix(m.Person.name_key, value), m.Person.restricted.is_(False))
            .order_by(m.Person.name_key, m.Person.household_id)
            .limit(limit * 3)  # several members of one household may match
        )
    if kind == "bsn":
        return (
            _hit_select(True)
            .where(_prefix(m.Person.bsn, value), m.Person.restricted.is_(False))
            .order_by(m.Person.bsn)
            .limit(limit * 3)
        )
    q = _hit_select()
    if kind == "street":
        q = q.where(_prefix(hh.street_key, value)).order_by(hh.street_key, hh.house_number)
    elif kind == "street_number":
        street, number = value
        q = q.where(_prefix(hh.street_key, street), hh.house_number == number).order_by(
            hh.street_key, hh.house_number
        )
    elif kind == "city":
        q = q.where(_prefix(hh.city_key, value)).order_by(hh.city_key, hh.sort_name, hh.id)
    elif kind == "postcode":
        q = q.where(_prefix(hh.postcode, value)).order_by(hh.postcode, hh.house_number)
    elif kind == "case":
        q = q.where(_prefix(hh.case_number, value)).order_by(hh.case_number)
    else:  # pragma: no cover - plan_search only makes the kinds above
        raise ValueError(kind)
    return q.limit(limit)


def search_households(
    ctx: ServiceContext,
    query: str,
    *,
    limit: int = SEARCH_LIMIT,
    filters: ListFilter | None = None,
) -> list[SearchHit]:
    """The first `limit` households matching what was typed so far: a (family) name, street
    (optionally with house number), place, postcode, case number (also short: "25-72") or the
    start of a BSN (5+ digits); narrowed by the list's `filters` (none: every status)."""
    if not isinstance(query, str):
        raise ValidationError("moet tekst zijn", "zoekterm")
    if any(ord(ch) < 32 for ch in query):
        raise ValidationError("bevat onzichtbare of besturingstekens", "zoekterm")
    limit = max(1, min(int(limit), MAX_PAGE_SIZE))
    ground = require(ctx.actor, "household.search")
    flt = check_filter(filters)
    plans = plan_search(query)
    hits: dict[int, SearchHit] = {}
    with ctx.read_session() as s:
        scope = scope_filter(ctx.actor)
        narrowing = conditions(s, ctx.actor, flt, ctx.clock.today(), sort="search")
        for matched, kind, value in plans:
            if len(hits) >= limit:
                break
            q = _search_query(kind, value, limit).where(*narrowing)
            if scope is not None:
                q = q.where(scope)
            # A Core cursor, not an ORM (pre-buffered) result: SQLite stops stepping through
            # the index as soon as the page is full, instead of producing every row of the
            # over-fetch (several members of one household may match).
            with s.connection().execute(q) as rows:
                for row in rows:
                    if row[0] not in hits:
                        hits[row[0]] = SearchHit(*row[:_MATCH_AT], matched, *row[_MATCH_AT:])
                        if len(hits) >= limit:
                            break
        kinds = ",".join(sorted({matched for matched, _k, _v in plans})) or "geen"
        audit_log.record(
            s,
            ctx,
            "search",
            "household.search",
            ground=ground,
            detail=f"zoeken op {kinds}: {len(hits)} resultaten"
            + (f", {describe(flt)}" if flt.narrows else ""),
        )
    return list(hits.values())


# --------------------------------------------------------------------------- sorted paging


@dataclass(frozen=True)
class Cursor:
    """Where a page starts or ends. Opaque to callers: pass it back unchanged."""

    sort: str
    segment: int
    key: tuple


@dataclass(frozen=True)
class Page:
    rows: tuple[HouseholdRow, ...]
    next: Cursor | None  # None: this was the last page
    previous: Cursor | None  # None: this was the first page


@dataclass(frozen=True)
class _Segment:
    condition: object | None
    keys: tuple  # the ordering columns; the last one is always households.id


def _segments(s: Session, sort: str, flt: ListFilter) -> list[_Segment]:
    hh = m.Household
    if sort == "name":
        return [_Segment(None, (hh.sort_name, hh.id))]
    if sort == "level":
        codes = s.scalars(select(m.EscalationLevel.code).order_by(m.EscalationLevel.rank)).all()
        if flt.level is not None:  # one level: one segment
            codes = [c for c in codes if c == flt.level]
        return [_Segment(hh.level_code == c, (hh.sort_name, hh.id)) for c in codes]
    if sort == "review":
        # Households with a review date first (soonest first), then those without (closed).
        return [
            _Segment(hh.next_review_date.is_not(None), (hh.next_review_date, hh.id)),
            _Segment(hh.next_review_date.is_(None), (hh.id,)),
        ]
    raise ValidationError(f"sorteer op een van: {', '.join(SORTS)}", "sortering")


def _after(keys: tuple, values: tuple, backward: bool):
    if len(keys) == 1:
        return keys[0] < values[0] if backward else keys[0] > values[0]
    left, right = tuple_(*keys), tuple_(*values)
    return left < right if backward else left > right


def _fetch(
    s: Session,
    ctx: ServiceContext,
    seg: _Segment,
    key: tuple | None,
    backward: bool,
    limit: int,
    narrowing: list,
):
    q = row_select(*seg.keys).where(*narrowing)
    if seg.condition is not None:
        q = q.where(seg.condition)
    if key is not None:
        q = q.where(_after(seg.keys, key, backward))
    scope = scope_filter(ctx.actor)
    if scope is not None:
        q = q.where(scope)
    order = [k.desc() for k in seg.keys] if backward else list(seg.keys)
    return s.execute(q.order_by(*order).limit(limit)).all()


def list_page(
    ctx: ServiceContext,
    sort: str = "name",
    *,
    after: Cursor | None = None,
    before: Cursor | None = None,
    last: bool = False,
    limit: int = PAGE_SIZE,
    filters: ListFilter | None = None,
) -> Page:
    """One page of the household list sorted by name, level (rank, then name) or next review,
    narrowed by `filters` (`queries.filters`; none: every status).

    Forward from the start (no cursor) or `after` a cursor; backward `before` a cursor, or the
    `last` page. Each page walks at most a few index ranges, whatever its depth."""
    if sort not in SORTS:
        raise ValidationError(f"sorteer op een van: {', '.join(SORTS)}", "sortering")
    flt = check_filter(filters)
    limit = max(1, min(int(limit), MAX_PAGE_SIZE))
    ground = require(ctx.actor, "household.search")
    backward = before is not None or last
    cursor = before if before is not None else after
    if cursor is not None and cursor.sort != sort:
        raise ValidationError("hoort bij een andere sortering", "positie")
    with ctx.read_session() as s:
        segments = _segments(s, sort, flt)
        narrowing = conditions(s, ctx.actor, flt, ctx.clock.today(), sort=sort)
        if cursor is not None:
            seg_i, key = cursor.segment, tuple(cursor.key)
        else:
            seg_i, key = (len(segments) - 1 if backward else 0), None
        found: list[tuple[int, tuple]] = []  # (segment, row)
        while 0 <= seg_i < len(segments) and len(found) < limit:
            seg = segments[seg_i]
            for row in _fetch(s, ctx, seg, key, backward, limit - len(found), narrowing):
                found.append((seg_i, tuple(row)))
            seg_i += -1 if backward else 1
            key = None
        audit_log.record(
            s,
            ctx,
            "search",
            "household.search",
            ground=ground,
            detail=f"lijst: {sort}" + (f", {describe(flt)}" if flt.narrows else ""),
        )
    if backward:
        found.reverse()
    width = len(HouseholdRow.__dataclass_fields__) - 1  # all but members
    rows = tuple(HouseholdRow(*r[:width]) for _seg, r in found)

    def cursor_at(i: int) -> Cursor:
        seg, r = found[i]
        return Cursor(sort, seg, tuple(r[width:]))

    full = len(found) == limit
    if not found:
        return Page((), None, None)
    if backward:
        nxt = None if last else cursor_at(-1)
        prev = cursor_at(0) if full else None
    else:
        nxt = cursor_at(-1) if full else None
        prev = cursor_at(0) if after is not None else None
    return Page(rows, nxt, prev)
