"""Regie: the section (who directs the household, its history, handovers, external regie) and its dialogs."""
