"""Monitor: anonymous figures for a period, as PDF and as CSV.

Rules: only what the read model holds (already suppressed: counts of 1–4 print as "< 5",
averages over fewer than five as "–"); no names, case numbers or ids anywhere; the CSV is
UTF-8 with BOM and ';' (Dutch spreadsheets), one figure per row, and every cell a spreadsheet
could run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe, like the audit
export. Pages carry *Vertrouwelijk* as well: the figures are internal until published."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from h4casus.reports import fonts
from h4casus.reports.layout import PageInfo, build, frame_width
from h4casus.reports.output import write_bytes, write_pdf
from h4casus.reports.styles import d, esc, key_values, long_date, number, styles, table
from h4casus.services.admin.audit_views import neutralise
from h4casus.services.queries.monitor import THRESHOLD, Monitor, monitor, restamp
from h4casus.services.queries.printing import EXPORT, PRINT

SUPPRESSED = f"< {THRESHOLD}"


def count(value: int | None) -> str:
    return SUPPRESSED if value is None else number(value)


def avg(value: float | None, decimals: int = 2, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = number(abs(value) if signed else value, decimals)
    if signed:
        text = ("+" if value > 0 else "\u2013" if value < 0 else "") + text
    return text


def share(value: float | None) -> str:
    return "–" if value is None else f"{number(value * 100, 0)}%"


def render(data: Monitor) -> bytes:
    """The Monitor as PDF bytes (pure: no database, any thread)."""
    st = styles()
    width = frame_width()
    story: list = [
        Paragraph("Monitor sociaal domein", st.title),
        Paragraph(
            esc(f"Wijkteams · {long_date(data.period_from)} t/m {long_date(data.period_to)}"),
            st.subtitle,
        ),
        Spacer(1, 4 * mm),
        key_values(
            [
                ("Periode", esc(f"{d(data.period_from)} t/m {d(data.period_to)}")),
                ("Teams", esc(data.scope)),
                ("Aanmeldingen", esc(count(data.registrations))),
                ("Afsluitingen", esc(count(data.closures))),
                ("Opgeschaald", esc(count(data.escalations_up))),
                ("Afgeschaald", esc(count(data.escalations_down))),
            ],
            width,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            esc(
                f"Anoniem: aantallen van 1 tot {THRESHOLD} worden niet getoond ({SUPPRESSED}); "
                "waar één getal in een kolom met een totaal verborgen is, wordt ook het "
                "volgende kleinste verborgen. Gemiddelden en mediaan alleen over minstens "
                f"{THRESHOLD} huishoudens of personen."
            ),
            st.small,
        ),
        Paragraph("Aanmeldingen en afsluitingen per team", st.h2),
    ]
    rows: list[list] = [["Team", "Aanmeldingen", "Afsluitingen"]]
    rows += [[t.team, count(t.registrations), count(t.closures)] for t in data.teams]
    rows.append(["Totaal", count(data.registrations), count(data.closures)])
    bold_total = [
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), fonts.BOLD, 8),
    ]
    story.append(table(rows, [0.6 * width, 0.2 * width, 0.2 * width], extra=bold_total))

    story.append(Paragraph("Redenen van afsluiten", st.h2))
    rows = [["Reden", "Afsluitingen"]]
    rows += [[c.reason, count(c.count)] for c in data.closure_reasons]
    rows.append(["Totaal", count(data.closures)])
    rows.append(["Nazorg of vervolghulp geregeld", count(data.closures_with_follow_up)])
    rows.append(["Geen nazorg of vervolghulp geregeld", count(data.closures_without_follow_up)])
    story.append(
        table(
            rows,
            [0.8 * width, 0.2 * width],
            extra=[
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONT", (0, -3), (-1, -3), fonts.BOLD, 8),
            ],
        )
    )

    story.append(Paragraph("Op- en afschalen", st.h2))
    rows = [["Naar niveau", "Opgeschaald naar", "Afgeschaald naar"]]
    rows += [[mv.level, count(mv.up_to), count(mv.down_to)] for mv in data.moves]
    rows.append(["Totaal", count(data.escalations_up), count(data.escalations_down)])
    story.append(table(rows, [0.6 * width, 0.2 * width, 0.2 * width], extra=bold_total))
    story.append(
        Paragraph(
            "Doorgevoerde wijzigingen met ingangsdatum in de periode (de eerste indeling bij "
            "aanmelding telt niet mee).",
            st.small,
        )
    )

    story.append(Paragraph("18-/18+ en plannen", st.h2))
    rows = [
        ["Indicator", "Waarde"],
        ["Jongeren 18 geworden in de periode (in zorg)", count(data.youths_turned_18)],
        ["  van wie met vastgesteld perspectiefplan vóór 18", count(data.youths_with_plan)],
        ["  aandeel met perspectiefplan vóór 18", share(data.youths_share)],
        ["Huishoudens met eerste vastgesteld plan in de periode", count(data.plans_finalised)],
        [
            "Mediaan dagen van aanmelding tot eerste vastgesteld plan",
            avg(data.median_days_to_plan, 0),
        ],
    ]
    story.append(
        table(rows, [0.8 * width, 0.2 * width], extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")])
    )

    for inst in data.zrm:
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph(esc(f"Gemiddelde verandering: {inst.instrument}"), st.h2))
        if not inst.domains:
            story.append(Paragraph("Geen herhaalde metingen in de periode.", st.small))
            continue
        rows = [["Domein", "Gemeten", "Eerste", "Laatste", "Verandering"]]
        rows += [
            [
                f.domain,
                count(f.subjects),
                avg(f.average_first),
                avg(f.average_latest),
                avg(f.average_change, signed=True),
            ]
            for f in inst.domains
        ]
        story.append(
            table(
                rows,
                [0.44 * width, 0.14 * width, 0.14 * width, 0.14 * width, 0.14 * width],
                extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")],
            )
        )
        story.append(
            Paragraph(
                "Per persoon of huishouden de eerste en de laatste score binnen de periode, "
                "alleen wie minstens twee keer is gemeten.",
                st.small,
            )
        )
    info = PageInfo(
        title="Monitor",
        subject=f"{d(data.period_from)} t/m {d(data.period_to)}",
        stamp=data.stamp,
        footer_note="anonieme cijfers; intern tot publicatie",
    )
    return build(story, info)


def csv_bytes(data: Monitor) -> bytes:
    """The same figures as CSV (UTF-8 with BOM, ';', CRLF), safe against formula injection."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")

    def row(*cells: object) -> None:
        w.writerow([neutralise("" if c is None else str(c)) for c in cells])

    row("onderdeel", "omschrijving", "waarde")
    row("periode", "van", data.period_from.isoformat())
    row("periode", "tot en met", data.period_to.isoformat())
    row("periode", "teams", data.scope)
    row("logboek", "kenmerk", data.stamp.reference)
    for t in data.teams:
        row("aanmeldingen", t.team, count(t.registrations))
    row("aanmeldingen", "totaal", count(data.registrations))
    for t in data.teams:
        row("afsluitingen", t.team, count(t.closures))
    row("afsluitingen", "totaal", count(data.closures))
    for c in data.closure_reasons:
        row("afsluitreden", c.reason, count(c.count))
    row("afsluiten", "nazorg of vervolghulp geregeld", count(data.closures_with_follow_up))
    row("afsluiten", "geen nazorg of vervolghulp", count(data.closures_without_follow_up))
    for mv in data.moves:
        row("opgeschaald naar", mv.level, count(mv.up_to))
    row("opgeschaald", "totaal", count(data.escalations_up))
    for mv in data.moves:
        row("afgeschaald naar", mv.level, count(mv.down_to))
    row("afgeschaald", "totaal", count(data.escalations_down))
    row("18-/18+", "18 geworden in zorg", count(data.youths_turned_18))
    row("18-/18+", "met vastgesteld perspectiefplan voor 18", count(data.youths_with_plan))
    row("18-/18+", "aandeel met perspectiefplan voor 18", share(data.youths_share))
    row("plan", "huishoudens met eerste vastgesteld plan", count(data.plans_finalised))
    row("plan", "mediaan dagen aanmelding tot eerste plan", avg(data.median_days_to_plan, 0))
    for inst in data.zrm:
        for f in inst.domains:
            row(
                f"{inst.instrument}: gemiddelde verandering",
                f.domain,
                avg(f.average_change, signed=True),
            )
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def monitor_pdf(ctx, period_from, period_to, *, target: Path | None = None) -> bytes:
    """Read (authorised, logged as a print) and render; writes `target` when given."""
    pdf = render(monitor(ctx, period_from, period_to, event=PRINT))
    if target is not None:
        write_pdf(pdf, target, ctx.vault.path)
    return pdf


def monitor_csv(ctx, period_from, period_to, *, target: Path | None = None) -> bytes:
    """Read (authorised, logged as an export) and write the CSV; returns its bytes."""
    data = csv_bytes(monitor(ctx, period_from, period_to, event=EXPORT))
    if target is not None:
        write_bytes(data, target, ctx.vault.path)
    return data


def monitor_files(
    ctx, period_from, period_to, *, pdf_target: Path | None, csv_target: Path | None
) -> None:
    """PDF and/or CSV from one computation; each file has its own audit row (print, export)."""
    data = monitor(ctx, period_from, period_to, event=PRINT if pdf_target else EXPORT)
    if pdf_target is not None:
        write_pdf(render(data), pdf_target, ctx.vault.path)
        if csv_target is not None:
            data = restamp(ctx, data, EXPORT)
    if csv_target is not None:
        write_bytes(csv_bytes(data), csv_target, ctx.vault.path)
