"""Checks as you type: postcode, BSN (elfproef) and dates, marked at the field at once.

Rules:
- The domain's own rules decide (`domain.validation`); these helpers only say early what the
  service would say on saving, and tidy what was typed ("2611cd" -> "2611 CD",
  "12041985" -> "12-04-1985"). The service still checks everything when saving.
- While a value is still being typed (too short to judge) the field stays neutral; a
  complete value that is wrong is marked at once; an incomplete one when the field is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit

from h4casus.domain import validation as v
from h4casus.domain.errors import ValidationError
from h4casus.gui.widgets.form_dialog import mark_invalid

_POSTCODE_TYPED = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")
_COMPACT_DATE = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def _reason(fn: Callable, *args) -> str | None:
    try:
        fn(*args)
    except ValidationError as exc:
        return next(iter(exc.errors.values()))
    return None


def tidy_postcode(text: str) -> str:
    """'2611cd' -> '2611 CD'; anything else unchanged."""
    match = _POSTCODE_TYPED.match(text)
    return f"{match.group(1)} {match.group(2).upper()}" if match else text


def postcode_problem(text: str, *, final: bool) -> str | None:
    compact = re.sub(r"\s", "", text)
    if not compact:
        return "postcode is verplicht" if final else None
    if len(compact) < 6 and not final:
        return None
    return _reason(v.postcode, text)


def bsn_problem(text: str, *, final: bool) -> str | None:
    digits = re.sub(r"[\s.\-]", "", text)
    if not digits:
        return None  # a BSN is optional
    if not final and digits.isdigit() and len(digits) < 9:
        return None
    return _reason(v.bsn, text)


def tidy_date(text: str) -> str:
    """'12041985' -> '12-04-1985', '1-4-1985' -> '01-04-1985'; anything else unchanged."""
    s = text.strip()
    match = _COMPACT_DATE.match(s)
    if match:
        return "-".join(match.groups())
    parts = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
    if parts:
        return f"{int(parts.group(1)):02d}-{int(parts.group(2)):02d}-{parts.group(3)}"
    return text


def parse_day(text: str) -> date | None:
    """The date typed (dd-mm-jjjj, ddmmjjjj or jjjj-mm-dd), or None."""
    try:
        return v.parse_date(tidy_date(text).replace("/", "-").replace(".", "-"), "datum")
    except ValidationError:
        return None


def birth_date_problem(text: str, today: date, *, final: bool) -> str | None:
    s = text.strip()
    if not s:
        return "is verplicht" if final else None
    if not final and len(re.sub(r"\D", "", s)) < 8:
        return None
    return _reason(v.birth_date, tidy_date(s).replace("/", "-").replace(".", "-"), today)


def day_problem(text: str, today: date, *, final: bool, required: bool = True) -> str | None:
    """A date typed as dd-mm-jjjj (or ddmmjjjj), not in the future."""
    s = text.strip()
    if not s:
        return "is verplicht" if final and required else None
    if not final and len(re.sub(r"\D", "", s)) < 8:
        return None
    return _reason(v.not_future, tidy_date(s).replace("/", "-").replace(".", "-"), today, "datum")


def date_field(edit: QLineEdit, today: date, *, required: bool = True) -> LiveCheck:
    """Make a line edit a date field: today filled in (Tab selects it, typing replaces it),
    checked as typed, tidied when left. A line edit rather than a QDateEdit, whose Tab walks
    its day, month and year before leaving."""
    edit.setText(today.strftime("%d-%m-%Y"))
    return LiveCheck(
        edit,
        lambda text, final: day_problem(text, today, final=final, required=required),
        tidy=tidy_date,
    )


def typed_day(edit: QLineEdit) -> str:
    """What a date field holds, tidied, for the service to check ("" when empty)."""
    return tidy_date(edit.text()).strip()


class LiveCheck(QObject):
    """Marks a line edit as you type (`problem(text, final=False)`) and when it is left
    (`final=True`, after `tidy`). `checked(ok)` is called after each check."""

    def __init__(
        self,
        edit: QLineEdit,
        problem: Callable[..., str | None],
        *,
        tidy: Callable[[str], str] | None = None,
        checked: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.problem = problem
        self.tidy = tidy
        self.checked = checked
        edit.textEdited.connect(lambda _t: self.check(final=False))
        edit.installEventFilter(self)

    def check(self, *, final: bool) -> bool:
        if final and self.tidy is not None:
            tidied = self.tidy(self.edit.text())
            if tidied != self.edit.text():
                self.edit.setText(tidied)
        reason = self.problem(self.edit.text(), final=final)
        mark_invalid(self.edit, reason)
        if self.checked is not None:
            self.checked(reason is None)
        return reason is None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.check(final=True)
        return super().eventFilter(watched, event)
