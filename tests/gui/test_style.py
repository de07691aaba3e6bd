"""The palette keeps text readable: every text/background pair screens use has a contrast
of at least 4.5:1 (WCAG AA)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from h4casus.gui.style import COLOURS, TEXT_PAIRS, contrast, style_sheet


@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_contrast_is_at_least_4_5(text, background):
    assert contrast(COLOURS[text], COLOURS[background]) >= 4.5


def test_the_contrast_formula_matches_known_values():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48  # the classic just-too-faint grey


def test_the_ladder_colours_carry_readable_text():
    """The level badges: the ladder's colour (resources/config) with black or white text,
    whichever contrasts more, stays at 4.5:1 or more for every level."""
    from PySide6.QtGui import QColor

    from h4casus.config import load_default
    from h4casus.gui.widgets.level_badge import text_colour_for

    for level in load_default("escalation_ladder")["levels"]:
        text = text_colour_for(QColor(level["hex"])).name()
        assert contrast(text, level["hex"]) >= 4.5, level["code"]


def test_screens_take_their_text_colours_from_the_palette():
    """No colour literal for text in screen code: a colour is named once in style.py (and
    checked above); the badges compute theirs from the data colour."""
    import re
    from pathlib import Path

    import h4casus.gui

    gui = Path(h4casus.gui.__file__).parent
    allowed = {"style.py", "score_chart.py", "level_badge.py", "labels.py"}
    offenders = []
    for path in gui.rglob("*.py"):
        if path.name in allowed:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"color\s*:\s*#|setForeground\(Qt\.GlobalColor|QColor\(\"#", line):
                offenders.append(f"{path.relative_to(gui)}:{n}")
    assert not offenders, offenders


def test_every_image_the_style_sheet_draws_is_shipped():
    """A missing icon file leaves Qt drawing nothing where the tab's close button should be."""
    urls = re.findall(r"url\(([^)]+)\)", style_sheet())
    assert urls, "the style sheet draws the tab close button from an icon"
    for url in urls:
        assert Path(url).is_file(), url
