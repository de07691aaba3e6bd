"""The household list."""
