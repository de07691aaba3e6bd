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
    users += [f"nieuwx{i}" for i in range(1, 7)]
    problems = check_after(
        store.path,
        admin=ADMIN,
        admin_pw=ADMIN_PASSWORD,
        recovery=store.recovery_key,
        slot_users=users,
        user_pw={u: USER_PASSWORD for u in users},
    )
    assert problems == []


LONG_REKEY = """
import sys, time
from pathlib import Path
from h4casus.services.store import rekeying
from h4casus.services.store.session import login
from h4casus.services.store.keys import rekey
from h4casus.services.store.vault import open_store

def hold(stage):
    if stage == "pending_written":
        print("pending", flush=True)
        time.sleep(float(sys.argv[3]))

rekeying._checkpoint = hold
vault = open_store(Path(sys.argv[1]), "beheer", sys.argv[2])
rekey(login(vault, "beheer"))
vault.close()
print("rekeyed", flush=True)
"""


def test_a_sign_in_during_a_long_rekey_waits_or_is_told_the_store_is_in_use(store):
    """Item 1: the old code's sign-in deleted the pending slot file of a running re-key and
    the store was lost. Now it waits (or says 'in use', exit 75) and touches nothing."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from h4casus.services.store.rekeying import pending_slot_path

    store.close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    rekeyer = subprocess.Popen(
        [sys.executable, "-c", LONG_REKEY, str(store.path), ADMIN_PASSWORD, "4"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert rekeyer.stdout.readline().strip() == "pending"
        assert pending_slot_path(store.path).exists()
        cli = [sys.executable, "-m", "h4casus", "--db", str(store.path), "--user", "rik"]
        impatient = subprocess.run(
            [*cli, "list", "households"],
            env={**env, "H4CASUS_PASSWORD": USER_PASSWORD, "H4CASUS_BUSY_TIMEOUT": "0.5"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert impatient.returncode == 75, impatient.stderr
        assert "in gebruik" in impatient.stderr
        assert pending_slot_path(store.path).exists()  # not touched by the waiting process
        patient = subprocess.run(
            [*cli, "list", "households"],
            env={**env, "H4CASUS_PASSWORD": USER_PASSWORD},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert patient.returncode == 0, patient.stderr
        assert rekeyer.stdout.readline().strip() == "rekeyed"
    finally:
        rekeyer.wait(timeout=120)
    assert rekeyer.returncode == 0
    assert not pending_slot_path(store.path).exists()
