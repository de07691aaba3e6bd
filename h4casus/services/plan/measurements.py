"""ZRM and other instruments, as data from the `instruments` tables: recording a measurement
(validated against the instrument's domains and score range) and intake-vs-latest per domain
with the change, for charts, the casusoverzicht and the monitor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from h4casus.domain import validation as v
from h4casus.domain.enums import HouseholdStatus, MeasurementKind, Role
from h4casus.domain.errors import ValidationError
from h4casus.services.access.authorize import authorize_and_log, require_global
from h4casus.services.casework.common import advance_status, require_open
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m


@dataclass(frozen=True)
class InstrumentView:
    code: str
    name: str
    scope: str  # persoon | huishouden
    domains: tuple[tuple[str, str], ...]  # (code, name)
    levels: tuple[tuple[int, str], ...]  # (score, label)


@dataclass(frozen=True)
class MeasurementView:
    id: int
    household_id: int
    person_id: int | None
    instrument_code: str
    measured_on: date
    kind: str
    scores: dict[str, int]


@dataclass(frozen=True)
class DomainTrend:
    domain_code: str
    domain: str
    intake: int | None
    intake_label: str | None
    latest: int | None
    latest_label: str | None

    @property
    def change(self) -> int | None:
        if self.intake is None or self.latest is None:
            return None
        return self.latest - self.intake


@dataclass(frozen=True)
class InstrumentTrend:
    """Intake vs latest for one instrument and one subject (a person or the household)."""

    instrument_code: str
    instrument: str
    person_id: int | None
    intake_on: date | None
    latest_on: date | None
    domains: tuple[DomainTrend, ...]


def instrument_views(s: Session) -> dict[str, InstrumentView]:
    """All instruments with domains and levels. They are reference data, seeded when the
    store is opened and never edited afterwards, so they are read once per database
    connection (three statements) and kept with that connection."""
    info = s.connection().info
    views = info.get(_INSTRUMENTS_KEY)
    if views is None:
        views = info[_INSTRUMENTS_KEY] = _read_instrument_views(s)
    return views


_INSTRUMENTS_KEY = "h4casus.instrument_views"


def _read_instrument_views(s: Session) -> dict[str, InstrumentView]:
    insts = s.scalars(select(m.Instrument).order_by(m.Instrument.code)).all()
    domains = s.scalars(
        select(m.InstrumentDomain).order_by(
            m.InstrumentDomain.instrument_code, m.InstrumentDomain.position
        )
    ).all()
    levels = s.scalars(
        select(m.InstrumentLevel).order_by(
            m.InstrumentLevel.instrument_code, m.InstrumentLevel.score
        )
    ).all()
    out = {}
    for inst in insts:
        out[inst.code] = InstrumentView(
            inst.code,
            inst.name,
            inst.scope,
            tuple((d.code, d.name) for d in domains if d.instrument_code == inst.code),
            tuple((lv.score, lv.label) for lv in levels if lv.instrument_code == inst.code),
        )
    return out


def list_instruments(ctx: ServiceContext) -> list[InstrumentView]:
    with ctx.session() as s:
        return list(instrument_views(s).values())


def record_measurement(
    ctx: ServiceContext,
    household_id: int,
    instrument_code: str,
    scores: dict[str, int],
    *,
    person_id: int | None = None,
    measured_on: date | str | None = None,
    kind: str = MeasurementKind.INTAKE.value,
) -> MeasurementView:
    """One measurement. Person instruments (ZRM 2017) need a member; household instruments
    (ZRM-Huishoudens) must not have one. Unknown domains and out-of-range scores are refused."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    when = e.check("datum", v.not_future, measured_on, today, "datum", required=False) or today
    kind_ = e.check("soort", v.choice, kind, MeasurementKind, "soort")
    e.raise_if_any()
    with ctx.session() as s:
        hh = authorize_and_log(
            s,
            ctx,
            "measurement.record",
            household_id,
            "create",
            person_id=person_id,
            detail=f"meting {instrument_code}",
        )
        require_open(hh)
        inst = instrument_views(s).get(instrument_code)
        if inst is None:
            raise ValidationError("is geen bekend meetinstrument", "instrument")
        if inst.scope == "persoon":
            p = s.get(m.Person, person_id) if person_id is not None else None
            if p is None or p.household_id != household_id:
                raise ValidationError(
                    f"{inst.name} meet één gezinslid: kies een lid van dit huishouden", "gezinslid"
                )
        elif person_id is not None:
            raise ValidationError(
                f"{inst.name} meet het hele huishouden, geen gezinslid", "gezinslid"
            )
        allowed = [score for score, _label in inst.levels]
        domain_names = dict(inst.domains)
        e = v.FieldErrors()
        clean: dict[str, int] = {}
        for code, val in (scores or {}).items():
            if code not in domain_names:
                e.add(code, f"is geen domein van {inst.name}")
                continue
            clean[code] = e.check(domain_names[code], v.score, val, allowed, domain_names[code])
        if not scores:
            e.add("scores", "geef minstens één domein een score")
        e.raise_if_any()
        meas = m.Measurement(
            household_id=household_id,
            person_id=person_id,
            instrument_code=inst.code,
            measured_on=when,
            kind=kind_.value,
            recorded_by=ctx.actor.user_id,
            scores=[m.MeasurementScore(domain_code=c, score=sc) for c, sc in clean.items()],
        )
        s.add(meas)
        if kind_ is MeasurementKind.INTAKE:
            advance_status(hh, HouseholdStatus.INTAKE)  # the intake has started
        s.flush()
        return MeasurementView(
            meas.id, household_id, person_id, inst.code, when, kind_.value, dict(clean)
        )


def trends_for_household(s: Session, household_id: int) -> list[InstrumentTrend]:
    """Intake vs latest per (instrument, subject), per domain, in a fixed number of
    statements. The intake is the first measurement of kind intake (else the first one);
    latest is the most recent measurement. A domain takes its scores from those two."""
    insts = instrument_views(s)
    rows = s.execute(
        select(
            m.Measurement.id,
            m.Measurement.person_id,
            m.Measurement.instrument_code,
            m.Measurement.measured_on,
            m.Measurement.kind,
            m.MeasurementScore.domain_code,
            m.MeasurementScore.score,
        )
        .join(m.MeasurementScore, m.MeasurementScore.measurement_id == m.Measurement.id)
        .where(m.Measurement.household_id == household_id)
        .order_by(m.Measurement.measured_on, m.Measurement.id)
    ).all()
    # (instrument, person) -> ordered list of (measurement id, date, kind, {domain: score})
    series: dict[tuple[str, int | None], dict[int, tuple[date, str, dict[str, int]]]] = {}
    for mid, pid, code, on, kind, domain, score in rows:
        entry = series.setdefault((code, pid), {}).setdefault(mid, (on, kind, {}))
        entry[2][domain] = score
    out: list[InstrumentTrend] = []
    for (code, pid), measurements in series.items():
        inst = insts.get(code)
        if inst is None:
            continue
        ordered = list(measurements.values())
        intake = next((mm for mm in ordered if mm[1] == MeasurementKind.INTAKE.value), ordered[0])
        latest = ordered[-1]
        labels = dict(inst.levels)
        domains = []
        for dcode, dname in inst.domains:
            a, b = intake[2].get(dcode), latest[2].get(dcode)
            if a is None and b is None:
                continue
            domains.append(DomainTrend(dcode, dname, a, labels.get(a), b, labels.get(b)))
        out.append(InstrumentTrend(code, inst.name, pid, intake[0], latest[0], tuple(domains)))
    out.sort(key=lambda t: (t.instrument_code, t.person_id or 0))
    return out


def intake_vs_latest(
    ctx: ServiceContext,
    household_id: int,
    instrument_code: str | None = None,
    person_id: int | None = None,
) -> list[InstrumentTrend]:
    """Trends for a household, optionally one instrument and/or one person."""
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="metingen")
        return [
            t
            for t in trends_for_household(s, household_id)
            if (instrument_code is None or t.instrument_code == instrument_code)
            and (person_id is None or t.person_id == person_id)
        ]


@dataclass(frozen=True)
class DomainChange:
    """Anonymous average change on one domain over the subjects measured at least twice."""

    domain_code: str
    domain: str
    subjects: int
    average_first: float
    average_latest: float
    average_change: float


def domain_change_summary(
    ctx: ServiceContext,
    instrument_code: str,
    *,
    measured_from: date | None = None,
    measured_to: date | None = None,
    team_id: int | None = None,
) -> list[DomainChange]:
    """For the monitor: per domain, the average change from each subject's first to latest
    score within the period. One SQL statement with window functions (SQLite and PostgreSQL),
    so it scales to the whole region; no person is identifiable in the result."""
    with ctx.session() as s:
        require_global(
            s, ctx, "report.monitor", "search", detail=f"ZRM-verandering {instrument_code}"
        )
        inst = instrument_views(s).get(instrument_code)
        if inst is None:
            raise ValidationError("is geen bekend meetinstrument", "instrument")
        subject = (
            m.Measurement.household_id,
            func.coalesce(m.Measurement.person_id, 0),
            m.MeasurementScore.domain_code,
        )
        base = (
            select(
                m.Measurement.household_id.label("hid"),
                func.coalesce(m.Measurement.person_id, 0).label("pid"),
                m.MeasurementScore.domain_code.label("domain"),
                m.MeasurementScore.score.label("score"),
                func.row_number()
                .over(partition_by=subject, order_by=(m.Measurement.measured_on, m.Measurement.id))
                .label("nr_first"),
                func.row_number()
                .over(
                    partition_by=subject,
                    order_by=(m.Measurement.measured_on.desc(), m.Measurement.id.desc()),
                )
                .label("nr_last"),
            )
            .join(m.MeasurementScore, m.MeasurementScore.measurement_id == m.Measurement.id)
            .join(m.Household, m.Household.id == m.Measurement.household_id)
            .where(m.Measurement.instrument_code == instrument_code)
        )
        if measured_from is not None:
            base = base.where(m.Measurement.measured_on >= measured_from)
        if measured_to is not None:
            base = base.where(m.Measurement.measured_on <= measured_to)
        if team_id is not None:
            base = base.where(m.Household.team_id == team_id)
        if not ctx.actor.has_role(Role.BEHEERDER):
            teams = ctx.actor.team_ids(Role.TEAMLEIDER)
            if teams is not None:
                base = base.where(m.Household.team_id.in_(teams))
        b = base.subquery()
        first, last = b.alias("first"), b.alias("last")
        q = (
            select(
                first.c.domain,
                func.count(),
                func.avg(first.c.score),
                func.avg(last.c.score),
                func.avg(last.c.score - first.c.score),
            )
            .join(
                last,
                and_(
                    last.c.hid == first.c.hid,
                    last.c.pid == first.c.pid,
                    last.c.domain == first.c.domain,
                ),
            )
            .where(first.c.nr_first == 1, last.c.nr_last == 1, last.c.nr_first > 1)
            .group_by(first.c.domain)
        )
        found = {row[0]: row for row in s.execute(q)}
        return [
            DomainChange(
                code,
                name,
                int(found[code][1]),
                round(float(found[code][2]), 2),
                round(float(found[code][3]), 2),
                round(float(found[code][4]), 2),
            )
            for code, name in inst.domains
            if code in found
        ]
