"""Reusable pieces of the desktop: badges, the clipboard guard, the idle watcher, charts."""
