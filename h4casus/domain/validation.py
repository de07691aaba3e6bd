"""Field validation at the service boundary. Every failure names the field and why."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.nl import bsn as stdnum_bsn

from h4casus.domain.enums import FileKind
from h4casus.domain.errors import ValidationError

_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s?([A-Za-z]{2})\s*$")
# SA, SD and SS are not issued as postcode letters in the Netherlands.
_FORBIDDEN_POSTCODE_LETTERS = {"SA", "SD", "SS"}
MAX_TEXT = 10_000
MAX_LINE = 200
# Characters no name or text may hold: control (Cc), format (Cf: e.g. bidi overrides),
# surrogates (Cs), private use (Co), unassigned and noncharacters such as U+FFFE (Cn), and
# the line and paragraph separators U+2028/U+2029 (Zl, Zp), which break lines and logs.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


class FieldErrors:
    """Collects errors for several fields so the user hears all of them at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def check(self, field: str, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            for msg in exc.errors.values():
                self.add(field, msg)
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def is_valid_bsn(value: str) -> bool:
    """Elfproef: 9 digits, weights 9..2 and -1, sum divisible by 11, not all zeros."""
    return (
        bool(re.fullmatch(r"\d{9}", value)) and value != "000000000" and stdnum_bsn.is_valid(value)
    )


def bsn(value: str | None, field: str = "bsn") -> str | None:
    """Normalise an optional BSN; empty means none. 8-digit BSNs get their leading zero."""
    if value is None:
        return None
    raw = re.sub(r"[\s.\-]", "", str(value))
    if raw == "":
        return None
    if not (raw.isascii() and raw.isdigit()):  # '²' or '٣' are digits to str.isdigit
        raise ValidationError("BSN mag alleen cijfers bevatten", field)
    if len(raw) == 8:
        raw = "0" + raw
    if len(raw) != 9:
        raise ValidationError("BSN moet 9 cijfers hebben", field)
    if raw == "000000000":
        raise ValidationError("BSN mag niet uit alleen nullen bestaan", field)
    try:
        stdnum_bsn.validate(raw)
    except StdnumError:
        raise ValidationError("BSN voldoet niet aan de elfproef", field) from None
    return raw


def mask_bsn(value: str | None) -> str:
    """Show only the last three digits: '*****6789' style, as on screen and paper."""
    if not value:
        return ""
    return "******" + value[-3:]


def postcode(value: str | None, field: str = "postcode") -> str:
    """Dutch postcode, normalised to '1234 AB'."""
    if value is None or str(value).strip() == "":
        raise ValidationError("postcode is verplicht", field)
    m = _POSTCODE.match(str(value))
    if not m:
        raise ValidationError("postcode moet de vorm 1234 AB hebben", field)
    letters = m.group(2).upper()
    if letters in _FORBIDDEN_POSTCODE_LETTERS:
        raise ValidationError(f"postcode met letters {letters} bestaat niet", field)
    return f"{m.group(1)} {letters}"


def text(
    value: object,
    field: str,
    *,
    required: bool = True,
    max_len: int = MAX_LINE,
    multiline: bool = False,
) -> str | None:
    """Trimmed text without control characters; required fields may not be empty."""
    if value is None:
        s = ""
    elif isinstance(value, str):
        s = value
    else:
        raise ValidationError("moet tekst zijn", field)
    s = unicodedata.normalize("NFC", s).strip()
    allowed = {"\n", "\t"} if multiline else set()
    for ch in s:
        if ch not in allowed and unicodedata.category(ch) in REFUSED_CATEGORIES:
            raise ValidationError(
                f"bevat onzichtbare, besturings- of ongeldige tekens (U+{ord(ch):04X})", field
            )
    if "\x00" in s:
        raise ValidationError("bevat een ongeldig teken", field)
    if len(s) > max_len:
        raise ValidationError(f"is te lang (maximaal {max_len} tekens)", field)
    if not s:
        if required:
            raise ValidationError("is verplicht", field)
        return None
    return s


def choice(value: object, enum_cls, field: str):
    """One of an enum's values (case-insensitive)."""
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        v = value.strip().lower()
        for member in enum_cls:
            if member.value == v:
                return member
    allowed = ", ".join(m.value for m in enum_cls)
    raise ValidationError(f"moet een van deze waarden zijn: {allowed}", field)


def parse_date(value: object, field: str, *, required: bool = True) -> date | None:
    """Accept a date, 'YYYY-MM-DD' or 'DD-MM-YYYY'."""
    if value is None or (isinstance(value, str) and value.strip() == ""):
        if required:
            raise ValidationError("is verplicht", field)
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValidationError("moet een datum zijn", field)
    s = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", s)
        if not m:
            raise ValidationError("moet een datum zijn als JJJJ-MM-DD of DD-MM-JJJJ", field)
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValidationError("is geen bestaande datum", field) from None


def birth_date(value: object, today: date, field: str = "geboortedatum") -> date:
    d = parse_date(value, field)
    assert d is not None
    if d > today:
        raise ValidationError("ligt in de toekomst", field)
    if d.year < today.year - 125:
        raise ValidationError("ligt meer dan 125 jaar terug", field)
    return d


def not_future(value: object, today: date, field: str, *, required: bool = True) -> date | None:
    d = parse_date(value, field, required=required)
    if d is not None and d > today:
        raise ValidationError("ligt in de toekomst", field)
    return d


def house_number(value: object, field: str = "huisnummer") -> int:
    if isinstance(value, bool):
        raise ValidationError("moet een getal zijn", field)
    if isinstance(value, int):
        n = value
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{1,5}", value.strip()):
        n = int(value.strip())
    else:
        raise ValidationError("moet een geheel getal zijn", field)
    if not 1 <= n <= 99999:
        raise ValidationError("moet tussen 1 en 99999 liggen", field)
    return n


def score(value: object, allowed: range | list[int], field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("moet een getal zijn", field)
    try:
        n = int(value)
    except ValueError:
        raise ValidationError("moet een getal zijn", field) from None
    if n not in allowed:
        lo, hi = min(allowed), max(allowed)
        raise ValidationError(f"moet tussen {lo} en {hi} liggen", field)
    return n


def file_kind(value: object, field: str = "dossiersoort") -> FileKind:
    """The file kind, chosen explicitly (no default: it decides the retention period)."""
    if isinstance(value, str) and value in {k.value for k in FileKind}:
        return FileKind(value)
    if value is None or value == "":
        raise ValidationError("is verplicht: kies jeugdwet, wmo of participatiewet", field)
    raise ValidationError("moet jeugdwet, wmo of participatiewet zijn", field)
