"""Fast, seeded draws for the demo data: picks, BSNs that pass the elfproef, date strings,
and the skeleton of a household and a team."""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field
from datetime import date

from h4casus.demo.region import TeamArea, Wijk


def pick(seq, r: float):
    """seq[r * len(seq)] for a draw r in [0, 1): a choice without a method call."""
    return seq[int(r * len(seq))]


def weighted_digits(number: int, first_weight: int) -> int:
    total = 0
    for weight in range(first_weight, first_weight + 4):
        number, digit = divmod(number, 10)
        total += digit * weight
    return total


# Elfproef sums of the low and the high four digits of an 8-digit base, looked up instead of
# computed per person (weights 2-5 from the right, then 6-9).
ELF_LOW = [weighted_digits(n, 2) for n in range(10_000)]
ELF_HIGH = [weighted_digits(n, 6) for n in range(10_000)]


def bsn_check(base: int) -> str | None:
    """Append the elfproef check digit to an 8-digit base (None if no digit fits)."""
    high, low = divmod(base, 10_000)
    check = (ELF_LOW[low] + ELF_HIGH[high]) % 11
    return None if check == 10 else f"{base:08d}{check}"


@dataclass
class Skeleton:
    area: int
    status: str
    rank: int


@dataclass
class Team:
    id: int
    area: TeamArea
    teamleider: int = 0
    consulenten: list[int] = field(default_factory=list)
    heavy: list[int] = field(default_factory=list)
    light: list[int] = field(default_factory=list)
    heavy_i: int = 0
    light_i: int = 0
    streets: list[tuple[Wijk, str, int, str]] = field(default_factory=list)


class Dates(dict):
    """Date strings by ordinal, computed once each (millions of look-ups, a few thousand days)."""

    def __missing__(self, ordinal: int) -> str:
        text = date.fromordinal(ordinal).isoformat()
        self[ordinal] = text
        return text


class FastRandom(random.Random):
    """random.Random with cheaper choice/randint (one float draw each); still seeded and
    reproducible. The demo makes millions of these calls."""

    def __init__(self, seed: int | None = None) -> None:
        super().__init__(seed)
        self._cum: dict[tuple, list[float]] = {}

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def weighted(self, population, weights):
        """One weighted draw (`choices(...)[0]` without rebuilding the cumulative weights)."""
        cum = self._cum.get(weights)
        if cum is None:
            cum = self._cum[weights] = list(itertools.accumulate(weights))
        return population[bisect.bisect_right(cum, self.random() * cum[-1])]
