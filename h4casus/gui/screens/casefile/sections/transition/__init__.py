"""18-/18+: the section (youths, perspectiefplan, leefgebieden, checklist) and its dialogs."""
