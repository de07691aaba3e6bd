"""An injectable clock so rules that depend on today (ages, deadlines) test exactly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


class Clock:
    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock(Clock):
    at: datetime

    def now(self) -> datetime:
        return self.at

    def advance(self, **kwargs) -> None:
        from datetime import timedelta

        self.at = self.at + timedelta(**kwargs)
