"""Partnerversie van het plan: the shared plan for one ketenpartner (need to know).

Holds: for whom it is, the plan version, per goal the leefgebied, for whom (household or a
first name), the goal and its result, and the actions split into what the household and its
own network do and what professionals do, with owner, deadline and status; the regisseur to
call and the next evaluation; the household's address only when consent covers it.

Rules: renders only `PartnerPlanData` (which holds no BSN, birth date, journal, scores,
decisions or other problem details); every page is marked *Vertrouwelijk* with the print
stamp; the footer says it was shared with consent and may not be passed on."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from h4casus.reports.common import none_recorded, p
from h4casus.reports.layout import PageInfo, build, frame_width
from h4casus.reports.output import write_pdf
from h4casus.reports.styles import d, esc, key_values, long_date, styles, table
from h4casus.services.queries.partner_plan import PartnerPlanData, partner_plan

STATUS = {
    "open": "Open",
    "lopend": "Loopt",
    "afgerond": "Afgerond",
    "gestopt": "Gestopt",
    "behaald": "Behaald",
    "niet behaald": "Niet behaald",
}


def _actions(actions, width: float, own: bool) -> list:
    chosen = [a for a in actions if a.own_circle == own]
    if not chosen:
        return []
    head = "Wat het huishouden en zijn netwerk doen" if own else "Wat professionals doen"
    rows: list[list] = [[head, "Wie", "Wanneer", "Status"]]
    for a in chosen:
        rows.append([p(a.description), p(a.owner), d(a.deadline), STATUS.get(a.status, a.status)])
    return [
        Spacer(1, 1.5 * mm),
        table(rows, [w * width for w in (0.50, 0.25, 0.12, 0.13)]),
    ]


def story(data: PartnerPlanData) -> list:
    st = styles()
    width = frame_width()
    if data.plan_number is None:
        plan_text = "nog geen plan"
    elif data.plan_status == "vastgesteld":
        plan_text = f"versie {data.plan_number}, vastgesteld"
        if data.agreed_on:
            plan_text += f", akkoord huishouden {d(data.agreed_on)}"
    else:
        plan_text = f"versie {data.plan_number}, concept (nog niet vastgesteld)"
    pairs: list[tuple[str, object]] = [
        ("Voor", esc(data.partner)),
        ("Huishouden", esc(data.household)),
        ("Plan", esc(plan_text)),
        ("Regisseur", esc(f"{data.regisseur or '–'} ({data.team})")),
        ("Volgende evaluatie", esc(long_date(data.next_evaluation))),
    ]
    if data.address:
        pairs.append(("Adres", esc(data.address)))
    out: list = [
        Paragraph("Plan — partnerversie", st.title),
        Paragraph(esc(f"{data.household} · gedeeld met {data.partner}"), st.subtitle),
        Spacer(1, 4 * mm),
        key_values(pairs, width),
        Spacer(1, 2 * mm),
        Paragraph(
            esc(
                "Deze versie bevat alleen de doelen, acties en wie ze uitvoert, gedeeld met "
                "toestemming van het huishouden. Geef haar niet door aan anderen."
            ),
            st.small,
        ),
    ]
    if data.limited_to:
        out.append(
            Paragraph(
                esc("De toestemming geldt alleen voor: " + ", ".join(data.limited_to) + "."),
                st.small,
            )
        )
    out.append(Paragraph("Doelen en acties", st.h2))
    if not data.goals:
        out.append(none_recorded("Er zijn (nog) geen doelen om te delen."))
    for i, g in enumerate(data.goals, start=1):
        status = STATUS.get(g.status, g.status)
        block: list = [
            Paragraph(esc(f"{i}. {g.title}"), st.h3),
            Paragraph(
                esc(f"{g.leefgebied} · voor {g.for_whom} · {status}"),
                st.small,
            ),
            Paragraph(esc(g.result), st.body),
        ]
        if not g.actions:
            block.append(none_recorded("Nog geen acties."))
        block += _actions(g.actions, width, own=True)
        block += _actions(g.actions, width, own=False)
        out.append(KeepTogether(block))
    return out


def render(data: PartnerPlanData) -> bytes:
    """The partner version as PDF bytes (pure: no database, any thread)."""
    info = PageInfo(
        title="Plan (partnerversie)",
        subject=f"{data.household} · voor {data.partner}",
        stamp=data.stamp,
        footer_note="gedeeld met toestemming; niet doorgeven",
    )
    return build(story(data), info)


def partnerversie(
    ctx, household_id: int, partner: str, *, target: Path | None = None, event: str = "print"
) -> bytes:
    """Check, read (authorised and logged) and render; writes `target` atomically if given."""
    pdf = render(partner_plan(ctx, household_id, partner, event=event))
    if target is not None:
        write_pdf(pdf, target, ctx.vault.path)
    return pdf
