"""The plan rows of one demo household: versions, goals, actions, evaluations, measurements
and the 18-/18+ perspectiefplan of its youths."""

from __future__ import annotations

from datetime import date, timedelta

from h4casus.demo.draw import pick
from h4casus.demo.vocabulary import (
    ACTION_TEXTS,
    GOAL_TEMPLATES,
    INFORMAL_ROLES,
    PARTNERS,
    QUESTIONS,
    RESPONSIBLE_TYPES,
    SMART_RESULTS,
    TRANSITION_TEXT,
)


class PlanRows:
    """Mixin of `rows.Generator`: one household's plan and measurements."""

    def _plan(self, hid, plan_id, status, signal, end, reg, pids, members, tm) -> int | None:
        """Plan versions with goals and actions; returns the latest version id."""
        rng = self.rng
        rows = self.rows
        t = self.t
        if status == "aangemeld" or (status == "intake" and rng.random() < 0.5):
            return None
        versions: list[tuple[int, str]] = []  # (created ordinal, status)
        created = signal + rng.randint(10, 40)
        if status == "intake":
            versions.append((min(created, t), "concept"))
        else:
            versions.append((created, "vastgesteld"))
            nxt = created + rng.randint(90, 200)
            if rng.random() < 0.45 and nxt < end - 10:
                versions.append((nxt, "vastgesteld"))
                nxt += rng.randint(90, 200)
            if status == "actief" and rng.random() < 0.3 and nxt < t:
                versions.append((nxt, "concept"))
        lineage: list[tuple[int, str, str, int | None]] = []  # (lineage id, lg, title, person)
        latest_pv = None
        latest_prev: int | None = None
        prev_goals: list[int] = []
        for number, (made, vstatus) in enumerate(versions, start=1):
            pv = self._id("plan_versions")
            latest_pv = pv
            final = vstatus == "vastgesteld"
            fin = min(end, made + rng.randint(5, 20)) if final else None
            is_last = number == len(versions)
            rows["plan_versions"].append(
                (
                    pv,
                    plan_id,
                    number,
                    vstatus,
                    rng.choice(QUESTIONS),
                    self.dt(made),
                    reg,
                    self.dt(fin) if fin else None,
                    reg if final else None,
                    self.D[fin] if fin else None,
                    self.D[(fin or made) + rng.randint(60, 120)],
                    1,
                )
            )
            # goals: keep most of the previous lineage, add new ones
            goals: list[tuple[int, str, str, int | None]] = [
                g for g in lineage if rng.random() < 0.7
            ]
            for _ in range(rng.weighted((1, 2, 3), (45, 40, 15)) - (1 if goals else 0)):
                lg = rng.weighted(self.lg_codes, self.lg_weights)
                title, _smart = rng.choice(GOAL_TEMPLATES.get(lg, (("Doel", "Resultaat"),)))
                person = rng.choice(pids) if rng.random() < 0.3 else None
                goals.append((0, lg, title, person))
            this_goals: list[int] = []
            for pos, (lin, lg, title, person) in enumerate(goals):
                gid = self._id("goals")
                lin = lin or gid
                smart = SMART_RESULTS.get((lg, title), "Resultaat afgesproken.")
                naam = members[pids.index(person)][0] if person else members[0][0]
                if not is_last:
                    gstatus = rng.choice(("behaald", "lopend", "niet behaald"))
                elif status in ("afgesloten", "nazorg"):
                    gstatus = rng.choice(("behaald", "behaald", "niet behaald", "vervallen"))
                else:
                    gstatus = rng.choice(("open", "lopend", "lopend"))
                weighed = rng.random() < 0.2
                rows["goals"].append(
                    (
                        gid,
                        pv,
                        lin,
                        lg,
                        person,
                        title,
                        smart.format(naam=naam),
                        gstatus,
                        "wat het huishouden zelf wil en kan" if weighed else None,
                        "Participatiewet en Wmo 2015" if weighed else None,
                        "binnen budget maatwerkvoorziening" if weighed else None,
                        pos,
                        1,
                    )
                )
                this_goals.append(gid)
                goals[pos] = (lin, lg, title, person)
                self._actions(gid, made, end, gstatus, naam, is_last and status != "afgesloten")
            lineage = goals
            # evaluation of the previous version when this one was made
            if prev_goals and number > 1:
                self._evaluation(hid, latest_prev, made - rng.randint(1, 7), reg, prev_goals)
            latest_prev = pv
            prev_goals = this_goals
        # evaluation of the last vastgesteld version for long-running cases
        if (
            versions[-1][1] == "vastgesteld"
            and status in ("actief", "nazorg", "afgesloten")
            and versions[-1][0] + 90 < end
            and rng.random() < 0.5
        ):
            self._evaluation(hid, latest_pv, versions[-1][0] + rng.randint(80, 90), reg, prev_goals)
        if status == "actief" and rng.random() < 0.08:
            rows["decisions"].append(
                (
                    self._id("decisions"),
                    hid,
                    latest_pv,
                    self.D[min(t, versions[-1][0] + 7)],
                    "Maatwerk: budgetbeheer zonder eigen bijdrage",
                    "Het gezin raakt anders de woning kwijt",
                    "Wmo 2015 en gemeentelijke beleidsregels",
                    "Kosten lager dan huisuitzetting en opvang",
                    "toegekend voor 6 maanden",
                    reg,
                )
            )
        del tm
        return latest_pv

    def _actions(self, gid, made, end, gstatus, naam, current) -> None:
        # Hot (about 4.5 actions per household): draws inlined, ids counted locally.
        rnd = self.rng.random
        rows = self.rows["actions"]
        t = self.t
        d = self.D
        aid = self.next_id["actions"]
        r = rnd()
        n = 1 if r < 0.4 else (2 if r < 0.8 else 3)
        for pos in range(n):
            rtype = RESPONSIBLE_TYPES[int(rnd() * 5)]
            if rtype == "inwoner":
                desc = pick(ACTION_TEXTS["inwoner"], rnd()).replace("{naam}", naam)
                resp = naam
            elif rtype == "netwerk":
                resp = INFORMAL_ROLES[int(rnd() * len(INFORMAL_ROLES))]
                desc = pick(ACTION_TEXTS["netwerk"], rnd()).replace("{wie}", resp)
            else:
                desc = pick(ACTION_TEXTS[rtype], rnd())
                if rtype == "wijkteam":
                    resp = "wijkteam"
                else:
                    resp = pick(PARTNERS, rnd())[0 if rtype == "aanbieder" else 1]
            deadline = made + 14 + int(rnd() * 137)
            if current:
                status = pick(
                    ("open", "lopend", "afgerond") if deadline < t else ("open", "open", "lopend"),
                    rnd(),
                )
            else:
                status = "gestopt" if rnd() < 1 / 3 else "afgerond"
            if status == "afgerond":
                done = min(end, deadline - int(rnd() * 11))
                done_text = d[done] if done else None
            else:
                done_text = None
            rows.append((aid, gid, desc, rtype, resp, d[deadline], status, done_text, pos, 1))
            aid += 1
        self.next_id["actions"] = aid

    def _evaluation(self, hid, pv, held, reg, goal_ids) -> None:
        rng = self.rng
        held = min(held, self.t)
        eid = self._id("evaluations")
        self.rows["evaluations"].append(
            (
                eid,
                hid,
                pv,
                self.D[held],
                rng.choice(
                    (
                        "Doelen grotendeels behaald; plan bijgesteld.",
                        "Weinig voortgang; extra inzet van het netwerk afgesproken.",
                        "Huishouden tevreden; afschalen besproken.",
                    )
                ),
                self.D[held + rng.randint(60, 120)],
                reg,
                self.dt(held),
            )
        )
        for gid in goal_ids:
            self.rows["goal_evaluations"].append(
                (
                    self._id("goal_evaluations"),
                    eid,
                    gid,
                    rng.choice(("behaald", "lopend", "niet behaald")),
                    None,
                )
            )

    def _measure(self, hid, person, instrument, on, kind, reg, base) -> None:
        domains = self.instruments.get(instrument)
        if not domains:
            return
        rng = self.rng
        mid = self._id("measurements")
        self.rows["measurements"].append((mid, hid, person, instrument, self.D[on], kind, reg))
        top = 6 if instrument == "PARTICIPATIELADDER" else 5
        scores = self.rows["measurement_scores"]
        for dom in domains:
            scores.append((mid, dom, max(1, min(top, base + rng.randint(-1, 1)))))

    def _measurements(self, hid, status, signal, end, reg, head, rank) -> None:
        if status == "aangemeld":
            return
        rng = self.rng
        base = 5 - rank if rank > 1 else 4
        intake = min(end, signal + rng.randint(7, 30))
        if rng.random() < 0.8:
            self._measure(hid, None, "ZRM-HH", intake, "intake", reg, base)
        if rng.random() < 0.15:
            self._measure(hid, head, "ZRM2017", intake, "intake", reg, base)
        if status in ("actief", "nazorg", "afgesloten") and end - intake > 120:
            later = intake + rng.randint(90, end - intake)
            if rng.random() < 0.5:
                self._measure(hid, None, "ZRM-HH", later, "evaluatie", reg, base + 1)
            if rng.random() < 0.07:
                self._measure(hid, head, "ZRM2017", later, "evaluatie", reg, base + 1)
            if rng.random() < 0.08:
                self._measure(hid, head, "PARTICIPATIELADDER", later, "evaluatie", reg, base)
        if status == "afgesloten" and rng.random() < 0.5:
            self._measure(hid, None, "ZRM-HH", end, "afsluiting", reg, base + 1)

    def _transition(self, pv: int, pid: int, born: int, given: str) -> None:
        rng = self.rng
        t = self.t
        age = (t - born) / 365.25
        tid = self._id("transition_plans")
        filled = age >= 16
        eighteen = date.fromordinal(born)
        try:
            eighteen = eighteen.replace(year=eighteen.year + 18)
        except ValueError:  # 29 February
            eighteen = eighteen + timedelta(days=18 * 365 + 4)
        self.rows["transition_plans"].append(
            (
                tid,
                pv,
                pid,
                *(
                    TRANSITION_TEXT[a] if filled and rng.random() < 0.8 else None
                    for a in (
                        "wonen",
                        "school",
                        "werk",
                        "inkomen",
                        "zorg",
                        "veiligheid",
                        "relaties",
                        "vrije_tijd",
                    )
                ),
                "Risico op uitval bij de overgang naar 18+" if filled else None,
                rng.choice(("Werkplein Delft", "MEE Zuid-Holland Noord", "Kwadraad"))
                if filled
                else None,
                eighteen.isoformat(),
                (int(rng.random() < 0.5) if age >= 17.5 else None),
                1,
            )
        )
        done_share = max(0.0, min(1.0, (age - 15) / 3))
        for pos, code in enumerate(self.checklist):
            r = rng.random()
            status = (
                "geregeld" if r < done_share * 0.8 else ("lopend" if r < done_share else "open")
            )
            if code == "huurtoeslag" and rng.random() < 0.7:
                status = "n.v.t."
            self.rows["transition_items"].append(
                (
                    self._id("transition_items"),
                    tid,
                    code,
                    status,
                    given if rng.random() < 0.5 else "regisseur",
                    self.D[eighteen.toordinal() - rng.randint(0, 120)],
                    None,
                    pos,
                    1,
                )
            )
