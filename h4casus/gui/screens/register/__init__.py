"""Registering a new household (Ctrl+N)."""
