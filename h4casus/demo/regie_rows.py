"""The level history and the regie history of one demo household: one active regisseur per
open household, none for a closed one, the level equal to its last carried-out change."""

from __future__ import annotations

import random

from h4casus.demo.vocabulary import (
    EIGEN_REGIE_REASONS,
    EXTERNAL_REGIE,
    STALLED_SUBJECTS,
)

EIGEN_REGIE_SHARE = 0.06  # of open, active households
ESCALATION_SHARE = 0.05


class RegieRows:
    """Mixin of `rows.Generator`: one household's level and regie history."""

    def _level_history(
        self, hid: int, signal: int, end: int, rank: int, reg: int, tl: int, is_open: bool
    ) -> int:
        """Carried-out changes from the start level (AVE 2) to `rank`; some refused and some
        pending requests. Returns the effective date of the last carried-out change."""
        rng = self.rng
        rows = self.rows["level_changes"]
        code = self.level_code
        path = [2]
        if rank == 1:
            path += [3, 2, 1] if rng.random() < 0.2 else [1]
        elif rank == 2:
            if rng.random() < 0.25:
                path += [3, 2]
        elif rank == 3:
            path += [3]
        else:
            path += [3, 4] if rng.random() < 0.6 else [4]
        n = len(path)
        span = max(n, end - signal)
        dates = sorted(signal + rng.randint(1, span) for _ in range(n - 1))
        dates = [signal, *dates]
        prev: str | None = None
        prev_rank = 0
        for lvl, eff in zip(path, dates, strict=True):
            to = code[lvl]
            needs = to in self.approval and prev is not None
            requested = eff - (rng.randint(1, 5) if needs else 0)
            rows.append(
                (
                    self._id("level_changes"),
                    hid,
                    prev,
                    to,
                    "aanmelding"
                    if prev is None
                    else (
                        "situatie verslechterd; meer partijen nodig"
                        if lvl > prev_rank
                        else "situatie stabiel; afschalen"
                    ),
                    "doorgevoerd",
                    reg,
                    self.dt(requested),
                    tl if needs else reg,
                    self.dt(eff),
                    "akkoord teamleider" if needs else None,
                    self.D[eff],
                    self.D[eff + self.level_days[lvl]],
                    1,
                )
            )
            prev = to
            prev_rank = lvl
        if rng.random() < 0.04 and rank < 4:
            o = min(end, dates[-1] + rng.randint(1, 60))
            rows.append(
                (
                    self._id("level_changes"),
                    hid,
                    code[rank],
                    code[rank + 1],
                    "zorgen over veiligheid",
                    "afgewezen",
                    reg,
                    self.dt(o),
                    tl,
                    self.dt(min(end, o + 2)),
                    "eerst het netwerk inzetten",
                    None,
                    None,
                    1,
                )
            )
        if is_open and rank < 4 and rng.random() < 0.05:
            o = self.t - rng.randint(0, 14)
            rows.append(
                (
                    self._id("level_changes"),
                    hid,
                    code[rank],
                    code[rank + 1],
                    "nieuwe signalen; opschalen gevraagd",
                    "aangevraagd",
                    reg,
                    self.dt(o),
                    None,
                    None,
                    None,
                    None,
                    None,
                    1,
                )
            )
        return dates[-1]

    def _regie(self, hid, signal, end, reg, consulent, tl, tm, is_open, rank, status) -> None:
        rng = self.rng
        rows = self.rows
        start = signal + rng.randint(0, 3)
        history: list[tuple[int | None, str | None]] = []
        if status != "aangemeld" and rng.random() < 0.18:
            history.append((consulent, None))
        if rank == 4 and rng.random() < 0.25:
            history.append((None, rng.choice(EXTERNAL_REGIE)))
        history.append((reg, None))
        cuts = sorted(start + rng.randint(1, max(2, end - start)) for _ in range(len(history) - 1))
        bounds = [start, *cuts, None if is_open else end]
        for i, (uid, ext) in enumerate(history):
            began, ended = bounds[i], bounds[i + 1]
            rows["regie_assignments"].append(
                (
                    self._id("regie_assignments"),
                    hid,
                    uid,
                    ext,
                    self.dt(began),
                    None if ended is None else self.dt(ended),
                    "aanmelding" if i == 0 else "overdracht",
                    None
                    if ended is None
                    else ("afgesloten" if i == len(history) - 1 else "overdracht"),
                    tl,
                )
            )
            if i > 0:
                prev_uid, prev_ext = history[i - 1]
                rows["handovers"].append(
                    (
                        self._id("handovers"),
                        hid,
                        prev_uid,
                        uid,
                        ext,
                        prev_uid or tl,
                        self.dt(began - 3),
                        "andere expertise nodig"
                        if ext is None
                        else "regie tijdelijk bij gecertificeerde instelling",
                        "warme overdracht gedaan",
                        "voltooid",
                        1,
                        self.dt(began - 1),
                        tl,
                        self.dt(began),
                        "akkoord",
                        1,
                    )
                )
        if is_open and status != "aangemeld" and rng.random() < 0.03:
            same_team = rng.random() < 0.5
            other = (
                self.teams[(self.teams.index(tm) + 1) % len(self.teams)] if not same_team else tm
            )
            pool = [u for u in other.light + other.heavy if u != reg] or [reg]
            to = rng.choice(pool)
            o = self.t - rng.randint(0, 20)
            rows["handovers"].append(
                (
                    self._id("handovers"),
                    hid,
                    reg,
                    to,
                    None,
                    reg,
                    self.dt(o),
                    "verhuizing naar andere wijk" if not same_team else "verdeling caseload",
                    "dossier is bijgewerkt",
                    "voorgesteld" if same_team else "geaccepteerd",
                    int(not same_team),
                    None if same_team else self.dt(o + 1),
                    None,
                    None,
                    None,
                    1,
                )
            )

    def _own_regie(
        self,
        hid: int,
        signal: int,
        reg: int,
        tl: int,
        is_open: bool,
        status: str,
        first_adult: tuple[int, str] | None,
    ) -> None:
        """Eigen regie for a few open households (an adult of the household, the regisseur
        stays contact) and regie op regie escalations, some answered. Drawn from a generator
        of their own per household, so the rest of the demo stays as it was."""
        if not is_open or status not in ("actief", "nazorg"):
            return
        side = random.Random(hid * 1_000_003 + 17)
        rows = self.rows
        if first_adult is not None and side.random() < EIGEN_REGIE_SHARE:
            start = max(signal, self.t - side.randint(10, 300))
            person_id, name = first_adult
            rows["eigen_regie"].append(
                (
                    self._id("eigen_regie"),
                    hid,
                    person_id,
                    name,
                    "zelf",
                    side.choice(EIGEN_REGIE_REASONS),
                    self.D[start],
                    reg,
                    f"{self.D[start]} 10:00:00.000000",
                    None,
                    None,
                    None,
                    1,
                )
            )
        if side.random() < ESCALATION_SHARE:
            raised = max(signal, self.t - side.randint(1, 40))
            answered = side.random() < 0.4
            to_partner = side.random() < 0.4
            rows["regie_escalations"].append(
                (
                    self._id("regie_escalations"),
                    hid,
                    "partner" if to_partner else "teamleider",
                    None if to_partner else tl,
                    "Aanbieder (contactpersoon zorgbemiddeling)" if to_partner else None,
                    side.choice(STALLED_SUBJECTS),
                    "Afspraken niet nagekomen; graag een besluit over de aanpak",
                    reg,
                    f"{self.D[raised]} 09:00:00.000000",
                    "Besproken; de aanbieder start binnen twee weken" if answered else None,
                    f"{self.D[min(self.t, raised + 3)]} 15:00:00.000000" if answered else None,
                    (reg if to_partner else tl) if answered else None,
                    1,
                )
            )
