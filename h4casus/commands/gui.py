"""gui: the desktop application (also what `h4casus` without a command starts)."""

from __future__ import annotations

import os
import sys

from h4casus.commands.common import existing_db_path, password, username
from h4casus.domain.errors import H4Error


def register(sub) -> None:
    p = sub.add_parser(
        "gui",
        help="start de desktoptoepassing (standaard zonder commando; maakt bij de eerste start "
        "een demodatabase als er geen database is ingesteld)",
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help="rookproef: meld aan (--user, wachtwoord zoals bij de andere commando's), open "
        "het eerste dossier met al zijn onderdelen en stop; exitcode 0 als alles lukte",
    )
    p.set_defaults(func=run)


def no_display_reason() -> str | None:
    """Why no window can be shown here, or None. Checked before Qt starts: without a display
    Qt aborts the process (SIGABRT) instead of reporting an error."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None  # chosen explicitly (offscreen, vnc, wayland ...)
    if sys.platform.startswith(("win", "darwin")):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn niet gezet): start h4casus "
        "in een grafische sessie, of gebruik de opdrachtregel (h4casus --help)"
    )


def run(args) -> int:
    reason = no_display_reason()
    if reason is not None:
        raise H4Error(reason)  # exit 1, one clear line
    smoke = None
    if getattr(args, "smoke", False):
        existing_db_path(args)
        smoke = (username(args), password(args))
    # Qt is imported only now: after the display check, and never for the other commands.
    from h4casus.gui.app import run_gui

    return run_gui(getattr(args, "db", None), smoke=smoke)
