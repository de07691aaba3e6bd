"""The helper process that makes demo rows while the main process writes them.
Making the rows (Python) and writing them (SQLite, encryption) each take about half of a
large build. From PARALLEL_MIN_HOUSEHOLDS on, a helper process makes the rows while this
process writes them: on two cores the build takes about as long as the slower half. The
helper gets the generator's state (ids, pools, random state; never the key or a database
connection) and sends back plain row tuples; the transaction stays here, so a failure on
either side still leaves nothing behind. A fresh interpreter (not fork): the same on every
platform, and no copy of this process's memory (the data key) in the helper.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import time
import traceback

from h4casus.demo import limits
from h4casus.demo.bulk import pack


def use_producer(households: int) -> bool:
    """Only with a core to spare: on a machine already busy with other work the two halves
    cannot overlap, and the helper would only add its start-up and the pickling."""
    if households < limits.PARALLEL_MIN_HOUSEHOLDS or getattr(sys, "frozen", False):
        return False  # a bundled app has no interpreter to start
    cpus = os.cpu_count() or 1
    if cpus < 2:
        return False
    idle = idle_cpus()
    return idle is None or idle >= 0.8


def idle_cpus(window: float = 0.2) -> float | None:
    """How many CPUs are idle right now (Linux: two reads of /proc/stat `window` apart);
    None where that cannot be read. Not the load average: a minute-long average still
    counts the work this process did just before (e.g. a benchmark building several sizes)."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
        return sum(fields), fields[3] + (fields[4] if len(fields) > 4 else 0)

    try:
        total0, idle0 = sample()
        time.sleep(window)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    if total1 <= total0:
        return None
    return (os.cpu_count() or 1) * (idle1 - idle0) / (total1 - total0)


class Producer:
    """The helper process: a plain `python -c`, messages are pickles over its stdin/stdout
    (it imports only this module; nothing of the caller's __main__ runs again)."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.finished = False

    @classmethod
    def start(cls) -> Producer:
        code = "from h4casus.demo.producer import produce; produce()"
        # The helper finds this package where this process found it.
        env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k.upper()}
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        return cls(
            subprocess.Popen(
                [sys.executable, "-c", code],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
            )
        )

    def send(self, obj) -> None:
        pickle.dump(obj, self.process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        self.process.stdin.flush()

    def receive(self) -> dict[str, tuple[int, list[tuple], list[tuple]]] | None:
        try:
            msg = pickle.load(self.process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            raise RuntimeError("demo: het hulpproces is onverwacht gestopt") from None
        if isinstance(msg, str):
            raise RuntimeError(f"demo: fout in het hulpproces:\n{msg}")
        self.finished = msg is None
        return msg

    def close(self) -> None:
        """Wait for a helper that finished; stop one that did not (the build failed)."""
        if not self.finished:
            self.process.kill()
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        self.process.wait()


def produce() -> None:
    """Helper process: read the generator and the skeleton, write the batches, then None
    (or the traceback of a failure as a string)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray output (Python or C) must not end up in the row stream
    try:
        gen, skel = pickle.load(sys.stdin.buffer)
        for batch in gen._batches(skel):
            pickle.dump(pack(batch), out, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(None, out)
    except BaseException:
        with contextlib.suppress(OSError):
            pickle.dump(traceback.format_exc(), out)
    finally:
        with contextlib.suppress(OSError):
            out.close()
