"""The palette keeps text readable: every text/background pair screens use has a contrast
of at least 4.5:1 (WCAG AA)."""

from __future__ import annotations

import pytest

from h4casus.gui.style import COLOURS, TEXT_PAIRS, contrast


@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_contrast_is_at_least_4_5(text, background):
    assert contrast(COLOURS[text], COLOURS[background]) >= 4.5


def test_the_contrast_formula_matches_known_values():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48  # the classic just-too-faint grey
