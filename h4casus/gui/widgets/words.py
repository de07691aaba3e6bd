"""How stored values read on screen: the domain's words, translated, and dates.

Rules:
- Choices (household status, goal and action status, evaluation outcome, owner type,
  measurement kind, role, …) are stored as Dutch words by the domain and the services; a
  screen shows that word with a capital (`choice_label`) and never keeps a list of its own,
  so a word changed in the domain is changed on every screen at once.
- Every such word reaches the screen through `word()`, which translates it in the one
  context "labels". The list lupdate reads is generated from the domain's vocabularies
  (`gui/widgets/label_words.py`, by `scripts/update_translations.py`); words that only the
  desktop uses (a table header, a relation's longer name) are marked where they are defined
  with `QT_TRANSLATE_NOOP("labels", ...)`.
- Configurable content (ladder levels, leefgebieden, instruments) and the services' messages
  stay as stored, in Dutch (docs/translation.md).
- Dates read as dd-mm-jjjj in either language; an absent date as an empty string.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

LABELS_CONTEXT = "labels"


def word(text: str) -> str:
    """A domain word or label in the desktop's language ('Actief' -> 'Active')."""
    if not text:
        return ""
    return QCoreApplication.translate(LABELS_CONTEXT, text)


def capital(value: str) -> str:
    """'deels behaald' -> 'Deels behaald' (the form in which words are translated)."""
    return value[:1].upper() + value[1:]


def choice_label(value: str | None) -> str:
    """'deels behaald' -> 'Deels behaald', in the desktop's language."""
    if not value:
        return ""
    return word(capital(value))


def age_text(years: int) -> str:
    """'1 jaar', '7 jaar' — in English '1 year', '7 years'."""
    if years == 1:
        return QCoreApplication.translate(LABELS_CONTEXT, "1 jaar")
    return QCoreApplication.translate(LABELS_CONTEXT, "{n} jaar").format(n=years)


def date_text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y")


def owner_text(responsible_type: str, responsible_name: str | None) -> str:
    """'Inwoner · Anna' (the type, and the name when there is one)."""
    label = choice_label(responsible_type)
    return f"{label} · {responsible_name}" if responsible_name else label
