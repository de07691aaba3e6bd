"""Issue 10, items 1, 2 and 16 with real processes: a long re-key against sign-ins, wrong
passwords (existing and unknown names) and `user add`, all at once. Nothing may ever report
corruption, no slot may be lost or written back stale, and the store must verify afterwards.
The long run is `python scripts/key_race_soak.py --rounds 300`."""

from __future__ import annotations

from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD
from tests.races.run import check_after, race


def test_rekeys_against_signins_wrong_passwords_and_user_adds(store):
    store.close()
    report = race(
        store.path,
        admin=ADMIN,
        admin_pw=ADMIN_PASSWORD,
        reader=("rik", USER_PASSWORD),
        guessed="carla",
        new_pw=USER_PASSWORD,
        rekeys=6,
        adds=6,
        pause=0.4,
    )
    print(f"\n{report.seconds:.1f} s: {dict(report.outcomes)}")
    assert report.problems == []
    # The re-key really ran beside the others: some sign-ins had to wait or were told so.
    assert report.outcomes["signin"]["ok"] > 0
    assert report.outcomes["wrong"]["auth"] > 0 and report.outcomes["wrong-unknown"]["auth"] > 0
    users = ["rik", "carla", "tim", *(f"nieuw{i}" for i in range(1, 7))]
    problems = check_after(
        store.path,
        admin=ADMIN,
        admin_pw=ADMIN_PASSWORD,
        recovery=store.recovery_key,
        slot_users=users,
        user_pw={u: USER_PASSWORD for u in users},
    )
    assert problems == []
