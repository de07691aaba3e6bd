"""A writer for the kill -9 tests: opens the store, then commits journal entries (each with
its audit row) one after another, and reports every id only AFTER its commit returned.

Used three ways:
    python tests/faults/writer.py DB USER HOUSEHOLD_ID   (password in $H4CASUS_PASSWORD)
prints one committed id per line until it is killed (or --count N entries are written);
    python tests/faults/writer.py --zygote DB USER HOUSEHOLD_ID
imports everything once and, for every line "fork" on stdin, forks a fresh writer (no import
cost): it prints "pid N", the writer's lines, and "done" once that writer has died. The zygote
is single-threaded, so forking it is safe (unlike forking a test process that may run threads);
or `run` called directly from a forked child.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run(path: Path, user: str, password: str, household_id: int, out_fd: int, count: int = 0):
    from h4casus.services.casework import journal
    from h4casus.services.core.context import ServiceContext, load_actor
    from h4casus.services.store.vault import open_store

    vault = open_store(Path(path), user, password)
    with vault.session() as s:
        actor = load_actor(s, user)
    ctx = ServiceContext(vault=vault, actor=actor)
    tag = os.getpid()
    n = 0
    while not count or n < count:
        n += 1
        entry = journal.add_entry(ctx, household_id, "notitie", f"schrijver {tag} regel {n}")
        # The unit of work has committed when add_entry returns: only now report the id.
        os.write(out_fd, f"{entry.id} {tag} {n}\n".encode())
    vault.close()


def zygote(path: Path, user: str, password: str, household_id: int) -> None:
    import h4casus.services.casework.journal  # noqa: F401  (import before forking: no cost per writer)
    import h4casus.services.store.vault  # noqa: F401

    for line in sys.stdin:
        if line.strip() != "fork":
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # child: write until killed
            code = 0
            try:
                run(path, user, password, household_id, sys.stdout.fileno())
            except BaseException:
                code = 1
            os._exit(code)
        os.write(sys.stdout.fileno(), f"pid {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(sys.stdout.fileno(), b"done\n")


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] == "--zygote":
        db, user, household = args[1:]
        zygote(Path(db), user, os.environ["H4CASUS_PASSWORD"], int(household))
        return 0
    count = 0
    if "--count" in args:
        i = args.index("--count")
        count = int(args[i + 1])
        del args[i : i + 2]
    db, user, household = args
    run(Path(db), user, os.environ["H4CASUS_PASSWORD"], int(household), sys.stdout.fileno(), count)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
