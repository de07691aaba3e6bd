"""The sections of the Casusoverzicht after its reference block (see reports.case).

Rules: each section is `fn(data, width) -> flowables`, reads only the read model, and shows an
empty section as one muted line; BSNs masked unless the read model holds the full one;
confidential journal entries only when the read model kept them (and then marked)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from h4casus.domain.ages import date_turning
from h4casus.reports import fonts
from h4casus.reports.chart import trend_chart
from h4casus.reports.common import RELATION, RESPONSIBLE, level_chip, none_recorded, p
from h4casus.reports.styles import (
    ALERT,
    ALERT_FILL,
    WARN_FILL,
    d,
    dt,
    esc,
    styles,
    table,
)
from h4casus.services.queries.case_report import CaseReportData

GOAL_STATUS = {
    "open": "open",
    "lopend": "loopt",
    "behaald": "behaald",
    "niet behaald": "niet behaald",
    "vervallen": "vervallen",
}
ACTION_STATUS = {"open": "open", "lopend": "loopt", "afgerond": "afgerond", "gestopt": "gestopt"}
CHECK_STATUS = {"open": "open", "bezig": "bezig", "geregeld": "geregeld", "n.v.t.": "n.v.t."}


def _today(data: CaseReportData) -> date:
    return data.stamp.printed_at.date()


def _names(data: CaseReportData) -> dict[int, str]:
    return {mv.id: mv.name for mv in data.casefile.household.members}


def composition(data: CaseReportData, width: float) -> list:
    st = styles()
    members = data.casefile.household.members
    rows: list[list] = [["Naam", "Relatie", "Geboortedatum", "Leeftijd", "BSN"]]
    for mv in members:
        bsn = data.full_bsns.get(mv.id) or (mv.bsn_masked if mv.has_bsn else "–")
        rows.append(
            [p(mv.name), RELATION.get(mv.relation, mv.relation), d(mv.birth_date), str(mv.age), bsn]
        )
    note = (
        "BSN volledig afgedrukt op verzoek (vastgelegd in het logboek)."
        if data.full_bsns
        else "BSN gemaskeerd: alleen de laatste drie cijfers."
    )
    return [
        Paragraph("Samenstelling van het huishouden", st.h2),
        table(rows, [w * width for w in (0.38, 0.18, 0.17, 0.1, 0.17)]),
        Spacer(1, 1 * mm),
        Paragraph(esc(note), st.small),
    ]


def regie(data: CaseReportData, width: float) -> list:
    st = styles()
    cf = data.casefile
    out: list = [Paragraph("Regie", st.h2)]
    rows: list[list] = [["Regie bij", "Van", "Tot", "Reden"]]
    for r in sorted(cf.regie_history, key=lambda r: r.started_at, reverse=True)[:8]:
        holder = r.holder if not r.external_party else f"{r.external_party} (extern)"
        rows.append([p(holder), d(r.started_at), d(r.ended_at, "nu"), p(r.reason)])
    out.append(table(rows, [w * width for w in (0.28, 0.13, 0.13, 0.46)]))
    for h in cf.pending_handovers:
        out.append(Spacer(1, 1.5 * mm))
        out.append(
            Paragraph(
                esc(
                    f"Overdracht in behandeling: van {h.from_name or '–'} naar {h.to_name or '–'} "
                    f"(voorgesteld {d(h.proposed_at)}, status {h.status})."
                ),
                st.body,
            )
        )
    return out


def levels(data: CaseReportData, width: float) -> list:
    st = styles()
    cf = data.casefile
    out: list = [Paragraph("Op- en afschalen", st.h2)]
    lv = cf.level
    if lv is not None:
        chip = level_chip(lv, lv.code, 8.5)
        text = Paragraph(
            esc(lv.situation) + f"<br/><font color='#5B6670'>Casusregie: {esc(lv.casusregie)} · "
            f"procesregie: {esc(lv.procesregie)} · evaluatie ten minste elke "
            f"{lv.review_interval_days} dagen</font>",
            st.body,
        )
        box = Table([[chip, text]], colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT")
        box.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        out.append(box)
        out.append(Spacer(1, 2 * mm))
    if cf.pending_level_change is not None:
        c = cf.pending_level_change
        out.append(
            Paragraph(
                esc(
                    f"Aangevraagd: van {c.from_level or '–'} naar {c.to_level} op {d(c.requested_at)} "
                    f"door {c.requested_by_name}; wacht op goedkeuring van de teamleider."
                ),
                st.body,
            )
        )
    rows: list[list] = [["Ingang", "Van", "Naar", "Reden", "Besloten door", "Status"]]
    extra = []
    history = sorted(cf.level_history, key=lambda c: c.requested_at, reverse=True)[:10]
    for i, c in enumerate(history, start=1):
        rows.append(
            [
                d(c.effective_date or c.requested_at),
                c.from_level or "–",
                c.to_level,
                p(c.reason),
                p(c.decided_by_name or c.requested_by_name),
                c.status,
            ]
        )
        if c.status == "afgewezen":
            extra.append(("TEXTCOLOR", (0, i), (-1, i), ALERT))
    out.append(table(rows, [w * width for w in (0.12, 0.09, 0.09, 0.4, 0.18, 0.12)], extra=extra))
    return out


def plan(data: CaseReportData, width: float) -> list:
    st = styles()
    cf = data.casefile
    pv = cf.plan
    out: list = [CondPageBreak(40 * mm), Paragraph("Plan per leefgebied", st.h2)]
    if pv is None or not pv.goals:
        out.append(none_recorded("Er staan nog geen doelen in het plan."))
        return out
    state = "vastgesteld" if pv.status == "vastgesteld" else "concept"
    meta = f"Versie {pv.number} ({state})"
    if pv.agreed_on:
        meta += f", akkoord huishouden {d(pv.agreed_on)}"
    if pv.finalised_at:
        meta += f", vastgesteld {d(pv.finalised_at)} door {pv.finalised_by_name or '–'}"
    meta += f". Volgende evaluatie: {d(pv.next_evaluation_date)}."
    out.append(Paragraph(esc(meta), st.small))
    if pv.summary:
        out.append(Spacer(1, 1.5 * mm))
        out.append(Paragraph(f"<i>Vraag van het huishouden:</i> {esc(pv.summary)}", st.body))
    names = _names(data)
    today = _today(data)
    groups: dict[str, list] = {}
    for g in sorted(pv.goals, key=lambda g: g.position):
        groups.setdefault(g.leefgebied, []).append(g)
    for leefgebied, goals in groups.items():
        out.append(Paragraph(esc(leefgebied), st.h3))
        for g in goals:
            who = f" (voor {names[g.person_id]})" if g.person_id in names else ""
            if g.person_id is None:
                who = " (hele huishouden)"
            rows: list[list] = [
                [
                    Paragraph(
                        f"<b>Doel:</b> {esc(g.title)}{esc(who)} — "
                        f"<font color='#5B6670'>{esc(GOAL_STATUS.get(g.status, g.status))}</font>"
                        f"<br/><font color='#5B6670'>Resultaat:</font> {esc(g.smart_result)}",
                        st.cell,
                    ),
                    "",
                    "",
                    "",
                ],
                ["Actie", "Wie", "Uiterlijk", "Status"],
            ]
            extra: list[tuple] = [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), None),
                ("FONT", (0, 1), (-1, 1), "NotoSans-Bold", 7.5),
                ("TEXTCOLOR", (0, 1), (-1, 1), "#5B6670"),
            ]
            for a in g.actions:
                who_a = RESPONSIBLE.get(a.responsible_type, a.responsible_type)
                if a.responsible_name:
                    who_a += f": {a.responsible_name}"
                late = (
                    a.deadline is not None and a.deadline < today and a.status in ("open", "lopend")
                )
                due = p(d(a.deadline))
                if late:
                    due = Paragraph(f"{esc(d(a.deadline))}<br/>verlopen", st.cell_alert)
                rows.append(
                    [p(a.description), p(who_a), due, ACTION_STATUS.get(a.status, a.status)]
                )
            if not g.actions:
                rows.append([p("Nog geen acties afgesproken.", st.cell_muted), "", "", ""])
            t = table(
                rows,
                [w * width for w in (0.47, 0.27, 0.14, 0.12)],
                header_rows=0,
                zebra=False,
                extra=extra,
            )
            out.append(KeepTogether([t]) if len(rows) < 12 else t)
            out.append(Spacer(1, 2 * mm))
    return out


def evaluations(data: CaseReportData, width: float) -> list:
    st = styles()
    evs = sorted(data.casefile.evaluations, key=lambda e: e.held_on, reverse=True)
    out: list = [Paragraph("Evaluaties", st.h2)]
    if not evs:
        return out + [none_recorded("Nog geen evaluatie vastgelegd.")]
    rows: list[list] = [["Datum", "Samenvatting", "Resultaat per doel", "Door"]]
    for e in evs[:8]:
        outcomes = "<br/>".join(f"{esc(o.title)}: <i>{esc(o.outcome)}</i>" for o in e.outcomes)
        rows.append(
            [d(e.held_on), p(e.summary), Paragraph(outcomes or "–", st.cell), p(e.recorded_by_name)]
        )
    out.append(table(rows, [w * width for w in (0.12, 0.4, 0.32, 0.16)]))
    if len(evs) > 8:
        out.append(Paragraph(esc(f"En {len(evs) - 8} eerdere evaluatie(s)."), st.small))
    return out


def decisions(data: CaseReportData, width: float) -> list:
    st = styles()
    ds = sorted(data.casefile.decisions, key=lambda x: x.decided_on, reverse=True)
    if not ds:
        return []
    rows: list[list] = [["Datum", "Besluit", "Hart", "Wet", "Euro", "Uitkomst"]]
    for x in ds[:6]:
        rows.append([d(x.decided_on), p(x.subject), p(x.hart), p(x.wet), p(x.euro), p(x.outcome)])
    return [
        Paragraph("Besluiten (hart – wet – euro)", st.h2),
        table(rows, [w * width for w in (0.11, 0.17, 0.18, 0.18, 0.18, 0.18)]),
    ]


def zrm(data: CaseReportData, width: float) -> list:
    st = styles()
    trends = data.casefile.measurements
    out: list = [
        CondPageBreak(60 * mm),
        Paragraph("Zelfredzaamheid: intake en laatste meting", st.h2),
    ]
    if not trends:
        return out + [none_recorded("Nog geen metingen vastgelegd.")]
    names = _names(data)
    for t in trends:
        if not t.domains:
            continue
        subject = names.get(t.person_id, "gezinslid") if t.person_id else "het hele huishouden"
        title = Paragraph(esc(f"{t.instrument} — {subject}"), st.h3)
        chart = trend_chart(t, width, data.score_ranges.get(t.instrument_code, (1, 5)))
        block = [title, chart]
        if t.intake_on == t.latest_on:
            block.append(Paragraph("Eén meting: nog geen verandering te zien.", st.small))
        out.append(KeepTogether(block))
    out.append(
        Paragraph(
            "Score 1 acute problematiek · 2 niet zelfredzaam · 3 beperkt zelfredzaam · "
            "4 voldoende zelfredzaam · 5 volledig zelfredzaam (ZRM). Rechts: verandering.",
            st.small,
        )
    )
    return out


def transition(data: CaseReportData, width: float) -> list:
    st = styles()
    cf = data.casefile
    today = _today(data)
    sections = {t.person_id: t for t in cf.transition}
    youths = [
        mv
        for mv in cf.household.members
        if mv.id in sections or data.transition_from_age <= mv.age < 18
    ]
    if not youths:
        return []
    out: list = [CondPageBreak(50 * mm), Paragraph("18-/18+ perspectiefplan", st.h2)]
    areas = dict(data.transition_areas)
    for mv in sorted(youths, key=lambda mv: mv.birth_date):
        turns = date_turning(mv.birth_date, 18)
        sec = sections.get(mv.id)
        head = f"{mv.name} — wordt 18 op {d(turns)}" if turns > today else f"{mv.name} — 18+"
        out.append(Paragraph(esc(head), st.h3))
        if sec is None:
            t = table(
                [[p("Geen perspectiefplan in het huidige plan.", st.cell_alert)]],
                [width],
                header_rows=0,
                zebra=False,
                extra=[("BACKGROUND", (0, 0), (-1, -1), ALERT_FILL)],
            )
            out.append(t)
            continue
        state = "vastgesteld" if sec.frozen else "concept"
        ext = {True: "besloten", False: "besloten: niet nodig", None: "nog niet besloten"}[
            sec.extended_youth_care_decided
        ]
        info = (
            f"Perspectiefplan: {state} · contact 18+: {sec.contact_18plus or '–'} · "
            f"overdracht: {d(sec.transfer_date)} · verlengde jeugdhulp: {ext}"
        )
        fill = WARN_FILL if not sec.frozen else None
        out.append(
            table(
                [[p(info)]],
                [width],
                header_rows=0,
                zebra=False,
                extra=[("BACKGROUND", (0, 0), (-1, -1), fill)] if fill else [],
            )
        )
        area_rows = [
            [p(areas.get(code, code), st.cell_muted), p(text)]
            for code, text in sec.areas.items()
            if text
        ]
        if sec.risk_assessment:
            area_rows.append([p("Risico's", st.cell_muted), p(sec.risk_assessment)])
        if area_rows:
            out.append(table(area_rows, [0.22 * width, 0.78 * width], header_rows=0, zebra=False))
        rows: list[list] = [["Checklist 18 jaar", "Status", "Wie", "Uiterlijk"]]
        extra = []
        for i, it in enumerate(sec.items, start=1):
            rows.append(
                [
                    p(it.name),
                    CHECK_STATUS.get(it.status, it.status),
                    p(it.responsible or "–"),
                    d(it.due_date),
                ]
            )
            if it.status in ("open", "bezig") and it.due_date and it.due_date < today:
                extra.append(("TEXTCOLOR", (3, i), (3, i), ALERT))
        out.append(Spacer(1, 1.5 * mm))
        out.append(table(rows, [w * width for w in (0.5, 0.14, 0.22, 0.14)], extra=extra))
    age_note = (
        f"Jongeren vanaf {data.transition_from_age} jaar; wie binnen {data.signal_months} "
        "maanden 18 wordt zonder vastgesteld perspectiefplan, wordt gesignaleerd."
    )
    out.append(Paragraph(esc(age_note), st.small))
    return out


def safety(data: CaseReportData, width: float) -> list:
    st = styles()
    cf = data.casefile
    if not cf.safety_checks and not cf.meldcode:
        return []
    out: list = [Paragraph("Veiligheid en Meldcode", st.h2)]
    if cf.safety_checks:
        last = max(cf.safety_checks, key=lambda c: c.checked_on)
        verdict = "veilig" if last.safe else "niet veilig"
        style = st.body if last.safe else st.cell_alert
        out.append(
            Paragraph(esc(f"Laatste veiligheidscheck {d(last.checked_on)}: {verdict}."), style)
        )
    if cf.meldcode:
        rows: list[list] = [["Stap", "Datum", "Door", "Besluit"]]
        for step in sorted(cf.meldcode, key=lambda s: (s.done_on, s.step)):
            rows.append(
                [
                    p(f"{step.step}. {step.step_name}"),
                    d(step.done_on),
                    p(step.author),
                    p(step.decision or "–"),
                ]
            )
        out.append(Spacer(1, 1.5 * mm))
        out.append(table(rows, [w * width for w in (0.45, 0.13, 0.2, 0.22)]))
        out.append(
            Paragraph(
                "Toelichtingen bij de stappen staan in het dossier, niet op papier.", st.small
            )
        )
    return out


def professionals(data: CaseReportData, width: float) -> list:
    st = styles()
    contacts = [c for c in data.casefile.network if c.kind == "formeel" and c.active]
    out: list = [Paragraph("Betrokken professionals", st.h2)]
    if not contacts:
        return out + [none_recorded("Geen betrokken professionals vastgelegd.")]
    rows: list[list] = [["Organisatie", "Contactpersoon", "Rol", "Telefoon"]]
    for c in contacts:
        rows.append([p(c.organisation or "–"), p(c.contact_name), p(c.role or "–"), c.phone or "–"])
    return out + [table(rows, [w * width for w in (0.28, 0.27, 0.27, 0.18)])]


def journal(data: CaseReportData, width: float) -> list:
    st = styles()
    out: list = [CondPageBreak(40 * mm), Paragraph("Journaal (meest recent)", st.h2)]
    entries = data.journal
    left_out = (
        sum(1 for e in data.casefile.journal if e.confidential)
        if not data.include_confidential
        else 0
    )
    if not entries:
        out.append(none_recorded("Geen journaalregels."))
    else:
        rows: list[list] = [["Datum", "Soort", "Door", "Notitie"]]
        extra = []
        for i, e in enumerate(entries, start=1):
            text = p(e.text)
            kind = e.entry_type
            if e.confidential:
                kind += "\nvertrouwelijk"
                extra.append(("TEXTCOLOR", (1, i), (1, i), ALERT))
            rows.append([dt(e.occurred_at), kind, p(e.author), text])
        out.append(table(rows, [w * width for w in (0.14, 0.13, 0.19, 0.54)], extra=extra))
    if data.include_confidential:
        out.append(
            Paragraph(
                "Vertrouwelijke notities zijn op verzoek meegenomen (vastgelegd in het logboek).",
                st.small,
            )
        )
    elif left_out:
        out.append(Paragraph(esc("Vertrouwelijke notities zijn weggelaten."), st.small))
    return out
