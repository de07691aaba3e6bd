"""The one font family of every report: Noto Sans (SIL Open Font License 1.1, see
resources/fonts/OFL.txt), embedded as a subset in each PDF.

Rules: registered once per process, safe to call from any thread; it covers Dutch diacritics
(ë, é, ï, ĳ) and the euro sign. A missing font file is an error, never a silent fallback to
Helvetica (a standard font is not embedded and lacks ĳ)."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from h4casus.config import resources_dir

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"
_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def fonts_dir():
    return resources_dir() / "fonts"


def register() -> None:
    """Register the family with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = fonts_dir() / filename
            if not path.is_file():
                raise FileNotFoundError(2, "lettertype ontbreekt in de installatie", str(path))
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True
