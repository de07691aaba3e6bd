"""What the desktop does about its own memory, for a session that stays open all day.

Rules:
- What is alive once the desktop has started (modules, classes, Qt and SQLAlchemy
  machinery, some 170,000 objects) is frozen out of the garbage collector's full passes
  (`freeze_startup_objects`): a full pass over them paused the desktop for 100-150 ms while
  a long list was scrolled. They live as long as the program anyway.
- Source text read while importing is let go (`forget_source_lines`). PySide6 checks every
  module imported after it for the word "PySide6" (its `__feature__` switch) by reading the
  module's source with `inspect.getsource`, and Python's `linecache` keeps every line read:
  some 800 files, 20 MB, that a desktop never shows. Called at start-up and after a late
  import (reportlab, on the first report).
"""

from __future__ import annotations

import gc
import linecache


def forget_source_lines() -> None:
    """Drop the source lines Python's `linecache` holds (read again if a traceback needs
    them)."""
    linecache.clearcache()


def freeze_startup_objects() -> None:
    """Let go of the import-time source lines, then freeze what is alive (module rules).
    Called once by `run_gui` (never under tests, whose garbage must go)."""
    forget_source_lines()
    gc.collect()
    gc.freeze()
