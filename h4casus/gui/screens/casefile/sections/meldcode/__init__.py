"""Meldcode: the section (the five steps of the trajectory) and the dialog of one step."""
