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


def test_every_character_the_reports_write_themselves_is_in_the_font():
    """Literal text in the report modules (labels, signs, dashes) must have a glyph: a missing
    one prints as nothing (a minus sign that vanishes turns -1 into 1)."""
    import ast
    from pathlib import Path

    import h4casus.reports

    fonts.register()
    face = pdfmetrics.getFont(fonts.REGULAR).face
    missing: set[str] = set()
    for path in Path(h4casus.reports.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                missing |= {
                    c for c in node.value if ord(c) > 127 and ord(c) not in face.charToGlyph
                }
    assert not missing, missing
