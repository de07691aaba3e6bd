"""What a demo run gives back: the accounts it made and the counts, and the one published
password of every demo account (it passes the password policy; never for real data)."""

from __future__ import annotations

from dataclasses import dataclass

DEMO_PASSWORD = "demo-wijkteam-delfland"


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    team: str
    can_log_in: bool = True  # has a key slot with the demo password


@dataclass(frozen=True)
class DemoResult:
    households: int
    seed: int
    seconds: float
    counts: dict[str, int]
    accounts: tuple[DemoAccount, ...]
    password: str = DEMO_PASSWORD

    def example_accounts(self) -> list[DemoAccount]:
        """One account per role for the first team, to show in the summary."""
        out: list[DemoAccount] = []
        for role in ("regisseur", "consulent", "teamleider"):
            out.extend([a for a in self.accounts if a.role == role and a.can_log_in][:1])
        return out
