"""Screenshots of every screen, section and dialog of the desktop, filled with demo data.

    python scripts/screenshots.py --out shots/ [--scale 2] [--lang en] [--db demo.h4c]

Runs offscreen (no display needed): the windows are drawn into PNG files, one per screen.
Without --db it makes a demo database of 300 households in a temporary folder first. The
screens are found, not listed: every tab of the main window, every section of the case file
and every dialog a section opens with its shortcuts, so a new screen is in the next run.
--scale 2 draws at 200 % (QT_SCALE_FACTOR) on a screen of --screen pixels (2560x1440 unless
said otherwise: at 200 % that leaves 1280x720 for the windows, so what does not fit shows);
the main window takes at most the screen. --lang en in English ($H4CASUS_LANGUAGE; the
translation is compiled when needed). Run it twice to compare: `--out shots/nl-100`,
`--out shots/en-200 --scale 2
--lang en`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    ap.add_argument("--db", type=Path, help="a demo database to use (made when missing)")
    ap.add_argument("--scale", type=float, default=1.0, help="1 = 100 %%, 2 = 200 %%")
    ap.add_argument(
        "--screen", default="2560x1440", help="the screen in device pixels, WIDTHxHEIGHT"
    )
    ap.add_argument(
        "--lang", default="nl", choices=("nl", "en"), help="the desktop's language (nl or en)"
    )
    ap.add_argument("--households", type=int, default=300)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(args.screen)}"
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["H4CASUS_LANGUAGE"] = args.lang
    from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME, create_demo_database

    db = args.db or Path(tempfile.mkdtemp(prefix="h4shots-")) / "demo.h4c"
    if not db.exists():
        create_demo_database(db, households=args.households, seed=5)
    args.out.mkdir(parents=True, exist_ok=True)
    return Shooter(db, args.out, DEMO_USERNAME, DEMO_PASSWORD).run()


def _screen_config(size: str) -> Path:
    """A configuration file for Qt's offscreen platform with one screen of `size` pixels."""
    import json

    width, height = (int(part) for part in size.lower().split("x"))
    screen = {"name": "scherm", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path = Path(tempfile.mkdtemp(prefix="h4screen-")) / "offscreen.json"
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path


class Shooter:
    def __init__(self, db: Path, out: Path, username: str, password: str) -> None:
        from PySide6.QtWidgets import QApplication

        from h4casus.gui.app import create_app
        from h4casus.gui.ops import Ops

        self.app: QApplication = create_app(["screenshots"])
        self.ops = Ops(synchronous=True)
        self.db, self.out = db, out
        self.username, self.password = username, password
        self.count = 0

    # ------------------------------------------------------------------ helpers

    def settle(self, seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)

    def save(self, widget, name: str) -> None:
        self.settle()
        widget.grab().save(str(self.out / f"{self.count:02d}-{name}.png"))
        self.count += 1

    def modal(self, action, name: str) -> None:
        """Run `action` (which opens a dialog, blocking or not), save the dialog, close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        seen: list[QDialog] = []

        def grab() -> None:
            widget = QApplication.activeModalWidget()
            if widget is None or widget in seen:
                return
            seen.append(widget)
            self.save(widget, name)
            widget.reject() if isinstance(widget, QDialog) else widget.close()

        QTimer.singleShot(300, grab)  # a dialog that blocks in exec() is caught here
        action()
        self.settle(0.4)
        grab()  # a dialog opened with open() is still there

    # ------------------------------------------------------------------ the run

    def run(self) -> int:
        from h4casus.gui.screens.login.dialog import LoginDialog
        from h4casus.gui.screens.main.window import MainWindow
        from h4casus.services.store.session import sign_in

        login = LoginDialog(self.ops, db_path=self.db, username="")
        login.show()
        self.save(login, "aanmelden")
        login.close()

        ctx = sign_in(self.db, self.username, self.password)
        window = MainWindow(ctx, self.ops, db_path=self.db, idle_msecs=3_600_000)
        room = self.app.primaryScreen().availableGeometry()
        window.resize(min(1366, room.width()), min(860, room.height()))
        window.show()
        self.settle(0.5)
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            self.save(window, f"tab-{_slug(window.tabs.tabText(i))}")
        self.my_work(window)
        self.admin_screens(window)
        window.tabs.setCurrentWidget(window.households)
        self.modal(lambda: _trigger(window, "Ctrl+N"), "nieuw-huishouden")
        self.case_file(window, _rich_household(ctx))
        window.lock()
        self.save(window, "vergrendeld")
        window.close()
        print(f"{self.count} schermafdrukken in {self.out}")
        return 0

    def my_work(self, window) -> None:
        """Every worklist of Mijn werk, the approval dialog and the break-glass dialog."""
        screen = window.my_work
        window.tabs.setCurrentWidget(screen)
        for work in screen.work.lists if screen.work else ():
            screen.select_list(work.key)
            self.save(window, f"mijn-werk-{_slug(work.key)}")
            if work.key == "approvals" and work.rows:
                self.modal(lambda item=work.rows[0]: screen.open_approval(item), "goedkeuren")
        self.modal(lambda: _trigger(window, "Ctrl+Shift+U"), "noodtoegang")

    def admin_screens(self, window) -> None:
        """Every screen of the Beheer menu (the demo account is a beheerder)."""
        from h4casus.gui.screens.admin.menu import SCREENS

        if not window.admin_menu.visible:
            return
        for screen_cls, _text in SCREENS:
            screen = window.admin_menu.open(screen_cls)
            self.settle(0.2)
            self.save(window, f"beheer-{_slug(screen.title())}")

    def case_file(self, window, household_id: int) -> None:
        from h4casus.gui.screens.casefile.sections import SECTIONS

        window.open_household(household_id)
        screen = window.tabs.currentWidget()
        self.settle(0.3)
        for row, cls in enumerate(SECTIONS):
            screen.show_section_at(row)
            self.save(window, f"dossier-{cls.key}")
            section = screen.section(cls.key)
            for keys, method in cls.shortcuts.items():
                self.modal(getattr(section, method), f"dossier-{cls.key}-{_slug(keys)}")


def _trigger(window, keys: str) -> None:
    for action in window.actions():
        if action.shortcut().toString() == keys:
            action.trigger()
            return


def _rich_household(ctx) -> int:
    """An open household with the most of everything: members, goals, measurements."""
    from h4casus.services.queries.search import list_page

    page = list_page(ctx, "name", limit=300)
    open_ = [r for r in page.rows if r.status in ("actief", "nazorg")]
    from h4casus.services.queries.casefile import open_casefile

    best, score = open_[0].id, -1
    for r in open_[:60]:
        cf = open_casefile(ctx, r.id)
        s = len(cf.members) + len(cf.plan.goals if cf.plan else ()) + len(cf.measurements)
        s += 3 * len(cf.transition)
        if s > score:
            best, score = r.id, s
    return best


def _slug(text: str) -> str:
    keep = "".join(ch.lower() if ch.isalnum() else "-" for ch in text.replace("&", ""))
    return "-".join(part for part in keep.split("-") if part)


if __name__ == "__main__":
    sys.exit(main())
