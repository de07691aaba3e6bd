"""The shipped font: present with its licence, covering Dutch diacritics, embedded."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from h4casus.reports import fonts


def test_font_files_and_licence_ship_in_resources():
    folder = fonts.fonts_dir()
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"):
        assert (folder / name).is_file()
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_font_covers_dutch_diacritics():
    fonts.register()
    for name in (fonts.REGULAR, fonts.BOLD):
        face = pdfmetrics.getFont(name).face
        missing = [c for c in "ëéïĳĲöüèàçÉË€–‘’“”…" if ord(c) not in face.charToGlyph]
        assert not missing, (name, missing)
