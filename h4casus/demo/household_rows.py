"""The rows of one demo household: its members and the household itself with its journal
and network (level and regie history: regie_rows; plan: plan_rows)."""

from __future__ import annotations

from datetime import date

from h4casus.demo.draw import Skeleton, bsn_check, pick
from h4casus.demo.vocabulary import (
    CIRCLE_OF_ROLE,
    CLOSE_REASONS,
    HELP_ANSWERS,
    INFORMAL_ROLES,
    JOURNAL_TYPES,
    MELDING_ANSWERS,
    PARTNER_TYPE_OF_ROLE,
    PARTNERS,
    TIMES,
)
from h4casus.services.casework.households import names_for


class HouseholdRows:
    """Mixin of `rows.Generator`: one household's own rows."""

    def _person_name(self, female: bool) -> str:
        return self.rng.choice(self.female if female else self.male)

    def _bsn(self) -> str:
        rnd = self.rng.random
        while True:
            bsn = bsn_check(10_000_000 + int(rnd() * 90_000_000))
            if bsn and bsn not in self.used_bsn:
                self.used_bsn.add(bsn)
                return bsn

    def _members(self, sk: Skeleton) -> list[list]:
        """[given, prefix, family, birth ordinal, relation, female] per member."""
        rng = self.rng
        t = self.t
        r = rng.random()
        fam = rng.choice(self.surnames)
        out: list[list] = []

        def adult(lo: int, hi: int, female: bool, name=fam, relation="ouder"):
            age_days = rng.randint(lo * 365, hi * 365)
            out.append(
                [self._person_name(female), name[0], name[1], t - age_days, relation, female]
            )
            return age_days

        if r < 0.27:  # single
            adult(19, 88, rng.random() < 0.55)
        elif r < 0.44:  # couple
            f = rng.random() < 0.5
            a = adult(24, 85, f)
            partner = fam if rng.random() < 0.4 else rng.choice(self.surnames)
            adult(max(19, a // 365 - 6), a // 365 + 6, not f, partner, "partner")
        else:
            two = r >= 0.66
            f = rng.random() < (0.5 if two else 0.85)
            a = adult(24, 55, f)
            if two:
                partner = fam if rng.random() < 0.5 else rng.choice(self.surnames)
                adult(max(20, a // 365 - 6), a // 365 + 6, not f, partner, "partner")
            kids = rng.weighted((1, 2, 3, 4, 5), (22, 38, 25, 10, 5))
            max_age = min(21 * 365, a - 18 * 365)
            for _ in range(kids):
                age_days = rng.randint(0, max(0, max_age))
                kf = rng.random() < 0.5
                out.append([self._person_name(kf), fam[0], fam[1], t - age_days, "kind", kf])
            if rng.random() < 0.08:
                g = rng.random() < 0.6
                out.append(
                    [
                        self._person_name(g),
                        fam[0],
                        fam[1],
                        t - rng.randint(62, 88) * 365,
                        "overig",
                        g,
                    ]
                )
        return out

    def _household(self, sk: Skeleton) -> None:
        rng = self.rng
        t = self.t
        rows = self.rows
        tm = self.teams[sk.area]
        hid = self._id("households")
        status = sk.status
        is_open = status != "afgesloten"
        # ---- dates
        if status == "aangemeld":
            signal = t - rng.randint(0, 21)
        elif status == "intake":
            signal = t - rng.randint(14, 90)
        elif status == "actief":
            signal = t - rng.randint(60, 1100)
        elif status == "nazorg":
            signal = t - rng.randint(240, 1300)
        else:
            signal = t - rng.randint(300, 1800)
        end = t if is_open else min(t - 1, signal + rng.randint(180, 700))
        registered = signal + rng.randint(0, 3)
        if registered > t:
            registered = t
        # ---- people in charge
        if sk.rank >= 3:
            reg = tm.heavy[tm.heavy_i % len(tm.heavy)]
            tm.heavy_i += 1
        else:
            reg = tm.light[tm.light_i % len(tm.light)]
            tm.light_i += 1
        consulent = rng.choice(tm.consulenten)
        tl = tm.teamleider
        # ---- members
        members = self._members(sk)
        pids: list[int] = []
        adults: list[int] = []
        youths: list[tuple[int, int, str]] = []
        names: list[tuple[str, str | None, str]] = []
        rnd = rng.random
        key, phones, d = self.key, self.phones, self.D
        pid = self.next_id["persons"]
        add_person = rows["persons"].append
        for given, prefix, family, born, relation, _f in members:
            pids.append(pid)
            age_days = t - born
            has_phone = relation != "kind" or age_days > 14 * 365
            family_key = key(family)
            add_person(
                (
                    pid,
                    hid,
                    given,
                    prefix,
                    family,
                    d[born],
                    self._bsn() if rnd() < 0.92 else None,
                    relation,
                    pick(phones, rnd()) if has_phone and rnd() < 0.7 else None,
                    f"{key(given).replace(' ', '')}.{family_key.replace(' ', '')}@example.nl"
                    if relation != "kind" and rnd() < 0.4
                    else None,
                    None,
                    0,
                    family_key,
                    1,
                )
            )
            pid += 1
            names.append((relation, prefix, family))
            if relation in ("ouder", "partner"):
                adults.append(pid - 1)
            elif relation == "kind" and 15 * 365 <= age_days < 18 * 365 + 1:
                youths.append((pid - 1, born, given))
        self.next_id["persons"] = pid
        head_name = members[0][0]
        display, sort = names_for(names)
        # ---- address
        wijk, street, max_nr, pc = rng.choice(tm.streets)
        nr = rng.randint(1, max_nr)
        suffix = rng.choice(("A", "B", "bis", "1", "2", "3")) if rng.random() < 0.12 else None
        # ---- level history (walk from the start level to the current one)
        level_rank = sk.rank
        changes = self._level_history(hid, signal, end, level_rank, reg, tl, is_open)
        last_eff = changes
        interval = self.level_days[level_rank]
        if not is_open:
            next_review = None
        elif status == "aangemeld":
            next_review = self.D[signal + self.level_days[2]]
        elif rng.random() < 0.12:
            next_review = self.D[t - rng.randint(1, 60)]  # overdue
        else:
            next_review = self.D[t + rng.randint(1, max(2, interval))]
        del last_eff
        nazorg = self.D[t + rng.randint(-10, 84)] if status == "nazorg" else None
        kids = any(r == "kind" for _g, _p, _f, _b, r, _x in members)
        file_kind = (
            "jeugdwet"
            if kids and rng.random() < 0.7
            else rng.choice(("wmo", "wmo", "participatiewet"))
        )
        rows["households"].append(
            (
                hid,
                f"{date.fromordinal(registered).year}-{hid:06d}",
                display,
                sort,
                street,
                nr,
                suffix,
                pc,
                wijk.city,
                tm.area.gemeente,
                wijk.name,
                tm.id,
                status,
                self.D[signal],
                rng.weighted(self.sources, self.source_w),
                None,
                self.dt(registered),
                consulent,
                self.level_code[level_rank],
                next_review,
                nazorg,
                None if is_open else self.dt(end),
                *((None, None, None) if is_open else _closure(rng.choice(CLOSE_REASONS))),
                file_kind,
                self.key(street),
                self.key(wijk.city),
                1,
            )
        )
        # ---- regie and handovers
        self._regie(hid, signal, end, reg, consulent, tl, tm, is_open, level_rank, status)
        first_adult = next(
            (
                (pids[i], f"{mb[0]} {mb[1] + ' ' if mb[1] else ''}{mb[2]}")
                for i, mb in enumerate(members)
                if mb[4] in ("ouder", "partner")
            ),
            None,
        )
        self._own_regie(hid, signal, reg, tl, is_open, status, first_adult)
        # ---- consent
        if status != "aangemeld":
            given = rng.random() < 0.92
            on = min(end, signal + rng.randint(3, 20))
            rows["consents"].append(
                (
                    self._id("consents"),
                    hid,
                    pids[0],
                    int(given),
                    self.D[on],
                    " ".join(x for x in members[0][:3] if x),
                    "informatie delen met betrokken ketenpartners voor het gezinsplan",
                    self.D[min(end, on + rng.randint(30, 300))]
                    if given and rng.random() < 0.05
                    else None,
                    reg,
                    self.dt(on),
                    1,
                )
            )
        # ---- plan, goals, actions, evaluations, measurements, transition plans
        plan_id = self._id("plans")
        rows["plans"].append((plan_id, hid, self.dt(registered)))
        latest_pv = self._plan(hid, plan_id, status, signal, end, reg, pids, members, tm)
        self._measurements(hid, status, signal, end, reg, pids[0], level_rank)
        if latest_pv and youths and is_open:
            for pid, born, given in youths:
                if rng.random() < 0.55:
                    self._transition(latest_pv, pid, born, given)
        # ---- journal
        # The hottest loop (about ten rows per household): inlined draws.
        rnd = rng.random
        n_journal = rng.randint(1, 3) if status == "aangemeld" else rng.randint(3, 17)
        span = max(1, end - signal) + 1
        authors = (reg, reg, reg, consulent)
        pool, n_pool, n_pids, n_times = (
            self.journal_pool,
            len(self.journal_pool),
            len(pids),
            len(TIMES),
        )
        jid = self.next_id["journal_entries"]
        append = rows["journal_entries"].append
        d = self.D
        for o in sorted([signal + int(rnd() * span) for _ in range(n_journal)]):
            append(
                (
                    jid,
                    hid,
                    pids[int(rnd() * n_pids)] if rnd() < 0.15 else None,
                    JOURNAL_TYPES[int(rnd() * 5)],
                    f"{d[o]} {TIMES[int(rnd() * n_times)]}",
                    authors[int(rnd() * 4)],
                    pool[int(rnd() * n_pool)].replace("{naam}", head_name),
                    1 if rnd() < 0.06 else 0,
                    1,
                )
            )
            jid += 1
        self.next_id["journal_entries"] = jid
        # ---- network
        if status != "aangemeld":
            for _ in range(rng.weighted((0, 1, 2, 3, 4), (15, 30, 30, 15, 10))):
                if rng.random() < 0.65:
                    org, role, lg = rng.choice(PARTNERS)
                    given = self._person_name(rng.random() < 0.6)
                    prefix, fam = rng.choice(self.surnames)
                    rows["network_contacts"].append(
                        (
                            self._id("network_contacts"),
                            hid,
                            "formeel",
                            org,
                            " ".join(x for x in (given, prefix, fam) if x),
                            role,
                            lg if lg in self.leefgebieden else None,
                            rng.choice(self.phones),
                            None,
                            int(is_open),
                            1,
                            None,
                            None,
                            PARTNER_TYPE_OF_ROLE.get(role, "anders"),
                        )
                    )
                else:
                    role = rng.choice(INFORMAL_ROLES)
                    rows["network_contacts"].append(
                        (
                            self._id("network_contacts"),
                            hid,
                            "informeel",
                            None,
                            self._person_name(rng.random() < 0.6),
                            None,
                            "sociaal_netwerk" if "sociaal_netwerk" in self.leefgebieden else None,
                            rng.choice(self.phones) if rng.random() < 0.5 else None,
                            None,
                            1,
                            1,
                            role,
                            CIRCLE_OF_ROLE.get(role, "anders"),
                            None,
                        )
                    )
        # ---- meldcode
        if is_open and status != "aangemeld" and rng.random() < (0.12 if level_rank >= 3 else 0.01):
            steps = rng.randint(2, 5)
            on = signal + rng.randint(5, 30)
            subject = rng.choice(pids[1:] or pids)
            weighing_id = None
            for step in range(1, steps + 1):
                on = min(t, on + rng.randint(1, 10))
                step_id = self._id("meldcode_steps")
                decision = (
                    rng.choice(("melden", "hulp organiseren", "melden en hulp organiseren"))
                    if step == 5
                    else None
                )
                rows["meldcode_steps"].append(
                    (
                        step_id,
                        hid,
                        subject,
                        step,
                        self.D[on],
                        reg,
                        (
                            "Signalen in kaart gebracht",
                            "Collegiale consultatie en Veilig Thuis geraadpleegd",
                            "Gesprek met de ouders gevoerd",
                            "Risico's gewogen met het afwegingskader",
                            "Besluit genomen",
                        )[step - 1],
                        decision,
                        None,
                        self.dt(on),
                    )
                )
                if step == 4:
                    weighing_id = step_id
            if weighing_id is not None:  # answers that the decision (if taken) follows from
                answers = MELDING_ANSWERS if decision and "melden" in decision else HELP_ANSWERS
                rows["meldcode_answers"].extend(
                    (weighing_id, code, answer) for code, answer in answers
                )


def _closure(reason: tuple[str, str, bool]) -> tuple[str, str, bool]:
    """(close_reason text, closure_reason code, follow_up_arranged) in the column order."""
    code, text, follow_up = reason
    return text, code, follow_up
