"""The household's network in the Casusoverzicht: a simple ecogram (reportlab.graphics) with
the household in the middle and its active network around it, then the network as a table
(informal first, then the professionals) and the state of consent per member.

Rules: the ecogram draws the informal network on the left half and the professionals on the
right half; the line style tells the kind (informal: solid green, formal: dashed blue), and a
contact of one member names that member. At most ECOGRAM_MAX contacts are drawn; the rest are
counted under the picture (the table lists all of them). Ended contacts are not drawn, and are
listed in the table as ended."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from h4casus.domain.consent import DECIDER_LABELS, Decider
from h4casus.domain.labels import counted
from h4casus.domain.network import circle_label, partner_type_label
from h4casus.reports import fonts
from h4casus.reports.common import none_recorded, p
from h4casus.reports.styles import ACCENT, HEADER_FILL, MUTED, OK, d, esc, styles, table
from h4casus.services.casework.network import NetworkContactView
from h4casus.services.queries.case_report import CaseReportData

ECOGRAM_MAX = 16
INFORMAL = OK
FORMAL = colors.HexColor("#2B5C8A")


def _first(full: str) -> str:
    return full.split()[0] if full else ""


def _label_lines(c: NetworkContactView, members: dict[int, str]) -> tuple[str, str]:
    if c.informal:
        top = c.contact_name
        sub = c.relation or circle_label(c.circle)
    else:
        top = c.organisation or c.contact_name
        sub = partner_type_label(c.partner_type) or (c.role or "")
    if c.person_id and c.person_id in members:
        sub = f"{sub} · {members[c.person_id]}" if sub else members[c.person_id]
    return top[:28], sub[:32]


def ecogram(
    household: str,
    member_names: list[str],
    contacts: list[NetworkContactView],
    members: dict[int, str],
    width: float,
) -> Drawing:
    """The picture: household in the middle, informal left, formal right."""
    fonts.register()
    informal = [c for c in contacts if c.informal][: ECOGRAM_MAX // 2]
    formal = [c for c in contacts if not c.informal][: ECOGRAM_MAX // 2]
    # the picture grows with the longest side: 44 mm for one contact a side, at most 92 mm
    height = min(92 * mm, 36 * mm + 8 * mm * max(len(informal), len(formal), 1))
    dr = Drawing(width, height, initialFontName=fonts.REGULAR, initialFontSize=7)
    cx, cy = width / 2, height / 2
    rx, ry = width * 0.36, height * 0.40

    def place(group: list[NetworkContactView], left: bool) -> None:
        n = len(group)
        for i, c in enumerate(group):
            # spread over an arc of 150 degrees on the own side
            t = (i + 0.5) / n if n else 0.5
            angle = math.radians(105 + 150 * t) if left else math.radians(75 - 150 * t)
            x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
            colour = INFORMAL if c.informal else FORMAL
            line = Line(cx, cy, x, y, strokeColor=colour, strokeWidth=1.2)
            if not c.informal:
                line.strokeDashArray = [4, 3]
            dr.add(line)
            top, sub = _label_lines(c, members)
            box_w = max(len(top), len(sub)) * 4.1 + 10
            dr.add(
                Rect(
                    x - box_w / 2,
                    y - 11,
                    box_w,
                    22,
                    rx=4,
                    ry=4,
                    fillColor=colors.white,
                    strokeColor=colour,
                    strokeWidth=0.8,
                )
            )
            dr.add(String(x, y + 1.5, top, fontName=fonts.BOLD, fontSize=7, textAnchor="middle"))
            dr.add(
                String(
                    x,
                    y - 7.5,
                    sub,
                    fontName=fonts.REGULAR,
                    fontSize=6,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )

    place(informal, left=True)
    place(formal, left=False)
    dr.add(Circle(cx, cy, 15 * mm, fillColor=HEADER_FILL, strokeColor=ACCENT, strokeWidth=1.2))
    dr.add(String(cx, cy + 6, household[:26], fontName=fonts.BOLD, fontSize=8, textAnchor="middle"))
    names = ", ".join(member_names)
    for i, chunk in enumerate(_wrap(names, 24)[:3]):
        dr.add(
            String(
                cx,
                cy - 4 - 8 * i,
                chunk,
                fontName=fonts.REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    dr.add(
        String(
            4, height - 8, "Eigen netwerk", fontName=fonts.BOLD, fontSize=7.5, fillColor=INFORMAL
        )
    )
    dr.add(
        String(
            width - 4,
            height - 8,
            "Professionals",
            fontName=fonts.BOLD,
            fontSize=7.5,
            fillColor=FORMAL,
            textAnchor="end",
        )
    )
    return dr


def _wrap(text: str, n: int) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > n:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return out + ([line] if line else [])


def network(data: CaseReportData, width: float) -> list:
    st = styles()
    cf = data.casefile
    members = {mv.id: _first(mv.given_names) for mv in cf.members if not mv.restricted}
    out: list = [Paragraph("Netwerk en betrokken professionals", st.h2)]
    active = [c for c in cf.network if c.active]
    if not cf.network:
        out.append(none_recorded("Geen netwerk vastgelegd."))
    else:
        out.append(
            ecogram(cf.household.display_name, list(members.values()), active, members, width)
        )
        drawn = min(len([c for c in active if c.informal]), ECOGRAM_MAX // 2) + min(
            len([c for c in active if not c.informal]), ECOGRAM_MAX // 2
        )
        if drawn < len(active):
            out.append(Paragraph(esc(f"En nog {len(active) - drawn} in de tabel."), st.small))
        out.append(
            Paragraph(
                "Doorgetrokken groen: eigen netwerk · gestreept blauw: professionals.", st.small
            )
        )
        rows: list[list] = [["Wie", "Relatie / soort", "Wat / rol", "Voor", "Contact", "Sinds"]]
        extra = []
        for i, c in enumerate(sorted(cf.network, key=lambda c: (not c.informal, not c.active))):
            who = c.contact_name if c.informal else (c.organisation or "")
            if not c.informal and c.contact_name:
                who += f"\n{c.contact_name}"
            kind = (
                f"{c.relation or ''} ({circle_label(c.circle).lower()})"
                if c.informal
                else partner_type_label(c.partner_type)
            )
            what = c.can_do if c.informal else c.role
            since = d(c.since) if c.since else ""
            if not c.active:
                since = f"{since}\ntot {d(c.until)}".strip()
                extra.append(("TEXTCOLOR", (0, i + 1), (-1, i + 1), MUTED))
            rows.append(
                [
                    p(who),
                    p(kind),
                    p(what or "–"),
                    members.get(c.person_id, "huishouden") if c.person_id else "huishouden",
                    p(" · ".join(x for x in (c.phone, c.email) if x) or "–"),
                    since,
                ]
            )
        out.append(
            table(rows, [w * width for w in (0.22, 0.18, 0.24, 0.11, 0.15, 0.10)], extra=extra)
        )
    out += _consent(data, width)
    return out


def _consent(data: CaseReportData, width: float) -> list:
    st = styles()
    cf = data.casefile
    out: list = [Paragraph("Toestemming om te delen", st.h3)]
    if not cf.consent_needs:
        return out + [none_recorded("Geen gezinsleden.")]
    rows: list[list] = [["Gezinslid", "Wie beslist (leeftijdsregel)", "Ontbreekt", "Let op"]]
    extra = []
    for i, n in enumerate(cf.consent_needs, start=1):
        missing = ", ".join(DECIDER_LABELS[Decider(x)] for x in n.missing) or "–"
        if n.missing:
            extra.append(("TEXTCOLOR", (2, i), (2, i), colors.HexColor("#A61B1B")))
        note = f"regel verandert op {d(n.next_change)}" if n.next_change else "–"
        rows.append([p(n.name), p(n.rule), p(missing), p(note)])
    out.append(table(rows, [w * width for w in (0.24, 0.38, 0.20, 0.18)], extra=extra))
    records = len(cf.consents)
    out.append(
        Paragraph(
            esc(
                counted(records, "vastgelegde toestemming of weigering", "vastgelegde")
                + ("" if records == 1 else " toestemmingen en weigeringen")
                + " (zie het dossier)."
            ),
            st.small,
        )
    )
    return out
