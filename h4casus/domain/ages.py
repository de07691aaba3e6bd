"""Age is derived from the birth date and a given day, never stored."""

from __future__ import annotations

from datetime import date


def birthday_in_year(birth: date, year: int) -> date:
    """The birthday in a given year; 29 February falls on 1 March in common years
    (the Dutch civil-law reading: one becomes a year older when the day after 28 Feb starts)."""
    try:
        return birth.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


def age_on(birth: date, today: date) -> int:
    age = today.year - birth.year
    if today < birthday_in_year(birth, today.year):
        age -= 1
    return age


def date_turning(birth: date, years: int) -> date:
    return birthday_in_year(birth, birth.year + years)
