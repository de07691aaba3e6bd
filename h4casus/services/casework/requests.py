"""Deciding a request that waits for a second pair of eyes: an op-/afschaling (level change)
or a handover of regie. One entry point for the desktop's approval dialog.

Rules:
- approving or declining goes through the request's own service (`escalation`, `regie`),
  which holds four eyes (never one's own request, never someone involved) and the policy;
- declining needs a reason (the `toelichting`), approving may carry one; the input is
  checked before anything is read or written, every field error at once.
"""

from __future__ import annotations

from h4casus.domain import validation as v
from h4casus.services.casework import escalation, regie
from h4casus.services.core.context import ServiceContext

LEVEL = "op- of afschaling"
HANDOVER = "overdracht"
KINDS = (LEVEL, HANDOVER)


def decide_request(
    ctx: ServiceContext,
    kind: str,
    request_id: int,
    approve: bool,
    note: str | None,
    expected_version: int | None = None,
) -> escalation.LevelChangeView | regie.HandoverView:
    """Approve or decline the request; returns it as it now stands."""
    e = v.FieldErrors()
    remark = e.check(
        "toelichting",
        v.text,
        note,
        "toelichting",
        required=not approve,
        max_len=v.MAX_TEXT,
        multiline=True,
    )
    if kind not in KINDS:
        e.add("soort", f"onbekende soort aanvraag: {kind}")
    if e.errors.get("toelichting") == "is verplicht":
        e.errors["toelichting"] = "geef een reden waarom u de aanvraag afwijst"
    e.raise_if_any()
    if kind == LEVEL:
        if approve:
            return escalation.approve_level_change(ctx, request_id, remark)
        return escalation.reject_level_change(ctx, request_id, remark)
    if approve:
        return regie.approve_handover(ctx, request_id, remark, expected_version=expected_version)
    return regie.reject_handover(ctx, request_id, remark, expected_version=expected_version)
