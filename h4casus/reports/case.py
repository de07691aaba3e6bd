"""Casusoverzicht: one household on paper for a casusoverleg.

Holds, in this order: the reference block (address, team, regisseur, status, level, next
evaluation), the composition with ages, regie and its history, the level and its history, the
plan by leefgebied with goal and action status, evaluations and decisions, ZRM intake vs latest
as charts, the 18-/18+ section per youth, safety and Meldcode, the network (an ecogram and a
table of the own network and the involved professionals) with the state of consent per member,
the recent journal and the signature lines.

Rules: BSNs are masked (last three digits) unless the read model carries the full ones (asked
and allowed); confidential journal entries appear only when the read model kept them, and are
marked; every page carries *Vertrouwelijk*, the print stamp and "Pagina X van Y". Sections are
functions in `SECTIONS`, so a later section is one entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from h4casus.domain.labels import closure_label
from h4casus.reports import case_sections as cs
from h4casus.reports import fonts, network
from h4casus.reports.common import STATUS, level_chip, p
from h4casus.reports.layout import PageInfo, build, frame_width
from h4casus.reports.output import write_pdf
from h4casus.reports.styles import RULE, d, esc, key_values, long_date, styles
from h4casus.services.queries.case_report import CaseReportData, case_report

Section = Callable[[CaseReportData, float], list]


def _reference(data: CaseReportData, width: float) -> list:
    st = styles()
    cf = data.casefile
    hh = cf.household
    plan = cf.plan
    if plan is None:
        plan_text = "nog geen plan"
    elif plan.status == "vastgesteld":
        plan_text = f"versie {plan.number}, vastgesteld {d(plan.finalised_at)}"
    else:
        plan_text = f"versie {plan.number}, concept"
        if cf.last_finalised:
            plan_text += f" (laatst vastgesteld: versie {cf.last_finalised.number})"
    overdue = hh.next_review_date is not None and hh.next_review_date < data.stamp.printed_at.date()
    review = esc(d(hh.next_review_date))
    if overdue:
        review = f'<font color="#A61B1B"><b>{review} (verlopen)</b></font>'
    pairs = [
        ("Adres", esc(hh.address)),
        ("Gemeente / wijk", esc(" / ".join(x for x in (hh.gemeente, hh.wijk) if x))),
        ("Aangemeld", esc(f"{d(hh.signal_date)} door {hh.signal_source}")),
        ("Status", esc(STATUS.get(hh.status, hh.status))),
        ("Team", esc(hh.team)),
        ("Regisseur", esc(hh.regisseur or _external(cf) or "–")),
        ("AVE-niveau", level_chip(cf.level, hh.level)),
        ("Volgende evaluatie", review),
        ("Plan", esc(plan_text)),
        ("Gezinsleden", esc(str(len(hh.members)))),
    ]
    pairs[6:6] = _regie_and_closure(cf)
    return [
        Paragraph("Casusoverzicht", st.title),
        Paragraph(esc(f"{hh.display_name} · dossier {hh.case_number}"), st.subtitle),
        Spacer(1, 4 * mm),
        key_values(pairs, width),
    ]


def _regie_and_closure(cf) -> list[tuple[str, str]]:
    """Eigen regie in force, open regie op regie escalations, and why a closed file was
    closed: the lines a casusoverleg asks about first."""
    out: list[tuple[str, str]] = []
    if cf.eigen_regie is not None:
        er = cf.eigen_regie
        out.append(
            (
                "Eigen regie",
                esc(
                    f"{er.holder_name} ({er.holder_relation}) sinds {d(er.started_on)}; "
                    f"contactpersoon {cf.household.regisseur or '–'}"
                ),
            )
        )
    waiting = [e for e in cf.regie_escalations if e.open]
    if waiting:
        out.append(
            (
                "Regie op regie",
                esc(
                    "; ".join(f"{e.subject} (aan {e.addressee}, {d(e.raised_at)})" for e in waiting)
                ),
            )
        )
    if cf.closure_reason:
        follow = "nazorg geregeld" if cf.follow_up_arranged else "geen nazorg geregeld"
        out.append(("Afgesloten", esc(f"{closure_label(cf.closure_reason)}; {follow}")))
    return out


def _external(cf) -> str | None:
    current = next((r for r in cf.regie_history if r.ended_at is None), None)
    return f"extern: {current.external_party}" if current and current.external_party else None


def _signatures(data: CaseReportData, width: float) -> list:
    st = styles()
    hh = data.casefile.household
    out: list = [Paragraph("Afspraken en ondertekening", st.h2)]
    out.append(
        Paragraph(
            esc(
                f"Volgende evaluatie: {long_date(hh.next_review_date)}. "
                "Besproken in het casusoverleg op: ____________________"
            ),
            st.body,
        )
    )
    out.append(Spacer(1, 8 * mm))
    col = (width - 10 * mm) / 2
    rows = [
        [p("Regisseur", st.cell_bold), "", p("Teamleider", st.cell_bold)],
        [p(f"Naam: {hh.regisseur or ''}"), "", p("Naam:")],
        [p("Datum:"), "", p("Datum:")],
        [p("Handtekening:"), "", p("Handtekening:")],
    ]
    t = Table(rows, colWidths=[col, 10 * mm, col], rowHeights=[None, 7 * mm, 7 * mm, 16 * mm])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
                ("LINEBELOW", (0, -1), (0, -1), 0.6, RULE),
                ("LINEBELOW", (2, -1), (2, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [KeepTogether([*out, t])]


SECTIONS: tuple[Section, ...] = (
    _reference,
    cs.composition,
    cs.regie,
    cs.levels,
    cs.plan,
    cs.evaluations,
    cs.decisions,
    cs.zrm,
    cs.transition,
    cs.safety,
    network.network,  # the household's network with the involved professionals
    cs.journal,
    _signatures,
)


def render(data: CaseReportData) -> bytes:
    """The Casusoverzicht as PDF bytes (pure: no database, any thread)."""
    width = frame_width()
    story: list = []
    for section in SECTIONS:
        story.extend(section(data, width))
    hh = data.casefile.household
    info = PageInfo(
        title="Casusoverzicht",
        subject=f"{hh.case_number} · {hh.display_name}",
        stamp=data.stamp,
        footer_note="alleen voor wie bij deze casus betrokken is",
    )
    return build(story, info)


def casusoverzicht(
    ctx,
    household_id: int,
    *,
    full_bsn: bool = False,
    include_confidential: bool = False,
    target: Path | None = None,
) -> bytes:
    """Read (authorised and logged) and render; writes `target` atomically when given."""
    data = case_report(
        ctx, household_id, full_bsn=full_bsn, include_confidential=include_confidential
    )
    pdf = render(data)
    if target is not None:
        write_pdf(pdf, target, ctx.vault.path)
    return pdf
