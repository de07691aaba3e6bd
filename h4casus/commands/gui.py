"""gui: the desktop application (also what `h4casus` without a command starts)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "gui",
        help="start de desktoptoepassing (standaard zonder commando; maakt bij de eerste start "
        "een demodatabase als er geen database is ingesteld)",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from h4casus.gui.app import run_gui

    return run_gui(getattr(args, "db", None))
