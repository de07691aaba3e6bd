"""What the desktop says when something goes wrong, and the error log.

Rules:
- A user never sees a traceback. Errors meant for users (`H4Error`: validation, conflicts,
  refusals, integrity) are shown in their own words; anything else is "an unexpected error"
  with its kind, and is written to the error log.
- The error log holds no personal data: the time, the version, the exception's class and the
  code locations (file, line, function) of its traceback — never its message or any value.
  It lives in the user's data folder (`fouten.log`), kept small (the last 200 KB).
"""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from h4casus import __version__
from h4casus.config import data_dir
from h4casus.domain.errors import H4Error

LOG_NAME = "fouten.log"
LOG_MAX_BYTES = 200_000


def error_text(exc: BaseException) -> str:
    """One Dutch sentence for the user; never a traceback, never case data."""
    if isinstance(exc, H4Error):
        text = str(exc)
        return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")
    if isinstance(exc, MemoryError):  # SQLCipher reports a page that fails its HMAC so
        return QCoreApplication.translate(
            "errors", "De database is beschadigd of buiten h4casus om gewijzigd."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "errors", "Een bestand kan niet worden gelezen of geschreven ({reason})."
        ).format(reason=exc.strerror or type(exc).__name__)
    log_unexpected(exc)
    return QCoreApplication.translate(
        "errors",
        "Er ging onverwacht iets mis ({kind}); er is niets half opgeslagen. "
        "Meld dit bij de functioneel beheerder.",
    ).format(kind=type(exc).__name__)


def log_path() -> Path:
    return data_dir() / LOG_NAME


def log_unexpected(exc: BaseException, *, path: Path | None = None) -> None:
    """Append the exception's class and code locations (no message, no values)."""
    path = path or log_path()
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [
        f"{dt.datetime.now().isoformat(timespec='seconds')} h4casus {__version__} "
        f"{type(exc).__module__}.{type(exc).__qualname__}"
    ]
    lines += [f"    {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        old = path.read_bytes()[-LOG_MAX_BYTES:] if path.exists() else b""
        path.write_bytes(old + ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError:
        pass  # the log is a help, never a second failure
